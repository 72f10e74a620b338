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
#include "strtab.h"

struct token_hint {
	const char	*token;		/* lower case */
	unsigned	 flags;
};

/* Words matched whole, through a hash (strtab.c). */
static const struct token_hint token_hints[] = {
	{ "ad",		HINT_FURNITURE },
	{ "addthis",	HINT_FURNITURE },
	{ "ads",		HINT_FURNITURE },
	{ "adsense",	HINT_FURNITURE },
	{ "adslot",	HINT_FURNITURE },
	{ "adv",		HINT_FURNITURE },
	{ "affiliate",	HINT_WEAK_NEG },
	{ "articlebody",	HINT_CONTENT | HINT_BODY },
	{ "articlecontent", HINT_CONTENT | HINT_BODY },
	{ "articletext",	HINT_CONTENT | HINT_BODY },
	{ "aside",		HINT_WEAK_NEG },
	{ "bildquelle",	HINT_CREDIT },
	{ "blog",		HINT_CONTENT },
	{ "body",		HINT_CONTENT },
	{ "bodytext",	HINT_CONTENT | HINT_BODY },
	{ "breadcrumbs",	HINT_BOILER | HINT_SECTION },
	{ "categoria",	HINT_SECTION },	/* Italian, Spanish, Portuguese */
	{ "categorie",	HINT_SECTION },	/* Romanian, Dutch, French */
	{ "category",	HINT_SECTION },
	{ "combx",		HINT_WEAK_NEG },
	{ "comment",	HINT_BOILER | HINT_COMMENTS },
	{ "commentlist",	HINT_BOILER | HINT_COMMENTS },
	{ "comments",	HINT_BOILER | HINT_COMMENTS },
	{ "community",	HINT_WEAK_NEG },
	{ "contenido",	HINT_CONTENT },
	{ "contenu",	HINT_CONTENT },
	{ "copyright",	HINT_FURNITURE | HINT_CREDIT },
	{ "cuerpo",	HINT_CONTENT },
	{ "dateline",	0 },
	{ "datum",		HINT_DATE },
	{ "entrycontent",	HINT_CONTENT | HINT_BODY },
	{ "extra",		HINT_WEAK_NEG },
	{ "gdpr",		HINT_BOILER },
	{ "hentry",	HINT_CONTENT },
	{ "inhalt",	HINT_CONTENT },
	{ "intro",		HINT_LEAD },
	{ "kicker",	HINT_SECTION },
	{ "lead",		HINT_LEAD },
	{ "login",		HINT_FURNITURE },
	{ "main",		HINT_CONTENT },
	{ "masthead",	HINT_FURNITURE },
	{ "megamenu",	HINT_BOILER },
	{ "meta",		HINT_WEAK_NEG },
	{ "nav",		HINT_BOILER },
	{ "navbar",	HINT_BOILER },
	{ "navigation",	HINT_BOILER },
	{ "overlay",	HINT_FURNITURE },
	{ "pager",		HINT_FURNITURE },
	{ "pagination",	HINT_FURNITURE },
	{ "photographer",	HINT_CREDIT },
	{ "popular",	HINT_FURNITURE },
	{ "post",		HINT_CONTENT },
	{ "postbody",	HINT_CONTENT | HINT_BODY },
	{ "postcontent",	HINT_CONTENT | HINT_BODY },
	{ "prose",		HINT_CONTENT },
	{ "pubdate",	HINT_DATE },
	{ "published",	HINT_DATE },
	{ "quelle",	HINT_CREDIT },
	{ "rail",		HINT_WEAK_NEG },
	{ "remark",	HINT_WEAK_NEG },
	{ "ressort",	HINT_SECTION },	/* German papers' desks */
	{ "rubrik",	HINT_SECTION },
	{ "rubrika",	HINT_SECTION },	/* Czech, Slovak, Croatian */
	{ "rubryka",	HINT_SECTION },	/* Polish */
	{ "rubrique",	HINT_SECTION },
	{ "secao",		HINT_SECTION },	/* Portuguese, Spanish, Italian */
	{ "seccao",	HINT_SECTION },
	{ "seccion",	HINT_SECTION },
	{ "respond",	HINT_BOILER | HINT_COMMENTS },
	{ "sharing",	HINT_BOILER },
	{ "shoutbox",	HINT_FURNITURE },
	{ "signup",	HINT_FURNITURE },
	{ "skip",		HINT_FURNITURE },
	{ "skyscraper",	HINT_FURNITURE },
	{ "sezione",	HINT_SECTION },
	{ "source",	HINT_CREDIT },
	{ "standfirst",	HINT_LEAD },
	{ "storybody",	HINT_CONTENT | HINT_BODY },
	{ "storytext",	HINT_CONTENT | HINT_BODY },
	{ "subnav",	HINT_BOILER },
	{ "submitted",	HINT_AUTHOR | HINT_DATE },	/* "Submitted by X on …" */
	{ "summary",	HINT_LEAD },
	{ "tag",		HINT_FURNITURE },
	{ "tagcloud",	HINT_FURNITURE },
	{ "taglist",	HINT_FURNITURE },
	{ "tags",		HINT_FURNITURE },
	{ "testo",		HINT_CONTENT },
	{ "text",		HINT_CONTENT },
	{ "texte",		HINT_CONTENT },
	{ "time",		HINT_DATE },
	{ "timestamp",	HINT_DATE },
	{ "toolbar",	HINT_FURNITURE },
	{ "tools",		HINT_FURNITURE },
	{ "topbar",	HINT_FURNITURE },
	{ "trending",	HINT_FURNITURE },
	{ "tresc",		HINT_CONTENT },
};

/* Words that also match as the start of a longer token ("advertising",
 * "sidebarleft"), tried in order. */
static const struct token_hint prefix_hints[] = {
	{ "advert",	HINT_BOILER },
	{ "article",	HINT_CONTENT },
	{ "artikel",	HINT_CONTENT },
	{ "author",	HINT_AUTHOR },
	{ "autor",		HINT_AUTHOR },
	{ "banner",	HINT_FURNITURE },
	{ "beitrag",	HINT_CONTENT },
	{ "breadcrumb",	HINT_BOILER | HINT_SECTION },
	{ "byline",	HINT_AUTHOR },
	{ "caption",	HINT_CAPTION },
	{ "consent",	HINT_BOILER },
	{ "content",	HINT_CONTENT },
	{ "cookie",	HINT_BOILER },
	{ "credit",	HINT_CREDIT },
	{ "date",		HINT_DATE },
	{ "disqus",	HINT_BOILER | HINT_COMMENTS },
	{ "entry",		HINT_CONTENT },
	{ "footer",	HINT_FOOTER },
	{ "footnote",	0 },
	{ "fotograf",	HINT_CREDIT },
	{ "header",	HINT_WEAK_NEG },
	{ "menu",		HINT_BOILER },
	{ "modal",		HINT_BOILER },
	{ "newsletter",	HINT_BOILER },
	{ "outbrain",	HINT_BOILER },
	{ "paywall",	HINT_FURNITURE },
	{ "popup",		HINT_BOILER },
	{ "promo",		HINT_BOILER },
	{ "recommend",	HINT_BOILER },
	{ "related",	HINT_BOILER },
	{ "rubric",	HINT_SECTION },
	{ "share",		HINT_BOILER },
	{ "sidebar",	HINT_BOILER },
	{ "snackbar",	HINT_BOILER },	/* the same, in Material's word */
	{ "social",	HINT_BOILER },
	{ "sponsor",	HINT_BOILER },
	{ "story",		HINT_CONTENT },
	{ "subscribe",	HINT_BOILER },
	{ "subscription",	HINT_BOILER },
	{ "taboola",	HINT_BOILER },
	{ "teaser",	HINT_WEAK_NEG },
	{ "toast",		HINT_BOILER },	/* a notice that pops up */
	{ "widget",	HINT_FURNITURE },
};

#define NTOKEN_HINTS (sizeof(token_hints) / sizeof(token_hints[0]))
#define NPREFIX_HINTS (sizeof(prefix_hints) / sizeof(prefix_hints[0]))

static struct strtab token_index = STRTAB_INIT(token_hints);

static const struct token_hint *
token_find(const char *tok)
{
	long	 k = strtab_find(&token_index, tok);

	return k >= 0 ? &token_hints[k] : NULL;
}

/* An exact entry wins; otherwise every prefix entry that the token
 * starts with ("advertising" -> "advert"). */
static unsigned
token_lookup_uncached(const char *tok)
{
	const struct token_hint	*h;
	unsigned		 flags = 0;
	size_t			 k;

	if ((h = token_find(tok)) != NULL)
		return h->flags;
	/* The prefix words are sorted: only those of the token's first
	 * letter can match, and they stand together. */
	for (k = 0; k < NPREFIX_HINTS && prefix_hints[k].token[0] <= tok[0];
	    k++)
		if (prefix_hints[k].token[0] == tok[0] &&
		    strncmp(tok, prefix_hints[k].token,
		    strlen(prefix_hints[k].token)) == 0)
			flags |= prefix_hints[k].flags;
	return flags;
}

/*
 * Pages repeat their class words on element after element, so the
 * answers are kept in a small per-thread cache, keyed by the word
 * itself (it is a pure function of the word: no reset needed).
 */
#define TOKEN_CACHE	256
#define TOKEN_MAX	40

static _Thread_local struct {
	char		 tok[TOKEN_MAX];
	unsigned	 flags;
} token_cache[TOKEN_CACHE];

static unsigned
token_lookup(const char *tok)
{
	uint32_t	 h = 2166136261u;
	size_t		 n;
	const char	*p;

	for (p = tok; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	n = (size_t)(p - tok);
	h %= TOKEN_CACHE;
	if (n >= TOKEN_MAX)
		return token_lookup_uncached(tok);
	if (strcmp(token_cache[h].tok, tok) != 0) {
		memcpy(token_cache[h].tok, tok, n + 1);
		token_cache[h].flags = token_lookup_uncached(tok);
	}
	return token_cache[h].flags;
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

static unsigned
itemprop_hints(const char *v)
{
	if (strcasecmp(v, "articleBody") == 0 || strcasecmp(v, "text") == 0)
		return HINT_CONTENT | HINT_BODY;
	if (strcasecmp(v, "author") == 0)
		return HINT_AUTHOR;
	if (strncasecmp(v, "date", 4) == 0)
		return HINT_DATE;
	return 0;
}

/*
 * Several stages ask for an element's hints; the answer is kept in the
 * element's psvi pointer, which libxml2 uses only for schema validation
 * (never done here).  A set high bit tells a kept answer from none.
 * Attributes are never changed, so the answer stays true while the
 * document lives.
 */
#define HINTS_KNOWN	((uintptr_t)1 << 31)

static unsigned	 attr_hints(const xmlNode *);

unsigned
hints_of(const xmlNode *n)
{
	uintptr_t	 kept;
	unsigned	 f;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return 0;
	if ((kept = (uintptr_t)n->psvi) & HINTS_KNOWN)
		return (unsigned)(kept & ~HINTS_KNOWN);
	f = attr_hints(n);
	((xmlNode *)n)->psvi = (void *)((uintptr_t)f | HINTS_KNOWN);
	return f;
}

/* An id made of five words or more ("sharing-with-a-single-developer",
 * "getting-into-trouble-with-shared-mutable…") is a heading's text made
 * an anchor, as documentation tools write them: its words say what the
 * section is about, not what the element is. */
static int
is_heading_slug(const char *v)
{
	int	 words = 0, in = 0;

	for (; *v != '\0'; v++) {
		if (is_alnum(*v)) {
			words += !in;
			in = 1;
		} else if (*v == '-' || *v == '_')
			in = 0;
		else
			return 0;	/* a space: a list of names, not one */
	}
	return words >= 5;
}

static unsigned
attr_hints(const xmlNode *n)
{
	const xmlAttr	*a;
	const char	*name, *v;
	unsigned	 f = 0;

	/* One pass over the attributes: this runs on every element. */
	for (a = n->properties; a != NULL; a = a->next) {
		if ((name = (const char *)a->name) == NULL ||
		    a->children == NULL || a->children->type != XML_TEXT_NODE ||
		    (v = (const char *)a->children->content) == NULL)
			continue;
		/* Sites whose class names are generated keep the meaning in
		 * test and component names. */
		if (strcmp(name, "class") == 0 || (strcmp(name, "id") == 0 &&
		    !is_heading_slug(v)) ||
		    strcmp(name, "data-testid") == 0 ||
		    strcmp(name, "data-component") == 0)
			f |= value_hints(v);
		else if (strcmp(name, "role") == 0)
			f |= role_hints(v);
		else if (strcmp(name, "itemprop") == 0)
			f |= itemprop_hints(v);
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
	"recent news", "recommended", "related:", "related stories",
	"related news", "related content", "related links", "related topics",
	"related coverage", "related reading", "related videos",
	"related video", "related information", "related$", "see also",
	"tags$", "topics$",
	"share",
	"sign up", "sponsored", "subscribe", "tags:", "top stories",
	"we use cookies", "you may also like", "you might also like",
	"was this article helpful", "did you find this article",
	"cet article vous a-t-il été utile", "cet article vous a été utile",
	"¿te ha sido útil", "¿te ha resultado útil",
	"questo articolo ti è stato utile",
	"no comments", "latest articles", "latest posts", "recent posts",
	"about the author", "about the authors",
	"related posts", "related articles",
	"rate this article", "loading...", "photo:", "image:", "credit:",
	"source:", "sign up for", "never miss", "support us", "read full",
	"read the full",
	"become a member", "donate now", "donate today",
	"see more", "show more", "load more", "click to hide",
	"article pages", "story saved", "story continues below",
	"article continues below", "the article continues",
	"view photos", "view gallery", "enter your email",
	"scroll to continue", "photos:", "post views", "loading ...",
	"loading …", "latest$", "views:", "estimated reading time",
	"reading time:", "×$", "✕$", "toggle caption", "our standards:",
	"newsletter signup", "newsletter sign-up", "click to read more",
	"source :",
	/* An editor's credit line ("Editor: Siti Rahma"), as 责任编辑：
	 * below */
	"editor:", "editor :", "redaktur:", "biên tập:",
	/* Reading time and a player's length, in other languages */
	"lesezeit:", "lesedauer:", "temps de lecture", "durée de l'audio",
	"durée de la vidéo", "tiempo de lectura", "tempo di lettura",
	"tempo de leitura", "czas czytania", "время чтения",
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
	"möchten sie den artikel", "foto:", "fotos:", "bild:", "quelle:",
	"mit unserem newsletter", "zum weiterlesen", "weitere beiträge",
	"das könnte dich", "das könnte sie", "jetzt abonnieren",
	"jede kleine spende", "jetzt spenden", "nach oben", "mehr anzeigen",
	"weiter nach der anzeige", "der artikel wird fortgesetzt",
	"kommentarfunktion", "werbehinweis", "offenlegung von werbung",
	"sicherheitscode", "original-content von",
	/* French */
	"à lire aussi", "abonnez-vous", "commentaires", "lire aussi",
	"crédit photo", "photo :", "à propos de l'auteur", "l'auteur",
	"lire la suite", "partager", "publicité", "sur le même sujet",
	"suivez-nous", "voir aussi", "faites un don", "soutenez-nous",
	"retour en haut", "voir plus", "la suite après", "l'article continue",
	"la suite de l'article",
	/* Spanish, Portuguese, Italian */
	"comentarios", "compartilhe", "compartir", "condividi", "leer más",
	"fuente:", "fonte:",
	"lee también", "leggi anche", "leia mais", "leia também",
	"noticias relacionadas", "potrebbe interessarti", "publicidad",
	"publicidade", "pubblicità", "síguenos", "suscríbete",
	"te puede interesar", "ver también", "veja também",
	"hazte miembro", "únete a nuestro", "¿ya sabías que",
	"anúncio", "ver más", "volver arriba", "torna su",
	"mostra altro",
	/* Indonesian, Malay, Vietnamese, Turkish */
	"baca juga", "simak video", "simak juga", "lihat juga",
	"berita terkait", "artikel terkait", "xem thêm", "tin liên quan",
	"ilgili haberler", "devamını oku", "bu haberi paylaş",
	/* Czech, Slovak */
	"čtěte také", "přečtěte si také", "související články", "sdílet",
	"čítajte aj", "súvisiace články", "zdieľať",
	/* Swedish, Danish, Norwegian */
	"kommentarer", "läs också", "læs også", "les også",
	"dela artikeln", "del artiklen", "del artikkelen",
	/* Romanian, Bosnian, Croatian, Serbian */
	"citeşte şi", "articole similare", "distribuie",
	"mai multe", "citește și", "na vrh", "pročitajte još", "vezane vijesti",
	/* Dutch, Polish, Turkish */
	"abone ol", "advertentie", "czytaj także", "czytaj też", "reklama",
	"zobacz również", "zapraszamy", "polecamy", "o autorze",
	"dalsza część artykułu", "dalsza część pod",
	"sobre el autor", "sull'autore", "об авторе",
	"czytaj więcej", "komentarze", "lees meer", "lees ook", "paylaş",
	"reklam", "udostępnij", "zobacz także", "zobacz też",
	/* Russian, Belarusian, Ukrainian */
	"все новости", "комментарии", "новости по теме", "падпісвайцеся",
	"підписуйтесь", "поделиться", "подписывайтесь", "подпишитесь",
	"последние новости", "реклама", "самое читаемое", "смотрите также",
	"усе навіны", "усі новини", "читайте также", "читайте також",
	"источник:", "джерело:",
	"читать далее", "читать также", "чытайце таксама",
	/* Chinese, Arabic */
	"相关阅读", "相关新闻", "推荐阅读", "阅读更多", "分享到", "标签$",
	"来源：", "來源：", "责任编辑：", "責任編輯：", "原标题：", "原標題：", "扫一扫", "关注我们",
	"免责声明", "版权声明", "返回顶部", "上一篇", "下一篇", "热门推荐",
	"更多精彩", "点击查看", "相关文章", "相关报道", "延伸阅读",
	"أخبار ذات صلة", "الأكثر قراءة", "اقرأ المزيد", "إقرأ أيضا",
	"طالع أيضا", "شارك الخبر", "شارك المقال", "تابعونا",
	"続きを読む", "この記事をシェア", "関連ニュース", "공유하기",
	"많이 본 뉴스", "많이 본 기사", "관련뉴스",
	/* Persian: the news code, read more, related news, share, tags */
	"کد خبر", "بیشتر بخوانید", "اخبار مرتبط", "اشتراک گذاری",
	"اشتراک‌گذاری", "برچسب‌ها", "برچسب ها",
	/* Hindi */
	"ये भी पढ़ें", "यह भी पढ़ें", "और पढ़ें", "शेयर करें",
	/* Korean, Japanese: "좋아요 0", a like button's count */
	"좋아요", "관련기사", "関連記事",
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
	"download", "share", "print", "subscribe", "follow",
	"suivre", "segui", "obserwuj", "herunterladen",
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

/* Bullets, arrows and brackets that decorate a label: "* Werbung",
 * "» Mehr", "(Alle Angaben ohne Gewähr)". */
static size_t
skip_decoration(const char *t, size_t len)
{
	size_t	 i = 0;

	for (;;) {
		if (i < len && strchr(" \t\n*->|#([+", t[i]) != NULL && t[i] != '\0')
			i++;
		else if (i + 1 < len && (unsigned char)t[i] == 0xC2 &&
		    (unsigned char)t[i + 1] == 0xBB)
			i += 2;		/* » */
		else if (i + 2 < len && (unsigned char)t[i] == 0xE2 &&
		    (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] == 0xA2)
			i += 3;		/* • */
		else if (i + 2 < len && (memcmp(t + i, "【", 3) == 0 ||
		    memcmp(t + i, "（", 3) == 0 || memcmp(t + i, "［", 3) == 0))
			i += 3;		/* "【责任编辑：王五】" */
		else
			return i;
	}
}

/* s[0..n) holds spaces and punctuation only (s need not end in NUL). */
static int
only_marks(const char *s, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		if (strchr(" :.!?>", s[k]) == NULL || s[k] == '\0')
			return 0;
	return 1;
}

int
hints_boiler_phrase(const char *text, size_t len, size_t *plen)
{
	char	 low[96];
	size_t	 map[96 + 4] = { 0 };
	size_t	 n, i, pl, skip = skip_decoration(text, len);
	int	 whole;

	text += skip;
	len -= skip;
	n = fold_prefix(text, len, low, sizeof(low), map);
	for (i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++) {
		pl = strlen(phrases[i]);
		/* "related$": the phrase must be the whole label, as the
		 * word also opens sentences ("Related to each other: …"). */
		whole = phrases[i][pl - 1] == '$';
		pl -= whole;
		if (pl > n || memcmp(low, phrases[i], pl) != 0)
			continue;
		/* The phrase must end at a word boundary. */
		if (pl < n && is_alnum(low[pl]))
			continue;
		if (whole && !only_marks(low + pl, n - pl))
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

/* Words that, anywhere in a short text, make it a notice about the page;
 * with a second list, both must stand in it (lower case). */
static const struct {
	const char	*word;
	const char	*const *with;	/* one of these too, or NULL */
} notices[] = {
	/* "JavaScript" alone is a topic: it must be switched on or off. */
	{ "javascript", (const char *const[]){ "enable javascript",
	    "javascript is disabled", "javascript disabled",
	    "javascript is not enabled", "javascript enabled",
	    "javascript to be enabled", "javascript must be enabled",
	    "turn on javascript", "javascript aktivieren",
	    "aktivieren sie javascript", "javascript deaktiviert",
	    "javascript ist deaktiviert", "activer javascript",
	    "activez javascript", "activer le javascript",
	    "javascript est désactivé", "habilitar javascript",
	    "habilita javascript", "javascript está deshabilitado",
	    "attivare javascript", "attiva javascript", "włącz javascript",
	    "включите javascript", "javascript를 활성화", "javascriptを有効",
	    /* "Sie haben Javascript für Ihren Browser deaktiviert." */
	    "deaktiviert", "disabled", "désactivé", "deshabilitado",
	    NULL } },
	{ "recaptcha", NULL },
	/* A form's messages and fields: "There was a problem. Please try
	 * again.", "Paste the comment here (Required)". */
	{ "please try again", NULL }, { "try again later", NULL },
	{ "bitte versuchen sie es", NULL }, { "veuillez réessayer", NULL },
	{ "inténtalo de nuevo", NULL }, { "vuelve a intentarlo", NULL },
	{ "riprova più tardi", NULL }, { "(required)", NULL },
	{ "(erforderlich)", NULL }, { "(obligatoire)", NULL },
	{ "pflichtfelder", NULL }, { "required fields", NULL },
	{ "champs obligatoires", NULL }, { "campos obligatorios", NULL },
	{ "code of conduct", (const char *const[]){ "report", NULL } },
	/* Calls to join the site's channels and to comment. */
	{ "telegram", (const char *const[]){ "join", "únete", "únase",
	    "beitreten", "rejoignez", "unisciti", "dołącz", "подпис",
	    "加入", NULL } },
	{ "whatsapp", (const char *const[]){ "join", "únete", "únase",
	    "beitreten", "rejoignez", "unisciti", "dołącz", "подпис",
	    "加入", NULL } },
	{ "zapraszamy", (const char *const[]){ "subskrypc", "newsletter",
	    "obserwowania", NULL } },
	{ "in the comments", (const char *const[]){ "let us know",
	    "tell us", NULL } },
	{ "in den kommentaren", (const char *const[]){ "verraten sie",
	    "verratet", "schreiben sie", "schreibt uns", NULL } },
	{ "en commentaire", (const char *const[]){ "dites-nous",
	    "dites-le-nous", NULL } },
	/* The site's own policies: "you can read our Privacy Notice". */
	{ "privacy notice", (const char *const[]){ "our ", NULL } },
	{ "privacy policy", (const char *const[]){ "our ", NULL } },
	{ "datenschutzerklärung", (const char *const[]){ "unsere", NULL } },
	{ "newsletter", (const char *const[]){ "sign up", "signing up",
	    "subscribe", "anmelden", "abonnieren", "inscri", "suscrib",
	    "iscriv", "zapisz", "inbox", "postfach", NULL } },
	{ "email address", (const char *const[]){ "enter your",
	    "to receive", NULL } },
	/* The wire's note on its funders: "The Associated Press receives
	 * support from … AP is solely responsible for all content." */
	{ "solely responsible for all content", NULL },
	{ "in your inbox", NULL }, { "in dein postfach", NULL },
	{ "in ihr postfach", NULL },
	/* A player's or a widget's error: "The interactive transcript could
	 * not be loaded.", "Media playback is unsupported on your device". */
	{ "playback is unsupported", NULL },
	{ "playback is not supported", NULL },
	{ "could not be loaded", NULL }, { "konnte nicht geladen werden", NULL },
	{ "n'a pas pu être chargé", NULL }, { "no se pudo cargar", NULL },
	{ "all rights reserved", NULL }, { "alle rechte vorbehalten", NULL },
	{ "tous droits réservés", NULL },
	{ "todos los derechos reservados", NULL },
	{ "tutti i diritti riservati", NULL },
	{ "riproduzione riservata", NULL },
	{ "wszelkie prawa zastrzeżone", NULL },
	/* "<저작권자ⓒ대전일보사. 무단전재-재배포 금지>": reproduction
	 * forbidden. */
	{ "무단전재", NULL }, { "재배포 금지", NULL }, { "無断転載", NULL },
	{ "版权所有", NULL }, { "版權所有", NULL },
	{ "все права защищены", NULL },
};

int
hints_page_notice(const char *text, size_t len)
{
	char	 low[1024];
	size_t	 map[1024 + 4];
	size_t	 n, k;
	const char *const *w;

	if (len >= sizeof(low) - 4)
		return 0;	/* not short */
	n = fold_prefix(text, len, low, sizeof(low), map);
	low[n] = '\0';
	for (k = 0; k < sizeof(notices) / sizeof(notices[0]); k++) {
		if (strstr(low, notices[k].word) == NULL)
			continue;
		if (notices[k].with == NULL)
			return 1;
		for (w = notices[k].with; *w != NULL; w++)
			if (strstr(low, *w) != NULL)
				return 1;
	}
	return 0;
}
