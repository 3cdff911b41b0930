#!/usr/bin/env python3
"""Two lkjip binaries, alternately, on one report from scratch (-j 1):
on a machine shared with other work the load moves during a series, and
alternating A and B gives both the same share of it.

    python3 bench/ab.py N BIN_A BIN_B [CONTENT]

CONTENT defaults to a copy of content/site.yaml and the Magetan sample
(bench/run.sh's "one sample report"). Prints, for each binary, the
median and minimum wall time and CPU time (user + sys) of N runs."""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    n, bins = int(sys.argv[1]), {"A": sys.argv[2], "B": sys.argv[3]}
    work = tempfile.mkdtemp(prefix="lkjip-ab.")
    try:
        content = sys.argv[4] if len(sys.argv) > 4 else None
        if content is None:
            root = os.path.join(os.path.dirname(__file__), "..")
            content = os.path.join(work, "one")
            os.mkdir(content)
            shutil.copy(os.path.join(root, "content", "site.yaml"), content)
            shutil.copytree(os.path.join(root, "content",
                                         "magetan-diskopukm-2024"),
                            os.path.join(content, "magetan-diskopukm-2024"))
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
        out = os.path.join(work, "out")
        res = {"A": [], "B": []}
        for i in range(n):
            for k in ("A", "B") if i % 2 == 0 else ("B", "A"):
                shutil.rmtree(out, ignore_errors=True)
                t0 = time.perf_counter()
                p = subprocess.Popen([bins[k], "build", content, "-o", out,
                                      "-j", "1"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, env=env)
                _, status, ru = os.wait4(p.pid, 0)
                wall = (time.perf_counter() - t0) * 1000
                if status != 0:
                    sys.exit(f"{bins[k]}: build failed ({status})")
                res[k].append((wall, (ru.ru_utime + ru.ru_stime) * 1000))
        for k in ("A", "B"):
            w = [r[0] for r in res[k]]
            c = [r[1] for r in res[k]]
            print(f"{k} {bins[k]}: wall median {statistics.median(w):.1f} "
                  f"ms, min {min(w):.1f}; CPU median "
                  f"{statistics.median(c):.1f} ms, min {min(c):.1f} "
                  f"({n} runs)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


main()
