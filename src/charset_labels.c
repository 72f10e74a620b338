/* SPDX-License-Identifier: ISC */
/*
 * The Encoding Standard's label table (https://encoding.spec.whatwg.org/
 * #names-and-labels), every encoding and every label, sorted by byte
 * value for bsearch().  The iconv names are the glibc converters closest
 * to what browsers do: the Windows variants pages are really written in
 * (CP932 for Shift_JIS, CP949 for EUC-KR), and supersets where the
 * standard's decoder is one (GB18030 for GBK, BIG5-HKSCS for Big5).
 */
#include <stdlib.h>
#include <string.h>

#include "charset_labels.h"

const struct charset charset_table[CS_COUNT] = {
	[CS_UTF8] =		{ "UTF-8", "UTF-8", 0 },
	[CS_IBM866] =		{ "IBM866", "IBM866", 0 },
	[CS_ISO8859_2] =	{ "ISO-8859-2", "ISO-8859-2", 0 },
	[CS_ISO8859_3] =	{ "ISO-8859-3", "ISO-8859-3", 0 },
	[CS_ISO8859_4] =	{ "ISO-8859-4", "ISO-8859-4", 0 },
	[CS_ISO8859_5] =	{ "ISO-8859-5", "ISO-8859-5", 0 },
	[CS_ISO8859_6] =	{ "ISO-8859-6", "ISO-8859-6", 0 },
	[CS_ISO8859_7] =	{ "ISO-8859-7", "ISO-8859-7", 0 },
	[CS_ISO8859_8] =	{ "ISO-8859-8", "ISO-8859-8", 0 },
	/* Logical order only matters to the renderer, not to the bytes. */
	[CS_ISO8859_8_I] =	{ "ISO-8859-8-I", "ISO-8859-8", 0 },
	[CS_ISO8859_10] =	{ "ISO-8859-10", "ISO-8859-10", 0 },
	[CS_ISO8859_13] =	{ "ISO-8859-13", "ISO-8859-13", 0 },
	[CS_ISO8859_14] =	{ "ISO-8859-14", "ISO-8859-14", 0 },
	[CS_ISO8859_15] =	{ "ISO-8859-15", "ISO-8859-15", 0 },
	[CS_ISO8859_16] =	{ "ISO-8859-16", "ISO-8859-16", 0 },
	[CS_KOI8_R] =		{ "KOI8-R", "KOI8-R", 0 },
	[CS_KOI8_U] =		{ "KOI8-U", "KOI8-U", 0 },
	[CS_MACINTOSH] =	{ "macintosh", "MACINTOSH", 0 },
	[CS_WINDOWS_874] =	{ "windows-874", "CP874", CSF_C1 },
	[CS_WINDOWS_1250] =	{ "windows-1250", "CP1250", CSF_C1 },
	[CS_WINDOWS_1251] =	{ "windows-1251", "CP1251", CSF_C1 },
	[CS_WINDOWS_1252] =	{ "windows-1252", "CP1252", CSF_C1 },
	[CS_WINDOWS_1253] =	{ "windows-1253", "CP1253", CSF_C1 },
	[CS_WINDOWS_1254] =	{ "windows-1254", "CP1254", CSF_C1 },
	[CS_WINDOWS_1255] =	{ "windows-1255", "CP1255", CSF_C1 },
	[CS_WINDOWS_1256] =	{ "windows-1256", "CP1256", CSF_C1 },
	[CS_WINDOWS_1257] =	{ "windows-1257", "CP1257", CSF_C1 },
	[CS_WINDOWS_1258] =	{ "windows-1258", "CP1258", CSF_C1 },
	[CS_X_MAC_CYRILLIC] =	{ "x-mac-cyrillic", "MAC-CYRILLIC", 0 },
	[CS_GBK] =		{ "GBK", "GB18030", CSF_EURO80 },
	[CS_GB18030] =		{ "gb18030", "GB18030", CSF_EURO80 },
	[CS_BIG5] =		{ "Big5", "BIG5-HKSCS", 0 },
	[CS_EUC_JP] =		{ "EUC-JP", "EUC-JP", 0 },
	[CS_ISO2022_JP] =	{ "ISO-2022-JP", "ISO-2022-JP", 0 },
	[CS_SHIFT_JIS] =	{ "Shift_JIS", "CP932", 0 },
	[CS_EUC_KR] =		{ "EUC-KR", "CP949", 0 },
	[CS_REPLACEMENT] =	{ "replacement", NULL, 0 },
	[CS_UTF16BE] =		{ "UTF-16BE", "UTF-16BE", 0 },
	[CS_UTF16LE] =		{ "UTF-16LE", "UTF-16LE", 0 },
	[CS_X_USER_DEFINED] =	{ "x-user-defined", NULL, 0 },
};

struct label {
	const char	*label;
	enum csid	 id;
};

static const struct label labels[] = {
	{ "866",		CS_IBM866 },
	{ "ansi_x3.4-1968",	CS_WINDOWS_1252 },
	{ "arabic",		CS_ISO8859_6 },
	{ "ascii",		CS_WINDOWS_1252 },
	{ "asmo-708",		CS_ISO8859_6 },
	{ "big5",		CS_BIG5 },
	{ "big5-hkscs",		CS_BIG5 },
	{ "chinese",		CS_GBK },
	{ "cn-big5",		CS_BIG5 },
	{ "cp1250",		CS_WINDOWS_1250 },
	{ "cp1251",		CS_WINDOWS_1251 },
	{ "cp1252",		CS_WINDOWS_1252 },
	{ "cp1253",		CS_WINDOWS_1253 },
	{ "cp1254",		CS_WINDOWS_1254 },
	{ "cp1255",		CS_WINDOWS_1255 },
	{ "cp1256",		CS_WINDOWS_1256 },
	{ "cp1257",		CS_WINDOWS_1257 },
	{ "cp1258",		CS_WINDOWS_1258 },
	{ "cp819",		CS_WINDOWS_1252 },
	{ "cp866",		CS_IBM866 },
	{ "csbig5",		CS_BIG5 },
	{ "cseuckr",		CS_EUC_KR },
	{ "cseucpkdfmtjapanese",	CS_EUC_JP },
	{ "csgb2312",		CS_GBK },
	{ "csibm866",		CS_IBM866 },
	{ "csiso2022jp",	CS_ISO2022_JP },
	{ "csiso2022kr",	CS_REPLACEMENT },
	{ "csiso58gb231280",	CS_GBK },
	{ "csiso88596e",	CS_ISO8859_6 },
	{ "csiso88596i",	CS_ISO8859_6 },
	{ "csiso88598e",	CS_ISO8859_8 },
	{ "csiso88598i",	CS_ISO8859_8_I },
	{ "csisolatin1",	CS_WINDOWS_1252 },
	{ "csisolatin2",	CS_ISO8859_2 },
	{ "csisolatin3",	CS_ISO8859_3 },
	{ "csisolatin4",	CS_ISO8859_4 },
	{ "csisolatin5",	CS_WINDOWS_1254 },
	{ "csisolatin6",	CS_ISO8859_10 },
	{ "csisolatin9",	CS_ISO8859_15 },
	{ "csisolatinarabic",	CS_ISO8859_6 },
	{ "csisolatincyrillic",	CS_ISO8859_5 },
	{ "csisolatingreek",	CS_ISO8859_7 },
	{ "csisolatinhebrew",	CS_ISO8859_8 },
	{ "cskoi8r",		CS_KOI8_R },
	{ "csksc56011987",	CS_EUC_KR },
	{ "csmacintosh",	CS_MACINTOSH },
	{ "csshiftjis",		CS_SHIFT_JIS },
	{ "csunicode",		CS_UTF16LE },
	{ "cyrillic",		CS_ISO8859_5 },
	{ "dos-874",		CS_WINDOWS_874 },
	{ "ecma-114",		CS_ISO8859_6 },
	{ "ecma-118",		CS_ISO8859_7 },
	{ "elot_928",		CS_ISO8859_7 },
	{ "euc-jp",		CS_EUC_JP },
	{ "euc-kr",		CS_EUC_KR },
	{ "gb18030",		CS_GB18030 },
	{ "gb2312",		CS_GBK },
	{ "gb_2312",		CS_GBK },
	{ "gb_2312-80",		CS_GBK },
	{ "gbk",		CS_GBK },
	{ "greek",		CS_ISO8859_7 },
	{ "greek8",		CS_ISO8859_7 },
	{ "hebrew",		CS_ISO8859_8 },
	{ "hz-gb-2312",		CS_REPLACEMENT },
	{ "ibm819",		CS_WINDOWS_1252 },
	{ "ibm866",		CS_IBM866 },
	{ "iso-10646-ucs-2",	CS_UTF16LE },
	{ "iso-2022-cn",	CS_REPLACEMENT },
	{ "iso-2022-cn-ext",	CS_REPLACEMENT },
	{ "iso-2022-jp",	CS_ISO2022_JP },
	{ "iso-2022-kr",	CS_REPLACEMENT },
	{ "iso-8859-1",		CS_WINDOWS_1252 },
	{ "iso-8859-10",	CS_ISO8859_10 },
	{ "iso-8859-11",	CS_WINDOWS_874 },
	{ "iso-8859-13",	CS_ISO8859_13 },
	{ "iso-8859-14",	CS_ISO8859_14 },
	{ "iso-8859-15",	CS_ISO8859_15 },
	{ "iso-8859-16",	CS_ISO8859_16 },
	{ "iso-8859-2",		CS_ISO8859_2 },
	{ "iso-8859-3",		CS_ISO8859_3 },
	{ "iso-8859-4",		CS_ISO8859_4 },
	{ "iso-8859-5",		CS_ISO8859_5 },
	{ "iso-8859-6",		CS_ISO8859_6 },
	{ "iso-8859-6-e",	CS_ISO8859_6 },
	{ "iso-8859-6-i",	CS_ISO8859_6 },
	{ "iso-8859-7",		CS_ISO8859_7 },
	{ "iso-8859-8",		CS_ISO8859_8 },
	{ "iso-8859-8-e",	CS_ISO8859_8 },
	{ "iso-8859-8-i",	CS_ISO8859_8_I },
	{ "iso-8859-9",		CS_WINDOWS_1254 },
	{ "iso-ir-100",		CS_WINDOWS_1252 },
	{ "iso-ir-101",		CS_ISO8859_2 },
	{ "iso-ir-109",		CS_ISO8859_3 },
	{ "iso-ir-110",		CS_ISO8859_4 },
	{ "iso-ir-126",		CS_ISO8859_7 },
	{ "iso-ir-127",		CS_ISO8859_6 },
	{ "iso-ir-138",		CS_ISO8859_8 },
	{ "iso-ir-144",		CS_ISO8859_5 },
	{ "iso-ir-148",		CS_WINDOWS_1254 },
	{ "iso-ir-149",		CS_EUC_KR },
	{ "iso-ir-157",		CS_ISO8859_10 },
	{ "iso-ir-58",		CS_GBK },
	{ "iso8859-1",		CS_WINDOWS_1252 },
	{ "iso8859-10",		CS_ISO8859_10 },
	{ "iso8859-11",		CS_WINDOWS_874 },
	{ "iso8859-13",		CS_ISO8859_13 },
	{ "iso8859-14",		CS_ISO8859_14 },
	{ "iso8859-15",		CS_ISO8859_15 },
	{ "iso8859-2",		CS_ISO8859_2 },
	{ "iso8859-3",		CS_ISO8859_3 },
	{ "iso8859-4",		CS_ISO8859_4 },
	{ "iso8859-5",		CS_ISO8859_5 },
	{ "iso8859-6",		CS_ISO8859_6 },
	{ "iso8859-7",		CS_ISO8859_7 },
	{ "iso8859-8",		CS_ISO8859_8 },
	{ "iso8859-9",		CS_WINDOWS_1254 },
	{ "iso88591",		CS_WINDOWS_1252 },
	{ "iso885910",		CS_ISO8859_10 },
	{ "iso885911",		CS_WINDOWS_874 },
	{ "iso885913",		CS_ISO8859_13 },
	{ "iso885914",		CS_ISO8859_14 },
	{ "iso885915",		CS_ISO8859_15 },
	{ "iso88592",		CS_ISO8859_2 },
	{ "iso88593",		CS_ISO8859_3 },
	{ "iso88594",		CS_ISO8859_4 },
	{ "iso88595",		CS_ISO8859_5 },
	{ "iso88596",		CS_ISO8859_6 },
	{ "iso88597",		CS_ISO8859_7 },
	{ "iso88598",		CS_ISO8859_8 },
	{ "iso88599",		CS_WINDOWS_1254 },
	{ "iso_8859-1",		CS_WINDOWS_1252 },
	{ "iso_8859-15",	CS_ISO8859_15 },
	{ "iso_8859-1:1987",	CS_WINDOWS_1252 },
	{ "iso_8859-2",		CS_ISO8859_2 },
	{ "iso_8859-2:1987",	CS_ISO8859_2 },
	{ "iso_8859-3",		CS_ISO8859_3 },
	{ "iso_8859-3:1988",	CS_ISO8859_3 },
	{ "iso_8859-4",		CS_ISO8859_4 },
	{ "iso_8859-4:1988",	CS_ISO8859_4 },
	{ "iso_8859-5",		CS_ISO8859_5 },
	{ "iso_8859-5:1988",	CS_ISO8859_5 },
	{ "iso_8859-6",		CS_ISO8859_6 },
	{ "iso_8859-6:1987",	CS_ISO8859_6 },
	{ "iso_8859-7",		CS_ISO8859_7 },
	{ "iso_8859-7:1987",	CS_ISO8859_7 },
	{ "iso_8859-8",		CS_ISO8859_8 },
	{ "iso_8859-8:1988",	CS_ISO8859_8 },
	{ "iso_8859-9",		CS_WINDOWS_1254 },
	{ "iso_8859-9:1989",	CS_WINDOWS_1254 },
	{ "koi",		CS_KOI8_R },
	{ "koi8",		CS_KOI8_R },
	{ "koi8-r",		CS_KOI8_R },
	{ "koi8-ru",		CS_KOI8_U },
	{ "koi8-u",		CS_KOI8_U },
	{ "koi8_r",		CS_KOI8_R },
	{ "korean",		CS_EUC_KR },
	{ "ks_c_5601-1987",	CS_EUC_KR },
	{ "ks_c_5601-1989",	CS_EUC_KR },
	{ "ksc5601",		CS_EUC_KR },
	{ "ksc_5601",		CS_EUC_KR },
	{ "l1",			CS_WINDOWS_1252 },
	{ "l2",			CS_ISO8859_2 },
	{ "l3",			CS_ISO8859_3 },
	{ "l4",			CS_ISO8859_4 },
	{ "l5",			CS_WINDOWS_1254 },
	{ "l6",			CS_ISO8859_10 },
	{ "l9",			CS_ISO8859_15 },
	{ "latin1",		CS_WINDOWS_1252 },
	{ "latin2",		CS_ISO8859_2 },
	{ "latin3",		CS_ISO8859_3 },
	{ "latin4",		CS_ISO8859_4 },
	{ "latin5",		CS_WINDOWS_1254 },
	{ "latin6",		CS_ISO8859_10 },
	{ "logical",		CS_ISO8859_8_I },
	{ "mac",		CS_MACINTOSH },
	{ "macintosh",		CS_MACINTOSH },
	{ "ms932",		CS_SHIFT_JIS },
	{ "ms_kanji",		CS_SHIFT_JIS },
	{ "replacement",	CS_REPLACEMENT },
	{ "shift-jis",		CS_SHIFT_JIS },
	{ "shift_jis",		CS_SHIFT_JIS },
	{ "sjis",		CS_SHIFT_JIS },
	{ "sun_eu_greek",	CS_ISO8859_7 },
	{ "tis-620",		CS_WINDOWS_874 },
	{ "ucs-2",		CS_UTF16LE },
	{ "unicode",		CS_UTF16LE },
	{ "unicode-1-1-utf-8",	CS_UTF8 },
	{ "unicode11utf8",	CS_UTF8 },
	{ "unicode20utf8",	CS_UTF8 },
	{ "unicodefeff",	CS_UTF16LE },
	{ "unicodefffe",	CS_UTF16BE },
	{ "us-ascii",		CS_WINDOWS_1252 },
	{ "utf-16",		CS_UTF16LE },
	{ "utf-16be",		CS_UTF16BE },
	{ "utf-16le",		CS_UTF16LE },
	{ "utf-8",		CS_UTF8 },
	{ "utf8",		CS_UTF8 },
	{ "visual",		CS_ISO8859_8 },
	{ "windows-1250",	CS_WINDOWS_1250 },
	{ "windows-1251",	CS_WINDOWS_1251 },
	{ "windows-1252",	CS_WINDOWS_1252 },
	{ "windows-1253",	CS_WINDOWS_1253 },
	{ "windows-1254",	CS_WINDOWS_1254 },
	{ "windows-1255",	CS_WINDOWS_1255 },
	{ "windows-1256",	CS_WINDOWS_1256 },
	{ "windows-1257",	CS_WINDOWS_1257 },
	{ "windows-1258",	CS_WINDOWS_1258 },
	{ "windows-31j",	CS_SHIFT_JIS },
	{ "windows-874",	CS_WINDOWS_874 },
	{ "windows-949",	CS_EUC_KR },
	{ "x-cp1250",		CS_WINDOWS_1250 },
	{ "x-cp1251",		CS_WINDOWS_1251 },
	{ "x-cp1252",		CS_WINDOWS_1252 },
	{ "x-cp1253",		CS_WINDOWS_1253 },
	{ "x-cp1254",		CS_WINDOWS_1254 },
	{ "x-cp1255",		CS_WINDOWS_1255 },
	{ "x-cp1256",		CS_WINDOWS_1256 },
	{ "x-cp1257",		CS_WINDOWS_1257 },
	{ "x-cp1258",		CS_WINDOWS_1258 },
	{ "x-euc-jp",		CS_EUC_JP },
	{ "x-gbk",		CS_GBK },
	{ "x-mac-cyrillic",	CS_X_MAC_CYRILLIC },
	{ "x-mac-roman",	CS_MACINTOSH },
	{ "x-mac-ukrainian",	CS_X_MAC_CYRILLIC },
	{ "x-sjis",		CS_SHIFT_JIS },
	{ "x-unicode20utf8",	CS_UTF8 },
	{ "x-user-defined",	CS_X_USER_DEFINED },
	{ "x-x-big5",		CS_BIG5 },
};

/* The longest label is "cseucpkdfmtjapanese". */
#define LABEL_MAX	24

static int
label_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct label *)elem)->label);
}

static int
is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

int
charset_lookup(const char *label, size_t len)
{
	const struct label	*l;
	char			 key[LABEL_MAX + 1];
	size_t			 i;

	while (len > 0 && is_ascii_space((unsigned char)label[0])) {
		label++;
		len--;
	}
	while (len > 0 && is_ascii_space((unsigned char)label[len - 1]))
		len--;
	if (len == 0 || len > LABEL_MAX)
		return -1;
	/* ASCII case-insensitive only: tolower() would follow the locale. */
	for (i = 0; i < len; i++) {
		key[i] = label[i];
		if (key[i] == '\0')
			return -1;
		if (key[i] >= 'A' && key[i] <= 'Z')
			key[i] += 'a' - 'A';
	}
	key[len] = '\0';
	l = bsearch(key, labels, sizeof(labels) / sizeof(labels[0]),
	    sizeof(labels[0]), label_cmp);
	return l != NULL ? (int)l->id : -1;
}
