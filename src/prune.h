/* SPDX-License-Identifier: ISC */
/* Remove what is never article content.  Both passes edit the tree in
 * place. */
#ifndef PRUNE_H
#define PRUNE_H

#include <libxml/tree.h>

struct buf;

/*
 * Scripts, styles, forms controls, embedded media, comments and hidden
 * elements: nothing in them is ever text a reader sees.
 */
void	 prune_invisible(xmlNode *root, struct buf *explain);

/*
 * Page furniture: nav, aside, footer, page headers, and elements whose
 * class, id or role name them boilerplate (menus, share bars, related
 * stories, cookie banners, comment threads, …).  An element is kept when
 * it holds most of the page's prose, whatever its name says, so an odd
 * class on a wrapper cannot take the article with it.
 *
 * The heading that reads title (the article's, or NULL) keeps the
 * elements around it, whatever their names say ("sidebar" on the column
 * that holds the headline).
 * root must have been measured with dom_measure(); the caller frees the
 * measure afterwards.
 * When comments is not NULL, comment threads are moved under it instead
 * of freed (--comments).  Both passes note what they remove in explain
 * when it is not NULL.
 */
void	 prune_boilerplate(xmlNode *root, const char *title,
	    xmlNode *comments, struct buf *explain);

#endif
