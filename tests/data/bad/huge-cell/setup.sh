# A 40,000-digit cell (a pasted blob) in a number column and a text cell
# of 32,768 characters, one over Excel's limit of a cell (a 10 MB cell
# took 30 s and 3 GB to lay out in a table). Multi-byte characters count
# once: 32,767 "é" (65,534 bytes) pass.
{ printf 'indikator,tahun,target,realisasi,keterangan\nIKU1,2023,60,'; head -c 40000 /dev/zero | tr '\0' '7'; printf ',\nIKU1,2024,70,76,\n'; } > contoh-2024/kinerja.csv
{ printf 'kode,tingkat,induk,uraian,satuan,polaritas,sifat\nT1,tujuan,,'; head -c 32767 /dev/zero | sed 's/\x0/\xc3\xa9/g'; printf ',,,\nS1,sasaran,T1,'; head -c 32768 /dev/zero | tr '\0' 'x'; printf ',,,\nIKU1,indikator,S1,Persentase koperasi sehat,%%,positif,persentase\n'; } > contoh-2024/indikator.csv
