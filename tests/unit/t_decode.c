/* SPDX-License-Identifier: ISC */
/* decode(): charset choice (BOM, hint, <meta>, XML, detection, bytes that
 * contradict the declaration), conversion with U+FFFD, and the WHATWG
 * label table (decode.txt). */
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"
#include "charset_labels.h"
#include "decode.h"
#include "harness.h"

/* A byte string with its length: inputs may hold NULs. */
#define B(s)	s, sizeof(s) - 1

#define FFFD	"\xEF\xBF\xBD"

/* Sample text in legacy charsets (escaped: this file is UTF-8). */
#define RU1251	"\xCC\xE8\xED\xF1\xEA"			/* Минск */
#define RUKOI8	"\xED\xC9\xCE\xD3\xCB"			/* Минск */
#define RU1251_LONG "<p>\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xE2\xF1\xF2" \
	"\xF0\xE5\xF2\xE8\xEB\xF1\xFF \xF1 \xE6\xF3\xF0\xED\xE0\xEB\xE8\xF1" \
	"\xF2\xE0\xEC\xE8 \xE2 \xCC\xE8\xED\xF1\xEA\xE5 \xE8 \xF0\xE0\xF1\xF1" \
	"\xEA\xE0\xE7\xE0\xEB \xEE \xEF\xEB\xE0\xED\xE0\xF5.</p>"
#define RU_LONG	"<p>Президент встретился с журналистами в Минске и " \
	"рассказал о планах.</p>"

enum { ANY = -1 };

struct dcase {
	const char	*name;
	const char	*in;
	size_t		 len;
	const char	*hint;
	const char	*charset;
	int		 source;	/* enum charset_source */
	const char	*declared;
	const char	*unknown;
	int		 overruled;
	long		 nreplaced;	/* ANY: not checked */
	const char	*want;		/* NULL: not checked */
};

#define BOM	CHARSET_FROM_BOM
#define CALLER	CHARSET_FROM_CALLER
#define META	CHARSET_FROM_META
#define XML	CHARSET_FROM_XML
#define BYTES	CHARSET_FROM_BYTES
#define DEFAULT	CHARSET_FROM_DEFAULT

static const struct dcase dcases[] = {
	/* Byte order marks win over everything and are dropped. */
	{ "bom utf-8", B("\xEF\xBB\xBF<p>Минск</p>"), NULL,
	  "UTF-8", BOM, "", "", 0, 0, "<p>Минск</p>" },
	{ "bom utf-16le", B("\xFF\xFE\x1C\x04\x38\x04\x3D\x04\x41\x04\x3A\x04"),
	  NULL, "UTF-16LE", BOM, "", "", 0, 0, "Минск" },
	{ "bom utf-16be", B("\xFE\xFF\x04\x1C\x04\x38\x04\x3D\x04\x41\x04\x3A"),
	  NULL, "UTF-16BE", BOM, "", "", 0, 0, "Минск" },
	{ "utf-16le surrogates, lone surrogate, NUL, odd byte",
	  B("\xFF\xFE" "a\x00\x3D\xD8\x00\xDE\x00\xD8" "b\x00\x00\x00" "c"),
	  NULL, "UTF-16LE", BOM, "", "", 0, 3, "a😀" FFFD "b" FFFD FFFD },
	{ "utf-16be lone trail surrogate",
	  B("\xFE\xFF\xDC\x00\x00" "a"), NULL,
	  "UTF-16BE", BOM, "", "", 0, 1, FFFD "a" },
	{ "bom beats meta",
	  B("\xEF\xBB\xBF<meta charset=windows-1251><p>Минск</p>"), NULL,
	  "UTF-8", BOM, "windows-1251", "", 0, 0,
	  "<meta charset=windows-1251><p>Минск</p>" },
	{ "bom beats hint", B("\xEF\xBB\xBFМинск"), "windows-1251",
	  "UTF-8", BOM, "", "", 0, 0, "Минск" },
	{ "bom utf-8 with a bad byte", B("\xEF\xBB\xBF" "a\xFF" "b"), NULL,
	  "UTF-8", BOM, "", "", 0, 1, "a" FFFD "b" },

	/* The caller's hint beats the page and is not second-guessed. */
	{ "hint beats meta", B("<meta charset=utf-8><p>" RU1251 "</p>"),
	  "windows-1251", "windows-1251", CALLER, "UTF-8", "", 0, 0,
	  "<meta charset=utf-8><p>Минск</p>" },
	{ "hint is a label", B(RU1251), " CP1251 ",
	  "windows-1251", CALLER, "", "", 0, 0, "Минск" },
	{ "unknown hint ignored", B("<p>caf\xE9</p>"), "no-such-charset",
	  "windows-1252", BYTES, "", "", 0, 0, "<p>café</p>" },
	{ "hint utf-16", B("\x1C\x04\x38\x04"), "utf-16",
	  "UTF-16LE", CALLER, "", "", 0, 0, "Ми" },
	{ "hint utf-16be", B("\x04\x1C\x04\x38"), "UTF-16BE",
	  "UTF-16BE", CALLER, "", "", 0, 0, "Ми" },
	{ "hint x-user-defined", B("a\x80\xFF"), "x-user-defined",
	  "x-user-defined", CALLER, "", "", 0, 0,
	  "a\xEF\x9E\x80\xEF\x9F\xBF" },
	{ "hint utf-8 on cp1251 bytes stands", B("\xCC\xE8\xED"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 3, FFFD FFFD FFFD },

	/* <meta> prescan. */
	{ "meta charset unquoted",
	  B("<meta charset=windows-1251><p>" RU1251 "</p>"), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0,
	  "<meta charset=windows-1251><p>Минск</p>" },
	{ "meta http-equiv upper case",
	  B("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
	  "charset=windows-1251\"><p>" RU1251 "</p>"), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0, NULL },
	{ "meta content before http-equiv",
	  B("<meta content='text/html; charset=koi8-r' "
	  "http-equiv=content-type><p>" RUKOI8 "</p>"), NULL,
	  "KOI8-R", META, "KOI8-R", "", 0, 0,
	  "<meta content='text/html; charset=koi8-r' "
	  "http-equiv=content-type><p>Минск</p>" },
	{ "meta content without http-equiv is no declaration",
	  B("<meta content=\"text/html; charset=koi8-r\"><p>" RU1251 "</p>"),
	  NULL, "windows-1251", BYTES, "", "", 0, 0, NULL },
	{ "meta content, quoted charset",
	  B("<meta http-equiv=\"content-type\" content=\"text/html; "
	  "charset='windows-1251'\"><p>" RU1251 "</p>"), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0, NULL },
	{ "meta content, charset = with spaces",
	  B("<meta http-equiv=Content-Type content=\"text/html;"
	  "charset = windows-1251;\"><p>" RU1251 "</p>"), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0, NULL },
	{ "meta in a comment is ignored",
	  B("<!-- <meta charset=\"windows-1251\"> --><meta charset=\"koi8-r\">"
	  "<p>" RUKOI8 "</p>"), NULL,
	  "KOI8-R", META, "KOI8-R", "", 0, 0, NULL },
	{ "meta only in a comment",
	  B("<!--<meta charset=koi8-r>-->" RU1251_LONG), NULL,
	  "windows-1251", BYTES, "", "", 0, 0, NULL },
	{ "<!--> closes the comment",
	  B("<!--><meta charset=koi8-r><p>" RUKOI8 "</p>"), NULL,
	  "KOI8-R", META, "KOI8-R", "", 0, 0, NULL },
	{ "meta inside another tag's attribute",
	  B("<div title=\"<meta charset=koi8-r>\"><p>caf\xE9</p>"), NULL,
	  "windows-1252", BYTES, "", "", 0, 0, NULL },
	{ "metadata is not meta",
	  B("<metadata charset=koi8-r><p>caf\xE9</p>"), NULL,
	  "windows-1252", BYTES, "", "", 0, 0, NULL },
	{ "meta charset, spaces and quotes",
	  B("<meta charset = \" ISO-8859-2 \" ><p>\xA3\xF3" "d\xBC</p>"), NULL,
	  "ISO-8859-2", META, "ISO-8859-2", "", 0, 0,
	  "<meta charset = \" ISO-8859-2 \" ><p>Łódź</p>" },
	{ "meta/charset", B("<meta/charset=\"windows-1251\"/>" RU1251), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0, NULL },
	{ "meta utf-16 means utf-8",
	  B("<meta charset=\"utf-16\"><p>Минск</p>"), NULL,
	  "UTF-8", META, "UTF-8", "", 0, 0, NULL },
	{ "meta x-user-defined means windows-1252",
	  B("<meta charset=x-user-defined><p>caf\xE9</p>"), NULL,
	  "windows-1252", META, "windows-1252", "", 0, 0,
	  "<meta charset=x-user-defined><p>café</p>" },
	{ "meta unknown label",
	  B("<meta charset=\"x-klingon\"><p>" RU1251 "</p>"), NULL,
	  "windows-1251", BYTES, "", "x-klingon", 0, 0, NULL },
	{ "meta duplicate attribute: the first counts",
	  B("<meta charset=koi8-r charset=windows-1251><p>" RUKOI8 "</p>"),
	  NULL, "KOI8-R", META, "KOI8-R", "", 0, 0, NULL },
	{ "meta empty charset, then a good one",
	  B("<meta charset=\"\"><meta charset=windows-1251>" RU1251), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0, NULL },
	{ "meta label with odd bytes kept printable",
	  B("<meta charset=\"k\xF6i\"><p>x</p>"), NULL,
	  "windows-1252", BYTES, "", "k?i", 0, 0, NULL },
	{ "meta unterminated: no declaration",
	  B("<meta charset=\"koi8-r"), NULL,
	  "UTF-8", BYTES, "", "", 0, 0, NULL },

	/* XML declaration. */
	{ "xml declaration",
	  B("<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>" RU1251
	  "</p>"), NULL, "windows-1251", XML, "windows-1251", "", 0, 0,
	  "<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>Минск</p>" },
	{ "xml declaration, single quotes",
	  B("<?xml version='1.0' encoding='KOI8-R'?><p>" RUKOI8 "</p>"), NULL,
	  "KOI8-R", XML, "KOI8-R", "", 0, 0, NULL },
	{ "meta beats xml",
	  B("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>"
	  "<meta charset=windows-1251><p>" RU1251 "</p>"), NULL,
	  "windows-1251", META, "windows-1251", "", 0, 0, NULL },
	{ "xml utf-16 means utf-8",
	  B("<?xml version=\"1.0\" encoding=\"UTF-16\"?><p>Минск</p>"), NULL,
	  "UTF-8", XML, "UTF-8", "", 0, 0, NULL },
	{ "xml x-user-defined means windows-1252",
	  B("<?xml version=\"1.0\" encoding=\"x-user-defined\"?>caf\xE9"),
	  NULL, "windows-1252", XML, "windows-1252", "", 0, 0,
	  "<?xml version=\"1.0\" encoding=\"x-user-defined\"?>café" },
	{ "xml declaration not at the start",
	  B(" <?xml version=\"1.0\" encoding=\"koi8-r\"?><p>caf\xE9</p>"),
	  NULL, "windows-1252", BYTES, "", "", 0, 0, NULL },
	{ "xml encoding outside the declaration",
	  B("<?xml version=\"1.0\"?><p encoding=\"koi8-r\">caf\xE9</p>"),
	  NULL, "windows-1252", BYTES, "", "", 0, 0, NULL },
	{ "xml unknown encoding",
	  B("<?xml version=\"1.0\" encoding=\"ebcdic-xx\"?><p>caf\xE9</p>"),
	  NULL, "windows-1252", BYTES, "", "ebcdic-xx", 0, 0, NULL },
	{ "utf-16le xml without bom",
	  B("<\0?\0x\0m\0l\0?\0>\0\x1C\x04"), NULL,
	  "UTF-16LE", XML, "UTF-16LE", "", 0, 0, "<?xml?>М" },

	/* No declaration: the bytes decide. */
	{ "undeclared cp1251",
	  B("<html><body><p>" RU1251 "</p></body></html>"), NULL,
	  "windows-1251", BYTES, "", "", 0, 0,
	  "<html><body><p>Минск</p></body></html>" },
	{ "undeclared cp1251 sentence", B(RU1251_LONG), NULL,
	  "windows-1251", BYTES, "", "", 0, 0, RU_LONG },
	{ "undeclared cp1251 with a capitals headline",
	  B("<h1>\xCC\xC8\xCD\xD1\xCA</h1><p>\xCD\xEE\xE2\xEE\xF1\xF2\xE8 "
	  "\xE4\xED\xFF: \xEF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xE2\xF1\xF2"
	  "\xF0\xE5\xF2\xE8\xEB\xF1\xFF.</p>"), NULL,
	  "windows-1251", BYTES, "", "", 0, 0,
	  "<h1>МИНСК</h1><p>Новости дня: президент встретился.</p>" },
	{ "undeclared cp1251 ukrainian",
	  B("<p>\xCA\xE8\xBF\xE2 \x97 \xF1\xF2\xEE\xEB\xE8\xF6\xFF \xD3\xEA"
	  "\xF0\xE0\xBF\xED\xE8, \xEC\xB3\xF1\xF2\xEE \xE7 \xE1\xE0\xE3\xE0"
	  "\xF2\xEE\xFE \xB3\xF1\xF2\xEE\xF0\xB3\xBA\xFE.</p>"), NULL,
	  "windows-1251", BYTES, "", "", 0, 0,
	  "<p>Київ — столиця України, місто з багатою історією.</p>" },
	{ "undeclared cp1251 belarusian",
	  B("<p>\xCC\xB3\xED\xF1\xEA \x97 \xF1\xF2\xE0\xEB\xB3\xF6\xE0 \xC1"
	  "\xE5\xEB\xE0\xF0\xF3\xF1\xB3, \xE3\xEE\xF0\xE0\xE4 \xE7 \xE1\xE0"
	  "\xE3\xE0\xF2\xE0\xE9 \xE3\xB3\xF1\xF2\xEE\xF0\xFB\xFF\xE9.</p>"),
	  NULL, "windows-1251", BYTES, "", "", 0, 0,
	  "<p>Мінск — сталіца Беларусі, горад з багатай гісторыяй.</p>" },
	{ "undeclared koi8-r",
	  B("<html><head><title>\xEE\xCF\xD7\xCF\xD3\xD4\xC9</title></head>"
	  "<body><p>\xF0\xD2\xC5\xDA\xC9\xC4\xC5\xCE\xD4 \xD7\xD3\xD4\xD2"
	  "\xC5\xD4\xC9\xCC\xD3\xD1 \xD3 \xD6\xD5\xD2\xCE\xC1\xCC\xC9\xD3"
	  "\xD4\xC1\xCD\xC9 \xD7 \xED\xC9\xCE\xD3\xCB\xC5 \xC9 \xD2\xC1\xD3"
	  "\xD3\xCB\xC1\xDA\xC1\xCC \xCF \xD0\xCC\xC1\xCE\xC1\xC8.</p></body>"
	  "</html>"), NULL, "KOI8-R", BYTES, "", "", 0, 0,
	  "<html><head><title>Новости</title></head><body>" RU_LONG
	  "</body></html>" },
	{ "undeclared koi8-r word", B("<p>" RUKOI8 "</p>"), NULL,
	  "KOI8-R", BYTES, "", "", 0, 0, "<p>Минск</p>" },
	{ "undeclared cp1252 café", B("<p>caf\xE9</p>"), NULL,
	  "windows-1252", BYTES, "", "", 0, 0, "<p>café</p>" },
	{ "undeclared cp1252 german",
	  B("<p>M\xFCller f\xE4hrt \xFC" "ber die Stra\xDF" "e nach K\xF6ln."
	  "</p>"), NULL, "windows-1252", BYTES, "", "", 0, 0,
	  "<p>Müller fährt über die Straße nach Köln.</p>" },
	{ "undeclared cp1252 french",
	  B("<p>Le caf\xE9 de la gare \xE9tait ferm\xE9 \xE0 l\x92heure.</p>"),
	  NULL, "windows-1252", BYTES, "", "", 0, 0,
	  "<p>Le café de la gare était fermé à l’heure.</p>" },
	{ "undeclared cp1252 spanish",
	  B("<p>\xBF" "D\xF3nde est\xE1 el ni\xF1o? En la regi\xF3n de "
	  "Andaluc\xED" "a.</p>"), NULL, "windows-1252", BYTES, "", "", 0, 0,
	  "<p>¿Dónde está el niño? En la región de Andalucía.</p>" },
	{ "undeclared cp1250 polish",
	  B("<p>Za\xBF\xF3\xB3\xE6 g\xEA\x9Cl\xB9 ja\x9F\xF1. Wiadomo\x9C"
	  "ci z kraju i ze \x9Cwiata.</p>"), NULL,
	  "windows-1250", BYTES, "", "", 0, 0,
	  "<p>Zażółć gęślą jaźń. Wiadomości z kraju i ze świata.</p>" },
	{ "undeclared cp1250 czech",
	  B("<p>P\xF8\xEDli\x9A \x9Elu\x9Dou\xE8k\xFD k\xF9\xF2 \xFAp\xECl "
	  "\xEF\xE1" "belsk\xE9 \xF3" "dy.</p>"), NULL,
	  "windows-1250", BYTES, "", "", 0, 0,
	  "<p>Příliš žluťoučký kůň úpěl ďábelské ódy.</p>" },
	{ "undeclared cp1250 hungarian",
	  B("<p>\xC1rv\xEDzt\xFBr\xF5 t\xFCk\xF6rf\xFAr\xF3g\xE9p, \xF5 \xE9s "
	  "\xFB bet\xFBk.</p>"), NULL, "windows-1250", BYTES, "", "", 0, 0,
	  "<p>Árvíztűrő tükörfúrógép, ő és ű betűk.</p>" },
	{ "undeclared ascii is utf-8", B("<p>hello</p>"), NULL,
	  "UTF-8", BYTES, "", "", 0, 0, "<p>hello</p>" },
	{ "undeclared utf-8", B("<p>Минск, café, 日本</p>"), NULL,
	  "UTF-8", BYTES, "", "", 0, 0, "<p>Минск, café, 日本</p>" },
	{ "undeclared utf-8, one stray byte",
	  B("<p>Минск \xFF Минск</p>"), NULL,
	  "UTF-8", BYTES, "", "", 0, 1, "<p>Минск " FFFD " Минск</p>" },
	{ "empty input: nothing to go on", B(""), NULL,
	  "windows-1252", DEFAULT, "", "", 0, 0, "" },

	/* Declarations the bytes contradict. */
	{ "cp1251 label on utf-8 bytes",
	  B("<meta charset=windows-1251><p>Минск</p>"), NULL,
	  "UTF-8", BYTES, "windows-1251", "", 1, 0,
	  "<meta charset=windows-1251><p>Минск</p>" },
	{ "latin1 label on utf-8 bytes",
	  B("<meta http-equiv=content-type content=\"text/html;"
	  "charset=iso-8859-1\"><p>café, naïve</p>"), NULL,
	  "UTF-8", BYTES, "windows-1252", "", 1, 0, NULL },
	{ "shift_jis label on utf-8 bytes",
	  B("<meta charset=shift_jis><p>日本語</p>"), NULL,
	  "UTF-8", BYTES, "Shift_JIS", "", 1, 0,
	  "<meta charset=shift_jis><p>日本語</p>" },
	{ "latin1 label, one accidental utf-8 pair stands",
	  B("<meta charset=latin1><p>\xC3\xA9</p>"), NULL,
	  "windows-1252", META, "windows-1252", "", 0, 0,
	  "<meta charset=latin1><p>Ã©</p>" },
	{ "latin1 label, valid pairs but also a bad byte: it stands",
	  B("<meta charset=latin1><p>\xC3\xA9\xC3\xA8 \xE9</p>"), NULL,
	  "windows-1252", META, "windows-1252", "", 0, 0,
	  "<meta charset=latin1><p>Ã©Ã¨ é</p>" },
	{ "iso-8859-1 label decodes as windows-1252",
	  B("<meta charset=iso-8859-1><p>\x93hi\x94 caf\xE9</p>"), NULL,
	  "windows-1252", META, "windows-1252", "", 0, 0,
	  "<meta charset=iso-8859-1><p>“hi” café</p>" },
	{ "utf-8 label, damaged but mostly valid: kept",
	  B("<meta charset=utf-8>Минск\xE9 \xFF"), NULL,
	  "UTF-8", META, "UTF-8", "", 0, 2,
	  "<meta charset=utf-8>Минск" FFFD " " FFFD },
	{ "utf-8 label on cp1251 bytes",
	  B("<meta charset=utf-8>" RU1251_LONG), NULL,
	  "windows-1251", BYTES, "UTF-8", "", 1, 0,
	  "<meta charset=utf-8>" RU_LONG },
	{ "utf-8 label on koi8-r bytes",
	  B("<meta charset=utf-8><p>" RUKOI8 "</p>"), NULL,
	  "KOI8-R", BYTES, "UTF-8", "", 1, 0,
	  "<meta charset=utf-8><p>Минск</p>" },
	{ "utf-8 label, one stray byte: kept",
	  B("<meta charset=utf-8><p>Минск \xFF Минск</p>"), NULL,
	  "UTF-8", META, "UTF-8", "", 0, 1,
	  "<meta charset=utf-8><p>Минск " FFFD " Минск</p>" },

	/* UTF-8 validation. */
	{ "NUL bytes", B("a\0b\0"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 2, "a" FFFD "b" FFFD },
	{ "NUL bytes, undeclared", B("a\0b"), NULL,
	  "UTF-8", BYTES, "", "", 0, 1, "a" FFFD "b" },
	{ "truncated 2-byte at the end", B("abc\xD0"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 1, "abc" FFFD },
	{ "truncated 3-byte at the end", B("abc\xE2\x82"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 1, "abc" FFFD },
	{ "truncated 4-byte before ASCII", B("\xF0\x9F\x98" "A"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 1, FFFD "A" },
	{ "overlong 2-byte", B("\xC0\xAF"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 2, FFFD FFFD },
	{ "overlong 3-byte", B("\xE0\x80\xAF"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 3, FFFD FFFD FFFD },
	{ "surrogate", B("\xED\xA0\x80"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 3, FFFD FFFD FFFD },
	{ "past U+10FFFF", B("\xF4\x90\x80\x80"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 4, FFFD FFFD FFFD FFFD },
	{ "F5 lead", B("\xF5\x80"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 2, FFFD FFFD },
	{ "stray continuation", B("a\x80" "b"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 1, "a" FFFD "b" },
	{ "4-byte and max", B("\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 0, "😀\xF4\x8F\xBF\xBF" },
	{ "bad byte after an ASCII run",
	  B("0123456789abcdefghij\xFFklmnopqrstuvwxyz"), "utf-8",
	  "UTF-8", CALLER, "", "", 0, 1,
	  "0123456789abcdefghij" FFFD "klmnopqrstuvwxyz" },

	/* Single-byte charsets. */
	{ "windows-1252 0x80 and the bytes glibc rejects",
	  B("\x80\x81\x8D\x8F\x90\x9D\x9F"), "windows-1252",
	  "windows-1252", CALLER, "", "", 0, 0,
	  "€\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9DŸ" },
	{ "windows-1252 0x81 undeclared", B("caf\xE9 \x81"), NULL,
	  "windows-1252", BYTES, "", "", 0, 0, "café \xC2\x81" },
	{ "NUL in a single-byte charset", B("a\0\xE9"), "latin1",
	  "windows-1252", CALLER, "", "", 0, 1, "a" FFFD "é" },
	{ "windows-1251 0x98", B("\x98" RU1251), "cp1251",
	  "windows-1251", CALLER, "", "", 0, 0, "\xC2\x98Минск" },
	{ "windows-1253 through iconv: C1 and an undefined byte",
	  B("\x81\xC5\xEB\xEB\xDC\xE4\xE1\xAA"), "windows-1253",
	  "windows-1253", CALLER, "", "", 0, 1, "\xC2\x81Ελλάδα" FFFD },
	{ "IBM866", B("\x8C\xA8\xAD\xE1\xAA"), "866",
	  "IBM866", CALLER, "", "", 0, 0, "Минск" },
	{ "KOI8-U", B("\xEB\xC9\xA7\xD7"), "koi8-u",
	  "KOI8-U", CALLER, "", "", 0, 0, "Київ" },
	{ "macintosh", B("caf\x8E"), "mac",
	  "macintosh", CALLER, "", "", 0, 0, "café" },
	{ "x-mac-cyrillic", B("\x8C\xE8\xED\xF1\xEA"), "x-mac-ukrainian",
	  "x-mac-cyrillic", CALLER, "", "", 0, 0, "Минск" },
	{ "ISO-8859-8-I", B("\xF9\xEC\xE5\xED"), "logical",
	  "ISO-8859-8-I", CALLER, "", "", 0, 0, "שלום" },
	{ "windows-874", B("\xE4\xB7\xC2"), "tis-620",
	  "windows-874", CALLER, "", "", 0, 0, "ไทย" },
	{ "ISO-8859-2", B("\xA3\xF3" "d\xBC"), "latin2",
	  "ISO-8859-2", CALLER, "", "", 0, 0, "Łódź" },
	{ "NUL through iconv", B("\xA3\0\xBC"), "latin2",
	  "ISO-8859-2", CALLER, "", "", 0, 1, "Ł" FFFD "ź" },

	/* Multi-byte charsets. */
	{ "shift_jis in meta",
	  B("<meta charset=\"shift_jis\"><p>\x93\xFA\x96{\x8C\xEA</p>"), NULL,
	  "Shift_JIS", META, "Shift_JIS", "", 0, 0,
	  "<meta charset=\"shift_jis\"><p>日本語</p>" },
	{ "shift_jis bad byte", B("\x93\xFA\xFF\x96{"), "sjis",
	  "Shift_JIS", CALLER, "", "", 0, 1, "日" FFFD "本" },
	{ "shift_jis truncated at the end", B("\x93\xFA\x93"), "shift_jis",
	  "Shift_JIS", CALLER, "", "", 0, 1, "日" FFFD },
	{ "shift_jis NUL", B("\x93\xFA\0\x96{"), "windows-31j",
	  "Shift_JIS", CALLER, "", "", 0, 1, "日" FFFD "本" },
	{ "gbk in meta",
	  B("<meta charset=gbk>\xD6\xD0\xCE\xC4\xD0\xC2\xCE\xC5"), NULL,
	  "GBK", META, "GBK", "", 0, 0, "<meta charset=gbk>中文新闻" },
	{ "gb2312 means GBK",
	  B("<meta http-equiv=\"Content-Type\" content=\"text/html; "
	  "charset=gb2312\">\xD6\xD0\xCE\xC4"), NULL,
	  "GBK", META, "GBK", "", 0, 0, NULL },
	{ "GBK 0x80 is the euro sign", B("\x80\xD6\xD0"), "gbk",
	  "GBK", CALLER, "", "", 0, 0, "€中" },
	{ "gb18030 four-byte", B("\x81\x30\x81\x30"), "gb18030",
	  "gb18030", CALLER, "", "", 0, 0, "\xC2\x80" },
	{ "euc-kr in meta",
	  B("<meta charset=euc-kr>\xC7\xD1\xB1\xB9\xBE\xEE"), NULL,
	  "EUC-KR", META, "EUC-KR", "", 0, 0, "<meta charset=euc-kr>한국어" },
	{ "ks_c_5601-1987 means EUC-KR", B("\xC7\xD1"), "ks_c_5601-1987",
	  "EUC-KR", CALLER, "", "", 0, 0, "한" },
	{ "big5 in meta", B("<meta charset=big5>\xA4\xA4\xA4\xE5"), NULL,
	  "Big5", META, "Big5", "", 0, 0, "<meta charset=big5>中文" },
	{ "euc-jp", B("\xC6\xFC\xCB\xDC"), "euc-jp",
	  "EUC-JP", CALLER, "", "", 0, 0, "日本" },
	{ "iso-2022-jp",
	  B("<meta charset=iso-2022-jp>\x1B$BF|K\\\x1B(B!"), NULL,
	  "ISO-2022-JP", META, "ISO-2022-JP", "", 0, 0,
	  "<meta charset=iso-2022-jp>日本!" },

	/* replacement: the whole input is one U+FFFD. */
	{ "replacement in meta",
	  B("<meta charset=iso-2022-kr><p>hello</p>"), NULL,
	  "replacement", META, "replacement", "", 0, 1, FFFD },
	{ "replacement, empty input", B(""), "hz-gb-2312",
	  "replacement", CALLER, "", "", 0, 0, "" },
};

static void
check_case(const struct dcase *c)
{
	struct decoded	 d;
	int		 rc;

	rc = decode(c->in, c->len, c->hint, &d);
	INT_EQ(rc, 0, c->name);
	if (rc != 0)
		return;
	STR_EQ(d.charset, c->charset, c->name);
	INT_EQ(d.source, c->source, c->name);
	STR_EQ(d.declared, c->declared, c->name);
	STR_EQ(d.unknown_label, c->unknown, c->name);
	INT_EQ(d.overruled, c->overruled, c->name);
	if (c->nreplaced != ANY)
		INT_EQ(d.nreplaced, c->nreplaced, c->name);
	if (c->want != NULL)
		STR_EQ(d.text, c->want, c->name);
	OK(d.text != NULL && strlen(d.text) == d.len,
	    "%s: text has an interior NUL or a wrong length", c->name);
	decoded_free(&d);
}

/* A long input of one repeated unit, so that buffers must grow. */
static void
check_repeat(const char *name, const char *unit, size_t ulen, size_t n,
    const char *hint, const char *charset, const char *want, size_t wlen)
{
	struct decoded	 d;
	char		*in;
	size_t		 i, bad = 0;

	in = malloc(ulen * n);
	if (in == NULL)
		abort();
	for (i = 0; i < n; i++)
		memcpy(in + i * ulen, unit, ulen);
	INT_EQ(decode(in, ulen * n, hint, &d), 0, name);
	STR_EQ(d.charset, charset, name);
	INT_EQ(d.len, wlen * n, name);
	INT_EQ(d.nreplaced, 0, name);
	for (i = 0; d.text != NULL && i < n && i * wlen < d.len; i++)
		if (memcmp(d.text + i * wlen, want, wlen) != 0)
			bad++;
	INT_EQ(bad, 0, name);
	decoded_free(&d);
	free(in);
}

/* The prescan looks at the first 1024 bytes only. */
static void
check_window(void)
{
	static const char meta[] = "<meta charset=koi8-r><p>" RUKOI8 "</p>";
	struct decoded	 d;
	char		 buf[2048];
	size_t		 pad;

	for (pad = 900; pad <= 1100; pad += 200) {
		memset(buf, ' ', pad);
		memcpy(buf + pad, meta, sizeof(meta));
		INT_EQ(decode(buf, pad + sizeof(meta) - 1, NULL, &d), 0,
		    "window");
		STR_EQ(d.declared, pad < 1000 ? "KOI8-R" : "", "window");
		INT_EQ(d.source, pad < 1000 ? CHARSET_FROM_META :
		    CHARSET_FROM_BYTES, "window");
		/* Detected from the bytes anyway. */
		STR_EQ(d.charset, "KOI8-R", "window");
		decoded_free(&d);
	}
}

static void
check_misc(void)
{
	struct decoded	 d;

	INT_EQ(decode(NULL, 0, NULL, &d), 0, "NULL input");
	STR_EQ(d.text, "", "NULL input");
	decoded_free(&d);
	decoded_free(&d);
	OK(d.text == NULL, "decoded_free clears text");
	decoded_free(NULL);

	STR_EQ(charset_canonical(" UTF-8 "), "UTF-8", "canonical spaces");
	STR_EQ(charset_canonical("\tLatin1\n\f\r"), "windows-1252",
	    "canonical whitespace and case");
	STR_EQ(charset_canonical("GB2312"), "GBK", "canonical gb2312");
	STR_EQ(charset_canonical("Shift_JIS"), "Shift_JIS", "canonical sjis");
	STR_EQ(charset_canonical(""), NULL, "canonical empty");
	STR_EQ(charset_canonical("   "), NULL, "canonical blank");
	STR_EQ(charset_canonical("utf-8x"), NULL, "canonical utf-8x");
	STR_EQ(charset_canonical("utf"), NULL, "canonical prefix");
	STR_EQ(charset_canonical("\xC2\xA0utf-8"), NULL,
	    "canonical non-ASCII space");
	STR_EQ(charset_canonical("x-user-defined-and-then-some-more"), NULL,
	    "canonical long");
	STR_EQ(charset_canonical(NULL), NULL, "canonical NULL");

	check_repeat("gbk growth", "\xD6\xD0", 2, 50000, "gbk", "GBK",
	    "中", 3);
	check_repeat("cp1251 growth", "\xCC", 1, 100000, "windows-1251",
	    "windows-1251", "М", 2);
	check_repeat("utf-16 growth", "\x3D\xD8\x00\xDE", 4, 30000,
	    "utf-16le", "UTF-16LE", "😀", 4);
	check_repeat("big5 growth", "\xA4\xA4", 2, 40000, "big5", "Big5",
	    "中", 3);
	check_repeat("undeclared cp1251 long", RU1251 " ", 6, 20000, NULL,
	    "windows-1251", "Минск ", 11);
	check_window();
}

struct ccase {
	const char	*name;
	const char	*in;
	size_t		 len;
	const char	*hint;
	const char	*charset;
	int		 lo, hi;	/* confidence in [lo, hi] */
};

static const struct ccase ccases[] = {
	{ "bom", B("\xEF\xBB\xBF<p>caf\xC3\xA9</p>"), NULL, "UTF-8", 100, 100 },
	{ "hint", B("<p>caf\xE9</p>"), "latin1", "windows-1252", 100, 100 },
	{ "declared and consistent",
	  B("<meta charset=windows-1251><p>" RU1251 "</p>"), NULL,
	  "windows-1251", 100, 100 },
	{ "empty input", B(""), NULL, "windows-1252", 0, 0 },
	{ "undeclared ascii", B("<p>hello</p>"), NULL, "UTF-8", 100, 100 },
	{ "undeclared utf-8", B("<p>Минск, café</p>"), NULL, "UTF-8", 99, 99 },
	{ "undeclared utf-8, one sequence", B("<p>café</p>"), NULL,
	  "UTF-8", 90, 90 },
	{ "undeclared cp1251 sentence", B(RU1251_LONG), NULL,
	  "windows-1251", 90, 99 },
	{ "undeclared, one letter: little to go on", B("<p>caf\xE9</p>"),
	  NULL, "windows-1252", 50, 80 },
	{ "undeclared iso-2022-jp", B("\x1B$BF|K\\\x1B(B"), NULL,
	  "ISO-2022-JP", 99, 99 },
	/* The stray byte becomes U+FFFD: one character of three. */
	{ "undeclared iso-2022-jp with a stray latin1 byte",
	  B("\x1B$BF|K\\\x1B(B \xA9 2024"), NULL, "ISO-2022-JP", 66, 67 },
	{ "utf-8 label on iso-2022-jp", B("<meta charset=utf-8>"
	  "\x1B$BF|K\\\x1B(B"), NULL, "ISO-2022-JP", 99, 99 },
	{ "undeclared euc-jp, two characters", B("\xC6\xFC\xCB\xDC"), NULL,
	  "EUC-JP", 1, 20 },
	/* U+FFFD lowers it to the share of characters that came through. */
	{ "hint utf-8 on cp1251 bytes", B("\xCC\xE8\xED"), "utf-8",
	  "UTF-8", 0, 0 },
	{ "declared utf-8, 2 of 7 characters bad",
	  B("<meta charset=utf-8>Минск\xE9 \xFF"), NULL, "UTF-8", 71, 72 },
	{ "replacement", B("<meta charset=iso-2022-kr><p>x</p>"), NULL,
	  "replacement", 0, 0 },
};

static void
check_confidence(void)
{
	const struct ccase	*c;
	struct decoded		 d;
	size_t			 i;

	for (i = 0; i < sizeof(ccases) / sizeof(ccases[0]); i++) {
		c = &ccases[i];
		INT_EQ(decode(c->in, c->len, c->hint, &d), 0, c->name);
		STR_EQ(d.charset, c->charset, c->name);
		OK(d.confidence >= c->lo && d.confidence <= c->hi,
		    "%s: confidence %d, want %d-%d", c->name, d.confidence,
		    c->lo, c->hi);
		decoded_free(&d);
	}
}

/*
 * The detector reads a sample of SAMPLE_HIGH (16384) high bytes; here it
 * ends inside a GBK character, which must not count against GBK, and
 * the whole input is still decoded.
 */
static void
check_sample_cut(void)
{
	static const char unit[] = "\xD6\xD0\xB9\xFA";	/* 中国 */
	struct decoded	 d;
	char		*in;
	size_t		 i, n = 1 + 5000 * 4;

	if ((in = malloc(n)) == NULL)
		abort();
	in[0] = '\x80';		/* GBK's euro sign: one byte */
	for (i = 0; i < 5000; i++)
		memcpy(in + 1 + i * 4, unit, 4);
	INT_EQ(decode(in, n, NULL, &d), 0, "sample cut");
	STR_EQ(d.charset, "GBK", "sample cut");
	INT_EQ(d.nreplaced, 0, "sample cut");
	INT_EQ(d.len, 3 + 5000 * 6, "sample cut");
	OK(d.confidence >= 90, "sample cut: confidence %d", d.confidence);
	decoded_free(&d);
	free(in);
}

static int
ascii_upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

/*
 * decode.txt: every WHATWG label, in either case, names its encoding,
 * and iconv can decode from each (ASCII stays ASCII where the charset is
 * ASCII-compatible).
 */
static void
check_labels(const char *dir)
{
	struct cases	 c;
	struct decoded	 d;
	char		 path[1024], up[CASE_LINELEN];
	size_t		 i;
	int		 n, nlabels = 0;

	snprintf(path, sizeof(path), "%s/decode.txt", dir);
	if (cases_open(&c, path) == -1) {
		OK(0, "cannot open %s", path);
		return;
	}
	while ((n = cases_next(&c)) > 0) {
		if (n != 2) {
			OK(0, "decode.txt:%d: want 2 lines, got %d", c.lineno,
			    n);
			continue;
		}
		nlabels++;
		STR_EQ(charset_canonical(c.line[0]), c.line[1], c.line[0]);
		for (i = 0; c.line[0][i] != '\0'; i++)
			up[i] = (char)ascii_upper((unsigned char)c.line[0][i]);
		up[i] = '\0';
		STR_EQ(charset_canonical(up), c.line[1], up);
		INT_EQ(decode("abc", 3, c.line[0], &d), 0, c.line[0]);
		STR_EQ(d.charset, c.line[1], c.line[0]);
		if (strncmp(c.line[1], "UTF-16", 6) != 0 &&
		    strcmp(c.line[1], "replacement") != 0)
			STR_EQ(d.text, "abc", c.line[0]);
		decoded_free(&d);
	}
	cases_close(&c);
	/* The standard has 228 labels (2024). */
	INT_EQ(nlabels, 228, "decode.txt labels");
}

/* len bytes of UTF-8 in the charset iconv calls cs; NULL on failure. */
static char *
encode(const char *s, size_t len, const char *cs, size_t *outlen)
{
	iconv_t	 cd;
	char	*out, *in = (char *)s, *o;
	size_t	 cap = len * 4 + 16, inleft = len, oleft = cap;

	if ((cd = iconv_open(cs, "UTF-8")) == (iconv_t)-1)
		return NULL;
	if ((out = malloc(cap)) == NULL)
		abort();
	o = out;
	if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1 ||
	    iconv(cd, NULL, NULL, &o, &oleft) == (size_t)-1) {
		free(out);
		out = NULL;
	}
	iconv_close(cd);
	*outlen = (size_t)(o - out);
	return out;
}

/* A page around the case's paragraphs, declaring label (NULL: none). */
static size_t
make_page(const struct cases *c, const char *label, char *page,
    size_t size)
{
	int	 n, k;

	n = snprintf(page, size, "<!DOCTYPE html>\n<html><head>");
	if (label != NULL)
		n += snprintf(page + n, size - (size_t)n,
		    "<meta charset=\"%s\">", label);
	n += snprintf(page + n, size - (size_t)n,
	    "<title>News</title></head>\n<body><div class=\"story\">\n");
	for (k = 1; k < c->nlines; k++)
		n += snprintf(page + n, size - (size_t)n, "<p>%s</p>\n",
		    c->line[k]);
	n += snprintf(page + n, size - (size_t)n, "</div></body></html>\n");
	return (size_t)n;
}

/*
 * One page of a detect.txt case: the text encoded in cs, declaring label;
 * want is the charset it must decode as (confidence at least minconf).
 */
static void
check_detect(const struct cases *c, const char *cs, const char *label,
    const char *want, int minconf)
{
	struct decoded	 d;
	const char	*ic;
	char		 page[CASE_MAXLINES * CASE_LINELEN + 256];
	char		 ctx[128], *bytes;
	size_t		 n, blen;
	int		 id;

	snprintf(ctx, sizeof(ctx), "detect.txt:%d %s as %s", c->lineno, cs,
	    label != NULL ? label : "undeclared");
	n = make_page(c, label, page, sizeof(page));
	id = charset_lookup(cs, strlen(cs));
	ic = id >= 0 ? charset_table[id].iconv : NULL;
	if (ic == NULL || (bytes = encode(page, n, ic, &blen)) == NULL) {
		OK(0, "%s: cannot encode the text", ctx);
		return;
	}
	INT_EQ(decode(bytes, blen, NULL, &d), 0, ctx);
	STR_EQ(d.charset, want, ctx);
	INT_EQ(d.overruled, label != NULL && strcmp(want,
	    charset_canonical(label)) != 0, ctx);
	OK(d.confidence >= minconf && d.confidence <= 100,
	    "%s: confidence %d, want at least %d", ctx, d.confidence, minconf);
	if (strcmp(d.charset, charset_canonical(cs)) == 0) {
		INT_EQ(d.nreplaced, 0, ctx);
		STR_EQ(d.text, page, ctx);
	}
	decoded_free(&d);
	free(bytes);
}

static void
check_detect_table(const char *dir)
{
	struct cases	 c;
	char		 path[1024], *tok, *save, head[CASE_LINELEN];
	const char	*cs, *keep;
	int		 ncases = 0;

	snprintf(path, sizeof(path), "%s/detect.txt", dir);
	if (cases_open(&c, path) == -1) {
		OK(0, "cannot open %s", path);
		return;
	}
	while (cases_next(&c) > 0) {
		ncases++;
		if (c.nlines < 2) {
			OK(0, "detect.txt:%d: no text", c.lineno);
			continue;
		}
		memcpy(head, c.line[0], sizeof(head));
		cs = strtok_r(head, " ", &save);
		check_detect(&c, cs, cs, charset_canonical(cs), 100);
		while ((tok = strtok_r(NULL, " ", &save)) != NULL) {
			if (strcmp(tok, "detect") == 0)
				check_detect(&c, cs, NULL,
				    charset_canonical(cs), 50);
			else if (strncmp(tok, "wrong=", 6) == 0)
				check_detect(&c, cs, tok + 6,
				    charset_canonical(cs), 50);
			else if (strncmp(tok, "keep=", 5) == 0) {
				keep = charset_canonical(tok + 5);
				check_detect(&c, cs, tok + 5,
				    keep != NULL ? keep : "?", 100);
			} else
				OK(0, "detect.txt:%d: unknown word %s",
				    c.lineno, tok);
		}
	}
	cases_close(&c);
	OK(ncases >= 40, "detect.txt: only %d cases", ncases);
}

int
main(int argc, char *argv[])
{
	const char	*dir = argc > 1 ? argv[1] : "tests/unit";
	size_t		 i;

	for (i = 0; i < sizeof(dcases) / sizeof(dcases[0]); i++)
		check_case(&dcases[i]);
	check_misc();
	check_labels(dir);
	check_confidence();
	check_sample_cut();
	check_detect_table(dir);
	return t_summary();
}
