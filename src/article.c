/* SPDX-License-Identifier: ISC */
/* The article model: constructor, blocks, free. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "article.h"
#include "agency.h"
#include "buf.h"
#include "byline.h"
#include "strtab.h"
#include "xalloc.h"

#define MAX_AUTHORS 10

static const char *const kind_names[BLOCK__MAX] = {
	"paragraph", "heading", "list-item", "quote", "pre", "table-row",
	"caption"
};

struct article *
article_new(void)
{
	struct article	*a = xcalloc(1, sizeof(*a));

	a->arena = arena_new();
	return a;
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	free(a->blocks);
	free(a->comments);
	free(a->images);
	arena_free(a->arena);
	free(a);
}

static struct block *
append(struct article *a, struct block **v, size_t *n, size_t *cap,
    enum block_kind kind, int level, const char *text, size_t len)
{
	struct block	*b;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	b = &(*v)[(*n)++];
	b->kind = kind;
	b->level = level;
	b->text = arena_strndup(a->arena, text, len);
	b->links = NULL;
	b->nlinks = 0;
	return b;
}

void
article_set_links(struct article *a, struct block *b,
    const struct link *links, size_t n)
{
	size_t	 k;

	b->nlinks = 0;
	b->links = n > 0 ? arena_alloc(a->arena, n * sizeof(*b->links)) :
	    NULL;
	for (k = 0; k < n; k++) {
		b->links[k].text = arena_strdup(a->arena, links[k].text);
		b->links[k].href = arena_strdup(a->arena, links[k].href);
	}
	b->nlinks = n;
}

struct image *
article_add_image(struct article *a, const char *src, const char *alt,
    const char *caption, size_t before)
{
	struct image	*im;

	if (a->nimages == a->capimages) {
		a->capimages = a->capimages ? a->capimages * 2 : 8;
		a->images = xrealloc(a->images,
		    a->capimages * sizeof(*a->images));
	}
	im = &a->images[a->nimages++];
	im->src = arena_strdup(a->arena, src);
	im->alt = arena_strdup(a->arena, alt);
	im->caption = arena_strdup(a->arena, caption);
	im->before = before;
	return im;
}

struct block *
article_add_block(struct article *a, enum block_kind kind, int level,
    const char *text, size_t len)
{
	return append(a, &a->blocks, &a->nblocks, &a->capblocks, kind, level,
	    text, len);
}

void
article_join_next(struct article *a, size_t k)
{
	struct block	*b, *next;
	struct link	*links;
	size_t		 n, i;
	char		*text;

	if (k + 1 >= a->nblocks)
		return;
	b = &a->blocks[k];
	next = &a->blocks[k + 1];
	n = strlen(b->text);
	text = arena_alloc(a->arena, n + strlen(next->text) + 2);
	memcpy(text, b->text, n);
	text[n] = ' ';
	strcpy(text + n + 1, next->text);
	b->text = text;
	if (next->nlinks > 0) {
		links = arena_alloc(a->arena, (b->nlinks + next->nlinks) *
		    sizeof(*links));
		if (b->nlinks > 0)
			memcpy(links, b->links, b->nlinks * sizeof(*links));
		memcpy(links + b->nlinks, next->links,
		    next->nlinks * sizeof(*links));
		b->links = links;
		b->nlinks += next->nlinks;
	}
	memmove(next, next + 1, (a->nblocks - k - 2) * sizeof(*next));
	a->nblocks--;
	/* An image before the joined block now stands before k. */
	for (i = 0; i < a->nimages; i++)
		if (a->images[i].before > k)
			a->images[i].before--;
}

struct block *
article_add_comment(struct article *a, const char *text, size_t len)
{
	return append(a, &a->comments, &a->ncomments, &a->capcomments,
	    BLOCK_PARAGRAPH, 0, text, len);
}

char *
article_strdup(struct article *a, const char *s)
{
	return arena_strdup(a->arena, s);
}

const char *
block_kind_name(enum block_kind k)
{
	return (unsigned)k < BLOCK__MAX ? kind_names[k] : "paragraph";
}

static void
join_blocks(const struct block *v, size_t n, struct buf *out)
{
	size_t	 k;

	for (k = 0; k < n; k++) {
		if (k > 0)
			buf_puts(out, "\n\n");
		buf_puts(out, v[k].text);
	}
}

void
article_body_text(const struct article *a, struct buf *out)
{
	join_blocks(a->blocks, a->nblocks, out);
}

void
article_comments_text(const struct article *a, struct buf *out)
{
	join_blocks(a->comments, a->ncomments, out);
}

/* At least n words in s[0..len). */
static int
has_words(const char *s, size_t len, size_t n)
{
	size_t	 k, words = len > 0;

	for (k = 0; k + 1 < len; k++)
		if (s[k] == ' ' && s[k + 1] != ' ')
			words++;
	return words >= n;
}

/* Words that name a job or a desk, not a person. */
static int
is_role(const char *s, size_t len)
{
	static const char *const roles[] = { "staff", "staff writer",
	    "staff reporter", "correspondent", "editor", "editors", "reporter",
	    "redaktion", "die redaktion", "newsroom", "news desk", "wire",
	    "wires", "agencies", "agenturen", "ma", "phd", "md", "dr",
	    "contributor", "guest author", "редакция", "корреспондент",
	    "court reporter", "news", "desk", "redação", "redacao",
	    "redacción", "redaccion", "redazione", "rédaction", "redakcja",
	    "redaktori", "redactie" };

	/* A desk alone; with its paper ("Redaktion Polizeiticker
	 * Schweiz") it signs for the newsroom and stays. */
	return str_is_one_of(s, len, roles, sizeof(roles) / sizeof(roles[0]));
}

/* "Jane Doe (AP)", "Bruno Rodrigues (Folha)": an affiliation in
 * parentheses closing the name goes; "Bruno (Henrique Zecchin)
 * Rodrigues" keeps its middle names. */
static size_t
drop_paren_tail(const char *s, size_t len)
{
	size_t	 open;

	if (len < 4 || s[len - 1] != ')')
		return len;
	for (open = len - 1; open > 0 && s[open] != '('; open--)
		continue;
	if (s[open] != '(' || open < 2 || s[open - 1] != ' ' ||
	    !has_words(s, open - 1, 2))
		return len;
	return open - 1;
}

/*
 * A job title after the name: "Ben Silverman Games Editor", "Adam
 * Aaronson PhillyVoice Staff".  The role goes, with one word that
 * qualifies it (a desk, a rank, the site's name), while two words of
 * name stay: "Mary Ann Smith Editor" keeps "Mary Ann Smith".
 * A job alone ("Diplomatic Editor") leaves no name: 0.
 */
static size_t
drop_role_tail(const struct article *a, const char *s, size_t len)
{
	size_t	 cut, k, e;
	const char *w;

	for (w = s + len; w > s && w[-1] != ' '; w--)
		continue;
	if (w == s || !byline_is_role_word(w, (size_t)(s + len - w)))
		return len;
	cut = (size_t)(w - s) - 1;	/* the words before the role */
	for (k = 0; k < cut; k = e + 1) {
		for (e = k; e < cut && s[e] != ' '; e++)
			;
		if (!byline_is_beat(s + k, e - k))
			break;
	}
	if (k >= cut)
		return 0;
	if (!has_words(s, cut, 2))
		return len;
	for (w = s + cut; w > s && w[-1] != ' '; w--)
		continue;
	/* The beat or the paper before the role: "Jane Doe Senior Writer",
	 * "Adam Aaronson PhillyVoice Staff". */
	if (w > s && has_words(s, (size_t)(w - s) - 1, 2) &&
	    (byline_is_beat(w, (size_t)(s + cut - w)) ||
	    (a->site_name != NULL &&
	    strlen(a->site_name) == (size_t)(s + cut - w) &&
	    strncasecmp(w, a->site_name, (size_t)(s + cut - w)) == 0)))
		cut = (size_t)(w - s) - 1;
	return cut;
}

/* "em São Paulo", "in Berlin", "à Paris": where the reporter writes
 * from, after the names ("Do UOL, em São Paulo"). */
static int
is_place_after(const char *s, size_t len)
{
	static const char *const words[] = { "em", "in", "en", "à", "a",
	    "aus", "desde", "from", "de", "da", "di", "w", "из", "з" };
	size_t	 w;

	for (w = 0; w < len && s[w] != ' '; w++)
		;
	return w < len && str_is_one_of(s, w, words, sizeof(words) /
	    sizeof(words[0])) && (s[0] < 'A' || s[0] > 'Z');
}

/* "Patrick ANGEVIN.": the full stop after a word of three letters or
 * more goes; after an initial or "Jr." it stays. */
static size_t
drop_final_stop(const char *s, size_t len)
{
	size_t	 k;

	if (len < 2 || s[len - 1] != '.')
		return len;
	for (k = len - 1; k > 0 && s[k - 1] != ' '; k--)
		;
	return len - 1 - k >= 3 ? len - 1 : len;
}

/* No letter of s[0, len) in lower case (ASCII). */
static int
all_caps(const char *s, size_t len)
{
	size_t	 k;

	for (k = 0; k < len; k++)
		if (s[k] >= 'a' && s[k] <= 'z')
			return 0;
	return 1;
}

/* "JOHN ROE Associated Press": the agency set after the last name with
 * no comma (a line break on the page).  Returns the name's length; the
 * agency starts at *agency (0: none).  A one-word tail counts in
 * capitals only ("AP", "EFE"), and not after a name in capitals: "Ahmet
 * Efe" and "AHMET EFE" are people. */
static size_t
drop_agency_tail(const char *s, size_t len, size_t *agency)
{
	size_t	 k = len, words = 0;

	*agency = 0;
	while (words < 3) {
		while (k > 0 && s[k - 1] != ' ')
			k--;
		if (k < 2)
			return len;
		words++;
		if (agency_id(s + k, len - k) != NULL &&
		    has_words(s, k - 1, 2)) {
			if (words > 1 || (all_caps(s + k, len - k) &&
			    !all_caps(s, k - 1))) {
				*agency = k;
				return k - 1;
			}
		}
		k--;
	}
	return len;
}

/*
 * The titles Korean and Chinese papers set around a name: "선수민 기자"
 * (reporter), "홍길동 특파원" (correspondent), "记者 张三"; and the outlet
 * before "=": "스포츠조선=선수민 기자".  Moves *s past what goes before
 * the name; returns the name's length.
 */
static size_t
drop_cjk_title(const char **s, size_t len)
{
	static const char *const after[] = { " 기자", " 특파원", " 통신원",
	    "기자" };
	static const char *const before[] = { "记者 ", "記者 ", "记者",
	    "記者" };
	const char	*eq;
	size_t		 k, n;

	if ((eq = memchr(*s, '=', len)) != NULL && eq > *s &&
	    (unsigned char)eq[-1] >= 0x80 && (size_t)(eq - *s) + 1 < len) {
		len -= (size_t)(eq + 1 - *s);
		*s = eq + 1;
	}
	for (k = 0; k < sizeof(before) / sizeof(before[0]); k++) {
		n = strlen(before[k]);
		if (len > n && strncmp(*s, before[k], n) == 0) {
			*s += n;
			len -= n;
			break;
		}
	}
	for (k = 0; k < sizeof(after) / sizeof(after[0]); k++) {
		n = strlen(after[k]);
		if (len >= n + 6 && strncmp(*s + len - n, after[k], n) == 0)
			return len - n;
	}
	return len;
}

/* "MA WebMD Health News" after "Brenda Goodman, ": a degree, then the
 * desk; no second author. */
static int
is_degree_first(const char *s, size_t len)
{
	static const char *const degrees[] = { "ma", "md", "phd", "mba",
	    "mph", "rn", "msc", "bsc" };	/* not "Dr", a title before a name */
	size_t	 k, n;

	for (k = 0; k < sizeof(degrees) / sizeof(degrees[0]); k++) {
		n = strlen(degrees[k]);
		if (len > n && s[n] == ' ' && strncasecmp(s, degrees[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Where the next name ends: at "; ", ", ", " and ", " & ", … */
static size_t
name_end(const char *s)
{
	static const char *const seps[] = { "; ", ", ", " and ", " und ",
	    " et ", " y ", " e ", " i ", " & ", " / ", " и ", " та ", " і ",
	    " avec ", " with ", " mit ", " con ",	/* "X avec AFP" */
	    "\xc2\xb7", "\xe3\x80\x81" };	/* Korean ·, Chinese 、 */
	size_t	 k, end = strlen(s);
	const char *p, *w;

	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		if ((p = strstr(s, seps[k])) == NULL || (size_t)(p - s) >= end)
			continue;
		/* "Mac & i": a word in lower case after the ampersand is
		 * the rest of a brand's name, not a second author. */
		if (strcmp(seps[k], " & ") == 0 && p[3] >= 'a' && p[3] <= 'z')
			continue;
		end = (size_t)(p - s);
	}
	/* "Wilmer Leon. Sputnik International": a full stop after a word
	 * of three letters or more ends the name ("P. Mucović" has an
	 * initial). */
	for (p = strstr(s, ". "); p != NULL && (size_t)(p - s) < end;
	    p = strstr(p + 1, ". ")) {
		for (w = p; w > s && w[-1] != ' '; w--)
			;
		if (p - w >= 3) {
			end = (size_t)(p - s);
			break;
		}
	}
	return end;
}

static size_t
sep_len(const char *s)
{
	size_t	 n = 0;

	for (;;) {
		if (s[n] == ';' || s[n] == ',' || s[n] == '.' || s[n] == '&' ||
		    s[n] == '/' || s[n] == ' ')
			n++;
		else if (strncmp(s + n, "\xc2\xb7", 2) == 0)
			n += 2;
		else if (strncmp(s + n, "\xe3\x80\x81", 3) == 0)
			n += 3;
		else
			break;
	}
	if (n == 0 || s[n] == '\0')
		return n;
	/* A conjunction: skip the word. */
	if (s[n - 1] == ' ' && (strncmp(s + n, "and ", 4) == 0 ||
	    strncmp(s + n, "und ", 4) == 0 || strncmp(s + n, "et ", 3) == 0 ||
	    strncmp(s + n, "y ", 2) == 0 || strncmp(s + n, "e ", 2) == 0 ||
	    strncmp(s + n, "i ", 2) == 0 || strncmp(s + n, "avec ", 5) == 0 ||
	    strncmp(s + n, "with ", 5) == 0 || strncmp(s + n, "mit ", 4) == 0 ||
	    strncmp(s + n, "con ", 4) == 0 ||
	    strncmp(s + n, "\xd0\xb8 ", 3) == 0 ||	/* и */
	    strncmp(s + n, "\xd1\x96 ", 3) == 0 ||	/* і */
	    strncmp(s + n, "\xd1\x82\xd0\xb0 ", 5) == 0))	/* та */
		n += (size_t)(strchr(s + n, ' ') - (s + n)) + 1;
	return n;
}

/* The same name twice (a byline and its microdata, two meta keys). */
static int
already_named(const struct article *a, const char *name)
{
	size_t	 k;

	for (k = 0; k < a->nauthors; k++)
		if (strcasecmp(a->authors[k], name) == 0)
			return 1;
	return 0;
}

void
article_set_authors(struct article *a, const char *names, const char *ev)
{
	char		*copy, *p, *rest, *name, saved;
	struct buf	 joined = BUF_INIT;
	size_t		 end, start, n, tail, whole;

	a->authors = NULL;
	a->nauthors = 0;
	a->byline_agency = NULL;
	if (names == NULL)
		return;
	a->authors = arena_alloc(a->arena, MAX_AUTHORS * sizeof(*a->authors));
	/* "Text & Fotos: Ivan Valetny": the opening goes before the names
	 * are split ("&" joins two names too). */
	copy = xstrdup(names + byline_opener_len(names));
	for (p = copy; *p != '\0' && a->nauthors < MAX_AUTHORS; p = rest) {
		p += sep_len(p);
		end = name_end(p);
		rest = p + end;
		saved = *rest;
		*rest = '\0';
		if ((n = byline_name(p, &start)) > 0) {
			const char *q = p + start;

			n = drop_cjk_title(&q, n);
			start = (size_t)(q - p);
			n = drop_role_tail(a, p + start,
			    drop_paren_tail(p + start, n));
			n = drop_final_stop(p + start, n);
			whole = n;
			n = drop_agency_tail(p + start, whole, &tail);
			if (tail > 0 && a->byline_agency == NULL)
				a->byline_agency = arena_strndup(a->arena,
				    p + start + tail, whole - tail);
		}
		if (n > 0 && a->byline_agency == NULL &&
		    agency_id(p + start, n) != NULL)
			a->byline_agency = arena_strndup(a->arena, p + start,
			    n);
		if (n > 0 && agency_id(p + start, n) == NULL &&
		    !is_role(p + start, n) && !is_degree_first(p + start, n) &&
		    !is_place_after(p + start, n) &&
		    !byline_is_organization(p + start, n)) {
			name = arena_strndup(a->arena, p + start, n);
			/* "Emma Jones, Example News": the paper after a
			 * name is where she writes. */
			if (!byline_is_no_author(name) &&
			    !already_named(a, name) && !(a->nauthors > 0 &&
			    a->site_name != NULL &&
			    strcasecmp(name, a->site_name) == 0)) {
				a->authors[a->nauthors++] = name;
				if (joined.len > 0)
					buf_puts(&joined, "; ");
				buf_puts(&joined, name);
			}
		}
		*rest = saved;
		if (end == 0 && *rest != '\0')
			rest++;		/* a separator sep_len() did not take */
	}
	free(copy);
	a->author = joined.len > 0 ? arena_strdup(a->arena, joined.data) : NULL;
	a->ev.author = a->author != NULL ? ev : NULL;
	buf_free(&joined);
}
