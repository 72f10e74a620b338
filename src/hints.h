/* SPDX-License-Identifier: ISC */
/* What class names, ids, roles and short phrases say about a node:
 * multilingual tables shared by meta, prune and extract. */
#ifndef HINTS_H
#define HINTS_H

#include <stddef.h>

#include <libxml/tree.h>

enum hint_flags {
	HINT_CONTENT	= 1 << 0,	/* article, content, post, story, … */
	HINT_WEAK_NEG	= 1 << 1,	/* header, meta, aside, extra, … */
	HINT_BOILER	= 1 << 2,	/* nav, menu, share, related, …: page
					   furniture whatever else the name says */
	HINT_COMMENTS	= 1 << 3,	/* comment sections */
	HINT_BODY	= 1 << 4,	/* articleBody, article-text: the very
					   body of a story */
	HINT_DATE	= 1 << 5,	/* date, time, published, … */
	HINT_AUTHOR	= 1 << 6,	/* author, byline, … */
	HINT_SECTION	= 1 << 7,	/* breadcrumb, rubric, category, … */
	HINT_CAPTION	= 1 << 8,	/* caption */
	HINT_LEAD	= 1 << 9,	/* lead, intro, standfirst, summary */
	HINT_FURNITURE	= 1 << 10,	/* widget, tags, tools, ad, …: furniture
					   unless the name also says content */
	HINT_CREDIT	= 1 << 11,	/* credit, source, photographer: who
					   made a picture, not what it shows */
	HINT_FOOTER	= 1 << 12	/* footer: of the page, or of a post */
};

/* The hints of an element's class, id, role and itemprop. */
unsigned	 hints_of(const xmlNode *);

/* Readability-style class weight: +25 per content hint, -25 per
 * negative, on class and id separately. */
int		 hints_weight(const xmlNode *);

/*
 * 1 when the text opens with a boilerplate phrase in one of the
 * supported languages ("Read more", "Lesen Sie auch", "Читайте также",
 * "Subscribe to us", …); *plen gets the phrase's length in bytes.
 */
int		 hints_boiler_phrase(const char *text, size_t len,
		    size_t *plen);

/*
 * 1 when a short text speaks about the page, not the story, wherever the
 * words stand: a notice to enable JavaScript, a form's reCAPTCHA line, a
 * newsletter's sign-up, a copyright line ("… All Rights Reserved.").
 */
int		 hints_page_notice(const char *text, size_t len);

#endif
