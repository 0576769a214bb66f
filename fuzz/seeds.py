#!/usr/bin/env python3
"""Builds the seed corpus of each fuzz target from the project's own files.

usage: seeds.py SOURCE_DIR OUT_DIR

Seeds come from examples/, the golden CLI cases (tests/cli), the YAML and
JSON oracle documents (tests/data/yaml-docs, json-docs) and the real
configs copied from public projects (tests/data/corpus). The check targets
read two leading bytes as their choices (release, class, --env), so their
seeds get each file once with a spread of those bytes. The scalar target
reads one leading byte (schema, style, tag) and then a scalar's text; its
seeds are the spellings of tests/data/pyyaml-scalars.tsv.
"""
import os
import shutil
import sys
from pathlib import Path

YAML = (".yaml", ".yml")
JSON = (".json",)


def files(root, suffixes):
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in suffixes:
            if not path.name.endswith(".expected.json"):
                yield path


def write(out, name, data):
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_bytes(data)


def main():
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    shutil.rmtree(out, ignore_errors=True)  # no seed outlives its source
    data = src / "tests" / "data"
    roots = [src / "examples", src / "tests" / "cli", data / "corpus"]
    yaml = [p for r in roots + [data / "yaml-docs"] for p in files(r, YAML)]
    json = [p for r in roots + [data / "json-docs"] for p in files(r, JSON)]
    for target, paths in (("yaml", yaml), ("json", json)):
        for i, path in enumerate(paths):
            body = path.read_bytes()
            write(out / ("load-" + target), "%04d" % i, body)
            choice = bytes([i % 64, (i // 64) % 8])
            write(out / ("check-" + target), "%04d" % i, choice + body)
    tsv = (data / "pyyaml-scalars.tsv").read_text(encoding="utf-8")
    spellings = [line.split("\t")[0] for line in tsv.splitlines()
                 if line and not line.startswith("#")]
    for i, text in enumerate(spellings):
        write(out / "scalar", "%04d" % i,
              bytes([i % 256]) + text.encode("utf-8"))
    counts = {t: len(os.listdir(out / t)) for t in sorted(os.listdir(out))}
    print("seeds:", ", ".join("%s %d" % kv for kv in counts.items()))


if __name__ == "__main__":
    main()
