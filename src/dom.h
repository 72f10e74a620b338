/* SPDX-License-Identifier: ISC */
/* libxml2 HTML parsing and the DOM helpers the other stages share:
 * tag classes, attribute access without allocation, iterative walks
 * (pages can be nested 100,000 deep, so nothing here recurses). */
#ifndef DOM_H
#define DOM_H

#include <stddef.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

struct buf;

/* What an element is, for extraction. */
enum tag_flags {
	TAG_BLOCK	= 1 << 0,	/* starts and ends a line of text */
	TAG_DROP	= 1 << 1,	/* never content: script, style, … */
	TAG_HEADING	= 1 << 2,	/* h1-h6 */
	TAG_LIST	= 1 << 3,	/* ul, ol, dl, menu */
	TAG_BREAK	= 1 << 4,	/* br, hr */
	TAG_CELL	= 1 << 5,	/* td, th */
	TAG_CHROME	= 1 << 6,	/* nav, aside, footer, header: page
					   furniture unless proven otherwise */
	TAG_CONTROL	= 1 << 7,	/* form controls: input, button, … */
	TAG_MEDIA	= 1 << 8,	/* img, video, picture, figure-like */
	TAG_INLINE	= 1 << 9,	/* a, span, em, …: part of a line */
	TAG_WIDGET	= 1 << 10	/* button, svg, dialog, video, …: not
					   content, but an element that can hold
					   some (prune_invisible() decides) */
};

/* Prepare the calling thread: libxml2's messages never reach stderr. */
void		 dom_init_thread(void);

/* Parse a UTF-8 buffer; NULL only when libxml2 cannot build a tree.
 * With max_elements > 0, parsing stops past that many elements and
 * *too_many is set (the partial tree is returned). */
htmlDocPtr	 dom_parse(const char *utf8, size_t len, size_t max_elements,
		    int *too_many);

/* The <body> (or the root element when there is none). */
xmlNode		*dom_body(htmlDocPtr);
/* Free a second document parsed while the page's is in use (the tag
 * cache forgets its names). */
void		 dom_free_doc(htmlDocPtr);

/* Flags of an element by name (0 for text nodes and unknown tags). */
unsigned	 dom_tag_flags(const xmlNode *);

/* Tag name equality; 0 for non-elements. */
int		 dom_is(const xmlNode *, const char *tag);

/* 1 when one of the first levels ancestors of n is a tag element. */
int		 dom_within(const xmlNode *n, const char *tag, int levels);

/* 1 for a link that leads away: <a href>, but not mailto: or tel:.
 * Link density counts these. */
int		 dom_is_link(const xmlNode *);

/* An attribute's value as stored in the tree (not a copy), or NULL. */
const char	*dom_attr(const xmlNode *, const char *name);

/* 1 when the space-separated class list holds token exactly. */
int		 dom_has_class(const xmlNode *, const char *token);

/* Preorder walk inside root: the next node after n, or NULL.  With
 * skip_children, n's subtree is passed over. */
xmlNode		*dom_next(const xmlNode *n, const xmlNode *root,
		    int skip_children);

/* The text of a subtree with whitespace folded; block elements and <br>
 * become spaces.  Dropped tags (script, style) add nothing. */
void		 dom_text(const xmlNode *, struct buf *);
/* The same without the elements named except (NULL: none), e.g. the
 * <small> subtitle of a headline. */
void		 dom_text_except(const xmlNode *root, const char *except,
		    struct buf *out);
/* The same where every element starts a word: a byline's fields set
 * side by side ("<span>Jane Doe</span><span>vor 5 Stunden</span>") do
 * not run together. */
void		 dom_text_words(const xmlNode *, struct buf *);

/* 1 when the element is hidden by attribute or inline style. */
int		 dom_is_hidden(const xmlNode *);

/* "<div class=\"story\" id=\"main\">", shortened, for --explain. */
void		 dom_describe(const xmlNode *, struct buf *);

/* Remove a node from the tree and free it. */
void		 dom_remove(xmlNode *);

#endif

/* How a walk goes on after a node is entered. */
enum dom_step {
	DOM_DESCEND,	/* visit the children */
	DOM_SKIP,	/* pass over the children (leave is still called) */
	DOM_REMOVE,	/* remove and free the node (no leave call) */
	DOM_DETACH	/* unlink the node but keep it: the visitor took
			   it (no leave call) */
};

/*
 * Iterative preorder walk of root's subtree with enter and leave calls
 * (leaving == 0 / 1).  The return value of an enter call steers the walk;
 * that of a leave call is ignored.  root itself is never removed.
 */
typedef enum dom_step (*dom_visit)(xmlNode *, int leaving, void *ctx);
void		 dom_walk(xmlNode *root, dom_visit, void *ctx);

/*
 * The time budget of this thread's walks: seconds from now (0: none).
 * Past it, dom_walk() returns early, leaving the tree whole but the walk
 * unfinished, and dom_expired() says so until the next call here.
 */
void		 dom_set_deadline(double seconds_from_now);
int		 dom_expired(void);

/* Text statistics of one element's subtree, reached through _private. */
struct node_info {
	xmlNode		*node;
	unsigned	 order;		/* preorder index among elements */
	unsigned	 end;		/* order of the first element after the
					   subtree */
	unsigned	 text;		/* visible characters */
	unsigned	 link;		/* of these, inside <a> */
	unsigned	 commas;
	unsigned	 blocks;	/* block-level descendants */
	unsigned	 paras;		/* <p> descendants */
	unsigned	 items;		/* <li> descendants */
	unsigned	 imgs;
	unsigned	 hints;		/* hints_of() */
	float		 score;		/* extract: content score */
	int		 scored;	/* extract: score is set */
	unsigned	 state;		/* extract: selection marks */
	unsigned	 region;	/* extract: prose of the chosen container
					   this element is in */
	unsigned	 good;		/* extract: paragraphs of real prose in
					   the subtree */
};

struct dom_measure {
	xmlNode		 *root;
	struct node_info *info;		/* in preorder */
	size_t		  n;
};

/*
 * Measure every element below root (root included) and point each one's
 * _private at its node_info.  One measure at a time per thread: it is
 * the one dom_info() answers from until dom_measure_free().
 */
void		 dom_measure(xmlNode *root, struct dom_measure *);
/* The same without the class and id hints, which cost the most. */
void		 dom_measure_text(xmlNode *root, struct dom_measure *);
void		 dom_measure_free(struct dom_measure *);
struct node_info *dom_info(const xmlNode *);	/* NULL if not measured */

/* Characters and commas of a UTF-8 string, as dom_measure counts them. */
void		 dom_count(const char *s, unsigned *chars, unsigned *commas);
/* The visible characters of a subtree, as dom_measure counts them. */
unsigned	 dom_text_chars(const xmlNode *root);
