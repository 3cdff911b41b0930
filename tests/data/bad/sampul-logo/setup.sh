# A cover with a logo: it is centred on the page, not on the text frame
# (whose binding margin, 4 cm against 3 cm, would put it 0,5 cm right).
printf '%s' 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgYPiPhHBxAN1JC/U39qNPAAAAAElFTkSuQmCC' |
	base64 -d > contoh-2024/logo.png
sed -i 's/^instansi:$/instansi:\n  logo: logo.png/' contoh-2024/laporan.yaml
