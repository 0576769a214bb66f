#!/usr/bin/python3
# Generates tests/data/json-docs/NAME.json and NAME.expected.json: small JSON
# documents and the canonical result of Python's json.loads on them.
#
# Each document is read the way transformers' parse_json_file does it:
# json.loads(open(path, encoding="utf-8").read()) -- text mode, so CRLF
# becomes LF and a UTF-8 BOM stays in the text (json.loads then rejects it).
#
# Oracle: Debian's /usr/bin/python3 (3.11; json with its C accelerator).
# The output is committed data; CI does not run this script.
# Re-run with:  /usr/bin/python3 tests/gen/pyjson-docs.py   (no arguments)
# The script owns tests/data/json-docs/: stale *.json files there are
# deleted.  The canonical JSON form is described in tests/data/README.md
# (and implemented in canonical.py).

import json
import os
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import canonical  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = (HERE / ".." / "data" / "json-docs").resolve()

DOCS = []


def doc(name, text):
    """Register a document; str is encoded as UTF-8, bytes are kept as is."""
    if isinstance(text, str):
        text = text.encode("utf-8")
    DOCS.append((name, text))


def nested(depth):
    out = ""
    for i in range(depth):
        out += '{"d%d": [' % i
    out += '"bottom"'
    for i in range(depth):
        out += "]}"
    return out + "\n"


D4300 = "1234567890" * 430

# ------------------------------------------------------------- structures
doc("nested-objects-arrays",
    '{"a": {"b": {"c": [1, [2, [3, {"d": null}]]]}}, "e": [], "f": {}}\n')
doc("empty-object", "{}\n")
doc("empty-array", "[]\n")
doc("nested-empty-containers", '[[], {}, [[]], {"a": {}}, [{}]]\n')
doc("array-of-mixed", '[1, 1.5, "s", true, false, null, [], {}]\n')
doc("top-level-array", '["a", 1]\n')
doc("top-level-string", '"just a string"\n')
doc("top-level-number", "42\n")
doc("top-level-float", "-1.5e3\n")
doc("top-level-true", "true\n")
doc("top-level-null", "null\n")
doc("nesting-50-levels", nested(50))
doc("whitespace-around-value", " \t\r\n {\"a\" :\t1 ,\n\"b\"\n:\n2 } \n\n\t ")
doc("no-final-newline", b'{"a": 1}')
doc("empty-key", '{"": 1, " ": 2}\n')
doc("non-ascii-keys", '{"名前": "値", "café": "☕", "emoji😀": 1}\n')

# ---------------------------------------------------------------- strings
doc("escapes-all",
    '{"quote": "\\"", "backslash": "\\\\", "slash": "\\/", "b": "\\b", '
    '"f": "\\f", "n": "\\n", "r": "\\r", "t": "\\t", "u": "\\u00e9\\u4E2D", '
    '"mixed": "a\\tb\\nc\\\\d\\"e"}\n')
doc("surrogate-pair", '["\\ud83d\\ude00", "\\uD83D\\uDE00"]\n')
doc("lone-high-surrogate", '["\\ud800"]\n')
doc("lone-low-surrogate", '["\\udc00", "x\\udfffy"]\n')
doc("reversed-surrogate-pair", '["\\ude00\\ud83d"]\n')
doc("escaped-nul", '{"nul": "a\\u0000b"}\n')
doc("escaped-control-chars", '["\\u0001\\u001f\\u007f\\u0085\\u2028"]\n')
doc("raw-del-and-line-separator", '["a\x7fb", "c\u2028d", "e\u0085f"]\n')
doc("raw-non-ascii", '["héllo", "日本語", "😀", "a\u00a0b"]\n')
doc("raw-tab-in-string-error", '{"a": "x\ty"}\n')
doc("raw-newline-in-string-error", '{"a": "x\ny"}\n')
doc("raw-cr-in-string-error", b'{"a": "x\ry"}\n')
doc("raw-nul-in-string-error", b'{"a": "x\x00y"}\n')
doc("invalid-escape-x-error", '{"a": "\\x41"}\n')
doc("invalid-escape-single-quote-error", '{"a": "it\\\'s"}\n')
doc("invalid-unicode-escape-short-error", '{"a": "\\u12"}\n')
doc("invalid-unicode-escape-nonhex-error", '{"a": "\\u12G4"}\n')
doc("long-string-100kb",
    '{"s": "' + ("0123456789abcdef" * 6400) + '"}\n')

# ---------------------------------------------------------------- numbers
doc("ints-and-floats",
    '{"int": 1, "float": 1.0, "exp": 1e5, "exp_upper_neg": 1E-5, '
    '"neg_zero": -0, "neg_zero_float": -0.0, "huge": 1.5e+400, '
    '"neg_huge": -1.5e+400, "tiny": 1e-400, "tenth": 0.1, '
    '"exp_plus": 2E+2, "zero_exp": 0e0, "neg_exp": -1e-7, '
    '"lr": 5e-05, "lr2": 2e-4, "eps": 1e-08}\n')
doc("big-integers",
    '[9007199254740993, 18446744073709551616, '
    '-123456789012345678901234567890, 0]\n')
doc("long-mantissa", "[3.141592653589793238462643383279, "
    "0.30000000000000004, 1.7976931348623157e308, 5e-324, 2.5e-324]\n")
doc("int-4300-digits", "[" + D4300 + "]\n")
doc("int-4300-digits-negative", "[-" + D4300 + "]\n")
doc("int-4301-digits-error", "[" + D4300 + "1]\n")
doc("float-4301-digits", "[" + D4300 + "1.0]\n")
doc("nan-infinity", '[NaN, Infinity, -Infinity]\n')
doc("nan-lowercase-error", "[nan]\n")
doc("infinity-plus-sign-error", "[+Infinity]\n")
doc("negative-nan-error", "[-NaN]\n")
doc("leading-zero-error", "01\n")
doc("leading-zero-negative-error", "-01\n")
doc("leading-zero-in-object-error", '{"a": 01}\n')
doc("trailing-dot-error", "1.\n")
doc("leading-dot-error", ".5\n")
doc("plus-sign-error", "+1\n")
doc("exponent-without-digits-error", "[1e]\n")
doc("minus-alone-error", "[-]\n")
doc("hex-number-error", "[0x10]\n")

# ------------------------------------------------------------- literals
doc("literal-capitalised-true-error", "[True]\n")
doc("literal-none-error", "[None]\n")
doc("single-quotes-error", "{'a': 'b'}\n")
doc("unquoted-keys-error", "{a: 1}\n")

# ------------------------------------------------------------- structure errors
doc("duplicate-keys", '{"a": 1, "b": 2, "a": 3}\n')
doc("duplicate-keys-nested", '{"a": {"x": 1}, "a": [2]}\n')
doc("trailing-comma-object-error", '{"a": 1,}\n')
doc("trailing-comma-array-error", "[1, 2,]\n")
doc("missing-comma-error", '[1 2]\n')
doc("missing-colon-error", '{"a" 1}\n')
doc("comment-line-error", '{\n  // comment\n  "a": 1\n}\n')
doc("comment-block-error", '{"a": /* comment */ 1}\n')
doc("comment-hash-error", '# comment\n{"a": 1}\n')
doc("extra-data-error", '{"a": 1} x\n')
doc("two-top-level-values-error", '{"a": 1}\n{"b": 2}\n')
doc("two-top-level-numbers-error", "1 2\n")
doc("unterminated-string-error", '{"a": "abc\n')
doc("unterminated-string-at-eof-error", b'{"a": "abc')
doc("unterminated-object-error", '{"a": 1\n')
doc("unterminated-array-error", "[1, 2\n")
doc("unterminated-after-colon-error", '{"a":\n')
doc("unterminated-escape-error", '["abc\\')
doc("empty-file-error", b"")
doc("whitespace-only-error", " \n\t\r\n")
doc("vertical-tab-whitespace-error", "[1,\x0b2]\n")
doc("form-feed-whitespace-error", "\x0c[1]\n")
doc("nbsp-outside-string-error", "[1,\u00a02]\n")
doc("bom-error", b'\xef\xbb\xbf{"a": 1}\n')
doc("invalid-utf8-error", b'{"a": "\xff"}\n')
doc("close-bracket-mismatch-error", '[1, 2}\n')

# ------------------------------------------------------------ line endings
doc("crlf-line-ends", b'{\r\n  "a": 1,\r\n  "b": [true, false]\r\n}\r\n')
doc("crlf-error-position", b'{\r\n  "a": 1,\r\n  "b": x\r\n}\r\n')
doc("error-position-third-line", '{\n  "a": 1,\n  "b": tru\n}\n')

# ------------------------------------------- real-world TrainingArguments
doc("trainingargs-style",
    '{\n  "output_dir": "./out",\n  "learning_rate": 5e-05,\n'
    '  "per_device_train_batch_size": 8,\n  "num_train_epochs": 3.0,\n'
    '  "max_steps": -1,\n  "bf16": true,\n  "fp16": false,\n'
    '  "report_to": ["wandb"],\n  "eval_strategy": "no",\n'
    '  "logging_dir": null,\n  "fsdp": [],\n  "fsdp_config": {\n'
    '    "min_num_params": 0,\n    "xla": false\n  },\n'
    '  "lr_scheduler_kwargs": {},\n  "adam_epsilon": 1e-08,\n'
    '  "warmup_ratio": 0.0\n}\n')
doc("trainingargs-to-dict-single-line",
    '{"output_dir": "out", "eval_strategy": "steps", "eval_steps": 0.1, '
    '"save_steps": 500, "seed": 42, "report_to": "none", '
    '"push_to_hub": false, "hub_token": "<HUB_TOKEN>", '
    '"gradient_checkpointing_kwargs": {"use_reentrant": false}}')


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.loads(f.read())


def main():
    canonical.check_interpreter()
    names = [n for n, _ in DOCS]
    if len(set(names)) != len(names):
        dups = sorted({n for n in names if names.count(n) > 1})
        raise SystemExit("duplicate names: %s" % dups)
    for name in names:
        if not name.replace("-", "").isalnum() or name != name.lower():
            raise SystemExit("name not kebab-case: %r" % name)
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for name, data in DOCS:
        src = OUT / (name + ".json")
        exp = OUT / (name + ".expected.json")
        wanted.update((src.name, exp.name))
        canonical.write_bytes_if_changed(src, data)
        result = canonical.canon_result(lambda: load(src))
        canonical.write_bytes_if_changed(exp, (result + "\n").encode("utf-8"))
    for old in OUT.iterdir():
        if old.name not in wanted and old.name.endswith(".json"):
            old.unlink()
    print("%s: %d documents" % (OUT, len(DOCS)))


if __name__ == "__main__":
    main()
