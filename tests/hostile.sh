#!/bin/sh
# Hostile inputs, generated here (never stored): deep nesting, huge
# pages, a million elements, a 10 MB attribute, NUL bytes, binary files,
# a gzip bomb, invalid UTF-8, UTF-16 without a BOM, a page truncated at
# many points, an unreadable file.  Each must give its documented
# result; a hang or a runaway is caught by a generous time and memory
# guard (these are not speed tests: make bench measures speed).
#   tests/hostile.sh ARTEX
set -u
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
here=$(cd "$(dirname "$0")" && pwd)
fx=$here/fixtures
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
cd "$tmp" || exit 1

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
check() {
	name=$1
	shift
	if "$@"; then ok; else bad "$name"; fi
}
# run ARGS...: artex under the guards; status in $rc.  The sanitizer
# build reserves terabytes of address space, so only the plain build
# gets a memory ceiling.
run() {
	(
		case $ARTEX in *asan*) ;; *) ulimit -v 4194304 ;; esac
		exec timeout 300 ${VALGRIND:-} "$ARTEX" "$@"
	) > out 2> err
	rc=$?
}
# Exactly one message line naming the input.
one_line() { [ "$(wc -l < err)" = 1 ] && grep -q "^artex: $1: " err; }
para='<p>The council met on Tuesday to discuss the budget, and the members agreed, after a long debate, to raise spending on schools and roads next year.</p>'

python3 - "$para" <<'EOF'
import gzip, os, random, sys
rnd = random.Random(7)
para = sys.argv[1]
def w(name, data, mode='w'):
    with open(name, mode) as f:
        f.write(data)
w('deep.html', '<html><body>' + '<div>' * 100000 + para + '</div>' * 100000 + '</body></html>')
w('deep-unclosed.html', '<html><body>' + '<span><b><i>' * 40000 + para)
w('million.html', '<html><body>' + '<p>x</p>' * 1000000 + '</body></html>')
w('attr.html', '<html><body><div class="' + 'a' * 10000000 + '">' + para * 3 + '</div></body></html>')
w('nul.html', ('<html><body>' + para.replace('budget', 'bud\0get') + para + '</body></html>').encode(), 'wb')
w('invalid.html', b'<html><body><p>Bad \xff\xfe\xc3 bytes \xe2\x82 in the text, with commas, and then the council met on Tuesday to discuss the budget.</p>' + para.encode() + b'</body></html>', 'wb')
w('utf16.html', ('<html><body><h1>Budget</h1>' + para * 2 + '</body></html>').encode('utf-16-le'), 'wb')
with open('huge.html', 'w') as f:
    f.write('<html><body>')
    chunk = para * 1000
    while f.tell() < 100 * 1024 * 1024:
        f.write(chunk)
    f.write('</body></html>')
with gzip.open('bomb.html.gz', 'wb', compresslevel=9) as f:
    zeros = b'\0' * (1 << 20)
    for _ in range(200):
        f.write(zeros)
w('image.png', b'\x89PNG\r\n\x1a\n' + rnd.randbytes(2000), 'wb')
w('doc.pdf', b'%PDF-1.7\n' + rnd.randbytes(2000), 'wb')
w('random.gz', gzip.compress(rnd.randbytes(5000)), 'wb')
w('garbage.bin', rnd.randbytes(50000), 'wb')
# The metadata readers' hooks, repeated: each must stay linear (a
# quadratic one runs past the time budget and fails the page).
h1 = '<h1>Council raises spending on schools</h1>'
w('nested-time.html', '<html><body><article>' + h1 + '<time datetime="2019-07-03">' * 100000 + 'Published 29 June 2019' + '</time>' * 100000 + para + '</article></body></html>')
w('nested-logo.html', '<html><body>' + '<h1><a href="/">' * 100000 + 'Site' + '</a></h1>' * 100000 + '<article>' + para + '</article></body></html>')
w('link-bylines.html', '<html><body><article>' + h1 + '<a href="/x">' + '<span class="byline">By Anna Berger</span>' * 50000 + '</a>' + para + '</article></body></html>')
w('labels.html', '<html><body><article>' + h1 + '<p>' + '<b>By:</b> <br>' * 50000 + 'Anna Berger</p>' + para + '</article></body></html>')
w('nested-byline.html', '<html><body><article>' + h1 + '<div class="byline">' * 100000 + para * 5 + '</div>' * 100000 + '</article></body></html>')
w('nested-labels.html', '<html><body><article>' + h1 + '<div><b>By:</b>' * 100000 + 'x' + '</div>' * 100000 + para + '</article></body></html>')
w('nested-rubric.html', '<html><body><article>' + '<div class="category">' * 100000 + para * 5 + '</div>' * 100000 + h1 + para + '</article></body></html>')
w('nested-author.html', '<html><body><article>' + h1 + '<div class="author">' * 100000 + 'Anna Berger' + '</div>' * 100000 + para + '</article></body></html>')
w('nested-authorbox.html', '<html><body><article>' + h1 + ('<div class="author-info"><h3>Anna Berger</h3>' + 'Follow her on the networks. ' * 20) * 50000 + '</div>' * 50000 + para + '</article></body></html>')
w('nested-share.html', '<html><body><article>' + h1 + '<div class="share"><span>23.01.2019</span>' * 100000 + '</div>' * 100000 + para + '</article></body></html>')
w('nested-teaser-h1.html', '<html><body><div class="teaser">' + '<div class="teaser"><h1>Council</h1>' * 100000 + '</div>' * 100001 + '<article>' + para + '</article></body></html>')
body = '<b>' * 100000 + 'The council met. ' * 100 + '</b>' * 100000
w('ld-body.html', '<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"' + body + '"}</script></head><body><article>' + h1 + para + '</article></body></html>')
w('scholarly.html', '<html><head>' + ''.join('<meta name="citation_author" content="Author%d, Anna">' % k for k in range(100000)) + '</head><body><article>' + h1 + para + '</article></body></html>')
w('title-parts.html', '<html><head><title>' + ' | '.join('Part %d of the title' % k for k in range(200000)) + '</title></head><body><article><h2>A heading that is no part of the title</h2>' + para + '</article></body></html>')
w('title-huge.html', '<html><head><meta property="og:title" content="' + 'a' * 4000000 + '"><title>' + 'a' * 4000000 + '</title></head><body><article><h1>' + 'a' * 200000 + 'b</h1>' + para + '</article></body></html>')
w('ld-body-huge.html', '<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"' + 'The council met on Tuesday.\\n' * 200000 + '"}</script></head><body><article>' + h1 + para + '</article></body></html>')
EOF

# --- structure ------------------------------------------------------------
run deep.html
check "100,000-deep nesting: the text" [ "$rc" = 0 ] && grep -q "raise spending" out
run deep-unclosed.html
check "120,000 unclosed inline tags: the text" [ "$rc" = 0 ] && grep -q "raise spending" out
run million.html
check "a million elements: refused" [ "$rc" = 1 ] && one_line million.html && grep -q "more than 500000 elements" err
run --max-nodes 0 million.html
check "a million elements, no limit: read" [ "$rc" = 0 ] || [ "$rc" = 1 ]
run --max-nodes 0 --timeout 0.05 million.html
check "a million elements past --timeout: refused" [ "$rc" = 1 ] && one_line million.html && grep -q "took longer than the time budget" err
run attr.html
check "10 MB attribute: the text" [ "$rc" = 0 ] && grep -q "raise spending" out
run huge.html
check "100 MB page: refused" [ "$rc" = 1 ] && one_line huge.html && grep -q "larger than the size limit" err
run bomb.html.gz
check "gzip bomb (200 MB of zeros): refused" [ "$rc" = 1 ] && one_line bomb.html.gz && grep -q "larger than the size limit" err

for f in nested-time.html nested-logo.html link-bylines.html labels.html \
    nested-byline.html nested-labels.html nested-rubric.html \
    nested-author.html nested-authorbox.html nested-share.html \
    nested-teaser-h1.html ld-body.html ld-body-huge.html scholarly.html \
    title-parts.html title-huge.html; do
	run "$f"
	check "$f: the text, in the time budget" [ "$rc" = 0 ] && grep -q "raise spending" out
done

# --- bytes ------------------------------------------------------------------------
run nul.html
check "NUL bytes: the text" [ "$rc" = 0 ] && grep -q "raise spending" out
run -f json invalid.html
check "invalid UTF-8: read" [ "$rc" = 0 ] && grep -q "raise spending" out
run -f json utf16.html
check "UTF-16 without a BOM: read" [ "$rc" = 0 ] && [ "$(jq -r .charset out)" = UTF-16LE ] && grep -q "raise spending" out
for f in image.png doc.pdf random.gz garbage.bin; do
	run "$f"
	check "$f: refused, one line" [ "$rc" = 1 ] && one_line "$f"
done

# --- files ----------------------------------------------------------------------------
: > empty.html
run empty.html
check "empty file" [ "$rc" = 1 ] && one_line empty.html && grep -q "empty input" err
mkdir folder.html
run folder.html
check "a folder given as a file" [ "$rc" = 1 ] && one_line folder.html
# Readable by name, but reading fails (even for root).
if [ -r /proc/self/mem ]; then
	run /proc/self/mem
	check "a file that cannot be read" [ "$rc" = 1 ] && one_line /proc/self/mem
fi

# --- a fixture truncated at fifty points ----------------------------------------------
size=$(wc -c < "$fx/belta-csto.html")
i=1
crashed=0 unclear=0
while [ $i -le 50 ]; do
	head -c $((size * i / 50)) "$fx/belta-csto.html" > cut.html
	run cut.html
	if [ "$rc" -gt 1 ]; then crashed=$((crashed + 1)); fi
	if [ "$rc" = 1 ] && ! one_line cut.html; then unclear=$((unclear + 1)); fi
	i=$((i + 1))
done
check "truncated 50 ways: exit 0 or 1" [ $crashed = 0 ]
check "truncated 50 ways: each failure one line" [ $unclear = 0 ]

# --- the sandbox: a link in a crawled folder cannot reach outside it ----------------
mkdir -p crawl private
printf '<html><body><p>PRIVATE diary entry, with commas, written at length so that it reads as an article paragraph.</p></body></html>' > private/diary.html
cp "$fx/belta-csto.html" crawl/page.html
ln -s "$tmp/private/diary.html" crawl/link.html
run -v "$fx/belta-csto.html"
if grep -q "sandbox: Landlock ABI" err; then
	run -r crawl
	check "sandbox: the link outside is refused" [ "$rc" = 1 ] && grep -q 'crawl/link.html: Permission denied' err
	check "sandbox: nothing of it in the output" sh -c '! grep -q PRIVATE out'
	check "sandbox: the page inside is read" grep -q CSTO out
	run --no-sandbox -r crawl
	check "--no-sandbox: the link is followed" [ "$rc" = 0 ] && grep -q PRIVATE out
	run -O sandboxed -f json -r crawl
	check "sandbox: -O still writes its folder" [ -f sandboxed/crawl/page.json ]
else
	echo "skip: no sandbox here ($(grep sandbox err))"
fi

# --- all of it in one batch: every good page delivered --------------------------------
run -j2 -f json --errors-inline "$fx/belta-csto.html" deep.html million.html \
    image.png huge.html "$fx/tass-dateline.html" empty.html bomb.html.gz \
    nul.html folder.html utf16.html "$fx/ap-dateline.html"
check "mixed batch: exit 1" [ "$rc" = 1 ]
check "mixed batch: a record per input" [ "$(wc -l < out)" = 12 ]
check "mixed batch: the good ones" [ "$(jq -r 'select(.error == null) | .title' out | wc -l)" = 6 ]
check "mixed batch: a message per bad one" [ "$(wc -l < err)" = 6 ]

echo "hostile: $pass passed, $fail failed"
[ "$fail" = 0 ]
