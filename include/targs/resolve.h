/*
 * resolve.h: one file from bytes to a resolved config, as check and
 * resolve both need it: load, choose the release (auto), bind, run the
 * rules, report dead settings.
 */
#ifndef TARGS_RESOLVE_H
#define TARGS_RESOLVE_H

#include <stdbool.h>

#include "targs/config.h"
#include "targs/load.h"

struct resolve_request {
	int			 version;   /* 0: infer it from the file */
	enum schema_class	 cls;       /* when no profile is named or detected */
	const struct env	*env;
	const struct profile	*profile;  /* NULL: detect it from the keys */
	int			 framework_version; /* 0: the newest known */
	const char		*path;     /* KEY.KEY of the block, or NULL */
	/*
	 * The user named the release; else one newer than the profile's
	 * framework allows becomes the newest it allows.
	 */
	bool			 version_named;
};

/*
 * Loads src and, when it is a mapping, resolves it into cfg (which the
 * caller releases with config_release when this returns true). Every
 * problem goes to diags. With version 0 the release is inferred and
 * reported (TA201/TA202); without a profile one is detected and reported
 * (TA701); the block below the top level that holds the parameters is
 * --path's or a well-known nesting (TA704). A profile whose loader types
 * scalars otherwise (OmegaConf) has the file loaded again its way.
 */
bool resolve_source(struct source *src, const struct load_options *options,
    const struct resolve_request *req, struct value_doc *doc,
    struct config *cfg, struct diag_list *diags);

#endif
