/* SPDX-License-Identifier: ISC */
/* artex: options, usage and exit status.  Everything else is in the
 * library (libartex.a). */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "batch.h"
#include "buf.h"
#include "date.h"
#include "decode.h"
#include "normalize.h"
#include "render.h"
#include "rules.h"
#include "xmlmem.h"

#define DEFAULT_MAX_SIZE	((size_t)64 << 20)
#define DEFAULT_MAX_NODES	500000
#define DEFAULT_TIMEOUT		20.0	/* seconds */
#define MAX_RULE_PATHS		32

/* --rules, gathered while parsing the options, loaded once after. */
static const char	*rule_paths[MAX_RULE_PATHS + 1];
static size_t		 nrule_paths;
static int		 no_default_rules;

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
	OPT_NOW,
	OPT_INPUT_FORMAT,
	OPT_SKIP_EXISTING,
	OPT_ERRORS_INLINE,
	OPT_PROGRESS,
	OPT_NO_PROGRESS,
	OPT_MAX_SIZE,
	OPT_MAX_NODES,
	OPT_TIMEOUT,
	OPT_NO_FIX_MOJIBAKE,
	OPT_ASCII_PUNCT,
	OPT_WIDTH,
	OPT_NO_SANDBOX,
	OPT_LINKS,
	OPT_IMAGES,
	OPT_RULES,
	OPT_NO_RULES
};

static const struct option longopts[] = {
	{ "format",	required_argument,	NULL, 'f' },
	{ "output",	required_argument,	NULL, 'o' },
	{ "url",	required_argument,	NULL, OPT_URL },
	{ "charset",	required_argument,	NULL, OPT_CHARSET },
	{ "no-captions", no_argument,		NULL, OPT_NO_CAPTIONS },
	{ "nfkc",	no_argument,		NULL, OPT_NFKC },
	{ "no-fix-mojibake", no_argument,	NULL, OPT_NO_FIX_MOJIBAKE },
	{ "ascii-punct", no_argument,		NULL, OPT_ASCII_PUNCT },
	{ "width",	required_argument,	NULL, OPT_WIDTH },
	{ "explain",	no_argument,		NULL, OPT_EXPLAIN },
	{ "precision",	no_argument,		NULL, OPT_PRECISION },
	{ "recall",	no_argument,		NULL, OPT_RECALL },
	{ "comments",	no_argument,		NULL, OPT_COMMENTS },
	{ "strip-dateline", no_argument,	NULL, OPT_STRIP_DATELINE },
	{ "now",	required_argument,	NULL, OPT_NOW },
	{ "recursive",	no_argument,		NULL, 'r' },
	{ "input-list",	required_argument,	NULL, 'i' },
	{ "null",	no_argument,		NULL, '0' },
	{ "input-format", required_argument,	NULL, OPT_INPUT_FORMAT },
	{ "output-dir",	required_argument,	NULL, 'O' },
	{ "skip-existing", no_argument,		NULL, OPT_SKIP_EXISTING },
	{ "errors-inline", no_argument,		NULL, OPT_ERRORS_INLINE },
	{ "jobs",	required_argument,	NULL, 'j' },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "progress",	no_argument,		NULL, OPT_PROGRESS },
	{ "no-progress", no_argument,		NULL, OPT_NO_PROGRESS },
	{ "max-size",	required_argument,	NULL, OPT_MAX_SIZE },
	{ "max-nodes",	required_argument,	NULL, OPT_MAX_NODES },
	{ "timeout",	required_argument,	NULL, OPT_TIMEOUT },
	{ "no-sandbox",	no_argument,		NULL, OPT_NO_SANDBOX },
	{ "links",	no_argument,		NULL, OPT_LINKS },
	{ "rules",	required_argument,	NULL, OPT_RULES },
	{ "no-default-rules", no_argument,	NULL, OPT_NO_RULES },
	{ "images",	no_argument,		NULL, OPT_IMAGES },
	{ "verbose",	no_argument,		NULL, 'v' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: artex [-0hqrVv] [-f format] [-i list] [-j jobs] "
	    "[-O dir | -o file]\n"
	    "             [options] [file | dir | -] ...\n"
	    "\n"
	    "Extract the article from web pages: the text without the "
	    "portal's\nboilerplate, with its title, date, author, dateline "
	    "and source.\n"
	    "\n"
	    "Output:\n"
	    "  -f, --format FORMAT  text (default), json (JSON Lines), xml,\n"
	    "                       markdown, html, xmltei (TEI P5)\n"
	    "  -o, --output FILE    write to FILE instead of standard output\n"
	    "  -O, --output-dir DIR one file per document under DIR\n"
	    "      --skip-existing  with -O: leave documents whose file "
	    "exists\n"
	    "      --errors-inline  json: a {\"input\",\"error\"} record per "
	    "failure (with\n"
	    "                       the page's metadata when it has no "
	    "article text)\n"
	    "Input:\n"
	    "  -r, --recursive      read the pages in folders, recursively\n"
	    "  -i, --input-list F   read the paths in F (- for stdin), one "
	    "per line\n"
	    "  -0, --null           the list is NUL-separated\n"
	    "      --input-format F auto (default), html, text, warc, jsonl\n"
	    "      --url URL        the page's address (fills url, resolves "
	    "links)\n"
	    "      --charset NAME   decode input as NAME, whatever the page "
	    "says\n"
	    "      --now DATE       when the pages were fetched: resolves "
	    "\"2 hours ago\",\n"
	    "                       and no later date is taken\n"
	    "Extraction:\n"
	    "      --precision      when in doubt, leave it out\n"
	    "      --recall         when in doubt, keep it\n"
	    "      --no-captions    leave image captions out\n"
	    "      --comments       add the comment threads (json, xml: "
	    "comments)\n"
	    "      --rules PATH     site rules: a file, or a folder of *.rules "
	    "files\n"
	    "                       (also $XDG_CONFIG_HOME/artex/rules; see "
	    "artex-rules(5))\n"
	    "      --no-default-rules  leave that folder out\n"
	    "      --strip-dateline cut the dateline from the body (it stays "
	    "a field)\n"
	    "      --nfkc           NFKC instead of NFC normalization\n"
	    "      --ascii-punct    curly quotes, dashes, ellipses as ASCII\n"
	    "      --no-fix-mojibake  keep text decoded twice (\"Ã©\") as "
	    "it is\n"
	    "      --width N        text: wrap at N columns\n"
	    "      --links          the links in the text (json, xml, markdown, "
	    "html, xmltei)\n"
	    "      --images         the article's images with their captions\n"
	    "      --explain        show on stderr why each block was kept "
	    "or dropped\n"
	    "Batch:\n"
	    "  -j, --jobs N         worker threads (default: the number of "
	    "CPUs)\n"
	    "      --max-size SIZE  skip larger documents (default 64M)\n"
	    "      --max-nodes N    refuse pages with more elements "
	    "(default 500000)\n"
	    "      --timeout SECS   time budget per page (default 20; 0: "
	    "none)\n"
	    "      --progress       show progress (default: when stderr is a "
	    "terminal)\n"
	    "      --no-progress    never show progress\n"
	    "      --no-sandbox     do not confine reading and writing to the "
	    "inputs\n                       and outputs (Linux Landlock)\n"
	    "  -q, --quiet          print errors only\n"
	    "  -v, --verbose        also print warnings, and a summary at the "
	    "end\n"
	    "  -h, --help           print this help and exit\n"
	    "  -V, --version        print the version and exit\n"
	    "\n"
	    "With no file, or when file is -, read standard input.  WARC, "
	    "WARC.gz and\ngzip-compressed pages are recognized by their "
	    "content.\n"
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

/* "64M", "512k", "1G", "1000": bytes; 0 on error. */
static size_t
parse_size(const char *s)
{
	char			*end;
	unsigned long long	 v;
	int			 shift = 0;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (end == s || errno != 0 || *s == '-')
		return 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end != '\0' || v > (SIZE_MAX >> shift))
		return 0;
	return (size_t)(v << shift);
}

static int
default_jobs(void)
{
	long	 n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static int
set_input_format(const char *arg, struct batch_opts *o)
{
	static const struct {
		const char		*name;
		enum input_format	 f;
		enum page_format	 page;
	} fmts[] = {
		{ "auto", INPUT_AUTO, PAGE_AUTO },
		{ "html", INPUT_HTML, PAGE_HTML },
		{ "text", INPUT_TEXT, PAGE_TEXT },
		{ "warc", INPUT_WARC, PAGE_AUTO },
		{ "jsonl", INPUT_JSONL, PAGE_AUTO },
	};
	size_t	 k;

	for (k = 0; k < sizeof(fmts) / sizeof(fmts[0]); k++)
		if (strcmp(arg, fmts[k].name) == 0) {
			o->input.format = fmts[k].f;
			o->process.page_format = fmts[k].page;
			return -1;
		}
	return usage_error("unknown input format '%s' (auto, html, text, "
	    "warc or jsonl)", arg);
}

/* The batch and input options; -1 to go on, or an exit status. */
static int
batch_option(int c, const char *arg, struct batch_opts *o)
{
	char	*end;
	long	 n;

	switch (c) {
	case 'o': o->output = arg; break;
	case 'O':
		/* A file per document: html and xmltei files are whole
		 * documents of their own. */
		o->output_dir = arg;
		o->process.render.standalone = 1;
		break;
	case 'r': o->input.recursive = 1; break;
	case 'i': o->input.list = arg; break;
	case '0': o->input.list_nul = 1; break;
	case 'q': o->quiet = 1; o->verbose = 0; break;
	case 'v': o->verbose = 1; o->quiet = 0; break;
	case OPT_INPUT_FORMAT: return set_input_format(arg, o);
	case OPT_SKIP_EXISTING: o->skip_existing = 1; break;
	case OPT_ERRORS_INLINE: o->errors_inline = 1; break;
	case OPT_PROGRESS: o->progress = 1; break;
	case OPT_NO_PROGRESS: o->progress = 0; break;
	case OPT_NO_SANDBOX: o->no_sandbox = 1; break;
	case 'j':
		n = strtol(arg, &end, 10);
		if (end == arg || *end != '\0' || n < 1 || n > 256)
			return usage_error("-j wants a number of threads from 1 "
			    "to 256, not '%s'", arg);
		o->jobs = (int)n;
		break;
	case OPT_MAX_SIZE:
		if ((o->input.max_size = parse_size(arg)) == 0)
			return usage_error("--max-size wants a size such as "
			    "64M, not '%s'", arg);
		break;
	case OPT_MAX_NODES:
		n = strtol(arg, &end, 10);
		if (end == arg || *end != '\0' || n < 0)
			return usage_error("--max-nodes wants a count (0: no "
			    "limit), not '%s'", arg);
		o->process.max_nodes = (size_t)n;
		break;
	case OPT_TIMEOUT:
		o->process.timeout = strtod(arg, &end);
		if (end == arg || *end != '\0' || o->process.timeout < 0)
			return usage_error("--timeout wants seconds (0: no "
			    "limit), not '%s'", arg);
		break;
	default:
		return -2;
	}
	return -1;
}

/* The extraction options; -1 to go on, or an exit status. */
static int
extract_option(int c, const char *arg, struct batch_opts *o)
{
	char	 msg[160], *end;
	long	 n;

	switch (c) {
	case 'f':
		if ((o->process.renderer = render_find(arg)) == NULL) {
			snprintf(msg, sizeof(msg), "unknown format '%%s' (%s)",
			    render_names());
			return usage_error(msg, arg);
		}
		break;
	case OPT_URL: o->process.url = arg; break;
	case OPT_CHARSET:
		if ((o->process.charset = charset_canonical(arg)) == NULL)
			return usage_error("unknown charset '%s'", arg);
		break;
	case OPT_NO_CAPTIONS: o->process.extract.no_captions = 1; break;
	case OPT_NFKC: o->process.norm_flags |= NORM_NFKC; break;
	case OPT_ASCII_PUNCT: o->process.norm_flags |= NORM_ASCII_PUNCT; break;
	case OPT_NO_FIX_MOJIBAKE: o->process.keep_mojibake = 1; break;
	case OPT_RULES:
		if (nrule_paths < MAX_RULE_PATHS)
			rule_paths[nrule_paths++] = arg;
		break;
	case OPT_NO_RULES:
		no_default_rules = 1;
		break;
	case OPT_LINKS:
		o->process.render.links = o->process.extract.links = 1;
		break;
	case OPT_IMAGES:
		o->process.render.images = o->process.extract.images = 1;
		break;
	case OPT_WIDTH:
		n = strtol(arg, &end, 10);
		if (end == arg || *end != '\0' || n < 0 || n > 10000)
			return usage_error("--width wants a number of columns "
			    "(0: no wrapping), not '%s'", arg);
		o->process.render.width = (int)n;
		break;
	case OPT_EXPLAIN: o->explain = 1; break;
	case OPT_PRECISION: o->process.extract.mode = EXTRACT_PRECISION; break;
	case OPT_RECALL: o->process.extract.mode = EXTRACT_RECALL; break;
	case OPT_COMMENTS: o->process.extract.comments = 1; break;
	case OPT_STRIP_DATELINE: o->process.strip_dateline = 1; break;
	case OPT_NOW:
		if (!date_parse(arg, strlen(arg), DATE_ORDER_UNKNOWN,
		    &o->process.extract.now) ||
		    o->process.extract.now.year == 0)
			return usage_error("--now wants an ISO 8601 date "
			    "such as 2024-06-21T13:32, not '%s'", arg);
		o->process.extract.has_now = 1;
		break;
	default:
		return -2;
	}
	return -1;
}

/* Options that do not fit together. */
static int
check_args(const struct batch_opts *o)
{
	if (o->output != NULL && o->output_dir != NULL)
		return usage_error("%s", "-o and -O cannot be used together");
	if (o->skip_existing && o->output_dir == NULL)
		return usage_error("%s", "--skip-existing needs -O");
	if (o->errors_inline && o->process.renderer->error == NULL)
		return usage_error("%s", "--errors-inline needs -f json");
	if (o->input.list_nul && o->input.list == NULL)
		return usage_error("%s", "-0 needs -i");
	return -1;
}

static void
set_defaults(struct batch_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->process.renderer = &render_text;
	o->process.max_nodes = DEFAULT_MAX_NODES;
	o->process.timeout = DEFAULT_TIMEOUT;
	o->input.max_size = DEFAULT_MAX_SIZE;
	o->jobs = default_jobs();
	o->progress = -1;
}

/* Returns -1 to go on, or an exit status. */
static int
parse_args(int argc, char **argv, struct batch_opts *o)
{
	int	 c, rc;

	set_defaults(o);
	while ((c = getopt_long(argc, argv, "0f:hi:j:O:o:qrVv", longopts,
	    NULL)) != -1) {
		if (c == 'h') {
			usage(stdout);
			return EXIT_ALL_OK;
		}
		if (c == 'V') {
			printf("artex %s\n", ARTEX_VERSION);
			return EXIT_ALL_OK;
		}
		if ((rc = batch_option(c, optarg, o)) == -2 &&
		    (rc = extract_option(c, optarg, o)) == -2) {
			fputs("Try 'artex --help' for more information.\n",
			    stderr);
			return EXIT_USAGE;
		}
		if (rc != -1)
			return rc;
	}
	return check_args(o);
}

/* The user's rules folder: $XDG_CONFIG_HOME/artex/rules, else
 * ~/.config/artex/rules; only when it exists. */
static void
add_default_rules(char *buf, size_t size)
{
	const char	*base = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	struct stat	 st;

	if (base != NULL && *base != '\0')
		snprintf(buf, size, "%s/artex/rules", base);
	else if (home != NULL && *home != '\0')
		snprintf(buf, size, "%s/.config/artex/rules", home);
	else
		return;
	if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
		rule_paths[nrule_paths++] = buf;
}

/* The site rules; NULL and a message when one is wrong. */
static struct rules *
load_rules(int *failed)
{
	static char	 dflt[4096];
	struct buf	 err = BUF_INIT;
	struct rules	*r;

	*failed = 0;
	if (!no_default_rules)
		add_default_rules(dflt, sizeof(dflt));
	if (nrule_paths == 0)
		return NULL;
	if ((r = rules_load(rule_paths, nrule_paths, &err)) == NULL) {
		fprintf(stderr, "artex: %s\n", buf_cstr(&err));
		*failed = 1;
	}
	buf_free(&err);
	return r;
}

int
main(int argc, char **argv)
{
	struct batch_opts	 o;
	struct rules		*rules;
	int			 status, failed;

	if ((status = parse_args(argc, argv, &o)) != -1)
		return status;
	/* libxml2's allocator before anything of libxml2 runs. */
	xmlmem_install();
	xmlInitParser();
	if ((rules = load_rules(&failed)) == NULL && failed) {
		xmlCleanupParser();
		return EXIT_USAGE;
	}
	o.process.rules = rules;
	status = batch_run(&o, argv + optind, argc - optind);
	rules_free(rules);
	xmlCleanupParser();
	return status;
}
