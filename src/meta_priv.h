/* SPDX-License-Identifier: ISC */
/* What meta.c (the markup, and the choice) and visible.c (what the page
 * shows) share: the candidates, and two helpers.  Not for other modules:
 * they see struct meta through meta.h only. */
#ifndef META_PRIV_H
#define META_PRIV_H

struct article;

/* Each field's candidates, in the order of trust. */
struct meta {
	struct article	*a;
	char	*ld_headline, *og_title, *tw_title, *html_title;
	char	*h1[4];		/* the page's first h1 elements */
	int	 nh1;
	char	*h2[4];		/* and h2 elements */
	int	 nh2;
	char	*logo;	/* the text of the first h1 that is a logo */
	char	*boxed_h1[4];	/* h1s inside boilerplate (a teaser box): */
	int	 nboxed_h1;	/* the headline only when the markup says so */
	char	*ld_published, *meta_published;
	char	*ld_modified, *meta_modified;
	char	*ld_author, *meta_author, *label_author, *byline;
	char	*meta_author2;	/* a second, different author meta */
	char	*scholarly;	/* citation_author, DC.creator: all, "; " */
	char	 author_label;	/* N of the twitter:labelN naming the author */
	char	*ld_publisher, *og_site, *app_name;
	char	*ld_section, *meta_section, *crumb_section, *rubric;
	char	*html_lang, *meta_lang, *ld_lang, *og_locale;
	char	*canonical, *og_url, *ld_url;
	char	*ld_description, *og_description, *meta_description;
	char	*ld_body;	/* articleBody, as the JSON-LD gave it */
	char	*label_date;	/* "<dt>Datum</dt><dd>12.01.2017</dd>" */
	char	*share_date;	/* a date alone beside the share buttons */
	int	 ld_rank;	/* how article-like the JSON-LD object was */
	struct buf *explain;	/* --explain's lines, or NULL */
};

/* The name in a byline, in the article's arena, or NULL:
 * "By Jane Doe | June 21, 2024" -> "Jane Doe". */
char	*meta_clean_byline(struct meta *, const char *);

/* Words separated by spaces. */
int	 meta_word_count(const char *);

/* A headline candidate cut to MAX_TITLE bytes (at a character's start):
 * no headline is longer, and the choice compares candidates with one
 * another, which a page must not make quadratic in megabytes. */
#define MAX_TITLE	2048
void	 meta_cap_title(char *);

#endif
