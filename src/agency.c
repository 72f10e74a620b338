/* SPDX-License-Identifier: ISC */
/* The news agencies table: aliases to one stable id, and attributions in
 * running text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "agency.h"
#include "strtab.h"
#include "xalloc.h"

struct alias {
	const char	*name;		/* lower case */
	const char	*id;
};

/* Lower-case names; several per agency.  Short all-letter codes ("ap")
 * only ever match as whole words. */
static const struct alias aliases[] = {
	{ "ap", "AP" }, { "associated press", "AP" },
	{ "the associated press", "AP" },
	{ "reuters", "Reuters" }, { "рейтер", "Reuters" },
	{ "afp", "AFP" }, { "agence france-presse", "AFP" },
	{ "agence france presse", "AFP" }, { "франс пресс", "AFP" },
	{ "франс-пресс", "AFP" },
	{ "tass", "TASS" }, { "тасс", "TASS" }, { "itar-tass", "TASS" },
	{ "итар-тасс", "TASS" },
	{ "ria novosti", "RIA" }, { "риа новости", "RIA" }, { "ria", "RIA" },
	{ "риа", "RIA" },
	{ "interfax", "Interfax" }, { "interfax.ru", "Interfax" },
	{ "интерфакс", "Interfax" },
	{ "belta", "BelTA" }, { "белта", "BelTA" },
	{ "xinhua", "Xinhua" }, { "синьхуа", "Xinhua" },
	{ "新华社", "Xinhua" },
	{ "pti", "PTI" }, { "press trust of india", "PTI" },
	{ "ians", "IANS" }, { "ani", "ANI" },
	{ "yonhap", "Yonhap" }, { "kyodo", "Kyodo" }, { "kyodo news", "Kyodo" },
	{ "jiji", "Jiji" }, { "jiji press", "Jiji" },
	{ "dpa", "dpa" }, { "deutsche presse-agentur", "dpa" },
	{ "ansa", "ANSA" }, { "efe", "EFE" }, { "upi", "UPI" },
	{ "united press international", "UPI" },
	{ "bloomberg", "Bloomberg" },
	{ "anadolu", "Anadolu" }, { "anadolu agency", "Anadolu" },
	{ "aa", "Anadolu" },
	{ "kazinform", "Kazinform" }, { "казинформ", "Kazinform" },
	{ "europa press", "Europa Press" },
	{ "ukrinform", "Ukrinform" }, { "укрінформ", "Ukrinform" },
	{ "укринформ", "Ukrinform" }, { "unian", "UNIAN" },
	{ "уніан", "UNIAN" }, { "униан", "UNIAN" },
	{ "apa", "APA" }, { "sda", "SDA" }, { "keystone-sda", "SDA" },
	{ "belga", "Belga" }, { "anp", "ANP" }, { "pap", "PAP" },
	{ "čtk", "CTK" }, { "ctk", "CTK" }, { "mti", "MTI" },
	{ "agerpres", "Agerpres" }, { "bta", "BTA" }, { "tanjug", "Tanjug" },
	{ "hina", "HINA" }, { "lusa", "Lusa" }, { "notimex", "Notimex" },
	{ "prensa latina", "Prensa Latina" }, { "bernama", "Bernama" },
	{ "antara", "Antara" }, { "aap", "AAP" },
	{ "the canadian press", "CP" }, { "canadian press", "CP" },
	{ "spa", "SPA" }, { "wam", "WAM" }, { "mena", "MENA" },
	{ "kuna", "KUNA" }, { "qna", "QNA" }, { "irna", "IRNA" },
	{ "sputnik", "Sputnik" }, { "спутник", "Sputnik" },
	{ "regnum", "Regnum" }, { "регнум", "Regnum" },
	{ "kcna", "KCNA" }, { "ntb", "NTB" }, { "tt", "TT" },
	{ "ritzau", "Ritzau" }, { "stt", "STT" }, { "kna", "KNA" },
	{ "epd", "epd" }, { "afp/dpa", "AFP" },
	{ "vna", "VNA" }, { "ttxvn", "VNA" },
	{ "ape-mpe", "ANA-MPA" }, { "απε-μπε", "ANA-MPA" },
	{ "ana-mpa", "ANA-MPA" }, { "elta", "ELTA" }, { "leta", "LETA" },
	{ "azertac", "AZERTAC" }, { "armenpress", "Armenpress" },
	{ "akipress", "AKIpress" }, { "bss", "BSS" }, { "tasnim", "Tasnim" },
	{ "isna", "ISNA" }, { "bns", "BNS" },
	/* Arabic, as the agencies sign: "(واس)", "--(بترا)". */
	{ "رويترز", "Reuters" }, { "أ ف ب", "AFP" }, { "ا ف ب", "AFP" },
	{ "د ب أ", "dpa" }, { "واس", "SPA" }, { "وام", "WAM" },
	{ "قنا", "QNA" }, { "كونا", "KUNA" }, { "بترا", "Petra" },
	{ "سانا", "SANA" }, { "أ ش أ", "MENA" }, { "الأناضول", "Anadolu" },
	{ "شينخوا", "Xinhua" }, { "إرنا", "IRNA" }, { "أ ب", "AP" },
	{ "أ.ف.ب", "AFP" }, { "وفا", "WAFA" },
	/* Persian: "به گزارش ایرنا", "(ایسنا)" */
	{ "ایرنا", "IRNA" }, { "ايرنا", "IRNA" }, { "ایسنا", "ISNA" },
	{ "ايسنا", "ISNA" }, { "تسنیم", "Tasnim" },
	{ "خبرگزاری فارس", "Fars" }, { "خبرگزاری مهر", "Mehr" },
	{ "خبرگزاری تسنیم", "Tasnim" }, { "خبرگزاری ایرنا", "IRNA" },
	{ "خبرگزاری ایسنا", "ISNA" }, { "رویترز", "Reuters" },
	{ "خبرگزاری فرانسه", "AFP" },
	/* Chinese, Japanese and Korean, as their datelines write them
	 * ("新华社北京6月21日电", "【ワシントン共同】", "(서울=연합뉴스)"). */
	{ "新华网", "Xinhua" }, { "新華社", "Xinhua" }, { "中新社", "CNS" },
	{ "中新网", "CNS" }, { "中国新闻网", "CNS" }, { "中国新闻社", "CNS" },
	{ "美联社", "AP" }, { "路透社", "Reuters" }, { "法新社", "AFP" },
	{ "塔斯社", "TASS" }, { "共同社", "Kyodo" }, { "韩联社", "Yonhap" },
	{ "俄新社", "RIA" }, { "德新社", "dpa" }, { "埃菲社", "EFE" },
	{ "安莎社", "ANSA" }, { "合众国际社", "UPI" }, { "彭博社", "Bloomberg" },
	{ "共同", "Kyodo" }, { "共同通信", "Kyodo" }, { "時事", "Jiji" },
	{ "時事通信", "Jiji" }, { "ロイター", "Reuters" }, { "afp時事", "AFP" },
	{ "afp=時事", "AFP" }, { "聯合", "Yonhap" },
	{ "연합뉴스", "Yonhap" }, { "뉴시스", "Newsis" }, { "뉴스1", "News1" },
	/* Hindi */
	{ "भाषा", "PTI" }, { "पीटीआई", "PTI" }, { "आईएएनएस", "IANS" },
	{ "एएनआई", "ANI" }, { "वार्ता", "UNI" }, { "यूएनआई", "UNI" },
};

#define NALIASES (sizeof(aliases) / sizeof(aliases[0]))

/* Lower-case s into out (at most size - 4 bytes); map[k] is the offset in
 * s of the character that out[k] starts.  Returns the length. */
static size_t
fold(const char *s, size_t len, char *out, size_t size, size_t *map)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	size_t		 i = 0, o = 0, w, k;

	while (i < len && o + 4 < size) {
		n = utf8proc_iterate((const uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &c);
		if (n <= 0) {
			c = 0xFFFD;
			n = 1;
		}
		w = (size_t)utf8proc_encode_char(utf8proc_tolower(c),
		    (uint8_t *)out + o);
		for (k = 0; k < w; k++)
			map[o + k] = i;
		o += w;
		i += (size_t)n;
	}
	map[o] = i;
	out[o] = '\0';
	return o;
}

/* A letter, a digit or a combining mark: what continues a word. */
static int
is_word_cp(utf8proc_int32_t c)
{
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* The word goes on past [s, e) in low[0, n): a letter or digit touches
 * it ("reutersa", "xap"; "ایرنا،" ends at the Arabic comma). */
static int
word_goes_on(const char *low, size_t n, size_t s, size_t e)
{
	utf8proc_int32_t c;
	size_t		 b = s;

	if (s > 0) {
		while (b > 0 && ((unsigned char)low[b - 1] & 0xC0) == 0x80)
			b--;
		if (b > 0)
			b--;
		if (utf8proc_iterate((const uint8_t *)low + b,
		    (utf8proc_ssize_t)(s - b), &c) > 0 && is_word_cp(c))
			return 1;
	}
	return e < n && utf8proc_iterate((const uint8_t *)low + e,
	    (utf8proc_ssize_t)(n - e), &c) > 0 && is_word_cp(c);
}

const char *
agency_id(const char *name, size_t len)
{
	char	 low[128];
	size_t	 map[128], n, k;

	while (len > 0 && (*name == ' ' || *name == '/' || *name == '('))
		name++, len--;
	while (len > 0 && strchr(" /().,", name[len - 1]) != NULL)
		len--;
	if (len == 0 || len >= sizeof(low) - 4)
		return NULL;
	n = fold(name, len, low, sizeof(low), map);
	for (k = 0; k < NALIASES; k++)
		if (strlen(aliases[k].name) == n &&
		    memcmp(low, aliases[k].name, n) == 0)
			return aliases[k].id;
	return NULL;
}

/* Words that report: the agency next to one is the source of the story. */
static const char *const reporting[] = {
	"reported", "reports", "learned", "learnt", "quoted", "cited",
	"according to", "told", "сообщает", "сообщил", "сообщила",
	"сообщили", "передает", "передаёт", "пишет", "по данным",
	"со ссылкой на", "корреспондент", "информирует", "повідомляє",
	"повідомив", "паведамляе", "паведаміў", "карэспандэнт", "berichtet",
	"berichtete", "meldet", "meldete", "zufolge", "laut", "selon",
	"rapporte", "según", "informó", "informa", "secondo", "riferisce",
	"według", "podaje", "podała", "bildirdi", "reportó",
	/* Chinese, Japanese, Korean, Arabic */
	"报道", "報道", "报导", "消息", "によると", "が報じた", "따르면",
	"보도했다", "ذكرت", "أفادت", "نقلت", "حسب", "وفقا",
	/* Persian: "به گزارش", "به نقل از" */
	"گزارش", "به نقل از",
};

/* 1 when a reporting word stands within reach bytes of [s, e) in low. */
static int
near_reporting(const char *low, size_t n, size_t s, size_t e, size_t reach)
{
	size_t	 k, from = s > reach ? s - reach : 0;
	size_t	 to = e + reach < n ? e + reach : n;
	char	 saved;
	char	*win = (char *)low;
	int	 hit = 0;

	saved = win[to];
	win[to] = '\0';
	for (k = 0; k < sizeof(reporting) / sizeof(reporting[0]) && !hit; k++)
		hit = strstr(win + from, reporting[k]) != NULL;
	win[to] = saved;
	return hit;
}

/* A name in Han or Hangul (their UTF-8 lead bytes 0xE3-0xED). */
static int
is_cjk_name(const char *name)
{
	unsigned char	 c = (unsigned char)name[0];

	return c >= 0xE3 && c <= 0xED;
}

const char *
agency_attribution(const char *text, size_t len, size_t *start, size_t *end)
{
	char		 low[2048];
	size_t		 map[2048], n, k, al, best = SIZE_MAX, bk = 0;
	const char	*p;

	n = fold(text, len, low, sizeof(low), map);
	for (k = 0; k < NALIASES; k++) {
		al = strlen(aliases[k].name);
		for (p = strstr(low, aliases[k].name); p != NULL;
		    p = strstr(p + 1, aliases[k].name)) {
			size_t s = (size_t)(p - low), e = s + al;

			/* Han and Hangul set words side by side: "据新华社
			 * 报道", "연합뉴스에 따르면". */
			if (!is_cjk_name(aliases[k].name) &&
			    word_goes_on(low, n, s, e))
				continue;
			/* "AP" and "TT" are words too: only in capitals. */
			if (al <= 3 && (text[map[s]] < 'A' || text[map[s]] > 'Z'))
				continue;
			/* The earliest; at the same place the longer name
			 * ("共同通信", not "共同"). */
			if (s > best || (s == best &&
			    al <= strlen(aliases[bk].name)))
				break;
			/* Letters of two bytes and more: a wider reach. */
			if (near_reporting(low, n, s, e,
			    (unsigned char)aliases[k].name[0] < 0x80 ? 40 : 80)) {
				best = s;
				bk = k;
				break;
			}
		}
	}
	if (best == SIZE_MAX)
		return NULL;
	*start = map[best];
	*end = map[best + strlen(aliases[bk].name)];
	return aliases[bk].id;
}

/* An agency token as the signature writes it: the id's own case for an
 * all-lower-case token. */
static const char *
signing_agency(const char *t, size_t n)
{
	const char	*id = agency_id(t, n);
	size_t		 k;

	if (id == NULL)
		return NULL;
	for (k = 0; k < n; k++)
		if ((t[k] >= 'A' && t[k] <= 'Z') || (unsigned char)t[k] >= 0x80)
			return id;	/* capitals, or a script without case */
	for (k = 0; id[k] != '\0'; k++)
		if (id[k] >= 'A' && id[k] <= 'Z')
			return NULL;
	return id;
}

/* Editors' initials: one to four lower-case letters ("aja", "mp"). */
static int
is_initials(const char *t, size_t n)
{
	size_t	 k;

	if (n == 0 || n > 4)
		return 0;
	for (k = 0; k < n; k++)
		if (t[k] < 'a' || t[k] > 'z')
			return 0;
	return 1;
}

/* "Lusa/Fim", "dpa/Ende": the word that ends a wire story. */
static int
is_end_word(const char *t, size_t n)
{
	static const char *const words[] = { "end", "ende", "fim", "fin",
	    "slut", "koniec" };

	return str_is_one_of(t, n, words, sizeof(words) / sizeof(words[0]));
}

/* text[0, len) as agencies and initials between '/' and ','; the first
 * agency's id, its span in *start, *end. */
static const char *
signature_tokens(const char *text, size_t len, size_t *start, size_t *end)
{
	const char	*id, *found = NULL;
	size_t		 i = 0, s, e, tokens = 0;

	while (i < len) {
		while (i < len && (text[i] == ' ' || text[i] == '/' ||
		    text[i] == ','))
			i++;
		if (i == len)
			break;
		for (s = i; i < len && text[i] != '/' && text[i] != ',' &&
		    text[i] != ' '; i++)
			;
		e = i;
		if (++tokens > 6)
			return NULL;
		if ((id = signing_agency(text + s, e - s)) != NULL) {
			if (found == NULL) {
				found = id;
				*start = s;
				*end = e;
			}
		} else if (!is_initials(text + s, e - s) &&
		    !is_end_word(text + s, e - s))
			return NULL;
	}
	return found;
}

/* 1 when text[0, at) ends with a full stop or a closing quote. */
static int
closes_sentence(const char *text, size_t at)
{
	static const char *const quotes[] = { "\xe2\x80\x9c", "\xe2\x80\x9d",
	    "\xc2\xbb", "\xc2\xab" };
	size_t	 k, n;

	if (at > 0 && strchr(".!?\"", text[at - 1]) != NULL)
		return 1;
	for (k = 0; k < sizeof(quotes) / sizeof(quotes[0]); k++) {
		n = strlen(quotes[k]);
		if (at >= n && memcmp(text + at - n, quotes[k], n) == 0)
			return 1;
	}
	return 0;
}

const char *
agency_signature(const char *text, size_t len, int whole, size_t *start,
    size_t *end)
{
	const char	*id;
	size_t		 open, s, e;

	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.'))
		len--;
	if (whole) {
		/* "--(بترا)": dashes may lead in. */
		open = 0;
		while (open < len && (text[open] == ' ' || text[open] == '-'))
			open++;
		if (open < len && text[open] == '(' && text[len - 1] == ')') {
			open++;
			len--;
		}
	} else {
		if (len < 3 || text[len - 1] != ')')
			return NULL;
		len--;
		for (open = len; open > 0 && text[open - 1] != '('; open--)
			;
		/* Opened after the sentence's end: "… er. (dpa)". */
		if (open < 3 || text[open - 2] != ' ' ||
		    !closes_sentence(text, open - 2))
			return NULL;
	}
	if (len <= open || len - open > 40)
		return NULL;
	/* A name of several words ("أ ف ب") first, then the tokens. */
	if ((id = signing_agency(text + open, len - open)) != NULL) {
		s = 0;
		e = len - open;
	} else if ((id = signature_tokens(text + open, len - open, &s, &e)) ==
	    NULL)
		return NULL;
	*start = open + s;
	*end = open + e;
	return id;
}

/* Labels that name the source, lower case, with their colon. */
static const char *const source_labels[] = {
	"source:", "sources:", "quelle:", "quellen:", "source :", "fuente:",
	"fonte:", "fonti:", "źródło:", "bron:", "kaynak:", "источник:",
	"джерело:", "крыніца:", "المصدر:", "来源：", "來源：", "来源:",
	"出典：", "출처:", "출처 :",
};

const char *
agency_label(const char *text, size_t len, size_t *start, size_t *end)
{
	char		 low[512];
	size_t		 map[512], n, k, s, e, ll;
	const char	*p, *id;

	/* Every label ends with a colon, ASCII or ideographic: a line
	 * without one (most lines) costs no folding. */
	if (len > 240 || (memchr(text, ':', len) == NULL &&
	    memchr(text, '\xbc', len) == NULL))
		return NULL;
	n = fold(text, len, low, sizeof(low), map);
	for (k = 0; k < sizeof(source_labels) / sizeof(source_labels[0]);
	    k++) {
		if ((p = strstr(low, source_labels[k])) == NULL)
			continue;
		ll = strlen(source_labels[k]);
		/* At the line's start or after a space. */
		if (p > low && p[-1] != ' ')
			continue;
		for (s = (size_t)(p - low) + ll; s < n && low[s] == ' '; s++)
			;
		/* The name runs to a separator or the end. */
		for (e = s; e < n && low[e] != '|' && low[e] != ',' &&
		    low[e] != ';' && !(low[e] == ' ' && e + 1 < n &&
		    (low[e + 1] == '|' || low[e + 1] == '-')); e++)
			;
		while (e > s && (low[e - 1] == ' ' || low[e - 1] == '.'))
			e--;
		if (e > s && (id = agency_id(text + map[s], map[e] - map[s])) !=
		    NULL) {
			*start = map[s];
			*end = map[e];
			return id;
		}
	}
	return NULL;
}
