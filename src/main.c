/* SPDX-License-Identifier: ISC */
/* artex: options, usage and exit status.  Everything else is in the
 * library (libartex.a). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "batch.h"
#include "date.h"
#include "decode.h"
#include "normalize.h"
#include "render.h"

#define DEFAULT_MAX_SIZE ((size_t)64 << 20)

enum {
	OPT_URL = 256,
	OPT_CHARSET,
	OPT_NO_CAPTIONS,
	OPT_NFKC,
	OPT_EXPLAIN,
	OPT_PRECISION,
	OPT_RECALL,
	OPT_COMMENTS,
	OPT_STRIP_DATELINE,
	OPT_NOW
};

static const struct option longopts[] = {
	{ "format",	required_argument,	NULL, 'f' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "url",	required_argument,	NULL, OPT_URL },
	{ "charset",	required_argument,	NULL, OPT_CHARSET },
	{ "no-captions", no_argument,		NULL, OPT_NO_CAPTIONS },
	{ "nfkc",	no_argument,		NULL, OPT_NFKC },
	{ "explain",	no_argument,		NULL, OPT_EXPLAIN },
	{ "precision",	no_argument,		NULL, OPT_PRECISION },
	{ "recall",	no_argument,		NULL, OPT_RECALL },
	{ "comments",	no_argument,		NULL, OPT_COMMENTS },
	{ "strip-dateline", no_argument,	NULL, OPT_STRIP_DATELINE },
	{ "now",	required_argument,	NULL, OPT_NOW },
	{ "verbose",	no_argument,		NULL, 'v' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: artex [-hVv] [-f format] [-o file] [--url url] "
	    "[--charset name]\n"
	    "             [--no-captions] [--comments] [--strip-dateline] "
	    "[--now date]\n"
	    "             [--precision | --recall] [--nfkc] [--explain] "
	    "[file | -] ...\n"
	    "\n"
	    "Extract the article from web pages: the text without the "
	    "portal's\nboilerplate, with its title, date, author, dateline "
	    "and source.\n"
	    "\n"
	    "  -f, --format FORMAT  text (default), json (JSON Lines), xml\n"
	    "  -o, --output FILE    write to FILE instead of standard output\n"
	    "      --url URL        the page's address (fills url, resolves "
	    "links)\n"
	    "      --charset NAME   decode input as NAME, whatever the page "
	    "says\n"
	    "      --no-captions    leave image captions out\n"
	    "      --comments       add the comment threads (json, xml: "
	    "comments)\n"
	    "      --strip-dateline cut the dateline from the body (it stays "
	    "a field)\n"
	    "      --now DATE       when the page was fetched: resolves \"2 hours "
	    "ago\",\n"
	    "                       and no later date is taken\n"
	    "      --precision      when in doubt, leave it out\n"
	    "      --recall         when in doubt, keep it\n"
	    "      --nfkc           NFKC instead of NFC normalization\n"
	    "      --explain        show on stderr why each block was kept "
	    "or dropped\n"
	    "  -v, --verbose        also print warnings (charset problems, …)\n"
	    "  -h, --help           print this help and exit\n"
	    "  -V, --version        print the version and exit\n"
	    "\n"
	    "With no file, or when file is -, read standard input.\n"
	    "\n"
	    "Exit status: 0 every input gave an article; 1 some input could "
	    "not be\nread or had no article (the others are still written); "
	    "2 usage error;\n3 the output could not be written.\n");
}

static int
usage_error(const char *fmt, const char *arg)
{
	fputs("artex: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'artex --help' for more information.\n", stderr);
	return EXIT_USAGE;
}

/* Returns -1 to go on, or an exit status. */
static int
parse_args(int argc, char **argv, struct batch_opts *o)
{
	int	 c;

	memset(o, 0, sizeof(*o));
	o->process.renderer = &render_text;
	o->max_size = DEFAULT_MAX_SIZE;
	while ((c = getopt_long(argc, argv, "f:o:vhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((o->process.renderer = render_find(optarg)) == NULL)
				return usage_error("unknown format '%s' (text, "
				    "json or xml)", optarg);
			break;
		case 'o':
			o->output = optarg;
			break;
		case OPT_URL:
			o->process.url = optarg;
			break;
		case OPT_CHARSET:
			if ((o->process.charset = charset_canonical(optarg))
			    == NULL)
				return usage_error("unknown charset '%s'",
				    optarg);
			break;
		case OPT_NO_CAPTIONS:
			o->process.extract.no_captions = 1;
			break;
		case OPT_NFKC:
			o->process.norm_flags |= NORM_NFKC;
			break;
		case OPT_EXPLAIN:
			o->explain = 1;
			break;
		case OPT_PRECISION:
			o->process.extract.mode = EXTRACT_PRECISION;
			break;
		case OPT_RECALL:
			o->process.extract.mode = EXTRACT_RECALL;
			break;
		case OPT_COMMENTS:
			o->process.extract.comments = 1;
			break;
		case OPT_STRIP_DATELINE:
			o->process.strip_dateline = 1;
			break;
		case OPT_NOW:
			if (!date_parse(optarg, strlen(optarg), DATE_ORDER_UNKNOWN,
			    &o->process.extract.now) ||
			    o->process.extract.now.year == 0)
				return usage_error("--now wants an ISO 8601 date "
				    "such as 2024-06-21T13:32, not '%s'", optarg);
			o->process.extract.has_now = 1;
			break;
		case 'v':
			o->verbose = 1;
			break;
		case 'h':
			usage(stdout);
			return EXIT_ALL_OK;
		case 'V':
			printf("artex %s\n", ARTEX_VERSION);
			return EXIT_ALL_OK;
		default:
			fputs("Try 'artex --help' for more information.\n",
			    stderr);
			return EXIT_USAGE;
		}
	}
	return -1;
}

int
main(int argc, char **argv)
{
	struct batch_opts	 o;
	int			 status;

	if ((status = parse_args(argc, argv, &o)) != -1)
		return status;
	xmlInitParser();
	status = batch_run(&o, argv + optind, argc - optind);
	xmlCleanupParser();
	return status;
}
