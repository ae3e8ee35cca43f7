// app.js: the Dossier page. Reads the JSON API (/api/v1, docs/api.md) and shows the
// story list (newest first), a story's briefing, and the article a citation points at,
// with the cited passage highlighted.
//
// Safety: every string that comes from an article (titles, text, outlets, urls, quotes)
// reaches the page as a DOM text node or an attribute value set through the DOM, never
// through innerHTML or markup built from strings (see `el`). Links are made only from
// http(s) urls. The server's Content-Security-Policy forbids inline script as a second
// line of defence.
//
// Offsets: citations carry [begin, end) UTF-8 byte offsets into the article's text;
// offsets.js turns them into string positions.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const PAGE = 50;
  const state = { offset: 0, storyId: null, briefing: null };

  // An element with properties and children. Children are nodes or strings; strings
  // become text nodes, so markup inside them is shown, never parsed.
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // The url when it is an http(s) address, else null (no javascript:, data:, ...).
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
  }

  async function api(path) {
    const response = await fetch("/api/v1" + path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? body.error.message : "HTTP " + response.status;
      throw new Error(message);
    }
    return body;
  }

  function showError(container, error) {
    container.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
  }

  function plural(n, word, words) {
    return n + " " + (n === 1 ? word : words || word + "s");
  }

  function timeSpan(first, last) {
    if (!first) return "undated";
    return first === last ? first : first + " – " + last;
  }

  // ---- story list ---------------------------------------------------------------

  function storyItem(story) {
    return el("li", {},
      el("a", { href: "#/story/" + story.id, class: "story", dataset: { story: story.id } },
        el("span", { class: "label" }, story.label || "(untitled)"),
        el("span", { class: "meta" },
          plural(story.articles, "article"), " · ", timeSpan(story.first, story.last)),
        el("span", { class: "outlets" }, story.outlets.join(", "))));
  }

  async function loadStories(append) {
    const offset = append ? state.offset : 0;
    const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    const q = $("q").value.trim();
    if (q) params.set("q", q);
    if ($("since").value) params.set("since", $("since").value);
    const list = $("story-list");
    try {
      const data = await api("/stories?" + params.toString());
      if (!append) list.replaceChildren();
      for (const story of data.stories) list.append(storyItem(story));
      state.offset = offset + data.stories.length;
      $("more").hidden = state.offset >= data.total;
      $("status").textContent = plural(data.total, "story", "stories");
      markCurrentStory();
    } catch (error) {
      showError(list, error);
    }
  }

  function markCurrentStory() {
    for (const a of document.querySelectorAll("#story-list a")) {
      a.setAttribute("aria-current", a.dataset.story === String(state.storyId) ? "true" : "false");
    }
  }

  // ---- briefing -----------------------------------------------------------------

  function sourceName(number) {
    const s = state.briefing.sources[number - 1];
    if (!s) return "[" + number + "]";
    return "[" + number + "] " + (s.outlet || s.id);
  }

  function citeButton(cite) {
    const source = state.briefing.sources[cite.source - 1] || {};
    return el("button", {
      type: "button",
      class: "cite",
      title: "Open the cited passage in " + (source.title || source.outlet || source.id || "the article"),
      dataset: { article: cite.article, begin: cite.begin, end: cite.end, source: cite.source },
      onclick: () => openArticle(cite),
    }, "[" + cite.source + "]");
  }

  function citeButtons(cites) {
    return (cites || []).map(citeButton);
  }

  function item(briefItem) {
    return [briefItem.text, " ", citeButtons(briefItem.cites)];
  }

  function section(title, id, ...content) {
    const body = content.flat(Infinity).filter(Boolean);
    if (body.length === 0) return null;
    return el("section", { id }, el("h3", {}, title), body);
  }

  function summaryView(b) {
    return el("ul", { class: "summary" }, b.summary.map((s) => el("li", {}, item(s))));
  }

  function timelineView(b) {
    if (b.timeline.length === 0) return null;
    return el("ol", { class: "timeline" }, b.timeline.map((t) => el("li", {},
      el("span", { class: "when" }, t.date),
      t.basis === "published" ? el("span", { class: "basis" }, "(reported)") : null,
      item(t.event))));
  }

  function disagreementView(d) {
    const sides = d.claims.length > 0
      ? d.claims.map((c) => ({ quote: c.text, cites: [c.cite], note: c.projection ? "projection" : c.date }))
      : d.evidence.map((e) => ({ quote: e.text, cites: e.cites, note: "" }));
    return el("article", { class: "disagreement" },
      el("p", {}, d.summary, " ", el("span", { class: "assessment" }, "(" + d.kind + ": " + d.assessment + ")")),
      el("div", { class: "sides" }, sides.map((s) => el("figure", { class: "side" },
        el("figcaption", {}, sourceName(s.cites[0].source), s.note ? " · " + s.note : ""),
        el("blockquote", {}, s.quote),
        citeButtons(s.cites)))));
  }

  function entitiesView(b) {
    if (b.entities.length === 0) return null;
    return el("ul", { class: "entities" }, b.entities.map((e) => el("li", {},
      el("strong", {}, e.name), " (" + e.type + ", " + plural(e.source_count, "source") + ")",
      e.titles.length ? " — " + e.titles.join(", ") : "",
      e.aliases.length ? "; also: " + e.aliases.join(", ") : "")));
  }

  function numbersView(b) {
    if (b.numbers.length === 0) return null;
    return el("ul", { class: "numbers" }, b.numbers.map((n) => el("li", {},
      el("strong", {}, n.counted), ": ",
      n.claims.map((c) => ["“" + c.text + "”", citeButton(c.cite), c.projection ? " (projection)" : "", "; "]))));
  }

  function uniqueView(b) {
    return b.unique.map((u) => el("div", { class: "unique" },
      el("h4", {}, sourceName(u.source)),
      el("ul", {}, u.items.map((i) => el("li", {}, item(i))))));
  }

  function sourcesView(b) {
    return el("ol", { class: "sources" }, b.sources.map((s) => {
      const url = safeUrl(s.url);
      return el("li", { id: "source-" + s.article },
        el("strong", {}, s.title || "(untitled)"), " — ", s.outlet || s.id, ", ", s.date || "date unknown",
        url ? [" ", el("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, "link")] : null,
        s.suspect ? el("span", { class: "flag suspect" }, "suspect copy") : null,
        s.duplicate_of !== null ? el("span", { class: "flag copy" }, "near-copy of [" + s.duplicate_of + "]") : null,
        s.flags.length === 0 ? null : el("ul", { class: "flags" }, s.flags.map((f) => el("li", {},
          el("span", { class: "flag" }, f.kind), " ", f.evidence, " ", citeButtons(f.at)))));
    }));
  }

  function briefingView(story, b) {
    return [
      el("h2", {}, story.label || "(untitled)"),
      el("p", { class: "metadata" },
        plural(story.articles, "article"), " · ", plural(b.sources.length, "source"), " · ",
        timeSpan(story.first, story.last), story.outlets.length ? " · " + story.outlets.join(", ") : ""),
      section("Summary", "summary", summaryView(b)),
      section("Timeline", "timeline", timelineView(b)),
      section("Where sources disagree", "disagreements", b.disagreements.map(disagreementView)),
      section("Who and where", "entities", entitiesView(b)),
      section("Key numbers", "numbers", numbersView(b)),
      section("Only in one source", "unique", uniqueView(b)),
      section("Sources", "sources", sourcesView(b)),
    ];
  }

  async function showStory(id) {
    const pane = $("briefing");
    state.storyId = id;
    markCurrentStory();
    closeArticle();
    pane.replaceChildren(el("p", { class: "hint" }, "Loading the briefing…"));
    try {
      const [story, briefing] = await Promise.all([
        api("/stories/" + encodeURIComponent(id)),
        api("/stories/" + encodeURIComponent(id) + "/briefing"),
      ]);
      if (state.storyId !== id) return;  // another story was chosen meanwhile
      state.briefing = briefing;
      pane.replaceChildren(...briefingView(story, briefing).filter(Boolean));
      pane.scrollTop = 0;
    } catch (error) {
      showError(pane, error);
    }
  }

  // ---- the cited article --------------------------------------------------------

  // The article's text cut at every span boundary (removed boilerplate and the cited
  // passage); each piece a text node, a struck-through removed span, or a <mark>.
  function textView(article, begin, end) {
    const text = article.text;
    const total = window.DossierOffsets.utf8ByteLength(text);
    const cuts = new Set([0, total, begin, end]);
    for (const r of article.removed) { cuts.add(r.begin); cuts.add(r.end); }
    const bytes = [...cuts].filter((c) => c >= 0 && c <= total).sort((a, b) => a - b);
    const index = window.DossierOffsets.byteOffsetsToIndexes(text, bytes);
    const container = el("div", { class: "text" });
    for (let i = 0; i + 1 < bytes.length; i++) {
      const piece = text.slice(index[i], index[i + 1]);
      const removed = article.removed.find((r) => r.begin <= bytes[i] && bytes[i + 1] <= r.end);
      const cited = begin <= bytes[i] && bytes[i + 1] <= end;
      const props = removed ? { class: "removed", title: "removed: " + removed.reason } : {};
      if (cited) {
        props.class = "cited" + (removed ? " removed" : "");
        container.append(el("mark", props, piece));
      } else {
        container.append(removed ? el("span", props, piece) : document.createTextNode(piece));
      }
    }
    return container;
  }

  function removedView(article) {
    if (article.removed.length === 0) return null;
    return el("details", { class: "removed-list" },
      el("summary", {}, plural(article.removed.length, "removed span"), " (boilerplate, with reasons)"),
      el("ul", {}, article.removed.map((r) => el("li", {}, el("span", { class: "reason" }, r.reason), r.text))));
  }

  function articleHeader(article) {
    const url = safeUrl(article.url);
    return [
      el("h3", {}, article.title || "(untitled)"),
      el("p", { class: "metadata" },
        [article.source, article.date || "date unknown", article.byline].filter(Boolean).join(" · "),
        url ? [" · ", el("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, url)] : null),
    ];
  }

  async function openArticle(cite) {
    const pane = $("article");
    const body = $("article-body");
    pane.hidden = false;
    document.querySelector(".layout").classList.add("with-article");
    body.replaceChildren(el("p", { class: "hint" }, "Loading the article…"));
    try {
      const article = await api("/articles/" + encodeURIComponent(cite.article));
      body.replaceChildren(...articleHeader(article), textView(article, cite.begin, cite.end),
        removedView(article) || "");
      const mark = body.querySelector("mark.cited");
      if (mark) mark.scrollIntoView({ block: "center" });
    } catch (error) {
      showError(body, error);
    }
  }

  function closeArticle() {
    $("article").hidden = true;
    document.querySelector(".layout").classList.remove("with-article");
  }

  // ---- wiring -------------------------------------------------------------------

  function route() {
    const match = /^#\/story\/(\d+)$/.exec(location.hash);
    if (match) showStory(match[1]);
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("filters").addEventListener("submit", (event) => {
      event.preventDefault();
      loadStories(false);
    });
    $("more").addEventListener("click", () => loadStories(true));
    $("close-article").addEventListener("click", closeArticle);
    window.addEventListener("hashchange", route);
    loadStories(false);
    route();
  });
})();
