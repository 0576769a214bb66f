/*
 * config.h: one file bound to the schema of one release, and then
 * resolved by the rules of __post_init__.
 *
 * A config has one slot per field of the selected release and class, in
 * to_dict() order. Binding (bind.c) fills each slot with its default or
 * with what the file gives, checks names and types, and remembers where
 * every value came from; the rules (rules.c) then rewrite slots as
 * upstream's __post_init__ does, each change recorded with the rule's code.
 */
#ifndef TARGS_CONFIG_H
#define TARGS_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/arena.h"
#include "targs/diag.h"
#include "targs/env.h"
#include "targs/profile.h"
#include "targs/pyval.h"
#include "targs/schema.h"
#include "targs/value.h"

enum config_origin {
	CONFIG_ORIGIN_DEFAULT,  /* the field's default in the release */
	CONFIG_ORIGIN_ENV,      /* a default that depends on the machine */
	CONFIG_ORIGIN_FILE,     /* written in the file */
	CONFIG_ORIGIN_RULE,     /* set by a rule of __post_init__ */
	CONFIG_ORIGIN_PROFILE,  /* a default the profile's class changes */
};

/* One value a parameter had, newest first: its chain for `resolve --why`. */
struct config_step {
	struct config_step	*prev;
	enum config_origin	 origin;
	const char		*code;   /* CONFIG_ORIGIN_RULE: the rule's code */
	const char		*why;    /* a few words on what happened */
	struct pyval		*value;
	/*
	 * The value depends on what --env says is installed (report_to's
	 * "all"); the step before holds the machine-independent setting.
	 */
	bool			 machine;
};

struct config_slot {
	const struct schema_row		*row;
	const struct schema_variant	*variant;
	struct pyval			*value;   /* current value */
	struct config_step		*history; /* how it got there */
	const struct value		*node;    /* the file's value, if given */
	const struct value		*via;     /* else the alias it came from */
	struct source_pos		 key_pos; /* where the file names it */
};

struct config {
	int			 version;
	enum schema_class	 cls;
	const struct profile	*profile;  /* who reads the file */
	int			 framework_version; /* its release (FV), or 0 */
	enum profile_typing	 typing;   /* how that release loads files */
	const struct env	*env;
	enum scalar_schema	 schema;   /* how the scalars were typed */
	const struct value	*root;     /* the file's top-level mapping */
	struct arena		 arena;    /* values, steps */
	size_t			 count;
	const struct schema_row	**rows;    /* to_dict() order */
	struct config_slot	*slots;    /* parallel to rows */
	uint32_t		*by_name;  /* hash table: slot index + 1 or 0 */
	size_t			 by_name_mask; /* its size minus one */
	struct diag_list	*diags;
	/* An error upstream raises while building the object was reported. */
	bool			 raised;
	/*
	 * The object was built: neither the constructor nor __post_init__
	 * raised (keys the release lacks may still raise afterwards).
	 */
	bool			 built;
	/* Keys the release does not have (raised after the object is built). */
	size_t			 unknown_count;
};

/*
 * Binds root (a mapping) to the fields of version and cls: defaults, the
 * file's values, unknown keys and type problems, all reported to diags.
 * Release with config_release.
 */
void config_bind(struct config *cfg, const struct value *root, int version,
    enum schema_class cls, const struct env *env, enum scalar_schema schema,
    struct diag_list *diags);

/* What config_bind_profile binds a file for. */
struct config_target {
	int			 version;   /* the transformers release */
	const struct profile	*profile;
	int			 framework_version;
	const struct env	*env;
	enum scalar_schema	 schema;    /* how the loader typed scalars */
};

/*
 * The same for a profile: its keys are known, its typing applied, its
 * defaults in force (profile-bind.c).
 */
void config_bind_profile(struct config *cfg, const struct value *root,
    const struct config_target *target, struct diag_list *diags);
void config_release(struct config *cfg);

/* The slot of the field name, or NULL when the release has no such field. */
struct config_slot *config_slot(struct config *cfg, const char *name);
/* True when p is a str member of e in the release (any str if e is NULL). */
bool config_is_member(const struct config *cfg, const struct schema_enum *e,
    const struct pyval *p);
/* Its current value, or NULL when the release has no such field. */
struct pyval *config_get(struct config *cfg, const char *name);
/* The release's names of fields, ending with NULL; caller frees. */
const char **config_field_names(const struct config *cfg);
/*
 * "<HUB_TOKEN>" for hub_token: what to_dict() writes for every field whose
 * name ends in _token; NULL for other fields. Caller frees.
 */
char *config_token_mask(const char *name);
/* The first value of a slot's chain: its default. */
const struct pyval *config_default(const struct config_slot *slot);
/* True when the file itself gives the field. */
bool config_given(struct config *cfg, const char *name);
/*
 * Sets name (a field of the release) to value, recording origin, code and
 * why as the newest step of its chain.
 */
void config_set(struct config *cfg, const char *name, struct pyval *value,
    enum config_origin origin, const char *code, const char *why);

/* Marks the newest value of name as depending on what is installed. */
void config_mark_machine(struct config *cfg, const char *name);

/*
 * Where a diagnostic about name belongs: the value the file gives for it
 * (or for the alias it was copied from), else line 0: the whole file.
 */
struct source_pos config_pos(struct config *cfg, const char *name);
/* The eval strategy's field: evaluation_strategy before eval_strategy. */
const char *config_eval_strategy(const struct config *cfg);

/* Runs the rules of the release in upstream order (rules.c). */
void config_resolve(struct config *cfg);

/*
 * True when the file gives, instead of name, a key of other releases that
 * name replaced (evaluation_strategy for eval_strategy).
 */
bool config_replaced_in_file(struct config *cfg, const char *name);

/* Reports settings upstream accepts but ignores (rules-dead.c). */
void config_report_dead(struct config *cfg);

#endif
