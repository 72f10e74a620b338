/* SPDX-License-Identifier: ISC */
/* Text normalization with utf8proc: NFC (or NFKC), Unicode spaces to one
 * space, soft hyphens, zero-width and control characters removed. */
#ifndef NORMALIZE_H
#define NORMALIZE_H

#include <stddef.h>

struct buf;
struct article;

enum norm_flags {
	NORM_NFKC	= 1 << 0,	/* compatibility forms folded too */
	NORM_KEEP_LINES	= 1 << 1	/* preformatted: keep line breaks and
					   indentation, trim line ends */
};

/*
 * Append the normalized form of len bytes of UTF-8 to out.  Invalid
 * sequences (there should be none after decode) become U+FFFD.
 */
void	 norm_text(const char *s, size_t len, int flags, struct buf *out);

/*
 * Normalize every metadata field and block of the article in place;
 * empty fields become NULL and empty blocks are dropped.
 */
void	 norm_article(struct article *, int flags);

#endif
