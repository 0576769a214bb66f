#!/usr/bin/python3
# Generates tests/data/corpus/: a copy of the real-world config corpus
# (/work/shared/corpus/real: every file listed in its MANIFEST.tsv, plus
# MANIFEST.tsv and SURVEY.md, which name each file's source repository, path,
# commit and licence) and, for each corpus file F, F.expected.json with the
# canonical result of loading it:
#   format "yaml": yaml.safe_load(Path(F).read_text())       (PyYAML 6.0)
#   format "json": json.loads(open(F, encoding="utf-8").read())
# i.e. the way transformers' HfArgumentParser reads YAML / JSON files (the
# text encoding is pinned to UTF-8 here).
#
# Oracle: Debian's /usr/bin/python3 (3.11) with Debian's python3-yaml 6.0.
# The output is committed data; CI does not run this script.
# Re-run with:  /usr/bin/python3 tests/gen/corpus-expected.py   (no arguments)
#
# When /work/shared/corpus/real exists, the corpus is (re)copied from there
# and files no longer in its manifest are removed from tests/data/corpus/.
# Only files whose repository's licence allows copying them (the manifest's
# license-of-repo column: Apache-2.0 or MIT) are copied, and the copied
# MANIFEST.tsv lists those, with their source for attribution.
# Otherwise the already committed copy in tests/data/corpus/ (and its
# MANIFEST.tsv) is used as is and only the *.expected.json files are
# regenerated.  The canonical JSON form is described in tests/data/README.md.

import csv
import json
import os
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import canonical  # noqa: E402

import yaml  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = (HERE / ".." / "data" / "corpus").resolve()
SOURCE = Path("/work/shared/corpus/real")
EXTRA = ("MANIFEST.tsv", "SURVEY.md")


def read_manifest(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    for row in rows:
        rel = row["file"]
        if (not rel or rel.startswith("/") or ".." in Path(rel).parts
                or rel.endswith(".expected.json")):
            raise SystemExit("unsafe or odd manifest entry %r" % rel)
        if row["format"] not in ("yaml", "json"):
            raise SystemExit("unknown format %r for %s" % (row["format"], rel))
    names = [r["file"] for r in rows]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate files in manifest")
    return rows


def copyable(row):
    """A licence that allows a copy of the file in this repository."""
    licence = row["license-of-repo"]
    return licence.startswith("Apache-2.0") or licence.startswith("MIT")


def copy_manifest(rows):
    """The source manifest's header and the rows of the files copied."""
    keep = {r["file"] for r in rows}
    lines = (SOURCE / "MANIFEST.tsv").read_text(encoding="utf-8")
    lines = lines.splitlines(keepends=True)
    out = [lines[0]] + [l for l in lines[1:]
                        if l.split("\t", 1)[0] in keep]
    canonical.write_bytes_if_changed(OUT / "MANIFEST.tsv",
                                     "".join(out).encode("utf-8"))


def copy_corpus(rows):
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(EXTRA)
    copy_manifest(rows)
    canonical.write_bytes_if_changed(OUT / "SURVEY.md",
                                     (SOURCE / "SURVEY.md").read_bytes())
    for row in rows:
        rel = row["file"]
        wanted.add(rel)
        wanted.add(rel + ".expected.json")
        dst = OUT / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        canonical.write_bytes_if_changed(dst, (SOURCE / rel).read_bytes())
    # Drop files that are no longer part of the corpus.
    for path in sorted(OUT.rglob("*"), reverse=True):
        rel = path.relative_to(OUT).as_posix()
        if path.is_file() and rel not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def load_yaml(path):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.loads(f.read())


def main():
    canonical.check_interpreter()
    if SOURCE.is_dir():
        rows = [r for r in read_manifest(SOURCE / "MANIFEST.tsv")
                if copyable(r)]
        copy_corpus(rows)
    else:
        print("note: %s not found; regenerating from the committed copy"
              % SOURCE)
        rows = read_manifest(OUT / "MANIFEST.tsv")
    counts = {}
    for row in rows:
        src = OUT / row["file"]
        loader = load_yaml if row["format"] == "yaml" else load_json
        result = canonical.canon_result(lambda: loader(src))
        kind = "error" if result.startswith('{"error"') else row["format"]
        counts[kind] = counts.get(kind, 0) + 1
        canonical.write_bytes_if_changed(
            Path(str(src) + ".expected.json"),
            (result + "\n").encode("utf-8"))
    print("%s: %d files %s" % (OUT, len(rows), dict(sorted(counts.items()))))


if __name__ == "__main__":
    main()
