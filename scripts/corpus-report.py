#!/usr/bin/env python3
"""Writes docs/corpus-report.md: targs run as a new user would run it on
every file of a corpus of real configs, and what it reports, grouped.

usage: scripts/corpus-report.py [TARGS] [CORPUS] [OUT]

TARGS defaults to build/targs, CORPUS to ../shared/corpus/real (a folder
with MANIFEST.tsv: file, repo, path, commit, licence, format, family,
note), OUT to docs/corpus-report.md. Each file is checked with
`targs check -f json --isolated FILE`: no settings, the profile detected,
the newest releases. Only the report is written; the corpus is read.
"""
import collections
import json
import os
import subprocess
import sys

# The profiles a family's files should get (the "done when").
FAMILY_PROFILES = {
    "trl-recipe": lambda p: p.startswith("trl-"),
    "llamafactory": lambda p: p.startswith("llamafactory"),
    "axolotl": lambda p: p == "axolotl",
    "hf-example": lambda p: p in ("transformers", "seq2seq", "hf-examples",
                                  "hf-examples-seq2seq"),
    "other": lambda p: True,
}

# What each group is, in a user's words; codes not listed use the
# summary `targs explain CODE` prints.
COMMENTS = {
    "TA203": "Keys no dataclass of the detected program has. Almost all "
             "are in files of projects whose own scripts have no profile "
             "(Firefly's, parler-tts', open-instruct's, ChatGLM's): they "
             "are checked as plain TrainingArguments, or as an example "
             "script's when their keys are mostly those (Firefly's), and "
             "those refuse the project's own keys. Under a framework's "
             "profile the rest are keys that framework really drops or "
             "refuses: axolotl's `debug`, `adam_eps` (for `adam_epsilon`), "
             "the keys TRL's nemo_gym example pops before building its "
             "config, philschmid's own script arguments.",
    "TA204": "TrainingArguments parameters of other transformers releases: "
             "evaluation_strategy (removed in 4.51), overwrite_output_dir "
             "and the other 4.x fields (removed in 5.0), warmup_ratio "
             "(removed in 5.15). Under the newest release the file really "
             "fails; --transformers names an older one.",
    "TA702": "Keys of older framework releases: TRL's torch_dtype (until "
             "0.26), max_seq_length (until 0.19), max_prompt_length, and "
             "the alignment-handbook keys its current scripts no longer "
             "read (dataset_mixer, dataset_splits, "
             "preprocessing_num_workers). --framework-version names the "
             "release a recipe was written for.",
    "TA309": "LLaMA-Factory allows transformers up to 5.8, where "
             "warmup_ratio is deprecated and copied over warmup_steps.",
}


def run(targs, path):
    out = subprocess.run([targs, "check", "-f", "json", "--isolated", path],
                         capture_output=True, text=True)
    try:
        return json.loads(out.stdout)["files"][0], out.returncode
    except (ValueError, IndexError, KeyError):
        return None, out.returncode


def explain(targs, code):
    out = subprocess.run([targs, "explain", code], capture_output=True,
                         text=True)
    lines = [l.strip() for l in out.stdout.splitlines()[2:] if l.strip()]
    return " ".join(lines[:3])


def main():
    targs = sys.argv[1] if len(sys.argv) > 1 else "build/targs"
    corpus = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus/real"
    out_path = sys.argv[3] if len(sys.argv) > 3 else "docs/corpus-report.md"
    rows = []
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    version = subprocess.run([targs, "--version"], capture_output=True,
                             text=True).stdout.strip()

    by_family = collections.defaultdict(collections.Counter)
    misfits = []
    groups = collections.defaultdict(list)   # (severity, code) -> items
    exits = collections.Counter()
    for row in rows:
        result, rc = run(targs, os.path.join(corpus, row["file"]))
        exits[rc] += 1
        if result is None:
            misfits.append((row["file"], row["family"], "(no report)"))
            continue
        profile = result["profile"] or "(none)"
        by_family[row["family"]][profile] += 1
        if not FAMILY_PROFILES[row["family"]](profile):
            misfits.append((row["file"], row["family"], profile))
        for d in result["diagnostics"]:
            if d["severity"] == "info":
                continue
            groups[(d["severity"], d["code"])].append(
                (row["file"], profile, d["key"], d["message"]))

    lines = []
    w = lines.append
    w("# Corpus report")
    w("")
    w("Written by `scripts/corpus-report.py` (do not edit): `%s` run as a "
      "new user would run it, `targs check -f json --isolated FILE`, on "
      "each of the %d real configuration files of the corpus "
      "(`../shared/corpus/real`, listed with source and licence in its "
      "MANIFEST.tsv). No settings, no options: the profile is detected, "
      "the releases are the newest targs knows (or the newest the "
      "framework allows)." % (version, len(rows)))
    w("")
    w("Exit status: " + ", ".join("%d file%s with %d" % (n, "" if n == 1
      else "s", rc) for rc, n in sorted(exits.items())) + ".")
    w("")
    w("## Profiles detected, by family")
    w("")
    w("| family | files | profiles |")
    w("| --- | ---: | --- |")
    for family in sorted(by_family):
        counts = by_family[family]
        w("| %s | %d | %s |" % (family, sum(counts.values()), ", ".join(
            "%s %d" % (p, n) for p, n in counts.most_common())))
    w("")
    if misfits:
        w("Files whose profile is not their family's:")
        w("")
        for file, family, profile in misfits:
            w("- `%s` (%s): %s" % (file, family, profile))
        w("")
    w("## What remains, by code")
    w("")
    w("Every error and warning over the corpus, grouped by code, with the "
      "keys it names most often. Notes (the profile detected, a nested "
      "block) are left out.")
    w("")
    order = sorted(groups, key=lambda k: (k[0] != "error", -len(groups[k]),
                                          k[1]))
    w("| code | severity | count | files |")
    w("| --- | --- | ---: | ---: |")
    for key in order:
        items = groups[key]
        w("| %s | %s | %d | %d |" % (key[1], key[0], len(items),
                                    len({i[0] for i in items})))
    w("")
    for key in order:
        items = groups[key]
        w("### %s (%s): %d" % (key[1], key[0], len(items)))
        w("")
        w(COMMENTS.get(key[1]) or explain(targs, key[1]))
        w("")
        keys = collections.Counter(i[2] for i in items if i[2])
        if keys:
            w("Keys: " + ", ".join("`%s` %d" % (k, n)
                                   for k, n in keys.most_common(12)) +
              (", and %d more" % (len(keys) - 12) if len(keys) > 12
               else "") + ".")
            w("")
        profiles = collections.Counter(i[1] for i in items)
        w("Profiles: " + ", ".join("%s %d" % (p, n)
                                   for p, n in profiles.most_common()) + ".")
        w("")
        w("For example: `%s`: %s" % (items[0][0], items[0][3]))
        w("")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("%s: %d files, %d groups" % (out_path, len(rows), len(groups)))


if __name__ == "__main__":
    main()
