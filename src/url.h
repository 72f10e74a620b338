/* SPDX-License-Identifier: ISC */
/* The host in a page's address, for the modules that go by it (site
 * rules, the brand and site-owner tests on authors). */
#ifndef URL_H
#define URL_H

#include <stddef.h>

/* The host of url ("https://user@www.Example.com:80/x" -> "www.example.com"),
 * lower-cased, into h (size bytes); 0 when there is none. */
int	 url_host(const char *url, char *h, size_t size);

/* The site's own name in url's host: the label before the public suffix
 * ("l-mag" in www.l-mag.de), pointing into h (size bytes); NULL when
 * there is none. */
const char *url_site_label(const char *url, char *h, size_t size);

#endif
