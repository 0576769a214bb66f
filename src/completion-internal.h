/*
 * completion-internal.h: what the completion scripts of bash, zsh and
 * fish (completion-SHELL.c) share: the commands' options with --help, and
 * the words a kind of value can be, all taken from targs' own tables.
 * Not part of the core's interface.
 */
#ifndef TARGS_COMPLETION_INTERNAL_H
#define TARGS_COMPLETION_INTERNAL_H

#include <stdio.h>

#include "targs/cmd.h"

/* The kinds of value, each named: "release-or-auto". */
#define COMPLETION_KIND_COUNT (CMD_COMPLETE_PROFILE + 1)
extern const char *const completion_kind_names[COMPLETION_KIND_COUNT];

/* The words of a NULL-ended list, separated by spaces; caller frees. */
char *completion_join(const char *const *words);

/*
 * The words a value of kind can be, separated by spaces (releases,
 * parameter names, diagnostic codes and their names, commands); NULL for
 * files and for values with nothing to offer. Caller frees.
 */
char *completion_words(enum cmd_complete kind);
/* The words of choices when there are, else those of kind. */
char *completion_value_words(const char *const *choices,
    enum cmd_complete kind);

/* s as one word of sh (and bash and zsh): in single quotes. */
void completion_quote_sh(FILE *out, const char *s);

void completion_print_bash(FILE *out);
void completion_print_zsh(FILE *out);
void completion_print_fish(FILE *out);

#endif
