/*
 * schema.h: every TrainingArguments parameter of every transformers
 * release targs knows, as one table (schema-table.c, data only), and the
 * questions check, resolve, explain and schema ask of it.
 *
 * A row is one parameter name. It exists from .since until .removed, and
 * within that span it has one or more variants: the type, default and
 * allowed values it has from a given release on. A name that was renamed
 * or dropped keeps its row, so that targs can say what replaced it.
 */
#ifndef TARGS_SCHEMA_H
#define TARGS_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/scalar.h"
#include "targs/value.h"
#include "targs/version.h"

/* The dataclass a file is read into. */
enum schema_class {
	SCHEMA_CLASS_TRAINING,  /* TrainingArguments */
	SCHEMA_CLASS_SEQ2SEQ,   /* Seq2SeqTrainingArguments: all of the above, plus its own */
};

/*
 * What a value may be, in the reference's vocabulary (docs/schema.md).
 * Whether null is also allowed is the variant's .nullable.
 */
enum schema_type {
	SCHEMA_BOOL,
	SCHEMA_INT,             /* an int; a bool is refused */
	SCHEMA_FLOAT,           /* a float or an int */
	SCHEMA_NUM,             /* int or float: below 1 a share of the steps, else a count */
	SCHEMA_STR,
	SCHEMA_ENUM,            /* a string from .values */
	SCHEMA_LIST_STR,        /* a list of strings (from .values, when set) */
	SCHEMA_DICT,
	SCHEMA_DICT_JSON,       /* a dict, or a string holding a JSON object */
	SCHEMA_DICT_JSON_PATH,  /* also any other string: a path to a JSON file */
	SCHEMA_STR_OR_LIST,     /* a string or a list of strings (from .values) */
	SCHEMA_STR_OR_BOOL,     /* a string from .values, or a bool */
	SCHEMA_WORDS,           /* .values names: space-separated in a string, or a list */
	SCHEMA_WORDS_OR_BOOL,   /* the same, or a bool */
	SCHEMA_OBJECT,          /* a Python object no file can hold: only null */
	SCHEMA_TYPE_COUNT,
};

/*
 * The type HfArgumentParser gives the field (the conformance data's
 * "type"): what a command-line string is converted with. Derived from the
 * schema type unless a variant names it.
 */
enum schema_parser {
	SCHEMA_PARSER_DERIVED,
	SCHEMA_PARSER_BOOL,
	SCHEMA_PARSER_OPTIONAL_BOOL,
	SCHEMA_PARSER_INT,
	SCHEMA_PARSER_FLOAT,
	SCHEMA_PARSER_STR,
	SCHEMA_PARSER_ENUM,       /* the Enum class of .values */
	SCHEMA_PARSER_LIST_STR,
	SCHEMA_PARSER_LIST_ENUM,  /* a list of the Enum class of .values */
	SCHEMA_PARSER_DICT,
	SCHEMA_PARSER_ANY,
};

/* Who turns a value outside an enumeration away, and when. */
enum schema_check {
	SCHEMA_CHECK_CLASS,     /* an Enum class: __post_init__ raises ValueError */
	SCHEMA_CHECK_ARGPARSE,  /* choices of the command-line parser only: files pass */
	SCHEMA_CHECK_TRAINER,   /* the Trainer raises when it starts */
	SCHEMA_CHECK_NONE,      /* nobody: other values behave like a default */
};

struct schema_member {
	const char	*name;
	int		 since;    /* first release with it */
	int		 removed;  /* first release without it; 0: still there */
};

struct schema_enum {
	const char			*name;    /* the Enum class, or a name of ours */
	enum schema_check		 check;
	bool				 choices; /* HfArgumentParser offers them as argparse choices */
	const struct schema_member	*members; /* upstream order; ends with a NULL name */
};

struct schema_variant {
	int				 since;   /* 0 ends the row's list */
	enum schema_type		 type;
	bool				 nullable;
	bool				 required; /* no default: the constructor needs it */
	const char			*def;     /* JSON, as to_dict() prints it */
	const struct schema_enum	*values;  /* allowed strings, or NULL */
	enum schema_parser		 parser;
	const char			*note;    /* what the default turns into, or NULL */
	int				 legacy_position; /* when not the row's */
};

#define SCHEMA_MAX_VARIANTS 4

/* Numeric bounds that mean something; upstream checks few of them. */
enum schema_bound_flag {
	SCHEMA_MIN = 1,
	SCHEMA_MIN_OPEN = 2,   /* the minimum itself is excluded */
	SCHEMA_MAX = 4,
	SCHEMA_MAX_OPEN = 8,
};

struct schema_bounds {
	double		min;
	double		max;
	unsigned	flags;
};

enum schema_group {
	SCHEMA_GROUP_TRAINING,       /* output, duration, batch */
	SCHEMA_GROUP_SCHEDULE,       /* learning rate, scheduler, warm-up */
	SCHEMA_GROUP_OPTIMIZER,
	SCHEMA_GROUP_STABILITY,      /* accumulation, clipping, smoothing */
	SCHEMA_GROUP_PRECISION,
	SCHEMA_GROUP_COMPILE,        /* checkpointing of activations, compilation, kernels */
	SCHEMA_GROUP_RUNTIME,
	SCHEMA_GROUP_LOGGING,
	SCHEMA_GROUP_TRACKING,
	SCHEMA_GROUP_EVALUATION,
	SCHEMA_GROUP_CHECKPOINTING,
	SCHEMA_GROUP_HUB,
	SCHEMA_GROUP_BEST_MODEL,     /* best model, resume, reproducibility */
	SCHEMA_GROUP_DATA,           /* hardware, accelerate, data loading */
	SCHEMA_GROUP_DISTRIBUTED,
	SCHEMA_GROUP_DEBUG,          /* debug, script flags, internal */
	SCHEMA_GROUP_GENERATION,     /* Seq2SeqTrainingArguments */
	SCHEMA_GROUP_COUNT,
};

struct schema_row {
	const char		*name;
	enum schema_class	 cls;
	enum schema_group	 group;
	int			 since;      /* first release with it */
	int			 removed;    /* first release without it; 0: still there */
	int			 deprecated; /* first release that warns about it; 0: never */
	/*
	 * Position in the declaration order of releases before 5.2; the
	 * table itself is in the order of 5.2 and later. 0: not before 5.2.
	 */
	int			 legacy_position;
	struct schema_variant	 variants[SCHEMA_MAX_VARIANTS];
	struct schema_bounds	 bounds;
	const char		*replaced_by; /* a key or key path that took its place */
	const char		*migration;   /* what to write instead, in words */
	const char		*doc;         /* one or two sentences, ours */
};

/* The release from which fields are declared in the table's order. */
#define SCHEMA_REGROUPED_SINCE TV(5, 2)

extern const struct schema_row schema_table[];
extern const size_t schema_table_len;
extern const struct schema_enum *const schema_enums[];  /* ends with NULL */

/* The row named name, in any release; NULL if none. */
const struct schema_row *schema_find(const char *name);
/*
 * Every name of the table (all releases, both classes), sorted, in an
 * array ending with NULL that the caller frees. Returns how many.
 */
size_t schema_names(const char ***names);

/* True when row is a field of cls in version. */
bool schema_row_in(const struct schema_row *row, int version,
    enum schema_class cls);
/* The variant of row in force in version (the first one before since). */
const struct schema_variant *schema_variant_at(const struct schema_row *row,
    int version);
/*
 * What to write instead of a removed row: its migration, "use 'X'
 * instead", or that nothing replaces it. Caller frees.
 */
char *schema_row_advice(const struct schema_row *row);
/* The last release with row (VERSION_NEWEST while it exists). */
int schema_row_last(const struct schema_row *row);

/*
 * The fields of cls in version, in the order the dataclass declares them
 * (and to_dict() writes them). Returns how many; *rows is the caller's to
 * free.
 */
size_t schema_fields(int version, enum schema_class cls,
    const struct schema_row ***rows);

/* True when member exists in version; the last release with it. */
bool schema_member_in(const struct schema_member *member, int version);
int schema_member_last(const struct schema_member *member);
/* The member of e named name, in any release; NULL if none. */
const struct schema_member *schema_member_find(const struct schema_enum *e,
    const char *name);

/* True when e has a member called name in version. */
bool schema_member_named(const struct schema_enum *e, int version,
    const char *name);
/* The members of e in version as Python quotes them: 'no', 'steps'. */
char *schema_member_list(const struct schema_enum *e, int version);
/* The parser type of a variant, derived when not given. */
enum schema_parser schema_parser_of(const struct schema_variant *v);

const char *schema_type_name(enum schema_type type);
const char *schema_group_name(enum schema_group group);
const char *schema_class_name(enum schema_class cls);
const char *schema_check_name(enum schema_check check);

/*
 * True when node, typed as schema types scalars, is a value of v in
 * version: right shape, a member of v->values where the type says the
 * strings are members, null only if nullable. Bounds are not checked.
 */
bool schema_value_fits(const struct schema_variant *v, int version,
    const struct value *node, enum scalar_schema schema);

/*
 * Which releases a file's keys and enum values fit (reference §7.1): each
 * known key narrows the span to the releases that have it; an enum value
 * narrows it to the releases that have that member; a value only a later
 * type accepts (warmup_steps: 0.1) narrows it to those. Keys targs does not
 * know anywhere are skipped.
 */
struct schema_clue {
	const char		*key;     /* a row's name */
	const char		*value;   /* the value that narrowed it, or NULL */
	size_t			 value_len;
	bool			 value_plain; /* written without quotes */
	struct source_pos	 pos;
	int			 first;   /* the releases this clue allows */
	int			 last;
};

struct schema_inference {
	int			 first;    /* the span all clues allow; */
	int			 last;     /* first > last when they disagree */
	int			 chosen;   /* the newest in the span, or VERSION_NEWEST */
	struct schema_clue	*clues;   /* the clues that narrowed it */
	size_t			 clue_count;
};

void schema_infer_version(const struct value *root, enum schema_class cls,
    enum scalar_schema schema, struct schema_inference *out);
void schema_inference_release(struct schema_inference *inf);

#endif
