#!/usr/bin/env python3
"""Runs every conformance case through targs and compares with upstream.

For each release and case (oracle limitations skipped):
- upstream raised: `targs check --env bare` must report an error marked
  as one upstream raises; the error marked "upstream raises first" should
  carry upstream's exception (counted separately);
- upstream built the object: no error marked as raising, and
  `targs resolve --env bare --format json` must equal `resolved` exactly:
  same keys in the same order, same values, same JSON types.

Usage: run.py TARGS [CASE...]. Prints the agreement per release; exits 1
on any disagreement.
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = "upstream raises first: "


def same(a, b):
    """Equality that tells 1 from 1.0 and True from 1, keeping key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and a != a:
        return b != b
    return a == b


def run(targs, args):
    env = dict(os.environ)
    env.pop("TARGS_TRANSFORMERS", None)
    return subprocess.run([targs] + args, capture_output=True, text=True,
                          env=env)


def check_case(targs, version, case, exp):
    path = os.path.join(HERE, "cases", case)
    opts = ["--transformers", version, "--env", "bare"]
    out = run(targs, ["check", "--format", "json"] + opts + [path])
    # Anything but 0 and 1 is trouble, or a sanitizer stopping targs.
    if out.returncode not in (0, 1):
        return "trouble", f"exit {out.returncode}: {out.stderr.strip()[-300:]}"
    try:
        diags = json.loads(out.stdout)["files"][0]["diagnostics"]
    except (ValueError, IndexError, KeyError):
        return "crash", f"exit {out.returncode}: {out.stderr.strip()[-300:]}"
    raising = [d for d in diags if d["severity"] == "error"
               and d["upstream"] == "raises"]
    if not exp["ok"]:
        if not raising:
            return "missed", exp["error_type"] + ": " + exp["error"]
        firsts = [h[len(FIRST):] for d in raising for h in d["hints"]
                  if h.startswith(FIRST)]
        want = exp["error_type"] + ": " + exp["error"]
        return ("ok", None) if want in firsts else ("other-first", (want, firsts))
    if raising:
        return "false-alarm", [d["message"] for d in raising]
    out = run(targs, ["resolve", "--format", "json"] + opts + [path])
    if out.returncode not in (0, 1):
        return "trouble", f"exit {out.returncode}: {out.stderr.strip()[-300:]}"
    try:
        got = json.loads(out.stdout)
    except ValueError:
        return "no-output", out.stderr.strip()
    want = exp["resolved"]
    if same(got, want):
        return "ok", None
    diff = [k for k in list(want) + list(got)
            if k not in got or k not in want or not same(got[k], want[k])]
    return "resolved-differs", {k: (want.get(k, "<absent>"),
                                    got.get(k, "<absent>"))
                                for k in dict.fromkeys(diff)}


def cases_of(version, only):
    """(case file, expected) for each case of a release."""
    files = {os.path.splitext(c)[0]: c
             for c in os.listdir(os.path.join(HERE, "cases"))}
    for name in sorted(os.listdir(os.path.join(HERE, "expected", version))):
        case = files[name[:-5]]
        if only and case not in only:
            continue
        with open(os.path.join(HERE, "expected", version, name)) as f:
            yield case, json.load(f)


def main():
    targs = sys.argv[1]
    only = set(sys.argv[2:])
    failed = 0
    # Each case is two short processes: run them side by side.
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2)
    for version in sorted(os.listdir(os.path.join(HERE, "expected"))):
        counts = {}
        jobs = []
        for case, exp in cases_of(version, only):
            if exp.get("oracle_limitation"):
                counts["skipped"] = counts.get("skipped", 0) + 1
                continue
            jobs.append((case, pool.submit(check_case, targs, version,
                                           case, exp)))
        for case, job in jobs:
            verdict, detail = job.result()
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict not in ("ok", "other-first"):
                failed += 1
                print(f"{version} {case}: {verdict}: {detail}")
            elif verdict == "other-first" and os.environ.get("VERBOSE"):
                print(f"{version} {case}: {verdict}: {detail}")
        agree = counts.get("ok", 0) + counts.get("other-first", 0)
        total = sum(v for k, v in counts.items() if k != "skipped")
        print(f"transformers {version}: {agree}/{total} agree "
              f"({counts.get('other-first', 0)} with another first error), "
              f"{counts.get('skipped', 0)} skipped as oracle limitations")
    pool.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
