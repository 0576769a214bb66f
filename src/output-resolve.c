/*
 * output-resolve.c: a resolved config as `targs resolve` prints it: an
 * aligned table with each value's origin, the chain of one value (--why),
 * JSON exactly as TrainingArguments.to_dict() would dump it, and YAML
 * that PyYAML reads back to the same values.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <yaml.h>

#include "targs/output.h"
#include "targs/output-resolve.h"
#include "targs/pyfloat.h"
#include "targs/scalar.h"
#include "targs/term.h"
#include "targs/xalloc.h"

struct cJSON *
output_resolve_value_json(const struct config_slot *slot,
    const struct config_step *step)
{
	char *mask = config_token_mask(slot->row->name);
	cJSON *json;

	json = mask != NULL ? cJSON_CreateString(mask) :
	    pyval_to_json(step->value);
	free(mask);
	return json;
}

char *
output_resolve_json(const struct config *cfg)
{
	cJSON *root = cJSON_CreateObject();
	char *out;
	size_t i;

	for (i = 0; i < cfg->count; i++)
		cJSON_AddItemToObject(root, cfg->rows[i]->name,
		    output_resolve_value_json(&cfg->slots[i],
		    cfg->slots[i].history));
	out = output_json_indented(root);
	cJSON_Delete(root);
	return out;
}

char *
output_resolve_pyval_text(const struct pyval *v)
{
	cJSON *json = pyval_to_json(v);
	char *text = cJSON_PrintUnformatted(json), *out;

	if (text == NULL)
		xalloc_oom();
	out = xstrdup(text);
	cJSON_free(text);
	cJSON_Delete(json);
	return out;
}

char *
output_resolve_origin(const struct config *cfg,
    const struct config_slot *slot, const struct config_step *step,
    const char *file)
{
	const struct diag_code *code;

	switch (step->origin) {
	case CONFIG_ORIGIN_DEFAULT:
		return xstrdup("default");
	case CONFIG_ORIGIN_ENV:
		return xasprintf("default on --env %s", cfg->env->name);
	case CONFIG_ORIGIN_FILE:
		return xasprintf("%s:%u:%u", file, slot->node->pos.line,
		    slot->node->pos.column);
	case CONFIG_ORIGIN_PROFILE:
		return xasprintf("default of %s", cfg->profile->class_name);
	case CONFIG_ORIGIN_RULE:
		break;
	}
	for (code = diag_code_table; code < diag_code_table + DIAG_ID_COUNT;
	    code++)
		if (strcmp(code->code, step->code) == 0)
			return xasprintf("%s %s", code->code, code->name);
	return xstrdup(step->code);
}

static bool
output_changed(const struct config_slot *slot)
{
	return !py_equal(slot->value, config_default(slot));
}

/* Values longer than this are not padded: the origin follows them. */
#define OUTPUT_VALUE_COLUMN 36

char *
output_resolve_step_value(const struct config_slot *slot,
    const struct config_step *step)
{
	char *mask = config_token_mask(slot->row->name);

	/* Tokens stay masked, in every step of the chain. */
	if (mask != NULL && step->value->kind != PY_NONE)
		return mask;
	free(mask);
	return output_resolve_pyval_text(step->value);
}

char *
output_resolve_value(const struct config_slot *slot)
{
	return output_resolve_step_value(slot, slot->history);
}

void
output_resolve_text(FILE *out, const struct config *cfg, const char *file,
    bool changed_only, bool color)
{
	const struct term_style *st = term_style(color);
	size_t i, width = 0, vwidth = 0, n;
	char *value, *origin;

	for (i = 0; i < cfg->count; i++) {
		if (changed_only && !output_changed(&cfg->slots[i]))
			continue;
		if (strlen(cfg->rows[i]->name) > width)
			width = strlen(cfg->rows[i]->name);
		value = output_resolve_value(&cfg->slots[i]);
		n = strlen(value);
		if (n > vwidth && n <= OUTPUT_VALUE_COLUMN)
			vwidth = n;
		free(value);
	}
	for (i = 0; i < cfg->count; i++) {
		const struct config_slot *slot = &cfg->slots[i];

		if (changed_only && !output_changed(slot))
			continue;
		value = output_resolve_value(slot);
		origin = output_resolve_origin(cfg, slot, slot->history, file);
		fprintf(out, "%s%-*s%s  %-*s  %s%s%s\n", st->bold, (int)width,
		    cfg->rows[i]->name, st->reset, (int)vwidth, value,
		    st->accent, origin, st->reset);
		free(value);
		free(origin);
	}
}

static void
output_why_step(FILE *out, const struct config *cfg,
    const struct config_slot *slot, const struct config_step *step,
    const char *file)
{
	char *value, *origin;

	if (step->prev != NULL)
		output_why_step(out, cfg, slot, step->prev, file);
	value = output_resolve_step_value(slot, step);
	origin = output_resolve_origin(cfg, slot, step, file);
	fprintf(out, "  %s  %s%s%s\n", value, origin,
	    step->why != NULL ? ": " : "", step->why != NULL ? step->why : "");
	free(value);
	free(origin);
}

bool
output_resolve_why(FILE *out, const struct config *cfg, const char *file,
    const char *name)
{
	size_t i;

	for (i = 0; i < cfg->count; i++)
		if (strcmp(cfg->rows[i]->name, name) == 0) {
			fprintf(out, "%s:\n", name);
			output_why_step(out, cfg, &cfg->slots[i],
			    cfg->slots[i].history, file);
			return true;
		}
	return false;
}

/* --- YAML ---------------------------------------------------------------- */

/* True when PyYAML reads text, written plain, back as this string. */
static bool
output_plain_ok(const char *text, size_t len)
{
	struct value node;

	if (len == 0 || strchr(" \t", text[0]) != NULL ||
	    strchr(" \t", text[len - 1]) != NULL || strpbrk(text, "\n\r") ||
	    strlen(text) != len)
		return false;
	memset(&node, 0, sizeof node);
	node.kind = VALUE_SCALAR;
	node.style = VALUE_STYLE_PLAIN;
	node.text = text;
	node.len = len;
	return scalar_resolve(&node, SCALAR_SCHEMA_PYYAML) == SCALAR_TAG_STR;
}

/* A float as PyYAML reads one: a dot in the mantissa, .inf, .nan. */
static char *
output_yaml_float(double x)
{
	char buf[PYFLOAT_BUFSIZE];
	const char *e;

	if (isnan(x))
		return xstrdup(".nan");
	if (isinf(x))
		return xstrdup(x > 0 ? ".inf" : "-.inf");
	pyfloat_repr(x, buf);
	e = strchr(buf, 'e');
	if (e == NULL || memchr(buf, '.', (size_t)(e - buf)) != NULL)
		return xstrdup(buf);
	return xasprintf("%.*s.0%s", (int)(e - buf), buf, e);
}

static bool
output_yaml_scalar(yaml_emitter_t *em, const char *text, bool plain)
{
	yaml_event_t ev;

	yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)(uintptr_t)text, (int)strlen(text), plain, !plain,
	    plain ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	return yaml_emitter_emit(em, &ev) != 0;
}

static bool
output_yaml_value(yaml_emitter_t *em, const struct pyval *v)
{
	yaml_event_t ev;
	char *text;
	bool ok;
	size_t i;

	switch (v->kind) {
	case PY_NONE:
		return output_yaml_scalar(em, "null", true);
	case PY_BOOL:
		return output_yaml_scalar(em, v->boolean ? "true" : "false",
		    true);
	case PY_INT:
	case PY_FLOAT:
		text = v->kind == PY_FLOAT ? output_yaml_float(v->real) :
		    py_str_of(v);
		ok = output_yaml_scalar(em, text, true);
		free(text);
		return ok;
	case PY_STR:
	case PY_OTHER:
		return output_yaml_scalar(em, v->text,
		    output_plain_ok(v->text, v->len));
	case PY_LIST:
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
		    YAML_FLOW_SEQUENCE_STYLE);
		ok = yaml_emitter_emit(em, &ev) != 0;
		for (i = 0; ok && i < v->count; i++)
			ok = output_yaml_value(em, v->items[i]);
		yaml_sequence_end_event_initialize(&ev);
		return ok && yaml_emitter_emit(em, &ev) != 0;
	case PY_DICT:
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		    YAML_FLOW_MAPPING_STYLE);
		ok = yaml_emitter_emit(em, &ev) != 0;
		for (i = 0; ok && i < v->count; i++)
			ok = output_yaml_value(em, v->keys[i]) &&
			    output_yaml_value(em, v->items[i]);
		yaml_mapping_end_event_initialize(&ev);
		return ok && yaml_emitter_emit(em, &ev) != 0;
	}
	return false;
}

static int
output_yaml_write(void *data, unsigned char *buffer, size_t size)
{
	return fwrite(buffer, 1, size, data) == size;
}

bool
output_resolve_yaml(FILE *out, const struct config *cfg, bool changed_only)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	struct pyval mask_value;
	char *mask;
	bool ok;
	size_t i;

	if (!yaml_emitter_initialize(&em))
		xalloc_oom();
	yaml_emitter_set_output(&em, output_yaml_write, out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	ok = yaml_emitter_emit(&em, &ev) != 0;
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(&em, &ev) != 0;
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
	    YAML_BLOCK_MAPPING_STYLE);
	ok = ok && yaml_emitter_emit(&em, &ev) != 0;
	for (i = 0; ok && i < cfg->count; i++) {
		if (changed_only && !output_changed(&cfg->slots[i]))
			continue;
		mask = config_token_mask(cfg->rows[i]->name);
		memset(&mask_value, 0, sizeof mask_value);
		mask_value.kind = PY_STR;
		mask_value.text = mask;
		mask_value.len = mask != NULL ? strlen(mask) : 0;
		ok = output_yaml_scalar(&em, cfg->rows[i]->name, true) &&
		    output_yaml_value(&em, mask != NULL ? &mask_value :
		    cfg->slots[i].value);
		free(mask);
	}
	yaml_mapping_end_event_initialize(&ev);
	ok = ok && yaml_emitter_emit(&em, &ev) != 0;
	yaml_document_end_event_initialize(&ev, 1);
	ok = ok && yaml_emitter_emit(&em, &ev) != 0;
	yaml_stream_end_event_initialize(&ev);
	ok = ok && yaml_emitter_emit(&em, &ev) != 0;
	yaml_emitter_delete(&em);
	return ok;
}
