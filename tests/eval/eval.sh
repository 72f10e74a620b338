#!/bin/sh
# make eval: artex on the development corpora in ../shared/corpus, scored
# against their expectations, in each mode (default, --precision,
# --recall); one table at the end.  The outputs of the last run stay in
# eval/last/ so a regression can be diffed page by page.  A measurement,
# not a test: it is not part of make check.
set -eu
ARTEX=${1:-./artex}
CORPUS=${CORPUS:-../shared/corpus}
OUT=${EVAL_OUT:-eval/last}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
if [ ! -d "$CORPUS/snippets" ] || [ ! -d "$CORPUS/readability" ]; then
	echo "eval: skipped: no corpus at $CORPUS (set CORPUS=...)"
	exit 0
fi
rm -rf "$OUT"
start=$(date +%s)

# One process per page, two at a time: a crash or a failure loses only
# that page, and shows up as a missing or empty output.
for mode in default precision recall; do
	flag=
	[ "$mode" = default ] || flag=--$mode
	dir=$OUT/$mode
	mkdir -p "$dir/snippets" "$dir/readability" "$dir/dates"
	ls "$CORPUS/snippets/html" | sed 's/\.html\.gz$//' | xargs -P 2 -I{} \
	    sh -c 'gzip -dc "$0/snippets/html/{}.html.gz" | "$1" $2 -f json > "$3/snippets/{}.json" 2> "$3/snippets/{}.err" || true' \
	    "$CORPUS" "$ARTEX" "$flag" "$dir"
	ls "$CORPUS/readability" | xargs -P 2 -I{} \
	    sh -c '"$1" $2 -f json "$0/readability/{}/source.html" > "$3/readability/{}.json" 2> "$3/readability/{}.err" || true' \
	    "$CORPUS" "$ARTEX" "$flag" "$dir"
	[ "$mode" = default ] || continue
	# --errors-inline: a page with no article text still gives the
	# date its markup states, as a date-only user would run it.
	ls "$CORPUS/dates/html" | sed 's/\.gz$//' | xargs -P 2 -I{} \
	    sh -c 'gzip -dc "$0/dates/html/{}.gz" | "$1" -f json --errors-inline > "$2/dates/{}.json" 2> "$2/dates/{}.err" || true' \
	    "$CORPUS" "$ARTEX" "$dir"
done
end=$(date +%s)
python3 "$(dirname "$0")/score.py" "$CORPUS" "$OUT"
echo "($((end - start)) s, one process per page)"
