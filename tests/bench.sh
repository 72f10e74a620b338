#!/bin/sh
# make bench: artex against the libxml2 parsing floor (parse + one text
# walk) on the same pages in the same run; -j1 and -j2; peak memory; and
# a scaling run over 1x, 10x and 100x the pages.  Quotes ratios, since
# the machines are shared and noisy.
#   tests/bench.sh ARTEX [FOLDER]
# FOLDER: pages to use (default: ../shared/corpus, all pages; else the
# fixtures).  ROUNDS (default 3) runs of each, the best kept; SCALE=0
# skips the scaling run.
set -eu
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
FOLDER=${2:-}
ROUNDS=${ROUNDS:-3}
SCALE=${SCALE:-1}
CORPUS=${CORPUS:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc -O2 -o "$tmp/parse_only" tests/bench/parse_only.c \
    $(pkg-config --cflags --libs libxml-2.0)
mkdir "$tmp/pages"
if [ -n "$FOLDER" ]; then
	find "$FOLDER" -type f \( -name '*.html' -o -name '*.htm' \) |
	    while read -r f; do
		cp "$f" "$tmp/pages/$(echo "$f" | tr / _)"
	done
	what=$FOLDER
elif [ -d "$CORPUS/snippets/html" ]; then
	for f in "$CORPUS"/snippets/html/*.gz; do
		gzip -dc "$f" > "$tmp/pages/$(basename "$f" .gz)"
	done
	for d in "$CORPUS"/readability/*/; do
		cp "$d/source.html" "$tmp/pages/r-$(basename "$d").html"
	done
	for f in "$CORPUS"/dates/html/*; do
		[ -f "$f" ] || continue
		case $f in
		*.gz) gzip -dc "$f" > "$tmp/pages/d-$(basename "$f" .gz)" ;;
		*) cp "$f" "$tmp/pages/d-$(basename "$f")" ;;
		esac
	done
	what="the development corpus (snippets, readability, dates)"
else
	for i in 1 2 3 4 5 6 7 8 9 10; do
		for f in tests/fixtures/*.html; do
			cp "$f" "$tmp/pages/$i-$(basename "$f")"
		done
	done
	what="the fixtures, 10 copies (no corpus at $CORPUS)"
fi
cd "$tmp/pages"
ls > ../list
n=$(wc -l < ../list)
bytes=$(cat -- * | wc -c)

now() { date +%s.%N; }
best() {	# best of ROUNDS runs of a command, in seconds
	b=
	i=0
	while [ $i -lt "$ROUNDS" ]; do
		t0=$(now)
		"$@" > /dev/null 2>&1 || true
		t=$(echo "$(now) - $t0" | bc)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
		i=$((i + 1))
	done
	echo "$b"
}
# Peak resident memory of a command, in MB.
peak() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M -o ../rss "$@" > /dev/null 2>&1 || true
		echo "$(($(tail -1 ../rss) / 1024))"
	else
		python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)' "$@"
	fi
}
row() {	# row NAME SECONDS DOCS
	printf '%-30s %8.3f %9.0f %7.1f %9.2fx\n' "$1" "$2" \
	    "$(echo "$3 / $2" | bc -l)" \
	    "$(echo "$bytes * $3 / $n / 1000000 / $2" | bc -l)" \
	    "$(echo "$2 / $t_parse * $n / $3" | bc -l)"
}

t_parse=$(best "$tmp/parse_only" -- *)
t_j1=$(best "$ARTEX" -j1 -f text -- *)
t_json=$(best "$ARTEX" -j1 -f json -- *)
t_j2=$(best "$ARTEX" -j2 -f json -- *)
echo "bench: $n pages, $((bytes / 1048576)) MiB, from $what; best of $ROUNDS"
printf '%-30s %8s %9s %7s %10s\n' "" seconds "pages/s" "MB/s" "vs parse"
row "libxml2 parse + text walk" "$t_parse" "$n"
row "artex -j1 -f text" "$t_j1" "$n"
row "artex -j1 -f json" "$t_json" "$n"
row "artex -j2 -f json" "$t_j2" "$n"
printf 'speed-up -j2 over -j1 (json): %.2fx\n' "$(echo "$t_json / $t_j2" | bc -l)"
printf 'peak memory: parse only %s MB; artex -j1 %s MB, -j2 %s MB\n' \
    "$(peak "$tmp/parse_only" -- *)" "$(peak "$ARTEX" -j1 -f json -- *)" \
    "$(peak "$ARTEX" -j2 -f json -- *)"

[ "$SCALE" = 0 ] && exit 0
# Page size: pages of several shapes at 1x, 10x and 100x their size;
# the time per megabyte must stay flat (no quadratic path).
python3 - "$tmp" <<'EOF2'
import sys
d = sys.argv[1]
p = '<p>The council met on Tuesday to discuss the budget, and the members agreed to raise spending on schools and roads.</p>'
shapes = {
    'paragraphs': lambda n: '<article><h1>Budget</h1>' + p * n + '</article>',
    'nested': lambda n: '<div>' * n + p + '</div>' * n,
    'links': lambda n: '<ul>' + '<li><a href="/n/%d">Related story %d</a></li>' * n + '</ul>' + p * 5,
    'one-paragraph': lambda n: '<p>' + 'word, ' * (n * 20) + '</p>',
    'classes': lambda n: ''.join('<div class="c%d share-bar item-%d" id="x%d">%s</div>' % (k, k, k, p) for k in range(n)),
    'dates': lambda n: ''.join('<p>Posted 21.06.2024 13:%02d by Author %d, in News</p>' % (k % 60, k) for k in range(n)) + p * 3,
}
for name, make in shapes.items():
    for k in (1, 10, 100):
        with open('%s/shape-%s-%d.html' % (d, name, k), 'w') as f:
            f.write('<html><head><title>Budget</title></head><body>' + make(200 * k) + '</body></html>')
EOF2
echo "page size (artex -j1 -f json, one page of each shape and size):"
printf '%-14s %10s %10s %10s %12s\n' shape "1x ms/MB" "10x ms/MB" "100x ms/MB" "100x vs 1x"
for shape in paragraphs nested links one-paragraph classes dates; do
	line=$(printf '%-14s' "$shape")
	first=
	for k in 1 10 100; do
		f=$tmp/shape-$shape-$k.html
		mb=$(echo "$(wc -c < "$f") / 1048576" | bc -l)
		reps=$((k == 1 ? 100 : k == 10 ? 10 : 1))
		t=$(best sh -c "i=0; while [ \$i -lt $reps ]; do \"$ARTEX\" -j1 -f json --max-nodes 0 '$f' > /dev/null; i=\$((i + 1)); done")
		per=$(echo "$t * 1000 / $mb / $reps" | bc -l)
		[ -z "$first" ] && first=$per
		line="$line $(printf '%10.1f' "$per")"
	done
	printf '%s %11.2fx\n' "$line" "$(echo "$per / $first" | bc -l)"
done
# The same pages 1, 10 and 100 times in one run (an input list naming
# each page that often): time per page and memory must stay flat.
echo "scaling (artex -j2 -f json -i LIST):"
printf '%-10s %8s %9s %10s %8s\n' copies documents seconds "ms/page" "peak MB"
for k in 1 10 100; do
	: > ../list$k
	i=0
	while [ $i -lt $k ]; do cat ../list >> ../list$k; i=$((i + 1)); done
	docs=$((n * k))
	t0=$(now)
	mb=$(peak "$ARTEX" -j2 -f json -i ../list$k)
	t=$(echo "$(now) - $t0" | bc)
	printf '%-10s %8s %9.2f %10.3f %8s\n' "${k}x" "$docs" "$t" \
	    "$(echo "$t * 1000 / $docs" | bc -l)" "$mb"
done
