# A report folder whose name holds "..".
mv contoh-2024 contoh..2024
