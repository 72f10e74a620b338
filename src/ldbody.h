/* SPDX-License-Identifier: ISC */
/* The article's text as the page's structured data gives it (JSON-LD
 * articleBody), for pages whose HTML shows much less of it: a body that
 * a script renders, or one set behind a paywall that the markup still
 * carries whole. */
#ifndef LDBODY_H
#define LDBODY_H

struct article;
struct buf;

/*
 * When body (articleBody as the JSON-LD gave it: plain text, or HTML,
 * entities and all; NULL when none) holds at least twice the text the
 * extractor found, append its paragraphs that the article does not hold
 * yet.  explain, when not NULL, is told.  Returns the number of blocks
 * appended.
 */
size_t	 ldbody_append(struct article *, const char *body, struct buf *explain);

#endif
