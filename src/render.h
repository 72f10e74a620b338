/* SPDX-License-Identifier: ISC */
/* Output formats behind one small interface: one file per format. */
#ifndef RENDER_H
#define RENDER_H

struct article;
struct buf;

struct render_opts {
	int	 pretty;	/* json: indented, not one line */
	int	 width;		/* text: wrap at this many columns; 0 no */
	int	 links;		/* --links: the blocks' links */
	int	 images;	/* --images: the article's images */
	int	 standalone;	/* the output holds this one article alone
				   (-O): html and xmltei write a whole
				   document for it, and their begin and end
				   write nothing */
};

/*
 * A renderer writes into a buffer, never to a file: batch workers render
 * in parallel while the writer keeps the output in input order, and a
 * failed document never leaves half its output behind.  begin and end
 * frame a whole run (an XML root element); either may be NULL.  sep is
 * written between two articles.
 */
struct renderer {
	const char	*name;		/* the -f argument */
	const char	*sep;		/* between articles; may be "" */
	void		(*begin)(struct buf *, const struct render_opts *);
	void		(*article)(struct buf *, const struct article *,
			    const struct render_opts *);
	void		(*end)(struct buf *, const struct render_opts *);
	/* --errors-inline: a record for an input that gave no article
	 * (url may be NULL); NULL in formats that have no such record.
	 * meta, when not NULL, is what the page told about itself (its
	 * title, date, author…) though it held no article text. */
	void		(*error)(struct buf *, const char *input,
			    const char *url, const char *reason,
			    const struct article *meta);
	const char	*ext;		/* file name extension for -O */
};

extern const struct renderer render_text, render_json, render_xml,
		render_markdown, render_html, render_tei;

/* The renderer called name, or NULL. */
const struct renderer	*render_find(const char *name);

/* The names of all renderers, separated by ", " (for --help). */
const char		*render_names(void);

#endif
