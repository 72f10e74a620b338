#!/bin/sh
# Plain-text input (src/textin.c): the golden text dumps of
# tests/fixtures/text/ (NAME.txt with NAME.expected.{txt,json,xml} and
# NAME.args, as tests/golden.sh does for pages), their JSON and XML
# against the schemas, and the command line: detection, --input-format,
# charsets, folders, limits, --explain, failures.
#   tests/textin.sh [--regen] ARTEX
# --regen rewrites the expected files of tests/fixtures/text/: review
# the change with git diff; never regenerate to hide a failure.
set -u
regen=0
if [ "${1:-}" = --regen ]; then regen=1; shift; fi
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
here=$(cd "$(dirname "$0")" && pwd)
fx=$here/fixtures
tx=$fx/text
seed=$tx/belta-2024-06-21-csto.txt
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
cd "$tmp" || exit 1

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
# check NAME COMMAND...: the command must succeed.
check() {
	name=$1
	shift
	if "$@"; then ok; else bad "$name"; fi
}
# run ARGS...: artex with its status in $rc, stdout in out, stderr in err.
run() {
	${VALGRIND:-} "$ARTEX" "$@" > out 2> err
	rc=$?
}
field() {	# field JQ-PATH: from the JSON in out
	jq -r "$1" out
}
# Exactly one message line naming the input.
one_line() { [ "$(wc -l < err)" = 1 ] && grep -q "^artex: $1: " err; }

# --- golden text dumps ------------------------------------------------------
for input in "$tx"/*.txt; do
	case $input in *.expected.txt) continue ;; esac
	base=${input%.txt}
	args=
	[ -f "$base.args" ] && args=$(cat "$base.args")
	for fmt in txt json xml; do
		expected=$base.expected.$fmt
		[ -f "$expected" ] || [ $regen = 1 ] || continue
		case $fmt in txt) f=text ;; *) f=$fmt ;; esac
		# shellcheck disable=SC2086
		${VALGRIND:-} "$ARTEX" -f $f $args "$input" > out 2> err
		rc=$?
		if [ $regen = 1 ]; then
			cp out "$expected"
		elif [ "$rc" != 0 ]; then
			bad "$expected: exit status $rc"
			sed 's/^/  /' err
		elif ! diff -u "$expected" out > diff; then
			bad "$expected"
			head -40 diff
		else
			ok
		fi
	done
done
if [ $regen = 1 ]; then
	echo "regenerated: review with git diff tests/fixtures/text"
	echo "textin: 0 passed, 0 failed"
	exit 0
fi

# --- the goldens against the schemas ------------------------------------------
PY=
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null 2>&1 &&
	    "$p" -c 'import jsonschema' 2>/dev/null; then
		PY=$p
		break
	fi
done
for x in "$tx"/*.expected.xml; do
	check "$(basename "$x") valid against artex.rng" \
	    xmllint --noout --relaxng "$here/schema/artex.rng" "$x"
done 2> /dev/null
if [ -n "$PY" ]; then
	check "text goldens valid against artex.schema.json" "$PY" - \
	    "$here/schema/artex.schema.json" "$tx"/*.expected.json <<'EOF'
import json, sys, jsonschema
v = jsonschema.Draft7Validator(json.load(open(sys.argv[1])))
bad = [p for p in sys.argv[2:]
       for line in open(p, encoding="utf-8") if line.strip()
       for e in v.iter_errors(json.loads(line))]
sys.exit(1 if bad else 0)
EOF
else
	bad "no python3 with jsonschema (Debian: python3-jsonschema)"
fi

# --- the seed dump: the same article as the seed page ----------------------------
run -f json "$seed"
check "seed: exit 0" [ "$rc" = 0 ]
check "seed: title" [ "$(field .title)" = "CSTO foreign ministers adopt statement on 80th anniversary of Belarus’ liberation from Nazi invaders" ]
check "seed: date" [ "$(field .date)" = 2024-06-21T13:32 ]
check "seed: section" [ "$(field .section)" = "Government Bodies" ]
check "seed: dateline place" [ "$(field .dateline.place)" = MINSK ]
check "seed: dateline date" [ "$(field .dateline.date)" = "21 June" ]
check "seed: dateline source" [ "$(field .dateline.source)" = BelTA ]
check "seed: source" [ "$(field .source)" = BelTA ]
check "seed: eight paragraphs" [ "$(field '[.blocks[] | select(.kind == "paragraph")] | length')" = 8 ]
check "seed: no boilerplate" sh -c '! grep -E "All news|Subscribe to us|Recent news|21 July|Flag" out'
field '.blocks' > text-blocks.json
"$ARTEX" -f json "$fx/belta-csto.html" | jq -r '.blocks' > page-blocks.json
check "seed: the page's blocks, word for word" cmp -s text-blocks.json page-blocks.json
check "seed: the page's dateline" [ "$(jq -c .dateline out)" = "$("$ARTEX" -f json "$fx/belta-csto.html" | jq -c .dateline)" ]
check "seed: no no-break space left" sh -c '! grep -q "$(printf "\302\240")" out'

# --- detection and --input-format ------------------------------------------------
run -f json - < "$seed"
check "stdin: detected as text" [ "$(field .section)" = "Government Bodies" ]
run -f json --input-format text - < "$seed"
check "--input-format text" [ "$(field .date)" = 2024-06-21T13:32 ]
run -f json --input-format html "$seed"
check "--input-format html: read as a page" [ "$rc" = 0 ] && [ "$(field .section)" = null ]
run -f json "$fx/belta-csto.html"
check "a page stays a page" [ "$(field .evidence.title)" = h1 ]
run --input-format yaml "$seed"
check "unknown input format: status 2, names text" [ "$rc" = 2 ] && grep -q "text" err
run --help
check "--help lists text" grep -q "html, text, warc" out
run -f json --explain "$seed"
check "--explain: text input" grep -q "^input: plain text" err
check "--explain: the date strip" grep -q 'date   drop .*"Flag Sunday, 21 July 2024"  -- a date away from the headline' err
check "--explain: the publication date" grep -q 'date   date .*"21 June 2024, 13:32"' err
check "--explain: the section" grep -q 'short  section .*"Government Bodies"' err
check "--explain: boilerplate" grep -q 'boiler drop .*"Subscribe to us"  -- boilerplate phrase' err

# --- charsets, compression, line ends ---------------------------------------------------
run -f json "$tx/ru-cp1251-onega-bridge.txt"
check "windows-1251 dump: charset" [ "$(field .charset)" = windows-1251 ]
check "windows-1251 dump: title" [ "$(field .title)" = "В Петрозаводске откроют новый пешеходный мост через Лососинку" ]
iconv -f UTF-8 -t UTF-16 < "$seed" > utf16.txt
run -f json utf16.txt
check "UTF-16 dump with a BOM" [ "$rc" = 0 ] && [ "$(field .date)" = 2024-06-21T13:32 ]
gzip -c "$seed" > seed.txt.gz
run -f json seed.txt.gz
check "gzip-compressed dump" [ "$(field .section)" = "Government Bodies" ]
sed 's/$/\r/' "$seed" > crlf.txt
run -f json crlf.txt
check "CRLF line ends: the same blocks" [ "$(jq -c .blocks out)" = "$(jq -c . text-blocks.json)" ]
tr '\n' '\r' < "$seed" > cr.txt
run -f json cr.txt
check "CR line ends: the same blocks" [ "$(jq -c .blocks out)" = "$(jq -c . text-blocks.json)" ]

# --- folders and batches --------------------------------------------------------------------
mkdir -p dumps/sub
cp "$seed" dumps/a.txt
cp "$tx/de-stadtanzeiger-bahnhof.txt" dumps/sub/b.txt
run -f json -r --input-format text dumps
check "-r --input-format text: the .txt files" [ "$rc" = 0 ] && [ "$(wc -l < out)" = 2 ]
run -f json -r dumps
check "-r alone: no .txt files" [ "$(wc -l < out)" = 0 ]
run -f json "$seed" "$fx/belta-csto.html" "$tx/en-harbour-herald-ferry.txt"
check "batch of text and pages" [ "$rc" = 0 ] && [ "$(wc -l < out)" = 3 ]
check "batch: the same article twice" [ "$(jq -r .title out | sed -n 1p)" = "$(jq -r .title out | sed -n 2p)" ]

# --- failures: one line each, status 1 ---------------------------------------------------------
printf 'hello' > hello.txt
run hello.txt
check "a word: no article" [ "$rc" = 1 ] && one_line hello.txt && grep -q "no article text found" err
printf 'Home\nNews\nSport\nAll news\nContact us\n(c) 2024 Example\n' > menu.txt
run menu.txt
check "only furniture: no article" [ "$rc" = 1 ] && one_line menu.txt
printf '\n\n   \n\t\n' > blank.txt
run blank.txt
check "blank lines only: no article" [ "$rc" = 1 ] && one_line blank.txt
run --max-nodes 5 "$seed"
check "more lines than --max-nodes" [ "$rc" = 1 ] && one_line "$seed" && grep -q "more than 5 lines" err
printf 'A first line.\0And the council met on Tuesday to discuss the budget, and the members agreed, after a long debate, to raise spending.\n' > nul.txt
run nul.txt
check "NUL bytes: read" [ "$rc" = 0 ] && grep -q "raise spending" out

# --- the options apply to text as to pages ------------------------------------------------------
run -f json --strip-dateline "$seed"
check "--strip-dateline" [ "$(field '.blocks[0].text' | cut -c1-25)" = "Belarusian Minister of Fo" ]
run -f json --ascii-punct "$seed"
check "--ascii-punct" [ "$(field .title)" = "CSTO foreign ministers adopt statement on 80th anniversary of Belarus' liberation from Nazi invaders" ]
run -f json --url https://example.com/a "$seed"
check "--url" [ "$(field .url)" = https://example.com/a ] && [ "$(field .evidence.url)" = --url ]
run -f json "$tx/en-ap-relative-date.txt"
check "relative date without --now: none" [ "$(field .date)" = null ]
check "the address on the first line" [ "$(field .evidence.url)" = "visible text" ]

echo "textin: $pass passed, $fail failed"
[ $fail = 0 ]
