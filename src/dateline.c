/* SPDX-License-Identifier: ISC */
/*
 * Datelines at the start of a news story.  The shapes recognized:
 *
 *	PLACE[, REGION][, DATE] (AGENCY) -	"KANSAS CITY, Mo. (AP) —"
 *	PLACE, DATE (AGENCY) Story		"NEW DELHI, June 21 (PTI) The"
 *	PLACE, DAY (AGENCY) -			"MADRID, 21 (EUROPA PRESS) -"
 *	PLACE[, REGION][, DATE]. /AGENCY/.	"MOSCOW, June 21. /TASS/."
 *	PLACE, DATE - AGENCY.			"МОСКВА, 21 июн — РИА Новости."
 *	PLACE, DATE AGENCY -			"TOKYO, June 21 Kyodo -"
 *	PLACE[, REGION][, DATE] -		"PARIS —" (upper case only)
 *	PLACE. AGENCY -				"ASTANA. KAZINFORM -"
 *	Place. DATE. AGENCY -			"Москва. 21 июня. INTERFAX.RU -"
 *	(AGENCY) - [PLACE[, DATE] -]		"(ANSA) - ROMA, 21 GIU -"
 *	DATE (AGENCY) -				"June 21 (UPI) --"
 *
 * The structure decides, not a list of agencies: a list of well-known
 * ones only lets the weaker shapes through.  How much confirmation each
 * kind of place needs:
 *
 *   - an upper-case place ("MINSK", "ST. PETERSBURG") with any agency in
 *     parentheses or slashes; with none only when it looks like a town
 *     (no headline words, a vowel) and what follows reads as a story;
 *   - a title-case place ("Minsk", "Москва") with a known agency in
 *     parentheses, any agency in slashes, or the RIA and Interfax forms;
 *   - no place at all with an agency that is known or capitalized;
 *   - a known agency for the forms that drop something: the brackets
 *     ("ASTANA. KAZINFORM -"; after a date, a shorter list still:
 *     "June 21 Kyodo -"), the dash ("June 21 (PTI) The") or the month
 *     ("MADRID, 21 (EFE)").
 *
 * When in doubt the answer is "no dateline", because a false one eats
 * the first words of the story.
 *
 * Letters and their case come from utf8proc's Unicode tables, not from
 * <ctype.h> or <wctype.h>, so the result does not depend on the locale.
 *
 * On failure *m is zeroed.
 */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "dateline.h"

#define PLACE_MAXWORDS	 4
#define PLACE_MAXBYTES	 40
#define REGION_MAXWORDS	 3
#define REGION_MAXBYTES	 32
#define AGENCY_MAXWORDS	 5
#define AGENCY_MAXBYTES	 40
#define SLASH_MAXWORDS	 6
#define SLASH_MAXBYTES	 60
#define TAIL_MAXWORDS	 3	/* "РИА Новости.", "INTERFAX.RU" */
#define AUTHOR_MAXWORDS	 4
#define BODY_MINWORDS	 4
#define MONTH_MINCHARS	 3	/* "Jun", "GIU", "июн" */
#define INITIALS_MAX	 16	/* letters compared in "NATO (North ...)" */

#define EM_DASH		 "\xe2\x80\x94"
#define EN_DASH		 "\xe2\x80\x93"

struct text {
	const char	*s;
	size_t		 len;
};

/* One word of a name: "KANSAS", "Mo.", "N'DJAMENA", "St.". */
enum wcase {
	W_LOWER,
	W_TITLE,
	W_UPPER
};

struct word {
	size_t		 off, end;
	enum wcase	 wcase;
	int		 nletters;
};

/* A run of words: a place, a region, an author. */
struct name {
	size_t		 off, end;
	int		 nwords;
	int		 nletters;
	int		 upper;		/* every word is upper case */
};

/* An agency as bracketed: "(BelTA)", "/TASS/". */
struct agency {
	struct span	 sp;
	int		 nwords;
	int		 capital;	/* every word starts with a capital */
};

/* What the parse has found so far; copied out only on success. */
struct parse {
	struct text		 t;
	struct dateline_match	 m;
	int			 place_upper;
	int			 has_date;
	int			 day_only;	/* "MADRID, 21 (EFE)" */
};

/*
 * Month names and their usual abbreviations are all prefixes of these
 * (at least MONTH_MINCHARS letters long): "Sept", "GIU", "июн", "févr".
 * Declined forms are listed separately because they are not prefixes of
 * one another ("мая" / "май").
 */
static const char *const months[] = {
	/* English, German */
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"januar", "jänner", "februar", "märz", "mai", "juni", "juli",
	"oktober", "dezember",
	/* French */
	"janvier", "février", "fevrier", "mars", "avril", "juin", "juillet",
	"août", "aout", "septembre", "octobre", "novembre", "décembre",
	"decembre",
	/* Spanish, Italian, Portuguese */
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
	"agosto", "septiembre", "setiembre", "octubre", "noviembre",
	"diciembre",
	"gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
	"settembre", "ottobre", "dicembre",
	"janeiro", "fevereiro", "março", "marco", "maio", "junho", "julho",
	"setembro", "outubro", "dezembro",
	/* Polish */
	"styczeń", "stycznia", "luty", "lutego", "marzec", "marca",
	"kwiecień", "kwietnia", "maj", "maja", "czerwiec", "czerwca",
	"lipiec", "lipca", "sierpień", "sierpnia", "wrzesień", "września",
	"październik", "października", "listopad", "listopada", "grudzień",
	"grudnia",
	/* Russian */
	"январь", "января", "февраль", "февраля", "март", "марта",
	"апрель", "апреля", "май", "мая", "июнь", "июня", "июль", "июля",
	"август", "августа", "сентябрь", "сентября", "октябрь", "октября",
	"ноябрь", "ноября", "декабрь", "декабря",
	/* Belarusian */
	"студзень", "студзеня", "люты", "лютага", "сакавік", "сакавіка",
	"красавік", "красавіка", "травень", "траўня", "чэрвень", "чэрвеня",
	"ліпень", "ліпеня", "жнівень", "жніўня", "верасень", "верасня",
	"кастрычнік", "кастрычніка", "лістапад", "лістапада", "снежань",
	"снежня",
	/* Ukrainian */
	"січень", "січня", "лютий", "лютого", "березень", "березня",
	"квітень", "квітня", "травня", "червень", "червня", "липень",
	"липня", "серпень", "серпня", "вересень", "вересня", "жовтень",
	"жовтня", "листопада", "грудень", "грудня",
	/* Hindi */
	"जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल",
	"अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
	"सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर",
	"नवम्बर", "दिसंबर", "दिसम्बर",
	/* Indonesian, Nordic, Czech, Slovak, Serbian, Romanian, Finnish,
	 * Greek, as date.c reads them */
	"maret", "agustus", "desember", "augusti", "marts",
	"leden", "ledna", "únor", "února", "březen", "března", "duben",
	"dubna", "květen", "května", "červen", "června", "červenec",
	"července", "srpen", "srpna", "září", "říjen", "října",
	"listopadu", "prosinec", "prosince",
	"január", "januára", "február", "februára", "marec", "apríl",
	"apríla", "máj", "mája", "jún", "júna", "júl", "júla", "augusta",
	"septembra", "október", "októbra", "novembra", "decembra",
	"januara", "februara", "marta", "aprila", "juna", "jula", "avgust",
	"avgusta", "septembar", "oktobar", "oktobra", "novembar",
	"decembar",
	"ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie",
	"septembrie", "octombrie", "noiembrie", "decembrie",
	"március", "április", "május", "június", "július", "augusztus",
	"szeptember",
	"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta",
	"toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta",
	"lokakuuta", "marraskuuta", "joulukuuta",
	"ιανουαρίου", "ιανουαριου", "φεβρουαρίου", "φεβρουαριου",
	"μαρτίου", "μαρτιου", "απριλίου", "απριλιου", "μαΐου", "μαιου",
	"ιουνίου", "ιουνιου", "ιουλίου", "ιουλιου", "αυγούστου",
	"αυγουστου", "σεπτεμβρίου", "σεπτεμβριου", "οκτωβρίου",
	"οκτωβριου", "νοεμβρίου", "νοεμβριου", "δεκεμβρίου",
	"δεκεμβριου",
	NULL
};

/*
 * Agencies common enough to vouch for the weaker shapes on their own:
 * "Berlin (dpa) -" (title-case place), "(Bloomberg) --" (no place).
 */
static const char *const agencies[] = {
	"ap", "reuters", "afp", "dpa", "belta", "белта", "upi", "ians",
	"ani", "pti", "kyodo", "kyodo news", "efe", "ansa", "xinhua",
	"yonhap", "bloomberg", "tass", "тасс", "itar-tass", "итар-тасс",
	"ria novosti", "риа новости", "ria", "риа", "interfax",
	"интерфакс", "interfax.ru", "interfax-ukraine",
	"интерфакс-украина", "интерфакс-україна", "sputnik", "спутник",
	"прайм", "regnum", "регнум", "ukrinform", "укрінформ", "укринформ",
	"unian", "униан", "уніан", "pap", "ctk", "čtk", "apa", "kna", "epd",
	"anadolu", "anadolu agency", "anadolu ajansı", "aa", "mti", "bta",
	"agerpres", "lusa", "europa press", "ntb", "tt", "stt", "ritzau",
	"belga", "anp", "sda", "keystone-sda",
	"hina", "tanjug", "cna", "bernama", "antara", "irna", "wafa",
	"mena", "kuna", "wam", "qna", "jiji", "jiji press", "kcna", "aap",
	"canadian press", "the canadian press", "cp", "prensa latina",
	"notimex", "télam", "telam", "agência brasil", "agencia brasil",
	"agi", "adnkronos", "cnn", "bbc", "azertac", "armenpress",
	"kazinform", "казинформ", "akipress", "the conversation", "uni",
	"yonhap news", "askanews", "lapresse", "italpress", "dire", "awp",
	"app", "vna", "ttxvn", "ana-mpa", "ape-mpe", "απε-μπε", "elta",
	"leta", "bss", "tasnim", "isna",
	/* Hindi: PTI's Bhasha, IANS, ANI, UNI's Varta */
	"भाषा", "आईएएनएस", "एएनआई", "पीटीआई", "वार्ता", "यूएनआई",
	NULL
};

/* Arabic names of the agencies, as datelines bracket them: "(أ ف ب)",
 * "/قنا/", "- واس". */
static const char *const ar_agencies[] = {
	"رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "د ب أ", "أ ب", "واس", "وام",
	"قنا", "كونا", "بترا", "سانا", "أ ش أ", "الأناضول", "شينخوا", "إرنا",
	"وفا", "العمانية", "بنا", NULL
};

/*
 * Agencies that put their name after the date with no brackets at all:
 * "TOKYO, June 21 Kyodo -".  Bare words after a date are too common for
 * any other name to vouch for them.
 */
static const char *const unbracketed[] = {
	"kyodo", "kyodo news", "xinhua", "afp", "dpa",
	NULL
};

/*
 * Stock exchanges: "(NYSE: IBM)", "(NASDAQ AAPL)" name a company's
 * listing in a press release, not an agency.
 */
static const char *const exchanges[] = {
	"nyse", "nasdaq", "amex", "otc", "otcqb", "otcqx", "otcmkts", "tsx",
	"tsxv", "tsx-v", "asx", "lse", "hkex", "sehk", "sgx", "jse", "bse",
	"nse", "xetra", "euronext", "ftse", "cboe", "bats", "moex",
	NULL
};

/*
 * Acronyms that read like a town ("NATO —"): a bare place, with no
 * agency to confirm it, may not be one of them.
 */
static const char *const acronyms[] = {
	"nato", "opec", "nasa", "fifa", "uefa", "asean", "unesco", "unicef",
	"iaea", "osce", "unhcr", "unrwa", "icao", "imo", "ioc", "nafta",
	"sadc", "ecowas", "otan", "нато", "оон", "одкб", "еаэс",
	NULL
};

/*
 * Titles before a name: "LONDON, Mayor Sadiq Khan —" has a person where
 * the region would be.
 */
static const char *const titles[] = {
	"mayor", "president", "minister", "prime", "premier", "chancellor",
	"governor", "gov", "senator", "sen", "rep", "representative",
	"secretary", "gen", "chief", "pope", "sheikh", "mr", "mrs", "ms",
	"dr", "sir", "judge", "justice",
	NULL
};

/* Words that mark a headline or a label, never a place or an agency. */
static const char *const labels[] = {
	"update", "updated", "updates", "breaking", "exclusive", "file",
	"photo", "photos", "picture", "pictures", "pictured", "video",
	"videos", "watch", "analysis", "factbox", "explainer", "corrected",
	"correction", "refile", "rpt", "insight", "wrapup", "column",
	"opinion", "live", "urgent", "flash", "alert", "graphic",
	"graphics", "timeline", "feature", "interview", "review",
	"editorial", "commentary", "poll", "brief", "preview", "advisory",
	"notice", "warning", "developing", "podcast", "sponsored",
	"advertisement", "quiz", "audio", "archive", "left", "right",
	"center", "centre", "top", "bottom", "above", "below",
	"фото", "видео", "молния", "срочно", "эксклюзив", "обновлено",
	"интервью", "мнение", "анонс", "архив", "слева", "справа",
	"терміново", "ексклюзив", "відео", "тэрмінова", "відэа",
	NULL
};

/*
 * Function words of a headline ("RUSSIA TO RAISE TAXES -") and section
 * labels ("SPORTS -", "UKRAINE WAR -"): a bare upper-case place with no
 * agency to confirm it may not contain them.  "OF", "DE", "THE" stay
 * out: "PORT OF SPAIN", "THE HAGUE".
 */
static const char *const headline_words[] = {
	"and", "or", "to", "for", "with", "is", "are", "was", "were",
	"will", "says", "say", "said", "over", "after", "as", "on", "at",
	"by", "from", "into", "vs", "vs.", "not", "no", "be", "has", "have",
	"its", "it", "in", "amid", "against",
	"news", "sport", "sports", "politics", "business", "world",
	"economy", "culture", "weather", "health", "tech", "technology",
	"science", "entertainment", "markets", "war", "crisis", "covid",
	"coronavirus", "election", "elections", "latest", "stories",
	"и", "в", "на", "по", "с", "за", "не", "для", "о", "от", "і", "й",
	"у", "та", "ў", "новости", "спорт", "политика", "экономика",
	"війна", "новини",
	NULL
};

/* Lower-case particles inside a title-case name: "Rio de Janeiro". */
static const char *const particles[] = {
	"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
	"la", "le", "les", "am", "an", "im", "der", "den", "on", "upon",
	"sur", "en", "y", "i", "e", "of", "and", "na", "nad", "pod", "el",
	"al", "van", "von", "и", "на",
	NULL
};

/* How sentences start: a title-case "place" that is one of these is the
 * story itself ("The Senate (AP) ..."). */
static const char *const sentence_words[] = {
	"the", "a", "an", "this", "that", "these", "those", "it", "he",
	"she", "we", "they", "i", "in", "on", "at", "for", "but", "and",
	"as", "when", "if", "after", "before", "according", "mr", "mr.",
	"mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister",
	"prime", "это", "мы", "он", "она", "они", "в", "на", "по",
	"и", "как", "президент", "министр", "премьер",
	NULL
};

/* "LONDON, Monday (Reuters) -": a weekday stands for the date. */
static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	"dimanche",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag",
	"samstag", "sonntag",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
	"domingo",
	"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
	"domenica",
	/* Hungarian, after MTI's date */
	"hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat",
	"vasárnap",
	NULL
};

/* The year's abbreviation goes with it: "2024 г.", "2024 р.", "2024 r." */
static const char *const year_marks[] = {
	" г.", " р.", " r.", " г", NULL
};

/* Lower-case vowels: a place has one, "HSBC" and "LVMH" do not. */
static const char vowels[] =
	"aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĩįıōŏőœũūŭůűų"
	"аеёиоуыэюяіїєў";

/* ---- UTF-8 and letters ---- */

/* The code point at p (left > 0 bytes); *n is its length in bytes.  A
 * malformed byte reads as U+FFFD of length 1. */
static uint32_t
u8_dec(const unsigned char *p, size_t left, size_t *n)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	*n = 1;
	if (p[0] < 0x80)
		return p[0];
	if ((k = utf8proc_iterate(p, (utf8proc_ssize_t)left, &c)) < 0)
		return 0xFFFD;
	*n = (size_t)k;
	return (uint32_t)c;
}

/* The code point at i, 0 past the end; *n is its length in bytes. */
static uint32_t
cp_at(const struct text *t, size_t i, size_t *n)
{
	if (i >= t->len) {
		*n = 0;
		return 0;
	}
	return u8_dec((const unsigned char *)t->s + i, t->len - i, n);
}

static uint32_t
cp_peek(const struct text *t, size_t i)
{
	size_t	 n;

	return cp_at(t, i, &n);
}

/* The byte at i, or -1 past the end. */
static int
ch(const struct text *t, size_t i)
{
	return i < t->len ? (unsigned char)t->s[i] : -1;
}

static int
has(const struct text *t, size_t i, const char *lit)
{
	size_t	 n = strlen(lit);

	return i <= t->len && t->len - i >= n && memcmp(t->s + i, lit, n) == 0;
}

static int
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static int
digit_at(const struct text *t, size_t i)
{
	return ch(t, i) >= '0' && ch(t, i) <= '9';
}

/* Lu Ll Lt Lm Lo, and the marks Mn Mc Me that Devanagari and other
 * scripts write their vowels with ("दिल्ली"): a run in utf8proc's
 * numbering. */
static int
is_letter(uint32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	k = utf8proc_category((utf8proc_int32_t)c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME;
}

/* Capitals, title-case digraphs ("Dž") among them. */
static int
is_upper(uint32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	k = utf8proc_category((utf8proc_int32_t)c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

/* Letters without case ("ß", "ª") count as lower case. */
static int
is_lower(uint32_t c)
{
	return is_letter(c) && !is_upper(c);
}

static uint32_t
fold(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
	return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}

static int
is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2BC;
}

static int
is_open_quote(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0xAB || c == 0x2018 ||
	    c == 0x201C || c == 0x201E;
}

/* Is c, folded, one of the code points of set?  In UTF-8 one code point
 * cannot match inside another, so a substring search does. */
static int
cp_in(uint32_t c, const char *set)
{
	char	 u[5] = "";

	utf8proc_encode_char((utf8proc_int32_t)fold(c), (utf8proc_uint8_t *)u);
	return u[0] != '\0' && strstr(set, u) != NULL;
}

/* ---- comparing spans with lower-case literals ---- */

/*
 * Walks [off, end) case-folded against lower.  Returns how much of lower
 * is left once the span is used up, or NULL on a mismatch; *ncp counts
 * the code points matched.
 */
static const char *
fold_walk(const struct text *t, size_t off, size_t end, const char *lower,
    size_t *ncp)
{
	const unsigned char	*l = (const unsigned char *)lower;
	size_t			 n, ln, llen = strlen(lower);

	*ncp = 0;
	while (off < end) {
		if (llen == 0)
			return NULL;
		if (fold(cp_at(t, off, &n)) != u8_dec(l, llen, &ln))
			return NULL;
		off += n;
		l += ln;
		llen -= ln;
		(*ncp)++;
	}
	return (const char *)l;
}

static int
span_eq(const struct text *t, size_t off, size_t end, const char *lower)
{
	const char	*rest;
	size_t		 ncp;

	rest = fold_walk(t, off, end, lower, &ncp);
	return rest != NULL && *rest == '\0';
}

/* An ASCII literal at i, in any case: "de " or "De ". */
static int
has_ci(const struct text *t, size_t i, const char *lower)
{
	size_t	 n = strlen(lower);

	return i <= t->len && t->len - i >= n && span_eq(t, i, i + n, lower);
}

static int
span_in(const struct text *t, size_t off, size_t end,
    const char *const list[])
{
	size_t	 i;

	for (i = 0; list[i] != NULL; i++)
		if (span_eq(t, off, end, list[i]))
			return 1;
	return 0;
}

/* ---- dates ---- */

/* A run of 1..max digits; *val its value. */
static size_t
scan_digits(const struct text *t, size_t p, size_t max, int *val)
{
	size_t	 n = 0;

	*val = 0;
	while (n < max && digit_at(t, p + n)) {
		*val = *val * 10 + (ch(t, p + n) - '0');
		n++;
	}
	if (digit_at(t, p + n))
		return 0;
	return n;
}

/* Nothing glued to the end of a date: "21 June" but not "21 Junebug". */
static int
date_boundary(const struct text *t, size_t p)
{
	uint32_t	 c = cp_peek(t, p);

	return !is_letter(c) && !is_digit(c);
}

static int
parse_day(const struct text *t, size_t p, size_t *end)
{
	size_t	 n;
	int	 v;

	if ((n = scan_digits(t, p, 2, &v)) == 0 || v < 1 || v > 31)
		return 0;
	*end = p + n;
	return 1;
}

static int
parse_year(const struct text *t, size_t p, size_t *end)
{
	size_t	 n;
	int	 v;

	if ((n = scan_digits(t, p, 4, &v)) != 4 || v < 1000 || v > 2999)
		return 0;
	if (!date_boundary(t, p + n))
		return 0;
	*end = p + n;
	return 1;
}

/* A month name or abbreviation; *abbrev when it is not a whole name. */
static int
parse_month(const struct text *t, size_t p, size_t *end, int *abbrev)
{
	const char	*rest;
	size_t		 q = p, n, ncp, i;
	int		 found = 0;

	while (is_letter(cp_at(t, q, &n)))
		q += n;
	if (q == p || is_digit(cp_peek(t, q)))
		return 0;
	*abbrev = 1;
	for (i = 0; months[i] != NULL; i++) {
		rest = fold_walk(t, p, q, months[i], &ncp);
		if (rest == NULL || ncp < MONTH_MINCHARS)
			continue;
		found = 1;
		if (*rest == '\0')
			*abbrev = 0;
	}
	*end = q;
	return found;
}

static size_t
skip_year_mark(const struct text *t, size_t p)
{
	size_t	 i, n;

	for (i = 0; year_marks[i] != NULL; i++) {
		n = strlen(year_marks[i]);
		if (has(t, p, year_marks[i]) && date_boundary(t, p + n))
			return p + n;
	}
	return p;
}

/* ", 2024", " 2024", " de 2024" after the day and month. */
static size_t
skip_year(const struct text *t, size_t p)
{
	size_t	 q = p, end;

	if (ch(t, q) == ',')
		q++;
	if (ch(t, q) != ' ')
		return p;
	q++;
	if (has_ci(t, q, "de "))
		q += 3;
	if (!parse_year(t, q, &end))
		return p;
	return skip_year_mark(t, end);
}

/* "21 June", "21. Juni", "21 de junio de 2024", "21 GIU", "14 мая". */
static int
parse_date_dm(const struct text *t, size_t p, size_t *end)
{
	size_t	 q, mend;
	int	 abbrev;

	if (!parse_day(t, p, &q))
		return 0;
	if (ch(t, q) == '.' && ch(t, q + 1) == ' ')
		q++;
	if (ch(t, q) != ' ')
		return 0;
	q++;
	if (has_ci(t, q, "de "))
		q += 3;
	if (!parse_month(t, q, &mend, &abbrev))
		return 0;
	/*
	 * "21 Jan. (Reuters)" keeps the abbreviation's dot; in
	 * "21 июня. /ТАСС/." or "21 июня. INTERFAX.RU" the dot ends the date.
	 */
	if (abbrev && ch(t, mend) == '.' && ch(t, mend + 1) == ' ' &&
	    (ch(t, mend + 2) == '(' || digit_at(t, mend + 2) ||
	    ch(t, mend + 2) == '-' || has(t, mend + 2, EM_DASH) ||
	    has(t, mend + 2, EN_DASH)))
		mend++;		/* "21 giu. - Il governo" too */
	*end = skip_year(t, mend);
	return 1;
}

/* "June 21", "Jan. 21", "June 21st, 2024". */
static int
parse_date_md(const struct text *t, size_t p, size_t *end)
{
	static const char *const ordinals[] = { "st", "nd", "rd", "th" };
	size_t	 q, i;
	int	 abbrev;

	if (!parse_month(t, p, &q, &abbrev))
		return 0;
	if (ch(t, q) == '.')
		q++;
	if (ch(t, q) != ' ' || !parse_day(t, q + 1, &q))
		return 0;
	for (i = 0; i < sizeof(ordinals) / sizeof(ordinals[0]); i++)
		if (has(t, q, ordinals[i]) && date_boundary(t, q + 2)) {
			q += 2;
			break;
		}
	if (!date_boundary(t, q))
		return 0;
	*end = skip_year(t, q);
	return 1;
}

/* "21.06.2024", "06/21/24", "2024-06-21". */
static int
parse_date_num(const struct text *t, size_t p, size_t *end)
{
	size_t	 n1, n2, n3;
	int	 a, b, c, sep;

	if ((n1 = scan_digits(t, p, 4, &a)) == 0)
		return 0;
	sep = ch(t, p + n1);
	if (sep != '.' && sep != '/' && sep != '-')
		return 0;
	if ((n2 = scan_digits(t, p + n1 + 1, 2, &b)) == 0 ||
	    ch(t, p + n1 + 1 + n2) != sep)
		return 0;
	if ((n3 = scan_digits(t, p + n1 + n2 + 2, 4, &c)) == 0)
		return 0;
	if (n1 == 4) {
		if (sep != '-' || n3 != 2 || b < 1 || b > 12 || c < 1 ||
		    c > 31)
			return 0;
	} else {
		if (n3 != 2 && n3 != 4)
			return 0;
		if (a < 1 || b < 1 || !((a <= 31 && b <= 12) ||
		    (a <= 12 && b <= 31)))
			return 0;
	}
	*end = p + n1 + n2 + n3 + 2;
	return date_boundary(t, *end);
}

/* "Hà Nội, 21/6 (TTXVN) -": day and month in figures, no year, only
 * right before the agency's bracket. */
static int
parse_day_month_num(const struct text *t, size_t p, size_t *end)
{
	size_t	 n1, n2;
	int	 d, m;

	if ((n1 = scan_digits(t, p, 2, &d)) == 0 || ch(t, p + n1) != '/' ||
	    (n2 = scan_digits(t, p + n1 + 1, 2, &m)) == 0 || d < 1 ||
	    d > 31 || m < 1 || m > 12)
		return 0;
	*end = p + n1 + 1 + n2;
	return ch(t, *end) == ' ' && ch(t, *end + 1) == '(';
}

static int parse_weekday(const struct text *, size_t, size_t *);

/* MTI's "2024. június 21., péntek": year first, the day with its dot,
 * and the weekday after a comma. */
static int
parse_date_ymd(const struct text *t, size_t p, size_t *end)
{
	size_t	 q, e;
	int	 abbrev, v;

	if (scan_digits(t, p, 4, &v) != 4 || ch(t, p + 4) != '.' ||
	    ch(t, p + 5) != ' ' || !parse_month(t, p + 6, &q, &abbrev))
		return 0;
	if (ch(t, q) == '.')
		q++;
	if (ch(t, q) != ' ' || (e = scan_digits(t, q + 1, 2, &v)) == 0 ||
	    v < 1 || v > 31 || ch(t, q + 1 + e) != '.')
		return 0;
	q += e + 2;
	if (ch(t, q) == ',' && ch(t, q + 1) == ' ' &&
	    parse_weekday(t, q + 2, &e))
		q = e;
	*end = q;
	return 1;
}

static int
parse_date(const struct text *t, size_t p, size_t *end)
{
	return parse_date_num(t, p, end) || parse_date_dm(t, p, end) ||
	    parse_date_md(t, p, end) || parse_date_ymd(t, p, end);
}

static int
parse_weekday(const struct text *t, size_t p, size_t *end)
{
	size_t	 q = p, n;

	while (is_letter(cp_at(t, q, &n)))
		q += n;
	if (q == p || !date_boundary(t, q) || !span_in(t, p, q, weekdays))
		return 0;
	*end = q;
	return 1;
}

/* ---- words and names ---- */

/* "McALLEN" is upper case in AP style. */
static int
is_mc(const struct text *t, size_t p)
{
	return ch(t, p) == 'M' && ch(t, p + 1) == 'c' &&
	    is_upper(cp_peek(t, p + 2));
}

/*
 * A word of a name: letters joined by hyphens, apostrophes and dots
 * ("PORT-AU-PRINCE", "N'DJAMENA", "N.Y."), with a trailing dot kept
 * ("Mo.", "ST.").  A digit anywhere ("COVID-19", "2-Oil") disqualifies it.
 */
static int
scan_word(const struct text *t, size_t p, struct word *w)
{
	uint32_t	 c;
	size_t		 q = p, n;
	int		 nlow = 0, first_up;

	c = cp_at(t, q, &n);
	if (!is_letter(c))
		return 0;
	first_up = is_upper(c);
	w->nletters = 0;
	for (;;) {
		c = cp_at(t, q, &n);
		if (is_letter(c)) {
			nlow += is_lower(c);
			w->nletters++;
			q += n;
		} else if (c == '.') {
			q += n;
			if (!is_letter(cp_peek(t, q)))
				break;
		} else if ((c == '-' || is_apostrophe(c)) &&
		    is_letter(cp_peek(t, q + n)))
			q += n;
		else if (c == '/' && first_up && is_upper(cp_peek(t, q + 1)) &&
		    is_lower(cp_peek(t, q + 2)))
			q += n;		/* "Hamburg/Berlin (dpa)" */
		else
			break;
	}
	if (digit_at(t, q) || (ch(t, q) == '-' && digit_at(t, q + 1)))
		return 0;
	if (is_mc(t, p))
		nlow--;
	w->off = p;
	w->end = q;
	w->wcase = nlow == 0 ? W_UPPER : first_up ? W_TITLE : W_LOWER;
	/* The Indic scripts have no capitals: any word may be a name
	 * ("नई दिल्ली"), which a known agency must vouch for. */
	if (cp_peek(t, p) >= 0x0900 && cp_peek(t, p) <= 0x0DFF)
		w->wcase = W_TITLE;
	return 1;
}

/* The word without a trailing dot, for list look-ups. */
static size_t
word_stem_end(const struct text *t, const struct word *w)
{
	return w->end > w->off && t->s[w->end - 1] == '.' ? w->end - 1 :
	    w->end;
}

static int
word_in(const struct text *t, const struct word *w, const char *const list[])
{
	return span_in(t, w->off, w->end, list) ||
	    span_in(t, w->off, word_stem_end(t, w), list);
}

/* "BRIEF-Apple": the part before the first hyphen counts as a word. */
static int
word_is_label(const struct text *t, const struct word *w)
{
	size_t	 q;

	if (word_in(t, w, labels))
		return 1;
	for (q = w->off; q < w->end; q++)
		if (t->s[q] == '-')
			return span_in(t, w->off, q, labels);
	return 0;
}

/* May w follow the words of nm after the separator sep? */
static int
word_continues(const struct text *t, const struct name *nm,
    const struct word *w, int sep)
{
	if (sep == '/' || nm->upper)
		return w->wcase == W_UPPER;
	return w->wcase != W_LOWER || word_in(t, w, particles);
}

/*
 * A name of at most maxwords words, all upper case or all capitalized
 * (bar particles).  More qualifying words than maxwords means a headline
 * or a sentence, not a name: no match.  "LONDON/NEW YORK" is one place.
 */
static int
scan_name(const struct text *t, size_t p, int maxwords, size_t maxbytes,
    struct name *nm)
{
	struct word	 w;
	size_t		 q;
	int		 sep, nw, nletters;

	if (!scan_word(t, p, &w) || w.wcase == W_LOWER)
		return 0;
	nm->off = p;
	nm->end = q = w.end;
	nm->upper = w.wcase == W_UPPER;
	nm->nwords = nw = 1;
	nm->nletters = nletters = w.nletters;
	for (;;) {
		sep = ch(t, q);
		if (sep != ' ' && !(sep == '/' && nm->upper))
			break;
		if (!scan_word(t, q + 1, &w) || !word_continues(t, nm, &w, sep))
			break;
		if (++nw > maxwords)
			return 0;
		q = w.end;
		nletters += w.nletters;
		if (w.wcase == W_LOWER)
			continue;	/* a particle cannot end a name */
		nm->end = q;
		nm->nwords = nw;
		nm->nletters = nletters;
	}
	return nm->end - nm->off <= maxbytes;
}

/* Calls fn on each word of a name; returns 1 as soon as fn does. */
static int
name_any(const struct text *t, const struct name *nm,
    int (*fn)(const struct text *, const struct word *))
{
	struct word	 w;
	size_t		 q = nm->off;

	while (q < nm->end && scan_word(t, q, &w)) {
		if (fn(t, &w))
			return 1;
		q = w.end + 1;
	}
	return 0;
}

static int
word_is_headline(const struct text *t, const struct word *w)
{
	return word_in(t, w, headline_words);
}

static int
word_is_sentence(const struct text *t, const struct word *w)
{
	return word_in(t, w, sentence_words);
}

static int
word_is_agency(const struct text *t, const struct word *w)
{
	return word_in(t, w, agencies);
}

/* A title-case place must not read as the start of a sentence. */
static int
place_ok(const struct text *t, const struct name *nm)
{
	struct word	 first;

	if (name_any(t, nm, word_is_label))
		return 0;
	if (nm->upper)
		return 1;
	return scan_word(t, nm->off, &first) && !word_is_sentence(t, &first);
}

static int
has_vowel(const struct text *t, size_t off, size_t end)
{
	size_t	 n;

	for (; off < end; off += n)
		if (cp_in(cp_at(t, off, &n), vowels))
			return 1;
	return 0;
}

/*
 * A period that ends a sentence inside a name: "ASTANA. KAZAKHSTAN",
 * "ASTANA.KAZINFORM", not an abbreviation: "ST. PETERSBURG", "N.Y.".
 * Abbreviations are short; what counts is the run of letters before it.
 */
static int
has_inner_stop(const struct text *t, const struct name *nm)
{
	size_t	 q, n;
	int	 run = 0;

	for (q = nm->off; q + 1 < nm->end; q += n) {
		if (is_letter(cp_at(t, q, &n)))
			run++;
		else if (t->s[q] == '.' && run > 3)
			return 1;
		else
			run = 0;
	}
	return 0;
}

/*
 * A bare place, confirmed by nothing but its case and the dash, must
 * look like a town: no headline words, a vowel ("HSBC -" is a company),
 * no agency's name in it ("REUTERS -", "ASTANA KAZINFORM -"), not an
 * organization's ("NATO -"), no sentence inside ("ASTANA. KAZAKHSTAN").
 */
static int
bare_place_ok(const struct text *t, const struct name *nm)
{
	return nm->upper && nm->nletters >= 3 &&
	    !name_any(t, nm, word_is_headline) && !has_inner_stop(t, nm) &&
	    has_vowel(t, nm->off, nm->end) &&
	    !span_in(t, nm->off, nm->end, agencies) &&
	    !name_any(t, nm, word_is_agency) &&
	    !span_in(t, nm->off, nm->end, acronyms);
}

/* ---- agencies ---- */

/* "/" for dpa's regional services: "(dpa/lby)". */
static int
agency_char(uint32_t c)
{
	return is_letter(c) || is_digit(c) || c == ' ' || c == '.' ||
	    c == '-' || c == '&' || c == '/' || is_apostrophe(c);
}

/*
 * The inside of "(BelTA)" or "/TASS/": a few words starting with a
 * letter, none of them a label ("(left)", "(File Photo)"), and not a
 * listing on an exchange ("(NYSE IBM)").
 */
static int
agency_ok(const struct text *t, size_t off, size_t end, int maxwords,
    struct agency *a)
{
	struct word	 w;
	uint32_t	 c;
	size_t		 q = off, n;
	int		 nw = 0;

	if (off >= end || !is_letter(cp_peek(t, off)) || t->s[end - 1] == ' ')
		return 0;
	a->capital = 1;
	while (q < end) {
		if (++nw > maxwords)
			return 0;
		c = cp_peek(t, q);
		if (!is_upper(c) && !is_digit(c))
			a->capital = 0;
		if (scan_word(t, q, &w) && (word_is_label(t, &w) ||
		    (nw == 1 && word_in(t, &w, exchanges))))
			return 0;
		for (; q < end && t->s[q] != ' '; q += n)
			if (!agency_char(cp_at(t, q, &n)))
				return 0;
		if (q < end && t->s[++q] == ' ')
			return 0;
	}
	a->nwords = nw;
	/* "WASHINGTON (June 21) —" */
	return !(parse_date(t, off, &q) && q == end);
}

/* A known agency, or its regional service: "dpa/lby". */
static int
is_known(const struct text *t, const struct span *a)
{
	const char	*slash;
	size_t		 off, end, part;

	if (span_in(t, a->off, a->off + a->len, agencies) ||
	    span_in(t, a->off, a->off + a->len, ar_agencies))
		return 1;
	/* Any part of "dpa/lby", "awp/sda". */
	for (off = a->off, end = a->off + a->len; off < end; off = part + 1) {
		slash = memchr(t->s + off, '/', end - off);
		part = slash != NULL ? (size_t)(slash - t->s) : end;
		if (slash == NULL && off == a->off)
			return 0;	/* one part, tested above */
		if (span_in(t, off, part, agencies))
			return 1;
	}
	return 0;
}

/* A bracketed agency: open, up to maxbytes, close. */
static int
parse_bracketed(const struct text *t, size_t p, int open, int close,
    int maxwords, size_t maxbytes, struct agency *a, size_t *end)
{
	size_t	 q;

	if (ch(t, p) != open)
		return 0;
	for (q = p + 1; q < t->len && q - p - 1 <= maxbytes; q++) {
		if (t->s[q] == close)
			break;
		if (t->s[q] == open)
			return 0;
	}
	if (ch(t, q) != close || q - p - 1 > maxbytes)
		return 0;
	if (!agency_ok(t, p + 1, q, maxwords, a))
		return 0;
	a->sp.off = p + 1;
	a->sp.len = q - p - 1;
	*end = q + 1;
	return 1;
}

/* A slash inside only for a known agency's service: "(AAPL/MSFT)" are
 * tickers. */
static int
parse_paren(const struct text *t, size_t p, struct agency *a, size_t *end)
{
	return parse_bracketed(t, p, '(', ')', AGENCY_MAXWORDS,
	    AGENCY_MAXBYTES, a, end) &&
	    (memchr(t->s + a->sp.off, '/', a->sp.len) == NULL ||
	    is_known(t, &a->sp));
}

/* ---- dashes and bodies ---- */

/*
 * The dash that ends a dateline at p: " - ", " -- ", " – ", " — ", the
 * unspaced "(AP)—The", EFE's "(EFE).- ", old AP wire's " _ ".  A hyphen
 * needs a space after it, and one before it unless it follows a bracket,
 * or "UPDATE 2-Oil" and "COVID-19" would do.  Sets *body.
 */
static int
parse_dash(const struct text *t, size_t p, size_t *body)
{
	size_t	 q = p;
	int	 spaced = 0, hyphen = 1, bracket, dotted;

	bracket = p > 0 && (t->s[p - 1] == ')' || t->s[p - 1] == '/');
	/* "BUENOS AIRES.- El gobierno": the Spanish dot and dash. */
	dotted = p > 0 && t->s[p - 1] == '.';
	if (ch(t, q) == ' ') {
		q++;
		spaced = 1;
	}
	if (has(t, q, "--"))
		q += 2;
	else if (has(t, q, EM_DASH) || has(t, q, EN_DASH)) {
		q += 3;
		hyphen = 0;
	} else if (ch(t, q) == '-' || (spaced && ch(t, q) == '_'))
		q++;
	else if (!spaced && bracket && has(t, q, ".-"))
		q += 2;
	else if (!spaced && bracket && ch(t, q) == ':')
		q++;		/* "(ANI): ", "(APP): " */
	else if (!spaced && bracket && has(t, q, "\xe0\xa5\xa4"))
		q += 3;		/* Hindi's danda: "(आईएएनएस)। " */
	else
		return 0;
	if (hyphen && !spaced && !bracket && !dotted)
		return 0;
	if (ch(t, q) == ' ')
		q++;
	else if (hyphen)
		return 0;
	if (q >= t->len || ch(t, q) == ' ' || ch(t, q) == '-')
		return 0;
	*body = q;
	return 1;
}

static int
starts_lower(const struct text *t, size_t b)
{
	return is_lower(cp_peek(t, b));
}

/* The end of the word at p (up to a space or the end). */
static size_t
word_end(const struct text *t, size_t p)
{
	while (p < t->len && t->s[p] != ' ')
		p++;
	return p;
}

/* An all-capitals word of two letters or more: "CANADA", not "I". */
static int
is_caps_word(const struct text *t, size_t p, size_t end)
{
	struct word	 w;

	return scan_word(t, p, &w) && w.end == end && w.wcase == W_UPPER &&
	    w.nletters >= 2;
}

/* "2:1" */
static int
is_score(const struct text *t, size_t p, size_t end)
{
	for (; p + 2 < end; p++)
		if (digit_at(t, p) && ch(t, p + 1) == ':' && digit_at(t, p + 2))
			return 1;
	return 0;
}

/*
 * With nothing but case and a dash to go on ("PARIS — The French ..."),
 * what follows must read as a story: a capital, a digit or a quote first,
 * a few words, and neither a headline in capitals ("RUSSIA - UKRAINE
 * TALKS"), a score ("USA - Canada 2:1") nor a pairing's label ("BERLIN -
 * BRANDENBURG: Das Spiel …").
 */
static int
body_plausible(const struct text *t, size_t b)
{
	uint32_t	 c = cp_peek(t, b);
	size_t		 q, e, second = 0, end1 = 0, end2 = 0;
	int		 nw;

	if (!is_upper(c) && !is_digit(c) && !is_open_quote(c))
		return 0;
	for (nw = 0, q = b; q < t->len; nw++, q = e + 1) {
		e = word_end(t, q);
		if (nw < 3 && is_score(t, q, e))
			return 0;
		if (nw == 0)
			end1 = e;
		else if (nw == 1) {
			second = q;
			end2 = e;
		}
	}
	if (nw < BODY_MINWORDS)
		return 0;
	if ((end1 > b && ch(t, end1 - 1) == ':' &&
	    is_caps_word(t, b, end1 - 1)) || (is_caps_word(t, b, end1) &&
	    end2 == second + 1 && ch(t, second) == ':'))
		return 0;
	return !(is_caps_word(t, b, end1) && is_caps_word(t, second, end2));
}

/* ---- the shapes ---- */

static void
found(struct parse *ps, size_t text_end, size_t body)
{
	ps->m.text.off = 0;
	ps->m.text.len = text_end;
	ps->m.body = body;
}

static void
set_span(struct span *sp, size_t off, size_t end)
{
	sp->off = off;
	sp->len = end - off;
}

/* The folded letters of [off, end), or of its words' capitals only. */
static size_t
letters_of(const struct text *t, size_t off, size_t end, int initials,
    uint32_t out[INITIALS_MAX])
{
	uint32_t	 c;
	size_t		 n, k = 0, start = off;

	for (; off < end && k < INITIALS_MAX; off += n) {
		c = cp_at(t, off, &n);
		if (initials && ((off > start && t->s[off - 1] != ' ') ||
		    !is_upper(c)))
			continue;
		if (is_letter(c))
			out[k++] = fold(c);
	}
	return k;
}

/* "NATO (North Atlantic Treaty Organization)": an acronym explained. */
static int
is_expansion(const struct text *t, const struct span *place,
    const struct span *a)
{
	uint32_t	 pl[INITIALS_MAX], in[INITIALS_MAX];
	size_t		 npl, nin;

	npl = letters_of(t, place->off, place->off + place->len, 0, pl);
	nin = letters_of(t, a->off, a->off + a->len, 1, in);
	return npl >= 2 && npl == nin &&
	    memcmp(pl, in, npl * sizeof(pl[0])) == 0;
}

/*
 * PTI and IANS often leave out the dash: "NEW DELHI, June 21 (PTI) The
 * government ...".  Only a known agency after a date may, and only when
 * a capitalized word that is no label follows ("MINSK (BelTA) The" has
 * no date and stays out).
 */
static int
undashed_body(struct parse *ps, size_t end, size_t *body)
{
	const struct text	*t = &ps->t;
	struct word		 w;

	if (!ps->has_date || ch(t, end) != ' ' || !scan_word(t, end + 1, &w) ||
	    w.wcase == W_LOWER || word_is_label(t, &w))
		return 0;
	*body = end + 1;
	return 1;
}

/*
 * "(Reuters) -", "(EFE).-", after the place, region and date.  An agency
 * we do not know must be capitalized or one word ("NATO (the alliance)"
 * is a sentence) and must not spell out the place ("NATO (North Atlantic
 * Treaty Organization)"); a title-case place needs a known agency
 * ("Apple (AAPL) -" is a company and its ticker), and so does a day with
 * no month ("MADRID, 21 (EUROPA PRESS)").
 */
static int
tail_paren(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	struct agency		 a;
	size_t			 end, body;
	int			 known;

	if (ch(t, p) == ' ')
		p++;
	if (!parse_paren(t, p, &a, &end))
		return 0;
	known = is_known(t, &a.sp);
	if (!known && (!ps->place_upper || ps->day_only ||
	    (!a.capital && a.nwords > 1) ||
	    is_expansion(t, &ps->m.place, &a.sp)))
		return 0;
	if (!parse_dash(t, end, &body) &&
	    !(known && undashed_body(ps, end, &body)))
		return 0;
	if (!known && starts_lower(t, body))
		return 0;
	ps->m.source = a.sp;
	found(ps, end, body);
	return 1;
}

/* "MOSCOW, June 21. /TASS/. The ...", "... /TASS/ - The ..." */
static int
tail_slash(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	struct agency		 a;
	size_t			 end, body;

	if (ch(t, p) == '.')
		p++;
	if (ch(t, p) == ' ')
		p++;
	if (!parse_bracketed(t, p, '/', '/', SLASH_MAXWORDS, SLASH_MAXBYTES,
	    &a, &end))
		return 0;
	body = end;
	if (ch(t, body) == '.')
		body++;
	if (!parse_dash(t, body, &body)) {
		if (ch(t, body) != ' ' || body + 1 >= t->len ||
		    ch(t, body + 1) == ' ')
			return 0;
		body++;
	}
	ps->m.source = a.sp;
	found(ps, end, body);
	return 1;
}

/*
 * Words after the agency, up to the period: "Ирина Халецкая." (initials
 * such as "И." do not end it).  Sets *stop to the period.
 */
static int
scan_author(const struct text *t, size_t p, size_t *stop)
{
	struct word	 w;
	int		 nw;

	for (nw = 0; nw < AUTHOR_MAXWORDS; nw++) {
		if (!scan_word(t, p, &w) || w.wcase == W_LOWER)
			return 0;
		if (t->s[w.end - 1] == '.' && w.nletters > 1) {
			*stop = w.end - 1;
			return 1;
		}
		if (ch(t, w.end) != ' ')
			return 0;
		p = w.end + 1;
	}
	return 0;
}

/*
 * "МОСКВА, 21 июн — РИА Новости. ...", "..., 21 июн — РИА Новости, Ирина
 * Халецкая. ...": the agency after the dash, ended by a period or by a
 * comma and the author (who stays in the text).  Unknown agencies need
 * capitals and an upper-case place.
 */
static int
tail_ria(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	struct word		 w;
	struct span		 a;
	size_t			 q, end, stop;
	int			 nw, known, capital = 1;

	if (!ps->has_date || !parse_dash(t, p, &q))
		return 0;
	for (nw = 1, end = q; ; nw++, end++) {
		if (nw > TAIL_MAXWORDS || !scan_word(t, end, &w))
			return 0;
		if (w.wcase == W_LOWER)
			capital = 0;
		end = w.end;
		if (t->s[end - 1] == '.' || ch(t, end) == ',')
			break;
		if (ch(t, end) != ' ')
			return 0;
	}
	if (t->s[end - 1] == '.') {
		stop = end - 1;
		set_span(&a, q, stop);
	} else {
		set_span(&a, q, end);
		if (ch(t, end + 1) != ' ' || !scan_author(t, end + 2, &stop))
			return 0;
	}
	known = is_known(t, &a);
	if (!known && !(capital && ps->place_upper))
		return 0;
	if (ch(t, stop + 1) != ' ' || stop + 2 >= t->len ||
	    ch(t, stop + 2) == ' ' || (!known && starts_lower(t, stop + 2)))
		return 0;
	ps->m.source = a;
	found(ps, stop, stop + 2);
	return 1;
}

/*
 * Words from p that end at a dash, at most TAIL_MAXWORDS of them: "Kyodo
 * -", "KAZINFORM –", "dpa -".  The callers want a listed agency, so case
 * does not matter.  Sets *a to the words and *body past the dash.
 */
static int
scan_tail_words(const struct text *t, size_t p, struct span *a,
    size_t *body)
{
	struct word	 w;
	size_t		 q;
	int		 nw;

	for (nw = 1, q = p; nw <= TAIL_MAXWORDS; nw++, q = w.end + 1) {
		if (!scan_word(t, q, &w))
			return 0;
		if (parse_dash(t, w.end, body)) {
			set_span(a, p, w.end);
			return 1;
		}
		if (ch(t, w.end) != ' ')
			return 0;
	}
	return 0;
}

/* "TOKYO, June 21 Kyodo - ...": an agency with no brackets, after a
 * date, from a short list. */
static int
tail_unbracketed(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	struct span		 a;
	size_t			 body;

	if (!ps->has_date || ps->day_only || ch(t, p) != ' ' ||
	    !scan_tail_words(t, p + 1, &a, &body) ||
	    !span_in(t, a.off, a.off + a.len, unbracketed) ||
	    starts_lower(t, body))
		return 0;
	ps->m.source = a;
	found(ps, a.off + a.len, body);
	return 1;
}

/* "PARIS — The French government ...": no agency at all. */
static int
tail_bare(struct parse *ps, const struct name *place, size_t p)
{
	const struct text	*t = &ps->t;
	size_t			 body;

	if (!bare_place_ok(t, place) || !parse_dash(t, p, &body) ||
	    !body_plausible(t, body))
		return 0;
	found(ps, p, body);
	return 1;
}

/*
 * Europa Press and EFE give the day alone when the month is the current
 * one: "MADRID, 21 (EUROPA PRESS) -".  Only right before a bracket, and
 * tail_paren wants a known agency for it.
 */
static int
parse_day_only(struct parse *ps, size_t p, size_t *end)
{
	const struct text	*t = &ps->t;

	if (!parse_day(t, p, end) || !has(t, *end, " ("))
		return 0;
	ps->day_only = 1;
	return 1;
}

/* A person in the region's place: "LONDON, Mayor Sadiq Khan —". */
static int
region_ok(const struct text *t, const struct name *rg)
{
	struct word	 first;

	return !name_any(t, rg, word_is_label) &&
	    scan_word(t, rg->off, &first) && !word_in(t, &first, titles);
}

/* ", June 21" after the region ends at p: the date's end, or p. */
static size_t
date_after_region(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	size_t			 end;

	if (ch(t, p) != ',' || ch(t, p + 1) != ' ' ||
	    !parse_date(t, p + 2, &end))
		return p;
	set_span(&ps->m.date, p + 2, end);
	ps->has_date = 1;
	return end;
}

/* ", REGION" and/or ", DATE" after a place; returns where they end. */
static size_t
region_date(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	struct name		 rg;
	size_t			 end;

	/* "New Delhi [India], June 21 (ANI):": the region in brackets. */
	if (ch(t, p) == ' ' && ch(t, p + 1) == '[' &&
	    scan_name(t, p + 2, REGION_MAXWORDS, REGION_MAXBYTES, &rg) &&
	    ch(t, rg.end) == ']' && region_ok(t, &rg)) {
		set_span(&ps->m.region, rg.off, rg.end);
		return date_after_region(ps, rg.end + 1);
	}
	/* "Praha 21. června (ČTK) -": ČTK sets no comma before a day
	 * with its ordinal dot, and the agency's bracket must follow
	 * ("MINSK 21 June (BelTA)" is a slip, no dateline). */
	if (ch(t, p) == ' ' && digit_at(t, p + 1) &&
	    (ch(t, p + 2) == '.' || (digit_at(t, p + 2) &&
	    ch(t, p + 3) == '.')) && parse_date_dm(t, p + 1, &end) &&
	    ch(t, end) == ' ' && ch(t, end + 1) == '(') {
		set_span(&ps->m.date, p + 1, end);
		ps->has_date = 1;
		return end;
	}
	if (ch(t, p) != ',' || ch(t, p + 1) != ' ')
		return p;
	if (parse_date(t, p + 2, &end) || parse_weekday(t, p + 2, &end) ||
	    parse_day_only(ps, p + 2, &end) ||
	    parse_day_month_num(t, p + 2, &end)) {
		set_span(&ps->m.date, p + 2, end);
		ps->has_date = 1;
		return end;
	}
	if (!scan_name(t, p + 2, REGION_MAXWORDS, REGION_MAXBYTES, &rg) ||
	    !region_ok(t, &rg))
		return p;
	set_span(&ps->m.region, rg.off, rg.end);
	return date_after_region(ps, rg.end);
}

static int is_domain(const struct text *, const struct span *);

/* "Tehran, IRNA -": a known agency where the region stands, then the
 * dash, is the source. */
static int
tail_region_agency(struct parse *ps, size_t p)
{
	const struct text	*t = &ps->t;
	size_t			 body;

	if (ps->m.region.len == 0 || ps->has_date ||
	    ps->m.region.off + ps->m.region.len != p ||
	    !is_known(t, &ps->m.region) || !parse_dash(t, p, &body) ||
	    !body_plausible(t, body))
		return 0;
	ps->m.source = ps->m.region;
	memset(&ps->m.region, 0, sizeof(ps->m.region));
	found(ps, p, body);
	return 1;
}

/* PLACE[, REGION][, DATE] followed by an agency or a dash. */
static int
try_standard(struct parse *ps)
{
	const struct text	*t = &ps->t;
	struct name		 pl;
	size_t			 p;

	if (!scan_name(t, 0, PLACE_MAXWORDS, PLACE_MAXBYTES, &pl) ||
	    !place_ok(t, &pl))
		return 0;
	set_span(&ps->m.place, pl.off, pl.end);
	ps->place_upper = pl.upper;
	p = region_date(ps, pl.end);
	if (tail_region_agency(ps, p))
		return 1;
	if (!(tail_paren(ps, p) || tail_slash(ps, p) || tail_ria(ps, p) ||
	    tail_unbracketed(ps, p) || tail_bare(ps, &pl, p)))
		return 0;
	/* "JAKARTA, KOMPAS.com -": a site's address where the region
	 * stands is the source, as Indonesian papers sign. */
	if (ps->m.source.len == 0 && is_domain(t, &ps->m.region)) {
		ps->m.source = ps->m.region;
		memset(&ps->m.region, 0, sizeof(ps->m.region));
	}
	return 1;
}

/* One word that reads as a site's address: "KOMPAS.com", "Tempo.co",
 * "investor.id" (two to four letters after the last dot). */
static int
is_domain(const struct text *t, const struct span *sp)
{
	size_t	 k, dot = 0, end = sp->off + sp->len;

	if (sp->len < 4)
		return 0;
	for (k = sp->off; k < end; k++) {
		if (t->s[k] == ' ')
			return 0;
		if (t->s[k] == '.')
			dot = k;
	}
	if (dot == 0 || dot == sp->off || end - dot - 1 < 2 ||
	    end - dot - 1 > 4)
		return 0;
	for (k = dot + 1; k < end; k++)
		if (!((t->s[k] | 0x20) >= 'a' && (t->s[k] | 0x20) <= 'z'))
			return 0;
	return 1;
}

/*
 * "ASTANA. KAZINFORM - ...", "НУР-СУЛТАН. КАЗИНФОРМ – ...": the place
 * ends with a period and a known agency follows it (an unknown one would
 * read "ST. PETERSBURG -" as the place "ST" and the agency "PETERSBURG").
 * Any word of the place that ends in a period may be the split.
 */
static int
try_dot_agency(struct parse *ps)
{
	const struct text	*t = &ps->t;
	struct name		 pl, head;
	struct word		 w;
	struct span		 a;
	size_t			 q, body;

	if (!scan_name(t, 0, PLACE_MAXWORDS, PLACE_MAXBYTES, &pl))
		return 0;
	for (q = 0; q < pl.end && scan_word(t, q, &w); q = w.end + 1) {
		if (t->s[w.end - 1] != '.' || ch(t, w.end) != ' ')
			continue;
		if (!scan_tail_words(t, w.end + 1, &a, &body) ||
		    !is_known(t, &a))
			continue;
		head = pl;
		head.end = w.end - 1;
		if (head.end == 0 || !place_ok(t, &head))
			return 0;
		set_span(&ps->m.place, 0, head.end);
		ps->m.source = a;
		found(ps, a.off + a.len, body);
		return 1;
	}
	return 0;
}

/* "Москва. 21 июня. INTERFAX.RU - ..." */
static int
try_interfax(struct parse *ps)
{
	const struct text	*t = &ps->t;
	struct name		 pl;
	struct word		 w;
	struct span		 a;
	size_t			 p, q, body = 0;
	int			 nw, capital = 1;

	if (!scan_name(t, 0, PLACE_MAXWORDS, PLACE_MAXBYTES, &pl) ||
	    !place_ok(t, &pl) || t->s[pl.end - 1] != '.' ||
	    ch(t, pl.end) != ' ' || !parse_date(t, pl.end + 1, &p))
		return 0;
	set_span(&ps->m.date, pl.end + 1, p);
	/* "21 июня." or "21 июня 2024 г." */
	if (ch(t, p) == '.')
		p++;
	else if (t->s[p - 1] != '.')
		return 0;
	if (ch(t, p) != ' ')
		return 0;
	set_span(&ps->m.place, pl.off, pl.end - 1);
	for (nw = 1, q = p + 1; ; nw++, q = w.end + 1) {
		if (nw > TAIL_MAXWORDS || !scan_word(t, q, &w))
			return 0;
		if (w.wcase == W_LOWER)
			capital = 0;
		if (parse_dash(t, w.end, &body))
			break;
		if (ch(t, w.end) != ' ')
			return 0;
	}
	set_span(&a, p + 1, w.end);
	if (!is_known(t, &a) && !capital)
		return 0;
	ps->m.source = a;
	found(ps, w.end, body);
	return 1;
}

/*
 * "(ANSA) - ROMA, 21 GIU - ...", "(Bloomberg) -- ...".  The place after
 * the agency must be upper case; without one the story starts at once.
 */
static int
try_agency_first(struct parse *ps)
{
	const struct text	*t = &ps->t;
	struct name		 pl;
	struct agency		 a;
	size_t			 end, q, p, body;
	int			 known;

	if (!parse_paren(t, 0, &a, &end))
		return 0;
	known = is_known(t, &a.sp);
	if ((!known && !a.capital) || !parse_dash(t, end, &q))
		return 0;
	ps->m.source = a.sp;
	/* The place in capitals, or in title case with a date after it
	 * ("(AGI) - Roma, 21 giu. -"). */
	if (scan_name(t, q, PLACE_MAXWORDS, PLACE_MAXBYTES, &pl) &&
	    (pl.upper || known) && pl.nletters >= 2 && place_ok(t, &pl) &&
	    !name_any(t, &pl, word_is_headline)) {
		p = region_date(ps, pl.end);
		if ((pl.upper || ps->has_date) && parse_dash(t, p, &body)) {
			set_span(&ps->m.place, pl.off, pl.end);
			found(ps, p, body);
			return 1;
		}
		memset(&ps->m.region, 0, sizeof(ps->m.region));
		memset(&ps->m.date, 0, sizeof(ps->m.date));
	}
	if (!known && starts_lower(t, q))
		return 0;
	found(ps, end, q);
	return 1;
}

/* "June 21 (UPI) -- ..." */
static int
try_date_first(struct parse *ps)
{
	const struct text	*t = &ps->t;
	struct agency		 a;
	size_t			 dend, p, end, body;
	int			 known;

	if (!parse_date(t, 0, &dend))
		return 0;
	p = ch(t, dend) == ' ' ? dend + 1 : dend;
	if (!parse_paren(t, p, &a, &end))
		return 0;
	known = is_known(t, &a.sp);
	if ((!known && !a.capital) || !parse_dash(t, end, &body) ||
	    (!known && starts_lower(t, body)))
		return 0;
	set_span(&ps->m.date, 0, dend);
	ps->m.source = a.sp;
	found(ps, end, body);
	return 1;
}

/* ---- Chinese, Japanese and Korean ---- */

/*
 * Chinese agencies and papers that open a story with their name, the
 * place and the day: "新华社北京6月21日电", "中新网上海6月21日电（记者
 * 张三）".  "本报" is "this paper": the site, no agency.
 */
static const char *const cn_sources[] = {
	"新华社", "新华网", "新華社", "中新社", "中新网", "中国新闻网",
	"中国新闻社", "人民网", "人民日报", "央视网", "央视新闻", "央广网",
	"国际在线", "环球网", "环球时报", "光明网", "中国日报网", "中国网",
	"澎湃新闻", "法制网", "海外网", "中通社", "美联社", "路透社", "法新社",
	"塔斯社", "共同社", "韩联社", "俄新社", "德新社", "埃菲社", "安莎社",
	"合众国际社", "彭博社", "本报", NULL
};

/* Japanese agencies as they close the bracket: "【ワシントン共同】",
 * "【北京=時事】". */
static const char *const jp_agencies[] = {
	"共同通信", "共同", "時事通信", "時事", "ロイター", "AFP時事",
	"AFP=時事", "新華社", "聯合", NULL
};

/* Korean agencies known without a reporter to vouch for the bracket. */
static const char *const kr_agencies[] = {
	"연합뉴스", "뉴시스", "뉴스1", NULL
};

/* What a Korean bracket credits instead of a place: "(사진=연합뉴스)", a
 * photo; a graphic, a video, a handout. */
static const char *const kr_credits[] = {
	"사진", "그래픽", "자료사진", "영상", "자료", "출처", "제공", "캡처",
	NULL
};

/* A Korean reporter's title after the name: "홍길동 기자". */
static const char *const kr_roles[] = {
	"기자", "특파원", "통신원", "객원기자", NULL
};

static int
is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0xF900 && c <= 0xFAFF);
}

static int
is_kana(uint32_t c)
{
	return c >= 0x3041 && c <= 0x30FF;
}

static int
is_hangul(uint32_t c)
{
	return c >= 0xAC00 && c <= 0xD7A3;
}

/* The longest of list that text has at p; its length in bytes, or 0. */
static size_t
longest_at(const struct text *t, size_t p, const char *const list[])
{
	size_t	 k, n, best = 0;

	for (k = 0; list[k] != NULL; k++)
		if ((n = strlen(list[k])) > best && has(t, p, list[k]))
			best = n;
	return best;
}

/* The end of a run from p of code points that pass ok, at most max of
 * them; *count is how many. */
static size_t
run_of(const struct text *t, size_t p, int (*ok)(uint32_t), int max,
    int *count)
{
	size_t	 n;

	for (*count = 0; *count < max && ok(cp_at(t, p, &n)) && n > 0;
	    (*count)++)
		p += n;
	return p;
}

/* One or two ASCII digits at p, followed by the Han character unit:
 * "6月", "21日".  Returns the end, or 0. */
static size_t
cjk_number(const struct text *t, size_t p, const char *unit, int lo, int hi)
{
	int	 v = 0, k;

	for (k = 0; k < 2 && digit_at(t, p + k); k++)
		v = v * 10 + (ch(t, p + k) - '0');
	if (k == 0 || v < lo || v > hi || !has(t, p + k, unit))
		return 0;
	return p + k + strlen(unit);
}

/* "6月21日", "2024年6月21日", "21日" (this month) at p; the end, or 0. */
static size_t
parse_cjk_date(const struct text *t, size_t p)
{
	size_t	 q;
	int	 k;

	for (k = 0; k < 4 && digit_at(t, p + k); k++)
		;
	if (k == 4 && has(t, p + 4, "年"))
		p += 4 + strlen("年");
	if ((q = cjk_number(t, p, "月", 1, 12)) != 0)
		p = q;
	return cjk_number(t, p, "日", 1, 31);
}

/* After the dateline, the reporters in brackets: "（记者 张三 李四）".
 * Returns the end of the bracket, or p; *who spans the names. */
static size_t
skip_reporters(const struct text *t, size_t p, struct span *who)
{
	static const char *const roles[] = { "记者", "記者", "通讯员",
	    "通訊員", "实习生", "特派记者", NULL };
	const char	*close;
	size_t		 q = ch(t, p) == ' ' ? p + 1 : p, k, n;

	if (has(t, q, "\xef\xbc\x88"))		/* （ */
		close = "\xef\xbc\x89", q += 3;
	else if (has(t, q, "("))
		close = ")", q += 1;
	else
		return p;
	if ((n = longest_at(t, q, roles)) == 0)
		return p;
	q += n;
	if (ch(t, q) == ' ')
		q++;
	for (k = q; k < t->len && k < q + 90; k++)
		if (has(t, k, close)) {
			for (n = k; n > q && ch(t, n - 1) == ' '; n--)
				;
			if (n > q && is_han(cp_peek(t, q)))
				set_span(who, q, n);
			return k + strlen(close);
		}
	return p;
}

/* The story starts at end, or after one space there: *body, when some
 * of it follows. */
static int
cjk_body(const struct text *t, size_t *body, size_t end)
{
	*body = ch(t, end) == ' ' ? end + 1 : end;
	return *body < t->len && ch(t, *body) != ' ';
}

/* "新华社北京6月21日电（记者张三）", "据新华社华盛顿21日电". */
static int
try_chinese(struct parse *ps)
{
	const struct text	*t = &ps->t;
	size_t			 p = 0, src, place_end, dend, end, body;
	int			 nplace;

	if (has(t, 0, "据"))			/* "according to" */
		p = strlen("据");
	if ((src = longest_at(t, p, cn_sources)) == 0)
		return 0;
	src += p;
	place_end = run_of(t, src, is_han, 8, &nplace);
	if ((dend = parse_cjk_date(t, place_end)) == 0 ||
	    !(has(t, dend, "电") || has(t, dend, "讯") || has(t, dend, "電") ||
	    has(t, dend, "訊")))
		return 0;
	end = skip_reporters(t, dend + strlen("电"), &ps->m.reporter);
	if (!cjk_body(t, &body, end))
		return 0;
	if (!has(t, p, "本报"))
		set_span(&ps->m.source, p, src);
	if (nplace > 0)
		set_span(&ps->m.place, src, place_end);
	set_span(&ps->m.date, place_end, dend);
	found(ps, end, body);
	return 1;
}

static int
is_place_char(uint32_t c)
{
	return is_han(c) || is_kana(c);
}

/* "【ワシントン共同】", "【北京=時事】", "【ニューヨーク＝ロイター】". */
static int
try_japanese(struct parse *ps)
{
	const struct text	*t = &ps->t;
	size_t			 close, p, a, place_end;
	int			 nplace;

	if (!has(t, 0, "【"))
		return 0;
	for (close = 3; close < t->len && close < 80 && !has(t, close, "】");
	    close++)
		;
	if (!has(t, close, "】"))
		return 0;
	/* The agency ends the bracket; the place comes before it. */
	for (a = 3; a < close; a++)
		if (longest_at(t, a, jp_agencies) == close - a)
			break;
	if (a >= close)
		return 0;
	place_end = a;
	if (a > 3 && ch(t, a - 1) == '=')
		place_end = a - 1;
	else if (a > 5 && has(t, a - 3, "\xef\xbc\x9d"))	/* ＝ */
		place_end = a - 3;
	p = run_of(t, 3, is_place_char, 16, &nplace);
	if (place_end == 3 || p < place_end)
		return 0;
	close += strlen("】");
	if (!cjk_body(t, &p, close))
		return 0;
	set_span(&ps->m.place, 3, place_end);
	set_span(&ps->m.source, a, close - strlen("】"));
	found(ps, close, p);
	return 1;
}

static int
is_kr_word_char(uint32_t c)
{
	return is_hangul(c) || is_letter(c) || is_digit(c);
}

/* p at "NAME 기자" ending at or before limit: the end of the role, or 0;
 * *who spans the names.  They may be joined by "·" or a space:
 * "홍길동·김철수 기자", "홍길동 김철수 기자". */
static size_t
kr_reporter(const struct text *t, size_t p, size_t limit, struct span *who)
{
	size_t	 q, r, n;
	int	 count, names = 0;

	for (q = p; q < limit; ) {
		q = run_of(t, q, is_hangul, 5, &count);
		if (count < 2)
			return 0;
		names++;
		if (has(t, q, "\xc2\xb7") && names < 4) {	/* · */
			q += 2;
			continue;
		}
		if (ch(t, q) != ' ')
			return 0;
		r = q + 1;
		if ((n = longest_at(t, r, kr_roles)) != 0) {
			if (r + n > limit)
				return 0;
			set_span(who, p, q);
			return r + n;
		}
		if (names == 4)
			return 0;
		q = r;		/* another name: "홍길동 김철수 기자" */
	}
	return 0;
}

/*
 * "(서울=연합뉴스) 홍길동 기자 = ...", "[서울=뉴시스] 홍길동 기자 = ...",
 * "[부산=스포츠조선 선수민 기자] ...": the place, "=", the agency, and a
 * reporter inside the bracket or after it.  Without a reporter only a
 * known agency vouches for the bracket.
 */
static int
try_korean(struct parse *ps)
{
	const struct text	*t = &ps->t;
	size_t			 close, eq, a_end, q, r, body, text_end;
	struct span		 who;
	int			 open = ch(t, 0), shut, nplace, nagency;
	int			 reporter = 0;

	if (open != '(' && open != '[')
		return 0;
	shut = open == '(' ? ')' : ']';
	eq = run_of(t, 1, is_kr_word_char, 12, &nplace);
	if (nplace == 0 || ch(t, eq) != '=')
		return 0;
	a_end = run_of(t, eq + 1, is_kr_word_char, 12, &nagency);
	if (nagency == 0)
		return 0;
	close = a_end;
	if (ch(t, a_end) == ' ') {		/* "스포츠조선 선수민 기자]" */
		for (close = a_end; close < t->len && close < a_end + 60 &&
		    ch(t, close) != shut; close++)
			;
		if (ch(t, close) != shut ||
		    kr_reporter(t, a_end + 1, close, &ps->m.reporter) != close)
			return 0;
		reporter = 1;
	}
	if (ch(t, close) != shut)
		return 0;
	if ((!is_hangul(cp_peek(t, 1)) && !is_hangul(cp_peek(t, eq + 1))) ||
	    longest_at(t, 1, kr_credits) == eq - 1)
		return 0;
	text_end = close + 1;
	body = ch(t, text_end) == ' ' ? text_end + 1 : text_end;
	/* "홍길동 기자 = " after the bracket. */
	if (!reporter && (r = kr_reporter(t, body, t->len, &who)) != 0) {
		q = ch(t, r) == ' ' ? r + 1 : r;
		if (ch(t, q) == '=') {
			ps->m.reporter = who;
			reporter = 1;
			text_end = r;
			body = ch(t, q + 1) == ' ' ? q + 2 : q + 1;
		}
	}
	if ((!reporter &&
	    longest_at(t, eq + 1, kr_agencies) != a_end - eq - 1) ||
	    !cjk_body(t, &body, body))
		return 0;
	set_span(&ps->m.place, 1, eq);
	set_span(&ps->m.source, eq + 1, a_end);
	found(ps, text_end, body);
	return 1;
}

/* ---- Arabic ---- */

/* What a date between the place and the agency is made of: numbers,
 * months of both calendars, "في" (on), and separators. */
static const char *const ar_date_words[] = {
	"يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو",
	"يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر",
	"اكتوبر", "نوفمبر", "ديسمبر", "كانون", "الثاني", "الأول", "شباط",
	"آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "اب",
	"أيلول", "ايلول", "تشرين", "في", NULL
};

static int
is_arabic_letter(uint32_t c)
{
	return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
}

static int
is_arabic_digit(uint32_t c)
{
	return is_digit(c) || (c >= 0x0660 && c <= 0x0669);
}

/* The end of one Arabic word at p, or p. */
static size_t
arabic_word(const struct text *t, size_t p)
{
	size_t	 n;

	while (is_arabic_letter(cp_at(t, p, &n)) && n > 0)
		p += n;
	return p;
}

/* [p, end) is a date and its separators only: "21 حزيران", "، 21 يونيو",
 * "- 21 - 6", "في 21 يونيو".  *date spans its first to last number or
 * month. */
static int
arabic_date(const struct text *t, size_t p, size_t end, struct span *date)
{
	size_t	 q, n, first = 0, last = 0;
	uint32_t c;
	int	 k, ok;

	while (p < end) {
		c = cp_at(t, p, &n);
		if (c == ' ' || c == '-' || c == '/' || c == ',' ||
		    c == 0x060C) {			/* ، */
			p += n;
			continue;
		}
		q = p;
		if (is_arabic_digit(c)) {
			while (q < end && is_arabic_digit(cp_at(t, q, &n)))
				q += n;
		} else {
			q = arabic_word(t, p);
			for (k = 0, ok = 0; ar_date_words[k] != NULL && !ok; k++)
				ok = q - p == strlen(ar_date_words[k]) &&
				    memcmp(t->s + p, ar_date_words[k], q - p) == 0;
			if (!ok)
				return 0;
			if (q - p == strlen("في") && memcmp(t->s + p, "في",
			    q - p) == 0) {
				p = q;
				continue;
			}
		}
		if (first == 0 && last == 0)
			first = p;
		last = q;
		p = q;
	}
	if (last > first)
		set_span(date, first, last);
	return 1;
}

/* The known Arabic agency at p, bracketed by open and close (0 for
 * none): its end after the closing bracket, *a its name. */
static size_t
arabic_agency(const struct text *t, size_t p, int open, int close,
    struct span *a)
{
	size_t	 n;

	if (open != 0) {
		if (ch(t, p) != open)
			return 0;
		p++;
	}
	if ((n = longest_at(t, p, ar_agencies)) == 0)
		return 0;
	if (close != 0 && ch(t, p + n) != close)
		return 0;
	if (close == 0 && ch(t, p + n) != ' ')
		return 0;
	set_span(a, p, p + n);
	return p + n + (close != 0);
}

/*
 * "واشنطن (أ ف ب) -", "عمان 21 حزيران (بترا) -", "الكويت - 21 - 6
 * (كونا) --", "الدوحة في 21 يونيو /قنا/", "الرياض - واس", "إسطنبول/
 * الأناضول": a place of one to three Arabic words, maybe a date, and a
 * known agency, bracketed or after a dash or slash.
 */
static int
try_arabic(struct parse *ps)
{
	const struct text	*t = &ps->t;
	size_t			 p = 0, place_end = 0, q, end = 0, body;
	struct span		 a, date;
	int			 words;

	for (words = 0; words < 3; words++) {
		if ((q = arabic_word(t, p)) == p)
			break;
		place_end = q;
		if (ch(t, q) != ' ' || !is_arabic_letter(cp_peek(t, q + 1)) ||
		    longest_at(t, q + 1, ar_agencies) > 0 ||
		    has(t, q + 1, "في "))
			break;
		p = q + 1;
	}
	if (place_end == 0)
		return 0;
	/* The agency within reach, each way of setting it. */
	for (q = place_end; q < t->len && q < place_end + 60 && end == 0;
	    q++) {
		if (q > place_end && (t->s[q - 1] & 0xC0) == 0x80 &&
		    (t->s[q] & 0xC0) == 0x80)
			continue;
		if ((end = arabic_agency(t, q, '(', ')', &a)) == 0 &&
		    (end = arabic_agency(t, q, '/', '/', &a)) == 0 &&
		    ((q < 2 || !(t->s[q - 1] == ' ' &&
		    (t->s[q - 2] == '-' || t->s[q - 2] == '/')) ||
		    (end = arabic_agency(t, q, 0, 0, &a)) == 0)))
			end = 0;
	}
	if (end == 0)
		return 0;
	memset(&date, 0, sizeof(date));
	if (!arabic_date(t, place_end, a.off - (ch(t, a.off - 1) == '(' ||
	    ch(t, a.off - 1) == '/'), &date))
		return 0;
	/* In brackets a dash must follow ("قال الرئيس (رويترز) إن" is a
	 * sentence); "/قنا/" and "- واس" need none. */
	if (!parse_dash(t, end, &body)) {
		body = ch(t, end) == ' ' ? end + 1 : end;
		if (t->s[end - 1] == ')' || !is_arabic_letter(cp_peek(t, body)))
			return 0;
	}
	set_span(&ps->m.place, 0, place_end);
	ps->m.date = date;
	ps->m.source = a;
	found(ps, end, body);
	return 1;
}

/* "BUENOS AIRES.-": the dot goes with the dash, out of the text and the
 * place. */
static void
trim_dot(struct parse *ps)
{
	struct dateline_match	*m = &ps->m;
	struct span		*sp[3] = { &m->place, &m->region, &m->date };
	size_t			 end = m->text.len, k;

	if (end < 2 || ps->t.s[end - 1] != '.' || ch(&ps->t, end) != '-')
		return;
	m->text.len--;
	for (k = 0; k < 3; k++)
		if (sp[k]->len > 0 && sp[k]->off + sp[k]->len == end)
			sp[k]->len--;
}

int
dateline_parse(const char *text, size_t len, struct dateline_match *m)
{
	static int (*const shapes[])(struct parse *) = {
		try_dot_agency, try_standard, try_interfax, try_agency_first,
		try_date_first, try_chinese, try_japanese, try_korean,
		try_arabic
	};
	struct parse	 ps;
	size_t		 i;

	for (i = 0; text != NULL && i < sizeof(shapes) / sizeof(shapes[0]);
	    i++) {
		memset(&ps, 0, sizeof(ps));
		ps.t.s = text;
		ps.t.len = len;
		if (shapes[i](&ps)) {
			trim_dot(&ps);
			*m = ps.m;
			return 1;
		}
	}
	memset(m, 0, sizeof(*m));
	return 0;
}
