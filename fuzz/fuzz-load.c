/*
 * fuzz-load.c: a libFuzzer target for one loader. It is compiled twice,
 * with FUZZ_FORMAT set to LOAD_FORMAT_YAML and to LOAD_FORMAT_JSON, and
 * loads the input as that format with the default limits, as every
 * command does before anything else.
 */
#include <stddef.h>
#include <stdint.h>

#include "targs/diag.h"
#include "targs/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct load_options options;
	struct source src;
	struct value_doc doc;
	struct diag_list diags;

	load_options_init(&options);
	options.format = FUZZ_FORMAT;
	source_init_memory(&src, "fuzz", (const char *)data, size);
	diag_list_init(&diags, src.name);
	load_source(&src, &options, &doc, &diags);
	diag_sort(&diags);
	value_doc_release(&doc);
	diag_list_release(&diags);
	source_release(&src);
	return 0;
}
