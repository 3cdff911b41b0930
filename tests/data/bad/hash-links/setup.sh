# Links in the report folder that nothing reads: the incremental hasher
# followed them (/usr: minutes at 5 GB; /proc/kmsg: blocked for ever) and
# a FIFO. Now it hashes only regular files, never through a link.
ln -s /usr contoh-2024/usr
ln -s /proc/kmsg contoh-2024/kmsg
mkfifo contoh-2024/antrian
