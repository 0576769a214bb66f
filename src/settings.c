/*
 * settings.c: the configuration file, its discovery, and the merge of
 * defaults, file, environment and command line (see settings.h).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <sys/stat.h>
#include <errno.h>
#include <stdarg.h>
#include <fnmatch.h>
#include <limits.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "targs/load.h"
#include "targs/schema.h"
#include "targs/profile.h"
#include "targs/settings.h"
#include "targs/source.h"
#include "targs/suggest.h"
#include "targs/version.h"
#include "targs/xalloc.h"

/* A list of codes or globs as the file wrote it, and where. */
struct settings_list {
	char			**items;
	size_t			 count;
	bool			 present;
	struct source_pos	 pos;
};

struct settings_glob_ignore {
	char			*glob;
	struct settings_list	 codes;
};

/* A profile for the files a glob matches. */
struct settings_glob_profile {
	char			*glob;
	const struct profile	*profile;
	struct source_pos	 pos;
};

/* One configuration file as read; a value NULL or !present: not set. */
struct settings_file {
	char				*path;   /* as shown */
	char				*dir;    /* absolute, for globs */
	char				*transformers;
	struct source_pos		 transformers_pos;
	char				*profile;
	struct source_pos		 profile_pos;
	char				*env;
	struct source_pos		 env_pos;
	struct settings_list		 select, ignore;
	struct settings_glob_ignore	*per_file;
	size_t				 per_file_count;
	struct settings_glob_profile	*per_profile;
	size_t				 per_profile_count;
	int				 warn_as_error;  /* -1: not set */
	struct source_pos		 warn_pos;
	int				 report_unused;
	struct source_pos		 unused_pos;
};

struct settings_dir {
	char			*dir;
	struct settings_file	*file;   /* NULL: none above it */
	bool			 bad;     /* the file found could not be read */
};

static const char *const settings_keys[] = {
	"transformers", "profile", "per-file-profile", "env", "select",
	"ignore", "per-file-ignores", "warn-as-error",
	"report-unused-ignores", NULL,
};

/* Reading one file: its name for messages, and the first problem. */
struct settings_reader {
	struct source	*src;
	bool		 failed;
};

static void
settings_fail(struct settings_reader *r, struct source_pos pos,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
settings_fail(struct settings_reader *r, struct source_pos pos,
    const char *fmt, ...)
{
	va_list ap;

	if (r->failed)
		return;
	r->failed = true;
	fprintf(stderr, "targs: %s:%u:%u: ", r->src->name, pos.line,
	    pos.column);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* A scalar's text (any YAML type: `4.57` is written as it stands). */
static char *
settings_text(struct settings_reader *r, const struct value *v,
    const char *key)
{
	if (v->kind != VALUE_SCALAR) {
		settings_fail(r, v->pos, "%s: expected a single value, not a "
		    "%s", key, value_kind_name((enum value_kind)v->kind));
		return NULL;
	}
	return xstrndup(v->text, v->len);
}

static int
settings_bool(struct settings_reader *r, const struct value *v,
    const char *key)
{
	struct scalar sc;
	char *message = NULL;

	if (v->kind != VALUE_SCALAR ||
	    scalar_resolve(v, SCALAR_SCHEMA_PYYAML) != SCALAR_TAG_BOOL ||
	    scalar_construct(v, SCALAR_SCHEMA_PYYAML, &sc, &message) !=
	    SCALAR_OK) {
		free(message);
		settings_fail(r, v->pos, "%s: expected true or false", key);
		return -1;
	}
	return sc.boolean;
}

/* A list of selectors; each must match a code (rule-select.h). */
static void
settings_codes(struct settings_reader *r, const struct value *v,
    const char *key, struct settings_list *out)
{
	const struct value *item;
	size_t i;

	out->present = true;
	out->pos = v->pos;
	if (v->kind != VALUE_SEQUENCE) {
		settings_fail(r, v->pos, "%s: expected a list of codes, such "
		    "as [TA2, TA401]", key);
		return;
	}
	out->items = xcalloc(v->len + 1, sizeof *out->items);
	for (i = 0; i < v->len; i++) {
		item = v->items[i];
		if (item->kind != VALUE_SCALAR ||
		    !rule_selector_valid(item->text)) {
			settings_fail(r, item->pos, "%s: %s is no code or "
			    "prefix of codes targs reports (see targs "
			    "explain)", key, item->kind == VALUE_SCALAR ?
			    item->text : "a collection");
			return;
		}
		out->items[out->count++] = xstrdup(item->text);
	}
}

static void
settings_per_file(struct settings_reader *r, const struct value *v,
    struct settings_file *f)
{
	struct settings_glob_ignore *g;
	const struct value *key;
	size_t i;

	if (v->kind != VALUE_MAPPING) {
		settings_fail(r, v->pos, "per-file-ignores: expected a "
		    "mapping of globs to lists of codes");
		return;
	}
	f->per_file = xcalloc(v->len + 1, sizeof *f->per_file);
	for (i = 0; i < v->len && !r->failed; i++) {
		key = v->pairs[i].key;
		if (key->kind != VALUE_SCALAR) {
			settings_fail(r, key->pos, "per-file-ignores: a glob "
			    "must be a string");
			return;
		}
		g = &f->per_file[f->per_file_count++];
		g->glob = xstrndup(key->text, key->len);
		settings_codes(r, v->pairs[i].value, "per-file-ignores",
		    &g->codes);
	}
}

/* A profile's name (or auto, when allowed), else a failure. */
static bool
settings_profile_ok(struct settings_reader *r, const struct value *v,
    const char *key, const char *text, bool allow_auto)
{
	if ((allow_auto && strcmp(text, "auto") == 0) ||
	    profile_find(text) != NULL)
		return true;
	settings_fail(r, v->pos, "%s: no profile '%s' (targs profiles "
	    "lists them)", key, text);
	return false;
}

static void
settings_per_profile(struct settings_reader *r, const struct value *v,
    struct settings_file *f)
{
	struct settings_glob_profile *g;
	const struct value *key, *name;
	size_t i;

	if (v->kind != VALUE_MAPPING) {
		settings_fail(r, v->pos, "per-file-profile: expected a "
		    "mapping of globs to profile names");
		return;
	}
	f->per_profile = xcalloc(v->len + 1, sizeof *f->per_profile);
	for (i = 0; i < v->len && !r->failed; i++) {
		key = v->pairs[i].key;
		name = v->pairs[i].value;
		if (key->kind != VALUE_SCALAR) {
			settings_fail(r, key->pos, "per-file-profile: a glob "
			    "must be a string");
			return;
		}
		if (name->kind != VALUE_SCALAR) {
			settings_fail(r, name->pos, "per-file-profile: "
			    "expected a profile name");
			return;
		}
		if (!settings_profile_ok(r, name, "per-file-profile",
		    name->text, false))
			return;
		g = &f->per_profile[f->per_profile_count++];
		g->glob = xstrndup(key->text, key->len);
		g->profile = profile_find(name->text);
		g->pos = name->pos;
	}
}

static bool
settings_choice_ok(struct settings_reader *r, const struct value *v,
    const char *key, const char *text, const char *const *choices)
{
	const char *const *c;

	for (c = choices; *c != NULL; c++)
		if (strcmp(*c, text) == 0)
			return true;
	settings_fail(r, v->pos, "%s: '%s' is not one of the choices; see "
	    "docs/configuration.md", key, text);
	return false;
}

static void
settings_key(struct settings_reader *r, const char *key,
    const struct value *v, struct settings_file *f)
{
	if (strcmp(key, "transformers") == 0) {
		f->transformers = settings_text(r, v, key);
		f->transformers_pos = v->pos;
	} else if (strcmp(key, "profile") == 0) {
		f->profile = settings_text(r, v, key);
		f->profile_pos = v->pos;
		if (f->profile != NULL)
			settings_profile_ok(r, v, key, f->profile, true);
	} else if (strcmp(key, "per-file-profile") == 0)
		settings_per_profile(r, v, f);
	else if (strcmp(key, "env") == 0) {
		f->env = settings_text(r, v, key);
		f->env_pos = v->pos;
		if (f->env != NULL)
			settings_choice_ok(r, v, key, f->env, cmd_env_choices);
	} else if (strcmp(key, "select") == 0)
		settings_codes(r, v, key, &f->select);
	else if (strcmp(key, "ignore") == 0)
		settings_codes(r, v, key, &f->ignore);
	else if (strcmp(key, "per-file-ignores") == 0)
		settings_per_file(r, v, f);
	else if (strcmp(key, "warn-as-error") == 0) {
		f->warn_as_error = settings_bool(r, v, key);
		f->warn_pos = v->pos;
	} else {
		f->report_unused = settings_bool(r, v, key);
		f->unused_pos = v->pos;
	}
}

static void
settings_list_release(struct settings_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
}

static void
settings_file_free(struct settings_file *f)
{
	size_t i;

	if (f == NULL)
		return;
	free(f->path);
	free(f->dir);
	free(f->transformers);
	free(f->profile);
	free(f->env);
	settings_list_release(&f->select);
	settings_list_release(&f->ignore);
	for (i = 0; i < f->per_profile_count; i++)
		free(f->per_profile[i].glob);
	free(f->per_profile);
	for (i = 0; i < f->per_file_count; i++) {
		free(f->per_file[i].glob);
		settings_list_release(&f->per_file[i].codes);
	}
	free(f->per_file);
	free(f);
}

static const char *
settings_known_key(const char *text)
{
	size_t k;

	for (k = 0; settings_keys[k] != NULL; k++)
		if (strcmp(settings_keys[k], text) == 0)
			return settings_keys[k];
	return NULL;
}

/* Checks the top mapping's keys and reads each. */
static void
settings_read_root(struct settings_reader *r, const struct value *root,
    struct settings_file *f)
{
	const struct value *key;
	const char *best;
	size_t i;

	if (root->kind != VALUE_MAPPING) {
		settings_fail(r, root->pos, "expected a mapping of settings");
		return;
	}
	for (i = 0; i < root->len && !r->failed; i++) {
		key = root->pairs[i].key;
		if (key->kind == VALUE_SCALAR &&
		    (best = settings_known_key(key->text)) != NULL) {
			settings_key(r, best, root->pairs[i].value, f);
			continue;
		}
		best = key->kind == VALUE_SCALAR ?
		    suggest_nearest(key->text, settings_keys) : NULL;
		settings_fail(r, key->pos, "unknown setting '%s'%s%s%s",
		    key->kind == VALUE_SCALAR ? key->text : "?",
		    best ? "; did you mean '" : "", best ? best : "",
		    best ? "'?" : "");
	}
}

/*
 * An absolute path as messages show it: relative to the working directory
 * when it is below it. Caller frees.
 */
static char *
settings_shown_path(const char *path)
{
	char *cwd = getcwd(NULL, 0), *shown;
	size_t len = cwd != NULL ? strlen(cwd) : 0;

	if (cwd != NULL && len > 1 && strncmp(path, cwd, len) == 0 &&
	    path[len] == '/')
		shown = xstrdup(path + len + 1);
	else
		shown = xstrdup(path);
	free(cwd);
	return shown;
}

/* True when the one problem loading found is an empty document. */
static bool
settings_only_empty(const struct diag_list *diags)
{
	return diags->len == 1 && diags->items[0].id == DIAG_EMPTY_DOCUMENT;
}

/* The first duplicate key, or NULL. */
static const struct diag *
settings_duplicate(const struct diag_list *diags)
{
	size_t i;

	for (i = 0; i < diags->len; i++)
		if (diags->items[i].id == DIAG_DUPLICATE_KEY)
			return &diags->items[i];
	return NULL;
}

/*
 * Reads and checks a configuration file; NULL after saying why. A
 * duplicate key is refused too: Python would keep the last silently, and
 * the first would be a setting the user wrote without effect.
 */
static struct settings_file *
settings_file_read(const char *path)
{
	struct settings_file *f = xcalloc(1, sizeof *f);
	struct load_options options;
	struct settings_reader r;
	struct diag_list diags;
	struct value_doc doc;
	struct source src;
	const struct diag *dup = NULL;
	char *error, *abs, *slash;
	bool loaded;

	f->warn_as_error = f->report_unused = -1;
	load_options_init(&options);
	options.format = LOAD_FORMAT_YAML;
	if (source_read(&src, path, NULL, options.limits.max_file_size,
	    &error) != SOURCE_READ_OK) {
		fprintf(stderr, "targs: %s\n", error);
		free(error);
		source_release(&src);
		settings_file_free(f);
		return NULL;
	}
	r.src = &src;
	r.failed = false;
	diag_list_init(&diags, src.name);
	loaded = load_source(&src, &options, &doc, &diags);
	diag_sort(&diags);
	if (!loaded && settings_only_empty(&diags))
		;   /* an empty file (or only comments) sets nothing */
	else if (!loaded || (dup = settings_duplicate(&diags)) != NULL) {
		if (loaded)
			settings_fail(&r, dup->pos, "%s", dup->message);
		else
			settings_fail(&r, diags.len > 0 ? diags.items[0].pos :
			    (struct source_pos){ 1, 1 }, "%s", diags.len > 0 ?
			    diags.items[0].message :
			    "expected a mapping of settings");
	} else
		settings_read_root(&r, doc.root, f);
	value_doc_release(&doc);
	diag_list_release(&diags);
	source_release(&src);
	if (r.failed) {
		settings_file_free(f);
		return NULL;
	}
	f->path = xstrdup(path);
	abs = realpath(path, NULL);
	if (abs != NULL && (slash = strrchr(abs, '/')) != NULL)
		*(slash == abs ? slash + 1 : slash) = '\0';
	f->dir = abs != NULL ? abs : xstrdup(".");
	return f;
}

static int
settings_dir_order(const void *a, const void *b)
{
	return strcmp(((const struct settings_dir *)a)->dir,
	    ((const struct settings_dir *)b)->dir);
}

void
settings_cache_init(struct settings_cache *cache)
{
	memset(cache, 0, sizeof *cache);
}

void
settings_cache_release(struct settings_cache *cache)
{
	size_t i;

	for (i = 0; i < cache->dir_count; i++)
		tdelete(cache->dirs[i], &cache->dir_tree, settings_dir_order);
	for (i = 0; i < cache->dir_count; i++) {
		free(cache->dirs[i]->dir);
		free(cache->dirs[i]);
	}
	for (i = 0; i < cache->file_count; i++)
		settings_file_free(cache->files[i]);
	free(cache->dirs);
	free(cache->files);
	free(cache->last_dir);
	memset(cache, 0, sizeof *cache);
}

/* Remembers what dir found, so each file is read (and refused) once. */
static void
settings_remember(struct settings_cache *cache, const char *dir,
    struct settings_file *file, bool bad)
{
	struct settings_dir *d = xcalloc(1, sizeof *d), **slot;

	d->dir = xstrdup(dir);
	d->file = file;
	d->bad = bad;
	slot = tsearch(d, &cache->dir_tree, settings_dir_order);
	if (slot == NULL)
		xalloc_oom();
	if (*slot != d) {
		/* known already (a file found on the way up is its own) */
		free(d->dir);
		free(d);
		return;
	}
	cache->dirs = xgrowarray(cache->dirs, cache->dir_count,
	    &cache->dir_cap, sizeof *cache->dirs);
	cache->dirs[cache->dir_count++] = d;
}

/* What dir is known to find, or NULL. */
static const struct settings_dir *
settings_known(const struct settings_cache *cache, char *dir)
{
	struct settings_dir key = { dir, NULL, false };
	struct settings_dir *const *slot = tfind(&key, &cache->dir_tree,
	    settings_dir_order);

	return slot != NULL ? *slot : NULL;
}

static void
settings_keep_file(struct settings_cache *cache, struct settings_file *f)
{
	cache->files = xreallocarray(cache->files, cache->file_count + 1,
	    sizeof *cache->files);
	cache->files[cache->file_count++] = f;
}

static bool
settings_exists(const char *dir, const char *name, bool regular)
{
	struct stat st;
	char *path = xasprintf("%s/%s", dir, name);
	bool found = stat(path, &st) == 0 &&
	    (!regular || S_ISREG(st.st_mode));

	free(path);
	return found;
}

/* The absolute directory a file's settings are looked for from. */
static char *
settings_start_dir(const char *path)
{
	char *copy = xstrdup(path), *slash = strrchr(copy, '/'), *abs;

	if (slash == NULL)
		abs = realpath(".", NULL);
	else {
		*(slash == copy ? slash + 1 : slash) = '\0';
		abs = realpath(copy, NULL);
	}
	free(copy);
	return abs;
}

/*
 * The file in force for a directory: looked up in the cache, else found
 * going up. Every directory passed is remembered with the answer, so
 * each configuration file is read once however many directories below
 * it hold files. *ok is false when a file found could not be read.
 */
static struct settings_file *
settings_discover(struct settings_cache *cache, const char *start, bool *ok)
{
	struct settings_file *found = NULL;
	const struct settings_dir *known;
	char *dir = xstrdup(start), *slash, *path, *shown;
	char **passed = NULL;
	size_t n = 0, i;

	*ok = true;
	for (;; n++) {
		if ((known = settings_known(cache, dir)) != NULL) {
			found = known->file;
			*ok = !known->bad;
			break;
		}
		passed = xreallocarray(passed, n + 1, sizeof *passed);
		passed[n] = xstrdup(dir);
		if (settings_exists(dir, SETTINGS_FILE_NAME, true)) {
			path = xasprintf("%s/%s", strcmp(dir, "/") == 0 ? "" :
			    dir, SETTINGS_FILE_NAME);
			shown = settings_shown_path(path);
			found = settings_file_read(shown);
			free(shown);
			free(path);
			*ok = found != NULL;
			if (found != NULL)
				settings_keep_file(cache, found);
			n++;
			break;
		}
		if (settings_exists(dir, ".git", false) ||
		    (slash = strrchr(dir, '/')) == NULL ||
		    strcmp(dir, "/") == 0) {
			n++;
			break;
		}
		*(slash == dir ? slash + 1 : slash) = '\0';
	}
	for (i = 0; i < n; i++) {
		settings_remember(cache, passed[i], found, !*ok);
		free(passed[i]);
	}
	free(passed);
	free(dir);
	return found;
}

static struct settings_origin
settings_from(const char *what, const struct source_pos *pos)
{
	struct settings_origin o = { what, 0, 0 };

	if (pos != NULL) {
		o.line = pos->line;
		o.column = pos->column;
	}
	return o;
}

/* The file in force for path, or NULL; *ok false after a bad file. */
static struct settings_file *
settings_file_for(const struct args *args, struct settings_cache *cache,
    const char *path, bool *ok)
{
	const char *config = args_get(args, "config");
	const char *shown = args_get(args, "stdin-filename");
	struct settings_file *file;
	char *start, *slash;
	size_t len;

	*ok = true;
	if (args_has(args, "isolated") && config != NULL) {
		/* as ruff says: one reads no file, the other names one */
		if (!cache->config_bad)
			fputs("targs: --isolated and --config cannot be used "
			    "together\n", stderr);
		cache->config_bad = true;
		*ok = false;
		return NULL;
	}
	if (args_has(args, "isolated"))
		return NULL;
	if (config != NULL) {
		/* Read once: the cache's first file is the named one. */
		if (cache->file_count > 0 || cache->config_bad) {
			*ok = !cache->config_bad;
			return *ok ? cache->files[0] : NULL;
		}
		if ((file = settings_file_read(config)) == NULL) {
			*ok = false;
			cache->config_bad = true;
			return NULL;
		}
		settings_keep_file(cache, file);
		return file;
	}
	if (strcmp(path, "-") == 0)
		path = shown != NULL ? shown : "-";
	/*
	 * Files of one directory come one after another (a walk, a glob):
	 * the last directory's answer saves a realpath(3) per file.
	 */
	slash = strrchr(path, '/');
	len = slash != NULL ? (size_t)(slash - path) + 1 : 0;
	if (cache->last_dir != NULL && strlen(cache->last_dir) == len &&
	    strncmp(cache->last_dir, path, len) == 0) {
		*ok = !cache->last_bad;
		return cache->last_file;
	}
	if ((start = settings_start_dir(path)) == NULL)
		return NULL;   /* no such directory: reading the file says so */
	file = settings_discover(cache, start, ok);
	free(start);
	free(cache->last_dir);
	cache->last_dir = xstrndup(path, len);
	cache->last_file = file;
	cache->last_bad = !*ok;
	return file;
}

/* The release and class: options and $TARGS_TRANSFORMERS, then file. */
static bool
settings_schema(const struct args *args, const struct settings_file *f,
    bool allow_auto, struct settings *out)
{
	const char *var = getenv(VERSION_ENV);
	char *from;
	bool ok = true;

	if (!cmd_schema_select(args, allow_auto, &out->choice))
		return false;
	if (args_has(args, "transformers"))
		out->version_from = settings_from("--transformers", NULL);
	else if (var != NULL && *var != '\0')
		out->version_from = settings_from("$" VERSION_ENV, NULL);
	else if (f != NULL && f->transformers != NULL) {
		out->choice.named = true;
		out->version_from = settings_from(f->path,
		    &f->transformers_pos);
		if (strcmp(f->transformers, "auto") == 0) {
			out->choice.automatic = allow_auto;
			out->choice.version = allow_auto ? 0 : VERSION_NEWEST;
		} else {
			from = xasprintf("%s:%u:%u: transformers", f->path,
			    f->transformers_pos.line,
			    f->transformers_pos.column);
			ok = cmd_release_parse(args, from, f->transformers,
			    allow_auto, &out->choice.version);
			free(from);
		}
	}
	if (args_has(args, "class"))
		out->class_from = settings_from("--class", NULL);
	else if (f != NULL && f->profile != NULL &&
	    profile_find(f->profile) != NULL) {
		out->class_from = settings_from(f->path, &f->profile_pos);
		out->choice.cls = profile_find(f->profile)->cls;
	}
	return ok;
}

/* A layer from a command-line option's comma-separated value. */
static bool
settings_option_list(const struct args *args, const char *name,
    char ***items, size_t *count)
{
	const char *text = args_get(args, name);
	char *bad;

	*items = NULL;
	*count = 0;
	if (text == NULL)
		return true;
	if ((*items = rule_selectors_split(text, count, &bad)) != NULL)
		return true;
	fprintf(stderr, "targs %s: --%s: '%s' is no code or prefix of codes "
	    "targs reports (see targs explain)\n", args->cmd->name, name, bad);
	free(bad);
	return false;
}

static void
settings_file_layer(const struct settings_list *select,
    const struct settings_list *ignore, struct rule_selection *rules)
{
	struct rule_layer layer = {
		(const char *const *)select->items, select->count,
		select->present,
		(const char *const *)ignore->items, ignore->count,
	};

	rule_selection_apply(rules, &layer);
}

/*
 * path made absolute through its directory only: a symbolic link to a
 * file is matched by the link's own name, as it was named. NULL when
 * the directory cannot be resolved.
 */
static char *
settings_absolute(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = settings_start_dir(path), *out;

	if (dir == NULL)
		return NULL;
	out = xasprintf("%s/%s", strcmp(dir, "/") == 0 ? "" : dir,
	    slash != NULL ? slash + 1 : path);
	free(dir);
	return out;
}

/* path relative to the configuration file's directory, for its globs. */
static char *
settings_relative(const struct settings_file *f, const char *path)
{
	char *abs = settings_absolute(path), *rel;
	size_t len = strlen(f->dir);

	if (abs == NULL)
		return xstrdup(path);
	if (strncmp(abs, f->dir, len) == 0 && (abs[len] == '/' ||
	    strcmp(f->dir, "/") == 0))
		rel = xstrdup(abs + len + (abs[len] == '/'));
	else
		rel = xstrdup(abs);
	free(abs);
	return rel;
}

static bool
settings_glob_matches(const char *glob, const char *rel)
{
	const char *name = strrchr(rel, '/');

	if (strchr(glob, '/') == NULL)
		return fnmatch(glob, name != NULL ? name + 1 : rel, 0) == 0;
	return fnmatch(glob, rel, 0) == 0;
}

/* Per-file ignores last, so that no --select brings those codes back. */
static void
settings_per_file_layers(const struct settings_file *f, const char *path,
    struct rule_selection *rules)
{
	static const struct settings_list none;
	char *rel;
	size_t i;

	if (f == NULL || f->per_file_count == 0 || path == NULL)
		return;
	rel = settings_relative(f, path);
	for (i = 0; i < f->per_file_count; i++)
		if (settings_glob_matches(f->per_file[i].glob, rel))
			settings_file_layer(&none, &f->per_file[i].codes,
			    rules);
	free(rel);
}

/* The last per-file-profile glob that matches path, or NULL. */
static const struct settings_glob_profile *
settings_glob_profile(const struct settings_file *f, const char *path)
{
	const struct settings_glob_profile *found = NULL;
	char *rel;
	size_t i;

	if (f == NULL || f->per_profile_count == 0 || path == NULL)
		return NULL;
	rel = settings_relative(f, path);
	for (i = 0; i < f->per_profile_count; i++)
		if (settings_glob_matches(f->per_profile[i].glob, rel))
			found = &f->per_profile[i];
	free(rel);
	return found;
}

/*
 * The profile: --profile, else the last per-file-profile glob matching
 * the file, else the file's profile, else detected (NULL).
 */
static void
settings_profile(const struct args *args, const struct settings_file *f,
    const char *path, struct settings *out)
{
	const struct settings_glob_profile *g;

	if (args_has(args, "profile")) {
		out->profile_from = settings_from("--profile", NULL);
		return;
	}
	if ((g = settings_glob_profile(f, path)) != NULL) {
		out->choice.profile = g->profile;
		out->profile_from = settings_from(f->path, &g->pos);
	} else if (f != NULL && f->profile != NULL) {
		out->choice.profile = profile_find(f->profile);
		out->profile_from = settings_from(f->path, &f->profile_pos);
	}
}

static bool
settings_rules(const struct args *args, const struct settings_file *f,
    const char *path, struct rule_selection *rules)
{
	char **select, **ignore;
	size_t select_count, ignore_count;
	struct rule_layer layer;
	bool ok;

	rule_selection_init(rules);
	if (f != NULL)
		settings_file_layer(&f->select, &f->ignore, rules);
	ok = settings_option_list(args, "select", &select, &select_count);
	if (ok && settings_option_list(args, "ignore", &ignore,
	    &ignore_count)) {
		layer.select = (const char *const *)select;
		layer.select_count = select_count;
		layer.has_select = args_has(args, "select");
		layer.ignore = (const char *const *)ignore;
		layer.ignore_count = ignore_count;
		rule_selection_apply(rules, &layer);
		rule_selectors_free(ignore, ignore_count);
	} else
		ok = false;
	rule_selectors_free(select, select_count);
	/* standard input matches by --stdin-filename, or by nothing */
	settings_per_file_layers(f, strcmp(path, "-") != 0 ? path :
	    args_get(args, "stdin-filename"), rules);
	return ok;
}

bool
settings_check_options(const struct args *args)
{
	char **select, **ignore;
	size_t select_count, ignore_count;
	bool ok;

	ok = settings_option_list(args, "select", &select, &select_count);
	if (ok && (ok = settings_option_list(args, "ignore", &ignore,
	    &ignore_count)))
		rule_selectors_free(ignore, ignore_count);
	rule_selectors_free(select, select_count);
	return ok;
}

/* A flag: the option, else the file's value (-1: unset), else false. */
static bool
settings_flag(bool given, const char *option, int in_file,
    const struct settings_file *f, const struct source_pos *pos,
    struct settings_origin *from)
{
	if (given) {
		*from = settings_from(option, NULL);
		return true;
	}
	if (in_file >= 0) {
		*from = settings_from(f->path, pos);
		return in_file;
	}
	*from = settings_from("default", NULL);
	return false;
}

bool
settings_for(const struct args *args, struct settings_cache *cache,
    const char *path, bool allow_auto, struct settings *out)
{
	const struct settings_file *f;
	const char *env = args_get(args, "env");
	bool ok;

	memset(out, 0, sizeof *out);
	out->version_from = out->class_from = out->env_from =
	    settings_from("default", NULL);
	out->profile_from = settings_from("detected", NULL);
	f = settings_file_for(args, cache, path, &ok);
	if (!ok)
		return false;
	out->file = f;
	if (!settings_schema(args, f, allow_auto, out))
		return false;
	/* standard input matches by --stdin-filename, or by nothing */
	settings_profile(args, f, strcmp(path, "-") != 0 ? path :
	    args_get(args, "stdin-filename"), out);
	if (env != NULL)
		out->env_from = settings_from("--env", NULL);
	else if (f != NULL && f->env != NULL) {
		env = f->env;
		out->env_from = settings_from(f->path, &f->env_pos);
	}
	out->env = env_find(env != NULL ? env : ENV_DEFAULT);
	out->warn_as_error = settings_flag(args_has(args, "warn") ||
	    args_has(args, "warn-as-error"), args_has(args, "warn") ?
	    "-W error" : "--warn-as-error", f ? f->warn_as_error : -1, f,
	    f ? &f->warn_pos : NULL, &out->warn_from);
	out->report_unused = settings_flag(args_has(args,
	    "report-unused-ignores"), "--report-unused-ignores",
	    f ? f->report_unused : -1, f, f ? &f->unused_pos : NULL,
	    &out->unused_from);
	return settings_rules(args, f, path, &out->rules);
}

static void
settings_print_row(FILE *out, const char *name, const char *value,
    const struct settings_origin *from)
{
	fprintf(out, "%-22s %-25s %s", name, value, from->what);
	if (from->line > 0)
		fprintf(out, ":%u:%u", from->line, from->column);
	fputc('\n', out);
}

/* A list of codes, after "GLOB: " for a per-file row. */
static void
settings_print_list(FILE *out, const char *name, const char *glob,
    const struct settings_list *l, const char *file)
{
	struct settings_origin from = settings_from(file, &l->pos);
	size_t i, len = glob != NULL ? strlen(glob) + 2 : 0;
	char *text;

	for (i = 0; i < l->count; i++)
		len += strlen(l->items[i]) + 2;
	text = xcalloc(len + 3, 1);
	if (glob != NULL) {
		strcat(text, glob);
		strcat(text, ":");
	}
	for (i = 0; i < l->count; i++) {
		strcat(text, i > 0 ? ", " : glob != NULL ? " " : "");
		strcat(text, l->items[i]);
	}
	settings_print_row(out, name, l->count > 0 || glob != NULL ? text :
	    "[]", &from);
	free(text);
}

static void
settings_print_option(FILE *out, const struct args *args, const char *name)
{
	struct settings_origin from;
	char *option;

	if (!args_has(args, name))
		return;
	option = xasprintf("--%s", name);
	from = settings_from(option, NULL);
	settings_print_row(out, name, args_get(args, name), &from);
	free(option);
}

static void
settings_print_rules(FILE *out, const struct settings *s,
    const struct args *args)
{
	const struct settings_file *f = s->file;
	size_t i, off = 0;

	if (f != NULL && f->select.present)
		settings_print_list(out, "select", NULL, &f->select, f->path);
	if (f != NULL && f->ignore.present)
		settings_print_list(out, "ignore", NULL, &f->ignore, f->path);
	for (i = 0; f != NULL && i < f->per_file_count; i++)
		settings_print_list(out, "per-file-ignores",
		    f->per_file[i].glob, &f->per_file[i].codes, f->path);
	settings_print_option(out, args, "select");
	settings_print_option(out, args, "ignore");
	fprintf(out, "%-22s", "codes off");
	for (i = 0; i < DIAG_ID_COUNT; i++)
		if (!rule_selection_enabled(&s->rules, (enum diag_id)i))
			fprintf(out, "%s%s", off++ > 0 ? ", " : " ",
			    diag_code_table[i].code);
	fputs(off == 0 ? " none\n" : "\n", out);
}

void
settings_print(FILE *out, const char *path, const struct settings *s,
    const struct args *args)
{
	char version[VERSION_TEXT_MAX];

	fprintf(out, "%-22s %s\n", "settings for", path);
	fprintf(out, "%-22s %s\n", "configuration file",
	    s->file != NULL ? s->file->path : "none");
	if (s->choice.automatic)
		strcpy(version, "auto");
	else
		version_format(s->choice.version, version);
	settings_print_row(out, "transformers", version, &s->version_from);
	settings_print_row(out, "class",
	    schema_class_name((enum schema_class)s->choice.cls),
	    &s->class_from);
	settings_print_row(out, "profile", s->choice.profile != NULL ?
	    s->choice.profile->name : "auto", &s->profile_from);
	settings_print_row(out, "env", s->env->name, &s->env_from);
	settings_print_row(out, "warn-as-error",
	    s->warn_as_error ? "true" : "false", &s->warn_from);
	settings_print_row(out, "report-unused-ignores",
	    s->report_unused ? "true" : "false", &s->unused_from);
	settings_print_rules(out, s, args);
}

bool
settings_choice_for(const struct args *args, const char *path,
    bool allow_auto, struct cmd_schema_choice *choice,
    const struct env **env)
{
	struct settings_cache cache;
	struct settings set;
	bool ok;

	settings_cache_init(&cache);
	if ((ok = settings_for(args, &cache, path, allow_auto, &set))) {
		*choice = set.choice;
		*env = set.env;
	}
	settings_cache_release(&cache);
	return ok;
}

enum cmd_exit
settings_show(const struct args *args, const char *path, FILE *out)
{
	struct settings_cache cache;
	struct settings set;
	bool ok;

	settings_cache_init(&cache);
	if ((ok = settings_for(args, &cache, path, true, &set)))
		settings_print(out, path, &set, args);
	settings_cache_release(&cache);
	return ok ? CMD_EXIT_OK : CMD_EXIT_TROUBLE;
}
