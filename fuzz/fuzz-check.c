/*
 * fuzz-check.c: a libFuzzer target for the whole pipeline `targs check`
 * and `targs resolve` run on one file: load, choose the release, bind,
 * the rules, and every writer but SARIF (whose hundred rules, built anew
 * each run, would halve the runs a second; its results hold the strings
 * the JSON report holds). It is compiled twice, with FUZZ_FORMAT
 * set to LOAD_FORMAT_YAML and to LOAD_FORMAT_JSON. The first byte picks
 * the release (or auto), the second the class and the --env preset; the
 * rest is the file. Output goes to /dev/null: only crashes, leaks and undefined
 * behaviour are looked for.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/env.h"
#include "targs/output-resolve.h"
#include "targs/output.h"
#include "targs/profile.h"
#include "targs/resolve.h"
#include "targs/version.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *fuzz_sink;

static const struct env *
fuzz_env(unsigned choice)
{
	size_t n = 0;

	while (env_table[n].name != NULL)
		n++;
	return &env_table[choice % n];
}

/* Index 0 is auto; the others are the known releases, oldest first. */
static int
fuzz_version(unsigned choice)
{
	size_t k = choice % (version_count() + 1);

	return k == 0 ? 0 : version_at(k - 1);
}

/* Mostly detected (NULL), else one profile of the table. */
static const struct profile *
fuzz_profile(unsigned choice)
{
	const struct profile *const *all = profile_list();
	size_t n = 0;

	while (all[n] != NULL)
		n++;
	choice %= (unsigned)(2 * n);
	return choice < n ? all[choice] : NULL;
}

static void
fuzz_write(struct source *src, struct diag_list *diags,
    const struct config *cfg)
{
	const struct diag_list *views[1] = { diags };

	diag_sort(diags);
	output_text_diags(fuzz_sink, diags, src, true);
	output_github_diags(fuzz_sink, diags);
	free(output_json_check(views, 1));
	if (cfg == NULL)
		return;
	output_resolve_text(fuzz_sink, cfg, src->name, false, false);
	output_resolve_yaml(fuzz_sink, cfg, true);
	free(output_resolve_json(cfg));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct load_options options;
	struct resolve_request req;
	struct source src;
	struct value_doc doc;
	struct config cfg;
	struct diag_list diags;
	bool resolved;

	if (size < 2)
		return 0;
	if (fuzz_sink == NULL && (fuzz_sink = fopen("/dev/null", "w")) == NULL)
		abort();
	memset(&req, 0, sizeof req);
	req.version = fuzz_version(data[0]);
	req.cls = (data[1] & 1) ? SCHEMA_CLASS_SEQ2SEQ : SCHEMA_CLASS_TRAINING;
	req.env = fuzz_env(data[1] >> 1);
	req.profile = fuzz_profile((unsigned)(data[0] ^ data[1]));

	load_options_init(&options);
	options.format = FUZZ_FORMAT;
	source_init_memory(&src, "fuzz", (const char *)data + 2, size - 2);
	diag_list_init(&diags, src.name);
	resolved = resolve_source(&src, &options, &req, &doc, &cfg, &diags);
	fuzz_write(&src, &diags, resolved ? &cfg : NULL);
	if (resolved)
		config_release(&cfg);
	value_doc_release(&doc);
	diag_list_release(&diags);
	source_release(&src);
	return 0;
}
