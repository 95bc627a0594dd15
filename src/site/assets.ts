/**
 * The site's one stylesheet and one script, written as they are served. The script does two
 * things: the search box (it loads the prebuilt index as a script, which works from file://
 * where fetch does not, and builds results with DOM calls, never markup from data), and it
 * opens the <details> row a link's #fragment points at.
 */

export const SITE_CSS = `:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --link: #0969da;
  --sigma: #8250df; --elastic: #1a7f37; --splunk: #bc4c00; --bar: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --link: #4493f8;
    --sigma: #ab7df8; --elastic: #3fb950; --splunk: #f0883e; --bar: #4493f8; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
header { display: flex; gap: 16px; align-items: center; padding: 10px 24px; border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; z-index: 2; }
header .home { font-weight: 600; color: var(--fg); white-space: nowrap; }
.search { position: relative; flex: 1; max-width: 640px; }
.search input { width: 100%; padding: 6px 10px; font: inherit; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.search ol { position: absolute; left: 0; right: 0; top: 100%; margin: 4px 0 0; padding: 4px 0; list-style: none; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; max-height: 70vh; overflow-y: auto; box-shadow: 0 8px 24px rgba(0,0,0,.15); }
.search li a { display: block; padding: 4px 10px; color: var(--fg); }
.search li a:hover, .search li a:focus { background: var(--panel); text-decoration: none; }
.search .kind { display: inline-block; min-width: 76px; font-size: 12px; color: var(--muted); }
.search small { color: var(--muted); margin-left: 6px; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 48px; }
footer { max-width: 1180px; margin: 0 auto; padding: 16px 24px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
h1 { font-size: 26px; margin: 16px 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 18px 0 6px; }
.tid { color: var(--muted); font-weight: 500; margin-right: 6px; }
.crumbs, .meta, .note { color: var(--muted); font-size: 14px; }
.description p { margin: 6px 0; max-width: 860px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.sub td:first-child { padding-left: 24px; }
.vendor { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 10px; border: 1px solid currentColor; margin-right: 4px; white-space: nowrap; }
.vendor.sigma { color: var(--sigma); } .vendor.elastic { color: var(--elastic); } .vendor.splunk { color: var(--splunk); }
.v-sigma { fill: var(--sigma); } .v-elastic { fill: var(--elastic); } .v-splunk { fill: var(--splunk); }
svg.chart { max-width: 100%; height: auto; font-size: 12px; fill: var(--fg); }
svg.chart .bar { fill: var(--bar); }
.keys { border-top: 1px solid var(--line); margin: 6px 0; }
.keyrow { display: grid; grid-template-columns: 16px minmax(120px, 1.2fr) 110px minmax(160px, 2fr) 90px 100px 150px; gap: 8px; padding: 4px 8px; align-items: start; }
.excl .keyrow { grid-template-columns: 16px minmax(120px, 1.2fr) 110px minmax(160px, 2fr) 90px 150px; }
.keyhead { font-size: 13px; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); }
details.key { border-bottom: 1px solid var(--line); }
details.key > summary { list-style: none; cursor: pointer; }
details.key > summary::-webkit-details-marker { display: none; }
details.key > summary::before { content: "▸"; color: var(--muted); }
details.key[open] > summary::before { content: "▾"; }
details.key > summary:hover { background: var(--panel); }
details.key[open] { background: var(--panel); }
ul.rules { margin: 0 0 8px 24px; padding: 0 8px 6px 16px; }
ul.rules li, ol.similar li { margin: 2px 0; }
.path { color: var(--muted); font-size: 12px; }
dl.facts { display: grid; grid-template-columns: 140px 1fr; gap: 4px 16px; margin: 12px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 18px; border-left: 1px dotted var(--line); }
ul.tree { padding-left: 4px; border-left: none; }
ul.tree li { margin: 3px 0; }
.op { font-weight: 600; font-size: 13px; text-transform: uppercase; color: var(--muted); }
.m { color: var(--muted); }
.opaque { color: var(--splunk); }
.cols { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
@media (max-width: 800px) { .keyrow, .excl .keyrow { grid-template-columns: 16px 1fr 1fr; } .keyrow > :nth-child(n+5) { display: none; } }
`

export const SITE_JS = `(function () {
  'use strict';
  var KINDS = { t: 'technique', r: 'rule', f: 'field', v: 'value' };
  var RANK = { t: 0, r: 1, f: 2, v: 3 };
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var items = null;
  var requested = false;
  var waiting = function () {};

  function prepare() {
    items = window.DETLINT_SEARCH.map(function (e, i) {
      return { kind: e[0], text: e[1], detail: e[2], url: e[3], hay: (e[1] + ' ' + e[2]).toLowerCase(), low: e[1].toLowerCase(), i: i };
    });
  }

  // The index loads once, on first use; whatever asked last runs when it has loaded.
  function load(then) {
    if (items) return then();
    if (window.DETLINT_SEARCH) { prepare(); return then(); }
    waiting = then;
    if (requested) return;
    requested = true;
    var s = document.createElement('script');
    s.src = root + 'assets/search-index.js';
    s.onload = function () { prepare(); waiting(); };
    document.head.appendChild(s);
  }

  function search(q) {
    var words = q.toLowerCase().split(/\\s+/).filter(Boolean);
    if (words.length === 0) return [];
    var whole = words.join(' ');
    var hits = [];
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var ok = true;
      for (var w = 0; w < words.length && ok; w++) ok = it.hay.indexOf(words[w]) !== -1;
      if (!ok) continue;
      var score = it.low === whole ? 0 : it.low.indexOf(whole) === 0 ? 1 : it.low.indexOf(whole) !== -1 ? 2 : 3;
      hits.push({ it: it, score: score });
    }
    hits.sort(function (a, b) {
      return a.score - b.score || RANK[a.it.kind] - RANK[b.it.kind] || a.it.i - b.it.i;
    });
    return hits.slice(0, 40).map(function (h) { return h.it; });
  }

  function show() {
    var q = input.value.trim();
    while (list.firstChild) list.removeChild(list.firstChild);
    if (q === '') { list.hidden = true; return; }
    var hits = search(q);
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'No match for \\u201c' + q + '\\u201d';
      list.appendChild(none);
    }
    hits.forEach(function (it) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + it.url;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = KINDS[it.kind] || it.kind;
      a.appendChild(kind);
      a.appendChild(document.createTextNode(it.text));
      if (it.detail) {
        var small = document.createElement('small');
        small.textContent = it.detail;
        a.appendChild(small);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
  }

  if (input && list) {
    input.addEventListener('focus', function () { load(function () {}); });
    input.addEventListener('input', function () { load(show); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        var first = list.querySelector('a');
        if (first) window.location.href = first.href;
      } else if (e.key === 'Escape') {
        list.hidden = true;
      }
    });
    document.addEventListener('click', function (e) {
      if (!list.contains(e.target) && e.target !== input) list.hidden = true;
    });
  }

  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
`
