#!/usr/bin/env python3
"""Builds examples/biden-putin-html/ from examples/biden-putin/: each article's text set in
a web page of the kind a user saves from a news site (site header and navigation, cookie
banner, share bar, related links, newsletter box, comments, footer), so `make demo` can
brief the same story from HTML. The article's lines become its paragraphs unchanged; a
leading "title / YYYYMMDD / URL" header becomes the page's <h1>, <time> and canonical
link, a first line that is only a date its <time>, and a dateline whose dash the scrape
lost ("MOSCOW  The") gets it back. Deterministic: run it again and the files do not change.

  python3 scripts/make_html_example.py [SRC_DIR] [OUT_DIR]
"""
import html
import os
import re
import sys

SITES = ["Northgate Tribune", "Harbor Ledger", "Plains Courier", "Lakeside Daily", "Capitol Wire"]
NAV = ["World", "Politics", "Business", "Science", "Opinion", "Sport", "Weather"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RELATED = ["Markets slide as energy prices climb", "City council approves new budget",
           "Storm warning issued for the coast", "Ten recipes for a quick weeknight dinner"]


def parse(text):
    """Returns (title, yyyymmdd or None, url or None, paragraphs) of an example file."""
    lines = [l.strip() for l in text.splitlines()]
    title = date = url = None
    if len(lines) >= 3 and re.fullmatch(r"\d{8}", lines[1]) and lines[2].startswith("http"):
        title, date, url = lines[0], lines[1], lines[2]
        lines = lines[3:]
    paragraphs = [l for l in lines if l]
    # A scrape that lost a dateline's dash keeps two spaces ("MOSCOW  The ..."); a page
    # sets it with the dash.
    paragraphs = [re.sub(r"^([A-Z][A-Z.]+(?: [A-Z][A-Z.]+)*)  (?=\S)", "\\1 \u2014 ", p)
                  for p in paragraphs]
    # A first line that is a date alone ("Tue, 18 Jan 2022") is the page's date.
    m = paragraphs and re.fullmatch(r"(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", paragraphs[0])
    if m and date is None:
        month = MONTHS.index(m.group(2)) + 1
        date = "%s%02d%02d" % (m.group(3), month, int(m.group(1)))
        paragraphs.pop(0)
    if title is None and paragraphs and len(paragraphs[0]) < 120 and not paragraphs[0].endswith("."):
        title = paragraphs.pop(0)
    return title, date, url, paragraphs


def chrome_top(site, title, url, date):
    e = html.escape
    head = [f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">",
            f"<title>{e(title or site)} | {e(site)}</title>",
            f"<meta property=\"og:site_name\" content=\"{e(site)}\">"]
    if title:
        head.append(f"<meta property=\"og:title\" content=\"{e(title)}\">")
    if url:
        head.append(f"<link rel=\"canonical\" href=\"{e(url)}\">")
    if date:
        iso = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        head.append(f"<meta property=\"article:published_time\" content=\"{iso}T12:00:00Z\">")
    head.append("<style>body{font-family:Georgia,serif;max-width:48em;margin:auto}</style>")
    head.append("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'article'});</script>")
    head.append("</head>\n<body>")
    head.append("<div id=\"cookie-banner\" class=\"cookie-consent\"><p>We use cookies to give you the "
                "best experience on our website. By continuing to browse you agree to our use of "
                "cookies.</p><button>Accept all</button> <button>Manage settings</button></div>")
    nav = "".join(f"<li><a href=\"/{n.lower()}\">{n}</a></li>" for n in NAV)
    head.append(f"<header class=\"site-header\"><a class=\"logo\" href=\"/\">{e(site)}</a>"
                f"<nav class=\"main-nav\"><ul>{nav}</ul></nav>"
                "<form class=\"search\"><input name=\"q\" placeholder=\"Search\"></form></header>")
    return "\n".join(head)


def share_bar():
    return ("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on "
            "Twitter</a> <a href=\"#\">Email this story</a> <a href=\"#\">Print</a></div>")


def chrome_bottom(site, k):
    e = html.escape
    related = "".join(f"<li><a href=\"/story/{i}\">{e(t)}</a></li>"
                      for i, t in enumerate(RELATED[k % 2:] + RELATED[:k % 2]))
    return "\n".join([
        f"<aside class=\"related-stories\"><h2>More from {e(site)}</h2><ul>{related}</ul></aside>",
        "<div class=\"newsletter-signup\"><h3>The Morning Brief</h3><p>Get the day's top stories "
        "in your inbox every morning.</p><form><input type=\"email\" placeholder=\"Your email\">"
        "<button>Sign up</button></form></div>",
        "<section id=\"comments\" class=\"comments\"><h3>Comments (2)</h3>"
        "<div class=\"comment\"><p>Great reporting, thanks.</p></div>"
        "<div class=\"comment\"><p>Who is paying for all this?</p></div></section>",
        f"<footer class=\"site-footer\"><p>&copy; 2022 {e(site)}. All rights reserved.</p>"
        "<a href=\"/privacy\">Privacy policy</a> <a href=\"/terms\">Terms of use</a> "
        "<a href=\"/contact\">Contact us</a></footer>",
        "</body>\n</html>\n"])


def page(text, k):
    """An article page; even k use <article>, odd k a div layout without semantic tags."""
    e = html.escape
    site = SITES[k % len(SITES)]
    title, date, url, paragraphs = parse(text)
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    byline = f"<div class=\"byline\">By {e(site)} staff"
    if date:
        byline += f" &middot; <time datetime=\"{date[:4]}-{date[4:6]}-{date[6:]}\">{date[:4]}-{date[4:6]}-{date[6:]}</time>"
    byline += "</div>"
    h1 = f"<h1>{e(title)}</h1>" if title else ""
    if k % 2 == 0:
        article = (f"<main><article>{h1}\n{byline}\n{share_bar()}\n"
                   f"<div class=\"article-body\">\n{body}\n</div></article>")
    else:
        article = (f"<div id=\"content\" class=\"container\"><div class=\"story\">{h1}\n{byline}\n"
                   f"{share_bar()}\n<div class=\"story-text\">\n{body}\n</div></div>")
    closing = "</main>" if k % 2 == 0 else "</div>"
    return "\n".join([chrome_top(site, title, url, date), article, chrome_bottom(site, k), ""]).replace(
        "</body>", closing + "\n</body>", 1)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "examples/biden-putin"
    out = sys.argv[2] if len(sys.argv) > 2 else "examples/biden-putin-html"
    os.makedirs(out, exist_ok=True)
    for k, name in enumerate(sorted(f for f in os.listdir(src) if f.endswith(".txt"))):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(out, name[:-4] + ".html"), "w", encoding="utf-8") as f:
            f.write(page(text, k))


if __name__ == "__main__":
    main()
