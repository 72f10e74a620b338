/* SPDX-License-Identifier: ISC */
/*
 * Site rules (--rules, $XDG_CONFIG_HOME/artex/rules/): per host, XPath
 * expressions for the content, for elements to drop, for the title,
 * date, author and section, and extra boilerplate phrases.  The format
 * is in artex-rules(5).  Rules only sharpen the generic algorithm, which
 * never needs them.
 */
#ifndef RULES_H
#define RULES_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

struct article;
struct buf;
struct rules;
struct site_rules;

/*
 * Load the rule files and folders (every *.rules file in a folder, in
 * name order) given in paths[0..n-1].  Returns the rules (possibly
 * none), or NULL with "FILE:LINE: reason" in err.
 */
struct rules	*rules_load(const char *const *paths, size_t n,
		    struct buf *err);
void		 rules_free(struct rules *);
size_t		 rules_count(const struct rules *);	/* sections */

/* The rules for the page at url (its host, or a domain above it), or
 * NULL when none apply. */
const struct site_rules *rules_for(const struct rules *, const char *url);

/* Remove the elements the drop rules match; returns how many. */
size_t		 rules_drop(const struct site_rules *, htmlDocPtr,
		    struct buf *explain);

/* The element the content rule names, or NULL. */
xmlNode		*rules_content(const struct site_rules *, htmlDocPtr);

/* Set title, date, author and section from their rules, where they
 * match, with the evidence "rule". */
void		 rules_meta(const struct site_rules *, htmlDocPtr,
		    struct article *);

/* The extra boilerplate phrases, NULL-terminated (never NULL). */
const char *const *rules_phrases(const struct site_rules *);

#endif
