/* SPDX-License-Identifier: ISC */
/* Text normalization with utf8proc: NFC (or NFKC), Unicode spaces to one
 * space, soft hyphens, zero-width and control characters removed; ASCII
 * punctuation on request; wrapping at a width in columns. */
#ifndef NORMALIZE_H
#define NORMALIZE_H

#include <stddef.h>

struct buf;
struct article;

enum norm_flags {
	NORM_NFKC	= 1 << 0,	/* compatibility forms folded too */
	NORM_KEEP_LINES	= 1 << 1,	/* preformatted: keep line breaks and
					   indentation, trim line ends */
	NORM_ASCII_PUNCT = 1 << 2	/* typographic punctuation as ASCII:
					   ‘ ’ ‚ ‛ ‹ › -> ', “ ” „ ‟ « » -> ",
					   ‐ ‑ ‒ – − -> -, — ― -> --,
					   … -> ... (no-break and other
					   spaces are one space anyway) */
};

/*
 * Append the normalized form of len bytes of UTF-8 to out.  Invalid
 * sequences (there should be none after decode) become U+FFFD.
 */
void	 norm_text(const char *s, size_t len, int flags, struct buf *out);

/*
 * Fold s in place for comparing: every run of spaces of any kind (no-break,
 * ideographic, line breaks) becomes one ASCII space, invisible characters
 * (soft hyphens, zero-width spaces) go, and the ends are trimmed.  Never
 * longer than s; no NFC (norm_text() does that for output).
 */
void	 norm_fold_spaces(char *s);

/*
 * Append s to out wrapped at width columns: each line (paragraph) of s
 * is broken at spaces, and between Chinese or Japanese characters (no
 * line starting with closing punctuation or a small kana, none ending
 * with an opening bracket), never inside a word: a word wider than the
 * width has a line of its own.
 * Columns are utf8proc's character widths (East Asian wide characters
 * count two), taken per grapheme cluster, which is never split: a space
 * a combining mark leans on is not a place to break.  Spaces at a break
 * are dropped, as are those at the end of a line; a line's indentation
 * stays.  width <= 0 copies s.
 */
void	 norm_wrap(const char *s, size_t len, int width, struct buf *out);

/*
 * Normalize every metadata field and block of the article in place;
 * empty fields become NULL and empty blocks are dropped.
 */
void	 norm_article(struct article *, int flags);

#endif
