/*
 * man.c: targs-man, which prints the manual page targs(1) (docs/targs.1)
 * from the tables targs runs on: each command's usage, description and
 * options with their values, choices and defaults, the exit codes and
 * the release variable. Only the page's frame (what targs is, its
 * environment and files) is written here.
 *
 * A program of its own, not a hidden command of targs: the page is made
 * for the source tree, at development time, and every command of
 * cmd_table is one users see in `targs help` and in this page alike.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/version.h"

/* What carries over from one line of a text to the next. */
struct man_state {
	bool	bold;   /* inside `code`, which is set in bold */
};

/* Writes one UTF-8 sequence at s as a roff escape; returns its length. */
static size_t
man_utf8(FILE *out, const unsigned char *s)
{
	unsigned long c;
	size_t n, i;

	if (s[0] >= 0xf0)
		n = 4, c = s[0] & 0x07;
	else if (s[0] >= 0xe0)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xc0)
		n = 2, c = s[0] & 0x1f;
	else {
		fputs("\\[uFFFD]", out);
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			fputs("\\[uFFFD]", out);
			return i;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	fprintf(out, "\\[u%04lX]", c);
	return n;
}

static bool
man_is_word_char(unsigned char c)
{
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

/*
 * Whether the word at p (up to a space or end) is a name roff must not
 * hyphenate: an option, a path, an identifier, a file name.
 */
static bool
man_is_name(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *q;

	for (q = p; q < end && *q != ' '; q++)
		if (*q == '-' || *q == '_' || *q == '/' || (*q == '.' &&
		    q + 1 < end && man_is_word_char(q[1])))
			return true;
	return false;
}

/*
 * Writes len bytes of s as roff text from the start of a line: a leading
 * . or ' would make it a request, a backslash starts an escape, and a
 * hyphen in an option's name is \- (a hyphen there must not break nor
 * turn into a
 * typographic one; "warm-up" keeps its plain hyphen). Names are not
 * hyphenated (\%). `code` is bold.
 */
static void
man_line(FILE *out, const char *s, size_t len, struct man_state *st)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + len;
	bool option = false;
	unsigned char prev = ' ';

	if (len > 0 && (*p == '.' || *p == '\''))
		fputs("\\&", out);
	while (p < end) {
		if (prev == ' ' && *p != ' ' && man_is_name(p, end))
			fputs("\\%", out);
		if (*p >= 0x80) {
			p += man_utf8(out, p);
			prev = 'x';
			continue;
		}
		if (*p == ' ')
			option = false;
		else if (*p == '-' && !man_is_word_char(prev))
			option = true;
		if (*p == '\\')
			fputs("\\e", out);
		else if (*p == '-' && option)
			fputs("\\-", out);
		else if (*p == '`') {
			st->bold = !st->bold;
			fputs(st->bold ? "\\fB" : "\\fR", out);
		} else
			fputc(*p, out);
		prev = *p++;
	}
}

/* s as a line of text: at the start of a line, ends it. */
static void
man_text(FILE *out, const char *s)
{
	struct man_state st = { false };

	man_line(out, s, strlen(s), &st);
	fputc('\n', out);
}

/*
 * A description as help prints it, line by line: a blank line starts a
 * paragraph, and lines indented by two spaces are shown as they are.
 * The caller starts the first paragraph.
 */
static void
man_description(FILE *out, const char *text)
{
	struct man_state st = { false };
	const char *p = text;
	bool shown = false;
	size_t len;

	while (*p != '\0') {
		len = strcspn(p, "\n");
		if (len >= 2 && p[0] == ' ' && p[1] == ' ') {
			if (!shown)
				fputs(".RS 4\n.nf\n", out);
			shown = true;
			man_line(out, p + 2, len - 2, &st);
			fputc('\n', out);
		} else {
			if (shown)
				fputs(".fi\n.RE\n", out);
			shown = false;
			if (len == 0)
				fputs(".PP\n", out);
			else {
				man_line(out, p, len, &st);
				fputc('\n', out);
			}
		}
		p += len;
		if (*p == '\n')
			p++;
	}
	if (shown)
		fputs(".fi\n.RE\n", out);
}

/* An option's name: every hyphen is \-. */
static void
man_name(FILE *out, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
	}
}

/* "\fBtext\fR, \fBjson\fR" */
static void
man_choices(FILE *out, const char *const *choices)
{
	const char *const *c;

	for (c = choices; *c != NULL; c++) {
		fputs(c == choices ? "\\fB" : ", \\fB", out);
		man_name(out, *c);
		fputs("\\fR", out);
	}
}

/* .TP, the names and value, then help, (choices), default: as help. */
static void
man_option(FILE *out, const struct cmd_option *o)
{
	struct man_state st = { false };

	fputs(".TP\n", out);
	if (o->short_name != 0)
		fprintf(out, "\\fB\\-%c\\fR, ", o->short_name);
	fputs("\\fB\\-\\-", out);
	man_name(out, o->name);
	fputs("\\fR", out);
	if (o->arg != NULL) {
		fputs("=\\fI", out);
		man_name(out, o->arg);
		fputs("\\fR", out);
	}
	fputc('\n', out);
	man_line(out, o->help, strlen(o->help), &st);
	if (o->choices != NULL) {
		fputs(": ", out);
		man_choices(out, o->choices);
	}
	if (o->def != NULL) {
		fputs(" (default: ", out);
		man_name(out, o->def);
		fputc(')', out);
	}
	fputc('\n', out);
}

/* "targs check [options] FILE..." */
static void
man_usage(FILE *out, const struct cmd_entry *cmd)
{
	fprintf(out, "\\fBtargs %s\\fR ", cmd->name);
	man_text(out, cmd->usage);
}

static void
man_command(FILE *out, const struct cmd_entry *cmd)
{
	const struct cmd_option *o;
	size_t i;

	fprintf(out, ".SS %s\n", cmd->name);
	man_usage(out, cmd);
	fputs(".PP\n", out);
	man_description(out, cmd->description);
	if (cmd->operand_choices != NULL) {
		fputs(".PP\nThe operand is one of ", out);
		man_choices(out, cmd->operand_choices);
		fputs(".\n", out);
	}
	fputs(".PP\nOptions:\n", out);
	for (i = 0; (o = cmd_option_at(cmd, i)) != NULL; i++)
		man_option(out, o);
}

static void
man_synopsis(FILE *out)
{
	const struct cmd_option *o;
	size_t i;

	fputs(".SH SYNOPSIS\n", out);
	for (i = 0; cmd_table[i] != NULL; i++) {
		man_usage(out, cmd_table[i]);
		fputs(".br\n", out);
	}
	fputs("\\fBtargs\\fR ", out);
	for (o = cmd_global_options; o->name != NULL; o++) {
		fputs(o == cmd_global_options ? "\\-\\-" : " | \\-\\-", out);
		man_name(out, o->name);
	}
	fputc('\n', out);
}

static void
man_exit_status(FILE *out)
{
	int code;

	fputs(".SH EXIT STATUS\n", out);
	for (code = CMD_EXIT_OK; code <= CMD_EXIT_TROUBLE; code++) {
		fprintf(out, ".TP\n.B %d\n", code);
		man_text(out, cmd_exit_meanings[code]);
	}
	fputs(".PP\n", out);
	man_description(out,
	    "Warnings do not fail a check unless asked to. A syntax error and\n"
	    "an input over one of targs' limits are problems found in an\n"
	    "input (1); bad usage and a file that cannot be opened or read,\n"
	    "trouble (2). Where a command counts more as a problem (diff: any\n"
	    "difference), its description says so.");
}

/* The frame of the page: what targs is, its environment and files. */
static const char man_about[] =
    "targs checks the files that configure a HuggingFace transformers\n"
    "Trainer (TrainingArguments, in YAML or JSON) the way transformers\n"
    "itself reads them: HfArgumentParser's loading, with PyYAML's typing\n"
    "for YAML and Python's json module for JSON, the fields of the\n"
    "selected release, and the rules of TrainingArguments.__post_init__\n"
    "of that release, in its order. Each problem is reported as\n"
    "file:line:col with a stable code and hints. It also shows the\n"
    "effective configuration, the schedule the Trainer will follow, and\n"
    "what really differs between two configurations or two releases.\n"
    "targs never writes to the files it reads.\n"
    "\n"
    "Options are read as getopt_long reads them: a value follows as\n"
    "--name=VALUE or --name VALUE (-f VALUE or -fVALUE), a long option\n"
    "may be shortened to a prefix no other option has, and options and\n"
    "operands come in any order.";

static const char man_files[] =
    "targs reads the files and directories it is given, '-' for\n"
    "standard input, and the settings file .targs.yaml nearest above each\n"
    "file (up to the top of a git work tree), or the one --config names;\n"
    "docs/configuration.md has its format.\n"
    "Beside bin/targs, `cmake --install` puts these files under its\n"
    "prefix (with CMake's usual directories):";

/* Where the CMakeLists install them. */
static const struct man_file {
	const char	*path;
	const char	*what;
} man_installed[] = {
	{ "share/man/man1/targs.1", "this page" },
	{ "share/bash-completion/completions/targs",
	  "the completion script of bash, which bash-completion loads when "
	  "targs is first completed" },
	{ "share/zsh/site-functions/_targs",
	  "the completion function of zsh, for a directory of $fpath" },
	{ "share/fish/vendor_completions.d/targs.fish",
	  "the completions of fish" },
};

static const char man_see_also[] =
    "`targs help COMMAND`, and in the docs/ folder of the source:\n"
    "diagnostics.md (every code), configuration.md (selecting codes,\n"
    "suppression comments, .targs.yaml), output-formats.md, ci.md,\n"
    "rules.md, schema.md, plan.md, diff.md, environments.md and\n"
    "editors.md.";

static void
man_environment(FILE *out)
{
	char newest[VERSION_TEXT_MAX];

	version_format(VERSION_NEWEST, newest);
	fputs(".SH ENVIRONMENT\n.TP\n.B " VERSION_ENV "\n", out);
	fprintf(out, "The transformers release to use when \\fB\\-\\-"
	    "transformers\\fR is not given (else the newest, %s).\n"
	    "\\fBauto\\fR infers it from each file for check, resolve and "
	    "plan, and means the newest to the other commands.\n"
	    "Empty is the same as unset.\n", newest);
	fputs(".TP\n.B NO_COLOR\n"
	    "When set and not empty, no colour unless \\fB\\-\\-color=always"
	    "\\fR is given.\n"
	    ".TP\n.B FORCE_COLOR\n"
	    "When set and not empty (and not 0 or false), colour also where "
	    "the output is no terminal, unless NO_COLOR is set or "
	    "\\fB\\-\\-color=never\\fR is given.\n"
	    "Without either, targs colours what it writes to a terminal.\n",
	    out);
}

int
main(void)
{
	FILE *out = stdout;
	const struct cmd_option *o;
	size_t i;

	fputs(".\\\" targs(1), printed by targs-man (src/man.c) from targs' "
	    "own tables.\n.\\\" Do not edit: run scripts/gen-docs.sh.\n", out);
	fprintf(out, ".TH TARGS 1 \"\" \"targs %s\" \"User Commands\"\n",
	    TARGS_VERSION);
	fputs(".SH NAME\ntargs \\- ", out);
	man_text(out, cmd_purpose);
	man_synopsis(out);
	fputs(".SH DESCRIPTION\n", out);
	man_description(out, man_about);
	fputs(".SH OPTIONS\n", out);
	for (o = cmd_global_options; o->name != NULL; o++)
		man_option(out, o);
	fputs(".SH COMMANDS\n", out);
	for (i = 0; cmd_table[i] != NULL; i++)
		man_command(out, cmd_table[i]);
	man_exit_status(out);
	man_environment(out);
	fputs(".SH FILES\n", out);
	man_description(out, man_files);
	for (i = 0; i < sizeof man_installed / sizeof man_installed[0]; i++) {
		fputs(".TP\n", out);
		man_text(out, man_installed[i].path);
		man_text(out, man_installed[i].what);
	}
	fputs(".SH SEE ALSO\n", out);
	man_description(out, man_see_also);
	if (fflush(out) != 0 || ferror(out)) {
		perror("targs-man");
		return 1;
	}
	return 0;
}
