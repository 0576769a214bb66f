#!/usr/bin/env python3
"""gen.py: writes the benchmark's inputs into a folder.

  typical.yaml, typical.json   one typical config of 32 keys, and its twin
  batch/NNNNN.yaml|.json       small configs, variations of the typical one
                               (even numbers YAML, odd numbers JSON)
  scale-N.yaml, scale-N.json   about N MB (10^6 bytes) each: a few real
                               keys, then a large mapping and a large list

Every config checks clean with targs' default release; the scaling files
add two keys TrainingArguments does not know (one problem each). Output is
deterministic, so two runs measure the same bytes.

Usage: gen.py DIR [--batch N] [--sizes 1,8,64]
"""

import argparse
import json
import os
import random

# One typical fine-tuning config, in the order people write them. Values
# are Python values; yaml_scalar() spells them the way PyYAML reads back.
TYPICAL = [
    ("output_dir", "outputs/llama-7b-sft"),
    ("run_name", "llama-7b-sft-v1"),
    ("seed", 42),
    ("do_train", True),
    ("do_eval", True),
    ("num_train_epochs", 3),
    ("per_device_train_batch_size", 4),
    ("per_device_eval_batch_size", 8),
    ("gradient_accumulation_steps", 4),
    ("learning_rate", 2.0e-5),
    ("weight_decay", 0.0),
    ("adam_beta1", 0.9),
    ("adam_beta2", 0.999),
    ("lr_scheduler_type", "cosine"),
    ("warmup_steps", 100),
    ("max_grad_norm", 1.0),
    ("optim", "adamw_torch_fused"),
    ("bf16", True),
    ("gradient_checkpointing", True),
    ("eval_strategy", "steps"),
    ("eval_steps", 500),
    ("save_strategy", "steps"),
    ("save_steps", 500),
    ("save_total_limit", 3),
    ("load_best_model_at_end", True),
    ("metric_for_best_model", "eval_loss"),
    ("greater_is_better", False),
    ("logging_steps", 10),
    ("report_to", ["tensorboard"]),
    ("dataloader_num_workers", 4),
    ("remove_unused_columns", False),
    ("ddp_find_unused_parameters", False),
]

# A few real keys at the top of every scaling file.
SCALE_HEAD = [
    ("output_dir", "outputs/scale"),
    ("seed", 42),
    ("num_train_epochs", 1),
    ("per_device_train_batch_size", 8),
    ("learning_rate", 2.0e-5),
    ("lr_scheduler_type", "linear"),
    ("logging_steps", 10),
    ("report_to", "none"),
]

MB = 1000 * 1000


def yaml_scalar(value):
    """The YAML spelling of a scalar that PyYAML reads back as value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value)
        # PyYAML (YAML 1.1) needs a dot and a signed exponent: 2.0e-05.
        if "e" in text:
            mantissa, exponent = text.split("e")
            if "." not in mantissa:
                mantissa += ".0"
            if exponent[0] not in "+-":
                exponent = "+" + exponent
            text = mantissa + "e" + exponent
        return text
    return str(value)


def write_yaml(path, pairs, comment):
    lines = ["# " + comment]
    for key, value in pairs:
        if isinstance(value, list):
            lines.append(key + ":")
            lines.extend("  - " + yaml_scalar(v) for v in value)
        else:
            lines.append(key + ": " + yaml_scalar(value))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_json(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(dict(pairs), f, indent=2)
        f.write("\n")


def variation(rng, i):
    """The typical config with the values a team would change per run."""
    values = dict(TYPICAL)
    name = "run-%05d" % i
    eval_steps = rng.choice([100, 200, 250, 500])
    values.update({
        "output_dir": "outputs/" + name,
        "run_name": name,
        "seed": rng.randrange(1, 10000),
        "num_train_epochs": rng.choice([1, 2, 3, 5]),
        "per_device_train_batch_size": rng.choice([1, 2, 4, 8, 16]),
        "per_device_eval_batch_size": rng.choice([4, 8, 16, 32]),
        "gradient_accumulation_steps": rng.choice([1, 2, 4, 8]),
        "learning_rate": rng.choice([1.0e-5, 2.0e-5, 5.0e-5, 1.0e-4,
                                     3.0e-4]),
        "weight_decay": rng.choice([0.0, 0.01, 0.1]),
        "lr_scheduler_type": rng.choice(["linear", "cosine",
                                         "constant_with_warmup"]),
        "warmup_steps": rng.choice([0, 50, 100, 500]),
        "optim": rng.choice(["adamw_torch", "adamw_torch_fused"]),
        "eval_steps": eval_steps,
        "save_steps": eval_steps * rng.choice([1, 2, 4]),
        "save_total_limit": rng.choice([1, 2, 3, 5]),
        "logging_steps": rng.choice([1, 10, 25, 50]),
        "report_to": rng.choice([["tensorboard"], ["none"]]),
        "dataloader_num_workers": rng.choice([0, 2, 4, 8]),
    })
    return list(values.items())


def write_scale(path, size, fmt):
    """About size bytes: SCALE_HEAD, a large mapping, a large list."""
    if fmt == "yaml":
        head = "# scaling input of about %d bytes\n" % size
        head += "".join("%s: %s\n" % (k, yaml_scalar(v))
                        for k, v in SCALE_HEAD)
        entry = "  entry_%07d: value text number %07d of the dict\n"
        item = "  - list item string number %07d of the list\n"
        open_map, open_list, tail = "dataset_index:\n", "sample_ids:\n", ""
        sep = ""
    else:
        head = "{\n" + "".join("  %s: %s,\n" % (json.dumps(k), json.dumps(v))
                               for k, v in SCALE_HEAD)
        entry = '    "entry_%07d": "value text number %07d of the dict"'
        item = '    "list item string number %07d of the list"'
        open_map, open_list = '  "dataset_index": {\n', '  "sample_ids": [\n'
        sep = ",\n"
    one_entry = len(entry % (0, 0)) + len(sep)
    one_item = len(item % 0) + len(sep)
    n = max(1, (size - len(head) - 64) // (one_entry + one_item))
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + open_map)
        if fmt == "yaml":
            f.writelines(entry % (i, i) for i in range(n))
            f.write(open_list)
            f.writelines(item % i for i in range(n))
        else:
            f.write(sep.join(entry % (i, i) for i in range(n)))
            f.write("\n  },\n" + open_list)
            f.write(sep.join(item % i for i in range(n)))
            f.write("\n  ]\n}\n")


def main():
    ap = argparse.ArgumentParser(description="write the benchmark inputs")
    ap.add_argument("dir")
    ap.add_argument("--batch", type=int, default=10000,
                    help="configs in the batch (default 10000)")
    ap.add_argument("--sizes", default="1,8,64",
                    help="scaling sizes in MB (default 1,8,64)")
    args = ap.parse_args()

    os.makedirs(os.path.join(args.dir, "batch"), exist_ok=True)
    write_yaml(os.path.join(args.dir, "typical.yaml"), TYPICAL,
               "supervised fine-tuning of a 7B model on 8 GPUs")
    write_json(os.path.join(args.dir, "typical.json"), TYPICAL)

    rng = random.Random(20240601)
    for i in range(args.batch):
        pairs = variation(rng, i)
        base = os.path.join(args.dir, "batch", "%05d" % i)
        if i % 2 == 0:
            write_yaml(base + ".yaml", pairs, "run %05d" % i)
        else:
            write_json(base + ".json", pairs)

    for mb in (int(s) for s in args.sizes.split(",")):
        for fmt in ("yaml", "json"):
            write_scale(os.path.join(args.dir, "scale-%d.%s" % (mb, fmt)),
                        mb * MB, fmt)


if __name__ == "__main__":
    main()
