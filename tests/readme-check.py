#!/usr/bin/env python3
"""The README shows check, resolve, plan and diff output: it must be what targs prints.

The README's examples are the golden outputs of the CLI cases named here,
which the suite compares with targs exactly; so a README that quotes them
verbatim is current. Usage: readme-check.py README CLI_DIR
"""
import os
import sys

QUOTED = ["check-sft-mistakes", "resolve-sft-llama", "plan-sft-llama",
          "diff-versions"]


def main():
    readme = open(sys.argv[1], encoding="utf-8").read()
    bad = 0
    for case in QUOTED:
        with open(os.path.join(sys.argv[2], case, "stdout"),
                  encoding="utf-8") as f:
            out = f.read()
        if out not in readme:
            print(f"README.md does not show the current output of {case}")
            bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
