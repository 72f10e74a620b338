/* SPDX-License-Identifier: ISC */
/* Metadata: title, dates, author, site name, section, language, URL and
 * description from <meta>, Open Graph, JSON-LD, <title> and the visible
 * page. */
#ifndef META_H
#define META_H

#include <libxml/HTMLparser.h>

struct article;
struct meta;
struct buf;

/* Candidates are gathered in a struct meta, then one value per field is
 * chosen by meta_decide(). */
struct meta	*meta_new(struct article *);
void		 meta_free(struct meta *);	/* NULL-safe */

/* Where --explain's lines go (NULL: nowhere): the visible pass notes
 * each byline it reads and the element it came from. */
void		 meta_set_explain(struct meta *, struct buf *);

/*
 * Read what the markup declares: <html lang>, <title>, <meta>, <link
 * rel=canonical>, JSON-LD.  Runs on the tree as parsed (scripts still in).
 */
void		 meta_read_markup(struct meta *, htmlDocPtr);

/*
 * Read what the page shows: the h1, a byline, breadcrumbs and rubric
 * links.  Runs after prune_invisible() and before boilerplate pruning,
 * which takes breadcrumbs away, on a body the caller measured with
 * dom_measure().
 */
void		 meta_read_visible(struct meta *, xmlNode *body);

/*
 * Choose each field of the article from the candidates.  url is the
 * caller's address for the page (--url) or NULL: it fills url when the
 * page names none and resolves a relative canonical link.
 */
void		 meta_decide(struct meta *, const char *url);

/* The address the markup gives for the page (canonical link, Open
 * Graph, JSON-LD), as written, or NULL: before meta_decide(), to know
 * which site's rules apply. */
const char	*meta_page_url(const struct meta *);

/* JSON-LD articleBody of the article's object, as written, or NULL. */
const char	*meta_ld_body(const struct meta *);

/*
 * Last resorts for the date once the body is known: a date in the URL
 * (/2024/06/21/).  Sets a->date only when it is still NULL.
 */
void		 meta_date_fallback(struct meta *);

#endif
