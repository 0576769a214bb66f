#!/usr/bin/python3
# Generates tests/data/pyyaml-scalars.tsv: how PyYAML's yaml.safe_load
# (YAML 1.1 resolver + SafeConstructor) types single-line scalar spellings,
# i.e. yaml.safe_load("v: " + spelling + "\n")["v"].
#
# Oracle: Debian's /usr/bin/python3 (3.11) with Debian's python3-yaml 6.0
# (pure-Python SafeLoader, which is what yaml.safe_load uses).
# The output is committed data; CI does not run this script.
# Re-run with:  /usr/bin/python3 tests/gen/pyyaml-scalars.py   (no arguments)
#
# Output format (see tests/data/README.md): a header line
# "# spelling<TAB>type<TAB>value", then one line per spelling with three
# TAB-separated fields.  In spelling and value, "\" is written "\\", TAB
# "\t" and newline "\n"; nothing else is escaped.

import datetime
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import canonical  # noqa: E402

import yaml  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "pyyaml-scalars.tsv")

D4300 = "1234567890" * 430            # 4300 digits: at Python's int() limit
D4301 = D4300 + "1"                   # 4301 digits: int() raises ValueError

SPELLINGS = [
    # --- booleans: the resolver accepts exactly these 18 spellings -------
    "yes", "Yes", "YES", "yEs",
    "no", "No", "NO", "nO",
    "true", "True", "TRUE", "tRUE", "trUe",
    "false", "False", "FALSE", "fALSE",
    "on", "On", "ON", "oN",
    "off", "Off", "OFF", "oFF",
    "y", "Y", "n", "N", "t", "f", "T", "F",
    "yes please", "true.", "truee", "0n", "1 yes",
    # --- nulls ------------------------------------------------------------
    "", "~", "null", "Null", "NULL", "nULL", "nuLL", "None", "none",
    "NONE", "nil", "~~", "~ ~", "null null", "   ",
    # --- ints -------------------------------------------------------------
    "0", "-0", "+0", "00", "0_", "000", "1", "+1", "-1", "42", "1_000",
    "1__", "1_000_000", "-1_0", "12345678901234567890",
    "0b101", "-0b101", "+0b1_0", "0b_", "0b", "0B101", "0b2", "0b_1",
    "0x1F", "0x1f", "-0x1F", "0x_1", "0x_", "0x", "0X1F", "0xG", "0x1_F",
    "0xdeadBEEF",
    "017", "-017", "07_7", "09", "08", "0_8", "019", "0o17", "0O17",
    "190:20:30", "1:60", "1:59", "-1:30", "+1:30", "0:30", "1:2:3",
    "1_2:30", "1:2_3", "10:00", "12:30:45", "1:00:00:00",
    D4300, "-" + D4300, "+" + D4300, D4301, "-" + D4301,
    "1_" + D4300[1:], "1" + "_0" * 4300,
    "0x" + "F" * 5000, "0" + "7" * 5000, "0b" + "1" * 5000,
    "1" * 4300 + ":00",
    # --- floats -----------------------------------------------------------
    "1.0", "1.", "-1.", "0.", "-0.", "-0.0", "+0.0", "00.5", ".5", "-.5",
    "+.5", "0.1", "1.5", "-1.5", "+1.5", "3.10", "1.10.0",
    "1.5e+3", "1.5E+3", "1.5e-3", "1.5e3", "1.5E3", "1.e+3", ".5e+3",
    ".5e3", "5e-5", "5e-05", "5.0e-5", "1.0e-5", "1.0E+5", "1.0e+05",
    "1e5", "1E5", "1e+5", "1e-5", "2e-4", "1e-08", "1.0e-08", "1.0e-4",
    "1_0.5", "1._5", "1.__", "1_000.5_5", "1_000e+3", "1.0e+1_0",
    "6.02e+23", "6.02E23", "1.0e+400", "-1.0e+400", "1.0e-400",
    "-1.0e-400", "1" * 4400 + ".0",
    "0.30000000000000004", "3.141592653589793238462643383279",
    ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "+.INF", "+.inf", ".iNf",
    "inf", "-inf", "Infinity", "-Infinity", "INF",
    ".nan", ".NaN", ".NAN", ".Nan", "-.nan", "+.nan", "nan", "NaN",
    "190:20:30.15", "1:30.5", "-1:30.5", "0:30.5", "1:70.5", "1:30:00.",
    "1:30.5e+3",
    # --- timestamps -------------------------------------------------------
    "2001-12-14", "2002-12-14", "2001-12-14t21:59:43.10-05:00",
    "2001-12-14T21:59:43.10-05:00", "2001-12-14 21:59:43.10",
    "2001-12-14 21:59:43.10 -5", "2001-12-14\t21:59:43.10",
    "2001-12-14T21:59:43Z", "2001-12-14 21:59:43 Z",
    "2001-12-14T21:59:43+05:30", "2001-12-14T21:59:43+5",
    "2001-12-14T21:59:43.", "2001-12-14T21:59:43.1234567",
    "2001-12-14T21:59:43.000001", "2001-12-14T1:02:03",
    "2001-1-1 1:02:03", "2001-1-1 1:2:3", "2001-1-1", "2001-12-1",
    "2001-12-14T", "2001-12-14T21:59", "2001/12/14", "20011214",
    "2024-13-01", "2024-02-30", "2024-02-29", "2023-02-29", "0000-01-01",
    "0001-01-01", "9999-12-31", "2024-01-01T25:00:00",
    "2024-01-01T23:60:00", "2024-01-01T23:59:60", "2024-01-01T12:00:00+24",
    "2024-01-01T12:00:00-23:59", "2024-1-1T12:00:00",
    # --- quoted forms -----------------------------------------------------
    "'1'", "\"1.0\"", "'true'", "\"yes\"", "\"~\"", "'null'", "''",
    "\"\"", "'it''s'", "'a\\nb'", "\"a\\nb\"", "\"tab\\there\"",
    "\"\\x41\\u00e9\\U0001F600\"", "\"\\/\"", "\"\\\\\"", "\"\\\"\"",
    "\"\\ \"", "\"\\_\"", "\"\\q\"", "\"\\x4\"", "'unterminated",
    "\"unterminated", "'a' # comment", "\"a\" b", "'2001-12-14'",
    "\"0x1F\"", "'.inf'",
    # --- explicit tags ----------------------------------------------------
    "!!str 1", "!!str", "!!str ~", "!!str true", "!!str 2001-12-14",
    "!!int \"10\"", "!!int \"0x10\"", "!!int \"-0b11\"", "!!int \"017\"",
    "!!int \"09\"", "!!int \"1:30\"", "!!int \"1_0\"", "!!int \" 12\"",
    "!!int \"abc\"", "!!int \"1.5\"", "!!int \"\"", "!!int 1.5",
    "!!float \"1e5\"", "!!float 1", "!!float \"1_000\"", "!!float \"-.inf\"",
    "!!float \"nan\"", "!!float \"1:30\"", "!!float \"abc\"", "!!float \"\"",
    "!!bool \"yes\"", "!!bool \"tRuE\"", "!!bool \"OFF\"", "!!bool \"y\"",
    "!!bool \"maybe\"", "!!bool 1",
    "!!null \"x\"", "!!null \"\"", "!!null 0",
    "!!binary aGVsbG8=", "!!binary \"aGVs bG8=\"", "!!binary aGVsbG8",
    "!!binary \"!!!\"", "!!binary \"\\u00e9\"",
    "!!timestamp 2001-12-14", "!!timestamp \"2001-12-14 21:59:43\"",
    "!!timestamp 2001-1-1", "!!timestamp nope",
    "!!map x", "!!seq x", "!!set x", "!!omap x", "!!merge x", "!!value x",
    "!<tag:yaml.org,2002:str> 1", "!<tag:yaml.org,2002:int> \"7\"",
    "! 12", "! \"12\"", "! true", "! abc", "!", "!<!> 12",
    "!foo bar", "!foo", "!!foo bar", "!!python/object:os.system x",
    "!!python/str x", "!!python/none ''",
    # --- merge / value keys used as values; anchors, aliases --------------
    "<<", "=", "\"<<\"", "'='", "<<<", "==", "<", "&a 1", "&a", "*a",
    "&a !!str 1", "!!str &a 1",
    # --- almost numbers ---------------------------------------------------
    "1e", "1__0", "_1", "_", "1.0.0", "1,000", "1 000", "-", "+",
    ".", "..", "...", "---", ".5.5", "5.", "e5", "1e5.0", "- 1", "-a",
    "--1", "+-1", "1-", "0.0.1", "1:", "1::2", ":1",
    # --- plain strings, punctuation, indicators ---------------------------
    "hello", "hello world", "a  b", "a # b", "a#b", "a #b", "a:b", "a: b",
    "a :b", "?a", ":a", "? a", "[a, b", "a]", "{a", "a}", "a,b",
    "http://example.com:8080/a?b=c#frag", "C:\\Users\\me\\file.txt",
    "./output_dir", "~/models", "@foo", "`foo`", "%foo", "a%b", "a@b",
    "|", ">", "|-", "| x", "a|b", "a'b", "a\"b", "'a'b'", "1 # one",
    "1   ", "  1", "full_shard auto_wrap", "adamw_torch",
    # --- unicode ----------------------------------------------------------
    "héllo", "日本語", "😀", "a\u00a0b", "\u00a0", "\u2003x", "é: x",
    "\"\\u0009\"", "\"\\U0001f600\"",
]

TYPES = ("null", "bool", "int", "float", "str", "date", "datetime", "bytes",
         "error")


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
                .replace("\n", "\\n"))


def classify(spelling):
    try:
        value = yaml.safe_load("v: " + spelling + "\n")["v"]
    except Exception as exc:  # record whatever safe_load raises
        return "error", type(exc).__name__
    if value is None:
        return "null", ""
    if isinstance(value, bool):
        return "bool", "true" if value else "false"
    if isinstance(value, int):
        return "int", canonical.int_to_decimal(value)
    if isinstance(value, float):
        return "float", repr(value)
    if isinstance(value, str):
        return "str", value
    if isinstance(value, datetime.datetime):
        return "datetime", value.isoformat()
    if isinstance(value, datetime.date):
        return "date", value.isoformat()
    if isinstance(value, bytes):
        return "bytes", value.hex()
    raise SystemExit("spelling %r gives non-scalar %r" % (spelling, value))


def main():
    canonical.check_interpreter()
    seen = set()
    lines = ["# spelling\ttype\tvalue"]
    for spelling in SPELLINGS:
        if spelling in seen:
            raise SystemExit("duplicate spelling %r" % spelling)
        seen.add(spelling)
        if "\n" in spelling or "\r" in spelling:
            raise SystemExit("spelling must be single-line: %r" % spelling)
        if spelling.startswith("#"):
            raise SystemExit("spelling would read as a comment: %r" % spelling)
        kind, value = classify(spelling)
        assert kind in TYPES
        for ch in value:
            # Keep the table free of characters that C or Python line
            # readers could treat specially; such values belong in yaml-docs.
            if ch != "\t" and ch != "\n" and (ord(ch) < 0x20 or ch in
                                              "\x7f\x85\u2028\u2029"):
                raise SystemExit("value of %r has control char %r"
                                 % (spelling, ch))
        lines.append("%s\t%s\t%s" % (escape(spelling), kind, escape(value)))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    canonical.write_bytes_if_changed(os.path.normpath(OUT), data)
    print("%s: %d spellings" % (os.path.normpath(OUT), len(SPELLINGS)))


if __name__ == "__main__":
    main()
