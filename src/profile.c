/*
 * profile.c: questions asked of the profile tables (profile-*.c), and
 * which profile a file fits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profile-internal.h"
#include "targs/hash.h"
#include "targs/profile.h"
#include "targs/xalloc.h"


const struct profile profile_transformers = {
	.name = "transformers",
	.class_name = "TrainingArguments",
	.cls = SCHEMA_CLASS_TRAINING,
	.doc = "HfArgumentParser.parse_yaml_file / parse_json_file into "
	    "TrainingArguments: no other keys, no conversion",
};

const struct profile profile_seq2seq = {
	.name = "seq2seq",
	.class_name = "Seq2SeqTrainingArguments",
	.cls = SCHEMA_CLASS_SEQ2SEQ,
	.doc = "the same into Seq2SeqTrainingArguments",
};

const char *const profile_nestings[] = {
	"training_args", "args", "training_arguments", NULL,
};

/* Filled on first use: the plain ones, the frameworks' in their order. */
static const struct profile *profile_all[64];

static void
profile_fill(void)
{
	size_t n = 0, i;

	if (profile_all[0] != NULL)
		return;
	profile_all[n++] = &profile_transformers;
	profile_all[n++] = &profile_seq2seq;
	profile_all[n++] = &profile_hf_examples;
	profile_all[n++] = &profile_hf_examples_seq2seq;
	for (i = 0; profile_trl_table[i] != NULL; i++)
		profile_all[n++] = profile_trl_table[i];
	for (i = 0; profile_trl_recipe_table[i] != NULL; i++)
		profile_all[n++] = profile_trl_recipe_table[i];
	profile_all[n++] = &profile_llamafactory;
	profile_all[n++] = &profile_llamafactory_v1;
	profile_all[n++] = &profile_axolotl;
	profile_all[n] = NULL;
	/* profile_index keeps a bit per profile */
	if (n > 64)
		abort();
}

const struct profile *const *
profile_list(void)
{
	profile_fill();
	return profile_all;
}

const char *const *
profile_names(void)
{
	static const char *names[64];
	size_t i;

	profile_fill();
	for (i = 0; profile_all[i] != NULL; i++)
		names[i] = profile_all[i]->name;
	names[i] = NULL;
	return names;
}

const struct profile *
profile_find(const char *name)
{
	size_t i;

	profile_fill();
	for (i = 0; profile_all[i] != NULL; i++)
		if (strcmp(profile_all[i]->name, name) == 0)
			return profile_all[i];
	return NULL;
}

bool
profile_is_framework(const char *name)
{
	const struct profile *p = name != NULL ? profile_find(name) : NULL;

	return p != NULL && p->fw != NULL;
}

/* --- releases ------------------------------------------------------------ */

int
profile_newest(const struct profile_framework *fw)
{
	size_t i;

	for (i = 0; fw->releases[i + 1] != 0; i++)
		continue;
	return fw->releases[i];
}

int
profile_default_release(const struct profile *p)
{
	return p->framework_default != 0 ? p->framework_default :
	    profile_newest(p->fw);
}

char *
profile_version_format(int version, char *buf)
{
	snprintf(buf, FV_TEXT_MAX, "%d.%d.%d", version / 10000,
	    version / 100 % 100, version % 100);
	return buf;
}

bool
profile_version_parse(const char *text, int *version)
{
	int part[3] = { 0, 0, 0 }, n = 0;
	const char *p = text;
	char *end;
	long v;

	while (n < 3) {
		if (*p < '0' || *p > '9')
			return false;
		v = strtol(p, &end, 10);
		if (v > 99)
			return false;
		part[n++] = (int)v;
		p = end;
		if (*p == '\0')
			break;
		if (*p++ != '.')
			return false;
	}
	if (*p != '\0' || n < 2)
		return false;
	*version = FV(part[0], part[1], part[2]);
	return true;
}

bool
profile_version_known(const struct profile_framework *fw, int version)
{
	size_t i;

	for (i = 0; fw->releases[i] != 0; i++)
		if (fw->releases[i] / 100 == version / 100)
			return true;
	return false;
}

/* --- keys ---------------------------------------------------------------- */

const struct profile_key *
profile_key_find(const struct profile *p, const char *name, int version,
    const struct profile_keyset **set)
{
	const struct profile_key *k, *any = NULL;
	const struct profile_keyset *any_set = NULL;
	size_t i;

	if (set != NULL)
		*set = NULL;
	if (!profile_knows(p, name))
		return NULL;
	for (i = 0; p->sets != NULL && p->sets[i] != NULL; i++)
		for (k = p->sets[i]->keys; k->name != NULL; k++) {
			if (strcmp(k->name, name) != 0)
				continue;
			if (profile_key_in(k, version)) {
				if (set != NULL)
					*set = p->sets[i];
				return k;
			}
			if (any == NULL) {
				any = k;
				any_set = p->sets[i];
			}
		}
	if (set != NULL)
		*set = any_set;
	return any;
}

enum profile_typing
profile_typing_in(const struct profile_framework *fw, int version)
{
	if (fw == NULL)
		return PROFILE_TYPING_PLAIN;
	return version < fw->typing_since ? fw->typing_before : fw->typing;
}

enum profile_unknown
profile_unknown_in(const struct profile_framework *fw, int version)
{
	return version < fw->unknown_since ? PROFILE_UNKNOWN_DROPS :
	    fw->unknown;
}

bool
profile_in_releases(int since, int removed, int version)
{
	return (since == 0 || version >= since) &&
	    (removed == 0 || version < removed);
}

bool
profile_key_in(const struct profile_key *key, int version)
{
	return profile_in_releases(key->since, key->removed, version);
}

const char *
profile_map_field(const struct profile *p, const char *key)
{
	const struct profile_map *m;

	for (m = p->map; m != NULL && m->key != NULL; m++)
		if (strcmp(m->key, key) == 0)
			return m->field;
	return NULL;
}

const char **
profile_key_names(const struct profile *p, int version,
    const char *const *fields)
{
	const struct profile_key *k;
	const char **names;
	size_t n = 0, cap = 64, i;

	names = xreallocarray(NULL, cap, sizeof *names);
	for (i = 0; p->map == NULL && fields != NULL && fields[i] != NULL;
	    i++) {
		names = xgrowarray(names, n + 1, &cap, sizeof *names);
		names[n++] = fields[i];
	}
	for (i = 0; p->sets != NULL && p->sets[i] != NULL; i++)
		for (k = p->sets[i]->keys; k->name != NULL; k++) {
			if (!profile_key_in(k, version))
				continue;
			names = xgrowarray(names, n + 1, &cap, sizeof *names);
			names[n++] = k->name;
		}
	names[n] = NULL;
	return names;
}

/* --- detection ------------------------------------------------------------ */

#define PROFILE_FW_MAX 8

/* A top-level key that no TrainingArguments release has. */
struct profile_clue {
	const char	*name;
	uint64_t	 known;       /* the profiles that know it */
	unsigned	 frameworks;  /* how many frameworks know it */
	unsigned	 profiles;    /* how many profiles of the winner do */
	size_t		 order;       /* its place in the file */
};

/*
 * Which profiles know a key (in any release): one hash table over every
 * key of every profile, built once, so that detection and binding ask
 * it once per key and not of every table (a file may have 300,000 keys).
 */
struct profile_known {
	const char	*name;
	uint64_t	 profiles;   /* bit i: profile_all[i] knows it */
};

static struct {
	struct profile_known	*slots;
	size_t			 mask;
} profile_index;

static void
profile_index_add(const char *name, size_t bit)
{
	size_t i = hash_string(name) & profile_index.mask;

	while (profile_index.slots[i].name != NULL &&
	    strcmp(profile_index.slots[i].name, name) != 0)
		i = (i + 1) & profile_index.mask;
	profile_index.slots[i].name = name;
	profile_index.slots[i].profiles |= (uint64_t)1 << bit;
}

static void
profile_index_build(void)
{
	const struct profile_key *k;
	const struct profile_map *m;
	const struct profile *p;
	size_t n = 0, size = 1024, i, j;

	for (i = 0; (p = profile_all[i]) != NULL; i++) {
		for (j = 0; p->sets != NULL && p->sets[j] != NULL; j++)
			for (k = p->sets[j]->keys; k->name != NULL; k++)
				n++;
		for (m = p->map; m != NULL && m->key != NULL; m++)
			n++;
	}
	while (size < 2 * n)
		size *= 2;
	profile_index.slots = xcalloc(size, sizeof *profile_index.slots);
	profile_index.mask = size - 1;
	for (i = 0; (p = profile_all[i]) != NULL; i++) {
		for (j = 0; p->sets != NULL && p->sets[j] != NULL; j++)
			for (k = p->sets[j]->keys; k->name != NULL; k++)
				profile_index_add(k->name, i);
		for (m = p->map; m != NULL && m->key != NULL; m++)
			profile_index_add(m->key, i);
	}
}

/* The profiles that know name, as bits of profile_all. */
static uint64_t
profile_index_find(const char *name)
{
	size_t i;

	profile_fill();
	if (profile_index.slots == NULL)
		profile_index_build();
	i = hash_string(name) & profile_index.mask;
	while (profile_index.slots[i].name != NULL) {
		if (strcmp(profile_index.slots[i].name, name) == 0)
			return profile_index.slots[i].profiles;
		i = (i + 1) & profile_index.mask;
	}
	return 0;
}

bool
profile_knows(const struct profile *p, const char *name)
{
	uint64_t known = profile_index_find(name);
	size_t i;

	for (i = 0; known != 0 && profile_all[i] != NULL; i++)
		if (profile_all[i] == p)
			return (known >> i) & 1;
	return false;
}

/* The profiles of fw that detection may pick, as bits of profile_all. */
static uint64_t
profile_fw_mask(const struct profile_framework *fw)
{
	uint64_t mask = 0;
	size_t i;

	for (i = 0; profile_all[i] != NULL; i++)
		if (profile_all[i]->fw == fw && !profile_all[i]->manual)
			mask |= (uint64_t)1 << i;
	return mask;
}

/* The bit of p in profile_all. */
static uint64_t
profile_bit(const struct profile *p)
{
	size_t i;

	for (i = 0; profile_all[i] != NULL; i++)
		if (profile_all[i] == p)
			return (uint64_t)1 << i;
	return 0;
}

/* The order ties are broken in: lower first. */
static int
profile_fw_rank(const struct profile_framework *fw, bool json)
{
	static const char *const order[] = {
		"trl", "llamafactory", "axolotl", "hf-examples", NULL,
	};
	int i;

	if (json && strcmp(fw->name, "hf-examples") == 0)
		return -1;
	for (i = 0; order[i] != NULL; i++)
		if (strcmp(order[i], fw->name) == 0)
			return i;
	return i;
}

/* The frameworks of the table, in table order; returns how many. */
static size_t
profile_frameworks(const struct profile_framework **fws)
{
	const struct profile *const *p;
	size_t n = 0, i;

	for (p = profile_list(); *p != NULL; p++) {
		if ((*p)->fw == NULL)
			continue;
		for (i = 0; i < n && fws[i] != (*p)->fw; i++)
			continue;
		if (i == n && n < PROFILE_FW_MAX)
			fws[n++] = (*p)->fw;
	}
	return n;
}

/* The top-level keys no release of TrainingArguments has. */
static size_t
profile_clues(const struct value *root, struct profile_clue **out)
{
	const struct value *key;
	size_t i, n = 0;

	*out = xcalloc(root->len + 1, sizeof **out);
	for (i = 0; i < root->len; i++) {
		key = root->pairs[i].key;
		if (key->kind != VALUE_SCALAR || strlen(key->text) != key->len ||
		    schema_find(key->text) != NULL)
			continue;
		(*out)[n].name = key->text;
		(*out)[n].known = profile_index_find(key->text);
		(*out)[n].order = n;
		n++;
	}
	return n;
}

/* True when the file has key among its clues (keys TA lacks). */
static bool
profile_clues_have(const struct profile_clue *clues, size_t n,
    const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(clues[i].name, key) == 0)
			return true;
	return false;
}

static const struct profile_framework *
profile_best_framework(struct profile_clue *clues, size_t n, bool json)
{
	const struct profile_framework *fws[PROFILE_FW_MAX], *best = NULL;
	double score[PROFILE_FW_MAX] = { 0 }, top = 0;
	uint64_t masks[PROFILE_FW_MAX];
	bool candidate[PROFILE_FW_MAX];
	size_t known[PROFILE_FW_MAX] = { 0 };
	size_t count = profile_frameworks(fws), i, f;

	for (f = 0; f < count; f++) {
		/*
		 * A program that reads no YAML (or no JSON) has no say on
		 * such a file. One that refuses every file without a key the
		 * file lacks is no candidate, but its keys still count as
		 * shared.
		 */
		masks[f] = (fws[f]->json_only && !json) ||
		    (fws[f]->yaml_only && json) ? 0 : profile_fw_mask(fws[f]);
		candidate[f] = masks[f] != 0 &&
		    !(fws[f]->required_key != NULL &&
		    !profile_clues_have(clues, n, fws[f]->required_key));
	}
	for (i = 0; i < n; i++)
		for (f = 0; f < count; f++)
			clues[i].frameworks += (clues[i].known & masks[f]) != 0;
	/*
	 * A key counts for the frameworks that know it and against the
	 * others: a file with keys of two programs is neither's for sure.
	 */
	for (i = 0; i < n; i++)
		for (f = 0; f < count; f++)
			if (clues[i].frameworks == 0)
				/* a key of some other program: half against all */
				score[f] -= 0.5;
			else if (clues[i].known & masks[f]) {
				score[f] += 1.0 / clues[i].frameworks;
				known[f]++;
			} else
				score[f] -= 1.0 / clues[i].frameworks;
	for (f = 0; f < count; f++) {
		if (!candidate[f])
			continue;
		/*
		 * At least one key's worth (a key all of them share is not),
		 * and more than half of the keys TrainingArguments lacks: a
		 * file of some other script that shares a key or two with a
		 * framework is not that framework's.
		 */
		if (score[f] < 1.0 - 1e-9 || 2 * known[f] <= n)
			continue;
		if (best == NULL || score[f] > top + 1e-9 ||
		    (score[f] > top - 1e-9 && profile_fw_rank(fws[f], json) <
		    profile_fw_rank(best, json))) {
			best = fws[f];
			top = score[f];
		}
	}
	return best;
}

static const struct profile *
profile_best_of(const struct profile_framework *fw,
    struct profile_clue *clues, size_t n)
{
	const struct profile *best = NULL;
	uint64_t mask = profile_fw_mask(fw), bit;
	double score, top = 0;
	size_t i, j, known, most = 0;

	for (i = 0; i < n; i++)
		for (bit = clues[i].known & mask; bit != 0; bit &= bit - 1)
			clues[i].profiles++;
	for (j = 0; profile_all[j] != NULL; j++) {
		bit = (uint64_t)1 << j;
		if (!(mask & bit))
			continue;
		score = 0;
		known = 0;
		for (i = 0; i < n; i++) {
			if (clues[i].profiles == 0)
				continue;
			if (clues[i].known & bit) {
				score += 1.0 / clues[i].profiles;
				known++;
			} else
				score -= 1.0 / clues[i].profiles;
		}
		/* the fewest keys left unknown, then the most telling */
		if (best == NULL || known > most || (known == most &&
		    score > top + 1e-9)) {
			best = profile_all[j];
			top = score;
			most = known;
		}
	}
	return best;
}

/*
 * Most telling first: fewest frameworks, then fewest profiles, then file
 * order.
 */
static int
profile_clue_cmp(const void *a, const void *b)
{
	const struct profile_clue *x = a, *y = b;

	if (x->frameworks != y->frameworks)
		return x->frameworks < y->frameworks ? -1 : 1;
	if (x->profiles != y->profiles)
		return x->profiles < y->profiles ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

const struct profile *
profile_detect(const struct value *root, enum schema_class cls, bool json,
    const char **evidence, size_t *evidence_count)
{
	const struct profile_framework *fw;
	const struct profile *p;
	struct profile_clue *clues;
	size_t n, i;

	*evidence_count = 0;
	n = profile_clues(root, &clues);
	fw = profile_best_framework(clues, n, json);
	if (fw == NULL) {
		free(clues);
		return cls == SCHEMA_CLASS_SEQ2SEQ ? &profile_seq2seq :
		    &profile_transformers;
	}
	p = profile_best_of(fw, clues, n);
	qsort(clues, n, sizeof *clues, profile_clue_cmp);
	for (i = 0; i < n && *evidence_count < PROFILE_EVIDENCE_MAX; i++)
		if (clues[i].known & profile_bit(p))
			evidence[(*evidence_count)++] = clues[i].name;
	free(clues);
	return p;
}
