/* SPDX-License-Identifier: ISC */
/*
 * Input enumeration.  Paths come from the arguments, then from the list
 * file; folders are walked depth first with their entries sorted, so a
 * run is reproducible.  A path is opened only when its document is
 * wanted; a WARC or JSON Lines file stays open and gives one document
 * per record until it ends.  Memory is one document and one folder
 * listing per level, however many inputs there are.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "input.h"
#include "stream.h"
#include "warc.h"
#include "xalloc.h"

enum container { CONT_NONE, CONT_WARC, CONT_JSONL };

struct dirframe {
	char		*path;
	char		**names;
	size_t		 n, next;
};

struct inputs {
	struct input_opts	 o;
	char *const		*args;
	int			 nargs, argi;
	int			 used_stdin;	/* no inputs: read stdin */
	FILE			*list;
	struct buf		 item;		/* the current path */
	struct dirframe		*dirs;		/* the -r walk */
	size_t			 ndirs, capdirs;
	/* The open WARC or JSON Lines file. */
	enum container		 cont;
	char			*cpath;		/* its name in messages */
	char			*craw;		/* its path */
	int			 fd;
	struct stream		*st;
	struct warc_page	 pg;
	unsigned long		 nskipped;	/* non-page WARC records */
	struct buf		 line;
};

void
doc_clear(struct doc *d)
{
	free(d->name);
	free(d->path);
	free(d->url);
	free(d->charset);
	free(d->retrieved);
	free(d->outname);
	buf_reset(&d->bytes);
	d->name = d->path = d->url = d->charset = d->retrieved = NULL;
	d->outname = NULL;
	d->url_from = NULL;
	d->record = 0;
	d->error[0] = '\0';
	d->skipped = d->container = 0;
}

void
doc_free(struct doc *d)
{
	doc_clear(d);
	buf_free(&d->bytes);
}

static void
doc_error(struct doc *d, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(d->error, sizeof(d->error), fmt, ap);
	va_end(ap);
}

static char *
dup_or_null(const char *s)
{
	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

struct inputs *
inputs_new(const struct input_opts *o, char *const *args, int n)
{
	struct inputs	*in = xcalloc(1, sizeof(*in));

	in->o = *o;
	in->args = args;
	in->nargs = n;
	in->fd = -1;
	in->st = xmalloc(sizeof(*in->st));
	return in;
}

static void
close_container(struct inputs *in)
{
	if (in->cont == CONT_NONE)
		return;
	stream_close(in->st);
	if (in->fd > STDERR_FILENO)
		close(in->fd);
	in->fd = -1;
	free(in->cpath);
	free(in->craw);
	in->cpath = in->craw = NULL;
	in->cont = CONT_NONE;
}

void
inputs_free(struct inputs *in)
{
	if (in == NULL)
		return;
	close_container(in);
	while (in->ndirs > 0) {
		struct dirframe *f = &in->dirs[--in->ndirs];

		while (f->next < f->n)
			free(f->names[f->next++]);
		free(f->names);
		free(f->path);
	}
	free(in->dirs);
	if (in->list != NULL && in->list != stdin)
		fclose(in->list);
	buf_free(&in->item);
	buf_free(&in->line);
	free(in->st);
	free(in);
}

/*
 * File names.
 */

static const char *const html_ext[] = {
	"html", "htm", "xhtml", "xht", "shtml", "shtm", "php", "php3",
	"asp", "aspx", "jsp", "jspx", "cfm", "cgi", "pl", "warc", "jsonl",
};

static const char *const other_ext[] = {
	"css", "js", "mjs", "json", "map", "png", "jpg", "jpeg", "gif",
	"webp", "avif", "svg", "ico", "bmp", "tif", "tiff", "pdf", "txt",
	"md", "xml", "rss", "atom", "csv", "woff", "woff2", "ttf", "otf",
	"eot", "mp3", "mp4", "webm", "ogg", "wav", "avi", "mov", "zip",
	"tar", "bz2", "xz", "zst", "7z", "rar", "exe", "so", "o", "a",
	"doc", "docx", "xls", "xlsx", "ppt", "pptx", "swf", "wasm",
};

static int
ext_in(const char *ext, const char *const *tab, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (strcasecmp(ext, tab[k]) == 0)
			return 1;
	return 0;
}

int
input_name_is_html(const char *name)
{
	const char	*base = strrchr(name, '/'), *dot;
	char		 inner[256];
	size_t		 n;

	base = base != NULL ? base + 1 : name;
	if ((dot = strrchr(base, '.')) == NULL || dot == base)
		return -1;
	/* page.html.gz, crawl.warc.gz: the name under the compression. */
	if (strcasecmp(dot, ".gz") == 0) {
		n = (size_t)(dot - base);
		if (n >= sizeof(inner))
			return -1;
		memcpy(inner, base, n);
		inner[n] = '\0';
		return input_name_is_html(inner) == 1 ? 1 : -1;
	}
	if (ext_in(dot + 1, html_ext, sizeof(html_ext) / sizeof(*html_ext)))
		return 1;
	if (ext_in(dot + 1, other_ext, sizeof(other_ext) / sizeof(*other_ext)))
		return 0;
	return -1;
}

/* Markup at the start: a folder's file without a telling name is a
 * page if it looks like one (pages from a broken server may start with
 * its error messages, in markup too). */
static int
looks_like_html(const char *path)
{
	static const char *const marks[] = { "<html", "<!doctype html",
	    "<head", "<body", "<title", "<meta", "warc/1." };
	char		 b[4096];
	const char	*p;
	ssize_t		 n;
	size_t		 k, tags = 0;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return 1;	/* let the read report it */
	n = read(fd, b, sizeof(b) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	b[n] = '\0';
	for (k = 0; k < (size_t)n; k++)
		if (b[k] == '\0')
			b[k] = ' ';
		else if (b[k] >= 'A' && b[k] <= 'Z')
			b[k] += 'a' - 'A';
	for (k = 0; k < sizeof(marks) / sizeof(*marks); k++)
		if (strstr(b, marks[k]) != NULL)
			return 1;
	if ((unsigned char)b[0] == 0x1f && (unsigned char)b[1] == 0x8b)
		return 1;
	/* No telling element, but markup from the first byte on: tags,
	 * and closing ones.  XML (feeds, sitemaps) is not a page. */
	for (p = b; *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'; p++)
		;
	if (*p != '<' || strncmp(p, "<?xml", 5) == 0)
		return 0;
	for (; (p = strchr(p, '<')) != NULL; p++)
		tags += p[1] == '/' || (p[1] >= 'a' && p[1] <= 'z');
	return tags >= 8 && strstr(b, "</") != NULL;
}

/* A text dump's name: "page.txt", "page.txt.gz". */
static int
name_is_text(const char *name)
{
	const char	*base = strrchr(name, '/');
	size_t		 n;

	base = base != NULL ? base + 1 : name;
	n = strlen(base);
	if (n > 3 && strcasecmp(base + n - 3, ".gz") == 0)
		n -= 3;
	return n > 4 && strncasecmp(base + n - 4, ".txt", 4) == 0;
}

/* Whether the walk takes a file: a page by its name or its first bytes;
 * with --input-format text, a text file too. */
static int
walk_takes(const struct inputs *in, const char *path)
{
	int	 html = input_name_is_html(path);

	if (in->o.format == INPUT_TEXT && name_is_text(path))
		return 1;
	return html == 1 || (html == -1 && looks_like_html(path));
}

/*
 * The folder walk.
 */

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
join(const char *dir, const char *name)
{
	size_t	 n = strlen(dir);
	char	*p = xmalloc(n + strlen(name) + 2);

	memcpy(p, dir, n);
	if (n > 0 && dir[n - 1] != '/')
		p[n++] = '/';
	strcpy(p + n, name);
	return p;
}

/* List a folder into a new frame; -1 with errno when it cannot be read. */
static int
push_dir(struct inputs *in, const char *path)
{
	struct dirframe	*f;
	struct dirent	*e;
	DIR		*dir;
	size_t		 cap = 0;

	if ((dir = opendir(path)) == NULL)
		return -1;
	if (in->ndirs == in->capdirs) {
		in->capdirs = in->capdirs ? in->capdirs * 2 : 8;
		in->dirs = xrealloc(in->dirs, in->capdirs * sizeof(*in->dirs));
	}
	f = &in->dirs[in->ndirs++];
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;	/* ., .. and hidden files */
		if (f->n == cap) {
			cap = cap ? cap * 2 : 64;
			f->names = xrealloc(f->names, cap * sizeof(char *));
		}
		f->names[f->n++] = xstrdup(e->d_name);
	}
	closedir(dir);
	qsort(f->names, f->n, sizeof(char *), cmp_names);
	return 0;
}

/* The next file of the walk into in->item; 1, or 0 when it is over. */
static int
walk_next(struct inputs *in)
{
	struct dirframe	*f;
	struct stat	 st;
	char		*path;

	while (in->ndirs > 0) {
		f = &in->dirs[in->ndirs - 1];
		if (f->next == f->n) {
			free(f->names);
			free(f->path);
			in->ndirs--;
			continue;
		}
		path = join(f->path, f->names[f->next]);
		free(f->names[f->next++]);
		/* Symbolic links to folders are not followed: no loops. */
		if (lstat(path, &st) != 0) {
			free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			push_dir(in, path);
			free(path);
			continue;
		}
		if (S_ISLNK(st.st_mode) && (stat(path, &st) != 0 ||
		    !S_ISREG(st.st_mode))) {
			free(path);
			continue;
		}
		if (!S_ISREG(st.st_mode) || !walk_takes(in, path)) {
			free(path);
			continue;
		}
		buf_reset(&in->item);
		buf_puts(&in->item, path);
		free(path);
		return 1;
	}
	return 0;
}

/* The next path of the list file into in->item. */
static int
list_next(struct inputs *in)
{
	int	 c;

	if (in->list == NULL)
		return 0;
	for (;;) {
		buf_reset(&in->item);
		while ((c = getc(in->list)) != EOF &&
		    c != (in->o.list_nul ? '\0' : '\n'))
			buf_putc(&in->item, (char)c);
		if (!in->o.list_nul && in->item.len > 0 &&
		    in->item.data[in->item.len - 1] == '\r')
			in->item.data[--in->item.len] = '\0';
		if (in->item.len > 0)
			return 1;
		if (c == EOF)
			return 0;
	}
}

/*
 * The next path to open into in->item: the walk first, then the
 * arguments, then the list.  0 when there are none left; -1 with d
 * filled when a path is an error (a folder without -r, an unreadable
 * folder or list).
 */
static int
next_path(struct inputs *in, struct doc *d)
{
	struct stat	 st;
	const char	*p;

	for (;;) {
		if (walk_next(in))
			return 1;
		if (in->argi < in->nargs) {
			p = in->args[in->argi++];
		} else if (in->nargs == 0 && in->o.list == NULL &&
		    !in->used_stdin) {
			in->used_stdin = 1;
			p = "-";
		} else if (in->o.list != NULL && in->list == NULL &&
		    in->argi == in->nargs) {
			in->argi++;	/* open the list once */
			in->list = strcmp(in->o.list, "-") == 0 ? stdin :
			    fopen(in->o.list, "r");
			if (in->list == NULL) {
				d->path = xstrdup(in->o.list);
				d->name = xstrdup(in->o.list);
				d->container = 1;
				doc_error(d, "cannot read the input list: %s",
				    strerror(errno));
				return -1;
			}
			continue;
		} else if (list_next(in))
			p = in->item.data;
		else
			return 0;
		if (p != in->item.data) {
			buf_reset(&in->item);
			buf_puts(&in->item, p);
		}
		if (!in->o.recursive || strcmp(p, "-") == 0 ||
		    stat(in->item.data, &st) != 0 || !S_ISDIR(st.st_mode))
			return 1;
		if (push_dir(in, in->item.data) == -1) {
			d->path = xstrdup(in->item.data);
			d->name = xstrdup(in->item.data);
			doc_error(d, "cannot read the folder: %s",
			    strerror(errno));
			return -1;
		}
	}
}

/*
 * Documents.
 */

static void
name_record(struct doc *d, const char *path, const char *what,
    unsigned long n, const char *url)
{
	char	 b[4400];

	snprintf(b, sizeof(b), "%s: %s %lu%s%s%s", path, what, n,
	    url != NULL ? " (" : "", url != NULL ? url : "",
	    url != NULL ? ")" : "");
	d->name = xstrdup(b);
}

static int
warc_doc(struct inputs *in, struct doc *d)
{
	const char	*why;
	int		 rc;

	rc = warc_next(in->st, in->o.max_size, &in->pg, &d->bytes,
	    &in->nskipped, &why);
	if (rc == 0) {
		close_container(in);
		return 0;
	}
	d->path = xstrdup(in->craw);
	if (rc == -1) {
		d->name = xstrdup(in->cpath);
		d->container = 1;
		doc_error(d, "%s", why);
		close_container(in);
		return 1;
	}
	d->record = in->pg.record;
	d->url = dup_or_null(in->pg.url);
	d->url_from = "WARC-Target-URI";
	d->charset = dup_or_null(in->pg.charset);
	d->retrieved = dup_or_null(in->pg.date);
	name_record(d, in->cpath, "record", d->record, d->url);
	if (in->pg.error != NULL) {
		doc_error(d, "%s", in->pg.error);
		buf_reset(&d->bytes);
	}
	return 1;
}

static const char *
json_str(json_t *o, const char *key)
{
	json_t	*v = json_object_get(o, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void
jsonl_fill(struct inputs *in, struct doc *d, json_t *o, const char *err)
{
	json_t	*html;

	d->url = o != NULL ? dup_or_null(json_str(o, "url")) : NULL;
	d->url_from = "jsonl";
	d->retrieved = o != NULL ? dup_or_null(json_str(o, "retrieved")) :
	    NULL;
	name_record(d, in->cpath, "line", d->record, d->url);
	if (o == NULL) {
		doc_error(d, "not JSON: %s", err);
		return;
	}
	html = json_object_get(o, "html");
	if (!json_is_string(html)) {
		doc_error(d, "no \"html\" string in the record");
		return;
	}
	if (json_string_length(html) > in->o.max_size) {
		doc_error(d, "larger than the size limit");
		return;
	}
	/* JSON text is Unicode: the page's own charset label is moot. */
	d->charset = xstrdup("UTF-8");
	buf_put(&d->bytes, json_string_value(html), json_string_length(html));
}

static int
jsonl_doc(struct inputs *in, struct doc *d)
{
	json_error_t	 e;
	json_t		*o = NULL;
	int		 cut;

	do {
		buf_reset(&in->line);
		if (!stream_getline(in->st, &in->line, in->o.max_size * 2 + 4096,
		    &cut)) {
			if (in->st->error != NULL) {
				d->path = xstrdup(in->craw);
				d->name = xstrdup(in->cpath);
				d->container = 1;
				doc_error(d, "%s", in->st->error);
				close_container(in);
				return 1;
			}
			close_container(in);
			return 0;
		}
		in->pg.record++;
	} while (strspn(buf_cstr(&in->line), " \t") == in->line.len);
	d->path = xstrdup(in->craw);
	d->record = in->pg.record;
	if (cut) {
		name_record(d, in->cpath, "line", d->record, NULL);
		doc_error(d, "larger than the size limit");
		return 1;
	}
	o = json_loadb(in->line.data, in->line.len, JSON_ALLOW_NUL, &e);
	jsonl_fill(in, d, json_is_object(o) ? o : NULL,
	    o == NULL ? e.text : "not an object");
	json_decref(o);
	return 1;
}

/* Open in->item: -1 with d filled on failure. */
static int
open_item(struct inputs *in, struct doc *d, int *fd)
{
	struct stat	 st;
	const char	*path = in->item.data;

	if (strcmp(path, "-") == 0) {
		*fd = STDIN_FILENO;
		return 0;
	}
	if ((*fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		doc_error(d, "%s", strerror(errno));
		return -1;
	}
	if (fstat(*fd, &st) == -1 || S_ISDIR(st.st_mode)) {
		doc_error(d, "%s", S_ISDIR(st.st_mode) ? "is a directory (-r "
		    "reads the pages in a folder)" : strerror(errno));
		close(*fd);
		return -1;
	}
	return 0;
}

/* Read the rest of a page file. */
static void
read_page(struct inputs *in, struct doc *d)
{
	size_t	 max = in->o.max_size;

	/* Not "until eof": peeking at a file shorter than the peek (a
	 * five-byte text) reaches the end with its bytes still
	 * buffered. */
	while (d->bytes.len <= max)
		if (stream_append(in->st, &d->bytes, max + 1 - d->bytes.len)
		    == 0)
			break;
	if (in->st->error != NULL && d->bytes.len == 0)
		doc_error(d, "%s", in->st->error);
	else if (d->bytes.len > max)
		doc_error(d, "larger than the size limit (%zu bytes; see "
		    "--max-size)", max);
	if (d->error[0] != '\0')
		buf_reset(&d->bytes);
}

/* A new input path: one page, or the first document of a container. */
static int
file_doc(struct inputs *in, struct doc *d)
{
	const unsigned char	*p;
	size_t			 n;
	int			 fd;

	d->path = xstrdup(in->item.data);
	d->name = xstrdup(strcmp(in->item.data, "-") == 0 ? "(stdin)" :
	    in->item.data);
	if (open_item(in, d, &fd) == -1)
		return 1;
	if (stream_open(in->st, fd) == -1) {
		doc_error(d, "%s", in->st->error);
		if (fd > STDERR_FILENO)
			close(fd);
		return 1;
	}
	n = stream_peek(in->st, 8, &p);
	if (in->o.format == INPUT_WARC || in->o.format == INPUT_JSONL ||
	    (in->o.format == INPUT_AUTO && warc_sniff(p, n))) {
		in->cont = in->o.format == INPUT_JSONL ? CONT_JSONL : CONT_WARC;
		in->cpath = xstrdup(d->name);
		in->craw = xstrdup(d->path);
		in->fd = fd;
		memset(&in->pg, 0, sizeof(in->pg));
		doc_clear(d);
		return -1;	/* the container gives the documents */
	}
	if (in->o.want != NULL && !in->o.want(in->o.want_ctx, d))
		d->skipped = 1;
	else
		read_page(in, d);
	stream_close(in->st);
	if (fd > STDERR_FILENO)
		close(fd);
	return 1;
}

int
inputs_next(struct inputs *in, struct doc *d)
{
	int	 rc;

	doc_clear(d);
	for (;;) {
		if (in->cont == CONT_WARC && warc_doc(in, d))
			break;
		if (in->cont == CONT_JSONL && jsonl_doc(in, d))
			break;
		if (in->cont != CONT_NONE)
			continue;
		if ((rc = next_path(in, d)) == 0)
			return 0;
		if (rc == -1 || file_doc(in, d) == 1)
			break;
	}
	/* A record's name is known only once it is read. */
	if (!d->skipped && d->error[0] == '\0' && in->o.want != NULL &&
	    d->record > 0 && !in->o.want(in->o.want_ctx, d)) {
		d->skipped = 1;
		buf_reset(&d->bytes);
	}
	return 1;
}
