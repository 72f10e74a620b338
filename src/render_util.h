/* SPDX-License-Identifier: ISC */
/* What the structured renderers (markdown, html, xmltei) share: links
 * placed in their block's text, images placed among the blocks, runs of
 * list items, quotes and table rows, and values made fit for attributes
 * (addresses, language tags, XML Schema dates). */
#ifndef RENDER_UTIL_H
#define RENDER_UTIL_H

#include <stddef.h>

struct article;
struct block;
struct buf;
struct image;

/* Where ru_spans_put sends a block's text: plain runs, and links. */
struct ru_emit {
	void	(*text)(void *ctx, const char *s, size_t len);
	void	(*link)(void *ctx, const char *s, size_t len,
		    const char *href);
	void	*ctx;
};

/* The links of one block still to be placed. */
struct ru_spans {
	const struct block *b;
	size_t		 nlinks;	/* 0 when links are not wanted */
	size_t		 next;		/* the next link to place */
	size_t		 pos;		/* its text is searched from here */
};

void	 ru_spans_init(struct ru_spans *, const struct block *, int links);

/*
 * Emit the bytes [from, to) of the block's text, with the links whose
 * text lies wholly inside that range.  A link's text is looked for after
 * the previous link's, as the model promises; a link found before from,
 * or across to, is dropped (its text stays plain), and one found past to
 * waits for a later range (the next cell of a table row).
 */
void	 ru_spans_put(struct ru_spans *, size_t from, size_t to,
	    const struct ru_emit *);

/* The images of an article in the order they stand among the blocks. */
struct ru_figs {
	const struct article *a;
	size_t		*order;		/* indexes into a->images */
	size_t		 n, next;
};

/* With images false, the article's images are left out. */
void	 ru_figs_init(struct ru_figs *, const struct article *, int images);
void	 ru_figs_free(struct ru_figs *);

/* The next image that stands before block k (or before an earlier
 * block, when it fell inside a run), or NULL. */
const struct image *ru_figs_next(struct ru_figs *, size_t k);

/* Whether the image's caption is the caption block k it stands before:
 * the figure then shows the caption, and block k is not repeated. */
int	 ru_fig_caption(const struct article *, const struct image *,
	    size_t k);

/* The end of the run of list items, quotes or table rows that starts at
 * block k; k + 1 for the other kinds. */
size_t	 ru_run_end(const struct article *, size_t k);

/*
 * The body in order: each image where it stands (image), then each run
 * of blocks [k, end) (run: one block, or a run of list items, quotes or
 * table rows).  A caption block that repeats the image before it is
 * left to the image.  With images false, images are left out.
 */
struct ru_walk {
	void	(*image)(void *ctx, const struct image *);
	void	(*run)(void *ctx, size_t k, size_t end);
	void	 *ctx;
};
void	 ru_walk_blocks(const struct article *, int images,
	    const struct ru_walk *);

/* A list item's depth from its level, never more than one below the
 * previous item's depth (prev, 0 at the start of a run). */
int	 ru_list_depth(int level, int prev);

/* The level a body heading is written at: the page's h1 is the title,
 * so 2 to 6. */
int	 ru_heading(int level);

/* The end of the table cell that starts at byte from of a table row's
 * text (cells are joined by " | "). */
size_t	 ru_cell_end(const char *text, size_t from);

/* How many cells a table row's text holds. */
size_t	 ru_cells(const char *text);

/*
 * Append uri with the bytes that no URI may hold (controls, space,
 * " < > \ ^ ` { | }, a second #, brackets past the host, a % without
 * two hex digits) percent-encoded; other bytes, UTF-8 included, as they
 * are.
 */
void	 ru_href(struct buf *, const char *uri);

/* lang as a BCP 47 tag ("en_GB" -> "en-GB") in out, or NULL when it
 * cannot be one. */
const char *ru_lang(const char *lang, char *out, size_t size);

/* An ISO 8601 date of the model as an XML Schema date or dateTime in
 * out (seconds added to "hh:mm"), or NULL when it is neither. */
const char *ru_xsd_date(const char *iso, char *out, size_t size);

/* An ISO 8601 date for reading: "2024-06-21T13:32:00+02:00" ->
 * "2024-06-21 13:32 +02:00" (seconds when not 0, "Z" as "UTC"). */
const char *ru_show_date(const char *iso, char *out, size_t size);

#endif
