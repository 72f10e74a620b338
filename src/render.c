/* SPDX-License-Identifier: ISC */
/* The renderer registry: adding a format is one file and one line here. */
#include <string.h>

#include "render.h"

static const struct renderer *const renderers[] = {
	&render_text, &render_json, &render_xml, &render_markdown,
	&render_html, &render_tei,
};

/* Short names that are easier to type. */
static const struct {
	const char		*alias;
	const struct renderer	*r;
} aliases[] = {
	{ "md", &render_markdown },
	{ "tei", &render_tei },
};

const struct renderer *
render_find(const char *name)
{
	size_t	 k;

	for (k = 0; k < sizeof(renderers) / sizeof(renderers[0]); k++)
		if (strcmp(name, renderers[k]->name) == 0)
			return renderers[k];
	for (k = 0; k < sizeof(aliases) / sizeof(aliases[0]); k++)
		if (strcmp(name, aliases[k].alias) == 0)
			return aliases[k].r;
	return NULL;
}

const char *
render_names(void)
{
	return "text, json, xml, markdown, html, xmltei";
}
