/* SPDX-License-Identifier: ISC */
/* Find the main content of a pruned page and turn it into blocks. */
#ifndef EXTRACT_H
#define EXTRACT_H

#include <libxml/tree.h>

#include "date.h"

struct article;
struct buf;

/* How to weigh doubt: --precision leaves out what may be furniture,
 * --recall keeps what may be article. */
enum extract_mode {
	EXTRACT_BALANCED,
	EXTRACT_PRECISION,
	EXTRACT_RECALL
};

struct extract_opts {
	int			 no_captions;	/* drop figure captions */
	int			 comments;	/* keep comment threads apart */
	enum extract_mode	 mode;
	int			 links;		/* keep the blocks' links */
	const char *const	*phrases;	/* the site's boilerplate
						   phrases (--rules), NULL-
						   terminated, or NULL */
	int			 images;	/* keep the article's images */
	int			 has_now;	/* --now: resolve "2 hours ago" */
	struct date		 now;
};

/*
 * Score the page's containers, choose the article, clean it of the
 * boilerplate that sits inside article containers, and append its
 * blocks to a.  The title, author and date already in a are used to
 * drop blocks that merely repeat them.  Returns the number of blocks
 * added (0: no article text found).  The tree is only read.  When explain
 * is not NULL, the candidates, the choice and every block's fate are
 * written to it for --explain.
 */
size_t	 extract(xmlNode *body, struct article *a, const struct extract_opts *,
	    struct buf *explain);

/*
 * The comment threads that pruning moved under threads (--comments):
 * their paragraphs, without reply links and labels, appended to a's
 * comments.
 */
void	 extract_comments(xmlNode *threads, struct article *a,
	    const struct extract_opts *);

#endif
