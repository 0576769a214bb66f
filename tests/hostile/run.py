#!/usr/bin/env python3
"""Runs targs check on every hostile input of cases.py and holds it to its
exit status, its diagnostic and its bounds.

usage: run.py TARGS RUNNER [--no-bounds] [CASE...]

RUNNER is the stopwatch bench/runner.c builds, which reads the peak
memory of targs alone.

Every input is made afresh in a temporary folder. A case fails when targs
exits otherwise than expected, when its output does not match, when it
changes an input file, or when it passes its bounds:

  SMALL  at most SMALL_SECONDS of wall time and SMALL_BYTES of peak memory
  SIZE   at most SMALL_SECONDS + SECONDS_PER_MB per MB of input, and
         SMALL_BYTES + BYTES_PER_BYTE times the input size

--no-bounds keeps only a hang guard: for sanitizer and valgrind builds,
whose time and memory say nothing about targs's own.
"""
import hashlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES, SMALL  # noqa: E402

SMALL_SECONDS = 2.0
SMALL_BYTES = 64 << 20
SECONDS_PER_MB = 1.0
BYTES_PER_BYTE = 40
HANG_SECONDS = 600

FIFO_TEXT = b'output_dir: out\nseed: x\n'


def digest(path):
    """What must not change: the bytes and the modification time."""
    if not os.path.isfile(path) or path.startswith('/proc/'):
        return None
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            h.update(block)
    return h.hexdigest(), os.stat(path).st_mtime_ns


def feed_fifo(path):
    with open(path, 'wb') as f:
        f.write(FIFO_TEXT)


def run(runner, targs, operand, data, cwd):
    """Runs targs check through the stopwatch (bench/runner.c), which
    reads the peak memory of targs alone: a child started from Python
    would count Python's own. Returns status, output, seconds, peak."""
    out = os.path.join(cwd, '.output')
    cmd = [runner, '-o', out, '-e', out]
    if data is not None:
        with open(os.path.join(cwd, '.stdin'), 'wb') as f:
            f.write(data)
        cmd += ['-i', os.path.join(cwd, '.stdin')]
    cmd += ['--', targs, 'check', operand]
    env = {k: v for k, v in os.environ.items()
           if k not in ('NO_COLOR', 'TARGS_TRANSFORMERS')}
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            start_new_session=True)
    try:
        line, _ = proc.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return -1, b'(killed after %d s)' % HANG_SECONDS, HANG_SECONDS, 0
    seconds, peak, status = line.split()
    with open(out, 'rb') as f:
        output = f.read()
    return int(status), output, float(seconds), int(peak)


def limits(case, size):
    if case.bound == SMALL:
        return SMALL_SECONDS, SMALL_BYTES
    mb = size / 1e6
    return (SMALL_SECONDS + SECONDS_PER_MB * mb,
            SMALL_BYTES + BYTES_PER_BYTE * size)


def check_case(runner, targs, case, bounded):
    with tempfile.TemporaryDirectory() as d:
        made = case.make(d)
        data = None
        if isinstance(made, tuple):
            kind, made = made
            if kind == 'skip':
                return 'skip', made
            if kind == 'stdin':
                data, made = made, '-'
            else:
                threading.Thread(target=feed_fifo, daemon=True,
                                 args=(os.path.join(d, made),)).start()
        path = os.path.join(d, made)
        before = digest(path)
        size = os.path.getsize(path) if before else len(data or b'')
        status, out, seconds, peak = run(runner, targs, made, data, d)
        text = out.decode('utf-8', 'replace')
        problems = []
        if status != case.status:
            problems.append('exit %d, not %d' % (status, case.status))
        if not re.search(case.expect, text, re.M):
            problems.append('output does not match %r:\n%s'
                            % (case.expect, text[:800]))
        if digest(path) != before:
            problems.append('the input changed')
        max_seconds, max_bytes = limits(case, size)
        if bounded and seconds > max_seconds:
            problems.append('%.2f s, over %.2f s' % (seconds, max_seconds))
        if bounded and peak > max_bytes:
            problems.append('%.1f MB, over %.1f MB'
                            % (peak / 1e6, max_bytes / 1e6))
        summary = '%.2f s, %.1f MB, input %.1f MB' % (seconds, peak / 1e6,
                                                      size / 1e6)
        return ('fail' if problems else 'ok'), '; '.join(problems) or summary


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    targs = os.path.abspath(args.pop(0))
    runner = os.path.abspath(args.pop(0))
    bounded = '--no-bounds' not in args
    only = [a for a in args if a != '--no-bounds']
    cases = [c for c in CASES if not only or c.name in only]
    failed = 0
    for case in cases:
        verdict, detail = check_case(runner, targs, case, bounded)
        print('%-4s %-28s %s' % (verdict, case.name, detail))
        failed += verdict == 'fail'
    print('hostile: %d cases, %d failed' % (len(cases), failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
