#!/bin/sh
# make bench: artex against the libxml2 parsing floor on the same pages,
# in the same run, several rounds; quotes pages per second and the ratio.
# Uses the corpus in ../shared when present, else the fixtures.
#   tests/bench.sh ARTEX
set -eu
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
ROUNDS=${ROUNDS:-5}
CORPUS=${CORPUS:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc -O2 -o "$tmp/parse_only" tests/bench/parse_only.c \
    $(pkg-config --cflags --libs libxml-2.0)
mkdir "$tmp/pages"
if [ -d "$CORPUS/snippets/html" ]; then
	for f in "$CORPUS"/snippets/html/*.gz; do
		gzip -dc "$f" > "$tmp/pages/$(basename "$f" .gz)"
	done
	for d in "$CORPUS"/readability/*/; do
		cp "$d/source.html" "$tmp/pages/$(basename "$d").html"
	done
	what="the development corpus (snippets + readability)"
else
	for i in 1 2 3 4 5 6 7 8 9 10; do
		for f in tests/fixtures/*.html; do
			cp "$f" "$tmp/pages/$i-$(basename "$f")"
		done
	done
	what="the fixtures, 10 copies (no corpus at $CORPUS)"
fi
n=$(ls "$tmp/pages" | wc -l)
bytes=$(cat "$tmp"/pages/* | wc -c)

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

cd "$tmp/pages"
t_parse=$(best "$tmp/parse_only" *)
t_text=$(best "$ARTEX" -f text *)
t_json=$(best "$ARTEX" -f json *)
echo "bench: $n pages, $((bytes / 1048576)) MiB, from $what; best of $ROUNDS"
printf '%-28s %8s %10s %8s %12s\n' "" seconds "pages/s" "MB/s" "vs parsing"
for row in "libxml2 parse only:$t_parse" "artex -f text:$t_text" \
    "artex -f json:$t_json"; do
	name=${row%%:*}
	t=${row#*:}
	printf '%-28s %8.3f %10.0f %8.1f %11.2fx\n' "$name" "$t" \
	    "$(echo "$n / $t" | bc -l)" "$(echo "$bytes / 1000000 / $t" | bc -l)" \
	    "$(echo "$t / $t_parse" | bc -l)"
done
