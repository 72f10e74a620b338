/* SPDX-License-Identifier: ISC */
/* The renderer registry: adding a format is one file and one line here. */
#include <string.h>

#include "render.h"

static const struct renderer *const renderers[] = {
	&render_text, &render_json, &render_xml,
};

const struct renderer *
render_find(const char *name)
{
	size_t	 k;

	for (k = 0; k < sizeof(renderers) / sizeof(renderers[0]); k++)
		if (strcmp(name, renderers[k]->name) == 0)
			return renderers[k];
	return NULL;
}

const char *
render_names(void)
{
	return "text, json, xml";
}
