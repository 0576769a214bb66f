#!/usr/bin/python3
"""Writes tests/data/conformance-accepted.json: for each conformance release,
the input (as Python loaded it) of every case real transformers accepted.

Usage: /usr/bin/python3 tests/gen/conformance-accepted.py ../shared/conformance
"""
import json
import os
import sys

root = sys.argv[1]
out = {}
for release in sorted(os.listdir(os.path.join(root, "expected"))):
    cases = {}
    folder = os.path.join(root, "expected", release)
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            result = json.load(f)
        if result.get("ok") and not result.get("oracle_limitation"):
            cases[name[:-len(".json")]] = result["input"]
    out[release] = cases
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                    "conformance-accepted.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1, sort_keys=True, allow_nan=True)
    f.write("\n")
