#!/usr/bin/env python3
"""Write a WARC file for tests/batch.sh from the fixture pages.

    mkwarc.py FIXTURES OUT.warc[.gz]

Each record is its own gzip member when OUT ends in .gz, as crawlers
write them.  The records cover what artex must tell apart: HTML responses
(plain, chunked, gzip-encoded, charset only in the HTTP header), an HTML
resource record, and records that are not pages (warcinfo, request, an
image, a redirect, a 404).  The pages that must come out, in order, are
printed on stdout as "URL<TAB>title".
"""
import gzip
import sys
import zlib

fx, out = sys.argv[1], sys.argv[2]
records = []
expected = []


def record(wtype, uri, block, ctype):
    head = ("WARC/1.1\r\nWARC-Type: %s\r\n" % wtype)
    if uri:
        head += "WARC-Target-URI: %s\r\n" % uri
    head += ("WARC-Date: 2024-06-22T08:15:00Z\r\n"
             "WARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n"
             "Content-Type: %s\r\nContent-Length: %d\r\n\r\n"
             % (len(records), ctype, len(block)))
    records.append(head.encode() + block + b"\r\n\r\n")


def http(status, headers, body):
    h = "HTTP/1.1 %s\r\n" % status
    for k, v in headers:
        h += "%s: %s\r\n" % (k, v)
    return h.encode() + b"\r\n" + body


def page(name):
    with open("%s/%s.html" % (fx, name), "rb") as f:
        return f.read()


def chunked(body):
    out, k = b"", 0
    while k < len(body):
        part = body[k:k + 1000]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
        k += 1000
    return out + b"0\r\n\r\n"


HTML = "application/http; msgtype=response"
record("warcinfo", None, b"software: mkwarc.py\r\n", "application/warc-fields")
record("request", "https://belta.example/csto", b"GET /csto HTTP/1.1\r\n\r\n",
       "application/http; msgtype=request")
record("response", "https://belta.example/csto",
       http("200 OK", [("Content-Type", "text/html; charset=utf-8")],
            page("belta-csto")), HTML)
expected.append("https://belta.example/csto")
record("response", "https://ap.example/story?id=7",
       http("200 OK", [("Content-Type", "text/html"),
                       ("Transfer-Encoding", "chunked")],
            chunked(page("ap-dateline"))), HTML)
expected.append("https://ap.example/story?id=7")
record("response", "https://img.example/logo.png",
       http("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n"),
       HTML)
record("response", "https://tass.example/",
       http("301 Moved Permanently", [("Location", "https://tass.example/x"),
                                      ("Content-Type", "text/html")],
            b"<a href=x>moved</a>"), HTML)
record("response", "https://tass.example/x",
       http("200 OK", [("Content-Type", "text/html; charset=UTF-8"),
                       ("Content-Encoding", "gzip")],
            gzip.compress(page("tass-dateline"))), HTML)
expected.append("https://tass.example/x")
record("response", "https://gone.example/",
       http("404 Not Found", [("Content-Type", "text/html")],
            b"<p>not here</p>"), HTML)
# The page declares nothing; only the HTTP header names its charset.
ru = page("ru-cp1251-httpequiv").replace(
    b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    b"")
record("response", "https://ru.example/news/1",
       http("200 OK", [("Content-Type", "text/html; charset=windows-1251"),
                       ("Content-Encoding", "deflate")],
            zlib.compress(ru)), HTML)
expected.append("https://ru.example/news/1")
record("resource", "file:///archive/html5.html", page("html5-jsonld"),
       "text/html")
expected.append("file:///archive/html5.html")

with open(out, "wb") as f:
    for r in records:
        f.write(gzip.compress(r) if out.endswith(".gz") else r)
for u in expected:
    print(u)
