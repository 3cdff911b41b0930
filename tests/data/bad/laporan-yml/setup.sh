# laporan.yml for laporan.yaml: the report was skipped without a word.
mv contoh-2024/laporan.yaml contoh-2024/laporan.yml
