#!/bin/sh
# Site rules (--rules, artex-rules(5)): the shipped examples load and
# leave their portals' pages right; test rules change extraction as
# documented; the most specific host wins; the user's rules folder is
# read unless --no-default-rules; bad rules are reported with file and
# line and exit status 2.
#   tests/rules.sh ARTEX
set -u
ARTEX=${1:-./artex}
case $ARTEX in /*) ;; *) ARTEX=$(pwd)/$ARTEX ;; esac
here=$(cd "$(dirname "$0")" && pwd)
fx=$here/fixtures
site=$here/rules/site.html
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
# Never the user's own rules.
export XDG_CONFIG_HOME=$tmp/config
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
field() { jq -r "$1" out; }

# --- the shipped examples ---------------------------------------------------
for f in belta-csto:https://eng.belta.by/x tass-dateline:https://tass.com/economy/1 \
    ap-dateline:https://apnews.com/article/x; do
	name=${f%%:*}
	url=${f#*:}
	run -f json --url "$url" "$fx/$name.html"
	jq -c 'del(.evidence)' out > plain
	run -f json --rules "$here/../rules" --url "$url" "$fx/$name.html"
	check "examples load ($name)" [ "$rc" = 0 ]
	check "examples keep $name right" sh -c 'jq -c "del(.evidence)" out | cmp -s - plain'
	check "examples apply to $name" sh -c 'jq -e ".evidence | to_entries | map(.value) | index(\"rule\")" out > /dev/null'
done

# --- what each key does ----------------------------------------------------------
run -f json "$site"
check "without rules: no author" [ "$(field .author)" = null ]
check "without rules: the promotion kept" grep -q "Follow our channel" out
run -f json --rules "$here/rules/example.rules" "$site"
check "author rule" [ "$(field .author)" = "Anna Keller" ] && [ "$(field .evidence.author)" = rule ]
check "date rule (an attribute)" [ "$(field .date)" = 2024-03-04T09:05:00+01:00 ]
check "section rule" [ "$(field .section)" = City ] && [ "$(field .evidence.section)" = rule ]
check "drop rule" sh -c '! jq -r ".blocks[].text" out | grep -qx City'
check "boilerplate phrase" sh -c '! grep -q "Follow our channel" out'
check "the rest of the story kept" [ "$(field '.blocks | length')" = 4 ]
run -f json --rules "$here/rules" "$site"
check "most specific host wins; content rule" [ "$(field '.blocks | length')" = 1 ] && grep -q "special supplement" out
cp "$site" page.html
run -f json --rules "$here/rules/example.rules" --url https://notexample.org/x page.html
check "a host that only ends like one: no rules" [ "$(field .author)" = null ]
run --explain --rules "$here/rules/example.rules" "$site"
check "--explain names the rule's drops" grep -q "prune: rule drop <div class=\"kicker\">" err

# --- the user's folder -------------------------------------------------------------
mkdir -p config/artex/rules
cp "$here/rules/example.rules" config/artex/rules/
run -f json "$site"
check "\$XDG_CONFIG_HOME/artex/rules read" [ "$(field .author)" = "Anna Keller" ]
run -f json --no-default-rules "$site"
check "--no-default-rules" [ "$(field .author)" = null ]
rm -r config/artex/rules

# --- bad rules: file and line, status 2, nothing read ----------------------------------
badrule() {	# badrule NAME EXPECTED-MESSAGE LINES...
	name=$1 want=$2
	shift 2
	printf '%s\n' "$@" > bad.rules
	run --rules bad.rules "$site"
	check "bad rule ($name): status 2" [ "$rc" = 2 ]
	check "bad rule ($name): message" grep -qF "artex: bad.rules:$want" err
	check "bad rule ($name): nothing written" [ ! -s out ]
}
badrule "unknown key" "2: unknown key 'titel'" '[example.org]' 'titel = //h1'
badrule "XPath" "3: invalid XPath expression: //h1[" '# comment' '[example.org]' 'title = //h1['
badrule "before a host" "1: 'drop' before any [host] line" 'drop = //div'
badrule "no value" "2: 'author' has no value" '[example.org]' 'author ='
badrule "no equals sign" "2: expected 'key = value' or '[host]'" '[example.org]' 'content //div'
badrule "twice" "3: 'title' given twice for this host" '[example.org]' 'title = //h1' 'title = //h2'
badrule "not a host" "1: 'http://example.org/' is not a host name" '[http://example.org/]'
run --rules missing.rules "$site"
check "missing rules file: status 2" [ "$rc" = 2 ] && grep -q "artex: missing.rules: No such file" err

echo "rules: $pass passed, $fail failed"
[ "$fail" = 0 ]
