#!/usr/bin/env python3
"""Score an eval run (tests/eval/eval.sh) and print one table.

snippets:    ../shared/corpus/tools/score_snippets.py on the body text
             (JSON "text"), title and author exact match;
readability: token 4-gram precision/recall/F1 per page against
             expected.txt, averaged over pages; title and byline exact;
dates:       the day of "date" against expected.json.
Standard library only.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.loads(f.readline() or "null")
    except (OSError, ValueError):
        return None


def grams(text, n=4):
    toks = TOKEN.findall(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def prf(got, want):
    g, w = grams(got), grams(want)
    if not g and not w:
        return 1.0, 1.0, 1.0
    overlap = sum((g & w).values())
    p = overlap / sum(g.values()) if g else 0.0
    r = overlap / sum(w.values()) if w else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def norm_ws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def score_readability(corpus, out):
    names = sorted(os.listdir(os.path.join(corpus, "readability")))
    tot = [0.0, 0.0, 0.0]
    empty = 0
    title_ok = title_n = by_ok = by_n = 0
    rows = []
    for name in names:
        d = os.path.join(corpus, "readability", name)
        with open(os.path.join(d, "expected.txt"), encoding="utf-8") as f:
            want = f.read()
        with open(os.path.join(d, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        got = load(os.path.join(out, "readability", name + ".json")) or {}
        text = got.get("text") or ""
        if not text.strip():
            empty += 1
        p, r, f1 = prf(text, want)
        rows.append((name, p, r, f1))
        for i, v in enumerate((p, r, f1)):
            tot[i] += v
        if meta.get("title"):
            title_n += 1
            title_ok += norm_ws(got.get("title")) == norm_ws(meta["title"])
        if meta.get("byline"):
            by_n += 1
            by_ok += norm_ws(got.get("author")) == norm_ws(meta["byline"])
    n = len(names)
    with open(os.path.join(out, "readability.tsv"), "w", encoding="utf-8") as f:
        f.write("name\tprecision\trecall\tf1\n")
        for r in rows:
            f.write("%s\t%.3f\t%.3f\t%.3f\n" % r)
    return {"pages": n, "precision": tot[0] / n, "recall": tot[1] / n,
            "f1": tot[2] / n, "empty": empty,
            "title": (title_ok, title_n), "author": (by_ok, by_n)}


def score_snippets(corpus, out):
    exp = os.path.join(corpus, "snippets", "expectations.json")
    txt = os.path.join(out, "snippets-text")
    meta = os.path.join(out, "snippets-meta")
    os.makedirs(txt, exist_ok=True)
    os.makedirs(meta, exist_ok=True)
    for fn in os.listdir(os.path.join(out, "snippets")):
        if not fn.endswith(".json"):
            continue
        got = load(os.path.join(out, "snippets", fn)) or {}
        with open(os.path.join(txt, fn[:-5] + ".txt"), "w", encoding="utf-8") as f:
            f.write(got.get("text") or "")
        with open(os.path.join(meta, fn), "w", encoding="utf-8") as f:
            json.dump(got, f, ensure_ascii=False)
    tool = os.path.join(corpus, "tools", "score_snippets.py")
    res = subprocess.run([sys.executable, tool, exp, txt, "--meta-dir", meta, "--json",
                          "--per-doc", os.path.join(out, "snippets.tsv")],
                         capture_output=True, text=True, check=True)
    s = json.loads(res.stdout)
    m = s["metadata"]
    return {"pages": s["pages"], "precision": s["precision"], "recall": s["recall"],
            "f1": s["f1"], "empty": s["empty_outputs"] + s["missing_outputs"],
            "title": (m["title"]["correct"], m["title"]["total"]),
            "author": (m["author"]["correct"], m["author"]["total"])}


def score_dates(corpus, out):
    with open(os.path.join(corpus, "dates", "expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    ok = found = 0
    rows = []
    for name, want in sorted(exp.items()):
        got = load(os.path.join(out, "dates", name + ".json")) or {}
        day = (got.get("date") or "")[:10]
        found += bool(day)
        ok += day == want
        rows.append((name, want, day))
    with open(os.path.join(out, "dates.tsv"), "w", encoding="utf-8") as f:
        f.write("name\texpected\tgot\n")
        for r in rows:
            f.write("%s\t%s\t%s\n" % r)
    return {"pages": len(exp), "ok": ok, "found": found}


def pct(pair):
    ok, n = pair
    return "%d/%d = %.1f%%" % (ok, n, 100.0 * ok / n) if n else "-"


def main():
    corpus, root = sys.argv[1], sys.argv[2]
    print("%-12s %-10s %5s %9s %7s %6s %6s  %-18s %-18s" % (
        "set", "mode", "pages", "precision", "recall", "F1", "empty", "title",
        "author"))
    for mode in ("default", "precision", "recall"):
        out = os.path.join(root, mode)
        if not os.path.isdir(out):
            continue
        for name, s in (("snippets", score_snippets(corpus, out)),
                        ("readability", score_readability(corpus, out))):
            print("%-12s %-10s %5d %9.3f %7.3f %6.3f %6d  %-18s %-18s" % (
                name, mode, s["pages"], s["precision"], s["recall"], s["f1"],
                s["empty"], pct(s["title"]), pct(s["author"])))
    dt = score_dates(corpus, os.path.join(root, "default"))
    print("%-12s %-10s %5d  exact day %s, a date given on %d pages" % (
        "dates", "default", dt["pages"], pct((dt["ok"], dt["pages"])), dt["found"]))
    print("per page: %s/MODE/{snippets,readability,dates}.tsv" % root)


if __name__ == "__main__":
    main()
