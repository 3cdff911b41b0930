# A report folder whose name starts with "." was skipped silently; a hidden
# folder without laporan.yaml (.git) is still left alone.
cp -R contoh-2024 .contoh-2023
mkdir .git
