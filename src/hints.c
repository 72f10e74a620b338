/* SPDX-License-Identifier: ISC */
/* Class/id token and boilerplate phrase tables.  The tables are general:
 * words that web templates in many languages use for the same things,
 * never names tied to one site. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "dom.h"
#include "hints.h"

struct token_hint {
	const char	*token;		/* lower case */
	int		 prefix;	/* also matches longer tokens */
	unsigned	 flags;
};

/* Sorted by token (strcmp order) for binary search; a prefix entry also
 * matches tokens that start with it. */
static const struct token_hint token_hints[] = {
	{ "ad",			0, HINT_FURNITURE },
	{ "addthis",		0, HINT_FURNITURE },
	{ "ads",		0, HINT_FURNITURE },
	{ "adsense",		0, HINT_FURNITURE },
	{ "adslot",		0, HINT_FURNITURE },
	{ "adv",		0, HINT_FURNITURE },
	{ "advert",		1, HINT_BOILER },
	{ "affiliate",		0, HINT_WEAK_NEG },
	{ "article",		1, HINT_CONTENT },
	{ "articlebody",	0, HINT_CONTENT | HINT_BODY },
	{ "articlecontent",	0, HINT_CONTENT | HINT_BODY },
	{ "articletext",	0, HINT_CONTENT | HINT_BODY },
	{ "artikel",		1, HINT_CONTENT },
	{ "aside",		0, HINT_WEAK_NEG },
	{ "author",		1, HINT_AUTHOR },
	{ "autor",		1, HINT_AUTHOR },
	{ "banner",		1, HINT_FURNITURE },
	{ "beitrag",		1, HINT_CONTENT },
	{ "bildquelle",	0, HINT_CREDIT },
	{ "blog",		0, HINT_CONTENT },
	{ "body",		0, HINT_CONTENT },
	{ "bodytext",	0, HINT_CONTENT | HINT_BODY },
	{ "breadcrumb",		1, HINT_BOILER | HINT_SECTION },
	{ "breadcrumbs",	0, HINT_BOILER | HINT_SECTION },
	{ "byline",		1, HINT_AUTHOR },
	{ "caption",		1, HINT_CAPTION },
	{ "category",		0, HINT_SECTION },
	{ "combx",		0, HINT_WEAK_NEG },
	{ "comment",		0, HINT_BOILER | HINT_COMMENTS },
	{ "commentlist",	0, HINT_BOILER | HINT_COMMENTS },
	{ "comments",		0, HINT_BOILER | HINT_COMMENTS },
	{ "community",		0, HINT_WEAK_NEG },
	{ "consent",		1, HINT_BOILER },
	{ "contenido",		0, HINT_CONTENT },
	{ "content",		1, HINT_CONTENT },
	{ "contenu",		0, HINT_CONTENT },
	{ "cookie",		1, HINT_BOILER },
	{ "copyright",		0, HINT_FURNITURE | HINT_CREDIT },
	{ "credit",		1, HINT_CREDIT },
	{ "cuerpo",		0, HINT_CONTENT },
	{ "date",		1, HINT_DATE },
	{ "dateline",		0, 0 },
	{ "datum",		0, HINT_DATE },
	{ "disqus",		1, HINT_BOILER | HINT_COMMENTS },
	{ "entry",		1, HINT_CONTENT },
	{ "entrycontent",	0, HINT_CONTENT | HINT_BODY },
	{ "extra",		0, HINT_WEAK_NEG },
	{ "footer",		1, HINT_FOOTER },
	{ "footnote",		1, 0 },
	{ "fotograf",	1, HINT_CREDIT },
	{ "gdpr",		0, HINT_BOILER },
	{ "header",		1, HINT_WEAK_NEG },
	{ "hentry",		0, HINT_CONTENT },
	{ "inhalt",		0, HINT_CONTENT },
	{ "intro",		0, HINT_LEAD },
	{ "kicker",		0, HINT_SECTION },
	{ "lead",		0, HINT_LEAD },
	{ "login",		0, HINT_FURNITURE },
	{ "main",		0, HINT_CONTENT },
	{ "masthead",		0, HINT_FURNITURE },
	{ "megamenu",		0, HINT_BOILER },
	{ "menu",		1, HINT_BOILER },
	{ "meta",		0, HINT_WEAK_NEG },
	{ "modal",		1, HINT_BOILER },
	{ "nav",		0, HINT_BOILER },
	{ "navbar",		0, HINT_BOILER },
	{ "navigation",		0, HINT_BOILER },
	{ "newsletter",		1, HINT_BOILER },
	{ "outbrain",		1, HINT_BOILER },
	{ "overlay",		0, HINT_FURNITURE },
	{ "pager",		0, HINT_FURNITURE },
	{ "pagination",		0, HINT_FURNITURE },
	{ "paywall",		1, HINT_FURNITURE },
	{ "photographer",	0, HINT_CREDIT },
	{ "popular",		0, HINT_FURNITURE },
	{ "popup",		1, HINT_BOILER },
	{ "post",		0, HINT_CONTENT },
	{ "postbody",		0, HINT_CONTENT | HINT_BODY },
	{ "postcontent",	0, HINT_CONTENT | HINT_BODY },
	{ "promo",		1, HINT_BOILER },
	{ "prose",		0, HINT_CONTENT },
	{ "pubdate",		0, HINT_DATE },
	{ "published",		0, HINT_DATE },
	{ "quelle",	0, HINT_CREDIT },
	{ "rail",		0, HINT_WEAK_NEG },
	{ "recommend",		1, HINT_BOILER },
	{ "related",		1, HINT_BOILER },
	{ "remark",		0, HINT_WEAK_NEG },
	{ "respond",		0, HINT_BOILER | HINT_COMMENTS },
	{ "rubric",		1, HINT_SECTION },
	{ "share",		1, HINT_BOILER },
	{ "sharing",		0, HINT_BOILER },
	{ "shoutbox",		0, HINT_FURNITURE },
	{ "sidebar",		1, HINT_BOILER },
	{ "signup",		0, HINT_FURNITURE },
	{ "skip",		0, HINT_FURNITURE },
	{ "skyscraper",		0, HINT_FURNITURE },
	{ "social",		1, HINT_BOILER },
	{ "source",	0, HINT_CREDIT },
	{ "sponsor",		1, HINT_BOILER },
	{ "standfirst",		0, HINT_LEAD },
	{ "story",		1, HINT_CONTENT },
	{ "storybody",	0, HINT_CONTENT | HINT_BODY },
	{ "storytext",	0, HINT_CONTENT | HINT_BODY },
	{ "subnav",		0, HINT_BOILER },
	{ "subscribe",		1, HINT_BOILER },
	{ "subscription",	1, HINT_BOILER },
	{ "summary",		0, HINT_LEAD },
	{ "taboola",		1, HINT_BOILER },
	{ "tag",		0, HINT_FURNITURE },
	{ "tagcloud",		0, HINT_FURNITURE },
	{ "taglist",		0, HINT_FURNITURE },
	{ "tags",		0, HINT_FURNITURE },
	{ "teaser",		1, HINT_WEAK_NEG },
	{ "testo",		0, HINT_CONTENT },
	{ "text",		0, HINT_CONTENT },
	{ "texte",		0, HINT_CONTENT },
	{ "time",		0, HINT_DATE },
	{ "timestamp",		0, HINT_DATE },
	{ "toolbar",		0, HINT_FURNITURE },
	{ "tools",		0, HINT_FURNITURE },
	{ "topbar",		0, HINT_FURNITURE },
	{ "trending",		0, HINT_FURNITURE },
	{ "tresc",		0, HINT_CONTENT },
	{ "widget",		1, HINT_FURNITURE },
};

#define NTOKEN_HINTS (sizeof(token_hints) / sizeof(token_hints[0]))

static const struct token_hint *
token_find(const char *tok)
{
	size_t	 lo = 0, hi = NTOKEN_HINTS, mid;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(tok, token_hints[mid].token);
		if (c == 0)
			return &token_hints[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* An exact entry wins; otherwise every prefix entry that the token
 * starts with ("advertising" -> "advert"). */
static unsigned
token_lookup(const char *tok)
{
	const struct token_hint	*h;
	char			 pre[40];
	size_t			 n = strlen(tok);
	unsigned		 flags = 0;

	if ((h = token_find(tok)) != NULL)
		return h->flags;
	if (n >= sizeof(pre))
		return 0;
	memcpy(pre, tok, n + 1);
	while (--n >= 2) {
		pre[n] = '\0';
		if ((h = token_find(pre)) != NULL && h->prefix)
			flags |= h->flags;
	}
	return flags;
}

static int
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * Split an attribute value into lower-case tokens at every non-alphanumeric
 * byte and at camelCase humps ("articleBody" -> "article", "body"), also
 * trying each token joined with the next ("post-content" -> "postcontent")
 * so both spellings reach the table.
 */
static unsigned
value_hints(const char *v)
{
	char	 tok[2][40];
	size_t	 n, prevn = 0;
	unsigned flags = 0;
	int	 cur = 0, hump_before = 0, hump_after;

	while (*v != '\0') {
		if (!is_alnum(*v))
			hump_before = 0;
		while (*v != '\0' && !is_alnum(*v))
			v++;
		n = 0;
		hump_after = 0;
		while (is_alnum(*v)) {
			if (n > 0 && *v >= 'A' && *v <= 'Z' &&
			    v[-1] >= 'a' && v[-1] <= 'z') {
				hump_after = 1;
				break;
			}
			if (n + 1 < sizeof(tok[0]))
				tok[cur][n++] = (char)(*v >= 'A' && *v <= 'Z' ?
				    *v | 0x20 : *v);
			v++;
		}
		if (n == 0)
			continue;
		tok[cur][n] = '\0';
		/* A short word cut out of a camelCase name ("tagStyle_x1")
		 * is too often part of a generated class to mean much. */
		if (n >= 5 || !(hump_before || hump_after))
			flags |= token_lookup(tok[cur]);
		if (prevn > 0 && prevn + n + 1 < sizeof(tok[0])) {
			char	 joined[80];
			memcpy(joined, tok[!cur], prevn);
			memcpy(joined + prevn, tok[cur], n + 1);
			flags |= token_lookup(joined) & (HINT_BODY |
			    HINT_BOILER | HINT_FURNITURE | HINT_FOOTER);
		}
		prevn = n;
		cur = !cur;
		hump_before = hump_after;
	}
	return flags;
}

static unsigned
role_hints(const char *role)
{
	static const char *const boiler[] = { "navigation", "banner",
	    "contentinfo", "complementary", "search", "menu", "menubar",
	    "dialog", "alertdialog", "toolbar", "tablist" };
	size_t	 i;

	if (strcasecmp(role, "main") == 0 || strcasecmp(role, "article") == 0)
		return HINT_CONTENT;
	for (i = 0; i < sizeof(boiler) / sizeof(boiler[0]); i++)
		if (strcasecmp(role, boiler[i]) == 0)
			return HINT_BOILER;
	return 0;
}

unsigned
hints_of(const xmlNode *n)
{
	const char	*v;
	unsigned	 f = 0;

	if ((v = dom_attr(n, "class")) != NULL)
		f |= value_hints(v);
	if ((v = dom_attr(n, "id")) != NULL)
		f |= value_hints(v);
	if ((v = dom_attr(n, "role")) != NULL)
		f |= role_hints(v);
	if ((v = dom_attr(n, "itemprop")) != NULL) {
		if (strcasecmp(v, "articleBody") == 0 ||
		    strcasecmp(v, "text") == 0)
			f |= HINT_CONTENT | HINT_BODY;
		else if (strcasecmp(v, "author") == 0)
			f |= HINT_AUTHOR;
		else if (strncasecmp(v, "date", 4) == 0)
			f |= HINT_DATE;
	}
	return f;
}

static int
weight_of(const char *v)
{
	unsigned	 f;
	int		 w = 0;

	if (v == NULL)
		return 0;
	f = value_hints(v);
	if (f & (HINT_BOILER | HINT_FURNITURE | HINT_WEAK_NEG | HINT_COMMENTS |
	    HINT_FOOTER))
		w -= 25;
	if (f & HINT_CONTENT)
		w += 25;
	return w;
}

int
hints_weight(const xmlNode *n)
{
	return weight_of(dom_attr(n, "class")) + weight_of(dom_attr(n, "id"));
}

/* Boilerplate phrases, lower case.  A block that opens with one of them
 * and is short or mostly a link is page furniture, in any of these
 * languages. */
static const char *const phrases[] = {
	/* English */
	"advertisement", "all news", "all rights reserved", "back to top",
	"click here", "comments", "continue reading", "cookie", "follow us",
	"latest news", "leave a comment", "log in", "more from", "more news",
	"more on this", "most popular", "most read", "next article",
	"next story", "previous article", "print", "read also", "read more",
	"recent news", "recommended", "related", "see also", "share",
	"sign up", "sponsored", "subscribe", "tags:", "top stories",
	"we use cookies", "you may also like", "you might also like",
	"was this article helpful", "did you find this article",
	"no comments", "latest articles", "latest posts", "recent posts",
	"about the author", "about the authors",
	"related posts", "related articles",
	"rate this article", "loading...", "photo:", "image:", "credit:",
	"source:", "sign up for", "never miss",
	/* German */
	"alle rechte vorbehalten", "anzeige", "artikel teilen",
	"auch interessant", "das könnte sie auch interessieren", "drucken",
	"folgen sie uns", "kommentare", "lesen sie auch", "mehr lesen",
	"mehr zum thema", "teilen", "weiterlesen", "werbung", "zum thema",
	"keine kommentare", "neueste artikel", "neueste beiträge",
	"über den autor", "über die autorin", "zum autor", "zur autorin",
	"alle angaben ohne gewähr",
	"ähnliche artikel", "ähnliche beiträge", "aktuelle artikel",
	"war der artikel", "war dieser artikel", "wie bewerten sie",
	"möchten sie den artikel", "foto:", "bild:", "quelle:",
	"mit unserem newsletter", "zum weiterlesen", "weitere beiträge",
	"das könnte dich", "das könnte sie", "jetzt abonnieren",
	/* French */
	"à lire aussi", "abonnez-vous", "commentaires", "lire aussi",
	"crédit photo", "photo :", "à propos de l'auteur", "l'auteur",
	"lire la suite", "partager", "publicité", "sur le même sujet",
	"suivez-nous", "voir aussi",
	/* Spanish, Portuguese, Italian */
	"comentarios", "compartilhe", "compartir", "condividi", "leer más",
	"lee también", "leggi anche", "leia mais", "leia também",
	"noticias relacionadas", "potrebbe interessarti", "publicidad",
	"publicidade", "pubblicità", "síguenos", "suscríbete",
	"te puede interesar", "ver también", "veja também",
	/* Dutch, Polish, Turkish */
	"abone ol", "advertentie", "czytaj także", "czytaj też", "reklama",
	"zobacz również", "zapraszamy", "polecamy", "o autorze",
	"sobre el autor", "sull'autore", "об авторе",
	"czytaj więcej", "komentarze", "lees meer", "lees ook", "paylaş",
	"reklam", "udostępnij", "zobacz także", "zobacz też",
	/* Russian, Belarusian, Ukrainian */
	"все новости", "комментарии", "новости по теме", "падпісвайцеся",
	"підписуйтесь", "поделиться", "подписывайтесь", "подпишитесь",
	"последние новости", "реклама", "самое читаемое", "смотрите также",
	"усе навіны", "усі новини", "читайте также", "читайте також",
	"читать далее", "читать также", "чытайце таксама",
	/* Chinese, Arabic */
	"相关阅读", "相关新闻", "推荐阅读", "阅读更多", "分享到",
	"اقرأ أيضا", "اقرأ أيضاً", "تابعنا", "مواضيع ذات صلة",
};

/* Lower-case the first bytes of text into out (UTF-8). */
static size_t
fold_prefix(const char *text, size_t len, char *out, size_t outsize,
    size_t *srclen)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t		 i = 0, o = 0;

	while (i < len && o + 4 < outsize) {
		n = utf8proc_iterate((const uint8_t *)text + i,
		    (utf8proc_ssize_t)(len - i), &c);
		if (n <= 0)
			break;
		o += (size_t)utf8proc_encode_char(utf8proc_tolower(c),
		    (uint8_t *)out + o);
		i += (size_t)n;
		srclen[o] = i;
	}
	return o;
}

/* Verbs of page furniture that end a short label: "Seite teilen",
 * "Als PDF herunterladen", "Artikel drucken", lower case. */
static const char *const tail_verbs[] = {
	"download", "share", "print", "subscribe", "herunterladen",
	"downloaden", "teilen", "drucken", "abonnieren", "versäumen",
	"verpassen", "télécharger", "partager", "imprimer", "descargar",
	"compartir", "imprimir", "scarica", "condividi", "stampa", "pobierz",
	"udostępnij", "drukuj", "скачать", "поделиться", "распечатать",
};

static int
ends_with_tail_verb(const char *low, size_t n)
{
	size_t	 k, vl, words = 1;

	while (n > 0 && strchr(" !.:»>", low[n - 1]) != NULL)
		n--;
	for (k = 0; k < n; k++)
		words += low[k] == ' ';
	if (words > 6)
		return 0;
	for (k = 0; k < sizeof(tail_verbs) / sizeof(tail_verbs[0]); k++) {
		vl = strlen(tail_verbs[k]);
		if (vl <= n && memcmp(low + n - vl, tail_verbs[k], vl) == 0 &&
		    (vl == n || low[n - vl - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Bullets and arrows that decorate a label: "* Werbung", "» Mehr". */
static size_t
skip_decoration(const char *t, size_t len)
{
	size_t	 i = 0;

	for (;;) {
		if (i < len && strchr(" \t\n*->|#", t[i]) != NULL && t[i] != '\0')
			i++;
		else if (i + 1 < len && (unsigned char)t[i] == 0xC2 &&
		    (unsigned char)t[i + 1] == 0xBB)
			i += 2;		/* » */
		else if (i + 2 < len && (unsigned char)t[i] == 0xE2 &&
		    (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] == 0xA2)
			i += 3;		/* • */
		else
			return i;
	}
}

int
hints_boiler_phrase(const char *text, size_t len, size_t *plen)
{
	char	 low[96];
	size_t	 map[96 + 4] = { 0 };
	size_t	 n, i, pl, skip = skip_decoration(text, len);

	text += skip;
	len -= skip;
	n = fold_prefix(text, len, low, sizeof(low), map);
	for (i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++) {
		pl = strlen(phrases[i]);
		if (pl > n || memcmp(low, phrases[i], pl) != 0)
			continue;
		/* The phrase must end at a word boundary. */
		if (pl < n && is_alnum(low[pl]))
			continue;
		if (plen != NULL)
			*plen = map[pl] + skip;
		return 1;
	}
	if (len < sizeof(low) - 4 && ends_with_tail_verb(low, n)) {
		if (plen != NULL)
			*plen = len + skip;
		return 1;
	}
	return 0;
}
