/* SPDX-License-Identifier: ISC */
/* Author lists: the case table authors.txt through article_set_authors(),
 * which cuts bylines into names (byline.c) and leaves out agencies, desks
 * and roles. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "harness.h"
#include "cases.h"

static void
run_case(const struct cases *c)
{
	struct article	*a = article_new();
	char		 ctx[64];
	const char	*want = c->line[1];

	snprintf(ctx, sizeof(ctx), "authors.txt:%d", c->lineno);
	if (c->nlines > 2 && strncmp(c->line[2], "site=", 5) == 0)
		a->site_name = arena_strdup(a->arena, c->line[2] + 5);
	article_set_authors(a, c->line[0], "byline");
	STR_EQ(a->author, strcmp(want, "-") == 0 ? NULL : want, ctx);
	INT_EQ(a->author == NULL ? 0 : a->nauthors,
	    strcmp(want, "-") == 0 ? 0 : 1 + (int)(strstr(want, "; ") != NULL),
	    ctx);
	article_free(a);
}

int
main(int argc, char *argv[])
{
	struct cases	 c;
	char		 path[1024];
	const char	*dir = argc > 1 ? argv[1] : "tests/unit";
	int		 ncases = 0;

	snprintf(path, sizeof(path), "%s/authors.txt", dir);
	if (cases_open(&c, path) == -1)
		return 1;
	while (cases_next(&c) > 0) {
		if (c.nlines < 2) {
			OK(0, "authors.txt:%d: a case needs two lines", c.lineno);
			continue;
		}
		run_case(&c);
		ncases++;
	}
	cases_close(&c);
	OK(ncases >= 12, "only %d cases in %s", ncases, path);
	return t_summary();
}
