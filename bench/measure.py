#!/usr/bin/env python3
"""measure.py: runs targs and the baseline on the inputs of gen.py, side by
side, and prints the results as Markdown with PASS or FAIL per target.

Every run is a whole process, started and timed by runner (runner.c):
wall time from posix_spawn to wait4, and peak resident memory
(ru_maxrss). targs exits 1 when it finds problems, which
is normal here; an exit status of 2 or more, or a signal, stops the
benchmark, as does a baseline that fails.

Usage: measure.py BUILD_DIR [--runs N] [--batch-runs N] [--scale-runs N]
                            [--strict]
BUILD_DIR holds targs/targs, baseline, runner, CMakeCache.txt and
inputs/.
"""

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

MB = 1000 * 1000

# The targets (docs/performance.md).
SINGLE_MAX = 1.2        # targs wall time / baseline wall time
BATCH_MIN = 0.70        # targs files per second / baseline files per second
LINEAR_MAX = 1.5        # per-MB slope of the largest step / of the first
MEMORY_MAX = 4.0        # targs peak memory / input size


class RunFailed(Exception):
    pass


def progress(message):
    print("bench: " + message, file=sys.stderr, flush=True)


class Program:
    """One of the two programs compared, and how to run it on files."""

    def __init__(self, name, path, prefix, ok_status):
        self.name = name
        self.path = path
        self.prefix = prefix
        self.ok_status = ok_status

    def argv(self, files):
        return [self.path] + self.prefix + list(files)

    def run(self, files, out=None):
        """Runs once: (wall seconds, peak RSS bytes, exit status)."""
        argv = [RUNNER] + (["-o", out] if out else []) + ["--"]
        argv += self.argv(files)
        done = subprocess.run(argv, stdout=subprocess.PIPE, text=True,
                              env=ENV, check=False)
        if done.returncode != 0:
            raise RunFailed("runner could not run %s" % self.path)
        wall, rss, status = done.stdout.split()
        status = int(status)
        if status not in self.ok_status:
            what = ("signal %d" % -status if status < 0
                    else "exit status %d" % status)
            shown = " ".join(self.argv(files)[:4])
            raise RunFailed("%s%s: %s" % (shown, " ..." * (len(files) > 2),
                                          what))
        return float(wall), int(rss), status


def environment():
    """targs' default release, not one from the caller's environment."""
    env = dict(os.environ)
    env.pop("TARGS_TRANSFORMERS", None)
    env["LC_ALL"] = "C"
    return env


ENV = environment()
RUNNER = "runner"       # set by main() to BUILD_DIR/runner


def first_line(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True,
                             check=False).stdout
    except OSError:
        return "unknown"
    return out.splitlines()[0].strip() if out.strip() else "unknown"


def cmake_cache(build, name):
    try:
        with open(os.path.join(build, "CMakeCache.txt"),
                  encoding="utf-8") as f:
            for line in f:
                if line.startswith(name + ":"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith(("model name", "Model", "cpu model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def ms(seconds):
    return "%.2f ms" % (seconds * 1000)


def sec(seconds):
    return "%.3f s" % seconds


def mib(nbytes):
    return "%.1f MB" % (nbytes / MB)


def verdict(ok):
    return "PASS" if ok else "FAIL"


def alternate(a, b, files, runs, out=None):
    """Runs a and b in turn, runs times each (ABBA order, so neither one
    always goes first); returns each one's walls and peak RSS. a's
    standard output goes to out when given."""
    result = {a.name: ([], []), b.name: ([], [])}
    for i in range(runs):
        for p in ((a, b) if i % 2 == 0 else (b, a)):
            wall, rss, _ = p.run(files, out if p is a else None)
            result[p.name][0].append(wall)
            result[p.name][1].append(rss)
    return result


def callgrind(program, files, tmp):
    """Instructions of the whole process under callgrind, or None."""
    log = os.path.join(tmp, "callgrind.log")
    argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
            "--log-file=" + log] + program.argv(files)
    try:
        subprocess.run(argv, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=ENV, check=False)
        with open(log, encoding="utf-8") as f:
            m = re.search(r"Collected\s*:\s*(\d+)", f.read())
    except OSError:
        return None
    return int(m.group(1)) if m else None


def perf_instructions(argv, tmp):
    """Instructions counted by perf stat, or None when not supported."""
    out = os.path.join(tmp, "perf.csv")
    try:
        subprocess.run(["perf", "stat", "-x,", "-e", "instructions",
                        "-o", out, "--"] + argv,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=ENV, check=False)
        with open(out, encoding="utf-8") as f:
            for line in f:
                field = line.split(",")[0]
                if ",instructions" in line and field.isdigit():
                    return int(field)
    except OSError:
        pass
    return None


def bench_single(targs, base, args, tmp, rows, notes):
    perf_ok = perf_instructions(["true"], tmp) is not None
    if not perf_ok:
        notes.append("perf stat -e instructions is not available here "
                     "(no perf, or no hardware counters): callgrind "
                     "counts only")
    startup = {}
    for fmt in ("yaml", "json"):
        files = ["typical." + fmt]
        progress("single %s: %d alternating runs each" % (fmt, args.runs))
        alternate(targs, base, files, 5)
        r = alternate(targs, base, files, args.runs)
        t = statistics.median(r["targs"][0])
        b = statistics.median(r["baseline"][0])
        rt = statistics.median(r["targs"][1])
        rb = statistics.median(r["baseline"][1])
        startup[fmt] = (rt, rb)
        rows.append(("wall time, median of %d" % args.runs, fmt.upper(),
                     ms(t), ms(b), "%.2fx" % (t / b),
                     "<= %.1fx" % SINGLE_MAX, verdict(t / b <= SINGLE_MAX)))
        rows.append(("peak RSS", fmt.upper(), mib(rt), mib(rb),
                     "%.2fx" % (rt / rb), "", ""))
        progress("single %s: callgrind" % fmt)
        ct = callgrind(targs, files, tmp)
        cb = callgrind(base, files, tmp)
        if ct and cb:
            rows.append(("instructions (callgrind)", fmt.upper(),
                         "{:,}".format(ct), "{:,}".format(cb),
                         "%.2fx" % (ct / cb), "", ""))
        elif fmt == "yaml":
            notes.append("valgrind not found or failed: no callgrind "
                         "counts")
        if perf_ok:
            pt = statistics.median(perf_instructions(targs.argv(files), tmp)
                                   for _ in range(5))
            pb = statistics.median(perf_instructions(base.argv(files), tmp)
                                   for _ in range(5))
            rows.append(("instructions (perf stat)", fmt.upper(),
                         "{:,}".format(pt), "{:,}".format(pb),
                         "%.2fx" % (pt / pb), "", ""))
    bench_start(targs, base, args, rows)
    return startup


def bench_start(targs, base, args, rows):
    """What targs costs before it does any work: `targs --version` (load,
    link, exit) against the baseline's whole run on typical.yaml."""
    start = Program("targs", targs.path, ["--version"], (0,))
    walls = {"start": [], "base": []}
    progress("single: start-up only, %d runs each" % args.runs)
    for i in range(args.runs):
        order = ((start, []), (base, ["typical.yaml"]))
        for p, files in (order if i % 2 == 0 else order[::-1]):
            walls["start" if p is start else "base"].append(
                p.run(files)[0])
    t = statistics.median(walls["start"])
    b = statistics.median(walls["base"])
    rows.append(("wall time: `targs --version` (start-up only) against "
                 "the baseline's whole run", "YAML", ms(t), ms(b),
                 "%.2fx" % (t / b), "", ""))


def bench_batch(targs, base, args, rows):
    files = sorted(os.path.join("batch", f) for f in os.listdir("batch"))
    n = len(files)
    progress("batch: %d files, %d alternating runs each"
             % (n, args.batch_runs))
    alternate(targs, base, files, 1)
    r = alternate(targs, base, files, args.batch_runs)
    t = statistics.median(r["targs"][0])
    b = statistics.median(r["baseline"][0])
    share = b / t
    rows.append(("time, median of %d" % args.batch_runs, sec(t), sec(b),
                 "%.2fx" % (t / b), "", ""))
    rows.append(("throughput", "{:,.0f} files/s".format(n / t),
                 "{:,.0f} files/s".format(n / b), "%.2f" % share,
                 ">= %.2f" % BATCH_MIN, verdict(share >= BATCH_MIN)))
    rows.append(("peak RSS", mib(statistics.median(r["targs"][1])),
                 mib(statistics.median(r["baseline"][1])), "", "", ""))
    yaml = sum(f.endswith(".yaml") for f in files)
    return n, yaml


def stopped_early(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return "[TA120]" in f.read()


def bench_scaling(targs, base, args, startup, tmp, rows, linear, notes):
    sizes = sorted({int(m.group(1)) for m in
                    (re.match(r"scale-(\d+)\.yaml$", f)
                     for f in os.listdir(".")) if m})
    out = os.path.join(tmp, "targs.out")
    for fmt in ("yaml", "json"):
        points = []
        for mb in sizes:
            name = "scale-%d.%s" % (mb, fmt)
            size = os.path.getsize(name)
            progress("scaling %s: %d runs each" % (name, args.scale_runs))
            r = alternate(targs, base, [name], args.scale_runs, out)
            early = stopped_early(out)
            t = statistics.median(r["targs"][0])
            b = statistics.median(r["baseline"][0])
            rt = max(r["targs"][1])
            rb = max(r["baseline"][1])
            grown = (rt - startup[fmt][0]) / size
            if early:
                mark, ok = " (1)", "n/a (1)"
                note = ("(1) targs stopped at its node limit "
                        "(TA120 over-limit) before the end of the file: "
                        "its time and memory are for part of the input")
                if note not in notes:
                    notes.append(note)
            else:
                mark, ok = "", verdict(grown <= MEMORY_MAX)
            rows.append(("%s %d MB%s" % (fmt.upper(), mb, mark),
                         sec(t), sec(b), "%.2fx" % (t / b),
                         "%.3f s" % (t / (size / MB)),
                         mib(rt), mib(rb), "%.2fx" % (rt / rb),
                         "%.2fx" % (rt / size), "%.2fx" % grown, ok))
            points.append((size, t, early))
        linear.append(linearity(fmt, points))


def linearity(fmt, points):
    """Per-MB cost of the last step between sizes over that of the first:
    about 1 when time is linear, about the size ratio when quadratic."""
    if len(points) < 3:
        return (fmt.upper(), "needs three sizes", "", "n/a")
    (s0, t0, _), (s1, t1, _), (sl, tl, early) = (points[0], points[1],
                                                  points[-1])
    sp = points[-2]
    first = (t1 - t0) / ((s1 - s0) / MB)
    last = (tl - sp[1]) / ((sl - sp[0]) / MB)
    text = "%.3f s/MB then %.3f s/MB: %.2fx" % (first, last, last / first)
    if early:
        return (fmt.upper(), text, "<= %.1fx" % LINEAR_MAX, "n/a (1)")
    return (fmt.upper(), text, "<= %.1fx" % LINEAR_MAX,
            verdict(last / first <= LINEAR_MAX))


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description="measure targs against the "
                                 "parse-only baseline")
    ap.add_argument("build")
    ap.add_argument("--runs", type=int, default=200,
                    help="runs of each program on the typical config")
    ap.add_argument("--batch-runs", type=int, default=5)
    ap.add_argument("--scale-runs", type=int, default=3)
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when a target fails")
    args = ap.parse_args()

    build = os.path.abspath(args.build)
    global RUNNER
    RUNNER = os.path.join(build, "runner")
    targs = Program("targs", os.path.join(build, "targs", "targs"),
                    ["check"], (0, 1))
    base = Program("baseline", os.path.join(build, "baseline"), [], (0,))
    cc = cmake_cache(build, "CMAKE_C_COMPILER") or "cc"
    facts = [
        ("date", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())),
        ("machine", "%s, %s, %d cores" % (platform.machine(), cpu_model(),
                                          os.cpu_count() or 0)),
        ("load average at start", "%.2f" % os.getloadavg()[0]),
        ("compiler", "%s, %s" % (first_line([cc, "--version"]),
                                 cmake_cache(build,
                                             "CMAKE_C_FLAGS_RELEASE"))),
        ("targs", first_line([targs.path, "--version"]) +
         ", `targs check` with the default release"),
    ]
    os.chdir(os.path.join(build, "inputs"))
    single, batch, scaling, linear, notes = [], [], [], [], []
    try:
        with tempfile.TemporaryDirectory(dir=build) as tmp:
            startup = bench_single(targs, base, args, tmp, single, notes)
            n, yaml = bench_batch(targs, base, args, batch)
            bench_scaling(targs, base, args, startup, tmp, scaling, linear,
                          notes)
    except RunFailed as e:
        print("bench: run failed: %s" % e, file=sys.stderr)
        return 2

    typical = os.path.getsize("typical.yaml")
    keys = sum(1 for line in open("typical.yaml", encoding="utf-8")
               if line[:1].isalpha())
    out = ["## Benchmark", "", table(("", ""), facts), "",
           "### One typical config", "",
           "`typical.yaml`: %d keys, %d bytes; `typical.json`: the same "
           "config, %d bytes. Whole process, started and reaped by the "
           "harness." % (keys, typical, os.path.getsize("typical.json")),
           "",
           table(("measure", "input", "targs", "baseline", "ratio",
                  "target", "result"), single), "",
           "### Batch", "",
           "%d configs (%d YAML, %d JSON) in one invocation of each "
           "program." % (n, yaml, n - yaml), "",
           table(("measure", "targs", "baseline", "ratio", "target",
                  "result"), batch), "",
           "### Scaling", "",
           "A few real keys, then a mapping and a list of 40-byte strings "
           "(MB = 10^6 bytes). Time: median of %d runs. Peak: largest "
           "RSS. Growth: targs' peak minus its peak on the typical config, "
           "over the input size; the target (<= %.0fx) applies to it."
           % (args.scale_runs, MEMORY_MAX), "",
           table(("input", "targs", "baseline", "ratio", "targs per MB",
                  "targs peak", "baseline peak", "ratio", "peak / size",
                  "growth / size", "memory"), scaling), "",
           table(("linear time", "first step, last step", "target",
                  "result"), linear)]
    if notes:
        out += [""] + ["- " + note for note in notes]
    text = "\n".join(out) + "\n"
    print(text)
    with open(os.path.join(build, "results.md"), "w",
              encoding="utf-8") as f:
        f.write(text)
    failed = "FAIL" in text
    progress("results written to %s" % os.path.join(build, "results.md"))
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
