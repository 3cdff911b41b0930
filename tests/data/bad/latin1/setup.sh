# Excel "CSV" on Windows writes Windows-1252: e-acute is one byte 0xE9.
printf 'kode,tingkat,induk,uraian,satuan,polaritas,sifat\nT1,tujuan,,Meningkatnya koperasi,,,\nS1,sasaran,T1,Koperasi sehat,,,\nIKU1,indikator,S1,Persentase koperasi sehat (caf\351),%%,positif,persentase\n' > contoh-2024/indikator.csv
