/*
 * fuzz-scalar.c: a libFuzzer target for the scalar typer. The first byte
 * chooses the schema, the quoting style and an explicit tag; the rest is
 * the scalar's text (NUL bytes included). The node is resolved,
 * constructed, turned into its dict key, and a float written as repr().
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "targs/pyfloat.h"
#include "targs/scalar.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const enum value_style fuzz_styles[] = {
	VALUE_STYLE_PLAIN, VALUE_STYLE_SINGLE_QUOTED,
	VALUE_STYLE_DOUBLE_QUOTED, VALUE_STYLE_LITERAL,
};

/* NULL (implicit), the non-specific "!", each core tag, a foreign one. */
static const char *const fuzz_tags[] = {
	NULL, "!", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
	"tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
	"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary",
	"tag:yaml.org,2002:str", "tag:yaml.org,2002:merge",
	"tag:yaml.org,2002:python/object", "!local",
};

#define FUZZ_NELEM(a) (sizeof(a) / sizeof((a)[0]))

static void
fuzz_type_one(const struct value *node, enum scalar_schema schema)
{
	struct scalar s;
	char *message = NULL, *key = NULL, buf[PYFLOAT_BUFSIZE];
	size_t key_len;

	scalar_resolve(node, schema);
	if (scalar_construct(node, schema, &s, &message) == SCALAR_OK) {
		scalar_dict_key(node, schema, &s, &key, &key_len);
		if (s.type == SCALAR_FLOAT || s.type == SCALAR_INT)
			pyfloat_repr(s.real, buf);
	}
	free(key);
	free(message);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value node;
	char *text;
	unsigned choice;

	if (size == 0)
		return 0;
	choice = data[0];
	text = malloc(size);
	if (text == NULL)
		return 0;
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';

	memset(&node, 0, sizeof node);
	node.kind = VALUE_SCALAR;
	node.style = fuzz_styles[(choice >> 1) % FUZZ_NELEM(fuzz_styles)];
	node.tag = fuzz_tags[(choice >> 3) % FUZZ_NELEM(fuzz_tags)];
	node.pos.line = node.pos.column = 1;
	node.weight = 1;
	node.len = size - 1;
	node.text = text;
	fuzz_type_one(&node, (choice & 1) ? SCALAR_SCHEMA_CORE :
	    SCALAR_SCHEMA_PYYAML);
	free(text);
	return 0;
}
