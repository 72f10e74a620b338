#!/bin/sh
# Batches: folders, input lists, WARC and JSON Lines, -j, -O with
# --skip-existing, error records, limits, GNU parallel.  Every test
# checks that each input is accounted for: articles plus reported
# failures equal the inputs, in input order.
#   tests/batch.sh ARTEX
set -u
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
here=$(cd "$(dirname "$0")" && pwd)
fx=$here/fixtures
pass=0 fail=0
tmp=$(mktemp -d)
trap 'chmod -R u+rw "$tmp"; rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
cd "$tmp" || exit 1

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
check() {
	name=$1
	shift
	if "$@"; then ok; else bad "$name"; fi
}
run() {
	${VALGRIND:-} "$ARTEX" "$@" > out 2> err
	rc=$?
}
lines() { wc -l < "$1" | tr -d ' '; }

# A folder: pages at several depths, with things that are not pages.
mkdir -p site/news/2024 site/.hidden site/assets
cp "$fx/belta-csto.html" site/a.html
cp "$fx/ap-dateline.html" site/news/b.htm
cp "$fx/tass-dateline.html" site/news/2024/c.html
cp "$fx/html5-jsonld.html" site/news/2024/noext
cp "$fx/no-dateline.html" site/.hidden/d.html
printf 'body { color: red }' > site/assets/style.css
printf '\211PNG\r\n\032\n' > site/assets/logo.png
printf 'just some notes\n' > site/notes
# --- folders ---------------------------------------------------------------
run -r -f json site
check "-r: exit 0" [ "$rc" = 0 ]
check "-r: four pages (hidden, css, png, plain text left out)" [ "$(lines out)" = 4 ]
check "-r: sorted walk" [ "$(jq -r .title out | head -1)" = "$(jq -r .title "$fx/belta-csto.expected.json")" ]
run -f json site
check "folder without -r: exit 1" [ "$rc" = 1 ]
check "folder without -r: says -r" grep -q 'site: is a directory (-r' err

# --- -j1 and -j2 give the same bytes -----------------------------------------
set -- "$fx"/*.html "$fx"/*.html "$fx"/*.html
run -j1 -f json "$@"
cp out j1
run -j2 -f json "$@"
check "-j2 = -j1 (json)" cmp -s out j1
check "-j2: every input" [ "$(lines out)" = $# ]
run -j1 -f xml "$@"
cp out x1
run -j2 -f xml "$@"
check "-j2 = -j1 (xml)" cmp -s out x1
run -j3 -f text "$@" /nonexistent "$fx/belta-csto.html"
check "-j3: failure in the middle, exit 1" [ "$rc" = 1 ]
check "-j3: the failure reported" grep -q '/nonexistent: No such file' err
check "-j3: the pages after it written" [ "$(grep -c "$(printf '\f')" out)" = $# ]

# --- input lists ---------------------------------------------------------------
find site -name '*.htm*' | sort > list
run -i list -f json
check "-i: exit 0" [ "$rc" = 0 ]
check "-i: one per line" [ "$(lines out)" = "$(lines list)" ]
tr '\n' '\0' < list > list0
run -0 -i list0 -f json
check "-0 -i: same" [ "$(lines out)" = "$(lines list)" ]
run -i - -f json < list
check "-i -: from stdin" [ "$(lines out)" = "$(lines list)" ]
run -i missing-list
check "-i missing: exit 1" [ "$rc" = 1 ]
check "-i missing: says so" grep -q 'missing-list: cannot read the input list' err

# --- WARC ------------------------------------------------------------------------
if command -v python3 >/dev/null 2>&1; then
	python3 "$here/batch/mkwarc.py" "$fx" crawl.warc.gz > want-urls
	python3 "$here/batch/mkwarc.py" "$fx" crawl.warc > /dev/null
	run -f json -v crawl.warc.gz
	check "warc.gz: exit 0" [ "$rc" = 0 ]
	check "warc.gz: the HTML pages, in order" sh -c 'jq -r .url out | cmp -s - want-urls'
	check "warc.gz: capture time" [ "$(jq -r .retrieved out | sort -u)" = 2024-06-22T08:15:00Z ]
	check "warc.gz: HTTP charset used" [ "$(jq -r 'select(.url == "https://ru.example/news/1") | .charset' out)" = windows-1251 ]
	check "warc.gz: chunked body" [ "$(jq -r 'select(.url | test("ap.example")) | .dateline.source' out)" = AP ]
	check "warc.gz: gzip body" [ "$(jq -r 'select(.url == "https://tass.example/x") | .source' out)" = TASS ]
	check "warc.gz: summary counts" grep -q 'artex: 5 documents, 5 articles, 0 failed' err
	run -f json crawl.warc
	check "warc: same as warc.gz" sh -c 'jq -r .url out | cmp -s - want-urls'
	run -f json - < crawl.warc.gz
	check "warc.gz on stdin" sh -c 'jq -r .url out | cmp -s - want-urls'
	head -c 9000 crawl.warc > cut.warc
	run -f json cut.warc "$fx/belta-csto.html"
	check "truncated warc: exit 1" [ "$rc" = 1 ]
	check "truncated warc: reported" grep -q 'cut.warc' err
	check "truncated warc: the next input still done" [ "$(jq -r .title out | tail -1)" = "$(jq -r .title "$fx/belta-csto.expected.json")" ]
	mkdir warcs && cp crawl.warc.gz warcs/
	run -r -f json warcs
	check "-r finds WARC.gz" [ "$(lines out)" = "$(lines want-urls)" ]
fi

# --- JSON Lines --------------------------------------------------------------------
for f in belta-csto tass-dateline; do
	jq -Rsc --arg u "https://example.org/$f" '{url: $u, html: .}' "$fx/$f.html"
done > pages.jsonl
echo 'not json' >> pages.jsonl
echo '{"url": "https://example.org/nohtml"}' >> pages.jsonl
echo >> pages.jsonl
jq -Rsc '{html: .}' "$fx/ap-dateline.html" >> pages.jsonl
run --input-format jsonl -f json --errors-inline pages.jsonl
check "jsonl: exit 1 (two bad lines)" [ "$rc" = 1 ]
check "jsonl: a record per input" [ "$(lines out)" = 5 ]
check "jsonl: url kept" [ "$(jq -r '.url' out | head -1)" = https://example.org/belta-csto ]
check "jsonl: error records" [ "$(jq -r 'select(.error) | .input' out | tr '\n' ' ')" = "pages.jsonl: line 3 pages.jsonl: line 4 (https://example.org/nohtml) " ]
check "jsonl: order kept" [ "$(jq -r '.source // .error' out | tr '\n' '|')" = "BelTA|TASS|not JSON: '[' or '{' expected near 'not'|no \"html\" string in the record|AP|" ]
check "jsonl: errors on stderr too" [ "$(grep -c 'pages.jsonl: line' err)" = 2 ]
gzip -c pages.jsonl > pages.jsonl.gz
run --input-format jsonl -f json pages.jsonl.gz
check "jsonl.gz" [ "$(lines out)" = 3 ]

# --- -O, names, atomic files, --skip-existing ----------------------------------
run -O outdir -r -f json site
check "-O: exit 0" [ "$rc" = 0 ]
check "-O: mirrored names" [ -f outdir/site/a.json ] && [ -f outdir/site/news/b.json ] && [ -f outdir/site/news/2024/c.json ] && [ -f outdir/site/news/2024/noext.json ]
check "-O: nothing on stdout" [ ! -s out ]
check "-O: each file one article" sh -c 'for f in $(find outdir -type f); do jq -e .title "$f" > /dev/null || exit 1; done'
run -O xmlout -f xml "$fx/belta-csto.html"
check "-O xml: a whole document" xmllint --noout "xmlout/$(echo "$fx" | sed 's,^/,,')/belta-csto.xml"
if command -v python3 >/dev/null 2>&1; then
	run -O warcout -f json crawl.warc.gz
	check "-O warc: named by URL" [ -f warcout/crawl/belta.example/csto.json ] && [ -f "warcout/crawl/ap.example/story_id=7.json" ] && [ -f warcout/crawl/tass.example/x.json ]
fi
# Hostile names: nothing may land outside the folder.
printf '%s\n' '{"url": "http://evil.example/../../../../escape", "html": "<p>one two three four five six seven eight nine ten eleven twelve</p>"}' \
    '{"url": "/abs/olute", "html": "<p>one two three four five six seven eight nine ten eleven twelve</p>"}' \
    '{"url": "http://x.example/%2e%2e/%2e%2e/escape2", "html": "<p>one two three four five six seven eight nine ten eleven twelve</p>"}' \
    '{"url": "http://x.example/a\u0000b/c", "html": "<p>one two three four five six seven eight nine ten eleven twelve</p>"}' > evil.jsonl
mkdir jail
ln -s "$tmp" jail/link
run -O jail --input-format jsonl -f json evil.jsonl
check "hostile names: exit 0" [ "$rc" = 0 ]
check "hostile names: nothing escaped" sh -c '[ ! -e escape.json ] && [ ! -e escape2.json ] && [ -z "$(find . -maxdepth 3 -name "escape*" ! -path "./jail/*")" ]'
check "hostile names: all four inside" [ "$(find jail -type f | wc -l)" = 4 ]
printf '%s\n' '{"url": "http://e.example/link/x", "html": "<p>one two three four five six seven eight nine ten eleven twelve</p>"}' > link.jsonl
mkdir -p jail2/link/e.example
ln -s "$tmp" jail2/link/e.example/link
run -O jail2 --input-format jsonl -f json link.jsonl
check "symlink in -O folder: not followed" [ ! -e "$tmp/x.json" ]
check "symlink in -O folder: reported" [ "$rc" = 1 ]
long=$(printf 'x%.0s' $(seq 1 600))
printf '{"url": "http://e.example/%s", "html": "<p>one two three four five six seven eight nine ten eleven twelve</p>"}\n' "$long" > long.jsonl
run -O longout --input-format jsonl -f json long.jsonl
check "very long URL: shortened name" [ "$rc" = 0 ] && [ "$(find longout -type f | wc -l)" = 1 ]
# Two inputs with one name: both kept.
cp "$fx/belta-csto.html" same.html
cp "$fx/ap-dateline.html" same.htm
run -O dup -f json same.html same.htm
check "same name twice: ~2" [ -f dup/same.json ] && [ -f dup/same~2.json ]
# An interrupted run leaves only whole files; --skip-existing completes it.
mkdir many
i=0
while [ $i -lt 60 ]; do
	for f in "$fx"/*.html; do cp "$f" "many/$i-$(basename "$f")"; done
	i=$((i + 1))
done
"$ARTEX" -j2 -r -O full -f json many 2> /dev/null
"$ARTEX" -j2 -r -O part -f json many 2> /dev/null &
pid=$!
sleep 0.3
kill -9 $pid 2> /dev/null
wait $pid 2> /dev/null
check "interrupted: only whole files" sh -c 'for f in $(find part -type f ! -name ".*"); do jq -e .title "$f" > /dev/null || exit 1; done'
find part -name '.artex-*' -delete
run -j2 -r -O part -f json --skip-existing -v many
check "resumed: exit 0" [ "$rc" = 0 ]
check "resumed: summary says what was skipped" grep -q 'skipped' err
check "resumed = uninterrupted" diff -r full part
run -r -O part -f json --skip-existing -v many
nmany=$(find many -type f | wc -l | tr -d ' ')
check "all there: everything skipped" grep -q "artex: 0 documents, 0 articles, 0 failed, $nmany skipped" err

# --- bad inputs in a batch, error records --------------------------------------
: > empty.html
printf '\211PNG\r\n\032\n' > img.png
run -f json --errors-inline "$fx/belta-csto.html" empty.html img.png nosuch.html "$fx/tass-dateline.html"
check "errors inline: exit 1" [ "$rc" = 1 ]
check "errors inline: a line per input" [ "$(lines out)" = 5 ]
check "errors inline: in order" [ "$(jq -r '.error // .source' out | tr '\n' '|')" = "BelTA|empty input|not a web page: a PNG image|No such file or directory|TASS|" ]
run -f text --errors-inline "$fx/belta-csto.html"
check "errors inline needs json" [ "$rc" = 2 ]
# A page read but with no article text: its record carries what the page
# says about itself (a deleted forum post keeps its title and date).
printf '<html lang="en"><head><title>What? Where did it go? | Forum</title><link rel="canonical" href="https://forum.example/threads/2675645/"><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"What? Where did it go?","datePublished":"2020-03-18T12:22:42-04:00"}</script></head><body><h1>What? Where did it go?</h1><p>Log in</p></body></html>' > nobody.html
run -f json --errors-inline nobody.html "$fx/belta-csto.html"
check "no article text: exit 1" [ "$rc" = 1 ]
check "no article text: the record has the error and the metadata" [ "$(head -1 out | jq -r '[.error, .date, .title, .url, .evidence.date] | join("|")')" = "no article text found|2020-03-18T12:22:42-04:00|What? Where did it go?|https://forum.example/threads/2675645/|json-ld" ]
check "no article text: the next article follows" [ "$(sed -n 2p out | jq -r .source)" = BelTA ]
run -f json nobody.html
check "no article text, no --errors-inline: nothing on stdout" [ ! -s out ]

# --- limits --------------------------------------------------------------------------
run --max-size 1k "$fx/belta-csto.html" "$fx/malformed.html"
check "--max-size: exit 1" [ "$rc" = 1 ]
check "--max-size: says so" grep -q 'belta-csto.html: larger than the size limit' err
run --max-nodes 20 "$fx/belta-csto.html"
check "--max-nodes: refused" [ "$rc" = 1 ] && grep -q 'more than 20 elements' err
run --max-size 12Q x
check "--max-size: bad value" [ "$rc" = 2 ]
run -j 0 x
check "-j 0: usage error" [ "$rc" = 2 ]

# --- progress and summary --------------------------------------------------------------
run --progress "$fx/belta-csto.html" "$fx/tass-dateline.html"
check "--progress: a progress line" grep -q '2/2 documents' err
run "$fx/belta-csto.html"
check "no terminal: no progress" [ ! -s err ]
run -v -q "$fx/lying-charset.html"
check "-q: no warnings" [ ! -s err ]

# --- GNU parallel ------------------------------------------------------------------------
if command -v parallel >/dev/null 2>&1; then
	find many -type f | sort > all
	parallel --will-cite -j2 -X -n 50 "$ARTEX" -j1 -f json --errors-inline \
	    < all > par.jsonl 2> /dev/null
	check "parallel: every document once" [ "$(lines par.jsonl)" = "$(lines all)" ]
	"$ARTEX" -j2 -f json --errors-inline $(cat all) > seq.jsonl 2> /dev/null
	check "parallel: same records" sh -c 'sort par.jsonl | cmp -s - "$0"' "$(sort seq.jsonl > seq.sorted; echo seq.sorted)"
else
	echo "skip: GNU parallel is not installed"
fi

echo "batch: $pass passed, $fail failed"
[ "$fail" = 0 ]
