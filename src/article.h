/* SPDX-License-Identifier: ISC */
/* The article model: the one contract between understanding a page
 * (meta, extract, dateline) and writing it out (render_*).  Every string
 * lives in the article's arena. */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stddef.h>

struct arena;

enum block_kind {
	BLOCK_PARAGRAPH,
	BLOCK_HEADING,
	BLOCK_LIST_ITEM,
	BLOCK_QUOTE,
	BLOCK_PRE,
	BLOCK_TABLE_ROW,
	BLOCK_CAPTION,
	BLOCK__MAX
};

/* A link inside a block: its text, as it stands in the block's text
 * (the n-th link's text is found after the (n-1)-th's), and where it
 * leads, made absolute against the page's address when one is known. */
struct link {
	char		*text;
	char		*href;
};

struct block {
	enum block_kind	 kind;
	int		 level;	/* heading level 1-6, list depth; else 0 */
	char		*text;	/* UTF-8; for BLOCK_PRE lines kept, for
				   BLOCK_TABLE_ROW cells joined by " | " */
	struct link	*links;	/* in order of their text; in the arena */
	size_t		 nlinks;
};

/* An image of the article, with where it stands among the blocks. */
struct image {
	char		*src;		/* absolute when the page's address is
					   known */
	char		*alt;		/* NULL if none */
	char		*caption;	/* its figure's caption, or NULL */
	size_t		 before;	/* index of the block it precedes
					   (nblocks: after the last) */
};

struct dateline {
	char	*text, *place, *region, *date, *source;	/* NULL if absent */
};

/* Where each metadata value came from, for --explain and the JSON
 * "evidence" object: static strings such as "json-ld", "meta", "h1",
 * "time element", "visible text", "byline", "dateline", "url"; NULL
 * with the value. */
struct evidence {
	const char	*title, *date, *modified, *author, *source,
			*site_name, *section, *lang, *url, *description;
};

struct article {
	struct arena	*arena;
	char		*title, *date, *modified, *author, *source,
			*site_name, *section, *lang, *url, *description,
			*charset;
	char		*retrieved;	/* when the page was fetched (WARC
					   capture time), or NULL */
	int		 charset_confidence; /* 0-100: how sure the charset
					   is (decode.h) */
	size_t		 mended;	/* runs of mojibake repaired */
	char		*source_id;	/* the agency's stable short name */
	char		**authors;	/* each name; author joins them */
	size_t		 nauthors;
	char		*byline_agency;	/* an agency the byline named
					   ("Af Ritzau"), as written */
	char		*signed_agency;	/* the agency that signed the
					   story's end ("aja/PAP") */
	char		*label_agency;	/* the agency a label names:
					   "Quelle: dpa", "来源：新华社" */
	struct evidence	 ev;
	struct dateline	*dateline;	/* NULL when the body has none */
	struct block	*blocks;
	size_t		 nblocks, capblocks;
	struct block	*comments;	/* with --comments: the threads */
	size_t		 ncomments, capcomments;
	struct image	*images;	/* the article's images */
	size_t		 nimages, capimages;
};

struct article	*article_new(void);
void		 article_free(struct article *);	/* NULL-safe */

/* Join block k+1 to block k with a space ("Jakarta -" and the
 * paragraph it opens), its links too; the blocks and images after it
 * move up one. */
void		 article_join_next(struct article *, size_t k);

/* Append a block; text is copied into the arena. */
struct block	*article_add_block(struct article *, enum block_kind,
		    int level, const char *text, size_t len);

/* Give block b (of a) its links: n of them, texts and hrefs copied. */
void		 article_set_links(struct article *, struct block *b,
		    const struct link *links, size_t n);

/* Append an image (strings copied; alt and caption may be NULL) that
 * stands before block index before. */
struct image	*article_add_image(struct article *, const char *src,
		    const char *alt, const char *caption, size_t before);

/* Append a paragraph of the comment threads (--comments). */
struct block	*article_add_comment(struct article *, const char *text,
		    size_t len);

/*
 * Set the authors from one string of names ("Jane Doe; John Roe",
 * "JANE DOE and JOHN ROE, Associated Press"): split, agencies and roles
 * left out; author becomes the names joined with "; ".  The first agency
 * named is kept in byline_agency: a source when nothing better is.
 */
void		 article_set_authors(struct article *, const char *names,
		    const char *evidence);

/* Set a metadata field: the value is copied into the arena. */
char		*article_strdup(struct article *, const char *);

/* The stable name of a block kind, as used in JSON and XML ("paragraph"). */
const char	*block_kind_name(enum block_kind);

struct buf;

/* The body as plain text: blocks separated by a blank line, no final
 * newline.  Appended to out. */
void		 article_body_text(const struct article *, struct buf *out);

/* The comments the same way; nothing when there are none. */
void		 article_comments_text(const struct article *, struct buf *out);

#endif
