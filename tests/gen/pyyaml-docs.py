#!/usr/bin/python3
# Generates tests/data/yaml-docs/NAME.yaml and NAME.expected.json: small YAML
# documents and the canonical result of PyYAML's yaml.safe_load on them.
#
# Each document is loaded the way transformers' HfArgumentParser.parse_yaml_file
# does it: yaml.safe_load(Path(file).read_text()) -- here with the encoding
# pinned to UTF-8, i.e. text mode with universal newlines (CRLF -> LF) and the
# BOM kept in the text (PyYAML's scanner skips a leading U+FEFF itself).
#
# Oracle: Debian's /usr/bin/python3 (3.11) with Debian's python3-yaml 6.0.
# The output is committed data; CI does not run this script.
# Re-run with:  /usr/bin/python3 tests/gen/pyyaml-docs.py   (no arguments)
# The script owns tests/data/yaml-docs/: stale *.yaml / *.expected.json files
# there are deleted.  The canonical JSON form is described in
# tests/data/README.md (and implemented in canonical.py).

import os
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import canonical  # noqa: E402

import yaml  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = (HERE / ".." / "data" / "yaml-docs").resolve()

DOCS = []


def doc(name, text):
    """Register a document; str is encoded as UTF-8, bytes are kept as is."""
    if isinstance(text, str):
        text = text.encode("utf-8")
    DOCS.append((name, text))


# ---------------------------------------------------------------- structure
doc("block-mapping", "a: 1\nb: two\nc: 3.5\n")
doc("block-sequence", "- 1\n- two\n- 3.5\n- \n-\n")
doc("flow-mapping", "{a: 1, b: two, 'c': \"3\", d: [x, y]}\n")
doc("flow-sequence", "[1, two, 3.5, [a, b], {k: v}]\n")
doc("flow-sequence-empty-entry-error", "[1, , 2]\n")
doc("flow-trailing-comma", "a: [1, 2, ]\nb: {x: 1, }\n")
doc("flow-multiline", "a: [1,\n  2,\n    3]\nb: {x: 1,\n y: 2}\n")
doc("flow-pair-in-sequence", "[a: 1, b, c: ]\n")
doc("flow-mapping-keys-only", "{a, b, c: 3}\n")
doc("nested-block-structures",
    "model:\n  name: llama\n  layers:\n    - attn\n    - mlp\n"
    "  sizes:\n    hidden: 4096\n    heads: 32\n"
    "data:\n  - path: a.json\n    weight: 0.5\n  - path: b.json\n"
    "    weight: 0.5\n")
doc("nested-flow-in-block",
    "a: {b: [1, {c: d}], e: {f: [g, h]}}\nlist: [[1, 2], [3, [4, 5]]]\n")
doc("sequence-of-sequences", "- - a\n  - b\n- - c\n- []\n- {}\n")
doc("compact-sequence-of-mappings",
    "- a: 1\n  b: 2\n- c: 3\n-   d: 4\n    e: 5\n")
doc("indentless-sequence-under-key",
    "fsdp:\n- full_shard\n- auto_wrap\nnext: 1\n")
doc("indented-sequence-under-key", "fsdp:\n  - full_shard\n  - auto_wrap\n")
doc("mapping-value-on-next-line", "a:\n  1\nb:\n  multi word\n  value\n")
doc("empty-values", "a:\nb: ~\nc: ''\nd: \"\"\ne: null\nf:   \ng: !!str\n")
doc("explicit-keys", "? a\n: 1\n? b\n? c\n: 3\n")
doc("empty-key", "? \n: v\n")
doc("value-without-key-error", ": x\n")
doc("indentation-mismatch-error", "a:\n  b: 1\n c: 2\n")
doc("sequence-at-same-indent-error", "a: 1\n- b\n")
doc("mapping-values-not-allowed-error", "a: b: c\n")
doc("long-implicit-key-error", "k" * 1100 + ": 1\n")
doc("long-implicit-key-1024", "k" * 1020 + ": 1\n")

# ------------------------------------------------------- anchors and aliases
doc("anchor-alias-scalar", "a: &x 42\nb: *x\nc: &s hello\nd: [*s, *x]\n")
doc("anchor-alias-mapping", "base: &b {x: 1, y: [2, 3]}\ncopy: *b\n")
doc("anchor-alias-sequence", "a: &l\n  - 1\n  - 2\nb: *l\nc: [*l, *l]\n")
doc("anchor-on-empty-value", "a: &x\nb: *x\n")
doc("anchor-on-key", "&k key: 1\nother: *k\n")
doc("alias-as-key", "a: &k name\n*k : value\n")
doc("alias-as-key-duplicate", "&k a: 1\n*k : 2\n")
doc("alias-before-anchor-error", "a: *x\nb: &x 1\n")
doc("undefined-alias-error", "a: 1\nb: *nope\n")
doc("duplicate-anchor-error", "a: &x 1\nb: &x 2\nc: *x\n")
doc("duplicate-anchor-nested-error", "a: &x\n  b: &x 1\n")
doc("recursive-alias-sequence", "a: &r [1, *r]\n")
doc("recursive-alias-mapping", "a: &r\n  self: *r\n  v: 1\n")
doc("recursive-alias-top-level", "&r [*r]\n")
doc("recursive-alias-as-key-error", "&r {*r : 1}\n")
doc("recursive-merge-self", "a: &r\n  x: 1\n  <<: *r\n")
doc("anchors-reset-between-lines", "- &a 1\n- &b [*a]\n- *b\n")

# ----------------------------------------------------------------- merge keys
doc("merge-inline-mapping", "a:\n  <<: {x: 1, y: 2}\n  z: 3\n")
doc("merge-alias",
    "base: &base\n  lr: 1.0e-4\n  epochs: 3\nrun:\n  <<: *base\n  name: r1\n")
doc("merge-explicit-keys-win",
    "base: &base {a: 1, b: 2}\nrun:\n  <<: *base\n  b: 20\n  c: 30\n")
doc("merge-explicit-key-before-merge",
    "base: &base {a: 1, b: 2}\nrun:\n  b: 20\n  <<: *base\n  c: 30\n")
doc("merge-list-precedence",
    "one: &one {a: 1, b: 1}\ntwo: &two {b: 2, c: 2}\nthree: &three "
    "{c: 3, d: 3}\nrun:\n  <<: [*one, *two, *three]\n  d: 0\n")
doc("merge-list-inline-mappings", "a:\n  <<: [{x: 1}, {x: 2, y: 2}]\n")
doc("merge-two-merge-keys",
    "p: &p {a: 1}\nq: &q {a: 2}\nrun:\n  <<: *p\n  <<: *q\n")
doc("merge-nested",
    "a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  z: 3\n")
doc("merge-with-own-duplicates",
    "base: &base {a: 1, b: 2}\nrun:\n  a: 10\n  <<: *base\n  a: 11\n")
doc("merge-source-has-duplicates",
    "base: &base\n  a: 1\n  a: 2\nrun:\n  <<: *base\n")
doc("merge-base-unchanged",
    "base: &base {a: 1}\nrun:\n  <<: *base\n  a: 2\nagain: *base\n")
doc("merge-empty-mapping", "a:\n  <<: {}\n  b: 1\n")
doc("merge-quoted-key", "a:\n  \"<<\": {x: 1}\n  '<<': {y: 2}\n")
doc("merge-explicit-str-tag", "a:\n  !!str <<: {x: 1}\n")
doc("merge-scalar-error", "a:\n  <<: 1\n")
doc("merge-null-error", "a:\n  <<:\n  b: 1\n")
doc("merge-sequence-of-scalars-error", "x: &x {a: 1}\na:\n  <<: [*x, 1]\n")
doc("merge-alias-to-sequence-error", "l: &l [1, 2]\na:\n  <<: *l\n")
doc("merge-in-flow-mapping", "b: &b {x: 1}\na: {<<: *b, y: 2}\n")
doc("merge-as-value-error", "a: <<\n")
doc("merge-as-top-level-key", "<<: {a: 1}\nb: 2\n")
doc("value-key", "=: 1\na: 2\n")
doc("value-as-value-error", "a: =\n")

# ------------------------------------------------------------ duplicate keys
doc("duplicate-keys-last-wins", "a: 1\nb: 2\na: 3\n")
doc("duplicate-keys-nested-replaced", "a: {x: 1}\nb: 2\na: [y]\n")
doc("duplicate-keys-int-float", "1: int\n1.0: float\n")
doc("duplicate-keys-float-int", "1.0: float\n1: int\n")
doc("duplicate-keys-true-yes", "true: a\nyes: b\nOn: c\n")
doc("duplicate-keys-one-true", "1: one\ntrue: true\n")
doc("duplicate-keys-zero-false", "0: zero\nno: false\n0.0: zero-float\n")
doc("duplicate-keys-null-tilde", "null: a\n~: b\n? \n: c\n")
doc("duplicate-keys-hex-decimal", "0x10: hex\n16: dec\n020: oct\n")
doc("duplicate-keys-quoted-vs-plain", "'1': str\n1: int\n\"1\": str2\n")
doc("non-string-keys",
    "1: int\n-2: neg\n1.5: float\ntrue: bool\nnull: none\n2001-12-14: date\n"
    ".inf: inf\n0b11: bin\n")
doc("nan-keys", ".nan: a\n.nan: b\n")
doc("on-as-key", "on:\n  push:\n    branches: [main]\n")
doc("yes-no-y-n-keys", "yes: 1\nno: 2\ny: 3\nn: 4\n")
doc("complex-key-sequence-error", "? [a, b]\n: v\n")
doc("complex-key-mapping-error", "? {a: 1}\n: v\n")
doc("complex-key-flow-error", "{[a, b]: v}\n")
doc("set-tagged-key-error", "? !!set {a}\n: v\n")
doc("tagged-keys", "!!str 1: a\n!!int \"2\": b\n!!float 3: c\n")

# ------------------------------------------------------------ block scalars
doc("literal-clip", "a: |\n  line1\n  line2\n\n\nb: 1\n")
doc("literal-strip", "a: |-\n  line1\n  line2\n\n\nb: 1\n")
doc("literal-keep", "a: |+\n  line1\n  line2\n\n\nb: 1\n")
doc("literal-keep-at-eof", "a: |+\n  line1\n\n\n")
doc("literal-clip-no-final-newline", b"a: |\n  line1\n  line2")
doc("folded-clip", "a: >\n  one\n  two\n\n  three\n    indented\n  four\n")
doc("folded-strip", "a: >-\n  one\n  two\n\n\nb: 1\n")
doc("folded-keep", "a: >+\n  one\n  two\n\n\nb: 1\n")
doc("literal-indentation-indicator", "a: |2\n    indented\n  base\n")
doc("folded-indentation-indicator-strip", "a: >-1\n   x\n  y\n")
doc("literal-indicator-and-chomp-order", "a: |+2\n  x\n\nb: |2-\n  y\n")
doc("literal-leading-blank-lines", "a: |\n\n\n  text\n")
doc("literal-more-indented-first-line-error", "a: |\n    x\n  y\n")
doc("literal-with-comment-header", "a: | # comment\n  text # not a comment\n")
doc("literal-empty", "a: |\nb: >\nc: |-\n")
doc("literal-top-level", "--- |\n  top\n  level\n")
doc("literal-tabs-inside", "a: |\n  col1\tcol2\n  \tlead-tab\n")
doc("folded-trailing-spaces", "a: >\n  one  \n  two\n")
doc("block-indicator-zero-error", "a: |0\n  x\n")

# -------------------------------------------------------- flow scalars
doc("multiline-plain-scalar",
    "a: this is\n  a multi-line\n\n  plain scalar\nb: 1\n")
doc("multiline-double-quoted",
    "a: \"one\n  two\n\n  three \\\n  four\\n\"\n")
doc("multiline-single-quoted", "a: 'one\n  two\n\n  three'\n")
doc("double-quoted-escapes",
    "nl: \"a\\nb\"\ntab: \"a\\tb\"\nx: \"\\x41\"\nu: \"\\u00e9\"\n"
    "U: \"\\U0001F600\"\nslash: \"\\/\"\nbs: \"\\\\\"\nq: \"\\\"\"\n"
    "nul: \"\\0\"\nbell: \"\\a\"\nbsp: \"\\b\"\nesc: \"\\e\"\nvt: \"\\v\"\n"
    "ff: \"\\f\"\ncr: \"\\r\"\nsp: \"\\ \"\nnbsp: \"\\_\"\nnel: \"\\N\"\n"
    "ls: \"\\L\"\nps: \"\\P\"\ntablit: \"\\\t\"\n")
doc("double-quoted-lone-surrogate", "a: \"\\ud800\"\nb: \"\\ud83d\\ude00\"\n")
doc("double-quoted-invalid-escape-error", "a: \"\\q\"\n")
doc("double-quoted-single-quote-escape-error", "a: \"it\\'s\"\n")
doc("double-quoted-short-hex-error", "a: \"\\u12\"\n")
doc("single-quote-escaping", "a: 'it''s'\nb: ''''\nc: 'back\\slash'\n"
    "d: '\"'\ne: ''\n")
doc("quoted-keys", "\"a b\": 1\n'c: d': 2\n\"\\t\": 3\n")
doc("plain-with-hash", "a: b#c\nb: b #c\n")
doc("comment-right-after-quoted-scalar", "c: 'q'#x\nd: \"r\"#y\n")
doc("comments-everywhere",
    "# leading comment\n\na: 1 # trailing\n# between\nb: # after key\n"
    "  - x # in seq\n  # inside seq\n  - y\nc: [1, # in flow\n  2]\n"
    "d: |  # block header\n  text\n# final\n")

# ------------------------------------------------------- documents, directives
doc("document-start-marker", "---\na: 1\n")
doc("document-start-and-end-markers", "---\na: 1\n...\n")
doc("document-end-marker-only", "a: 1\n...\n")
doc("document-start-inline-value", "--- 5\n")
doc("document-end-then-comment", "a: 1\n...\n# trailing comment\n")
doc("two-documents-error", "a: 1\n---\nb: 2\n")
doc("two-documents-second-empty-error", "a: 1\n---\n")
doc("two-document-markers-error", "---\n---\n")
doc("document-end-then-content-error", "a: 1\n...\nb: 2\n")
doc("yaml-directive", "%YAML 1.1\n---\na: yes\n")
doc("yaml-directive-1-2", "%YAML 1.2\n---\na: yes\nb: 0o17\n")
doc("yaml-directive-2-0-error", "%YAML 2.0\n---\na: 1\n")
doc("yaml-directive-duplicate-error", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n")
doc("yaml-directive-without-start-error", "%YAML 1.1\na: 1\n")
doc("tag-directive",
    "%TAG !e! tag:yaml.org,2002:\n---\na: !e!int \"3\"\nb: !e!str 4\n")
doc("tag-directive-primary",
    "%TAG ! tag:yaml.org,2002:\n---\na: !int \"3\"\nb: !str 4\n")
doc("unknown-directive", "%FOO bar baz\n---\na: 1\n")
doc("undefined-tag-handle-error", "a: !e!int 3\n")
doc("empty-file", b"")
doc("comments-only", "# nothing here\n# at all\n")
doc("whitespace-only", "   \n\n  \n")
doc("document-marker-only", "---\n")
doc("document-end-marker-alone-error", "...\n")
doc("top-level-scalar", "hello world\n")
doc("top-level-int", "42\n")
doc("top-level-null-word", "null\n")
doc("top-level-list", "- a\n- b\n")
doc("top-level-flow-list", "[1, 2]\n")
doc("top-level-quoted-with-trailing-content-error", "'a' b\n")

# ------------------------------------------------------ whitespace and bytes
doc("tab-indentation-error", "a:\n\tb: 1\n")
doc("tab-before-value-error", "a:\t1\n")
doc("tab-after-value-error", "a: 1\t\nb: 2\n")
doc("tab-before-comment-error", "a: 1\t# comment\n")
doc("tab-inside-plain-scalar-error", "a: b\tc\n")
doc("tab-in-flow-error", "a: [1,\t2]\n")
doc("tab-inside-quoted-scalar", "a: \"b\tc\"\nb: 'd\te'\n")
doc("tab-only-line-between-entries", "a: 1\n\t\nb: 2\n")
doc("crlf-line-ends", b"a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  l1\r\n  l2\r\n")
doc("crlf-multiline-quoted", b"a: \"one\r\n  two\"\r\nb: 'x\r\n\r\n  y'\r\n")
doc("cr-only-line-ends", b"a: 1\rb: 2\r")
doc("utf8-bom", b"\xef\xbb\xbfa: 1\nb: two\n")
doc("utf8-bom-and-crlf", b"\xef\xbb\xbflearning_rate: 2.0e-5\r\nbf16: true\r\n")
doc("utf8-bom-then-document-marker", b"\xef\xbb\xbf---\na: 1\n")
doc("bom-inside-value", "a: x\ufeffy\n")
doc("bom-at-line-start-is-key-content", "a: 1\n\ufeffb: 2\n")
doc("no-final-newline", b"a: 1\nb: 2")
doc("trailing-spaces", "a: 1   \nb: text   \n")
doc("unicode-content", "名前: 値\nemoji: 😀\naccent: café\nnbsp: a\u00a0b\n")
doc("nbsp-after-colon", "a:\u00a0b\n")
doc("nel-line-break", "a: x\u0085b: y\n")
doc("line-separator-in-plain-error", "a: x\u2028y\n")
doc("control-character-error", "a: x\x01y\n")
doc("del-character-error", "a: x\x7fy\n")
doc("nul-byte-error", b"a: x\x00y\n")
doc("invalid-utf8-error", b"a: \xff\xfe\n")
doc("utf16-bom-error", b"\xff\xfea\x00:\x00 \x001\x00\n\x00")

# ------------------------------------------------------------ unterminated
doc("unterminated-double-quote-error", "a: \"abc\nb: 1\n")
doc("unterminated-single-quote-error", "a: 'abc\n")
doc("unterminated-flow-sequence-error", "a: [1, 2\nb: 3\n")
doc("unterminated-flow-mapping-error", "a: {x: 1\n")
doc("unbalanced-flow-close-error", "a: 1]\nb: [1]]\n")
doc("unexpected-flow-close-error", "]\n")
doc("backtick-error", "a: `cmd`\n")
doc("at-sign-error", "a: @x\n")

# ---------------------------------------------------------------- tags
doc("set-tag", "s: !!set\n  ? b\n  ? a\n  ? 1\n")
doc("set-tag-flow", "s: !!set {x, y, 2}\n")
doc("set-tag-with-values", "s: !!set {a: 1, b: 2}\n")
doc("omap-tag", "o: !!omap\n  - b: 1\n  - a: 2\n  - b: 3\n")
doc("omap-not-single-pair-error", "o: !!omap\n  - a: 1\n    b: 2\n")
doc("pairs-tag", "p: !!pairs\n  - a: 1\n  - a: 2\n")
doc("pairs-not-sequence-error", "p: !!pairs {a: 1}\n")
doc("unknown-local-tag-mapping-error", "a: !foo {x: 1}\n")
doc("unknown-local-tag-sequence-error", "a: !foo [1]\n")
doc("non-specific-tag-mapping", "a: ! {x: 1}\nb: ! [1]\nc: ! 12\n")
doc("explicit-core-tags",
    "a: !!str 12\nb: !!int \"12\"\nc: !!float 12\nd: !!bool \"on\"\n"
    "e: !!null \"x\"\nf: !!map {k: v}\ng: !!seq [1]\n")
doc("tag-mismatch-seq-as-map-error", "a: !!map [1, 2]\n")
doc("binary-block", "b: !!binary |\n  aGVsbG8g\n  d29ybGQ=\n")
doc("timestamps",
    "d: 2001-12-14\ndt: 2001-12-14t21:59:43.10-05:00\nsp: 2001-12-14 21:59:43.10\n"
    "z: 2001-12-14T21:59:43Z\nshort: 2001-1-2 3:04:05\n")
doc("timestamp-invalid-error", "d: 2024-02-30\n")
doc("timestamp-invalid-month-error", "ok: 2024-01-01\nbad: 2024-13-01\n")
doc("python-tag-error", "a: !!python/object/apply:os.system [ls]\n")
doc("verbatim-tag", "a: !<tag:yaml.org,2002:str> 5\n")

# --------------------------------------------------------- keys and values
doc("flow-mapping-no-space", "{a:1}\n")
doc("flow-mapping-with-space", "{a: 1}\n")
doc("flow-mapping-json-style", "{\"a\":1, \"b\":[true,null,1.5e+3]}\n")
doc("json-document", "{\"lr\": 5e-05, \"steps\": 10, \"fp16\": false, "
    "\"tags\": [\"a\", \"b\"], \"none\": null}\n")
doc("keys-with-colons", "\"a:b\": 1\na:b: 2\nhttp://x: 3\n'c:': 4\n")
doc("url-values",
    "url: http://example.com:8080/path?q=1#frag\nhub: hf://org/model\n"
    "s3: s3://bucket/key\n")
doc("windows-paths",
    "plain: C:\\Users\\me\\out\ndq: \"C:\\\\Users\\\\me\"\n"
    "sq: 'C:\\Users\\me'\nfwd: C:/Users/me\n")
doc("windows-path-double-quoted-bad-escape-error", "p: \"C:\\Users\\me\"\n")
doc("version-like-values", "python: 3.10\ncuda: 12.1\ntorch: 2.1.0\n"
    "tf: '2.13'\nsemver: 1.2.3-rc1\n")
doc("time-like-values", "at: 10:30\nat2: 1:30:00\nzero: 0:30\nfloaty: 1:30.5\n")
doc("octal-and-leading-zeros", "a: 017\nb: 08\nc: 0o17\nd: 007\n")
doc("boolean-like-strings", "a: y\nb: n\nc: True\nd: tRUE\ne: on\nf: off\n"
    "g: No\nh: none\ni: None\nj: NULL\nk: nULL\n")
doc("numbers-mixed",
    "a: 1_000\nb: 0x1F\nc: 0b101\nd: 190:20:30\ne: 1e5\nf: 1.0e5\n"
    "g: 1.0e+5\nh: .5\ni: -.5\nj: .inf\nk: .NaN\nl: 4.\n")

# --------------------------------------- real-world TrainingArguments styles
doc("trainingargs-learning-rates",
    "learning_rate: 5e-5\nlr2: 2e-4\nlr3: 1.0e-4\nlr4: 2.0e-05\n"
    "lr5: 3E-4\nlr6: 0.0002\nadam_epsilon: 1e-08\nadam_eps2: 1.0e-8\n"
    "weight_decay: 0.\nwarmup_ratio: .03\n")
doc("trainingargs-report-to",
    "report_to: none\nr2: [wandb]\nr3:\n  - wandb\n  - tensorboard\n"
    "r4: all\nr5: []\nr6: \"none\"\nr7: null\n")
doc("trainingargs-strategies",
    "eval_strategy: no\nsave_strategy: \"no\"\nlogging_strategy: steps\n"
    "evaluation_strategy: epoch\nhub_strategy: every_save\n")
doc("trainingargs-lr-scheduler-kwargs",
    "lr_scheduler_type: cosine_with_min_lr\nlr_scheduler_kwargs:\n"
    "  min_lr_rate: 0.1\n  num_cycles: 0.5\n  power: 1.0\n"
    "gradient_checkpointing_kwargs: {use_reentrant: false}\n")
doc("trainingargs-fsdp",
    "fsdp: full_shard auto_wrap\nfsdp2: [full_shard, auto_wrap, offload]\n"
    "fsdp_config:\n  fsdp_transformer_layer_cls_to_wrap: [LlamaDecoderLayer]\n"
    "  fsdp_backward_prefetch: backward_pre\n  fsdp_forward_prefetch: false\n"
    "  fsdp_use_orig_params: true\n  min_num_params: 0\n")
doc("trainingargs-full",
    "# TrainingArguments for a run\n"
    "output_dir: ./outputs/run-1\n"
    "overwrite_output_dir: true\n"
    "do_train: yes\n"
    "do_eval: no\n"
    "per_device_train_batch_size: 8\n"
    "gradient_accumulation_steps: 4\n"
    "learning_rate: 5e-5\n"
    "num_train_epochs: 3.0\n"
    "max_steps: -1\n"
    "lr_scheduler_type: linear\n"
    "warmup_steps: 0\n"
    "logging_dir: ~\n"
    "logging_steps: 10\n"
    "save_steps: 500\n"
    "save_total_limit: null\n"
    "seed: 42\n"
    "bf16: True\n"
    "fp16: False\n"
    "tf32: ~\n"
    "optim: adamw_torch_fused\n"
    "run_name: \"run-1\"\n"
    "deepspeed: configs/ds_z3.json\n"
    "torch_compile: off\n"
    "dataloader_num_workers: 0\n"
    "push_to_hub: false\n"
    "hub_model_id: org/model-name\n"
    "include_for_metrics: []\n"
    "ddp_timeout: 1800\n")
doc("trainingargs-anchors-merge",
    "defaults: &defaults\n  learning_rate: 2.0e-5\n  bf16: true\n  seed: 42\n"
    "sft:\n  <<: *defaults\n  learning_rate: 1.0e-5\n  max_seq_length: 2048\n")


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


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
        src = OUT / (name + ".yaml")
        exp = OUT / (name + ".expected.json")
        wanted.update((src.name, exp.name))
        canonical.write_bytes_if_changed(src, data)
        result = canonical.canon_result(lambda: load(src))
        canonical.write_bytes_if_changed(exp, (result + "\n").encode("utf-8"))
    for old in OUT.iterdir():
        if old.name not in wanted and (old.name.endswith(".yaml")
                                       or old.name.endswith(".json")):
            old.unlink()
    print("%s: %d documents" % (OUT, len(DOCS)))


if __name__ == "__main__":
    main()
