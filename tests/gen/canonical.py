# Shared helpers for the targs oracle generators in this directory
# (pyyaml-scalars.py, pyyaml-docs.py, pyjson-docs.py, corpus-expected.py).
#
# Written for Debian's /usr/bin/python3 (3.11) with Debian's python3-yaml 6.0.
# The generators produce committed test data under tests/data/; CI does not
# run them.  See tests/data/README.md for the canonical form defined here.

import datetime
import json
import re
import sys

EXPECTED_PYYAML = "6.0"


def check_interpreter():
    """Refuse to run with an interpreter/PyYAML other than the oracle one."""
    import yaml
    if yaml.__version__ != EXPECTED_PYYAML:
        sys.exit("expected PyYAML %s, found %s (use Debian's /usr/bin/python3)"
                 % (EXPECTED_PYYAML, yaml.__version__))
    if sys.version_info[:2] != (3, 11):
        sys.exit("expected Python 3.11, found %s" % sys.version.split()[0])
    if sys.get_int_max_str_digits() != 4300:
        sys.exit("expected the default int digit limit 4300 "
                 "(unset PYTHONINTMAXSTRDIGITS / -X int_max_str_digits)")


def int_to_decimal(v):
    """str(v) for an int, even beyond the int<->str digit limit.

    The limit is lifted only for this conversion and restored afterwards, so
    it never changes how the loaders under test behave."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


class Recursive(Exception):
    pass


def canon(obj, _stack=None):
    """Python value -> canonical JSON-able structure (raises Recursive)."""
    if _stack is None:
        _stack = set()
    if obj is None:
        return {"null": None}
    if isinstance(obj, bool):
        return {"bool": obj}
    if isinstance(obj, int):
        return {"int": int_to_decimal(obj)}
    if isinstance(obj, float):
        return {"float": repr(obj)}
    if isinstance(obj, str):
        return {"str": obj}
    if isinstance(obj, bytes):
        return {"bytes": obj.hex()}
    # datetime.datetime is a subclass of datetime.date: test it first.
    if isinstance(obj, datetime.datetime):
        return {"datetime": obj.isoformat()}
    if isinstance(obj, datetime.date):
        return {"date": obj.isoformat()}
    if isinstance(obj, (dict, list, tuple, set, frozenset)):
        if id(obj) in _stack:
            raise Recursive()
        _stack.add(id(obj))
        try:
            if isinstance(obj, dict):
                return {"map": [[canon(k, _stack), canon(v, _stack)]
                                for k, v in obj.items()]}
            if isinstance(obj, list):
                return {"seq": [canon(v, _stack) for v in obj]}
            if isinstance(obj, tuple):
                return {"tuple": [canon(v, _stack) for v in obj]}
            members = [canon(v, _stack) for v in obj]
            members.sort(key=dumps)
            return {"set": members}
        finally:
            _stack.discard(id(obj))
    raise TypeError("no canonical form for %r" % type(obj))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(c):
    """Canonical JSON text (no trailing newline) of a canonical structure.

    json.dumps(..., ensure_ascii=False) leaves lone surrogates (possible in
    Python strings, e.g. from "\\ud800" escapes) as raw code points, which
    cannot be encoded as UTF-8; they alone are written as \\uXXXX escapes."""
    text = json.dumps(c, ensure_ascii=False, indent=None,
                      separators=(",", ":"))
    return _LONE_SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group()), text)


def mark_fields(exc):
    """1-based line/column from a PyYAML MarkedYAMLError, or {}."""
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        mark = getattr(exc, "context_mark", None)
    if mark is None:
        return {}
    return {"line": mark.line + 1, "column": mark.column + 1}


def first_line(exc):
    text = str(exc)
    return text.splitlines()[0] if text else ""


def yaml_error(exc):
    out = {"error": type(exc).__name__, "message": first_line(exc)}
    out.update(mark_fields(exc))
    return out


def json_error(exc):
    if isinstance(exc, json.JSONDecodeError):
        return {"error": "JSONDecodeError", "message": exc.msg,
                "line": exc.lineno, "column": exc.colno}
    return {"error": type(exc).__name__, "message": first_line(exc)}


def canon_result(load):
    """Run load(); return the canonical JSON text of its result or error."""
    try:
        value = load()
    except RecursionError as exc:
        return dumps({"error": type(exc).__name__, "message": first_line(exc)})
    except Exception as exc:  # the oracle records every failure
        import yaml
        if isinstance(exc, yaml.YAMLError):
            return dumps(yaml_error(exc))
        if isinstance(exc, json.JSONDecodeError):
            return dumps(json_error(exc))
        return dumps({"error": type(exc).__name__,
                      "message": first_line(exc)})
    try:
        return dumps(canon(value))
    except Recursive:
        return dumps({"recursive": True})


def write_bytes_if_changed(path, data):
    """Write bytes; leave the file (and its mtime) alone when unchanged."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
