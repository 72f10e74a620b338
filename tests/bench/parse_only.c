/* SPDX-License-Identifier: ISC */
/* The parsing floor for make bench: read each file and parse it with
 * libxml2's HTML parser, nothing else, with the options artex uses. */
#include <stdio.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>

static void
silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

int
main(int argc, char **argv)
{
	const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT |
	    HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
	int	 k, nodes = 0;

	xmlSetGenericErrorFunc(NULL, silent);
	for (k = 1; k < argc; k++) {
		FILE	*fp = fopen(argv[k], "rb");
		char	*data;
		long	 n;
		htmlDocPtr doc;

		if (fp == NULL)
			continue;
		fseek(fp, 0, SEEK_END);
		n = ftell(fp);
		rewind(fp);
		data = malloc((size_t)n + 1);
		if (fread(data, 1, (size_t)n, fp) == (size_t)n &&
		    (doc = htmlReadMemory(data, (int)n, NULL, "UTF-8", opts))) {
			nodes += xmlDocGetRootElement(doc) != NULL;
			xmlFreeDoc(doc);
		}
		free(data);
		fclose(fp);
	}
	printf("%d\n", nodes);
	return 0;
}
