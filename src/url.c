/* SPDX-License-Identifier: ISC */
#include <string.h>

#include "url.h"

int
url_host(const char *url, char *h, size_t size)
{
	const char	*p = strstr(url, "://");
	size_t		 k = 0;

	if (size == 0)
		return 0;
	p = p != NULL ? p + 3 : url;
	if (strchr(p, '@') != NULL && strchr(p, '@') < p + strcspn(p, "/"))
		p = strchr(p, '@') + 1;
	for (; k + 1 < size && p[k] != '\0' && strchr("/:?#", p[k]) == NULL;
	    k++)
		h[k] = (char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
	h[k] = '\0';
	return k > 0;
}

const char *
url_site_label(const char *url, char *h, size_t size)
{
	char	*dot, *label;

	if (url == NULL || !url_host(url, h, size) ||
	    (dot = strrchr(h, '.')) == NULL)
		return NULL;
	*dot = '\0';
	return (label = strrchr(h, '.')) != NULL ? label + 1 : h;
}
