/*
 * output-file.h: opening `check --output FILE` so that targs never writes
 * to a file it reads.
 */
#ifndef TARGS_OUTPUT_FILE_H
#define TARGS_OUTPUT_FILE_H

#include <stdio.h>

#include "targs/walk.h"

/*
 * Opens path for writing, truncating it, unless it is (or would become)
 * a file the run reads: one of files (standard input, when "-" is one of
 * them, by what descriptor 0 is), the --config file config (NULL: none),
 * or a configuration file found by name (settings.h). Says why on stderr
 * and returns NULL when it refuses or cannot open the file.
 */
FILE *output_file_open(const char *path, const struct walk_list *files,
    const char *config);

#endif
