#!/usr/bin/env python3
"""Start-up A/B: is a start-up mechanism worth its code?

Runs two or more builds of carillon interleaved, in rotating order, each with the marks library
preloaded (startup_marks.cpp), on one demo data folder, and prints per build the median time
from spawn to its first frame on the X server and to its first idle moment after the deferred
work, and the median of the run-by-run differences against the first build (the figure to read:
two identical binaries differ by about +-1 ms here). Build a variant with the mechanism taken
out, copy each binary beside the real one (build-bench/app/carillon-<name>, so that relative
paths still hold), then for example:

  xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb \\
      tests/bench/startup-ab.py build-bench 121 build-bench/app/carillon build-bench/app/carillon-x

The figures in README.md ("Start-up") were measured this way.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        print("usage: startup-ab.py BUILD_DIR RUNS CARILLON VARIANT...", file=sys.stderr)
        return 2
    build, runs, programs = sys.argv[1], int(sys.argv[2]), [os.path.abspath(p) for p in sys.argv[3:]]
    marks = os.path.abspath(os.path.join(build, "tests/bench/libbench_startup_marks.so"))
    env = dict(os.environ, LD_PRELOAD=marks)
    with tempfile.TemporaryDirectory() as data:
        subprocess.run([programs[0], "--profile", "demo", "--data-dir", data, "demo", "reset"],
                       check=True, stdout=subprocess.DEVNULL)
        args = ["--profile", "demo", "--data-dir", data, "--sign-in-as", "ada@example.com"]

        def run(program):
            started = time.perf_counter()
            p = subprocess.Popen([program] + args, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, env=env)
            frame = None
            for line in p.stdout:
                if line == b"mark frame\n":
                    frame = (time.perf_counter() - started) * 1000
                elif line == b"mark idle\n":
                    idle = (time.perf_counter() - started) * 1000
                    break
            else:
                raise SystemExit(f"{program} ended before its first idle moment")
            p.wait()
            return frame, idle

        for program in programs:  # warm the page cache
            run(program)
        times = {p: [] for p in programs}
        for i in range(runs):
            k = i % len(programs)
            for program in programs[k:] + programs[:k]:
                times[program].append(run(program))
    first = times[programs[0]]
    for program in programs:
        mine = times[program]
        frame = statistics.median(t[0] for t in mine)
        idle = statistics.median(t[1] for t in mine)
        dframe = statistics.median(a[0] - b[0] for a, b in zip(mine, first))
        didle = statistics.median(a[1] - b[1] for a, b in zip(mine, first))
        print(f"{os.path.basename(program):24s} frame {frame:6.1f} ms  idle {idle:6.1f} ms   "
              f"vs the first, run by run: frame {dframe:+5.1f} ms  idle {didle:+5.1f} ms  "
              f"({runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
