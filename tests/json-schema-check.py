#!/usr/bin/env python3
"""Validates every config real transformers accepted (tests/data/
conformance-accepted.json) against `targs schema --format json-schema` of
that release, with the jsonschema package's Draft 2020-12 validator (Debian:
python3-jsonschema), as an editor would. Each case the schema refuses must
be listed below with the reason targs is stricter there; a listed case that
passes is an error too, so the list stays exact.

Usage: json-schema-check.py TARGS DATA
"""
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("json-schema-check: the Python module jsonschema is missing; "
             "run scripts/install-deps.sh (Debian: python3-jsonschema)")

# The accepted configs the schema refuses, by reason ("release/case").
STRICTER = {
    # PyYAML loads 2e-5 as the string '2e-5'; transformers keeps it and the optimizer fails later
    "pyyaml": """
        4.38.2/v0171 4.57.6/v0067 4.57.6/v0171
    """,
    # a value of another type that the dataclass keeps without a check (a string for a bool, a float where the release wants an int, a string for a dict where the release does not parse JSON strings)
    "wrong-type": """
        4.38.2/v0029 4.38.2/v0031 4.38.2/v0040 4.38.2/v0058
        4.38.2/v0078 4.38.2/v0082 4.38.2/v0093 4.38.2/v0101
        4.38.2/v0110 4.38.2/v0121 4.38.2/v0144 4.38.2/v0156
        4.38.2/v0157 4.38.2/v0174 4.38.2/v0219 4.38.2/v0226
        4.38.2/v0237 4.38.2/v0280 4.38.2/vf_ddp_broadcast_buffers 4.38.2/vf_ddp_find_unused_parameters
        4.38.2/vf_disable_tqdm 4.38.2/vf_dispatch_batches 4.38.2/vf_gradient_checkpointing_kwargs 4.38.2/vf_include_num_input_tokens_seen
        4.38.2/vf_include_tokens_per_second 4.38.2/vf_remove_unused_columns 4.38.2/vf_split_batches 4.38.2/vf_tf32
        4.38.2/vf_warmup_steps 4.57.6/vf_ddp_broadcast_buffers 4.57.6/vf_ddp_find_unused_parameters 4.57.6/vf_disable_tqdm
        4.57.6/vf_include_tokens_per_second 4.57.6/vf_remove_unused_columns 4.57.6/vf_tf32 5.0.0/vf_ddp_broadcast_buffers
        5.0.0/vf_ddp_find_unused_parameters 5.0.0/vf_disable_tqdm 5.0.0/vf_remove_unused_columns 5.0.0/vf_tf32
        5.5.0/vf_ddp_broadcast_buffers 5.5.0/vf_ddp_find_unused_parameters 5.5.0/vf_disable_tqdm 5.5.0/vf_remove_unused_columns
        5.5.0/vf_tf32
    """,
    # a value outside the range that means something, which __post_init__ does not check (negative or zero step counts, betas and smoothing of 1 or more, warmup_ratio above 1 in v5, negative warmup_steps where unchecked)
    "bounds": """
        4.38.2/v0038 4.38.2/v0049 4.38.2/v0091 4.38.2/v0199
        4.38.2/v0253 4.38.2/v0281 4.38.2/vf_adam_beta1 4.38.2/vf_adam_beta2
        4.38.2/vf_label_smoothing_factor 4.57.6/v0038 4.57.6/v0047 4.57.6/v0236
        4.57.6/v0253 4.57.6/vf_adam_beta1 4.57.6/vf_adam_beta2 4.57.6/vf_label_smoothing_factor
        5.0.0/v0038 5.0.0/v0047 5.0.0/v0091 5.0.0/v0120
        5.0.0/v0132 5.0.0/v0176 5.0.0/v0199 5.0.0/v0236
        5.0.0/v0253 5.0.0/vf_adam_beta1 5.0.0/vf_adam_beta2 5.0.0/vf_label_smoothing_factor
        5.0.0/vf_warmup_ratio 5.5.0/v0038 5.5.0/v0047 5.5.0/v0091
        5.5.0/v0120 5.5.0/v0132 5.5.0/v0176 5.5.0/v0199
        5.5.0/v0236 5.5.0/v0253 5.5.0/vf_adam_beta1 5.5.0/vf_adam_beta2
        5.5.0/vf_label_smoothing_factor 5.5.0/vf_warmup_ratio
    """,
    # an unknown log level: the dataclass keeps it and the Trainer raises KeyError when it starts
    "trainer-enum": """
        4.57.6/v0021 4.57.6/v0076 4.57.6/v0273 5.0.0/v0021
        5.0.0/v0076 5.0.0/v0273 5.5.0/v0021 5.5.0/v0076
        5.5.0/v0273
    """,
}


def stricter_cases():
    cases = {}
    for reason, names in STRICTER.items():
        for name in names.split():
            release, case = name.split("/")
            cases.setdefault(release, {})[case] = reason
    return cases


def schema_of(targs, release):
    out = subprocess.run([targs, "schema", "--format", "json-schema",
                          "--transformers", release],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main():
    targs, data = sys.argv[1], sys.argv[2]
    with open(data) as f:
        accepted = json.load(f)
    failures = []
    refused = stricter_cases()
    for release, cases in sorted(accepted.items()):
        schema = schema_of(targs, release)
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        stricter = refused.get(release, {})
        for name, document in sorted(cases.items()):
            errors = sorted(validator.iter_errors(document), key=str)
            if errors and name not in stricter:
                e = errors[0]
                failures.append(f"{release} {name}: refused: "
                                f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}")
            elif not errors and name in stricter:
                failures.append(f"{release} {name}: listed as refused but passes")
        print(f"{release}: {len(cases)} accepted configs, "
              f"{len(stricter)} refused on purpose")
    for line in failures:
        print(line)
    sys.exit(1 if failures else 0)


main()
