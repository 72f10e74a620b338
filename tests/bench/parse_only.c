/* SPDX-License-Identifier: ISC */
/* The parsing floor for make bench: read each file, parse it with
 * libxml2's HTML parser with the options artex uses, and walk the tree
 * once gathering its text; nothing else. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

/* Append the text of the tree to a buffer, iteratively. */
static size_t
text_walk(xmlNode *root, char **buf, size_t *cap)
{
	xmlNode	*n = root;
	size_t	 len = 0, k;

	while (n != NULL) {
		if (n->type == XML_TEXT_NODE && n->content != NULL) {
			k = strlen((const char *)n->content);
			if (len + k + 1 > *cap) {
				*cap = (len + k + 1) * 2;
				*buf = realloc(*buf, *cap);
			}
			memcpy(*buf + len, n->content, k);
			len += k;
		}
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n != root && n->next == NULL)
			n = n->parent;
		n = n == NULL || n == root ? NULL : n->next;
	}
	return len;
}

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
	char	*text = NULL;
	size_t	 cap = 0, chars = 0;

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
			chars += text_walk(xmlDocGetRootElement(doc), &text,
			    &cap);
			xmlFreeDoc(doc);
		}
		free(data);
		fclose(fp);
	}
	free(text);
	printf("%d pages, %zu bytes of text\n", nodes, chars);
	return 0;
}
