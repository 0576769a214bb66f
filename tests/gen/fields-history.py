#!/usr/bin/python3
"""Writes tests/data/fields-history/<minor>.tsv: the constructor fields of
TrainingArguments in every minor release 4.38 to 4.56, in declaration order,
with whether the annotation allows None and the default as JSON.

Read from an upstream git history (a full clone of huggingface/transformers
main; pass its path): for each minor X.Y, the last commit on main whose
__version__ was X.Y.0.dev0, since the release branch of X.Y is cut at the
bump to the next dev version. 4.57 and later were not released from main
and are covered by tests/data/fields (the real releases) instead.

Usage: /usr/bin/python3 tests/gen/fields-history.py /path/to/transformers
"""
import ast
import json
import os
import subprocess
import sys

# The first commit of the next dev version: X.Y is its parent.
RELEASE_CUTS = {
    "4.38": "1a77f07f65", "4.39": "1248f09252", "4.40": "ce8e64fbe2",
    "4.41": "b6eb708bf1", "4.42": "727eea4ab0", "4.43": "ff0d708fe6",
    "4.44": "26a9443dae", "4.45": "f0eabf6c7d", "4.46": "9643069465",
    "4.47": "66ab300aaf", "4.48": "f63829c87b", "4.49": "c877c9fa5b",
    "4.50": "4542b8fb27", "4.51": "d1b92369ca", "4.52": "f4ef41c45e",
    "4.53": "5154497607", "4.54": "c3401d6fad", "4.55": "eb6e26acf3",
    "4.56": "ce48e9cac0",
}


def default_json(value):
    """The default as JSON, 'required', or '?' when it is computed."""
    if isinstance(value, ast.Call) and ast.unparse(value.func) == "field":
        kw = {k.arg: k.value for k in value.keywords}
        if "default" in kw:
            value = kw["default"]
        elif "default_factory" in kw:
            factory = ast.unparse(kw["default_factory"])
            return {"dict": "{}", "list": "[]"}.get(factory, "?")
        else:
            return "required"
    try:
        literal = ast.literal_eval(value)
    except ValueError:
        return "?"
    return json.dumps(literal)


def fields(repo, rev):
    src = subprocess.run(
        ["git", "-C", repo, "show", rev + ":src/transformers/training_args.py"],
        capture_output=True, text=True, check=True).stdout
    for node in ast.parse(src).body:
        if isinstance(node, ast.ClassDef) and node.name == "TrainingArguments":
            break
    for stmt in node.body:
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
            continue
        name = stmt.target.id
        if name.startswith("_"):
            continue  # not a constructor argument (field(init=False))
        annotation = ast.unparse(stmt.annotation)
        default = default_json(stmt.value) if stmt.value is not None else "required"
        nullable = "Optional[" in annotation or "None" in annotation or default == "null"
        yield name, int(nullable), default


def main():
    repo = sys.argv[1]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "fields-history")
    os.makedirs(out, exist_ok=True)
    for minor, cut in RELEASE_CUTS.items():
        rows = ["\t".join(map(str, f)) for f in fields(repo, cut + "^")]
        with open(os.path.join(out, minor + ".tsv"), "w") as f:
            f.write("# name\tnullable\tdefault (JSON; ? computed)\n")
            f.write("\n".join(rows) + "\n")


main()
