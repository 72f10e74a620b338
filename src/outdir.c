/* SPDX-License-Identifier: ISC */
/*
 * The output folder.  Names are built from untrusted text (paths, URLs,
 * WARC headers), so each component is rebuilt from an allow-list of
 * bytes rather than filtered for known dangers, and every folder on the
 * way is opened relative to its parent with O_NOFOLLOW: neither ".." nor
 * a symbolic link planted in the folder can lead outside it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "input.h"
#include "outdir.h"
#include "xalloc.h"

#define MAX_COMPONENT	120	/* bytes, before the hash suffix */
#define MAX_DEPTH	32	/* folders below DIR */

struct outdir {
	int		 fd;		/* DIR */
	char		 ext[16];
	unsigned long	 ntmp;		/* temporary names used */
	uint64_t	*seen;		/* hashes of names given, open
					   addressing; 0 is empty */
	size_t		 nseen, capseen;
};

static uint64_t
fnv1a(const char *s, size_t n)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ULL;
	return h ? h : 1;
}

/* Mkdir -p for the folder itself, which the user named. */
static int
make_path(const char *dir)
{
	char	*p = xstrdup(dir), *s;
	int	 rc = 0;

	for (s = p + 1; rc == 0 && *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) == -1 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	if (rc == 0 && mkdir(p, 0777) == -1 && errno != EEXIST)
		rc = -1;
	free(p);
	return rc;
}

struct outdir *
outdir_open(const char *dir, const char *ext, const char **why)
{
	struct outdir	*od;
	int		 fd;

	if (make_path(dir) == -1 ||
	    (fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		*why = strerror(errno);
		return NULL;
	}
	od = xcalloc(1, sizeof(*od));
	od->fd = fd;
	snprintf(od->ext, sizeof(od->ext), "%s", ext);
	return od;
}

void
outdir_close(struct outdir *od)
{
	if (od == NULL)
		return;
	close(od->fd);
	free(od->seen);
	free(od);
}

/*
 * Names.
 */

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t
utf8_len(const unsigned char *s, size_t n)
{
	size_t	 k, len;

	if (s[0] < 0xC2 || s[0] > 0xF4)
		return 0;
	len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
	if (len > n)
		return 0;
	for (k = 1; k < len; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return len;
}

static int
safe_ascii(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || strchr("-_.,+=@~()", c) != NULL;
}

void
outdir_safe_component(const char *s, size_t len, struct buf *out)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 start = out->len, k = 0, n;

	while (k < len) {
		if (out->len - start >= MAX_COMPONENT) {
			buf_printf(out, "-%08lx",
			    (unsigned long)(fnv1a(s, len) & 0xffffffff));
			break;
		}
		if (p[k] < 0x80) {
			buf_putc(out, safe_ascii(p[k]) ? (char)p[k] : '_');
			k++;
		} else if ((n = utf8_len(p + k, len - k)) > 0) {
			buf_put(out, p + k, n);
			k += n;
		} else {
			buf_putc(out, '_');
			k++;
		}
	}
	/* No ".", "..", hidden names or empty names. */
	if (out->len == start)
		buf_putc(out, '_');
	else if (out->data[start] == '.')
		out->data[start] = '_';
}

static int
hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Percent-decode s[0..n) into b (URLs: %D0%9C -> the letter). */
static void
unescape(const char *s, size_t n, struct buf *b)
{
	size_t	 k;

	buf_reset(b);
	for (k = 0; k < n; k++)
		if (s[k] == '%' && k + 2 < n + 0 && hexval(s[k + 1]) >= 0 &&
		    hexval(s[k + 2]) >= 0) {
			buf_putc(b, (char)(hexval(s[k + 1]) * 16 +
			    hexval(s[k + 2])));
			k += 2;
		} else
			buf_putc(b, s[k]);
}

/* Append the components of a '/'-separated path, made safe; "." and
 * ".." are dropped, not obeyed.  Returns how many were added. */
static int
add_components(const char *p, size_t n, int decode, int depth,
    struct buf *rel)
{
	struct buf	 tmp = BUF_INIT;
	size_t		 k = 0, end;
	int		 added = 0;

	while (k < n) {
		for (end = k; end < n && p[end] != '/'; end++)
			;
		if (end > k && !(end - k == 1 && p[k] == '.') &&
		    !(end - k == 2 && p[k] == '.' && p[k + 1] == '.') &&
		    depth + added < MAX_DEPTH) {
			if (rel->len > 0)
				buf_putc(rel, '/');
			if (decode) {
				unescape(p + k, end - k, &tmp);
				outdir_safe_component(buf_cstr(&tmp), tmp.len,
				    rel);
			} else
				outdir_safe_component(p + k, end - k, rel);
			added++;
		}
		k = end + 1;
	}
	buf_free(&tmp);
	return added;
}

/* Cut a page's own extension (".html", ".htm.gz") from the last
 * component, and a container's (".warc.gz", ".jsonl"). */
static void
cut_extension(struct buf *rel, size_t last)
{
	static const char *const cut[] = { ".gz", ".warc", ".jsonl" };
	char		*dot;
	size_t		 k;

	for (k = 0; k < sizeof(cut) / sizeof(*cut); k++) {
		dot = strrchr(rel->data + last, '.');
		if (dot != NULL && dot > rel->data + last &&
		    strcmp(dot, cut[k]) == 0)
			rel->len = (size_t)(dot - rel->data);
		rel->data[rel->len] = '\0';
	}
	dot = strrchr(rel->data + last, '.');
	if (dot != NULL && dot > rel->data + last &&
	    input_name_is_html(rel->data + last) == 1)
		rel->len = (size_t)(dot - rel->data);
	rel->data[rel->len] = '\0';
}

static size_t
last_component(const struct buf *rel)
{
	const char	*s = rel->len > 0 ? strrchr(rel->data, '/') : NULL;

	return s != NULL ? (size_t)(s - rel->data) + 1 : 0;
}

/* host/path?query of a URL, for a record. */
static void
add_url(const char *url, int depth, struct buf *rel)
{
	const char	*p = strstr(url, "://"), *q, *end, *pe;
	size_t		 start = rel->len;

	p = p != NULL ? p + 3 : url;
	end = p + strcspn(p, "#");
	q = memchr(p, '?', (size_t)(end - p));
	pe = q != NULL ? q : end;
	add_components(p, (size_t)(pe - p), 1, depth, rel);
	/* http://host and http://host/news/ are folders' index pages. */
	if (rel->len == start || pe[-1] == '/' ||
	    memchr(p, '/', (size_t)(pe - p)) == NULL)
		buf_puts(rel, rel->len > 0 ? "/index" : "index");
	if (q != NULL && end - q > 1) {
		buf_putc(rel, '_');
		if (end - q - 1 <= 64)
			outdir_safe_component(q + 1, (size_t)(end - q - 1), rel);
		else
			buf_printf(rel, "%016llx", (unsigned long long)
			    fnv1a(q + 1, (size_t)(end - q - 1)));
	}
}

/* Remember a name; 1 when it was given before. */
static int
seen_before(struct outdir *od, uint64_t h)
{
	size_t	 k, mask;

	if (od->nseen * 2 >= od->capseen) {
		uint64_t	*old = od->seen;
		size_t		 n = od->capseen;

		od->capseen = n ? n * 2 : 1024;
		od->seen = xcalloc(od->capseen, sizeof(*od->seen));
		od->nseen = 0;
		for (k = 0; k < n; k++)
			if (old[k] != 0)
				seen_before(od, old[k]);
		free(old);
	}
	mask = od->capseen - 1;
	for (k = h & mask; od->seen[k] != 0; k = (k + 1) & mask)
		if (od->seen[k] == h)
			return 1;
	od->seen[k] = h;
	od->nseen++;
	return 0;
}

void
outdir_name(struct outdir *od, const struct doc *d, struct buf *rel)
{
	const char	*path = d->path;
	size_t		 base;
	int		 depth, k;

	buf_reset(rel);
	if (strcmp(path, "-") == 0)
		path = "stdin";
	depth = add_components(path, strlen(path), 0, 0, rel);
	if (rel->len == 0)
		buf_puts(rel, "input");
	cut_extension(rel, last_component(rel));
	if (d->record > 0) {
		if (d->url != NULL)
			add_url(d->url, depth, rel);
		else
			buf_printf(rel, "/record-%lu", d->record);
	}
	base = rel->len;
	buf_printf(rel, ".%s", od->ext);
	for (k = 2; seen_before(od, fnv1a(rel->data, rel->len)); k++) {
		rel->len = base;
		buf_printf(rel, "~%d.%s", k, od->ext);
	}
}

/*
 * Files.
 */

/* Open the folder that holds rel, creating the missing ones when
 * create is set; returns a descriptor (od->fd itself for the top) and
 * points *file at the last component. */
static int
open_parent(struct outdir *od, const char *rel, int create,
    const char **file)
{
	char		 comp[1024];
	const char	*p = rel, *slash;
	int		 fd = od->fd, next;
	size_t		 n;

	while ((slash = strchr(p, '/')) != NULL) {
		n = (size_t)(slash - p);
		if (n == 0 || n >= sizeof(comp)) {
			errno = EINVAL;
			goto fail;
		}
		memcpy(comp, p, n);
		comp[n] = '\0';
		if (create && mkdirat(fd, comp, 0777) == -1 && errno != EEXIST)
			goto fail;
		next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		if (next == -1)
			goto fail;
		if (fd != od->fd)
			close(fd);
		fd = next;
		p = slash + 1;
	}
	*file = p;
	return fd;
fail:
	if (fd != od->fd) {
		int	 e = errno;

		close(fd);
		errno = e;
	}
	return -1;
}

int
outdir_exists(struct outdir *od, const char *rel)
{
	struct stat	 st;
	const char	*file;
	int		 fd, rc;

	if ((fd = open_parent(od, rel, 0, &file)) == -1)
		return 0;
	rc = fstatat(fd, file, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISREG(st.st_mode);
	if (fd != od->fd)
		close(fd);
	return rc;
}

static int
write_all(int fd, const char *data, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Write a new file in dfd; the reason in err on failure. */
static int
write_new(int dfd, const char *name, const char *data, size_t len,
    char *err, size_t errsize)
{
	int	 fd, e;

	fd = openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0666);
	if (fd == -1) {
		snprintf(err, errsize, "%s", strerror(errno));
		return -1;
	}
	if (write_all(fd, data, len) == -1) {
		e = errno;
		close(fd);
		snprintf(err, errsize, "write error: %s", strerror(e));
		return -1;
	}
	if (close(fd) == -1) {
		snprintf(err, errsize, "write error: %s", strerror(errno));
		return -1;
	}
	return 0;
}

int
outdir_write(struct outdir *od, const char *rel, const char *data,
    size_t len, char *err, size_t errsize)
{
	char		 tmp[64], why[200];
	const char	*file;
	int		 dfd, rc = -1;

	if ((dfd = open_parent(od, rel, 1, &file)) == -1) {
		snprintf(err, errsize, "%s: cannot make its folder: %s", rel,
		    strerror(errno));
		return -1;
	}
	/* Hidden, so a resumed run never takes it for a result. */
	snprintf(tmp, sizeof(tmp), ".artex-%ld-%lu.tmp", (long)getpid(),
	    od->ntmp++);
	if (write_new(dfd, tmp, data, len, why, sizeof(why)) == -1)
		snprintf(err, errsize, "%s: %s", rel, why);
	else if (renameat(dfd, tmp, dfd, file) == -1)
		snprintf(err, errsize, "%s: %s", rel, strerror(errno));
	else
		rc = 0;
	if (rc == -1)
		unlinkat(dfd, tmp, 0);
	if (dfd != od->fd)
		close(dfd);
	return rc;
}
