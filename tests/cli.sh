#!/bin/sh
# Command-line behaviour: the seed page's values, stdin and -o, batches
# with bad inputs mixed in, exit statuses, messages, write errors.
# Bad inputs are generated here, not stored.
#   tests/cli.sh ARTEX
set -u
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
here=$(cd "$(dirname "$0")" && pwd)
fx=$here/fixtures
seed=$fx/belta-csto.html
pass=0 fail=0
tmp=$(mktemp -d)
trap 'chmod -R u+rw "$tmp"; rm -rf "$tmp"' EXIT
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

# --- the seed page -------------------------------------------------------
run -f json "$seed"
check "seed: exit 0" [ "$rc" = 0 ]
check "seed: title" [ "$(field .title)" = "CSTO foreign ministers adopt statement on 80th anniversary of Belarus’ liberation from Nazi invaders" ]
check "seed: date" [ "$(field .date)" = 2024-06-21T13:32 ]
check "seed: section" [ "$(field .section)" = "Government Bodies" ]
check "seed: dateline place" [ "$(field .dateline.place)" = MINSK ]
check "seed: dateline date" [ "$(field .dateline.date)" = "21 June" ]
check "seed: dateline source" [ "$(field .dateline.source)" = BelTA ]
check "seed: source" [ "$(field .source)" = BelTA ]
check "seed: lang" [ "$(field .lang)" = en ]
check "seed: eight paragraphs" [ "$(field '.blocks | length')" = 8 ]
check "seed: all paragraphs" [ "$(field '[.blocks[].kind] | unique | join(",")')" = paragraph ]
check "seed: no boilerplate" sh -c '! grep -E "All news|Subscribe to us|Recent news|Sunday, 21 July|Flag|cookies|All rights reserved" out'
# The body is the seed's eight paragraphs verbatim, no-break space gone.
sed -n '9,$p' "$here/../../shared/seed/belta-2024-06-21-csto.txt" 2>/dev/null > seed.txt
if [ -s seed.txt ]; then
	grep -v -e '^$' -e '^Subscribe to us$' -e '^Recent news from Belarus$' seed.txt |
	    sed 's/^\xc2\xa0//; s/\(\xc2\xa0\| \)*$//' > want.txt
	field '.blocks[].text' > got.txt
	check "seed: body verbatim" cmp -s want.txt got.txt
fi

# --- formats, stdin, -o ------------------------------------------------------
run "$seed"
check "text: title first" [ "$(head -1 out)" = "$(jq -r .title "$fx/belta-csto.expected.json")" ]
check "text: blank line after title" [ "$(sed -n 2p out)" = "" ]
run -f xml - < "$seed"
check "stdin with -: xml" grep -q '<dateline>' out
run -f json < "$seed"
check "stdin without file" [ "$(field .date)" = 2024-06-21T13:32 ]
run -f json -o result.json "$seed"
check "-o: status 0" [ "$rc" = 0 ]
check "-o: nothing on stdout" [ ! -s out ]
check "-o writes the file" [ "$(jq -r .date result.json)" = 2024-06-21T13:32 ]
run --url https://example.org/news/1 -f json "$fx/no-dateline.html"
check "--url fills a missing url" [ "$(field .url)" = https://example.org/news/1 ]

# --- options of the extractor -------------------------------------------------
run -f json "$fx/no-dateline.html"
check "comments: null by default" [ "$(field .comments)" = null ]
run -f json --comments "$fx/no-dateline.html"
check "--comments: the threads apart" sh -c "jq -r .comments out | grep -q 'float test'"
check "--comments: not in the body" sh -c "! jq -r .text out | grep -q 'float test'"
run --comments "$fx/no-dateline.html"
check "--comments: text after a rule" grep -q '^---$' out
run --explain "$seed"
check "--explain: stdout unchanged" cmp -s out "$fx/belta-csto.expected.txt"
check "--explain: the choice on stderr" grep -q '^chosen: ' err
check "--explain: kept blocks" grep -q '^  keep paragraph' err
check "--explain: dropped blocks" grep -q 'drop .*outside the article' err
check "--explain: the metadata's candidates" grep -q '^meta: h1 "CSTO foreign ministers' err
check "--explain: the bylines read" sh -c "! grep -q '^byline: ' err || grep -q '^byline: <' err"
run --precision -f json "$seed"
check "--precision: the seed whole" [ "$(field '.blocks | length')" = 8 ]
run --recall -f json "$seed"
check "--recall: the seed whole" [ "$(field '.blocks | length')" = 8 ]
run --strip-dateline -f json "$seed"
check "--strip-dateline: body starts after it" sh -c "jq -r '.blocks[0].text' out | grep -q '^Belarusian Minister'"
check "--strip-dateline: still a field" [ "$(field .dateline.place)" = MINSK ]
run -f json "$fx/ap-dateline.html"
check "source_id" [ "$(field .source_id)" = AP ]
check "authors: the agency is no person" [ "$(field '.authors | join("|")')" = "Mark Ellis" ]
check "evidence: source from the dateline" [ "$(field .evidence.source)" = dateline ]
check "evidence: date from meta" [ "$(field .evidence.date)" = meta ]
run -f json "$seed"
check "evidence: visible date" [ "$(field .evidence.date)" = "visible text" ]
printf '<html><body><h1>A headline of the story here</h1><p>vor 2 Stunden</p><p>Some long paragraph of text, with commas, that is the body of this article and long enough.</p></body></html>' > relative.html
run -f json --now 2024-06-21T13:32 relative.html
check "--now: a relative date resolved" [ "$(field .date)" = 2024-06-21T11:32 ]
run -f json relative.html
check "no --now: no relative date" [ "$(field .date)" = null ]
run -f json --now 2020-01-01 "$seed"
check "--now: no date after it" [ "$(field .date)" = null ]
run --now yesterday "$seed"
check "--now: a bad date is a usage error" [ "$rc" = 2 ]
run --no-captions -f json "$fx/html5-jsonld.html"
check "--no-captions" [ "$(field '[.blocks[] | select(.kind == "caption")] | length')" = 0 ]

# --- text options: mojibake, ASCII punctuation, wrapping -------------------
cs=$fx/charset
run -f json "$cs/fr-double-utf8.html"
check "mojibake mended by default" sh -c '! grep -q "Ã" out'
run -f json --no-fix-mojibake "$cs/fr-double-utf8.html"
check "--no-fix-mojibake keeps it" grep -q "Ã" out
run -v "$cs/fr-double-utf8.html"
check "-v: the repair noted" grep -q "note: mended" err
run -f json --ascii-punct "$seed"
check "--ascii-punct: no curly quotes" sh -c '! grep -q "’" out'
check "--ascii-punct: title in ASCII" [ "$(field .title)" = "CSTO foreign ministers adopt statement on 80th anniversary of Belarus' liberation from Nazi invaders" ]
check "--ascii-punct: the dateline still read" [ "$(field .dateline.source)" = BelTA ]
run --width 40 "$seed"
check "--width 40: no longer lines" [ "$(wc -L < out)" -le 40 ]
check "--width 40: same words" [ "$(tr -s ' \n' '\n\n' < out | grep -c .)" = "$("$ARTEX" "$seed" | tr -s ' \n' '\n\n' | grep -c .)" ]
run --width x "$seed"
check "--width x: usage error" [ "$rc" = 2 ]
run -f json "$cs/ru-utf-16le-bom.html"
check "UTF-16 with a BOM is a page" [ "$rc" = 0 ] && [ "$(field .charset)" = UTF-16LE ]

# --- bad inputs: one line naming the input, status 1 --------------------------
: > empty.html
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > image.png
printf 'hello' | gzip > page.html.gz
mkdir folder
printf '<html><body><script>var x = 1;</script></body></html>' > notext.html
head -c 4000 "$seed" > truncated.html
for f in empty.html image.png page.html.gz folder missing.html notext.html; do
	run "$f"
	check "$f: status 1" [ "$rc" = 1 ]
	check "$f: one message naming it" sh -c "[ \$(wc -l < err) = 1 ] && grep -q '^artex: $f: ' err"
done
if [ "$(id -u)" != 0 ]; then
	cp "$seed" locked.html
	chmod 000 locked.html
	run locked.html
	check "unreadable: status 1" [ "$rc" = 1 ]
	check "unreadable: message" grep -q '^artex: locked.html: Permission denied' err
fi
run truncated.html
check "truncated page still gives its article" [ "$rc" = 0 ]

# --- batches: the good documents are all written ----------------------------
run -f json "$seed" missing.html image.png "$fx/no-dateline.html" empty.html
check "batch: status 1" [ "$rc" = 1 ]
check "batch: two JSON lines" [ "$(wc -l < out)" = 2 ]
check "batch: three messages" [ "$(wc -l < err)" = 3 ]
check "batch: input order" [ "$(jq -r .dateline.source out | head -1)" = BelTA ]
run -f xml "$seed" folder "$fx/no-dateline.html"
check "batch xml: two articles" [ "$(grep -c '^<article>' out)" = 2 ]
check "batch xml: well-formed" xmllint --noout out
run "$seed" "$fx/no-dateline.html"
check "batch text: one form feed line" [ "$(grep -c "$(printf '^\f$')" out)" = 1 ]
check "batch text: status 0" [ "$rc" = 0 ]

# --- usage ----------------------------------------------------------------------
run --no-such-option "$seed"
check "unknown option: status 2" [ "$rc" = 2 ]
run -f yaml "$seed"
check "unknown format: status 2" [ "$rc" = 2 ]
check "unknown format: message" grep -q "unknown format" err
run --charset klingon "$seed"
check "unknown charset: status 2" [ "$rc" = 2 ]
run --help
check "--help: status 0" [ "$rc" = 0 ]
check "--help: exit statuses" grep -q "Exit status" out
run --version
check "--version" grep -q '^artex [0-9]' out

# --- headlines ------------------------------------------------------------------
# The site's logo set as an h1 ("<h1><a href="/">…</a></h1>") is not the
# headline; a documentation heading's permalink mark is not in it.
body='<p>Der Text des Beitrags ist lang genug, um als Artikel zu gelten, und er hat zwei Sätze. Der zweite Satz sagt, dass es um die Überschrift geht und um nichts sonst.</p>'
printf '<html><head><title>Archiv - Kapitel 1 [Archiv der Geschichten]</title></head><body><h1 class="heading"><a href="/"><span>Archiv der Geschichten</span> <sup>beta</sup></a></h1><div id="main">%s</div></body></html>' "$body" > logo.html
run -f json logo.html
check "logo h1: not the title" [ "$(field .title)" != "Archiv der Geschichten beta" ]
printf '<html><head><title>Docs</title></head><body><article><h1>Evolve: Shared Mutable History<a class="headerlink" href="#evolve">¶</a></h1>%s<h2>Motivation<a class="headerlink" href="#motivation">¶</a></h2>%s</article></body></html>' "$body" "$body" > permalink.html
run -f json permalink.html
check "permalink mark: not in the title" [ "$(field .title)" = "Evolve: Shared Mutable History" ]
check "permalink mark: not in the text" sh -c '! grep -q "¶" out'
# A numeric date set before the headline is the date's, not the headline's;
# a date in words may be the headline's subject.
printf '<html><head><title>23.01.2022 - Wierer darf beim Abschluss noch jubeln</title></head><body><article><h1>23.01.2022 - Wierer darf beim Abschluss noch jubeln</h1>%s</article></body></html>' "$body" > dated.html
run -f json dated.html
check "date before the headline: dropped" [ "$(field .title)" = "Wierer darf beim Abschluss noch jubeln" ]
check "date before the headline: not in the text" sh -c '! grep -q "23.01.2022" out'
printf '<html><head><title>1. Mai 2024 - Tausende demonstrieren in Berlin</title></head><body><article><h1>1. Mai 2024 - Tausende demonstrieren in Berlin</h1>%s</article></body></html>' "$body" > mayday.html
run -f json mayday.html
check "date in words before the headline: kept" [ "$(field .title)" = "1. Mai 2024 - Tausende demonstrieren in Berlin" ]
# No h1; the <title> is "Site | Headline" and the story's h2 repeats the
# headline: that part is the title, and it is not repeated in the text.
printf '<html><head><title>Gregory Szorc%ss Digital Home | Mercurial%ss Journey to Python 3</title></head><body><div class="post"><h2><a href="/blog/2020/journey">Mercurial%ss Journey to Python 3</a></h2>%s</div></body></html>' "'" "'" "'" "$body" > h2title.html
run -f json h2title.html
check "title part an h2 repeats" [ "$(field .title)" = "Mercurial's Journey to Python 3" ]
check "title part an h2 repeats: not in the text" [ "$(field '.blocks | length')" = 1 ]
# Small print in a headline is its subtitle; a block that repeats the
# headline's first half ("Dezuka Suisan") does not cut the title there.
printf '<html><head><title>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh</title></head><body><div class="crumbs"><p>Dezuka Suisan</p></div><article><h1><span>Dezuka Suisan: Deep-Fried Fish Cakes, Hot <span>and</span> Fresh</span> <small>Welcome to the Flavor Capital of Northern Japan</small></h1>%s</article></body></html>' "$body" > small.html
run -f json small.html
check "subtitle in <small>: not in the title" [ "$(field .title)" = "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh" ]
# Chinese titles join the site and its section without spaces; a Russian
# hyphenated word is a word.
for t in '武汉的声音：有英勇的你，才有英雄的城！-新华网|武汉的声音：有英勇的你，才有英雄的城！' \
    'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网|DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶' \
    'Новости экономики в регионе Северо-Запад|Новости экономики в регионе Северо-Запад'; do
	printf '<html><head><title>%s</title></head><body><div>%s</div></body></html>' "${t%%|*}" "$body" > cjk.html
	run -f json cjk.html
	check "site after a bare separator: ${t#*|}" [ "$(field .title)" = "${t#*|}" ]
done

# A section whose id is its heading made an anchor ("sharing-with-a-
# single-developer") is not a share bar.
printf '<html><head><title>Evolve</title></head><body><div class="content"><h1>Evolve: Shared Mutable History</h1>%s<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>Sharing changes between two clones of one developer is where the story starts: the same changeset is rewritten in one clone and pulled into the other one later.</p>%s</div></div></body></html>' "$body" "$body" > slug.html
run slug.html
check "heading-slug id: the section stays" grep -q "Sharing changes between two clones" out

# RDFa: one property attribute may name several properties, and
# "dc:creator" is Dublin Core's creator as "DC.creator" is.
printf '<html><head><title>Title Element</title><meta property="x:title dc:title" content="My own title"><meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="FAIL"></head><body><article><h1>Test document</h1>%s</article></body></html>' "$body" > rdfa.html
run -f json rdfa.html
check "RDFa: several properties, dc:title" [ "$(field .title)" = "My own title" ]
check "RDFa: dc:creator" [ "$(field .author)" = "Creator Name" ]

# An h1 inside a breadcrumb or a box named a teaser is the headline when
# the markup gives it word for word; one the markup does not name is not.
printf '<html><head><title>Lübeck: So war die Auktion</title><meta property="og:title" content="So lief die Auktion der Schätzchen"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Kücknitz - So lief die Auktion der Schätzchen"}</script></head><body><div class="article-teaser"><div class="article-teaser-breadcrumb"><span>Kostenlos bis 19:34 Uhr</span><h1><span>So lief die Auktion der Schätzchen</span></h1></div></div><article>%s</article></body></html>' "$body" > boxedh1.html
run -f json boxedh1.html
check "h1 in a teaser box, as og:title gives it" [ "$(field .title)" = "So lief die Auktion der Schätzchen" ]
printf '<html><head><title>Die Auktion in Kücknitz</title></head><body><div class="related-teaser"><h1>Ganz andere Geschichte von gestern</h1></div><article>%s</article></body></html>' "$body" > boxedh1b.html
run -f json boxedh1b.html
check "h1 in a teaser box, not named by the markup: not the title" [ "$(field .title)" = "Die Auktion in Kücknitz" ]

# An h1 set twice is a widget repeated; the one h1 left is the headline,
# even in a box whose class looks like a menu's.
printf '<html><head><title>Christmas Gift Guide | Journelles</title><meta property="og:title" content="Christmas Gift Guide | Journelles"></head><body><main><article><div class="mousemove_menueenter post_item"><h1>Mein cosy Home Gift Guide bei Westwing</h1></div>%s</article><div class="sidebar"><h1>Das ist Liebe: Unser Newsletter!</h1></div></main><div class="foot"><h1>Das ist Liebe: Unser Newsletter!</h1></div></body></html>' "$body" > repeath1.html
run -f json repeath1.html
check "h1 set twice is a widget: the one left is the headline" [ "$(field .title)" = "Mein cosy Home Gift Guide bei Westwing" ]

# The <title>'s last part that the logo h1 repeats is the site's banner.
printf '<html><head><title>Enchufla Figuren - Salsa-Figuren - Rueda in Berlin</title></head><body><h1><a href="/"><span>Salsa-Figuren - Rueda in Berlin</span></a></h1><div class="page-content">%s</div></body></html>' "$body" > bannerh1.html
run -f json bannerh1.html
check "title part the logo h1 repeats: the site's banner" [ "$(field .title)" = "Enchufla Figuren" ]

# --- authors --------------------------------------------------------------------
# A one-word markup author (a handle, a brand) gives way to a full name
# the page prints; a line that opens like a byline but names no one stays
# in the text.
printf '<html><head><title>Erinnerungskultur mit Stolpersteinen</title><meta name="author" content="L-MAG"></head><body><article><h1>Erinnerungskultur mit Stolpersteinen</h1><p>Von Claudia Lindner</p>%s<p>Anfahrt:<br>Vom S-Bahnhof Potsdam mit der Tram bis Haltestelle Vogelpark</p></article></body></html>' "$body" > brand.html
run -f json brand.html
check "one-word author: the byline's full name" [ "$(field .author)" = "Claudia Lindner" ]
check "no name after Vom: kept as text" grep -q "Vom S-Bahnhof Potsdam" out
# The story's own rail inside <article>, named a sidebar, holds the byline;
# a label alone in its wrappers reads on after them.
printf '<html><head><title>Estas son las marcas</title></head><body><article><h1>Estas son las marcas que dificultan el trabajo</h1><div class="Tech-Sidebar"><span class="Tech-Author">Por <a href="/author/avila/">Alberto Ávila</a></span></div>%s</article></body></html>' "$body" > rail.html
run -f json rail.html
check "byline in the article's rail" [ "$(field .author)" = "Alberto Ávila" ]
printf '<html><head><title>New Robot Does Superior Job Sampling Blood</title></head><body><article><h1>New Robot Does Superior Job Sampling Blood</h1><div class="meta"><p class="label"><strong>By</strong></p><div class="f-text"><p class="full-name">Todd Bates</p></div></div>%s</article></body></html>' "$body" > label.html
run -f json label.html
check "name after a label in its own wrappers" [ "$(field .author)" = "Todd Bates" ]

# A byline inside a teaser of another story (a link around much more text)
# is that story's author.
printf '<html><head><title>Wohnungssuche in Freiburg</title></head><body><article><h1>Viele Studierende sind noch auf Wohnungssuche</h1>%s</article><ul class="teasers"><li><a href="/blasmusik"><span>Warum verbringen junge Menschen ihre Freizeit mit Blasmusik? Zwei junge Frauen erklären es.</span> <span class="teaser__autor">Von Clara Müller</span></a></li></ul></body></html>' "$body" > teaser.html
run -f json teaser.html
check "byline in a teaser link: not the author" [ "$(field .author)" = null ]

# The author's biography at the end of the story goes; a paragraph that
# names the author inside the story stays.
printf '<html><head><title>Taiwan votes</title><meta name="author" content="Alice Wu"></head><body><article><h1>Taiwan votes for a second term</h1>%s<p>Alice Wu was in Taipei for the vote, which the island held on a Saturday, and she saw the queues at the polling stations before dawn.</p>%s<p>Alice Wu fell down the rabbit hole of politics aged 12, when she ran her first election campaign. She has written about local politics for the Post since 2008.</p></article></body></html>' "$body" "$body" > bio.html
run bio.html
check "author's biography at the end: dropped" sh -c '! grep -q "rabbit hole" out'
check "author named inside the story: kept" grep -q "was in Taipei" out

# Fields of a byline set side by side in their own elements do not run
# together; an author box names its author in its heading.
printf '<html><head><title>Best of 2022</title></head><body><article><h1>Best of 2022: the projects</h1><div class="gallery-author-info"><a href="/user/houzzde"><span>Houzz Deutschland</span></a><span>vor 5 Stunden</span><div>Mehr</div></div>%s</article></body></html>' "$body" > glued.html
run -f json glued.html
check "byline fields in their own elements: kept apart" [ "$(field .author)" = "Houzz Deutschland" ]
printf '<html><head><title>Hochzeit im Wendland</title></head><body><article><h1>Ich war am Wochenende auf einer Hochzeit</h1><div class="author-info"><div class="mini-card"><img alt=""><section><h3><a href="/in/ingahoeltmann">Inga Hoeltmann</a></h3><a>Follow</a><p>Transformationsbegleiterin und Expertin f\xc3\xbcr Neue Arbeit und Neues Lernen. Schwerpunkte: Home-Office und Meetings, Führung auf Distanz.</p></section></div><span>Like 319</span><span>Comment 160</span><span>Share</span><span>LinkedIn Facebook Twitter</span></div>%s</article></body></html>' "$body" > authorbox.html
run -f json authorbox.html
check "author box: the name in its heading" [ "$(field .author)" = "Inga Hoeltmann" ]
printf '<html><head><title>Hochzeit im Wendland</title></head><body><article><h1>Ich war am Wochenende auf einer Hochzeit</h1>%s<div class="author-box"><h3>Weitere Beiträge</h3><ul><li><a href="/a">Warum wir heiraten, wie wir heiraten, und was es kostet</a></li><li><a href="/b">Hochzeiten auf dem Land sind anders als in der Stadt</a></li></ul><p>Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen.</p></div></article></body></html>' "$body" > authorbox2.html
run -f json authorbox2.html
check "author box: a heading nothing vouches for is no name" [ "$(field .author)" = null ]

# The publisher in meta author gives way to the person another key names;
# a site's developer credit names no author.
printf '<html><head><title>Wohnungssuche</title><meta name="author" content="Badische Zeitung"><meta property="og:site_name" content="Badische Zeitung"><meta property="cXenseParse:author" content="Lisa Petrich"><meta name="DC.Creator" content="Developed By Heba Musa"></head><body><article><h1>Viele Studierende sind noch auf Wohnungssuche</h1>%s</article></body></html>' "$body" > publisher.html
run -f json publisher.html
check "publisher as meta author: the person instead" [ "$(field .author)" = "Lisa Petrich" ]
printf '<html><head><title>Nachrichten</title><meta name="DC.Creator" content="Developed By Heba Musa"></head><body><article><h1>Nachrichten des Tages aus der Stadt</h1>%s</article></body></html>' "$body" > credit.html
run -f json credit.html
check "developer credit: no author" [ "$(field .author)" = null ]

# A personal site whose name is its owner's, spelling the host, names the
# author when nothing else does; a brand that spells the host does not.
printf '<html><head><title>Zeitphilosophie &#8211; Dr. Alexander Klier</title><meta property="og:site_name" content="Dr. Alexander Klier"><link rel="canonical" href="https://www.alexander-klier.net/zeitphilosophie/"></head><body><article><h1>Zeitphilosophie</h1>%s</article></body></html>' "$body" > owner.html
run -f json owner.html
check "personal site: the owner is the author" [ "$(field .author)" = "Alexander Klier" ]
printf '<html><head><title>Der Turm der W\xc3\xbcnsche | Zoo Berlin</title><meta property="og:site_name" content="Zoo Berlin"><link rel="canonical" href="https://www.zoo-berlin.de/turm/"></head><body><article><h1>Der Turm der W\xc3\xbcnsche</h1>%s</article></body></html>' "$body" > brandsite.html
run -f json brandsite.html
check "a brand spelling the host: no author" [ "$(field .author)" = null ]

# In a byline box, the names microdata marks as the author: the partner's
# name beside them is the publisher.
printf '<html><head><title>Nintendo game</title></head><body><article><h1>Nintendo first iPhone game will launch</h1><div class="authorinfo-bsb"><div class="sourcename-txt"><a href="http://www.techinsider.io">Tech Insider</a></div><div class="authorinfo-txt"><span class="authorname-txt" itemprop="author"><span itemprop="name">Alex Perry</span></span><time datetime="2016-11-15T07:00:00.000Z">1 day ago</time></div></div>%s</article></body></html>' "$body" > markedauthor.html
run -f json markedauthor.html
check "byline box: the name microdata marks" [ "$(field .author)" = "Alex Perry" ]
printf '<html><head><title>Nintendo game</title></head><body><article><h1>Nintendo first iPhone game will launch</h1><div class="byline">By <span itemprop="author">Jane Doe</span> and <span itemprop="author">John Roe</span>, Tech Insider</div>%s</article></body></html>' "$body" > markedauthors.html
run -f json markedauthors.html
check "byline box: each name microdata marks" [ "$(field '.authors | join("|")')" = "Jane Doe|John Roe" ]
printf '<html><head><title>Nintendo game</title></head><body><article><h1>Nintendo first iPhone game will launch</h1><div class="byline"><span itemprop="author"></span>By Jane Doe</div>%s</article></body></html>' "$body" > emptymark.html
run -f json emptymark.html
check "byline box: an empty mark, the box's text" [ "$rc" = 0 ] && [ "$(field .author)" = "Jane Doe" ]

# Drupal's "submitted" line names the author and the date.
printf '<html><head><title>FairCoin hackathon</title></head><body><div class="node"><h1>FairCoin hackathon beim Sommercamp</h1><div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div><div class="content">%s</div></div></body></html>' "$body" > submitted.html
run -f json submitted.html
check "submitted line: the author" [ "$(field .author)" = "rasos" ]
check "submitted line: the date" [ "$(field .date)" = "2017-07-24T18:55" ]

# Scholarly keys give one author each, written "Last, First".
printf '<html><head><title>remoteStorage</title><meta name="citation_author" content="Kooman, F."><meta name="citation_author" content="Jong, Michiel de"><meta name="author" content="Some Site"></head><body><article><h1>remoteStorage draft</h1>%s</article></body></html>' "$body" > scholarly.html
run -f json scholarly.html
check "citation_author: each, first names first" [ "$(field '.authors | join("|")')" = "F. Kooman|Michiel de Jong" ]
printf '<html><head><title>remoteStorage</title><meta name="DC.creator" content="Jane Doe, Reuters"></head><body><article><h1>remoteStorage draft</h1>%s</article></body></html>' "$body" > scholarly2.html
run -f json scholarly2.html
check "DC.creator with an agency after the name: the name" [ "$(field '.authors | join("|")')" = "Jane Doe" ]

# Every kind of schema.org Article is the article: ReportageNewsArticle.
printf '<html><head><script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"Tite diz que errou","author":[{"@type":"Person","name":"Bruno Rodrigues "}]}</script><title>Tite diz que errou</title></head><body><article><h1>Tite diz que errou ao levar a taça</h1>%s</article></body></html>' "$body" > reportage.html
run -f json reportage.html
check "ReportageNewsArticle: its author" [ "$(field .author)" = "Bruno Rodrigues" ]

# --- text from the structured data -----------------------------------------------
# A page that shows a teaser while its JSON-LD carries the whole text (a
# script renders it, or a paywall hides it) gives that text; a page that
# shows its text is not given it twice.
para='The council met on Tuesday evening to discuss the new budget for the coming year, which has been delayed twice already.'
printf '<html><head><title>Budget delayed</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget delayed","articleBody":"<p>%s</p><p>Members argued &amp; voted late into the night.</p>\n%s\n%s\n%s\nThe vote ended the debate at midnight."}</script></head><body><article><h1>Budget delayed</h1><p>A short teaser of the story.</p><div id="app"></div></article></body></html>' "$para" "$para" "$para" "$para" > ldbody.html
run ldbody.html
check "articleBody: the text the page does not show" grep -q "The vote ended the debate at midnight." out
check "articleBody: its markup and entities read" grep -qx "Members argued & voted late into the night." out
check "articleBody: the teaser kept" grep -q "A short teaser" out
printf '<html><head><title>Budget delayed</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget delayed","articleBody":"%s The vote ended."}</script></head><body><article><h1>Budget delayed</h1>%s</article></body></html>' "$body" "$body" > ldbody2.html
run ldbody2.html
check "articleBody: not added where the page shows the text" sh -c '! grep -q "The vote ended." out'

# --- dates ----------------------------------------------------------------------
# A share bar's part without links holds the story's date and byline; a
# date inside a link in it is another page's.
printf '<html><head><title>Steve Forbes: Trump is indeed a billionaire</title></head><body><div class="detail-content"><h2>Steve Forbes: Trump is indeed a billionaire.</h2><p class="lead">Publishing magnate Steve Forbes tells the Swiss weekly that being president has hurt Trump financially.</p><div class="social-share"><div class="pull-left"><h5>23.01.2019</h5><div>By Urs Gehriger and Florian Schwab</div></div><div class="pull-right"><a href="https://twitter.com/share">Twitter</a><a href="https://facebook.com/sharer">Facebook</a></div></div>%s</div></body></html>' "$body" > sharebar.html
run -f json sharebar.html
check "share bar: the story's date" [ "$(field .date)" = "2019-01-23" ]
check "share bar: the byline" [ "$(field .author)" = "Urs Gehriger; Florian Schwab" ]
printf '<html><head><title>Steve Forbes: Trump is indeed a billionaire</title></head><body><div class="detail-content"><h2>Steve Forbes: Trump is indeed a billionaire.</h2><div class="social-share"><a href="/older-story"><span>23.01.2019</span></a><a href="https://twitter.com/share">Twitter</a></div>%s</div></body></html>' "$body" > sharebar2.html
run -f json sharebar2.html
check "share bar: a date in a link is not the story's" [ "$(field .date)" = null ]

# The day the markup calls the last change, printed at the headline, is
# the story's: it was published again then.  A date labelled as a change
# is not, while the page gives another; alone, it is the page's date.
ld='<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sieben Berufe, die Zukunft haben","datePublished":"2017-08-21T13:09:00Z","dateModified":"2019-04-03T08:04:01Z"}</script>'
printf '<html><head><title>Sieben Berufe</title>%s</head><body><article><h1>Sieben Berufe, die Zukunft haben</h1><div class="row"><div>03.04.2019</div><div>Von Anna Berger</div></div>%s</article></body></html>' "$ld" "$body" > republished.html
run -f json republished.html
check "republished: the day the page prints" [ "$(field .date)" = "2019-04-03" ] && [ "$(field .evidence.date)" = "visible text (republished)" ]
printf '<html><head><title>Sieben Berufe</title>%s</head><body><article><h1>Sieben Berufe, die Zukunft haben</h1><p>Aktualisiert am 03.04.2019</p>%s</article></body></html>' "$ld" "$body" > updated.html
run -f json updated.html
check "labelled as an update: the markup's publication stays" [ "$(field .date)" = "2017-08-21T13:09:00Z" ]
printf '<html><head><title>Faster Docker builds</title></head><body><article><h1>Faster Docker builds with pip-tools</h1><p>Last updated 04 Jun 2020, originally created 17 Jun 2019</p>%s</article></body></html>' "$body" > created.html
run -f json created.html
check "update and creation on one line: the creation" [ "$(field .date)" = "2019-06-17" ] && [ "$(field .modified)" = null ]
printf '<html><head><title>Ein Remis als Mutmacher</title></head><body><article><div class="lastchanged">Stand: 19.10.2019 11:05 Uhr</div><h1>Eintracht Braunschweig: Ein Remis als Mutmacher</h1>%s</article></body></html>' "$body" > stand.html
run -f json stand.html
check "only a change's date: the page's date" [ "$(field .date)" = "2019-10-19T11:05" ] && [ "$(field .evidence.date)" = "visible text (updated)" ]
printf '<html><head><title>Sieben Berufe</title><meta property="article:published_time" content="2019-03-01"></head><body><article><h1>Sieben Berufe, die Zukunft haben</h1><p>Updated: April 3, 2019</p>%s</article></body></html>' "$body" > updmod.html
run -f json updmod.html
check "a change's date beside the markup's publication: modified" [ "$(field .modified)" = "2019-04-03" ] && [ "$(field .date)" = "2019-03-01" ]

# Of two h1s the markup confirms, the headline, not the logo that the
# title's site part repeats; an ideographic or no-break space in the markup
# is a space like the page's.
printf '<html><head><title>Tenemos para rato | La Prensa</title><meta property="og:title" content="Tenemos para&amp;nbsp;rato, dice Alejandra | La Prensa"></head><body><header><h1>La Prensa</h1></header><article><h1>Tenemos para rato, dice Alejandra</h1>%s</article></body></html>' "$body" > twoh1.html
run -f json twoh1.html
check "two confirmed h1s: the headline" [ "$(field .title)" = "Tenemos para rato, dice Alejandra" ]
printf '<html><head><meta property="og:title" content="減税は24年6月ボーナスのタイミングで\343\200\200岸田総理が会見で明らかに|au Webポータル"><title>減税 経済・ITニュース</title></head><body><h1>経済・IT</h1><article><h1>減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに</h1>%s</article></body></html>' "$body" > cjkh1.html
run -f json cjkh1.html
check "ideographic space in og:title: the h1 it confirms" [ "$(field .title)" = "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに" ]

# A byline box whose one inner element is marked as the author: the inner
# element names it (the box opens with its section); an inner label
# ("Auteur:") does not.  An agency alone in the byline is the source.
printf '<html><head><title>Coronavirus rammer trafikken</title></head><body><h1>Coronavirus rammer trafikken i Danmark</h1><div class="created_and_author"><div class="created_at">Danmark - 10. marts 2020 kl. 20:00</div><div class="author">Af Ritzau</div></div>%s</body></html>' "$body" > innerauthor.html
run -f json innerauthor.html
check "byline box: the inner author element, an agency: no author" [ "$(field .author)" = null ]
check "byline box: the agency is the source" [ "$(field .source)" = Ritzau ] && [ "$(field .evidence.source)" = author ]
printf '<html><head><title>T</title></head><body><h1>El Gobierno aprueba el plan</h1><div class="byline">Por María López | EFE</div>%s</body></html>' "$body" > barefe.html
run -f json barefe.html
check "byline: the agency after the bar is the source" [ "$(field .author)" = "María López" ] && [ "$(field .source)" = EFE ]
printf '<html><head><title>Le ministre</title></head><body><h1>Le ministre de la Santé sommé de démissionner</h1><div class="node-block--authors"><span class="block__label--authors">Auteur:</span> <a href="/anna-kubista">Anna Kubišta</a></div>%s</body></html>' "$body" > labelchild.html
run -f json labelchild.html
check "byline box: an inner label is not the name" [ "$(field .author)" = "Anna Kubišta" ]
# A time zone after the time is the date's, not a name.
printf '<html><head><title>Championships set</title></head><body><h1>2022 world athletics championships set for July 15-24</h1><div class="byline"><p>Wednesday, 08 Apr 2020 11:39 PM MYT</p></div>%s</body></html>' "$body" > myt.html
run -f json myt.html
check "MYT: the date's zone, no author" [ "$(field .author)" = null ] && [ "$(field .date)" = "2020-04-08T23:39+08:00" ]

# The agency that signs the story's end is its source: a last line of its
# own leaves the text ("aja/PAP"), parentheses closing the last sentence
# stay ("… er. (dpa)").  Editors' initials alone sign nothing, and an
# agency's name in lower case is initials where the agency writes itself
# in capitals ("vyp/kna").
printf '<html><head><title>Zgoda PE</title></head><body><h1>Jest zgoda PE na umowę</h1>%s<p>aja/PAP</p><p><a href="/a">Publikacja dostępna na stronie</a></p></body></html>' "$body" > signpap.html
run -f json signpap.html
check "agency signature: the source" [ "$(field .source)" = PAP ] && [ "$(field .evidence.source)" = signature ]
check "agency signature: out of the text" sh -c '! grep -q "aja/PAP" out'
printf '<html><head><title>Strompreis</title></head><body><h1>Industriestrompreis</h1>%s<p>Die FDP lehnt die Pläne ab. (dpa)</p></body></html>' "$body" > signdpa.html
run -f json signdpa.html
check "agency in parentheses closing the story: the source" [ "$(field .source)" = dpa ] && [ "$(field .source_id)" = dpa ]
check "agency in parentheses closing the story: the text keeps it" grep -q 'ab. (dpa)' out
printf '<html><head><title>Stroke</title></head><body><h1>Stroke</h1>%s<p>Akhir. (vyp/kna)</p></body></html>' "$body" > signkna.html
run -f json signkna.html
check "editors' initials: no agency" [ "$(field .source)" = null ]
printf '<html><head><title>Stroke</title></head><body><h1>Stroke</h1>%s<p>Simak Video "Penyakit Jantung Penyakit Orang Tua?"</p><p>(vyp/kna)</p></body></html>' "$body" > signinitials.html
run -f text signinitials.html
check "editors' initials alone, a video's promotion: out of the text" sh -c '! grep -q -e vyp -e Simak out'
for mark in '（完）' '###' '-30-' '&lt;끝&gt;'; do
	printf '<html><head><title>T</title></head><body><h1>Headline</h1>%s<p>%s</p></body></html>' "$body" "$mark" > endmark.html
	run -f text endmark.html
	check "the wire's end mark $mark: out of the text" sh -c '! grep -q -e "完" -e "###" -e "-30-" -e "끝" out'
done
printf '<html><head><title>كورونا</title></head><body><h1>اصابات بفيروس كورونا</h1>%s<p>--(بترا)</p></body></html>' "$body" > signpetra.html
run -f json signpetra.html
check "agency signature in Arabic: the source" [ "$(field .source_id)" = Petra ] && [ "$(field '.blocks|length')" = 1 ]

# A figure's heading is its caption, and its "author" the picture's: the
# story's byline never stands inside a figure.
printf '<html><head><title>Syrien</title></head><body><article><h1>Syriens Wirtschaft am Boden</h1>%s<figure><img src="a.jpg"><h2 class="image-description__caption">Hunger macht sich breit in Hasakeh.</h2><div class="image-description__author"><span>Delil Souleiman /AFP</span></div></figure>%s</article></body></html>' "$body" "$body" > figcredit.html
run -f json figcredit.html
check "figure: its heading is a caption" [ "$(field '[.blocks[]|select(.kind=="caption")][0].text')" = "Hunger macht sich breit in Hasakeh." ]
check "figure: the picture's author is no text" sh -c '! grep -q Souleiman out'

# Chinese and Korean datelines: the agency is the source.
printf '<html><head><title>会见</title></head><body><article><h1>习近平会见外国领导人</h1><p>新华社北京6月21日电（记者张三）国家主席习近平21日在人民大会堂会见了来访的外国领导人，双方就两国关系深入交换了意见。</p>%s</article></body></html>' "$body" > xinhua_cn.html
run -f json --strip-dateline xinhua_cn.html
check "Chinese dateline: place, day, source" [ "$(field .dateline.place)" = 北京 ] && [ "$(field .dateline.date)" = "6月21日" ] && [ "$(field .source_id)" = Xinhua ]
check "Chinese dateline: its reporter is the author" [ "$(field .author)" = 张三 ] && [ "$(field .evidence.author)" = dateline ]
check "Chinese dateline: --strip-dateline" [ "$(field '[.blocks[]|select(.kind=="paragraph")][0].text[:4]')" = 国家主席 ]
printf '<html><head><title>거리두기</title><meta name="author" content="스포츠조선=선수민 기자"></head><body><article><h1>거리두기 연장</h1><p>(서울=연합뉴스) 홍길동 기자 = 정부는 21일 코로나19 확산을 막기 위해 사회적 거리두기를 연장한다고 밝혔다.</p>%s</article></body></html>' "$body" > yonhap_kr.html
run -f json yonhap_kr.html
check "Korean dateline: Yonhap; the reporter's title goes" [ "$(field .source_id)" = Yonhap ] && [ "$(field .author)" = 선수민 ]

# Attributions in scripts that set words side by side, or in letters of
# two bytes: "据新华社报道", "共同通信によると", "ذكرت ... (بترا)".
for t in '据新华社报道，国家主席习近平21日在人民大会堂会见了来访的外国领导人，双方就两国关系深入交换了意见。|Xinhua' '共同通信によると、米政府は21日、新たな経済対策を発表した。対策の規模は過去最大となる見通しだ。|Kyodo' 'ذكرت وكالة الأنباء الأردنية (بترا) أن الحكومة ستجتمع اليوم لمناقشة الوضع الاقتصادي في البلاد.|Petra'; do
	printf '<html><head><title>T</title></head><body><article><h1>Headline</h1><p>%s</p>%s</article></body></html>' "${t%%|*}" "$body" > attrib.html
	run -f json attrib.html
	check "attribution: ${t##*|}" [ "$(field .source_id)" = "${t##*|}" ] && [ "$(field .evidence.source)" = attribution ]
done

# A label names the source, alone or beside the date.
printf '<html><head><title>T</title></head><body><article><h1>Headline</h1><p>2024-06-21 13:32 来源：新华网</p>%s</article></body></html>' "$body" > srclabel.html
run -f json srclabel.html
check "source label: 来源：新华网" [ "$(field .source_id)" = Xinhua ] && [ "$(field .evidence.source)" = label ]
printf '<html><head><title>T</title></head><body><article><h1>Headline</h1>%s<p>Quelle: dpa</p></article></body></html>' "$body" > srclabel2.html
run -f json srclabel2.html
check "source label: Quelle: dpa, out of the text" [ "$(field .source_id)" = dpa ] && [ "$(field '.blocks|length')" = 1 ]

# A byline element naming no person (a book's edition) leaves the author
# to the story's own byline, set off by dashes.
printf '<html><head><title>micropolitics</title></head><body><h1>micropolitics</h1><div><p><em>---- by Kenneth Surin</em></p>%s<p class="src"><span itemprop="author">Revised Edition Edited by Adrian Parr</span>.</p></div></body></html>' "$body" > edition.html
run -f json edition.html
check "a book's edition is no author; the dashed byline is" [ "$(field .author)" = "Kenneth Surin" ]

# A date line's later date after an update's label is the modified date.
printf '<html><head><title>T</title></head><body><article><h1>Le port mise sur l éolien</h1><div class="info">Publié le 21/06/2024 à 13h32 - Modifié le 21/06/2024 à 15h10</div>%s</article></body></html>' "$body" > modifie.html
run -f json modifie.html
check "visible modified date: Modifié le" [ "$(field .date)" = 2024-06-21T13:32 ] && [ "$(field .modified)" = 2024-06-21T15:10 ] && [ "$(field .evidence.modified)" = "visible text" ]

# A Korean byline puts the title after the name: "이용민 기자".
printf '<html><head><title>모금</title></head><body><article><h1>세종시 특별모금</h1><p>코로나19 극복을 위한 특별모금이 이어지고 있다. 세종시와 세종사회복지공동모금회는 4일 시청 접견실에서 코로나19 극복 지원 특별모금 성금 전달식을 열었다. 이번 모금에는 지역 기업과 단체가 참여했다.</p><p>이용민 기자</p></article></body></html>' > kobyline.html
run -f json kobyline.html
check "Korean byline: the name, out of the text" [ "$(field .author)" = 이용민 ] && [ "$(field '.blocks|length')" = 1 ]

# Mathematics is text: MathML's tokens stay, its TeX annotation goes, and
# MathJax's container is no menu whatever its class ("CtxtMenu_…").
printf '<html><head><title>Quadratic</title></head><body><article><h1>The quadratic formula</h1>%s<p>When <mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-math aria-hidden="true"><mjx-mi>a</mjx-mi></mjx-math><mjx-assistive-mml><math><semantics><mrow><mi>a</mi> <mo>≠</mo> <mn>0</mn></mrow><annotation encoding="application/x-tex">a \neq 0</annotation></semantics></math></mjx-assistive-mml></mjx-container>, there are two solutions.</p></article></body></html>' "$body" > mathjax.html
run -f text mathjax.html
check "MathML: the formula stays" grep -q 'When a ≠ 0, there are two solutions' out
check "MathML: the TeX annotation goes" sh -c '! grep -q neq out'

# A view counter, a form's required fields, a lone "Latest", an empty
# editor's label go; headings that close with a full stop are sentences
# set large, and stay when what followed them went.
printf '<html><head><title>Plakat</title></head><body><article><h1>Haltet unsere Gewässer sauber</h1><p>Und noch mal was mit Wasser:</p><h3>Der Plakatwettbewerb für Kinder</h3><h3>findet in 2020 bereits zum 6. Mal statt.</h3><h3>Berliner*innen und ihre Besucher.</h3><p>Post Views: 22</p><p>Loading ...</p><p>*Pflichtfelder</p><p>Latest</p><p>责任编辑：</p></article></body></html>' > postviews.html
run -f text postviews.html
check "prose headings stay; counters and form labels go" sh -c 'grep -q "Berliner\*innen und ihre Besucher." out && grep -q "Der Plakatwettbewerb" out && ! grep -q -e "Post Views" -e Loading -e Pflichtfelder -e Latest -e 责任编辑 out'
printf '<html><head><title>T</title></head><body><article><h1>Headline</h1><p>Lesezeit: 2 Minuten</p><p>Estimated reading time: 6 minutes</p><p>Media playback is unsupported on your device</p><p>×</p><p>Updated: 9.45pm</p>%s<p>Views: 184</p></article></body></html>' "$body" > readtime.html
run -f text readtime.html
check "reading time, a player notice, a close button, an update time, views: gone" sh -c '! grep -q -e Lesezeit -e "reading time" -e playback -e "×" -e 9.45 -e Views out'
printf '<html><head><title>T</title></head><body><article><h1>Headline</h1>%s<p>© Franca Wohlt</p><p>toggle caption</p><p>prije 28 minuta</p>%s</article></body></html>' "$body" "$body" > credits.html
run -f text credits.html
check "a credit line, a caption toggle, a Croatian relative date: gone" sh -c '! grep -q -e Wohlt -e toggle -e prije out'

# A linked sentence whose own words make a clause stays; a list of links
# goes.
printf '<html><head><title>Firefox</title></head><body><article><h1>These Weeks in Firefox</h1>%s<p>Thanks to <a href="/u/evilpie">evilpie, a contributor from the community</a>, users can now import logins from <a href="/bug/1">the Keepass(XC) password manager</a> into <a href="/ff">Firefox Nightly builds</a> on every platform</p><ul><li><a href="/a">Read the other story about the browser</a> 2 hours ago</li></ul></article></body></html>' "$body" > linkedclause.html
run -f text linkedclause.html
check "a linked clause stays, a linked headline goes" sh -c 'grep -q "users can now import logins" out && ! grep -q "other story" out'

# A block holding only an address for microdata is no text of the story.
printf '<html><head><title>Egypt</title></head><body><h1>Egypt records 30 new cases</h1><div class="b-article__meta"><div itemprop="image">https://cdn.example.com/img/1044423427_1200x675.jpg</div><div itemprop="url">https://example.com/arab_world/2020/egypt</div></div>%s</body></html>' "$body" > microurl.html
run -f text microurl.html
check "microdata address: not in the text" sh -c '! grep -q "https://" out'

# What speaks about the page goes: a notice to enable JavaScript, a
# newsletter's sign-up, a rights line; and a heading the story ends with
# introduces nothing.  A story about JavaScript keeps its sentences.
printf '<html><head><title>Weather</title></head><body><article><h1>Storm Ciaran breaks records across the south</h1>%s<p>Get a weekly roundup in your inbox instead. Every Wednesday, our editor writes about the climate.</p><p>JavaScript is disabled. For a better experience, please enable JavaScript in your browser.</p><p>(Copyright (c) 2023 Sunbeam Television. All Rights Reserved.)</p><h2>Weitere Informationen:</h2></article></body></html>' "$body" > notices.html
run -f text notices.html
check "page notices: gone" sh -c '! grep -q -e inbox -e JavaScript -e Copyright -e Weitere out'
check "page notices: the story stays" grep -q "zwei Sätze" out
printf '<html><head><title>Blanket.js</title></head><body><article><h1>Get your Frontend JavaScript Code Covered</h1><p>Blanket.js is an easy to install, easy to configure, and easy to use JavaScript code coverage library that works both in-browser and with nodejs.</p>%s</article></body></html>' "$body" > jsstory.html
run -f text jsstory.html
check "a story about JavaScript: its sentence stays" grep -q "Blanket.js is an easy" out

# A date strip's weekday alone, and a line of two dates with their times,
# zones and labels, are date lines: not the story's text.
printf '<html><head><title>Trump Jr. tests positive</title></head><body><article><h1>Donald Trump Jr. tests positive for coronavirus</h1><p>Monday</p><p>Posted: Nov 20, 2020 / 05:25 PM CST / Updated: Nov 20, 2020 / 07:16 PM CST</p>%s</article></body></html>' "$body" > dateslines.html
run -f json dateslines.html
check "date lines: a weekday, posted and updated: gone" [ "$(field .blocks[0].text | cut -c1-8)" = "Der Text" ]
check "date lines: the date read" [ "$(field .date)" = "2020-11-20T17:25-06:00" ]

# A <title> that names the site alone: the page's one h1 heads the page,
# however short.
printf '<html><head><title>Anwalt Niemeyer</title><link rel="canonical" href="https://www.anwaltniemeyer.de/"></head><body><h1>Willkommen!</h1>%s</body></html>' "$body" > sitetitle.html
run -f json sitetitle.html
check "title naming the site: the short h1" [ "$(field .title)" = "Willkommen!" ]

# An edition in parentheses that the markup adds to the page's heading.
printf '<html><head><title>Der historische Purzelbaum (2021/5): alacarte</title><meta property="og:title" content="Der historische Purzelbaum (2021/5)"></head><body><h2>Der historische Purzelbaum</h2>%s</body></html>' "$body" > paren.html
run -f json paren.html
check "edition in parentheses: the heading" [ "$(field .title)" = "Der historische Purzelbaum" ] && [ "$(field .evidence.title)" = h2 ]

# A bare count in a paragraph is a counter; "1." numbers an item.
printf '<html><head><title>Grand Prix</title></head><body><article><h1>Verstappen noteert zesde tijd in derde training</h1>%s<p>350</p><p>1.</p><p>Hamilton was voor het eerst de beste in een training, een stuk sneller dan Bottas.</p></article></body></html>' "$body" > counter.html
run -f text counter.html
check "a bare count: gone" sh -c '! grep -qx 350 out'
check "an item number: stays" grep -qx "1." out

# A closing salutation signs the story when nothing else named the
# author; a closing sentence that opens alike names no one.
printf '<html><head><title>Produkttest</title></head><body><article><h1>10000 Produkttester für Leibniz Keks gesucht</h1>%s<p>Viel Glück!</p><p>Euer HansEhrlich</p></article></body></html>' "$body" > signed.html
run -f json signed.html
check "signature: the author" [ "$(field .author)" = HansEhrlich ] && [ "$(field .evidence.author)" = signature ]
check "signature: the line stays" sh -c "jq -r .text out | grep -q 'Euer HansEhrlich'"
printf '<html><head><title>Produkttest</title></head><body><article><h1>10000 Produkttester für Leibniz Keks gesucht</h1>%s<p>Ihre Meinung zählt</p></article></body></html>' "$body" > unsigned.html
run -f json unsigned.html
check "no signature: no author" [ "$(field .author)" = null ]

# A magazine in the author's meta gives way to the byline's person.
printf '<html><head><title>Winterhechte</title><meta name="author" content="Auto Illustrierte"></head><body><article><h1>Bielersee-Winterhechte vom Boot aus</h1><table><tr><td>26 | 01 | 2022</td><td class="authorbold"><b>Text &amp; Fotos:</b> Ivan Valetny</td></tr></table>%s</article></body></html>' "$body" > magazine.html
run -f json magazine.html
check "a magazine in meta: the byline's person" [ "$(field .author)" = "Ivan Valetny" ]

# A news ticker's times and relative dates, alone in their blocks, are
# date lines; "View photos" is a button's label.
printf '<html><head><title>Studii gratuite</title></head><body><article><h1>Femeile pot obține studii gratuite în domeniul IT</h1>%s<p>16:20</p><p>2 hours ago</p><p>View photos</p></article></body></html>' "$body" > ticker.html
run -f text ticker.html
check "ticker times, relative dates, button labels: gone" sh -c '! grep -q -e "16:20" -e "hours ago" -e "View photos" out'
printf '<html><head><title>Permits</title></head><body><article><h1>Howard County to host public hearing</h1>%s<ul><li>5:00 AM</li><li>16:20 Uhr</li></ul><p>tags</p><p>좋아요 0</p><p>&lt;저작권자ⓒ대전일보사. 무단전재-재배포 금지&gt;</p></article></body></html>' "$body" > ticker2.html
run -f text ticker2.html
check "times with AM or Uhr, a lone 'tags', a like count, a reproduction notice: gone" sh -c '! grep -q -e "5:00" -e "16:20" -e tags -e "좋아요" -e "무단전재" out'
printf '<html><head><title>T</title></head><body><article><h1>Headline</h1><p>原标题：深入交换了意见</p>%s<p>أخبار ذات صلة</p><p>続きを読む</p><p>많이 본 뉴스</p></article></body></html>' "$body" > labels_cjk.html
run -f text labels_cjk.html
check "labels in Chinese, Arabic, Japanese, Korean: gone" sh -c '! grep -q -e 原标题 -e أخبار -e 続き -e 많이 out'

# A title's last part that spells the host is the site's name.
printf '<html><head><title>BeginnersGuide/Download - Python Wiki</title><link rel="canonical" href="https://wiki.python.org/moin/BeginnersGuide/Download"></head><body>%s</body></html>' "$body" > spellshost.html
run -f json spellshost.html
check "title part spelling the host: gone" [ "$(field .title)" = "BeginnersGuide/Download" ]

# A form's messages are no text of the story.
printf '<html><head><title>Super Mario Run</title></head><body><article><h1>Super Mario Run comes to Android in March</h1>%s<p>There was a problem. Please try again.</p><p>Select a category Paste the unacceptable comment here (Required)</p></article></body></html>' "$body" > formmsg.html
run -f text formmsg.html
check "form messages: gone" sh -c '! grep -q -e "try again" -e Required out'

# The byline with the author's role or a line of biography, near the top,
# is the byline, not the story.
printf '<html><head><title>Vision Pro</title><meta name="author" content="Alex Heath"></head><body><article><h1>Apple Vision Pro is the Retina display moment for headsets</h1><p>By Alex Heath, a deputy editor and author of the Command Line newsletter. He has covered the tech industry for over a decade.</p>%s</article></body></html>' "$body" > bylinebio.html
run -f text bylinebio.html
check "byline with a biography: not in the text" sh -c '! grep -q "deputy editor" out'

# Calls to join the site's channels or to comment go; a story about a
# Telegram channel keeps its sentence.
printf '<html><head><title>Nicole</title></head><body><article><h1>Nicole gana el concurso de canto en Guatemala</h1>%s<p>¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace y recibe las noticias.</p><p>Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen das Projekt?</p><p>The group announced the strike on its Telegram channel on Monday.</p></article></body></html>' "$body" > channels.html
run -f text channels.html
check "calls to join and to comment: gone" sh -c '! grep -q -e "Únete" -e "Kommentaren" out'
check "a story about a Telegram channel: stays" grep -q "its Telegram channel" out

# A follow button's label goes; a heading that ends in a German noun
# "Folgen" stays.
printf '<html><head><title>Impfdilemma</title></head><body><article><h1>Corona-Lockdown steht vor der Verlängerung</h1>%s<p>+ FOLLOW</p><h2>Das Impfdilemma und seine Folgen</h2><p>Die Bevölkerung sehnt sich nach dem Impfstoff, der die Pandemie endlich beenden soll, doch es geht nicht schnell voran.</p></article></body></html>' "$body" > follow.html
run -f text follow.html
check "a follow button: gone" sh -c '! grep -q FOLLOW out'
check "a heading ending in Folgen: stays" grep -q "seine Folgen" out

# A caption that credits the author for the picture is a caption.
printf '<html><head><title>Terrarium</title><meta name="author" content="Lucy Akins"></head><body><article><h1>How to Build a Terrarium</h1>%s<figure><img src="a.jpg"><figcaption>Dig a hole in the oasis. (Lucy Akins)</figcaption></figure><p>Using floral pins, attach enough moss around the oasis to cover it completely.</p></article></body></html>' "$body" > captioncredit.html
run -f text captioncredit.html
check "a caption crediting the author: kept" grep -q "Dig a hole in the oasis" out

# "Related" alone is a box's label; a sentence that opens with the word
# is the story's.
printf '<html><head><title>Monitoring</title></head><body><article><h1>Monitoring Distributed Systems</h1>%s<ul><li>Related to each other: for example, a caching server and a web server</li></ul><p>Related</p></article></body></html>' "$body" > related.html
run -f text related.html
check "a sentence opening with Related: kept" grep -q "Related to each other" out
check "Related alone: gone" sh -c '! grep -qx Related out'

# A rubric's label before the date line ("Fama: "), in a class named in
# Spanish, is the section without its colon; a rubric that holds a
# number or a date names none.
printf '<html><head><title>Premios</title></head><body><article><span class="seccion-node"><b>Fama</b>: </span><h1>Los premios de la noche</h1>%s</article></body></html>' "$body" > rubric.html
run -f json rubric.html
check "a rubric label: the section without its colon" [ "$(field .section)" = "Fama" ]
printf '<html><head><title>Premios</title></head><body><article><div class="rubric">von Fred H\303\274ning 31.10.2023</div><h1>Los premios de la noche</h1>%s</article></body></html>' "$body" > rubric2.html
run -f json rubric2.html
check "a rubric with a date: no section" [ "$(field .section)" = "null" ]

# The editors' initials with a dash and a lone pair of capitals close a
# story; a notice that JavaScript is off, its words apart, is furniture.
printf '<html><head><title>Gedenken</title></head><body><article><h1>Gedenken in Auschwitz</h1>%s<p>Sie haben Javascript f\303\274r Ihren Browser deaktiviert.</p><p>(pm \342\200\223 gs)</p><p>MD</p></article></body></html>' "$body" > initials.html
run -f text initials.html
check "initials with an en dash: gone" sh -c '! grep -q "(pm" out'
check "a lone pair of capitals closing the story: gone" sh -c '! grep -qx MD out'
check "JavaScript switched off: gone" sh -c '! grep -q Javascript out'
check "the story before them: kept" grep -q "Der Text des Beitrags" out

# A dateline set in a block of its own ("<strong>KYIV (AP) —</strong>
# <p>…") opens the paragraph after it: one paragraph, and a dateline.
printf '<html><head><title>Drones strike Kyiv</title></head><body><article><h1>Drones strike Kyiv</h1><strong>KYIV, Ukraine (AP) \342\200\224</strong> <p>Russia launched dozens of drones at Kyiv overnight, damaging apartment buildings and injuring at least five people, city officials said Friday.</p><p>Air defenses shot down most of the drones, the mayor said on Telegram, and debris fell on several districts.</p></article></body></html>' > splitdl.html
run -f json splitdl.html
check "a dateline in its own block: found" [ "$(field .dateline.source)" = "AP" ]
check "a dateline in its own block: joined to its paragraph" sh -c 'grep -q "(AP) \\u2014 Russia launched\|(AP) — Russia launched" out'

# Two words and a date above the story are its date line; closing the
# story, the same line is the story's own.
printf '<html><head><title>Betzdorf</title></head><body><article><h1>Neue Ampel in Betzdorf</h1><p>Nachricht vom 06.11.2023</p>%s<p>Zuerst erschienen am 06.11.2023</p></article></body></html>' "$body" > labelled.html
run -f text labelled.html
check "a labelled date above the story: gone" sh -c '! grep -q "Nachricht vom" out'
check "a labelled date closing the story: kept" grep -q "Zuerst erschienen am" out

# The paper's name and the place it reports from, a byline's second
# line under the lead, go; a sentence that opens with the paper's name
# stays.
printf '<html><head><title>Murals</title><meta property="og:site_name" content="Hindustan Times"></head><body><article><h1>Murals on Covid-19</h1><p>A painter shows the importance of distance on village walls, with murals, across the district.</p><p>Hindustan Times, Bhubaneswar</p>%s<p>Hindustan Times, which first reported the murals, spoke to him on Monday.</p></article></body></html>' "$body" > siteplace.html
run -f text siteplace.html
check "the paper and its place: gone" sh -c '! grep -qx "Hindustan Times, Bhubaneswar" out'
check "a sentence opening with the paper: kept" grep -q "which first reported" out

# "PTI | July 9, 2020 | Updated 08:24 IST" under the lead: the story's
# metadata between bars, no text.
printf '<html><head><title>Lockdown</title></head><body><article><h1>Patna announces lockdown</h1><p>The district collector ordered a lockdown from July 10 to July 16 in the entire district, officials said.</p><p>PTI | July 9, 2020 | Updated 08:24 IST</p>%s</article></body></html>' "$body" > metaparts.html
run -f text metaparts.html
check "a metadata line between bars: gone" sh -c '! grep -q "Updated 08:24" out'

# A name set bold closing the story signs it: the author when nothing
# else named one, out of the text; a heading set bold is no name.
printf '<html><head><title>Buch der Woche</title></head><body><article><h1>Buch der Woche</h1>%s<p><strong>Marina Mucha</strong></p></article></body></html>' "$body" > boldsig.html
run -f json boldsig.html
check "a bold name closing the story: the author" [ "$(field .author)" = "Marina Mucha" ]
run -f text boldsig.html
check "a bold name closing the story: out of the text" sh -c '! grep -q Mucha out'
printf '<html><head><title>Buch der Woche</title></head><body><article><h1>Buch der Woche</h1>%s<p><strong>Weitere Informationen</strong></p></article></body></html>' "$body" > boldhead.html
run -f json boldhead.html
check "a bold heading closing the story: no author" [ "$(field .author)" = "null" ]

# A title's last part that names the host ("sheego \342\231\245 Magazin" on
# www.sheego.de) is the site's, not the headline's.
printf '<html><head><title>Magic Cleaning | sheego \342\231\245 Magazin</title><link rel="canonical" href="https://www.sheego.de/magazin/magic-cleaning/"></head><body><article>%s</article></body></html>' "$body" > namehost.html
run -f json namehost.html
check "a title part naming the host: stripped" [ "$(field .title)" = "Magic Cleaning" ]

# --- output errors ----------------------------------------------------------------
if [ -w /dev/full ]; then
	run "$seed" -o /dev/full
	check "/dev/full: status 3" [ "$rc" = 3 ]
	check "/dev/full: message" grep -q 'write error' err
fi
"$ARTEX" "$seed" "$seed" "$seed" 2> err | head -c 10 > /dev/null
check "closed pipe: nothing on stderr" [ ! -s err ]

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
