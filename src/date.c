/* SPDX-License-Identifier: ISC */
/*
 * Dates in many languages and formats -> struct date.
 *
 * The text is read through small readers that each look at a bounded
 * number of bytes: a number of at most NUMMAX digits, a word of at most
 * WORDMAX bytes, at most SPMAX spaces.  One attempt to match a date thus
 * costs a constant, and date_find(), which makes at most two attempts per
 * run of digits, stays linear in its input.
 *
 * Letters, spaces and case come from utf8proc's Unicode tables: the C
 * library's answers depend on the locale, and the code runs in several
 * threads.
 *
 * Precision matters more than recall: a wrong publication date is worse
 * than none, so whatever looks doubtful (an ambiguous 06/07/2024, a number
 * after "21 June" that is not a year, digits glued to the match) is
 * rejected rather than guessed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "date.h"
#include "xalloc.h"

#define YEAR_MIN	1900
#define YEAR_MAX	2100
#define NUMMAX		9	/* digits; a longer run is no part of a date */
#define WORDMAX		32	/* bytes of a month name or label we look up */
#define SPMAX		4	/* spaces between two parts of a date */
#define MAXLABELS	4	/* words date_parse() lets surround a date */
#define NONE		((size_t)-1)
#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* Month name flags; they only matter for a date without a year, where
 * nothing else confirms that the word is a month. */
#define MN_ABBR		1	/* "Jun", "сент": needs its dot */
#define MN_COMMON	2	/* "may", "march", "mars": no word after it */
#define MN_JALALI	4	/* a month of the Solar Hijri calendar */

/* read_time() flags. */
#define TM_DOT		1	/* "13.32" */
#define TM_H		2	/* "13h32", "13h" */
#define TM_ISO		4	/* "+03" and "+0300" glued to the time */

/* offset_num() modes: how much of "+03:00" must be written out. */
enum off_mode {
	OFF_ISO,		/* +03, +0300, +03:00 */
	OFF_RFC,		/* +0300, +03:00 */
	OFF_GMT			/* after UTC/GMT: +3, +03, +0300, +3:00 */
};

struct text {
	const char	*s;
	size_t		 len;
};

struct num {
	int		 val;
	int		 ndig;
	size_t		 end;
};

struct word {
	char		 f[WORDMAX + 4];	/* folded, NUL-terminated */
	size_t		 n;
	size_t		 end;
	int		 upper;		/* first letter is a capital */
};

struct month_name {
	const char	*name;		/* folded to lower case */
	int		 month;
	int		 flags;
};

struct zone {
	const char	*name;		/* as written: zones are capitals */
	int		 offset;	/* minutes east of UTC */
	int		 more;		/* "UTC+3": an offset may follow */
};

static const struct month_name months[] = {
	/* English */
	{ "january", 1, 0 }, { "jan", 1, MN_ABBR },
	{ "february", 2, 0 }, { "feb", 2, MN_ABBR },
	{ "march", 3, MN_COMMON }, { "mar", 3, MN_ABBR },
	{ "april", 4, 0 }, { "apr", 4, MN_ABBR },
	{ "may", 5, MN_COMMON },
	{ "june", 6, 0 }, { "jun", 6, MN_ABBR },
	{ "july", 7, 0 }, { "jul", 7, MN_ABBR },
	{ "august", 8, 0 }, { "aug", 8, MN_ABBR },
	{ "september", 9, 0 }, { "sep", 9, MN_ABBR }, { "sept", 9, MN_ABBR },
	{ "october", 10, 0 }, { "oct", 10, MN_ABBR },
	{ "november", 11, 0 }, { "nov", 11, MN_ABBR },
	{ "december", 12, 0 }, { "dec", 12, MN_ABBR },
	/* Arabic: the Egyptian and Gulf names, with and without hamza,
	 * and the Levant's one-word names (كانون and تشرين take two words
	 * and name two months each: not read). */
	{ "يناير", 1, 0 }, { "فبراير", 2, 0 }, { "مارس", 3, 0 },
	{ "أبريل", 4, 0 }, { "ابريل", 4, 0 }, { "إبريل", 4, 0 },
	{ "مايو", 5, 0 }, { "يونيو", 6, 0 }, { "يونيه", 6, 0 },
	{ "يوليو", 7, 0 }, { "يوليه", 7, 0 }, { "أغسطس", 8, 0 },
	{ "اغسطس", 8, 0 }, { "سبتمبر", 9, 0 }, { "أكتوبر", 10, 0 },
	{ "اكتوبر", 10, 0 }, { "نوفمبر", 11, 0 }, { "ديسمبر", 12, 0 },
	{ "شباط", 2, 0 }, { "آذار", 3, 0 }, { "نيسان", 4, 0 },
	{ "أيار", 5, 0 }, { "ايار", 5, 0 }, { "حزيران", 6, 0 },
	{ "تموز", 7, 0 }, { "آب", 8, 0 }, { "أيلول", 9, 0 },
	{ "ايلول", 9, 0 },
	/* German (April, August, September, November as in English) */
	{ "januar", 1, 0 }, { "jänner", 1, 0 }, { "jän", 1, MN_ABBR },
	{ "februar", 2, 0 }, { "feber", 2, 0 },
	{ "märz", 3, 0 }, { "maerz", 3, 0 }, { "mär", 3, MN_ABBR },
	{ "mrz", 3, MN_ABBR },
	{ "mai", 5, 0 },
	{ "juni", 6, 0 }, { "juli", 7, 0 },
	{ "oktober", 10, 0 }, { "okt", 10, MN_ABBR },
	{ "dezember", 12, 0 }, { "dez", 12, MN_ABBR },
	/* French */
	{ "janvier", 1, 0 }, { "janv", 1, MN_ABBR },
	{ "février", 2, 0 }, { "fevrier", 2, 0 }, { "févr", 2, MN_ABBR },
	{ "fevr", 2, MN_ABBR }, { "fév", 2, MN_ABBR }, { "fev", 2, MN_ABBR },
	{ "mars", 3, MN_COMMON },
	{ "avril", 4, 0 }, { "avr", 4, MN_ABBR },
	{ "juin", 6, 0 },
	{ "juillet", 7, 0 }, { "juil", 7, MN_ABBR }, { "juill", 7, MN_ABBR },
	{ "août", 8, 0 }, { "aout", 8, 0 },
	{ "septembre", 9, 0 }, { "octobre", 10, 0 }, { "novembre", 11, 0 },
	{ "décembre", 12, 0 }, { "decembre", 12, 0 }, { "déc", 12, MN_ABBR },
	/* Spanish */
	{ "enero", 1, 0 }, { "ene", 1, MN_ABBR },
	{ "febrero", 2, 0 }, { "marzo", 3, 0 },
	{ "abril", 4, 0 }, { "abr", 4, MN_ABBR },
	{ "mayo", 5, 0 }, { "junio", 6, 0 }, { "julio", 7, 0 },
	{ "agosto", 8, 0 }, { "ago", 8, MN_ABBR },
	{ "septiembre", 9, 0 }, { "setiembre", 9, 0 }, { "set", 9, MN_ABBR },
	{ "octubre", 10, 0 }, { "noviembre", 11, 0 },
	{ "diciembre", 12, 0 }, { "dic", 12, MN_ABBR },
	/* Italian */
	{ "gennaio", 1, 0 }, { "gen", 1, MN_ABBR },
	{ "febbraio", 2, 0 }, { "aprile", 4, 0 },
	{ "maggio", 5, 0 }, { "mag", 5, MN_ABBR },
	{ "giugno", 6, 0 }, { "giu", 6, MN_ABBR },
	{ "luglio", 7, 0 }, { "lug", 7, MN_ABBR },
	{ "settembre", 9, 0 },
	{ "ottobre", 10, 0 }, { "ott", 10, MN_ABBR },
	{ "dicembre", 12, 0 },
	/* Portuguese */
	{ "janeiro", 1, 0 }, { "fevereiro", 2, 0 }, { "março", 3, 0 },
	{ "maio", 5, 0 }, { "junho", 6, 0 }, { "julho", 7, 0 },
	{ "setembro", 9, 0 },
	{ "outubro", 10, 0 }, { "out", 10, MN_ABBR },
	{ "novembro", 11, 0 }, { "dezembro", 12, 0 },
	/* Hindi (NFC: फ़ is फ and a nukta) */
	{ "जनवरी", 1, 0 }, { "फ़रवरी", 2, 0 }, { "फरवरी", 2, 0 },
	{ "मार्च", 3, 0 }, { "अप्रैल", 4, 0 }, { "अप्रेल", 4, 0 },
	{ "मई", 5, 0 }, { "जून", 6, 0 }, { "जुलाई", 7, 0 },
	{ "अगस्त", 8, 0 }, { "सितंबर", 9, 0 }, { "सितम्बर", 9, 0 },
	{ "अक्टूबर", 10, 0 }, { "अक्तूबर", 10, 0 }, { "नवंबर", 11, 0 },
	{ "नवम्बर", 11, 0 }, { "दिसंबर", 12, 0 }, { "दिसम्बर", 12, 0 },
	/* Dutch */
	{ "januari", 1, 0 }, { "februari", 2, 0 },
	{ "maart", 3, 0 }, { "mrt", 3, MN_ABBR },
	{ "mei", 5, 0 }, { "augustus", 8, 0 },
	/* Polish: nominative, genitive, and without diacritics */
	{ "styczeń", 1, 0 }, { "stycznia", 1, 0 }, { "styczen", 1, 0 },
	{ "sty", 1, MN_ABBR },
	{ "luty", 2, 0 }, { "lutego", 2, 0 }, { "lut", 2, MN_ABBR },
	{ "marzec", 3, 0 }, { "marca", 3, 0 },
	{ "kwiecień", 4, 0 }, { "kwietnia", 4, 0 }, { "kwiecien", 4, 0 },
	{ "kwi", 4, MN_ABBR },
	{ "maj", 5, 0 }, { "maja", 5, 0 },
	{ "czerwiec", 6, 0 }, { "czerwca", 6, 0 }, { "cze", 6, MN_ABBR },
	{ "lipiec", 7, 0 }, { "lipca", 7, 0 }, { "lip", 7, MN_ABBR },
	{ "sierpień", 8, 0 }, { "sierpnia", 8, 0 }, { "sierpien", 8, 0 },
	{ "sie", 8, MN_ABBR },
	{ "wrzesień", 9, 0 }, { "września", 9, 0 }, { "wrzesien", 9, 0 },
	{ "wrzesnia", 9, 0 }, { "wrz", 9, MN_ABBR },
	{ "październik", 10, 0 }, { "października", 10, 0 },
	{ "pazdziernik", 10, 0 }, { "pazdziernika", 10, 0 },
	{ "paź", 10, MN_ABBR }, { "paz", 10, MN_ABBR },
	{ "listopad", 11, 0 }, { "listopada", 11, 0 }, { "lis", 11, MN_ABBR },
	{ "grudzień", 12, 0 }, { "grudnia", 12, 0 }, { "grudzien", 12, 0 },
	{ "gru", 12, MN_ABBR },
	/* Turkish; the fold reads ı as i, so "kasim" is also "Kasım" */
	{ "ocak", 1, 0 }, { "oca", 1, MN_ABBR },
	{ "şubat", 2, 0 }, { "subat", 2, 0 }, { "şub", 2, MN_ABBR },
	{ "mart", 3, MN_COMMON },
	{ "nisan", 4, 0 }, { "nis", 4, MN_ABBR },
	{ "mayis", 5, 0 },
	{ "haziran", 6, 0 }, { "haz", 6, MN_ABBR },
	{ "temmuz", 7, 0 }, { "tem", 7, MN_ABBR },
	{ "ağustos", 8, 0 }, { "agustos", 8, 0 }, { "ağu", 8, MN_ABBR },
	{ "eylül", 9, 0 }, { "eylul", 9, 0 }, { "eyl", 9, MN_ABBR },
	{ "ekim", 10, 0 }, { "eki", 10, MN_ABBR },
	{ "kasim", 11, 0 }, { "kas", 11, MN_ABBR },
	{ "aralik", 12, 0 }, { "ara", 12, MN_ABBR },
	/* Russian: nominative, genitive, abbreviations */
	{ "январь", 1, 0 }, { "января", 1, 0 }, { "янв", 1, MN_ABBR },
	{ "февраль", 2, 0 }, { "февраля", 2, 0 }, { "фев", 2, MN_ABBR },
	{ "февр", 2, MN_ABBR },
	{ "март", 3, 0 }, { "марта", 3, 0 }, { "мар", 3, MN_ABBR },
	{ "апрель", 4, 0 }, { "апреля", 4, 0 }, { "апр", 4, MN_ABBR },
	{ "май", 5, 0 }, { "мая", 5, 0 },
	{ "июнь", 6, 0 }, { "июня", 6, 0 }, { "июн", 6, MN_ABBR },
	{ "июль", 7, 0 }, { "июля", 7, 0 }, { "июл", 7, MN_ABBR },
	{ "август", 8, 0 }, { "августа", 8, 0 }, { "авг", 8, MN_ABBR },
	{ "сентябрь", 9, 0 }, { "сентября", 9, 0 }, { "сен", 9, MN_ABBR },
	{ "сент", 9, MN_ABBR },
	{ "октябрь", 10, 0 }, { "октября", 10, 0 }, { "окт", 10, MN_ABBR },
	{ "ноябрь", 11, 0 }, { "ноября", 11, 0 }, { "ноя", 11, MN_ABBR },
	{ "нояб", 11, MN_ABBR },
	{ "декабрь", 12, 0 }, { "декабря", 12, 0 }, { "дек", 12, MN_ABBR },
	/* Belarusian */
	{ "студзень", 1, 0 }, { "студзеня", 1, 0 }, { "студз", 1, MN_ABBR },
	{ "люты", 2, 0 }, { "лютага", 2, 0 }, { "лют", 2, MN_ABBR },
	{ "сакавік", 3, 0 }, { "сакавіка", 3, 0 }, { "сак", 3, MN_ABBR },
	{ "красавік", 4, 0 }, { "красавіка", 4, 0 }, { "крас", 4, MN_ABBR },
	{ "травень", 5, 0 }, { "траўня", 5, 0 }, { "трав", 5, MN_ABBR },
	{ "чэрвень", 6, 0 }, { "чэрвеня", 6, 0 }, { "чэрв", 6, MN_ABBR },
	{ "ліпень", 7, 0 }, { "ліпеня", 7, 0 }, { "ліп", 7, MN_ABBR },
	{ "жнівень", 8, 0 }, { "жніўня", 8, 0 }, { "жн", 8, MN_ABBR },
	{ "верасень", 9, 0 }, { "верасня", 9, 0 }, { "вер", 9, MN_ABBR },
	{ "кастрычнік", 10, 0 }, { "кастрычніка", 10, 0 },
	{ "кастр", 10, MN_ABBR },
	{ "лістапад", 11, 0 }, { "лістапада", 11, 0 }, { "ліст", 11, MN_ABBR },
	{ "снежань", 12, 0 }, { "снежня", 12, 0 }, { "снеж", 12, MN_ABBR },
	/* Ukrainian (травень, лют, вер as in Belarusian) */
	{ "січень", 1, 0 }, { "січня", 1, 0 }, { "січ", 1, MN_ABBR },
	{ "лютий", 2, 0 }, { "лютого", 2, 0 },
	{ "березень", 3, 0 }, { "березня", 3, 0 }, { "бер", 3, MN_ABBR },
	{ "квітень", 4, 0 }, { "квітня", 4, 0 }, { "квіт", 4, MN_ABBR },
	{ "травня", 5, 0 },
	{ "червень", 6, 0 }, { "червня", 6, 0 }, { "черв", 6, MN_ABBR },
	{ "липень", 7, 0 }, { "липня", 7, 0 }, { "лип", 7, MN_ABBR },
	{ "серпень", 8, 0 }, { "серпня", 8, 0 }, { "серп", 8, MN_ABBR },
	{ "вересень", 9, 0 }, { "вересня", 9, 0 },
	{ "жовтень", 10, 0 }, { "жовтня", 10, 0 }, { "жовт", 10, MN_ABBR },
	{ "листопад", 11, 0 }, { "листопада", 11, 0 }, { "лист", 11, MN_ABBR },
	{ "грудень", 12, 0 }, { "грудня", 12, 0 }, { "груд", 12, MN_ABBR },
	/* Indonesian and Malay (the rest as in Dutch and English) */
	{ "maret", 3, 0 }, { "agustus", 8, 0 }, { "ogos", 8, 0 },
	{ "desember", 12, 0 }, { "disember", 12, 0 },
	/* Swedish, Danish, Norwegian (the rest as in German, English or
	 * Dutch) */
	{ "augusti", 8, 0 }, { "marts", 3, 0 },
	/* Czech and Slovak: nominative and genitive ("21. června") */
	{ "leden", 1, 0 }, { "ledna", 1, 0 }, { "únor", 2, 0 },
	{ "února", 2, 0 }, { "březen", 3, 0 }, { "března", 3, 0 },
	{ "duben", 4, 0 }, { "dubna", 4, 0 }, { "květen", 5, 0 },
	{ "května", 5, 0 }, { "červen", 6, 0 }, { "června", 6, 0 },
	{ "červenec", 7, 0 }, { "července", 7, 0 }, { "srpen", 8, 0 },
	{ "srpna", 8, 0 }, { "září", 9, 0 }, { "říjen", 10, 0 },
	{ "října", 10, 0 }, { "listopadu", 11, 0 }, { "prosinec", 12, 0 },
	{ "prosince", 12, 0 },
	{ "január", 1, 0 }, { "januára", 1, 0 }, { "február", 2, 0 },
	{ "februára", 2, 0 }, { "marec", 3, 0 }, { "apríl", 4, 0 },
	{ "apríla", 4, 0 }, { "máj", 5, 0 }, { "mája", 5, 0 },
	{ "jún", 6, 0 }, { "júna", 6, 0 }, { "júl", 7, 0 }, { "júla", 7, 0 },
	{ "augusta", 8, 0 }, { "septembra", 9, 0 }, { "október", 10, 0 },
	{ "októbra", 10, 0 }, { "novembra", 11, 0 }, { "decembra", 12, 0 },
	/* Serbian and Bosnian in Latin letters, genitive ("21. juna");
	 * Croatian's own names are left out: its "listopad" is October,
	 * Polish and Czech November. */
	{ "januara", 1, 0 }, { "februara", 2, 0 }, { "marta", 3, 0 },
	{ "aprila", 4, 0 }, { "juna", 6, 0 }, { "jula", 7, 0 },
	{ "avgust", 8, 0 }, { "avgusta", 8, 0 }, { "septembar", 9, 0 },
	{ "oktobar", 10, 0 }, { "oktobra", 10, 0 }, { "novembar", 11, 0 },
	{ "decembar", 12, 0 },
	/* Romanian (its short forms are words: "noi") */
	{ "ianuarie", 1, 0 }, { "februarie", 2, 0 }, { "martie", 3, 0 },
	{ "aprilie", 4, 0 }, { "iunie", 6, 0 }, { "iulie", 7, 0 },
	{ "septembrie", 9, 0 }, { "octombrie", 10, 0 },
	{ "noiembrie", 11, 0 }, { "decembrie", 12, 0 },
	/* Finnish, partitive as dates write it ("21. kesäkuuta") */
	{ "tammikuuta", 1, 0 }, { "helmikuuta", 2, 0 },
	{ "maaliskuuta", 3, 0 }, { "huhtikuuta", 4, 0 },
	{ "toukokuuta", 5, 0 }, { "kesäkuuta", 6, 0 },
	{ "heinäkuuta", 7, 0 }, { "elokuuta", 8, 0 }, { "syyskuuta", 9, 0 },
	{ "lokakuuta", 10, 0 }, { "marraskuuta", 11, 0 },
	{ "joulukuuta", 12, 0 },
	/* Persian: the Solar Hijri calendar ("۳۱ خرداد ۱۴۰۳" is 20 June
	 * 2024), with the Persian yeh and the Arabic one */
	{ "فروردین", 1, MN_JALALI }, { "فروردين", 1, MN_JALALI },
	{ "اردیبهشت", 2, MN_JALALI }, { "ارديبهشت", 2, MN_JALALI },
	{ "خرداد", 3, MN_JALALI }, { "تیر", 4, MN_JALALI },
	{ "تير", 4, MN_JALALI }, { "مرداد", 5, MN_JALALI },
	{ "شهریور", 6, MN_JALALI }, { "شهريور", 6, MN_JALALI },
	{ "مهر", 7, MN_JALALI }, { "آبان", 8, MN_JALALI },
	{ "آذر", 9, MN_JALALI }, { "دی", 10, MN_JALALI },
	{ "دي", 10, MN_JALALI }, { "بهمن", 11, MN_JALALI },
	{ "اسفند", 12, MN_JALALI },
	/* Hungarian, written year first ("2024. június 21."): january,
	 * february, october, november as in Slovak and English */
	{ "március", 3, 0 }, { "április", 4, 0 }, { "május", 5, 0 },
	{ "június", 6, 0 }, { "július", 7, 0 }, { "augusztus", 8, 0 },
	{ "szeptember", 9, 0 }, { "december", 12, 0 },
	{ "márc", 3, MN_ABBR }, { "ápr", 4, MN_ABBR }, { "máj", 5, MN_ABBR },
	{ "jún", 6, MN_ABBR }, { "júl", 7, MN_ABBR }, { "szept", 9, MN_ABBR },
	/* Greek, genitive, with accents and in capitals without */
	{ "ιανουαρίου", 1, 0 }, { "ιανουαριου", 1, 0 },
	{ "φεβρουαρίου", 2, 0 }, { "φεβρουαριου", 2, 0 },
	{ "μαρτίου", 3, 0 }, { "μαρτιου", 3, 0 },
	{ "απριλίου", 4, 0 }, { "απριλιου", 4, 0 },
	{ "μαΐου", 5, 0 }, { "μαιου", 5, 0 },
	{ "ιουνίου", 6, 0 }, { "ιουνιου", 6, 0 },
	{ "ιουλίου", 7, 0 }, { "ιουλιου", 7, 0 },
	{ "αυγούστου", 8, 0 }, { "αυγουστου", 8, 0 },
	{ "σεπτεμβρίου", 9, 0 }, { "σεπτεμβριου", 9, 0 },
	{ "οκτωβρίου", 10, 0 }, { "οκτωβριου", 10, 0 },
	{ "νοεμβρίου", 11, 0 }, { "νοεμβριου", 11, 0 },
	{ "δεκεμβρίου", 12, 0 }, { "δεκεμβριου", 12, 0 },
};

/* US zones are the ones US news sites print; IST is India's. */
static const struct zone zones[] = {
	{ "UTC", 0, 1 }, { "GMT", 0, 1 }, { "UT", 0, 1 },
	{ "EDT", -240, 0 }, { "EST", -300, 0 }, { "CDT", -300, 0 },
	{ "CST", -360, 0 }, { "MDT", -360, 0 }, { "MST", -420, 0 },
	{ "PDT", -420, 0 }, { "PST", -480, 0 }, { "AKDT", -480, 0 },
	{ "AKST", -540, 0 }, { "HST", -600, 0 },
	{ "WET", 0, 0 }, { "WEST", 60, 0 }, { "BST", 60, 0 },
	{ "CET", 60, 0 }, { "CEST", 120, 0 }, { "EET", 120, 0 },
	{ "EEST", 180, 0 }, { "MSK", 180, 0 }, { "МСК", 180, 0 },
	{ "мск", 180, 0 }, { "IST", 330, 0 }, { "JST", 540, 0 },
	{ "KST", 540, 0 }, { "AEST", 600, 0 }, { "AEDT", 660, 0 },
	{ "NZST", 720, 0 }, { "NZDT", 780, 0 },
	/* Asia, Africa, South America: the zones their papers print. */
	{ "MYT", 480, 0 }, { "SGT", 480, 0 }, { "HKT", 480, 0 },
	{ "PHT", 480, 0 }, { "AWST", 480, 0 }, { "WIB", 420, 0 },
	{ "WITA", 480, 0 }, { "WIT", 540, 0 }, { "ICT", 420, 0 },
	{ "PKT", 300, 0 }, { "NPT", 345, 0 }, { "TRT", 180, 0 },
	{ "IRST", 210, 0 }, { "SAST", 120, 0 }, { "WAT", 60, 0 },
	{ "CAT", 120, 0 }, { "EAT", 180, 0 }, { "BRT", -180, 0 },
	{ "ART", -180, 0 }, { "ACST", 570, 0 }, { "ACDT", 630, 0 },
};

/* Words between a day and its month: "21st of June", "21 de junio". */
static const char *const day_links[] = { "of", "de", NULL };

/* Words between a month and its year: "de junio de 2024". */
static const char *const year_links[] = { "de", "del", NULL };

/* Words after a year: "2024 г.", "2024 года", "2024 р.", "2024 r.". */
static const char *const year_words[] = {
	"г", "года", "году", "год", "р", "року", "рік", "r", "roku", NULL
};

/* Words between a date and its time: "at 13:32", "в 13:32", "um",
 * "à", "a las", "às", "alle ore", "om", "o godz.", "kl.", "saat". */
static const char *const time_links[] = {
	"at", "um", "à", "a", "las", "às", "alle", "ore", "om", "o", "godz",
	"kl", "saat", "в", "во", "о", "об", "الساعة", "الساعه", "ساعت",
	"klo", "kello", "ora", "la", "u", "v", NULL
};

static const char *const ordinals[] = { "st", "nd", "rd", "th", "º", NULL };

/*
 * Weekdays, folded.  A weekday just before a date belongs to its range
 * ("Friday, June 21, 2024"), so that a caller can tell a line that holds
 * nothing but a date.  "feira" ends Portuguese "sexta-feira", "ятниця"
 * Ukrainian "п'ятниця" after its apostrophe.
 */
static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
	"sat", "sun",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
	"sonnabend", "sonntag",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	"dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
	"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
	"sábado", "sabado", "domingo", "mié", "mie", "jue", "vie", "sáb",
	"sab", "dom",
	"lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi",
	"giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica",
	"feira",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
	"zondag",
	"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
	"niedziela",
	"pazartesi", "sali", "çarşamba", "perşembe", "cuma", "cumartesi",
	"pazar",
	"понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
	"воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
	"панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота",
	"нядзеля",
	"понеділок", "вівторок", "середа", "четвер", "пʼятниця", "ятниця",
	"неділя", "нд",
	NULL
};

/*
 * Relative dates, for date_relative().  Words are folded as read_word()
 * folds them ("yil" is Turkish "yıl").  A space in a phrase stands for
 * spaces, "'" for an apostrophe (' or ’) and "-" for a hyphen.
 */

/* rel_day flags. */
#define RD_NOW		1	/* "just now": now itself, to the minute */
#define RD_STRICT	2	/* French "hier" is German "here": only with a
				 * time after it or as the whole string */

/* rel_unit flags. */
#define RU_ONE		1	/* one without a number: "час назад" */
#define RU_ABBR		2	/* may take a dot: "5 мин. назад" */

#define RELMAX		3	/* amounts in "1 hour 20 minutes ago" */
#define RELDIG		6	/* digits of an amount; keeps sums in range */

struct rel_day {
	const char	*phrase;
	int		 days;		/* added to now's day */
	int		 flags;
};

struct rel_unit {
	const char	*name;
	long		 secs;		/* length in seconds; 0 for months */
	int		 months;
	int		 flags;
};

struct rel_number {
	const char	*name;
	int		 val;
};

static const struct rel_day rel_days[] = {
	{ "just now", 0, RD_NOW }, { "a moment ago", 0, RD_NOW },
	{ "moments ago", 0, RD_NOW },
	{ "today", 0, 0 }, { "yesterday", -1, 0 },
	{ "day before yesterday", -2, 0 },
	{ "gerade eben", 0, RD_NOW }, { "soeben", 0, RD_NOW },
	{ "heute", 0, 0 }, { "gestern", -1, 0 }, { "vorgestern", -2, 0 },
	{ "à l'instant", 0, RD_NOW }, { "a l'instant", 0, RD_NOW },
	{ "aujourd'hui", 0, 0 }, { "hier", -1, RD_STRICT },
	{ "avant-hier", -2, 0 },
	{ "ahora mismo", 0, RD_NOW }, { "hace un momento", 0, RD_NOW },
	{ "hoy", 0, 0 }, { "ayer", -1, 0 }, { "anteayer", -2, 0 },
	{ "antier", -2, 0 }, { "antes de ayer", -2, 0 },
	{ "oggi", 0, 0 }, { "ieri", -1, 0 }, { "l'altro ieri", -2, 0 },
	{ "altro ieri", -2, 0 }, { "altroieri", -2, 0 },
	{ "agora mesmo", 0, RD_NOW },
	{ "hoje", 0, 0 }, { "ontem", -1, 0 }, { "anteontem", -2, 0 },
	{ "antes de ontem", -2, 0 },
	{ "zojuist", 0, RD_NOW },
	{ "vandaag", 0, 0 }, { "gisteren", -1, 0 }, { "eergisteren", -2, 0 },
	{ "przed chwilą", 0, RD_NOW },
	{ "dzisiaj", 0, 0 }, { "dziś", 0, 0 }, { "dzis", 0, 0 },
	{ "wczoraj", -1, 0 }, { "przedwczoraj", -2, 0 },
	{ "az önce", 0, RD_NOW },
	{ "bugün", 0, 0 }, { "dün", -1, 0 }, { "önceki gün", -2, 0 },
	{ "evvelki gün", -2, 0 }, { "evvelsi gün", -2, 0 },
	{ "только что", 0, RD_NOW },
	{ "сегодня", 0, 0 }, { "вчера", -1, 0 }, { "позавчера", -2, 0 },
	{ "щойно", 0, RD_NOW },
	{ "сьогодні", 0, 0 }, { "вчора", -1, 0 }, { "учора", -1, 0 },
	{ "позавчора", -2, 0 },
	{ "толькі што", 0, RD_NOW },
	/* Belarusian "учора" is the Ukrainian word */
	{ "сёння", 0, 0 }, { "ўчора", -1, 0 }, { "пазаўчора", -2, 0 },
};

#define U_SEC		1L
#define U_MIN		60L
#define U_HOUR		3600L
#define U_DAY		86400L
#define U_WEEK		604800L

/*
 * One table for all languages: a word means the same wherever it occurs
 * ("minute" is English, French and German), and mixing languages in one
 * phrase costs nothing to accept.  Ukrainian "год" (hours) is left out:
 * it is Russian and Belarusian for a year.
 */
static const struct rel_unit rel_units[] = {
	/* English */
	{ "second", U_SEC, 0, 0 }, { "seconds", U_SEC, 0, 0 },
	{ "sec", U_SEC, 0, RU_ABBR }, { "secs", U_SEC, 0, RU_ABBR },
	{ "minute", U_MIN, 0, 0 }, { "minutes", U_MIN, 0, 0 },
	{ "min", U_MIN, 0, RU_ABBR }, { "mins", U_MIN, 0, RU_ABBR },
	{ "m", U_MIN, 0, 0 },
	{ "hour", U_HOUR, 0, 0 }, { "hours", U_HOUR, 0, 0 },
	{ "hr", U_HOUR, 0, RU_ABBR }, { "hrs", U_HOUR, 0, RU_ABBR },
	{ "h", U_HOUR, 0, RU_ABBR },
	{ "day", U_DAY, 0, 0 }, { "days", U_DAY, 0, 0 }, { "d", U_DAY, 0, 0 },
	{ "week", U_WEEK, 0, 0 }, { "weeks", U_WEEK, 0, 0 },
	{ "wk", U_WEEK, 0, RU_ABBR }, { "wks", U_WEEK, 0, RU_ABBR },
	{ "month", 0, 1, 0 }, { "months", 0, 1, 0 },
	{ "mo", 0, 1, RU_ABBR }, { "mos", 0, 1, RU_ABBR },
	{ "year", 0, 12, 0 }, { "years", 0, 12, 0 },
	{ "yr", 0, 12, RU_ABBR }, { "yrs", 0, 12, RU_ABBR },
	/* German */
	{ "sekunde", U_SEC, 0, 0 }, { "sekunden", U_SEC, 0, 0 },
	{ "sek", U_SEC, 0, RU_ABBR },
	{ "minuten", U_MIN, 0, 0 },
	{ "stunde", U_HOUR, 0, 0 }, { "stunden", U_HOUR, 0, 0 },
	{ "std", U_HOUR, 0, RU_ABBR },
	{ "tag", U_DAY, 0, 0 }, { "tage", U_DAY, 0, 0 },
	{ "tagen", U_DAY, 0, 0 },
	{ "woche", U_WEEK, 0, 0 }, { "wochen", U_WEEK, 0, 0 },
	{ "monat", 0, 1, 0 }, { "monate", 0, 1, 0 }, { "monaten", 0, 1, 0 },
	{ "jahr", 0, 12, 0 }, { "jahre", 0, 12, 0 }, { "jahren", 0, 12, 0 },
	/* French */
	{ "seconde", U_SEC, 0, 0 }, { "secondes", U_SEC, 0, 0 },
	{ "heure", U_HOUR, 0, 0 }, { "heures", U_HOUR, 0, 0 },
	{ "jour", U_DAY, 0, 0 }, { "jours", U_DAY, 0, 0 },
	{ "semaine", U_WEEK, 0, 0 }, { "semaines", U_WEEK, 0, 0 },
	{ "mois", 0, 1, 0 },
	{ "an", 0, 12, 0 }, { "ans", 0, 12, 0 },
	{ "année", 0, 12, 0 }, { "années", 0, 12, 0 },
	/* Spanish and Portuguese */
	{ "segundo", U_SEC, 0, 0 }, { "segundos", U_SEC, 0, 0 },
	{ "seg", U_SEC, 0, RU_ABBR },
	{ "minuto", U_MIN, 0, 0 }, { "minutos", U_MIN, 0, 0 },
	{ "hora", U_HOUR, 0, 0 }, { "horas", U_HOUR, 0, 0 },
	{ "día", U_DAY, 0, 0 }, { "días", U_DAY, 0, 0 },
	{ "dia", U_DAY, 0, 0 }, { "dias", U_DAY, 0, 0 },
	{ "semana", U_WEEK, 0, 0 }, { "semanas", U_WEEK, 0, 0 },
	{ "mes", 0, 1, 0 }, { "meses", 0, 1, 0 }, { "mês", 0, 1, 0 },
	{ "año", 0, 12, 0 }, { "años", 0, 12, 0 },
	{ "ano", 0, 12, 0 }, { "anos", 0, 12, 0 },
	/* Italian */
	{ "secondo", U_SEC, 0, 0 }, { "secondi", U_SEC, 0, 0 },
	{ "minuti", U_MIN, 0, 0 },
	{ "ora", U_HOUR, 0, 0 }, { "ore", U_HOUR, 0, 0 },
	{ "giorno", U_DAY, 0, 0 }, { "giorni", U_DAY, 0, 0 },
	{ "settimana", U_WEEK, 0, 0 }, { "settimane", U_WEEK, 0, 0 },
	{ "mese", 0, 1, 0 }, { "mesi", 0, 1, 0 },
	{ "anno", 0, 12, 0 }, { "anni", 0, 12, 0 },
	/* Dutch */
	{ "seconden", U_SEC, 0, 0 },
	{ "minuut", U_MIN, 0, 0 },
	{ "uur", U_HOUR, 0, 0 }, { "uren", U_HOUR, 0, 0 },
	{ "dag", U_DAY, 0, 0 }, { "dagen", U_DAY, 0, 0 },
	{ "weken", U_WEEK, 0, 0 },
	{ "maand", 0, 1, 0 }, { "maanden", 0, 1, 0 },
	{ "jaar", 0, 12, 0 }, { "jaren", 0, 12, 0 },
	/* Polish */
	{ "sekunda", U_SEC, 0, 0 }, { "sekundę", U_SEC, 0, RU_ONE },
	{ "sekundy", U_SEC, 0, 0 }, { "sekund", U_SEC, 0, 0 },
	{ "minuta", U_MIN, 0, 0 }, { "minutę", U_MIN, 0, RU_ONE },
	{ "minuty", U_MIN, 0, 0 }, { "minut", U_MIN, 0, 0 },
	{ "godzina", U_HOUR, 0, 0 }, { "godzinę", U_HOUR, 0, RU_ONE },
	{ "godziny", U_HOUR, 0, 0 }, { "godzin", U_HOUR, 0, 0 },
	{ "godz", U_HOUR, 0, RU_ABBR },
	{ "dzień", U_DAY, 0, RU_ONE }, { "dni", U_DAY, 0, 0 },
	{ "tydzień", U_WEEK, 0, RU_ONE }, { "tygodnie", U_WEEK, 0, 0 },
	{ "tygodni", U_WEEK, 0, 0 },
	{ "miesiąc", 0, 1, RU_ONE }, { "miesiące", 0, 1, 0 },
	{ "miesięcy", 0, 1, 0 },
	{ "rok", 0, 12, RU_ONE }, { "lata", 0, 12, 0 }, { "lat", 0, 12, 0 },
	/* Croatian, Bosnian, Serbian ("prije 28 minuta": minuta is Polish
	 * too) */
	{ "sati", U_HOUR, 0, 0 }, { "sata", U_HOUR, 0, 0 },
	{ "dana", U_DAY, 0, 0 },
	/* Turkish */
	{ "saniye", U_SEC, 0, 0 }, { "sn", U_SEC, 0, RU_ABBR },
	{ "dakika", U_MIN, 0, 0 }, { "dk", U_MIN, 0, RU_ABBR },
	{ "saat", U_HOUR, 0, 0 },
	{ "gün", U_DAY, 0, 0 }, { "hafta", U_WEEK, 0, 0 },
	{ "ay", 0, 1, 0 }, { "yil", 0, 12, 0 }, { "sene", 0, 12, 0 },
	/* Romanian, after "acum" ("acum 15 minute"; minute, ore as in
	 * English and Italian) */
	{ "secunde", U_SEC, 0, 0 }, { "oră", U_HOUR, 0, RU_ONE },
	{ "zi", U_DAY, 0, RU_ONE }, { "zile", U_DAY, 0, 0 },
	{ "săptămână", U_WEEK, 0, RU_ONE }, { "săptămâni", U_WEEK, 0, 0 },
	{ "lună", 0, 1, RU_ONE }, { "luni", 0, 1, 0 },
	{ "ani", 0, 12, 0 },
	/* Russian */
	{ "секунду", U_SEC, 0, RU_ONE }, { "секунды", U_SEC, 0, 0 },
	{ "секунд", U_SEC, 0, 0 }, { "сек", U_SEC, 0, RU_ABBR },
	{ "минуту", U_MIN, 0, RU_ONE }, { "минуты", U_MIN, 0, 0 },
	{ "минут", U_MIN, 0, 0 }, { "мин", U_MIN, 0, RU_ABBR },
	{ "полчаса", 30 * U_MIN, 0, RU_ONE },
	{ "час", U_HOUR, 0, RU_ONE }, { "часа", U_HOUR, 0, 0 },
	{ "часов", U_HOUR, 0, 0 }, { "ч", U_HOUR, 0, RU_ABBR },
	{ "день", U_DAY, 0, RU_ONE }, { "дня", U_DAY, 0, 0 },
	{ "дней", U_DAY, 0, 0 }, { "дн", U_DAY, 0, RU_ABBR },
	{ "неделю", U_WEEK, 0, RU_ONE }, { "недели", U_WEEK, 0, 0 },
	{ "недель", U_WEEK, 0, 0 },
	{ "месяц", 0, 1, RU_ONE }, { "месяца", 0, 1, 0 },
	{ "месяцев", 0, 1, 0 }, { "мес", 0, 1, RU_ABBR },
	{ "год", 0, 12, RU_ONE }, { "года", 0, 12, 0 }, { "лет", 0, 12, 0 },
	/* Ukrainian (секунду, день as in Russian) */
	{ "секунди", U_SEC, 0, 0 },
	{ "хвилину", U_MIN, 0, RU_ONE }, { "хвилини", U_MIN, 0, 0 },
	{ "хвилин", U_MIN, 0, 0 }, { "хв", U_MIN, 0, RU_ABBR },
	{ "півгодини", 30 * U_MIN, 0, RU_ONE },
	{ "годину", U_HOUR, 0, RU_ONE }, { "години", U_HOUR, 0, 0 },
	{ "годин", U_HOUR, 0, 0 },
	{ "дні", U_DAY, 0, 0 }, { "днів", U_DAY, 0, 0 },
	{ "тиждень", U_WEEK, 0, RU_ONE }, { "тижні", U_WEEK, 0, 0 },
	{ "тижнів", U_WEEK, 0, 0 },
	{ "місяць", 0, 1, RU_ONE }, { "місяці", 0, 1, 0 },
	{ "місяців", 0, 1, 0 },
	{ "рік", 0, 12, RU_ONE }, { "роки", 0, 12, 0 },
	{ "років", 0, 12, 0 },
	/* Belarusian (секунду, секунды, секунд, дні, месяц, год as above) */
	{ "хвіліну", U_MIN, 0, RU_ONE }, { "хвіліны", U_MIN, 0, 0 },
	{ "хвілін", U_MIN, 0, 0 },
	{ "паўгадзіны", 30 * U_MIN, 0, RU_ONE },
	{ "гадзіну", U_HOUR, 0, RU_ONE }, { "гадзіны", U_HOUR, 0, 0 },
	{ "гадзін", U_HOUR, 0, 0 },
	{ "дзень", U_DAY, 0, RU_ONE }, { "дзён", U_DAY, 0, 0 },
	{ "тыдзень", U_WEEK, 0, RU_ONE }, { "тыдні", U_WEEK, 0, 0 },
	{ "тыдняў", U_WEEK, 0, 0 },
	{ "месяцы", 0, 1, 0 }, { "месяцаў", 0, 1, 0 },
	{ "гады", 0, 12, 0 }, { "гадоў", 0, 12, 0 },
};

/* Small numbers written out: "an hour ago", "vor einem Tag",
 * "un'ora fa", "два дня назад". */
static const struct rel_number rel_numbers[] = {
	{ "a", 1 }, { "an", 1 }, { "one", 1 }, { "two", 2 }, { "three", 3 },
	{ "four", 4 }, { "five", 5 }, { "six", 6 }, { "seven", 7 },
	{ "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 },
	{ "twelve", 12 },
	{ "ein", 1 }, { "eine", 1 }, { "einer", 1 }, { "einem", 1 },
	{ "einen", 1 }, { "zwei", 2 }, { "drei", 3 }, { "vier", 4 },
	{ "fünf", 5 }, { "sechs", 6 }, { "sieben", 7 }, { "acht", 8 },
	{ "neun", 9 }, { "zehn", 10 }, { "elf", 11 }, { "zwölf", 12 },
	{ "un", 1 }, { "une", 1 }, { "deux", 2 }, { "trois", 3 },
	{ "una", 1 }, { "dos", 2 }, { "tres", 3 },
	{ "uno", 1 }, { "due", 2 }, { "tre", 3 },
	{ "um", 1 }, { "uma", 1 }, { "dois", 2 }, { "duas", 2 },
	{ "três", 3 },
	{ "een", 1 }, { "twee", 2 }, { "drie", 3 },
	{ "jeden", 1 }, { "jedną", 1 }, { "dwa", 2 }, { "dwie", 2 },
	{ "trzy", 3 },
	{ "bir", 1 }, { "iki", 2 }, { "üç", 3 },
	{ "один", 1 }, { "одну", 1 }, { "одна", 1 }, { "два", 2 },
	{ "две", 2 }, { "три", 3 },
	{ "дві", 2 },
	{ "адзін", 1 }, { "адну", 1 }, { "дзве", 2 }, { "тры", 3 },
};

/* Before the amount: "vor 2 Stunden", "il y a 3 heures", "hace 2 días",
 * "há 2 dias", "acum 15 minute". */
static const char *const rel_before[] = {
	"vor", "il y a", "hace", "há", "faz", "prije", "acum", NULL
};

/* After it: "2 hours ago", "2 часа назад", "2 godziny temu", "2 ore fa",
 * "2 uur geleden", "2 saat önce", "2 dias atrás". */
static const char *const rel_after[] = {
	"ago", "назад", "тому", "таму", "temu", "fa", "geleden", "önce",
	"evvel", "atrás", "atras", NULL
};

/* Between two amounts: "1 hour and 20 minutes ago". */
static const char *const rel_and[] = {
	"and", "und", "et", "y", "e", "en", "i", "ve", "и", "і", "та", NULL
};

static const int mdays[12] = {
	31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
};

/*
 * Characters.
 */

/* Decodes the code point at i into *cp; returns its length in bytes, 0 at
 * the end.  A malformed byte reads as U+FFFD of length 1. */
static size_t
dec(const struct text *t, size_t i, unsigned *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	*cp = 0;
	if (i >= t->len)
		return 0;
	if ((unsigned char)t->s[i] < 0x80) {
		*cp = (unsigned char)t->s[i];
		return 1;
	}
	if ((n = utf8proc_iterate((const utf8proc_uint8_t *)t->s + i,
	    (utf8proc_ssize_t)(t->len - i), &c)) < 0) {
		*cp = 0xfffd;
		return 1;
	}
	*cp = (unsigned)c;
	return (size_t)n;
}

/* The code point that ends just before i (i > 0); returns its start. */
static size_t
dec_back(const struct text *t, size_t i, unsigned *cp)
{
	size_t	 j = i - 1;
	int	 k;

	for (k = 0; k < 3 && j > 0 &&
	    ((unsigned char)t->s[j] & 0xc0) == 0x80; k++)
		j--;
	if (dec(t, j, cp) != i - j) {
		*cp = 0xfffd;
		return i - 1;
	}
	return j;
}

/*
 * Lower case as Unicode maps it.  Turkish dotted İ and dotless ı both
 * fold to i: matching, not spelling, is the point.
 */
static unsigned
fold(unsigned c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c == 0x130 || c == 0x131)
		return 'i';
	return (unsigned)utf8proc_tolower((utf8proc_int32_t)c);
}

/* A digit of any script: a number goes on through it.  Where a value is
 * read, digit_at() takes ASCII only. */
static int
is_digit(unsigned c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND;
}

/* ASCII white space, Unicode space separators (no-break spaces among
 * them), and the zero-width space and BOM that pages leave in text. */
static int
is_space(unsigned c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0x200b || c == 0xfeff ||
	    utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ZS;
}

/*
 * Letters of any script, and the marks that combine with them ("i̇" is
 * two code points): what may not touch a date on either side.  Lu Ll Lt
 * Lm Lo Mn Mc Me are a run in utf8proc's numbering.
 */
static int
is_letter(unsigned c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	k = utf8proc_category((utf8proc_int32_t)c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME;
}

/* Han, kana and Hangul: scripts that set words and numbers side by side
 * with no space ("于2024年6月21日在北京", "21일에"). */
static int
is_cjk(unsigned c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
	    (c >= 0xF900 && c <= 0xFAFF);
}

static int
at(const struct text *t, size_t i)
{
	return i < t->len ? (unsigned char)t->s[i] : -1;
}

static int
lower_at(const struct text *t, size_t i)
{
	int	 c = at(t, i);

	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
digit_at(const struct text *t, size_t i)
{
	return i < t->len && t->s[i] >= '0' && t->s[i] <= '9';
}

static int
letter_at(const struct text *t, size_t i)
{
	unsigned cp;

	dec(t, i, &cp);
	return is_letter(cp);
}

/* "." ":" "-" then a digit: the number goes on ("10.0.2024.1"). */
static int
number_goes_on(const struct text *t, size_t i)
{
	int	 c = at(t, i);

	return (c == '.' || c == ':' || c == '-') && digit_at(t, i + 1);
}

static size_t
skip_sp(const struct text *t, size_t i)
{
	unsigned cp;
	size_t	 n;
	int	 k;

	for (k = 0; k < SPMAX; k++) {
		n = dec(t, i, &cp);
		if (n == 0 || !is_space(cp))
			break;
		i += n;
	}
	return i;
}

/* What may separate a date from its time: "," "|" "/" "-" "@" "·" "•" "–"
 * "—", with spaces around. */
static size_t
skip_gap(const struct text *t, size_t i)
{
	unsigned cp;
	size_t	 n;

	i = skip_sp(t, i);
	n = dec(t, i, &cp);
	if (cp == ',' || cp == '|' || cp == '/' || cp == '-' || cp == '@' ||
	    cp == 0xb7 || cp == 0x2022 || cp == 0x2013 || cp == 0x2014)
		i = skip_sp(t, i + n);
	return i;
}

/*
 * Tokens.
 */

/* A run of 1..NUMMAX digits at i; a longer run is no part of a date. */
static int
read_num(const struct text *t, size_t i, struct num *n)
{
	int	 k = 0, v = 0;

	while (digit_at(t, i + k)) {
		if (k == NUMMAX)
			return 0;
		v = v * 10 + (t->s[i + k] - '0');
		k++;
	}
	if (k == 0)
		return 0;
	n->val = v;
	n->ndig = k;
	n->end = i + k;
	return 1;
}

/* A whole word at i, folded; words longer than WORDMAX bytes are no
 * month names, and giving up on them keeps every attempt bounded. */
static int
read_word(const struct text *t, size_t i, struct word *w)
{
	unsigned cp, lc;
	size_t	 j = i, n;

	w->n = 0;
	w->upper = 0;
	while ((n = dec(t, j, &cp)) > 0 && is_letter(cp)) {
		/* A lower-case letter may take more bytes: "Ⱥ" -> "ⱥ". */
		if (j + n - i > WORDMAX || w->n + 4 >= sizeof(w->f))
			return 0;
		lc = fold(cp);
		if (j == i)
			w->upper = lc != cp && cp != 0x131;
		w->n += (size_t)utf8proc_encode_char((utf8proc_int32_t)lc,
		    (utf8proc_uint8_t *)w->f + w->n);
		j += n;
	}
	if (j == i)
		return 0;
	w->f[w->n] = '\0';
	w->end = j;
	return 1;
}

static int
word_in(const struct word *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(w->f, *list) == 0)
			return 1;
	return 0;
}

static const struct month_name *
month_of(const struct word *w)
{
	size_t	 k;

	for (k = 0; k < NITEMS(months); k++)
		if (months[k].name[0] == w->f[0] &&
		    strcmp(months[k].name, w->f) == 0)
			return &months[k];
	return NULL;
}

static int
month_at(const struct text *t, size_t i)
{
	struct word w;

	return read_word(t, i, &w) && month_of(&w) != NULL;
}

/*
 * Calendar.
 */

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Year 0 is a date without a year: 29 February may exist. */
static int
ymd_ok(int y, int m, int d)
{
	if (y == 0)
		return m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
	return y >= YEAR_MIN && y <= YEAR_MAX && date_valid_ymd(y, m, d);
}

static void
date_clear(struct date *d)
{
	memset(d, 0, sizeof(*d));
	d->hour = d->minute = d->second = -1;
}

static void
set_ymd(struct date *d, int y, int m, int day)
{
	d->year = y;
	d->month = m;
	d->day = day;
}

/*
 * Times and zones.
 */

/* "+03:00", "+0300", "+03", "+3" at i, as the mode allows. */
static int
offset_num(const struct text *t, size_t i, enum off_mode mode, int *off,
    size_t *end)
{
	struct num a, b;
	size_t	 j;
	int	 sign, h, m = 0;

	if (at(t, i) != '+' && at(t, i) != '-')
		return 0;
	sign = at(t, i) == '-' ? -1 : 1;
	if (!read_num(t, i + 1, &a) || a.ndig > 4 || a.ndig == 3)
		return 0;
	j = a.end;
	if (a.ndig == 4) {
		h = a.val / 100;
		m = a.val % 100;
	} else if (at(t, j) == ':' && read_num(t, j + 1, &b) &&
	    b.ndig == 2 && (a.ndig == 2 || mode == OFF_GMT)) {
		h = a.val;
		m = b.val;
		j = b.end;
	} else if ((a.ndig == 2 && mode != OFF_RFC) ||
	    (a.ndig == 1 && mode == OFF_GMT))
		h = a.val;
	else
		return 0;
	if (h > 14 || m > 59 || letter_at(t, j) || digit_at(t, j) ||
	    number_goes_on(t, j))
		return 0;
	*off = sign * (h * 60 + m);
	*end = j;
	return 1;
}

static int read_zone_bare(const struct text *, size_t, int, int *,
    size_t *);

/* A zone after a time, as read_zone_bare() reads it, or in brackets:
 * "13:32 (GMT+7)", "1:32 PM (EDT)". */
static int
read_zone(const struct text *t, size_t i, int iso, int *off, size_t *end)
{
	size_t	 j = skip_sp(t, i), e;

	if (j > i && at(t, j) == '(' &&
	    read_zone_bare(t, j + 1, 0, off, &e) && at(t, e) == ')') {
		*end = e + 1;
		return 1;
	}
	return read_zone_bare(t, i, iso, off, end);
}

/* A zone after a time: "Z", "+03:00", " +0300", " GMT", " UTC+3", " MSK".
 * An offset glued to a time in other than ISO form is a time range
 * ("13:32-14:00"), not an offset. */
static int
read_zone_bare(const struct text *t, size_t i, int iso, int *off,
    size_t *end)
{
	struct word w;
	size_t	 j, k, n;
	int	 more;

	if ((at(t, i) == 'Z' || (iso && at(t, i) == 'z')) &&
	    !letter_at(t, i + 1)) {
		*off = 0;
		*end = i + 1;
		return 1;
	}
	j = skip_sp(t, i);
	if (at(t, j) == '+' || at(t, j) == '-') {
		if (j == i && !iso)
			return 0;
		return offset_num(t, j, j == i ? OFF_ISO : OFF_RFC, off, end);
	}
	if (!read_word(t, j, &w))
		return 0;
	n = w.end - j;
	for (k = 0; k < NITEMS(zones); k++)
		if (strlen(zones[k].name) == n &&
		    memcmp(zones[k].name, t->s + j, n) == 0)
			break;
	if (k == NITEMS(zones))
		return 0;
	*off = zones[k].offset;
	*end = w.end;
	if (zones[k].more && offset_num(t, w.end, OFF_GMT, &more, &j)) {
		*off = more;
		*end = j;
	}
	return 1;
}

/* Arabic "م" or "مساءً" (evening), "ص" or "صباحًا" (morning), with
 * the marks that may follow. */
static int
read_arabic_ampm(const struct text *t, size_t j, int *pm, size_t *end)
{
	static const char *const evening[] = { "م", "مساء", "مساءا",
	    "مساءً", NULL };
	static const char *const morning[] = { "ص", "صباحا", "صباح",
	    "صباحًا", "صباحاً", NULL };
	struct word	 w;
	unsigned	 cp;
	size_t		 n;

	if (!read_word(t, j, &w))
		return 0;
	if (word_in(&w, evening))
		*pm = 1;
	else if (word_in(&w, morning))
		*pm = 0;
	else
		return 0;
	for (j = w.end; (n = dec(t, j, &cp)) > 0 && cp >= 0x64b &&
	    cp <= 0x652; j += n)
		continue;	/* tanween and other marks: "مساءً" */
	*end = j;
	return 1;
}

/* "am", "pm", "a.m.", "p.m." in any case, after optional spaces. */
static int
read_ampm(const struct text *t, size_t i, int *pm, size_t *end)
{
	size_t	 j = skip_sp(t, i);
	int	 c = lower_at(t, j);

	if ((unsigned char)at(t, j) == 0xd9 || (unsigned char)at(t, j) == 0xd8)
		return read_arabic_ampm(t, j, pm, end);

	if (c != 'a' && c != 'p')
		return 0;
	*pm = c == 'p';
	j++;
	if (at(t, j) == '.') {
		if (lower_at(t, j + 1) != 'm')
			return 0;
		j += 2;
		if (at(t, j) == '.')
			j++;
	} else if (lower_at(t, j) == 'm')
		j++;
	else
		return 0;
	if (letter_at(t, j) || digit_at(t, j))
		return 0;
	*end = j;
	return 1;
}

/* What follows "12.50" when it is an amount, not a time: a word, a
 * currency sign or a percent sign ("12.50 EUR", "12.50 €", "13.32 %"). */
static int
amount_after(const struct text *t, size_t i)
{
	unsigned cp;

	dec(t, skip_sp(t, i), &cp);
	return is_letter(cp) || cp == '$' || cp == '%' || cp == 0xa3 ||
	    cp == 0xa5 || (cp >= 0x20a0 && cp <= 0x20cf);
}

/* Fractional seconds are dropped: nobody publishes to the millisecond. */
static size_t
skip_fraction(const struct text *t, size_t i)
{
	int	 k;

	if ((at(t, i) != '.' && at(t, i) != ',') || !digit_at(t, i + 1))
		return i;
	for (i++, k = 0; k < NUMMAX && digit_at(t, i); k++)
		i++;
	return i;
}

/* The minutes (and seconds) after the hour at i; *min stays -1 when the
 * text gives none. */
static size_t
read_minutes(const struct text *t, size_t i, int flags, int *min, int *sec)
{
	struct num m, s;

	if (at(t, i) == ':' && read_num(t, i + 1, &m) && m.ndig == 2) {
		*min = m.val;
		i = m.end;
		if (at(t, i) == ':' && read_num(t, i + 1, &s) && s.ndig == 2) {
			*sec = s.val;
			i = skip_fraction(t, s.end);
		}
	} else if ((flags & TM_DOT) && at(t, i) == '.' &&
	    read_num(t, i + 1, &m) && m.ndig == 2) {
		*min = m.val;
		i = m.end;
	} else if ((flags & TM_H) && (at(t, i) == 'h' || at(t, i) == 'H')) {
		/* "13h32", and "13h" for 13:00 */
		i++;
		*min = 0;
		if (read_num(t, i, &m) && m.ndig == 2) {
			*min = m.val;
			i = m.end;
		}
	}
	return i;
}

/*
 * A time at i: "13:32", "13:32:05.123", "1:32 PM", "1 p.m.", "13.32" and
 * "13h32" (as flags allow), then "Uhr" and a zone.  Fills only the time
 * fields of *d, and only on success.
 */
static int
read_time(const struct text *t, size_t i, int flags, struct date *d,
    size_t *end)
{
	struct num h;
	struct word w;
	size_t	 j, k;
	int	 hour, min = -1, sec = -1, pm, off = 0, has_off, dot;

	if (!read_num(t, i, &h) || h.ndig > 2)
		return 0;
	dot = at(t, h.end) == '.';
	j = read_minutes(t, h.end, flags, &min, &sec);
	hour = h.val;
	/* An "am" after 13:32 is German ("13:32 am 21.06."), not a.m. */
	if (read_ampm(t, j, &pm, &k) && hour >= 1 && hour <= 12) {
		hour = hour % 12 + (pm ? 12 : 0);
		if (min < 0)
			min = 0;
		j = k;
	} else if (min < 0)
		return 0;
	if (hour > 23 || min > 59 || sec > 60)
		return 0;
	k = skip_sp(t, j);
	if (read_word(t, k, &w) && strcmp(w.f, "uhr") == 0)
		j = w.end;
	if ((has_off = read_zone(t, j, flags & TM_ISO, &off, &k)))
		j = k;
	if (digit_at(t, j) || letter_at(t, j) || number_goes_on(t, j) ||
	    (dot && amount_after(t, j)))
		return 0;
	d->hour = hour;
	d->minute = min;
	d->second = sec;
	d->has_offset = has_off;
	d->offset = off;
	*end = j;
	return 1;
}

static int
time_at(const struct text *t, size_t i)
{
	struct date tmp;
	size_t	 e;

	return read_time(t, i, TM_DOT | TM_H, &tmp, &e);
}

/* The time after a date: "13:32", ", 13:32", " at 1:32 pm", " в 13:32",
 * " um 13:32 Uhr", " à 13h32", " a las 13:32", " o godz. 13:32". */
static int
time_after(const struct text *t, size_t i, int iso, struct date *d,
    size_t *end)
{
	struct word w;
	size_t	 j, k;
	int	 n;

	j = skip_gap(t, i);
	for (n = 0; n < 2; n++) {
		if (!read_word(t, j, &w) || !word_in(&w, time_links))
			break;
		k = w.end;
		if (at(t, k) == '.')
			k++;
		j = skip_sp(t, k);
		if (j == k)
			return 0;
	}
	return read_time(t, j, TM_DOT | TM_H | (iso ? TM_ISO : 0), d, end);
}

/*
 * Dates.
 */

/* "21st", "1er", "1º", "1°": the suffix that may follow a day. */
static size_t
skip_ordinal(const struct text *t, size_t i, int day)
{
	struct word w;

	if (at(t, i) == 0xc2 && at(t, i + 1) == 0xb0 && !letter_at(t, i + 2))
		return i + 2;
	if (!read_word(t, i, &w))
		return i;
	if (word_in(&w, ordinals) ||
	    (day == 1 && (strcmp(w.f, "er") == 0 || strcmp(w.f, "re") == 0)))
		return w.end;
	return i;
}

/* "2024 г.", "2024 года", "2024 р.", "2024 r." */
static size_t
skip_year_word(const struct text *t, size_t i)
{
	struct word w;
	size_t	 j = skip_sp(t, i);

	if (!read_word(t, j, &w) || !word_in(&w, year_words))
		return i;
	j = w.end;
	if (at(t, j) == '.')
		j++;
	return j;
}

/* A dot after a month name belongs to it when the name is abbreviated
 * ("Jun.", "сент.") or a year follows ("mai. 2024"). */
static int
skip_month_dot(const struct text *t, size_t *i, const struct month_name *mn)
{
	if (at(t, *i) != '.')
		return 0;
	if (!(mn->flags & MN_ABBR) && !digit_at(t, skip_sp(t, *i + 1)))
		return 0;
	(*i)++;
	return 1;
}

/*
 * Without a year nothing but the word says it is a month, and headlines
 * capitalise every word: "2 may be", "5 Out Of 10", "3 Mars rovers" must
 * not become dates.  An abbreviation needs its dot ("Jun. 21"), a month
 * that is also a common word must end the phrase ("21 May (BelTA)",
 * "On May 5, the"), and a month before the day needs a capital, as in
 * English, the one language that writes it there.
 */
static int
yearless_ok(const struct text *t, const struct month_name *mn,
    const struct word *w, int dot, int month_first, size_t end)
{
	if (month_first && !w->upper)
		return 0;
	if (mn->flags & MN_ABBR)
		return dot;
	if (mn->flags & MN_COMMON)
		return !letter_at(t, skip_sp(t, end));
	return 1;
}

/*
 * After "21 June" or "June 21": the year, if any.  Sets *year (0 when
 * none) and *end.  Fails when a number follows that is neither a year nor
 * a time: "21 June 20 people", "21 June 1812" are not dates to trust.
 * After a comma any number may follow ("June 21, 12 people").
 */
static int
year_part(const struct text *t, size_t i, int *year, size_t *end)
{
	struct num y;
	struct word w;
	size_t	 j, k;
	int	 comma = 0;

	*year = 0;
	*end = i;
	j = skip_sp(t, i);
	if (at(t, j) == ',') {
		comma = 1;
		j = skip_sp(t, j + 1);
	} else if (j > i && read_word(t, j, &w) && word_in(&w, year_links)) {
		k = skip_sp(t, w.end);
		if (k > w.end && digit_at(t, k))
			j = k;
	}
	if (!digit_at(t, j))
		return 1;
	if (j == i || !read_num(t, j, &y))
		return 0;
	if (y.ndig == 4) {
		if (y.val < YEAR_MIN || y.val > YEAR_MAX)
			return 0;
		*year = y.val;
		*end = skip_year_word(t, y.end);
		return 1;
	}
	return comma || time_at(t, j);
}

/* 2024-06-21, 2024/6/21, 2024.06.21, and ISO 8601's 2024-06-21T13:32. */
static int
ymd_num(const struct text *t, size_t i, struct date *d, size_t *end)
{
	struct num y, m, dd;
	size_t	 j;
	int	 sep;

	if (!read_num(t, i, &y) || y.ndig != 4)
		return 0;
	sep = at(t, y.end);
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	if (!read_num(t, y.end + 1, &m) || m.ndig > 2 ||
	    at(t, m.end) != sep || !read_num(t, m.end + 1, &dd) ||
	    dd.ndig > 2 || !ymd_ok(y.val, m.val, dd.val))
		return 0;
	set_ymd(d, y.val, m.val, dd.val);
	j = dd.end;
	if (sep == '-' && (at(t, j) == 'T' || at(t, j) == 't') &&
	    !read_time(t, j + 1, TM_ISO, d, &j))
		return 0;
	*end = j;
	return 1;
}

/* A number at *i, then one of the units (UTF-8): "6月", "21일".  Moves
 * *i past both and a space after them. */
static int
unit_num(const struct text *t, size_t *i, const char *const units[],
    struct num *n)
{
	size_t	 k, u;

	if (!read_num(t, *i, n))
		return 0;
	for (k = 0; units[k] != NULL; k++) {
		u = strlen(units[k]);
		if (n->end + u <= t->len &&
		    memcmp(t->s + n->end, units[k], u) == 0) {
			*i = n->end + u;
			if (at(t, *i) == ' ')
				(*i)++;
			return 1;
		}
	}
	return 0;
}

/*
 * Chinese, Japanese and Korean: 2024年6月21日, 2024년 6월 21일, with the
 * time as "13:32" or "13時32分", "13시 32분".
 */
static int
ymd_cjk(const struct text *t, size_t i, struct date *d, size_t *end)
{
	static const char *const y_units[] = { "年", "년", NULL };
	static const char *const m_units[] = { "月", "월", NULL };
	static const char *const d_units[] = { "日", "일", NULL };
	static const char *const h_units[] = { "時", "时", "시", "点", NULL };
	static const char *const min_units[] = { "分", "분", NULL };
	struct num y, m, dd, h, mi;
	size_t	 j = i, k;

	if (!unit_num(t, &j, y_units, &y) || y.ndig != 4 ||
	    !unit_num(t, &j, m_units, &m) || !unit_num(t, &j, d_units, &dd) ||
	    !ymd_ok(y.val, m.val, dd.val))
		return 0;
	set_ymd(d, y.val, m.val, dd.val);
	k = j;
	if (unit_num(t, &k, h_units, &h) && h.val < 24 &&
	    unit_num(t, &k, min_units, &mi) && mi.val < 60) {
		d->hour = h.val;
		d->minute = mi.val;
		j = k;
	}
	/* unit_num() took the space after the last unit: not ours. */
	*end = j > i && at(t, j - 1) == ' ' ? j - 1 : j;
	return 1;
}

/* "2024. június 21.", "2024. jún. 21., péntek": Hungarian, year first,
 * the year and the day with their ordinal dots. */
static int
year_month_day(const struct text *t, size_t i, struct date *d, size_t *end)
{
	const struct month_name *mn;
	struct num y, day;
	struct word w;
	size_t	 j;

	if (!read_num(t, i, &y) || y.ndig != 4 || at(t, y.end) != '.' ||
	    at(t, y.end + 1) != ' ' || !read_word(t, y.end + 2, &w) ||
	    (mn = month_of(&w)) == NULL || (mn->flags & MN_JALALI))
		return 0;
	j = w.end;
	if (at(t, j) == '.')
		j++;
	/* The day's dot too: "In 2024. June 21 was hot" is two
	 * sentences. */
	if (at(t, j) != ' ' || !read_num(t, j + 1, &day) || day.ndig > 2 ||
	    at(t, day.end) != '.' || !ymd_ok(y.val, mn->month, day.val))
		return 0;
	set_ymd(d, y.val, mn->month, day.val);
	*end = day.end + 1;
	return 1;
}

/* Which of a/b is the day in a/b/year, or 0 when that cannot be told. */
static int
numeric_order(int a, int b, enum date_order o, int *day, int *mon)
{
	int	 dmy;

	if (a > 12 && b > 12)
		return 0;
	if (a > 12 || a == b)
		dmy = 1;
	else if (b > 12)
		dmy = 0;
	else if (o == DATE_ORDER_DMY)
		dmy = 1;
	else if (o == DATE_ORDER_MDY)
		dmy = 0;
	else
		return 0;
	*day = dmy ? a : b;
	*mon = dmy ? b : a;
	return 1;
}

/*
 * 21.06.2024, 21.06.24 (dots are always day first), 21/06/2024,
 * 06/21/2024, 21-06-2024.  Two-digit years only with dots or slashes,
 * and with dots only as dd.mm.yy: "1.2.24" is a version.
 */
static int
dmy_num(const struct text *t, size_t i, enum date_order o, struct date *d,
    size_t *end)
{
	struct num a, b, c;
	int	 sep, year, day, mon;

	if (!read_num(t, i, &a) || a.ndig > 2)
		return 0;
	sep = at(t, a.end);
	if (sep != '.' && sep != '/' && sep != '-')
		return 0;
	if (!read_num(t, a.end + 1, &b) || b.ndig > 2 ||
	    at(t, b.end) != sep || !read_num(t, b.end + 1, &c))
		return 0;
	if (c.ndig == 4)
		year = c.val;
	else if (c.ndig == 2 && sep != '-' &&
	    (sep == '/' || (a.ndig == 2 && b.ndig == 2)))
		year = c.val < 70 ? 2000 + c.val : 1900 + c.val;
	else
		return 0;
	if (sep == '.') {
		day = a.val;
		mon = b.val;
	} else if (!numeric_order(a.val, b.val, o, &day, &mon))
		return 0;
	if (!ymd_ok(year, mon, day))
		return 0;
	set_ymd(d, year, mon, day);
	*end = skip_year_word(t, c.end);
	return 1;
}

/* What joins a day to its month name: ' ' (spaces, "21. Juni"),
 * or '-' and '/' glued ("21-Jun-2024"); 0 when nothing fits. */
static int
day_sep(const struct text *t, size_t *i)
{
	int	 c = at(t, *i);

	if (c == '.') {
		if (digit_at(t, *i + 1))
			return 0;
		*i = skip_sp(t, *i + 1);
		return ' ';
	}
	if ((c == '-' || c == '/') && letter_at(t, *i + 1)) {
		(*i)++;
		return c;
	}
	if (skip_sp(t, *i) == *i)
		return 0;
	*i = skip_sp(t, *i);
	return ' ';
}

/* "24 نيسان / أبريل 2020": the month in a second calendar's name after
 * a slash; the position after it, or j. */
static size_t
skip_month_twin(const struct text *t, size_t j, int month)
{
	const struct month_name *mn;
	struct word	 w;
	size_t		 k = skip_sp(t, j);

	if (at(t, k) != '/' || !read_word(t, skip_sp(t, k + 1), &w) ||
	    (mn = month_of(&w)) == NULL || mn->month != month)
		return j;
	return w.end;
}

/*
 * A Solar Hijri day as a Gregorian one, by counting days (the
 * arithmetic of the 33-year cycle that Iran's calendar follows from 1304
 * to 1473 at least): 31 Khordad 1403 is 20 June 2024.
 */
static int
jalali_to_gregorian(int jy, int jm, int jd, int *gy, int *gm, int *gd)
{
	long	 days;
	int	 y, m, n;

	if (jy < 1300 || jy > 1500 || jm < 1 || jm > 12 || jd < 1 ||
	    jd > (jm <= 6 ? 31 : 30))
		return 0;
	/* 30 Esfand only in a leap year: else it is 1 Farvardin. */
	if (jm == 12 && jd == 30 && jalali_to_gregorian(jy, 12, 29, &y, &m,
	    &n) && jalali_to_gregorian(jy + 1, 1, 1, gy, gm, gd) &&
	    date_days(*gy, *gm, *gd) - date_days(y, m, n) == 1)
		return 0;
	jy += 1595;
	days = -355668L + 365L * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 +
	    jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
	y = 400 * (int)(days / 146097);
	days %= 146097;
	if (days > 36524) {
		days--;
		y += 100 * (int)(days / 36524);
		days %= 36524;
		if (days >= 365)
			days++;
	}
	y += 4 * (int)(days / 1461);
	days %= 1461;
	if (days > 365) {
		y += (int)((days - 1) / 365);
		days = (days - 1) % 365;
	}
	days++;
	for (m = 1; m <= 12; m++) {
		n = m == 2 && !leap(y) ? 28 : mdays[m - 1];
		if (days <= n)
			break;
		days -= n;
	}
	*gy = y;
	*gm = m;
	*gd = (int)days;
	return m <= 12;
}

/* "۳۱ خرداد ۱۴۰۳" (digits folded): day, Solar Hijri month, year. */
static int
day_month_jalali(const struct text *t, size_t j, const struct month_name *mn,
    int day, struct date *d, size_t *end)
{
	struct num	 y;
	size_t		 k = skip_sp(t, j);
	int		 gy, gm, gd;

	if (k == j || !read_num(t, k, &y) || y.ndig != 4 ||
	    !jalali_to_gregorian(y.val, mn->month, day, &gy, &gm, &gd) ||
	    !ymd_ok(gy, gm, gd))
		return 0;
	set_ymd(d, gy, gm, gd);
	*end = skip_year_word(t, y.end);
	return 1;
}

/* "21 June 2024", "21st of June", "21. Juni 2024", "1er juin",
 * "21 de junio de 2024", "21 июня 2024 г.", "21-Jun-2024", "21 June". */
static int
day_month(const struct text *t, size_t i, struct date *d, size_t *end)
{
	const struct month_name *mn;
	struct num day, y;
	struct word w;
	size_t	 j, k;
	int	 sep, dot, year;

	if (!read_num(t, i, &day) || day.ndig > 2)
		return 0;
	j = skip_ordinal(t, day.end, day.val);
	if ((sep = day_sep(t, &j)) == 0)
		return 0;
	if (sep == ' ' && read_word(t, j, &w) && word_in(&w, day_links)) {
		k = skip_sp(t, w.end);
		if (k == w.end)
			return 0;
		j = k;
	}
	if (!read_word(t, j, &w) || (mn = month_of(&w)) == NULL)
		return 0;
	j = w.end;
	if (mn->flags & MN_JALALI)
		return sep == ' ' && day_month_jalali(t, j, mn, day.val, d,
		    end);
	dot = skip_month_dot(t, &j, mn);
	if (sep == ' ')
		j = skip_month_twin(t, j, mn->month);
	if (sep != ' ') {
		if (at(t, j) != sep || !read_num(t, j + 1, &y) ||
		    y.ndig != 4)
			return 0;
		year = y.val;
		j = y.end;
	} else if (!year_part(t, j, &year, &j))
		return 0;
	if (year == 0 && !yearless_ok(t, mn, &w, dot, 0, j))
		return 0;
	if (!ymd_ok(year, mn->month, day.val))
		return 0;
	set_ymd(d, year, mn->month, day.val);
	*end = j;
	return 1;
}

/* "June 21, 2024", "Jun 21 2024", "Sept. 3, 2024", "June 21st", but not
 * "June 2024" nor the weekday in "Mar 21 Jun 2024" (Spanish "martes"). */
static int
month_day(const struct text *t, size_t i, struct date *d, size_t *end)
{
	const struct month_name *mn;
	struct num day;
	struct word w;
	size_t	 j, k;
	int	 dot = 0, year;

	if (!read_word(t, i, &w) || (mn = month_of(&w)) == NULL)
		return 0;
	j = w.end;
	if (at(t, j) == '.') {
		j++;
		dot = 1;
	}
	k = skip_sp(t, j);
	if (k == j || !read_num(t, k, &day) || day.ndig > 2)
		return 0;
	j = skip_ordinal(t, day.end, day.val);
	if (letter_at(t, j) || number_goes_on(t, j) ||
	    month_at(t, skip_sp(t, j)))
		return 0;
	if (!year_part(t, j, &year, &j))
		return 0;
	if (year == 0 && !yearless_ok(t, mn, &w, dot, 1, j))
		return 0;
	if (!ymd_ok(year, mn->month, day.val))
		return 0;
	set_ymd(d, year, mn->month, day.val);
	*end = j;
	return 1;
}

/* A date at i, and the time after it when with_time. */
static int
date_at(const struct text *t, size_t i, enum date_order o, int with_time,
    struct date *d, size_t *end)
{
	size_t	 e;
	int	 iso = 0;

	date_clear(d);
	if (digit_at(t, i)) {
		if (ymd_num(t, i, d, end))
			iso = 1;
		else if (!ymd_cjk(t, i, d, end) && !dmy_num(t, i, o, d, end) &&
		    !day_month(t, i, d, end) &&
		    !year_month_day(t, i, d, end))
			return 0;
	} else if (!month_day(t, i, d, end))
		return 0;
	if (with_time && d->hour < 0 && time_after(t, *end, iso, d, &e))
		*end = e;
	return 1;
}

/* A date at i, or a time and then a date: "13:32, 21 June 2024",
 * "14:05 | 21.06.2024". */
static int
match_at(const struct text *t, size_t i, enum date_order o, struct date *d,
    size_t *end)
{
	struct date tm;
	size_t	 j;

	date_clear(&tm);
	if (digit_at(t, i) && read_time(t, i, TM_DOT, &tm, &j)) {
		j = skip_gap(t, j);
		if (date_at(t, j, o, 0, d, end) && d->hour < 0) {
			d->hour = tm.hour;
			d->minute = tm.minute;
			d->second = tm.second;
			d->has_offset = tm.has_offset;
			d->offset = tm.offset;
			return 1;
		}
	}
	return date_at(t, i, o, 1, d, end);
}

/* Nothing that continues a word or a number may come before a date:
 * "2021.06.2024" holds no 21.06.2024, "21-23 June 2024" no 23 June. */
static int
left_ok(const struct text *t, size_t b)
{
	unsigned cp;
	size_t	 k;

	if (b == 0)
		return 1;
	k = dec_back(t, b, &cp);
	if ((is_letter(cp) && !is_cjk(cp)) || is_digit(cp))
		return 0;
	if (cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-' ||
	    cp == '+' || cp == 0x2013 || cp == 0x2014)
		return !(k > 0 && digit_at(t, k - 1));
	return 1;
}

/* Nor after it; a slash may, for URLs: /2024/06/21/12345-slug. */
static int
right_ok(const struct text *t, size_t e)
{
	unsigned cp;

	dec(t, e, &cp);
	return (!is_letter(cp) || is_cjk(cp)) && !is_digit(cp) &&
	    !number_goes_on(t, e);
}

static int
try_at(const struct text *t, size_t b, enum date_order o, struct date *d,
    size_t *end)
{
	return left_ok(t, b) && match_at(t, b, o, d, end) &&
	    right_ok(t, *end);
}

/* Where the spaces that end at i start, looking no further back than
 * lo. */
static size_t
spaces_back(const struct text *t, size_t i, size_t lo)
{
	unsigned cp;
	size_t	 j;
	int	 n;

	for (n = 0; n < SPMAX && i > lo; n++) {
		j = dec_back(t, i, &cp);
		if (!is_space(cp))
			break;
		i = j;
	}
	return i;
}

/* Where the word that ends at k starts, or NONE: no word, or one longer
 * than WORDMAX bytes, or one that reaches back to lo. */
static size_t
word_back(const struct text *t, size_t k, size_t lo)
{
	unsigned cp;
	size_t	 i, j;

	for (i = k; i > lo && k - i <= WORDMAX; i = j) {
		j = dec_back(t, i, &cp);
		if (!is_letter(cp))
			break;
	}
	if (i == k || k - i > WORDMAX || (i == lo && lo > 0))
		return NONE;
	return i;
}

/* The start of the word that ends just before the day at q, past spaces
 * and a dot ("June 21", "Sept. 3"), or NONE. */
static size_t
word_before(const struct text *t, size_t q, size_t lo)
{
	size_t	 i = spaces_back(t, q, lo);

	if (i == q)
		return NONE;
	if (i > lo && t->s[i - 1] == '.')
		i--;
	return word_back(t, i, lo);
}

/* The start of the weekday before the date at b ("Friday, ", "Fri., ",
 * "пятница, ", "sexta-feira, "), or b. */
static size_t
weekday_before(const struct text *t, size_t b, size_t lo)
{
	struct word w;
	unsigned cp;
	size_t	 i = spaces_back(t, b, lo), j;

	if (i > lo && t->s[i - 1] == ',')
		i--;
	if (i == b)
		return b;
	if (i > lo && t->s[i - 1] == '.')
		i--;
	if ((j = word_back(t, i, lo)) == NONE || !read_word(t, j, &w) ||
	    w.end != i || !word_in(&w, weekdays))
		return b;
	if (j > lo) {
		i = dec_back(t, j, &cp);
		if ((cp == '-' || cp == '\'' || cp == 0x2019) &&
		    (i = word_back(t, i, lo)) != NONE)
			j = i;
	}
	return left_ok(t, j) ? j : b;
}

/* A day just before the month name at b: "21 June 20 people" holds no
 * "June 20". */
static int
day_before(const struct text *t, size_t b)
{
	unsigned cp;
	size_t	 i = b, j;
	int	 n;

	for (n = 0; n < SPMAX && i > 0; n++) {
		j = dec_back(t, i, &cp);
		if (!is_space(cp))
			break;
		i = j;
	}
	if (i > 0 && t->s[i - 1] == '.')
		i--;
	return i > 0 && digit_at(t, i - 1);
}

/* "20240621", the whole of a date_parse() string. */
static int
compact_ymd(const struct text *t, size_t a, size_t b, struct date *d)
{
	struct num n;

	if (b - a != 8 || !read_num(t, a, &n) || n.end != b)
		return 0;
	date_clear(d);
	if (!ymd_ok(n.val / 10000, n.val / 100 % 100, n.val % 100))
		return 0;
	set_ymd(d, n.val / 10000, n.val / 100 % 100, n.val % 100);
	return 1;
}

/* The words in [i, e), or -1 when it holds a digit: a second number
 * beside a date in date_parse() makes it doubtful. */
static int
label_words(const struct text *t, size_t i, size_t e)
{
	unsigned cp;
	int	 words = 0, in = 0;

	while (i < e) {
		i += dec(t, i, &cp);
		if (is_digit(cp))
			return -1;
		if (is_letter(cp)) {
			words += !in;
			in = 1;
		} else
			in = 0;
	}
	return words;
}

int
date_parse(const char *s, size_t len, enum date_order o, struct date *d)
{
	struct text t = { s, len };
	struct date tmp;
	size_t	 a, b, k, start, end;
	unsigned cp;
	int	 w1, w2;

	for (a = 0; a < len; a += k) {
		k = dec(&t, a, &cp);
		if (!is_space(cp))
			break;
	}
	for (b = len; b > a; b = k) {
		k = dec_back(&t, b, &cp);
		if (!is_space(cp))
			break;
	}
	if (compact_ymd(&t, a, b, &tmp)) {
		*d = tmp;
		return 1;
	}
	if (!date_find(s, len, o, &tmp, &start, &end))
		return 0;
	w1 = label_words(&t, 0, start);
	w2 = label_words(&t, end, len);
	if (w1 < 0 || w2 < 0 || w1 + w2 > MAXLABELS)
		return 0;
	*d = tmp;
	return 1;
}

#define FOLD_MAX	65536

/* U+0660-0669 or U+06F0-06F9 at u (two bytes readable). */
static int
is_eastern_digit(const unsigned char *u)
{
	return (u[0] == 0xD9 && u[1] >= 0xA0 && u[1] <= 0xA9) ||
	    (u[0] == 0xDB && u[1] >= 0xB0 && u[1] <= 0xB9);
}

/*
 * Eastern Arabic and Persian digits ("٢١ يونيو ٢٠٢٤") read as ASCII
 * ones: a copy of s with each written as its ASCII digit, map[k] the
 * offset in s of the copy's byte k (map[n] = len).  Returns the copy's
 * length, or 0 (and nothing allocated) when s has no such digit.
 */
static size_t
fold_digits(const char *s, size_t len, char **out, size_t **map)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t	 i, o = 0;
	int	 any = 0;

	/* A date stands in a line, not in a book: past FOLD_MAX bytes the
	 * copy and its map (nine bytes a byte) would cost more than the
	 * search. */
	if (len > FOLD_MAX)
		return 0;
	for (i = 0; i + 1 < len && !any; i++)
		any = is_eastern_digit(u + i);
	if (!any)
		return 0;
	*out = xmalloc(len + 1);
	*map = xmalloc((len + 1) * sizeof(**map));
	for (i = 0; i < len; o++) {
		(*map)[o] = i;
		if (i + 1 < len && is_eastern_digit(u + i)) {
			(*out)[o] = (char)('0' + (u[i] == 0xD9 ?
			    u[i + 1] - 0xA0 : u[i + 1] - 0xB0));
			i += 2;
		} else
			(*out)[o] = s[i++];
	}
	(*map)[o] = len;
	(*out)[o] = '\0';
	return o;
}

/*
 * Every date holds a digit, so the scan jumps from one run of digits to
 * the next and tries a month name just before it ("June 21") and the run
 * itself ("21 June", "21.06.2024", "13:32, 21 June").  The first complete
 * date wins; a date without a year is kept in case none comes.  Nothing
 * before p, the end of what was read already, is looked at again.
 */
static int
find_in(const char *s, size_t len, enum date_order o, struct date *d,
    size_t *start, size_t *end)
{
	struct text t = { s, len };
	struct date cur, first;
	size_t	 p = 0, q, r, b, e, fs = 0, fe = 0;
	int	 have = 0;

	for (;;) {
		for (q = p; q < len && !digit_at(&t, q); q++)
			continue;
		if (q >= len)
			break;
		for (r = q; digit_at(&t, r); r++)
			continue;
		b = word_before(&t, q, p);
		if (b == NONE || day_before(&t, b) ||
		    !try_at(&t, b, o, &cur, &e)) {
			b = q;
			if (!try_at(&t, b, o, &cur, &e)) {
				p = r;
				continue;
			}
		}
		b = weekday_before(&t, b, p);
		if (cur.year != 0) {
			*d = cur;
			*start = b;
			*end = e;
			return 1;
		}
		if (!have) {
			have = 1;
			first = cur;
			fs = b;
			fe = e;
		}
		p = e > r ? e : r;
	}
	if (!have)
		return 0;
	*d = first;
	*start = fs;
	*end = fe;
	return 1;
}

/* The date in s, its Eastern Arabic digits read as ASCII ones; start
 * and end are offsets in s. */
int
date_find(const char *s, size_t len, enum date_order o, struct date *d,
    size_t *start, size_t *end)
{
	char	*ascii;
	size_t	*map, n;
	int	 found;

	if ((n = fold_digits(s, len, &ascii, &map)) == 0)
		return find_in(s, len, o, d, start, end);
	if ((found = find_in(ascii, n, o, d, start, end))) {
		*start = map[*start];
		*end = map[*end];
	}
	free(ascii);
	free(map);
	return found;
}

/*
 * Relative dates.
 */

/* What date_relative() has read: a span back from now. */
struct rel {
	long		 months;
	long long	 secs;
	int		 timed;		/* the span is not whole days */
};

/* floor(a / b) for b > 0, whatever the sign of a. */
static long long
floor_div(long long a, long long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The inverse of date_days(): Howard Hinnant's civil_from_days. */
static void
civil_from_days(long z, int *y, int *m, int *d)
{
	long	 era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int
month_len(int y, int m)
{
	return m == 2 && !leap(y) ? 28 : mdays[m - 1];
}

static int
now_timed(const struct date *now)
{
	return now->hour >= 0 && now->minute >= 0;
}

/* A reference time date_relative() can count back from. */
static int
now_ok(const struct date *now)
{
	if (!date_valid_ymd(now->year, now->month, now->day))
		return 0;
	if (now->hour < 0 && now->minute < 0)
		return 1;
	return now->hour >= 0 && now->hour <= 23 && now->minute >= 0 &&
	    now->minute <= 59 && now->second <= 60;
}

/*
 * now less r, in now's wall time: months first, clamped to the end of
 * the month ("1 month ago" on 31 March is 29 February), then seconds.
 * The result is a day, or a time to the minute when r is timed.
 */
static int
rel_resolve(const struct date *now, const struct rel *r, struct date *d)
{
	long long sec;
	long	 mon, days;
	int	 y, m, day;

	if (r->timed && !now_timed(now))
		return 0;
	mon = (long)now->year * 12 + now->month - 1 - r->months;
	y = (int)floor_div(mon, 12);
	m = (int)(mon - (long)y * 12) + 1;
	if (y < YEAR_MIN || y > YEAR_MAX)
		return 0;
	day = now->day < month_len(y, m) ? now->day : month_len(y, m);
	sec = (long long)date_days(y, m, day) * U_DAY - r->secs;
	date_clear(d);
	/* A leap second (23:59:60) counts as 23:59:59. */
	if (r->timed)
		sec += now->hour * U_HOUR + now->minute * U_MIN +
		    (now->second < 0 ? 0 : now->second > 59 ? 59 : now->second);
	days = (long)floor_div(sec, U_DAY);
	civil_from_days(days, &y, &m, &day);
	if (y < YEAR_MIN || y > YEAR_MAX)
		return 0;
	set_ymd(d, y, m, day);
	if (r->timed) {
		sec -= (long long)days * U_DAY;
		d->hour = (int)(sec / U_HOUR);
		d->minute = (int)(sec % U_HOUR / U_MIN);
	}
	d->has_offset = now->has_offset;
	d->offset = now->offset;
	return 1;
}

/* Past an apostrophe (' or ’) or a hyphen at i, as c asks; NONE when
 * there is none. */
static size_t
skip_joiner(const struct text *t, size_t i, int c)
{
	unsigned cp;
	size_t	 n = dec(t, i, &cp);

	if (c == '\'' && (cp == '\'' || cp == 0x2019))
		return i + n;
	if (c == '-' && (cp == '-' || cp == 0x2010 || cp == 0x2011))
		return i + n;
	return NONE;
}

/* An apostrophe or a hyphen glued to a letter: "today's", "avant-hier". */
static int
joined_at(const struct text *t, size_t i)
{
	size_t	 j;

	if ((j = skip_joiner(t, i, '\'')) == NONE &&
	    (j = skip_joiner(t, i, '-')) == NONE)
		return 0;
	return letter_at(t, j);
}

/* Nothing that goes on with a word or a number after a match at e. */
static int
rel_right_ok(const struct text *t, size_t e)
{
	unsigned cp;

	dec(t, e, &cp);
	return !is_letter(cp) && !is_digit(cp) && !joined_at(t, e);
}

/* Nor before the match at b, whose first character is a letter or a
 * digit: "2.5 hours ago" holds no "5 hours ago", "avant-hier" no
 * "hier". */
static int
rel_left_ok(const struct text *t, size_t b)
{
	unsigned cp;
	size_t	 k;

	if (b == 0)
		return 1;
	if (digit_at(t, b))
		return left_ok(t, b);
	k = dec_back(t, b, &cp);
	if (is_letter(cp) || is_digit(cp))
		return 0;
	if (k == 0 || (cp != '\'' && cp != 0x2019 && cp != '-' &&
	    cp != 0x2010 && cp != 0x2011))
		return 1;
	dec_back(t, k, &cp);
	return !is_letter(cp);
}

/*
 * The phrase p (see the tables) at the word w already read: sets *end
 * past it.  Only the first word is compared before more is read, so
 * looking through a table costs little.
 */
static int
phrase_at(const struct text *t, const struct word *w, const char *p,
    size_t *end)
{
	struct word x;
	size_t	 n = strcspn(p, " '-"), j, k;
	int	 sep;

	if (w->n != n || memcmp(w->f, p, n) != 0)
		return 0;
	j = w->end;
	while (p[n] != '\0') {
		sep = p[n];
		p += n + 1;
		n = strcspn(p, " '-");
		if (sep == ' ') {
			if ((k = skip_sp(t, j)) == j)
				return 0;
		} else if ((k = skip_joiner(t, j, sep)) == NONE)
			return 0;
		if (!read_word(t, k, &x) || x.n != n ||
		    memcmp(x.f, p, n) != 0)
			return 0;
		j = x.end;
	}
	*end = j;
	return 1;
}

static int
phrase_in(const struct text *t, const struct word *w,
    const char *const *list, size_t *end)
{
	for (; *list != NULL; list++)
		if (phrase_at(t, w, *list, end))
			return 1;
	return 0;
}

static const struct rel_unit *
unit_of(const struct word *w)
{
	size_t	 k;

	for (k = 0; k < NITEMS(rel_units); k++)
		if (rel_units[k].name[0] == w->f[0] &&
		    strcmp(rel_units[k].name, w->f) == 0)
			return &rel_units[k];
	return NULL;
}

static int
number_word(const struct word *w)
{
	size_t	 k;

	for (k = 0; k < NITEMS(rel_numbers); k++)
		if (rel_numbers[k].name[0] == w->f[0] &&
		    strcmp(rel_numbers[k].name, w->f) == 0)
			return rel_numbers[k].val;
	return -1;
}

/* The unit at i, and its dot when it is an abbreviation. */
static const struct rel_unit *
unit_at(const struct text *t, size_t i, size_t *end)
{
	const struct rel_unit *u;
	struct word w;

	if (!read_word(t, i, &w) || (u = unit_of(&w)) == NULL)
		return NULL;
	*end = w.end;
	if ((u->flags & RU_ABBR) && at(t, w.end) == '.')
		(*end)++;
	return u;
}

/*
 * One amount at i: "2 hours", "2h", "an hour", "un'ora", "einer Stunde",
 * or a unit that means one by itself ("час", "godzinę").  Sets *u and
 * *count, how many of it.
 */
static int
amount_at(const struct text *t, size_t i, const struct rel_unit **u,
    long long *count, size_t *end)
{
	struct num n;
	struct word w;
	size_t	 j;
	int	 val;

	if (digit_at(t, i)) {
		if (!read_num(t, i, &n) || n.ndig > RELDIG)
			return 0;
		val = n.val;
		j = skip_sp(t, n.end);
	} else if (!read_word(t, i, &w))
		return 0;
	else if ((val = number_word(&w)) >= 0) {
		if ((j = skip_joiner(t, w.end, '\'')) == NONE &&
		    (j = skip_sp(t, w.end)) == w.end)
			return 0;
	} else {
		val = 1;
		j = i;
	}
	if ((*u = unit_at(t, j, end)) == NULL)
		return 0;
	if (j == i && !((*u)->flags & RU_ONE))
		return 0;
	*count = val;
	return 1;
}

/* Where the amount after the one that ends at e may start: past spaces,
 * a comma or a word for "and". */
static size_t
next_amount(const struct text *t, size_t e)
{
	struct word w;
	size_t	 j = skip_sp(t, e), k;

	if (at(t, j) == ',')
		j = skip_sp(t, j + 1);
	if (read_word(t, j, &w) && word_in(&w, rel_and) &&
	    (k = skip_sp(t, w.end)) > w.end)
		j = k;
	return j;
}

/* "2 hours", "1 hour 20 minutes", "1 Stunde und 20 Minuten": at most
 * RELMAX amounts, each unit smaller than the one before. */
static int
amounts_at(const struct text *t, size_t i, struct rel *r, size_t *end)
{
	const struct rel_unit *u;
	long long count, size, last = 0;
	size_t	 e;
	int	 n;

	memset(r, 0, sizeof(*r));
	for (n = 0; n < RELMAX; n++) {
		if (n > 0 && (i = next_amount(t, *end)) == *end)
			break;
		if (!amount_at(t, i, &u, &count, &e))
			break;
		size = u->months > 0 ? u->months * 31 * U_DAY : u->secs;
		if (n > 0 && size >= last)
			break;
		last = size;
		r->months += count * u->months;
		r->secs += count * u->secs;
		if (u->secs % U_DAY != 0)
			r->timed = 1;
		*end = e;
	}
	return n > 0;
}

/* "vor 2 Stunden", "il y a 3 heures", "hace 2 días" at the word w. */
static int
rel_before_at(const struct text *t, const struct word *w, struct rel *r,
    size_t *end)
{
	struct word x;
	size_t	 j, k;

	if (!phrase_in(t, w, rel_before, &j) ||
	    (k = skip_sp(t, j)) == j || !amounts_at(t, k, r, end))
		return 0;
	/* "há 2 dias atrás" says it twice */
	k = skip_sp(t, *end);
	if (k > *end && read_word(t, k, &x) && word_in(&x, rel_after))
		*end = x.end;
	return rel_right_ok(t, *end);
}

/* "2 hours ago", "5 минут назад", "час назад" at i. */
static int
rel_after_at(const struct text *t, size_t i, struct rel *r, size_t *end)
{
	struct word x;
	size_t	 e, k;

	if (!amounts_at(t, i, r, &e) || (k = skip_sp(t, e)) == e ||
	    !read_word(t, k, &x) || !word_in(&x, rel_after))
		return 0;
	*end = x.end;
	return rel_right_ok(t, *end);
}

/*
 * "yesterday", "heute", "вчера в 21:15", "hier à 18h30", "just now" at
 * the word w.  The text [a, b) is the whole string less its spaces.
 */
static int
rel_day_at(const struct text *t, const struct word *w, size_t i, size_t a,
    size_t b, const struct date *now, struct date *d)
{
	const struct rel_day *rd;
	struct date tm;
	struct rel r;
	size_t	 k, e, te;
	int	 timed;

	for (k = 0; k < NITEMS(rel_days); k++)
		if (phrase_at(t, w, rel_days[k].phrase, &e))
			break;
	if (k == NITEMS(rel_days) || !rel_right_ok(t, e))
		return 0;
	rd = &rel_days[k];
	date_clear(&tm);
	timed = !(rd->flags & RD_NOW) && time_after(t, e, 0, &tm, &te);
	if ((rd->flags & RD_STRICT) && !timed && (i != a || e != b))
		return 0;
	memset(&r, 0, sizeof(r));
	r.secs = -rd->days * U_DAY;
	r.timed = (rd->flags & RD_NOW) && now_timed(now);
	if (!rel_resolve(now, &r, d))
		return 0;
	if (timed) {
		d->hour = tm.hour;
		d->minute = tm.minute;
		d->second = tm.second;
		if (tm.has_offset) {
			d->has_offset = 1;
			d->offset = tm.offset;
		}
	}
	return 1;
}

/* A relative date that starts at i, which starts a word or a number. */
static int
rel_at(const struct text *t, size_t i, size_t a, size_t b,
    const struct date *now, struct date *d)
{
	struct word w;
	struct rel r;
	size_t	 e;

	if (!rel_left_ok(t, i))
		return 0;
	if (read_word(t, i, &w) &&
	    (rel_day_at(t, &w, i, a, b, now, d) ||
	    (rel_before_at(t, &w, &r, &e) && rel_resolve(now, &r, d))))
		return 1;
	return rel_after_at(t, i, &r, &e) && rel_resolve(now, &r, d);
}

/*
 * Each word and number is tried once, and each try reads a bounded
 * number of words: linear in len.  The first relative date in the text
 * wins.
 */
int
date_relative(const char *s, size_t len, const struct date *now,
    struct date *d)
{
	struct text t = { s, len };
	struct date tmp;
	unsigned cp, prev = ' ';
	size_t	 a, b, i, n;

	if (!now_ok(now))
		return 0;
	for (a = 0; a < len; a += n) {
		n = dec(&t, a, &cp);
		if (!is_space(cp))
			break;
	}
	for (b = len; b > a; b = n) {
		n = dec_back(&t, b, &cp);
		if (!is_space(cp))
			break;
	}
	for (i = a; i < b; i += n, prev = cp) {
		n = dec(&t, i, &cp);
		if ((is_letter(cp) || digit_at(&t, i)) && !is_letter(prev) &&
		    !is_digit(prev) && rel_at(&t, i, a, b, now, &tmp)) {
			*d = tmp;
			return 1;
		}
	}
	return 0;
}

size_t
date_format(const struct date *d, char *buf, size_t size)
{
	char	 tmp[64];
	size_t	 n;
	int	 off;

	if (size > 0)
		buf[0] = '\0';
	if (d->year < 1 || d->year > 9999 ||
	    !date_valid_ymd(d->year, d->month, d->day))
		return 0;
	n = (size_t)snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", d->year,
	    d->month, d->day);
	if (d->hour >= 0 && d->hour <= 23 && d->minute >= 0 &&
	    d->minute <= 59) {
		n += (size_t)snprintf(tmp + n, sizeof(tmp) - n, "T%02d:%02d",
		    d->hour, d->minute);
		if (d->second >= 0 && d->second <= 60)
			n += (size_t)snprintf(tmp + n, sizeof(tmp) - n,
			    ":%02d", d->second);
		off = d->offset < 0 ? -d->offset : d->offset;
		if (d->has_offset && d->offset == 0)
			tmp[n++] = 'Z';
		else if (d->has_offset && off < 24 * 60)
			n += (size_t)snprintf(tmp + n, sizeof(tmp) - n,
			    "%c%02d:%02d", d->offset < 0 ? '-' : '+',
			    off / 60, off % 60);
	}
	if (n >= size)
		return 0;
	memcpy(buf, tmp, n);
	buf[n] = '\0';
	return n;
}

int
date_valid_ymd(int year, int month, int day)
{
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
		return 0;
	if (month == 2 && day == 29)
		return leap(year);
	return day <= mdays[month - 1];
}

static int
cmp_int(int a, int b)
{
	return (a > b) - (a < b);
}

int
date_cmp(const struct date *a, const struct date *b)
{
	int	 r;

	if ((r = cmp_int(a->year, b->year)) != 0 ||
	    (r = cmp_int(a->month, b->month)) != 0 ||
	    (r = cmp_int(a->day, b->day)) != 0)
		return r;
	if ((r = cmp_int(a->hour < 0 ? 0 : a->hour,
	    b->hour < 0 ? 0 : b->hour)) != 0)
		return r;
	return cmp_int(a->minute < 0 ? 0 : a->minute,
	    b->minute < 0 ? 0 : b->minute);
}

long
date_days(int y, int m, int d)
{
	/* Howard Hinnant's days_from_civil. */
	long	 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int
date_republished(const char *published, const char *modified,
    const struct date *shown)
{
	struct date	 pub, mod;

	return published != NULL && modified != NULL &&
	    date_parse(published, strlen(published), DATE_ORDER_UNKNOWN,
	    &pub) && date_parse(modified, strlen(modified),
	    DATE_ORDER_UNKNOWN, &mod) && pub.day != 0 && mod.day != 0 &&
	    shown->year == mod.year && shown->month == mod.month &&
	    shown->day == mod.day && date_days(mod.year, mod.month, mod.day) >
	    date_days(pub.year, pub.month, pub.day);
}

int
date_is_weekday(const char *s, size_t len)
{
	struct text	 t = { s, len };
	struct word	 w;
	size_t		 a = 0, b = len, k, chars = 0;

	while (a < b && (s[a] == ' ' || s[a] == '\n'))
		a++;
	while (b > a && strchr(" \n,.:", s[b - 1]) != NULL)
		b--;
	if (a == b || !read_word(&t, a, &w) || w.end != b)
		return 0;
	/* The abbreviations ("mar", "sun", "dom") are words too. */
	for (k = 0; k < w.n; k++)
		chars += ((unsigned char)w.f[k] & 0xC0) != 0x80;
	return chars > 3 && word_in(&w, weekdays);
}
