/*
 * profile.h: the programs that read training configuration files, as
 * data. A profile is one consumer of a file: plain HfArgumentParser, the
 * HF example scripts, one TRL trainer, LLaMA-Factory, axolotl. It says how
 * that program loads and types the file, which keys it reads beside
 * TrainingArguments, which TrainingArguments defaults it changes, and
 * what it does with a key it does not know. One file per framework
 * holds the tables (profile-trl.c, profile-llamafactory.c,
 * profile-axolotl.c, profile-hf-examples.c), each fact with the
 * repository, path and version it was read from; profile.c asks them
 * questions and detects the profile a file fits (docs/profiles.md).
 */
#ifndef TARGS_PROFILE_H
#define TARGS_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/scalar.h"
#include "targs/schema.h"
#include "targs/value.h"

/* A framework release: FV(1, 9, 0) is 1.9.0. */
#define FV(major, minor, patch) ((major) * 10000 + (minor) * 100 + (patch))
#define FV_TEXT_MAX 16

/* How a file's values reach the dataclasses. */
enum profile_typing {
	/*
	 * HfArgumentParser.parse_yaml_file / parse_json_file: yaml.safe_load
	 * or json.loads, and nothing converts the values afterwards.
	 */
	PROFILE_TYPING_PLAIN,
	/*
	 * TrlParser: yaml.safe_load, then each value becomes an argparse
	 * default, and argparse converts a str default through the field's
	 * type (float('1e-4')); other values pass unchanged.
	 */
	PROFILE_TYPING_ARGPARSE,
	/* OmegaConf's loader, then HfArgumentParser.parse_dict: no conversion. */
	PROFILE_TYPING_OMEGACONF,
	/* yaml.safe_load, then pydantic v2's lax coercion of each field. */
	PROFILE_TYPING_PYDANTIC,
};

/* What the framework does with a key none of its dataclasses has. */
enum profile_unknown {
	PROFILE_UNKNOWN_RAISES,   /* a ValueError before training starts */
	PROFILE_UNKNOWN_DROPS,    /* dropped without a word */
};

/* The type of a key beside TrainingArguments, as far as targs checks it. */
enum profile_type {
	PROFILE_ANY,          /* not checked */
	PROFILE_BOOL,
	PROFILE_INT,
	PROFILE_FLOAT,        /* a float or an int */
	PROFILE_STR,
	PROFILE_LIST,         /* a list of anything */
	PROFILE_DICT,
	PROFILE_STR_OR_LIST,
	PROFILE_DICT_OR_STR,  /* a dict, or a str (a JSON text or a path) */
};

/* A key a framework reads beside TrainingArguments. */
struct profile_key {
	const char		*name;
	enum profile_type	 type;
	bool			 nullable;
	int			 since;    /* first release with it; 0: always */
	int			 removed;  /* first release without it; 0: still there */
	const char		*replaced_by;  /* the key that took its place */
};

/* One dataclass (or schema class) of keys, and where it is declared. */
struct profile_keyset {
	const char			*name;    /* "ScriptArguments" */
	const char			*source;  /* "trl/scripts/utils.py" */
	const struct profile_key	*keys;    /* ends with a NULL name */
	/*
	 * Who declares them when not the framework itself: a project built
	 * on it ("alignment-handbook"); its keys' releases are the
	 * framework's it runs with.
	 */
	const char			*owner;
};

/* A TrainingArguments default the framework's class changes. */
struct profile_default {
	const char	*field;   /* NULL ends the list */
	const char	*value;   /* JSON, as to_dict() writes it */
	int		 since;   /* first release with the change; 0: always */
	int		 removed; /* first release without it; 0: still there */
};

/*
 * A key of the framework that becomes a TrainingArguments field of
 * another name (axolotl's micro_batch_size -> per_device_train_batch_size).
 * A field named like the key is listed too when the framework forwards it:
 * under such a profile only what the table lists reaches TrainingArguments.
 */
struct profile_map {
	const char	*key;     /* NULL ends the list */
	const char	*field;
};

struct config;

/* A framework: its releases, its loader, its answer to unknown keys. */
struct profile_framework {
	const char		*name;     /* "trl" */
	const char		*title;    /* "TRL" */
	const char		*repo;     /* "huggingface/trl" */
	const int		*releases; /* known releases, oldest first, 0 ends */
	enum profile_typing	 typing;
	/* releases before typing_since loaded files the older way */
	int			 typing_since;
	enum profile_typing	 typing_before;
	enum profile_unknown	 unknown;
	/* releases before this one drop unknown keys instead (0: none) */
	int			 unknown_since;
	/* what happens to an unknown key, for the hint, and before unknown_since */
	const char		*unknown_says;
	const char		*unknown_before_says;
	/* the newest transformers release it allows (TV), or 0: any */
	int			 transformers_max;
	/* it reads JSON files only: detection leaves it out for YAML */
	bool			 json_only;
	/* it cannot read JSON files: detection leaves it out for them */
	bool			 yaml_only;
	/* a key without which it refuses every file, or NULL */
	const char		*required_key;
};

struct profile {
	const char			 *name;    /* "trl-sft" */
	const struct profile_framework	 *fw;      /* NULL: transformers itself */
	const char			 *class_name; /* "SFTConfig" */
	enum schema_class		  cls;
	const struct profile_keyset *const *sets; /* beside TA; NULL ends */
	const struct profile_default	 *defaults; /* or NULL */
	const struct profile_map	 *map;     /* NULL: TA keys read as they are */
	/* detection passes it by: only --profile or a setting selects it */
	bool				  manual;
	/* the framework release it pins, when --framework-version is not given */
	int				  framework_default;
	/*
	 * It builds no transformers TrainingArguments (LLaMA-Factory's v1
	 * format): its keys are checked and nothing is resolved.
	 */
	bool				  keys_only;
	/* what it does with an unknown key, when not what fw says */
	const char			 *unknown_says;
	/* the framework's own steps before and checks after upstream's rules */
	void				(*prepare)(struct config *cfg);
	void				(*rules)(struct config *cfg);
	const char			 *doc;
};

/* Every profile, in the order `targs profiles` lists them; ends with NULL. */
const struct profile *const *profile_list(void);

extern const struct profile profile_transformers, profile_seq2seq;

/* The profile named name; NULL if none. */
const struct profile *profile_find(const char *name);
/* True when name (NULL allowed) is a framework's profile, not a plain one. */
bool profile_is_framework(const char *name);
/* Its names as a NULL-ended array (static). */
const char *const *profile_names(void);

/* The newest release of fw targs knows. */
int profile_newest(const struct profile_framework *fw);
/* The release p is checked against when none is named: its pin, else the newest. */
int profile_default_release(const struct profile *p);
/* "1.9.0" into buf (FV_TEXT_MAX bytes). */
char *profile_version_format(int version, char *buf);
/* Reads "1.9" or "1.9.0" into *version; false when malformed. */
bool profile_version_parse(const char *text, int *version);
/* True when fw knows release version (any patch of a known minor). */
bool profile_version_known(const struct profile_framework *fw, int version);

/*
 * The key named name among p's sets: the one release version has, else
 * one of any release; NULL when none. set, if not NULL, receives its set.
 */
const struct profile_key *profile_key_find(const struct profile *p,
    const char *name, int version, const struct profile_keyset **set);
/* How fw's release version loads and types a file. */
enum profile_typing profile_typing_in(const struct profile_framework *fw,
    int version);
/* What fw does with an unknown key in release version. */
enum profile_unknown profile_unknown_in(const struct profile_framework *fw,
    int version);
/* True when p knows a key named name, in any release (a hash lookup). */
bool profile_knows(const struct profile *p, const char *name);
/* True when version is in [since, removed) (0: open at that end). */
bool profile_in_releases(int since, int removed, int version);
/* True when key exists in release version. */
bool profile_key_in(const struct profile_key *key, int version);
/* The TrainingArguments field a framework key becomes, or NULL. */
const char *profile_map_field(const struct profile *p, const char *key);
/*
 * Every key name of p (its sets and, unless p maps its keys, the fields
 * of cls), NULL-ended; caller frees the array.
 */
const char **profile_key_names(const struct profile *p, int version,
    const char *const *fields);

/*
 * Which profile a file fits, judged from its top-level keys (docs/
 * profiles.md). Each key no TrainingArguments release has counts 1/k for
 * each of the k frameworks that know it and as much against the others (a
 * key no framework knows, half against each). The highest count of at
 * least 1 wins among the frameworks that know more than half of those
 * keys (ties: hf-examples for JSON, then TRL, LLaMA-Factory, axolotl); a
 * program that reads JSON only is no candidate for a YAML file, one that
 * cannot read JSON (LLaMA-Factory) none for a JSON file, nor one
 * for a file without the key it requires (axolotl's base_model). Within
 * the framework: the profile that knows most of those keys, then the one
 * they fit best, counted the same way. evidence receives up to
 * PROFILE_EVIDENCE_MAX deciding keys, most telling first. With no
 * framework key the plain profile of cls is returned.
 */
#define PROFILE_EVIDENCE_MAX 4
const struct profile *profile_detect(const struct value *root,
    enum schema_class cls, bool json, const char **evidence,
    size_t *evidence_count);

/*
 * The nestings a TrainingArguments block is known to sit under
 * (training_args, args, training_arguments); NULL ends.
 */
extern const char *const profile_nestings[];

#endif
