/* SPDX-License-Identifier: ISC */
/* Byline cleaning shared by meta (markup and byline elements) and
 * extract (bylines written as plain text near the headline). */
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "agency.h"
#include "byline.h"
#include "strtab.h"

/* Lower case; matched at the start, case-insensitively for ASCII. */
static const char *const openers[] = {
	"written by ", "reported by ", "posted by ", "by ", "text von ",
	"text und fotos: ", "text & fotos: ", "text und bilder: ",
	"text & bilder: ", "text & photos: ", "text and photos: ",
	"texte et photos : ", "texto y fotos: ", "testo e foto: ", "text: ", "von ", "par ", "por ", "di ",
	"door ", "vom ", "von: ", "autor: ", "autorin: ", "author: ",
	"auteur: ", "autor ", "author ", "gespeichert von ",
	"auteur : ", "beitragvon ", "beitrag von ",
	"\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91\xef\xbc\x9a",	/* 责任编辑： */
	"\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a",	/* 作者： */
	/* Japanese and Chinese: 取材・文：, 文・写真：, 文：, 文／, 文/,
	 * 记者：, 記者： */
	"取材・文：", "文・写真：", "文：", "文／", "文/", "记者：", "記者：",
	"\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80: ",	/* "автор: " */
	"\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80: ",	/* "Автор: " */
	"\xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82: ",	/* "текст: " */
	"\xd0\xa2\xd0\xb5\xd0\xba\xd1\x81\xd1\x82: ",	/* "Текст: " */
	"\xd0\xb0\xd1\x9e\xd1\x82\xd0\xb0\xd1\x80: ",	/* "аўтар: " */
	"\xd0\x90\xd1\x9e\xd1\x82\xd0\xb0\xd1\x80: ",	/* "Аўтар: " */
	/* Danish, Norwegian, Swedish; Bosnian, Croatian, Serbian; French,
	 * Italian, Spanish, Portuguese, Polish, Turkish, Arabic. */
	"skrevet af ", "skrevet av ", "af ", "av ", "text av ",
	"pi\xc5\xa1" "e: ", "pi\xc5\xa1" "e ", "pi\xc5\xa1" "u: ",	/* piše, pišu */
	"propos recueillis par ", "recueilli par ", "recueillis par ",
	"texte : ", "texte: ", "a cura di ", "testo di ", "escrito por ",
	"texto: ", "tekst: ", "yazan: ", "haz\xc4\xb1rlayan: ",	/* hazırlayan */
	/* Indonesian and Malay, Vietnamese, Hindi */
	"oleh: ", "oleh ", "penulis: ", "pewarta: ", "wartawan: ",
	"ditulis oleh ", "tác giả: ", "phóng viên: ", "reporter: ",
	"लेखक: ", "रिपोर्ट: ",
	"\xd8\xa8\xd9\x82\xd9\x84\xd9\x85: ",	/* بقلم: */
	"\xd8\xa8\xd9\x82\xd9\x84\xd9\x85 ",	/* بقلم */
	"\xd9\x83\xd8\xaa\xd8\xa8: ",	/* كتب: */
};

/* What ends a name. */
static const char *const cuts[] = {
	" | ", " · ", " • ", " - ", " — ", " – ", " » ", ", published",
	", updated", " @", " vor ", " am ", " on ", " le ", "\n",
	" edited by ", " updated ", " / ", "  ", " \xc2\xa0", "\xc2\xa0 ",
	"\xc2\xa0\xc2\xa0", " Illustration", " Fotos", " Photos",
	" Foto:", " Photo:", " in Rubrik", " in Kategorie", " Alle Artikel",
	" Alle Beiträge", " Mehr Artikel", " All articles", " More articles",
	" More by", " Kontakt", " Contact", " Follow",
	/* A date after the name: "Jane Doe Thursday, November 9". */
	" Monday", " Tuesday", " Wednesday", " Thursday", " Friday",
	" Saturday", " Sunday", " Montag", " Dienstag", " Mittwoch",
	" Donnerstag", " Freitag", " Samstag", " Sonntag",
	" Edited by", " Updated",
};

/* Words inside a line that introduce the name after them. */
static const char *const inner[] = {
	" by ", " By ", " von ", " Von ", " par ", " Par ", " por ", " Por ",
};

/* A month left at the end of a name by the date after it ("Jane Doe
 * January 12, 2017" cut at the number); inside a name ("Laura June
 * Topolsky") a month is a name. */
static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "januar",
	"februar", "märz", "juni", "juli", "oktober", "dezember",
};

static const char *const weekdays[] = {
	"mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed",
	"thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch",
	"donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday",
};

static int
is_weekday(const char *s, size_t len)
{
	return str_is_one_of(s, len, weekdays, sizeof(weekdays) /
	    sizeof(weekdays[0]));
}

static int
is_month(const char *s, size_t len)
{
	return str_is_one_of(s, len, months, sizeof(months) /
	    sizeof(months[0]));
}

/* strpbrk over the first n bytes. */
static const char *
strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t	 k;

	for (k = 0; k < n && s[k] != '\0'; k++)
		if (strchr(set, s[k]) != NULL)
			return s + k;
	return NULL;
}

/* Dashes that set a byline off: "---- by Kenneth Surin", "— By Jane
 * Doe".  Their length with the spaces after them, or 0. */
static size_t
lead_dashes(const char *s)
{
	size_t	 n = 0;

	for (;;) {
		if (s[n] == '-')
			n++;
		else if (strncmp(s + n, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(s + n, "\xe2\x80\x94", 3) == 0)
			n += 3;		/* – — */
		else
			break;
	}
	if (n == 0 || s[n] != ' ')
		return 0;
	return n + 1;
}

static size_t
opener_len(const char *s)
{
	size_t	 k, n, d = lead_dashes(s);

	for (k = 0; k < sizeof(openers) / sizeof(openers[0]); k++) {
		n = strlen(openers[k]);
		if (strncasecmp(s + d, openers[k], n) == 0)
			return d + n;
	}
	/* "ByAlex Bozarjian": the page set "By" and the name in
	 * elements of their own, and their text ran together. */
	if (s[0] == 'B' && s[1] == 'y' && s[2] >= 'A' && s[2] <= 'Z' &&
	    s[3] >= 'a' && s[3] <= 'z')
		return 2;
	return 0;
}

int
byline_opens(const char *s)
{
	return opener_len(s) > 0;
}

size_t
byline_opener_len(const char *s)
{
	return opener_len(s);
}

int
byline_labelled(const char *s)
{
	size_t	 n = opener_len(s);

	return n >= 2 && s[n - 2] == ':';
}

/* "al-Ajrami": one to three lower-case letters, a hyphen, a capital. */
static int
is_hyphened_particle(const char *w, size_t len)
{
	size_t	 k;

	for (k = 0; k < len && k < 4 && w[k] >= 'a' && w[k] <= 'z'; k++)
		continue;
	return k >= 1 && k <= 3 && k + 1 < len && w[k] == '-' &&
	    ((w[k + 1] >= 'A' && w[k + 1] <= 'Z') ||
	    (unsigned char)w[k + 1] >= 0xC0);
}

/* The rank or beat before a role: "Senior Writer", "Environment
 * correspondent", "Diplomatic Editor". */
int
byline_is_beat(const char *s, size_t len)
{
	static const char *const ranks[] = { "senior", "staff", "chief",
	    "contributing", "managing", "deputy", "associate", "executive",
	    "political", "sports", "science", "tech", "news", "features",
	    "digital", "games", "health", "business", "politics",
	    "entertainment", "culture", "travel", "food", "opinion",
	    "environment", "climate", "education", "security", "defence",
	    "defense", "diplomatic", "economics", "economy", "transport",
	    "foreign", "world", "legal", "crime", "home", "social", "media",
	    "technology", "medical", "royal", "arts", "music", "film",
	    "investigations", "data", "energy", "religion", "community",
	    "weather", "sport", "money", "property", "motoring" };

	return str_is_one_of(s, len, ranks, sizeof(ranks) /
	    sizeof(ranks[0]));
}

/* A job after a name: "Emma Jones Environment correspondent", "Mary
 * Smith Senior Writer". */
int
byline_is_role_word(const char *s, size_t len)
{
	static const char *const roles[] = { "editor", "writer",
	    "reporter", "correspondent", "columnist", "contributor", "staff",
	    "producer", "redakteur", "redakteurin", "korrespondent",
	    "korrespondentin" };

	return str_is_one_of(s, len, roles, sizeof(roles) /
	    sizeof(roles[0]));
}

/* Drop trailing separators, weekdays and words that start in lower case
 * ("Aleš Vávra před", "Jane Doe updated"): names are capitalized, but
 * for particles such as "de", "van", "von", "la". */
static size_t
trim_tail(const char *s, size_t len)
{
	size_t	 w, b;
	int	 dropped = 0;	/* a word in lower case went */

	for (;;) {
		while (len > 0 && strchr(" ,;:|/-", s[len - 1]) != NULL &&
		    s[len - 1] != '\0')
			len--;
		if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 &&
		    (unsigned char)s[len - 1] == 0xB7) {
			len -= 2;	/* middle dot */
			continue;
		}
		if (len >= 3 && (unsigned char)s[len - 3] == 0xE2 &&
		    (unsigned char)s[len - 2] == 0x80) {
			len -= 3;	/* dashes, bullet */
			continue;
		}
		for (w = len; w > 0 && s[w - 1] != ' '; w--)
			;
		if (w > 0 && (is_weekday(s + w, len - w) ||
		    is_month(s + w, len - w))) {
			len = w;
			continue;
		}
		/* "Mac & i": after an ampersand a lower-case word is part
		 * of a brand's name; "al-Ajrami", "el-Sayed": a particle
		 * hyphened to the capitalised name. */
		/* "public domain": words in lower case only are a phrase;
		 * one alone may be a user name ("kinra"). */
		if (w == 0 && dropped && s[0] >= 'a' && s[0] <= 'z')
			return 0;
		if (w == 0 || !(s[w] >= 'a' && s[w] <= 'z') ||
		    (len - w <= 3 && strchr("dvl", s[w]) != NULL) ||
		    (w >= 3 && s[w - 2] == '&' && s[w - 3] == ' ') ||
		    is_hyphened_particle(s + w, len - w))
			return len;
		/* A job in lower case takes its beat with it. */
		if (byline_is_role_word(s + w, len - w) && w >= 2) {
			for (b = w - 1; b > 0 && s[b - 1] != ' '; b--)
				;
			if (b > 0 && byline_is_beat(s + b, w - 1 - b))
				w = b;
		}
		len = w;
		dropped = 1;
	}
}

/* s[0..len) ends with a word that credits a picture ("Photo", "Foto",
 * "Bild"): what follows "by" made the image. */
static int
is_credit_word(const char *s, size_t len)
{
	static const char *const credits[] = { "photo", "photos", "foto",
	    "fotos", "image", "images", "picture", "pictures", "photograph",
	    "illustration", "video", "bild", "bilder", "grafik", "graphic",
	    "map", "karte", "cover", "titelbild" };
	size_t	 w;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	for (w = len; w > 0 && s[w - 1] != ' '; w--)
		continue;
	return str_is_one_of(s + w, len - w, credits,
	    sizeof(credits) / sizeof(credits[0]));
}

size_t
byline_name(const char *s, size_t *start)
{
	const char	*p = s, *by, *c;
	size_t		 k, len;

	while (*p == ' ')
		p++;
	/* "Tech Industry by Steven Musil", "29. Juni 2017 · von Tobi": the
	 * name follows the word that introduces it.  "von" and "par" also
	 * stand inside names ("Christoph von Ritter"), so they count only
	 * after a date or a separator. */
	for (k = 0; k < sizeof(inner) / sizeof(inner[0]); k++)
		if ((by = strstr(p, inner[k])) != NULL && by - p < 60 &&
		    (by - p < 6 || strncasecmp(by - 6, "edited", 6) != 0) &&
		    (k < 2 || strpbrk_n(p, (size_t)(by - p),
		    "0123456789|:,\xc2\xe2") != NULL)) {
			/* "Photo by …": a credit, not the story's byline. */
			if (is_credit_word(p, (size_t)(by - p)))
				return 0;
			p = by + strlen(inner[k]);
			break;
		}
	p += opener_len(p);
	while (*p == ' ')
		p++;
	len = strlen(p);
	for (k = 0; k < sizeof(cuts) / sizeof(cuts[0]); k++)
		if ((c = strstr(p, cuts[k])) != NULL && (size_t)(c - p) < len)
			len = (size_t)(c - p);
	/* "Charles Walton for SurgeZirc UK": the outlet goes, after a
	 * name of two words or more ("Organization for Transformative
	 * Works" is one name). */
	if ((c = strstr(p, " for ")) != NULL && (size_t)(c - p) < len &&
	    memchr(p, ' ', (size_t)(c - p)) != NULL)
		len = (size_t)(c - p);
	/* Names hold no digits: a date or a time glued on ends them. */
	for (k = 0; k < len; k++)
		if (p[k] >= '0' && p[k] <= '9') {
			len = k;
			break;
		}
	len = trim_tail(p, len);
	/* "Kristen Falc'hon Kristen Falc'hon": the name set twice (for the
	 * eye and for screen readers) is one name. */
	if (len >= 5 && len % 2 == 1 && p[len / 2] == ' ' &&
	    memcmp(p, p + len / 2 + 1, len / 2) == 0)
		len /= 2;
	if (len < 2 || len > 100)
		return 0;
	*start = (size_t)(p - s);
	return len;
}

int
byline_is_no_author(const char *s)
{
	/* Accounts, and the article left when a byline names no one
	 * ("par la rédaction", "by the editors" cut to their first word). */
	static const char *const accounts[] = { "admin", "administrator",
	    "webmaster", "root", "editor", "user", "guest", "unknown",
	    "the", "le", "la", "les", "l'", "el", "los", "las", "il", "lo",
	    "gli", "der", "die", "das", "den", "dem", "de", "het",
	    /* The word before a date the byline lost: "von am 20.06.2018" */
	    "am", "on", "at", "um", "em", "op",
	    /* A follow button beside the date: "30.11.2020 18:14 TAKİP ET" */
	    "follow", "folgen", "suivre", "seguir", "segui", "volgen",
	    "obserwuj", "f\xc3\xb8lg", "f\xc3\xb6lj", "takip et",
	    "TAK\xc4\xb0P ET", "subscribe", "abonnieren",
	    /* A link to read on: "Lire l'article original" cut to its verb */
	    "read", "lire", "lesen", "leer", "leggi", "ler", "lees", "czytaj",
	    "\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c" };	/* читать */
	const char	*dot;
	size_t		 k;

	for (k = 0; k < sizeof(accounts) / sizeof(accounts[0]); k++)
		if (strcasecmp(s, accounts[k]) == 0)
			return 1;
	if (strstr(s, "admin") != NULL && strchr(s, ' ') == NULL)
		return 1;	/* "wordpressadmin" */
	if (is_weekday(s, strlen(s)))
		return 1;
	if (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0 ||
	    s[0] == '/' || s[0] == '@')
		return 1;
	/* "jungefreiheit.de": a domain, not a name; "Isabella.DiBiase" is
	 * a user name, which a capital after the last dot shows. */
	if ((dot = strrchr(s, '.')) == NULL || dot == s ||
	    strchr(s, ' ') != NULL || strlen(s) <= 4)
		return 0;
	for (dot++; *dot != '\0'; dot++)
		if (!(*dot >= 'a' && *dot <= 'z'))
			return 0;
	return 1;
}

/* At most eight words, each capitalised but for the particles of names
 * ("Christoph von Ritter", "Ana de la Cruz") and the words that join
 * names ("Jane Doe and John Roe"): "S-Bahnhof Potsdam mit der Tram" is
 * no name. */
int
byline_looks_like_name(const char *s, size_t n)
{
	static const char *const particles[] = { "von", "van", "der", "den",
	    "de", "da", "di", "du", "la", "le", "del", "della", "dos", "das",
	    "do", "zu", "bin", "al", "el", "ibn", "ten", "ter", "y", "e",
	    "and", "und", "et", "i", "&",
	    /* "Claire Martin avec AFP": a name with its agency */
	    "avec", "with", "mit", "con" };
	size_t	 k, w, words = 0, end;

	for (k = 0; k < n; k = end) {
		while (k < n && s[k] == ' ')
			k++;
		if (k == n)
			break;
		for (end = k; end < n && s[end] != ' '; end++)
			continue;
		words++;
		if (s[k] >= 'a' && s[k] <= 'z') {
			for (w = 0; w < sizeof(particles) / sizeof(particles[0]);
			    w++)
				if (strlen(particles[w]) == end - k &&
				    strncmp(s + k, particles[w], end - k) == 0)
					break;
			if (w == sizeof(particles) / sizeof(particles[0]))
				return 0;
		}
	}
	return words > 0 && words <= 8;
}

size_t
byline_signature(const char *s, size_t *start)
{
	/* Lower case; the comma or line break after them is optional. */
	static const char *const closings[] = { "euer ", "eure ", "dein ",
	    "deine ", "ihr ", "ihre ", "yours,", "yours truly,", "cheers,",
	    "love,", "xoxo,", "xoxo ", "best,", "best wishes,", "lg ", "lg,",
	    "liebe grüße", "viele grüße", "herzliche grüße", "beste grüße",
	    "bis bald,", "bisous,", "bises,", "amicalement,", "saludos,",
	    "un abrazo,", "un saluto,", "un abbraccio,", "pozdrawiam,",
	    "pozdrawiam ", "groetjes,", "с уважением,", "С уважением,", "ваш ", "ваша ",
	    "Ваш ", "Ваша " };
	size_t	 k, n, len = strlen(s);
	const char *p;

	for (k = 0; k < sizeof(closings) / sizeof(closings[0]); k++) {
		n = strlen(closings[k]);
		if (len > n && strncasecmp(s, closings[k], n) == 0)
			break;
	}
	if (k == sizeof(closings) / sizeof(closings[0]))
		return 0;
	p = s + n;
	p += strspn(p, " ,\n!");
	n = strlen(p);
	while (n > 0 && strchr(" .!\n", p[n - 1]) != NULL)
		n--;
	/* A name of one to three words, capitalised. */
	if (n < 2 || n > 40 || !(((unsigned char)p[0] >= 'A' &&
	    (unsigned char)p[0] <= 'Z') || (unsigned char)p[0] >= 0xC0) ||
	    !byline_looks_like_name(p, n) || memchr(p, ',', n) != NULL)
		return 0;
	for (k = 0, len = 1; k < n; k++)
		len += p[k] == ' ';
	if (len > 3)
		return 0;
	*start = (size_t)(p - s);
	return n;
}

/* The Hangul syllables at s: their count; *len their bytes. */
static int
hangul_run(const char *s, size_t *len)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;
	int		 count = 0;

	for (*len = 0; (n = utf8proc_iterate((const utf8proc_uint8_t *)s +
	    *len, -1, &c)) > 0 && c >= 0xAC00 && c <= 0xD7A3; *len += (size_t)n)
		count++;
	return count;
}

size_t
byline_title_after(const char *s, size_t *start)
{
	static const char *const titles[] = { " 기자", " 특파원", " 통신원",
	    " 객원기자" };
	const char	*p = s, *name_end = NULL, *rest = NULL;
	size_t		 len, k, n;
	int		 names = 0, run;

	for (;;) {
		run = hangul_run(p, &len);
		/* "이용민기자": the title written onto the name. */
		if (names == 0 && run >= 4 && run <= 6 &&
		    strncmp(p + len - 6, "기자", 6) == 0 &&
		    strchr(" .", p[len]) != NULL) {
			name_end = p + len - 6;
			rest = p + len;
			break;
		}
		if (run < 2 || run > 5)
			return 0;
		p += len;
		names++;
		if (strncmp(p, "\xc2\xb7", 2) == 0 && names < 4) {	/* · */
			p += 2;
			continue;
		}
		break;
	}
	for (k = 0; rest == NULL && k < sizeof(titles) / sizeof(titles[0]);
	    k++) {
		n = strlen(titles[k]);
		if (strncmp(p, titles[k], n) == 0) {
			name_end = p;
			rest = p + n;
		}
	}
	if (rest == NULL)
		return 0;
	/* Nothing more, or the reporter's address. */
	if (*rest == ' ' && strchr(rest + 1, '@') != NULL &&
	    strchr(rest + 1, ' ') == NULL)
		rest += strlen(rest);
	rest += strspn(rest, " .");
	if (*rest != '\0')
		return 0;
	*start = 0;
	return (size_t)(name_end - s);
}

/* The first word of s[0..len), its length. */
static size_t
first_word_len(const char *s, size_t len)
{
	const char	*sp = memchr(s, ' ', len);

	return sp != NULL ? (size_t)(sp - s) : len;
}

/*
 * A company, a paper or an agency where the names stand: "The Washington
 * Post" (after "Spencer S. Hsu, "), "Frankfurter Allgemeine Zeitung
 * GmbH", "AP National" (of "AP National Writer"), "Reuters Editorial".
 * A person's name does not open with "The", nor end with a company's
 * legal form or a paper's noun.
 */
int
byline_is_organization(const char *s, size_t len)
{
	static const char *const forms[] = { "gmbh", "ag", "ltd", "ltd.",
	    "inc", "inc.", "llc", "corp", "corp.", "plc", "kg", "e.v.",
	    "s.a.", "s.l.", "s.p.a.", "spa", "sarl", "sas", "b.v.", "n.v.",
	    "zeitung", "zeitschrift", "times", "gazette", "herald",
	    "tribune", "journal", "newspaper", "magazine", "magazin",
	    "illustrierte",
	    /* A book's edition, as a dictionary's entry cites it: "Revised
	     * Edition Edited by …" */
	    "edition", "ausgabe", "édition", "edición", "edizione" };
	size_t	 w = first_word_len(s, len), k;

	if (w == len)
		return 0;	/* one word: a name or a handle */
	if (w == 3 && strncmp(s, "The", 3) == 0 && s[4] >= 'A' && s[4] <= 'Z')
		return 1;
	for (k = len; k > 0 && s[k - 1] != ' '; k--)
		continue;
	if (str_is_one_of(s + k, len - k, forms, sizeof(forms) /
	    sizeof(forms[0])))
		return 1;
	/* An agency's name first: capitals ("AP", "AFP") or a long word
	 * ("Reuters"), not a given name that spells a short one ("Ani"). */
	if (agency_id(s, w) == NULL)
		return 0;
	if (w >= 5)
		return 1;
	for (k = 0; k < w; k++)
		if (!(s[k] >= 'A' && s[k] <= 'Z'))
			return 0;
	return 1;
}
