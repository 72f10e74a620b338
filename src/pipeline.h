/* SPDX-License-Identifier: ISC */
/* One page in, one rendered article out: the stages in order. */
#ifndef PIPELINE_H
#define PIPELINE_H

#include <stddef.h>

#include "extract.h"
#include "render.h"

struct buf;
struct diag;
struct rules;

/* What a document is: markup, or text already taken out of a page. */
enum page_format {
	PAGE_AUTO,		/* text when its first kilobytes hold no
				   markup (textin_is_text) */
	PAGE_HTML,		/* --input-format html */
	PAGE_TEXT		/* --input-format text */
};

struct process_opts {
	const char		*charset;	/* caller's charset, or NULL */
	enum page_format	 page_format;
	const char		*url;		/* the page's address, or NULL */
	const char		*url_evidence;	/* non-NULL: url is where the
						   page was fetched (a WARC
						   record's), which beats
						   the page's own links;
						   this names the source */
	const struct renderer	*renderer;
	struct render_opts	 render;
	struct extract_opts	 extract;
	int			 norm_flags;	/* enum norm_flags */
	int			 strip_dateline; /* cut it from the text */
	int			 keep_mojibake;	/* --no-fix-mojibake */
	const char		*retrieved;	/* when the page was fetched
						   (ISO 8601), or NULL: it
						   is the reference "now"
						   unless --now gives one */
	size_t			 max_nodes;	/* elements per page; 0: no
						   limit */
	const struct rules	*rules;		/* site rules, or NULL */
	double			 timeout;	/* seconds per page, checked
						   between stages; 0: none */
	const char		*input;		/* the input's name, for
						   keep_metadata's record */
	int			 keep_metadata;	/* a page that holds no
						   article text: render the
						   renderer's error record
						   with the page's metadata
						   into out (still -1) */
};

/*
 * Turn one page into one rendered article appended to out.  Never prints
 * and never exits: problems are recorded in d, and when explain is not
 * NULL the extractor's reasoning is written to it (--explain).  Returns
 * 0, or -1 when the page gave no article (out is then unchanged, but for
 * keep_metadata's record).
 */
int	 artex_process(const struct process_opts *, const char *bytes,
	    size_t len, struct buf *out, struct buf *explain, struct diag *d);

#endif
