#!/usr/bin/env python3
"""Runs `targs check --format sarif` on clean files, files with many
diagnostics, a syntax error, an unreadable file, standard input (named and
not), file names a URI cannot hold as they are, an absolute path and more
results than GitHub code scanning accepts, and validates each log against
the OASIS SARIF 2.1.0 JSON Schema (tests/data/sarif-schema-2.1.0.json, a
JSON Schema draft 4) with the jsonschema package's Draft4Validator and its
format checks (Debian: python3-jsonschema, python3-rfc3987 for the URI
formats). Then it holds each log to what GitHub's "SARIF support for code
scanning" asks beyond the schema: every result's ruleId is a rule of the
driver at its ruleIndex, a start line of 1 or more, URIs relative to
%SRCROOT% (but for an absolute path given), the required texts not empty,
descriptions within 1,024 characters, at most 25,000 results a run.

Usage: sarif-check.py TARGS SCHEMA EXAMPLES_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse

try:
    import jsonschema
except ImportError:
    sys.exit("sarif-check: the Python module jsonschema is missing; "
             "run scripts/install-deps.sh (Debian: python3-jsonschema)")

MAX_RESULTS = 25000
LEVELS = {"error", "warning", "note"}

failures = []


def fail(case, text):
    failures.append(f"{case}: {text}")


def run(targs, args, cwd, stdin=None):
    proc = subprocess.run([targs, "check", "--format", "sarif"] + args,
                          cwd=cwd, input=stdin, capture_output=True)
    return proc.returncode, proc.stdout, proc.stderr


def github_checks(case, log):
    """What code scanning needs that the schema does not say."""
    runs = log["runs"]
    if len(runs) != 1:
        fail(case, f"{len(runs)} runs, expected one")
    run = runs[0]
    driver = run["tool"]["driver"]
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    if len(set(ids)) != len(ids):
        fail(case, "rule ids repeat")
    for rule in rules:
        for field in ("shortDescription", "fullDescription", "help"):
            text = rule[field]["text"]
            if not text:
                fail(case, f"{rule['id']}: empty {field}")
            if field != "help" and len(text) > 1024:
                fail(case, f"{rule['id']}: {field} over 1024 characters")
        if len(rule.get("name", "")) > 255:
            fail(case, f"{rule['id']}: name over 255 characters")
        if len(rule.get("properties", {}).get("tags", [])) > 20:
            fail(case, f"{rule['id']}: more than 20 tags")
        if rule["defaultConfiguration"]["level"] not in LEVELS:
            fail(case, f"{rule['id']}: bad default level")
    results = run["results"]
    if len(results) > MAX_RESULTS:
        fail(case, f"{len(results)} results, over {MAX_RESULTS}")
    for i, result in enumerate(results):
        where = f"result {i}"
        rid, index = result["ruleId"], result["ruleIndex"]
        if rid not in ids:
            fail(case, f"{where}: ruleId {rid} is no rule")
        elif ids[index] != rid:
            fail(case, f"{where}: ruleIndex {index} is not {rid}")
        if result["level"] not in LEVELS:
            fail(case, f"{where}: level {result['level']}")
        if not result["message"]["text"]:
            fail(case, f"{where}: empty message")
        locations = result["locations"]
        if len(locations) != 1:
            fail(case, f"{where}: {len(locations)} locations")
        physical = locations[0]["physicalLocation"]
        if physical["region"]["startLine"] < 1:
            fail(case, f"{where}: startLine below 1")
        if physical["region"].get("startColumn", 1) < 1:
            fail(case, f"{where}: startColumn below 1")
        check_artifact(case, where, physical["artifactLocation"])
    for note in run["invocations"][0].get("toolExecutionNotifications", []):
        for location in note.get("locations", []):
            check_artifact(case, "notification",
                           location["physicalLocation"]["artifactLocation"])


def check_artifact(case, where, artifact):
    uri = artifact["uri"]
    if uri.startswith("file:///"):
        if "uriBaseId" in artifact:
            fail(case, f"{where}: absolute {uri} with a uriBaseId")
    elif urllib.parse.urlsplit(uri).scheme or uri.startswith("/"):
        fail(case, f"{where}: {uri} is not relative")
    elif uri != "-" and artifact.get("uriBaseId") != "%SRCROOT%":
        fail(case, f"{where}: {uri} without %SRCROOT%")


def uris(log):
    return [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]]


def main():
    targs, schema_path, examples = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft4Validator.check_schema(schema)
    checker = jsonschema.FormatChecker()
    if "uri-reference" not in checker.checkers:
        sys.exit("sarif-check: jsonschema cannot check URIs here; install "
                 "python3-rfc3987 (scripts/install-deps.sh)")
    validator = jsonschema.Draft4Validator(schema, format_checker=checker)
    examples = os.path.abspath(examples)

    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(examples, os.path.join(tmp, "examples"))
        # the real configs of tests/data/corpus, walked as a directory
        os.symlink(os.path.join(os.path.dirname(os.path.abspath(
            schema_path)), "corpus"), os.path.join(tmp, "corpus"))

        def write(name, data):
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)

        write("syntax.yaml", b"learning_rate: [1, 2\n")
        write("odd name, 50%: caf\u00e9#1?.yaml", b"output_dir: o\nbogus: 1\n")
        many = "".join(f"unknown_{i}: 1\n" for i in range(MAX_RESULTS + 7))
        write("many.yaml", many.encode())
        clean = b"output_dir: out\nlearning_rate: 2.0e-5\n"
        absolute = os.path.join(tmp, "syntax.yaml")

        # case: (arguments, standard input, exit status, results, uris)
        cases = {
            "clean": (["examples/sft-llama.yaml"], None, 0, 0, None),
            "many-diagnostics": (["examples/sft-mistakes.yaml",
                                  "./examples/duplicate-key.yaml",
                                  "examples/sft-v4.yaml"], None, 1, None,
                                 None),
            "syntax-error": (["syntax.yaml"], None, 1, 1, ["syntax.yaml"]),
            "unreadable": (["missing.yaml", "syntax.yaml"], None, 2, 1,
                           ["syntax.yaml"]),
            "stdin": (["-"], clean, 0, 0, None),
            "stdin-named": (["--stdin-filename", "conf/a b.yaml", "-"],
                            b"bogus: 1\n", 1, None, None),
            "stdin-unnamed": (["-"], b"bogus: 1\n", 1, None, None),
            "encoded-name": (["odd name, 50%: caf\u00e9#1?.yaml"], None, 1,
                             1, ["odd%20name,%2050%25%3A%20caf%C3%A9"
                                 "%231%3F.yaml"]),
            "absolute": ([absolute], None, 1, 1,
                         ["file://" + urllib.parse.quote(absolute)]),
            "over-the-limit": (["many.yaml"], None, 1, MAX_RESULTS, None),
            "corpus": (["--isolated", "corpus"], None, 1, None, None),
        }
        for case, (args, stdin, status, count, expect_uris) in cases.items():
            code, out, err = run(targs, args, tmp, stdin)
            if code != status:
                fail(case, f"exit status {code}, expected {status}: "
                     f"{err.decode(errors='replace')}")
            try:
                log = json.loads(out)
            except ValueError as e:
                fail(case, f"not JSON: {e}")
                continue
            errors = sorted(validator.iter_errors(log), key=str)
            for e in errors[:5]:
                fail(case, f"schema: {'/'.join(map(str, e.absolute_path))}: "
                     f"{e.message[:200]}")
            github_checks(case, log)
            results = log["runs"][0]["results"]
            if count is not None and len(results) != count:
                fail(case, f"{len(results)} results, expected {count}")
            if expect_uris is not None and uris(log) != expect_uris:
                fail(case, f"uris {uris(log)}, expected {expect_uris}")
            invocation = log["runs"][0]["invocations"][0]
            if invocation["executionSuccessful"] != (status != 2):
                fail(case, "executionSuccessful is wrong")
            notes = invocation.get("toolExecutionNotifications", [])
            if case == "unreadable" and (len(notes) != 1 or
                                         "missing.yaml" not in
                                         notes[0]["message"]["text"]):
                fail(case, f"notifications {notes}")
            if case == "over-the-limit" and (len(notes) != 1 or
                                             not notes[0]["message"]["text"]
                                             .startswith("7 more results")):
                fail(case, f"notifications {notes}")
            if case == "stdin-named" and set(uris(log)) != {"conf/a%20b.yaml"}:
                fail(case, f"uris {uris(log)}")
            if case == "stdin-unnamed" and set(uris(log)) != {"-"}:
                fail(case, f"uris {uris(log)}")
            if case == "corpus" and len(set(uris(log))) < 100:
                fail(case, f"only {len(set(uris(log)))} files with results")
            if case == "many-diagnostics" and (
                    len(results) < 8 or
                    "examples/duplicate-key.yaml" not in uris(log)):
                fail(case, f"{len(results)} results, uris {set(uris(log))}")
            print(f"{case}: exit {code}, {len(results)} results, "
                  f"{len(errors)} schema errors")
    for line in failures:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
