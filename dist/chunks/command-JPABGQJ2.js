import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
import {
  VENDORS,
  VERSION,
  cleanText,
  createHash,
  currentId,
  displayValue,
  eventInfo,
  formatCount,
  matchParts,
  parentOf,
  plural,
  similarRules,
  sourceUrl,
  techniquePage,
  writeOutputFile
} from "./chunk-EELRSFXG.js";
import "./chunk-SGMHL7FU.js";

// src/site/command.ts
import path2 from "node:path";

// src/site/trees.ts
function keyOf(r) {
  return `${r.vendor}\0${r.path}\0${r.line}\0${r.id ?? ""}`;
}
var RuleTrees = class {
  trees = /* @__PURE__ */ new Map();
  add = (rule) => void this.trees.set(keyOf(rule), rule.queries);
  get = (rule) => this.trees.get(keyOf(rule)) ?? null;
};

// src/site/index.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/site/assets.ts
var SITE_CSS = `:root {
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
details.key > summary::before { content: "\u25B8"; color: var(--muted); }
details.key[open] > summary::before { content: "\u25BE"; }
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
`;
var SITE_JS = `(function () {
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
`;

// src/site/html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
var UNSAFE = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
function text(value) {
  if (!UNSAFE.test(value)) return value;
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
var attr = text;
function el(name, attrs = {}, ...children) {
  let open = `<${name}`;
  for (const k in attrs) {
    const v = attrs[k];
    if (v === true) open += ` ${k}`;
    else if (v !== false && v !== null) open += ` ${k}="${attr(String(v))}"`;
  }
  return `${open}>${children.join("")}</${name}>`;
}
function link(href, label, attrs = {}) {
  return el("a", { href, ...attrs }, label);
}
var count = formatCount;
function slug(value, max = 60) {
  const s = value.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return (s === "" ? "x" : s).slice(0, max);
}
function table(headers, rows) {
  const head = headers.map((h) => el("th", { class: h.num ? "num" : null }, text(h.label))).join("");
  const body = rows.map((r) => {
    const cells = Array.isArray(r) ? r : r.cells;
    const tds = cells.map((c, i) => el("td", { class: headers[i]?.num ? "num" : null }, c));
    return el("tr", { class: Array.isArray(r) ? null : r.class }, ...tds);
  }).join("\n");
  return `<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

// src/site/paths.ts
function techniquePagePath(technique) {
  return `t/${technique.toUpperCase()}.html`;
}
function rulePagePath(rule) {
  const base = rule.path.split("/").pop()?.replace(/\.[a-z]+$/i, "") ?? "";
  const hash = createHash("sha256").update(`${rule.vendor}\0${rule.path}\0${rule.id ?? ""}`).digest("hex");
  return `r/${rule.vendor}-${slug(base, 48)}-${hash.slice(0, 8)}.html`;
}
function siteUrl(base, page) {
  return `${base.replace(/\/+$/, "")}/${page}`;
}

// src/site/similar.ts
var MAX_REACH = 300;
function sharedIndicatorSimilarity(catalog) {
  const n = catalog.rules.length;
  const idf = (key) => Math.log(1 + n / (catalog.indicatorRules.get(key)?.length ?? 1));
  const weights = /* @__PURE__ */ new Map();
  const weightOf = (i) => {
    let w = weights.get(i);
    if (w === void 0) {
      w = 0;
      for (const k of catalog.rules[i].indicators) w += idf(k);
      weights.set(i, w);
    }
    return w;
  };
  return (rule, limit) => {
    const shared = /* @__PURE__ */ new Map();
    for (const k of catalog.rules[rule].indicators) {
      const users = catalog.indicatorRules.get(k) ?? [];
      if (users.length > MAX_REACH) continue;
      const w = idf(k);
      for (const j of users) {
        if (j === rule) continue;
        const s = shared.get(j);
        if (s) {
          s.w += w;
          s.n++;
        } else shared.set(j, { w, n: 1 });
      }
    }
    const mine = weightOf(rule);
    return [...shared].map(([j, s]) => ({ rule: j, score: s.w / (mine + weightOf(j) - s.w), shared: s.n })).sort((a, b) => b.score - a.score || a.rule - b.rule).slice(0, limit);
  };
}
function catalogSimilarity(catalog) {
  const fallback = sharedIndicatorSimilarity(catalog);
  return (rule, limit) => {
    const mine = new Set(catalog.rules[rule].indicators);
    const found = similarRules(catalog, rule, limit).filter((n) => n.index !== rule && n.similarity > 0).map((n) => ({
      rule: n.index,
      score: Math.min(1, n.jaccard),
      shared: catalog.rules[n.index].indicators.filter((k) => mine.has(k)).length
    }));
    return found.length > 0 ? found : fallback(rule, limit);
  };
}

// src/site/model.ts
var TACTIC_ORDER = [
  "reconnaissance",
  "resource-development",
  "initial-access",
  "execution",
  "persistence",
  "privilege-escalation",
  "defense-evasion",
  "stealth",
  "defense-impairment",
  "credential-access",
  "discovery",
  "lateral-movement",
  "collection",
  "command-and-control",
  "exfiltration",
  "impact"
];
var NO_TACTIC = "No known tactic";
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function descriptionOf(t) {
  const d = t?.description;
  return typeof d === "string" && d.trim() !== "" ? d : null;
}
function tacticShortnames(attack, family, members) {
  const own = attack?.techniques.get(family)?.tactics;
  if (own && own.length > 0) return own;
  const out = /* @__PURE__ */ new Set();
  for (const m of members) for (const t of attack?.techniques.get(m)?.tactics ?? []) out.add(t);
  return [...out];
}
function tacticRank(attack) {
  const ids = /* @__PURE__ */ new Map();
  for (const [id, t] of attack?.tactics ?? []) ids.set(t.shortname, id);
  return (s) => {
    const i = TACTIC_ORDER.indexOf(s);
    return [i === -1 ? TACTIC_ORDER.length : i, ids.get(s) ?? s];
  };
}
function groupTactics(catalog, techniques) {
  const attack = catalog.attack;
  const families = /* @__PURE__ */ new Map();
  for (const t of techniques) {
    const p = parentOf(t);
    const list = families.get(p) ?? [];
    if (t !== p) list.push(t);
    families.set(p, list);
  }
  const byTactic = /* @__PURE__ */ new Map();
  for (const [family, members] of families) {
    const tactics = tacticShortnames(attack, family, members);
    for (const s of tactics.length > 0 ? tactics : [NO_TACTIC])
      byTactic.set(s, [...byTactic.get(s) ?? [], family]);
  }
  const rank = tacticRank(attack);
  const names = /* @__PURE__ */ new Map();
  for (const t of attack?.tactics.values() ?? []) names.set(t.shortname, t.name);
  const order = [...byTactic.keys()].sort((a, b) => {
    if (a === NO_TACTIC || b === NO_TACTIC) return a === b ? 0 : a === NO_TACTIC ? 1 : -1;
    const [ra, ia] = rank(a);
    const [rb, ib] = rank(b);
    return ra - rb || cmp(ia, ib);
  });
  return order.map((s) => {
    const fams = (byTactic.get(s) ?? []).sort(cmp);
    const seen = /* @__PURE__ */ new Set();
    for (const f of fams) for (const i of catalog.techniqueRules.get(f) ?? []) seen.add(i);
    const vendors = Object.fromEntries(VENDORS.map((v) => [v, 0]));
    for (const i of seen) vendors[catalog.rules[i].vendor]++;
    return { name: names.get(s) ?? s, families: fams, vendors };
  });
}
function rulePaths(rules) {
  const seen = /* @__PURE__ */ new Set();
  return rules.map((r) => {
    let p = rulePagePath(r);
    if (seen.has(p)) p = p.replace(/\.html$/, `-${r.line}.html`);
    seen.add(p);
    return p;
  });
}
function siteModel(catalog, sources = {}) {
  const techniques = [...catalog.techniqueRules.keys()].filter((t) => /^T\d{4}(\.\d{3})?$/.test(t)).sort(cmp);
  return {
    title: sources.title ?? "detlint catalog",
    catalog,
    techniques,
    tactics: groupTactics(catalog, techniques),
    rulePaths: rulePaths(catalog.rules),
    sources,
    similar: sources.similar ?? catalogSimilarity(catalog)
  };
}
function within(users, pageRules) {
  return (users ?? []).filter((i) => pageRules.has(i));
}
function siteTechnique(model, technique) {
  const { catalog } = model;
  const page = techniquePage(catalog, technique, 0);
  const pageRules = new Set(catalog.techniqueRules.get(page.technique) ?? []);
  return {
    page,
    description: descriptionOf(catalog.attack?.techniques.get(page.technique)),
    indicatorRules: page.indicators.rows.map((r) => within(catalog.indicatorRules.get(r.key), pageRules)),
    exclusionRules: page.exclusions.rows.map((r) => within(catalog.exclusionRules.get(r.key), pageRules))
  };
}
function ruleTechniques(catalog, rule) {
  const attack = catalog.attack;
  return [...new Set(rule.techniques.map((t) => attack ? currentId(attack, t) : t))].sort(cmp);
}

// src/site/charts.ts
var ROW = 22;
var LABEL = 170;
var BAR = 420;
function round(n) {
  return String(Math.round(n * 10) / 10);
}
function stackedBars(title, rows) {
  const totals = rows.map((r) => VENDORS.reduce((s, v) => s + r.values[v], 0));
  const max = Math.max(1, ...totals);
  const legendY = rows.length * ROW + 16;
  const height = legendY + 12;
  const width = LABEL + BAR + 60;
  const parts = [el("title", {}, text(title))];
  rows.forEach((r, i) => {
    const y = i * ROW;
    parts.push(el("text", { x: LABEL - 6, y: y + 15, "text-anchor": "end" }, text(r.label)));
    let x = LABEL;
    for (const v of VENDORS) {
      const n = r.values[v];
      if (n === 0) continue;
      const w = n / max * BAR;
      parts.push(
        el(
          "rect",
          { x: round(x), y: y + 4, width: round(Math.max(w, 1)), height: ROW - 8, class: `v-${v}` },
          el("title", {}, text(`${r.label}: ${v} ${count(n)}`))
        )
      );
      x += w;
    }
    parts.push(el("text", { x: round(x + 6), y: y + 15 }, count(totals[i])));
  });
  VENDORS.forEach((v, i) => {
    const x = LABEL + i * 110;
    parts.push(el("rect", { x, y: legendY - 9, width: 10, height: 10, class: `v-${v}` }));
    parts.push(el("text", { x: x + 14, y: legendY }, v));
  });
  return el(
    "svg",
    { class: "chart", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": title },
    ...parts
  );
}
function histogram(title, buckets) {
  const w = 64;
  const h = 90;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const parts = [el("title", {}, text(title))];
  buckets.forEach((b, i) => {
    const bh = b.count / max * h;
    const x = i * w + 8;
    parts.push(el("rect", { x, y: round(18 + h - bh), width: w - 16, height: round(bh), class: "bar" }));
    parts.push(
      el("text", { x: x + (w - 16) / 2, y: round(14 + h - bh), "text-anchor": "middle" }, count(b.count))
    );
    parts.push(el("text", { x: x + (w - 16) / 2, y: 18 + h + 16, "text-anchor": "middle" }, text(b.label)));
  });
  const width = buckets.length * w + 8;
  const height = h + 40;
  return el(
    "svg",
    { class: "chart", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": title },
    ...parts
  );
}
var REACH_BUCKETS = [
  { label: "1", min: 1, max: 1 },
  { label: "2\u20134", min: 2, max: 4 },
  { label: "5\u20139", min: 5, max: 9 },
  { label: "10\u201324", min: 10, max: 24 },
  { label: "25\u201399", min: 25, max: 99 },
  { label: "100+", min: 100, max: Infinity }
];
function reachBuckets(reaches) {
  return REACH_BUCKETS.map((b) => ({
    label: b.label,
    count: reaches.filter((r) => r >= b.min && r <= b.max).length
  }));
}

// src/site/render.ts
var SITE_LIMITS = {
  fields: 20,
  indicators: 40,
  exclusions: 40,
  /** Rules listed under an opened indicator or exclusion row. */
  ruleList: 50,
  similar: 10,
  /** Rows of a rule page's indicator and exclusion tables. */
  ruleKeys: 100,
  /** Children shown per and/or node of a rule's logic tree. */
  treeChildren: 50
};
var MIN_CHART = 5;
var HERE_SUB = { root: "../" };
function frame({ title, here, model, body }) {
  const attack = model.catalog.attack?.version;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:">`,
    '<meta name="referrer" content="no-referrer">',
    el("title", {}, text(title)),
    `<link rel="stylesheet" href="${here.root}assets/site.css">`,
    `<script src="${here.root}assets/site.js" defer></script>`,
    "</head>",
    `<body data-root="${here.root}">`,
    "<header>" + link(`${here.root}index.html`, text(model.title), { class: "home" }) + '<div class="search"><input id="q" type="search" placeholder="Search techniques, rules, fields, values" aria-label="Search" autocomplete="off"><ol id="results" hidden></ol></div></header>',
    "<main>",
    body,
    "</main>",
    el(
      "footer",
      {},
      text(
        `Built by detlint ${VERSION} from ${plural(model.catalog.rules.length, "rule")}` + (attack ? ` \xB7 ATT&CK v${attack}` : "") + ". ATT&CK\xAE is a registered trademark of The MITRE Corporation."
      )
    ),
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function vendorBadge(v, n) {
  return el("span", { class: `vendor ${v}` }, text(n === void 0 ? v : `${v} ${count(n)}`));
}
function vendorCounts(list) {
  return list.map((v) => vendorBadge(v.vendor, v.rules)).join(" ");
}
function code(s) {
  return el("code", {}, text(s));
}
function attackUrl(technique) {
  return `https://attack.mitre.org/techniques/${technique.replace(".", "/")}/`;
}
function techniqueLink(model, here, id, label) {
  return model.catalog.techniqueRules.has(id) ? link(here.root + techniquePagePath(id), text(label ?? id)) : text(label ?? id);
}
function ruleItem(model, here, i) {
  const r = model.catalog.rules[i];
  return el(
    "li",
    {},
    link(here.root + model.rulePaths[i], text(r.title)),
    " ",
    vendorBadge(r.vendor),
    " ",
    el("span", { class: "path" }, text(r.path))
  );
}
function shortRuleItem(model, here, i) {
  const r = model.catalog.rules[i];
  return el("li", {}, link(here.root + model.rulePaths[i], text(r.title)), " ", vendorBadge(r.vendor));
}
function ruleList(model, here, rules, max) {
  const shown = rules.slice(0, max).map((i) => shortRuleItem(model, here, i));
  if (rules.length > max)
    shown.push(el("li", { class: "note" }, text(`and ${plural(rules.length - max, "more rule")}`)));
  return el("ul", { class: "rules" }, ...shown);
}
function more(total, shown, noun) {
  return total > shown ? el("p", { class: "note" }, text(`${plural(total - shown, `more ${noun}`)} not shown.`)) : "";
}
function keyAnchor(kind, key) {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return `${kind}-${h.toString(16).padStart(8, "0")}`;
}
function keyCells(field, op, value) {
  const m = matchParts(op, value);
  return [field === null ? text("(keyword)") : code(field), text(m.op), m.value === null ? "" : code(m.value)];
}
function spans(cells) {
  return cells.map((c) => el("span", {}, c));
}
function renderIndex(model, summaries) {
  const here = { root: "" };
  const { catalog } = model;
  const totals = VENDORS.map((v) => ({
    vendor: v,
    rules: catalog.rules.filter((r) => r.vendor === v).length
  })).filter((v) => v.rules > 0);
  const vendorCols = VENDORS.filter((v) => totals.some((t) => t.vendor === v));
  const parts = [
    el("h1", {}, text(model.title)),
    el(
      "p",
      { class: "meta" },
      text(`${plural(catalog.rules.length, "rule")}: `),
      vendorCounts(totals),
      text(` \xB7 ${plural(model.techniques.length, "technique")} with rules`)
    )
  ];
  if (catalog.attack === void 0)
    parts.push(
      el("p", { class: "note" }, text("No ATT&CK table given: technique names and tactics are unknown."))
    );
  parts.push(
    el("h2", { id: "chart" }, text("Rules per tactic")),
    stackedBars(
      "Rules per vendor per tactic",
      model.tactics.map((t) => ({ label: t.name, values: t.vendors }))
    ),
    el(
      "p",
      { class: "note" },
      text("A rule counts once per tactic, under every tactic of the techniques it is tagged with.")
    ),
    el("nav", {}, model.tactics.map((t) => link(`#${tacticId(t.name)}`, text(t.name))).join(" \xB7 "))
  );
  for (const t of model.tactics) {
    const rows = [];
    for (const family of t.families) {
      const members = [family, ...model.techniques.filter((x) => x !== family && parentOf(x) === family)];
      for (const id of members) {
        const s = summaries.get(id);
        if (!s) continue;
        const cells = [
          techniqueLink(model, here, id),
          text(s.name ?? ""),
          ...vendorCols.map((v) => count(s.vendors.find((x) => x.vendor === v)?.rules ?? 0)),
          count(s.rules)
        ];
        rows.push(id === family ? cells : { cells, class: "sub" });
      }
    }
    parts.push(
      el("h2", { id: tacticId(t.name) }, text(t.name)),
      table(
        [
          { label: "technique" },
          { label: "name" },
          ...vendorCols.map((v) => ({ label: v, num: true })),
          { label: "rules", num: true }
        ],
        rows
      )
    );
  }
  return frame({ title: model.title, here, model, body: parts.join("\n") });
}
function tacticId(name) {
  return `tactic-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
function paragraphs(description) {
  return description.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== "").map((p) => el("p", {}, text(p))).join("\n");
}
function eventsSection(st) {
  const { page } = st;
  if (page.events.total === 0)
    return el("p", { class: "note" }, text("No rule reads an event detlint knows."));
  const vendors = page.vendors.map((v) => v.vendor);
  const rows = page.events.rows.map((e) => [
    text(e.provider),
    text(e.event),
    text(e.title),
    count(e.rules),
    ...vendors.map((v) => count(e.vendors[v]))
  ]);
  const note = page.rulesWithoutEvents > 0 ? el(
    "p",
    { class: "note" },
    text(`${plural(page.rulesWithoutEvents, "rule")} read no event detlint knows.`)
  ) : "";
  return table(
    [
      { label: "provider" },
      { label: "event id" },
      { label: "title" },
      { label: "rules", num: true },
      ...vendors.map((v) => ({ label: v, num: true }))
    ],
    rows
  ) + note;
}
function fieldsSection(st) {
  const { fields } = st.page;
  if (fields.total === 0) return el("p", { class: "note" }, text("No rule tests a field."));
  const shown = fields.rows.slice(0, SITE_LIMITS.fields);
  return table(
    [{ label: "field" }, { label: "rules", num: true }, { label: "operators" }, { label: "sample values" }],
    shown.map((f) => [
      code(f.field),
      count(f.rules),
      text(f.ops.map((o) => `${o.op} ${count(o.rules)}`).join(", ")),
      f.samples.map(code).join(" ")
    ])
  ) + more(fields.total, shown.length, "field");
}
function indicatorsSection(model, here, st) {
  const { indicators } = st.page;
  if (indicators.total === 0) return el("p", { class: "note" }, text("No indicators."));
  const n = Math.min(indicators.rows.length, SITE_LIMITS.indicators);
  const head = el(
    "div",
    { class: "keyrow keyhead" },
    el("span", {}),
    ...["field", "operator", "value"].map((h) => el("span", {}, h)),
    el("span", { class: "num" }, "rules here"),
    el("span", { class: "num" }, "corpus reach"),
    el("span", {}, "vendors")
  );
  const rows = indicators.rows.slice(0, n).map(
    (r, i) => el(
      "details",
      { class: "key", id: keyAnchor("i", r.key) },
      el(
        "summary",
        { class: "keyrow" },
        ...spans(keyCells(r.field, r.op, r.value)),
        el("span", { class: "num" }, count(r.here)),
        el("span", { class: "num" }, count(r.reach)),
        el("span", {}, r.vendors.map((v) => vendorBadge(v)).join(" "))
      ),
      ruleList(model, here, st.indicatorRules[i], SITE_LIMITS.ruleList)
    )
  );
  const chart = histogram(
    "Corpus reach of this page\u2019s indicators",
    reachBuckets(indicators.rows.map((r) => r.reach))
  );
  return [
    el(
      "p",
      { class: "note" },
      text(
        "rules here: rules of this page with the indicator; corpus reach: catalog rules (any technique) with it. Open a row for its rules."
      )
    ),
    el("div", { class: "keys" }, ["", head, ...rows, ""].join("\n")),
    more(indicators.total, n, "indicator"),
    el("h3", {}, text(`Corpus reach of all ${plural(indicators.total, "indicator")}`)),
    chart
  ].join("\n");
}
function exclusionsSection(model, here, st) {
  const { exclusions } = st.page;
  if (exclusions.total === 0) return el("p", { class: "note" }, text("No exclusions."));
  const n = Math.min(exclusions.rows.length, SITE_LIMITS.exclusions);
  const head = el(
    "div",
    { class: "keyrow keyhead" },
    el("span", {}),
    ...["field", "operator", "value"].map((h) => el("span", {}, h)),
    el("span", { class: "num" }, "rules"),
    el("span", {}, "vendors")
  );
  const rows = exclusions.rows.slice(0, n).map(
    (r, i) => el(
      "details",
      { class: "key", id: keyAnchor("x", r.key) },
      el(
        "summary",
        { class: "keyrow" },
        ...spans(keyCells(r.field, r.op, r.value)),
        el("span", { class: "num" }, count(r.rules)),
        el("span", {}, r.vendors.map((v) => vendorBadge(v)).join(" "))
      ),
      ruleList(model, here, st.exclusionRules[i], SITE_LIMITS.ruleList)
    )
  );
  return el("div", { class: "keys excl" }, ["", head, ...rows, ""].join("\n")) + more(exclusions.total, n, "exclusion");
}
function renderTechnique(model, st) {
  const here = HERE_SUB;
  const { page } = st;
  const id = page.technique;
  const parent = parentOf(id);
  const crumbs = [link("../index.html", "Index")];
  if (parent !== id) crumbs.push(techniqueLink(model, here, parent));
  const meta = [];
  if (page.attackVersion === null) meta.push(text("No ATT&CK table given: the name and tactics are unknown"));
  else if (page.name === null) meta.push(text(`ATT&CK v${page.attackVersion} does not know ${id}`));
  else
    meta.push(
      text(`Tactics: ${page.tactics.length > 0 ? page.tactics.join(", ") : "(none)"}`),
      text(`ATT&CK v${page.attackVersion}`)
    );
  meta.push(link(attackUrl(id), text(`${id} on attack.mitre.org`), { rel: "noopener" }));
  const parts = [
    el("nav", { class: "crumbs" }, crumbs.join(" \u203A ")),
    el("h1", {}, el("span", { class: "tid" }, text(id)), text(page.name ?? "")),
    el("p", { class: "meta" }, meta.join(" \xB7 ")),
    st.description === null ? "" : el("div", { class: "description" }, paragraphs(st.description)),
    el("p", {}, text(`${plural(page.rules, "rule")}: `), vendorCounts(page.vendors))
  ];
  if (page.subtechniques.length > 0)
    parts.push(
      el(
        "p",
        {},
        text("Tagged with: "),
        page.subtechniques.map(
          (s) => `${techniqueLink(model, here, s.technique, s.name === null ? s.technique : `${s.technique} ${s.name}`)} (${count(s.rules)})`
        ).join(", ")
      )
    );
  parts.push(
    el("h2", { id: "events" }, "Events covered"),
    eventsSection(st),
    el("h2", { id: "fields" }, "Fields filtered most"),
    el(
      "p",
      { class: "note" },
      text("Scope fields (OS, event category, type or code, channel) are left out here and below.")
    ),
    fieldsSection(st),
    el("h2", { id: "indicators" }, "Top indicator values"),
    indicatorsSection(model, here, st),
    el("h2", { id: "exclusions" }, "Exclusions"),
    exclusionsSection(model, here, st),
    el("h2", { id: "rules" }, "Rules")
  );
  const pageRules = model.catalog.techniqueRules.get(id) ?? [];
  for (const g of page.ruleGroups) {
    parts.push(
      el("h3", {}, vendorBadge(g.vendor), text(` ${plural(g.total, "rule")}`)),
      el(
        "ul",
        { class: "rules" },
        ...pageRules.filter((i) => model.catalog.rules[i].vendor === g.vendor).map((i) => ruleItem(model, here, i))
      )
    );
  }
  const title = `${id}${page.name === null ? "" : ` ${page.name}`} \xB7 ${model.title}`;
  return frame({ title, here, model, body: parts.join("\n") });
}
var MAX_DEPTH = 40;
function treeItem(e, depth) {
  if (depth > MAX_DEPTH) return el("li", { class: "note" }, text("\u2026 (deeper levels not shown)"));
  switch (e.kind) {
    case "and":
    case "or":
      return el(
        "li",
        {},
        el("span", { class: "op" }, e.kind === "and" ? "all of" : "any of"),
        el(
          "ul",
          {},
          ...e.children.slice(0, SITE_LIMITS.treeChildren).map((c) => treeItem(c, depth + 1)),
          e.children.length > SITE_LIMITS.treeChildren ? el(
            "li",
            { class: "note" },
            text(`and ${plural(e.children.length - SITE_LIMITS.treeChildren, "more")}`)
          ) : ""
        )
      );
    case "not":
      return el("li", {}, el("span", { class: "op" }, "not"), el("ul", {}, treeItem(e.child, depth + 1)));
    case "pred": {
      const m = matchParts(e.op, e.value === null ? null : displayValue(e.op, e.value));
      const field = e.sourceField ?? e.field;
      const canonical = e.field !== null && e.field !== e.sourceField ? el("span", { class: "m" }, text(` (${e.field})`)) : "";
      return el(
        "li",
        {},
        field === null ? el("span", { class: "m" }, "any field") : code(field),
        canonical,
        " ",
        el("span", { class: "m" }, text(m.op + (e.caseSensitive ? " (case-sensitive)" : ""))),
        m.value === null ? "" : " " + code(m.value)
      );
    }
    case "opaque":
      return el("li", { class: "opaque" }, text("not interpreted: "), code(e.text), text(` (${e.reason})`));
  }
}
function treeSection(queries) {
  if (queries === null)
    return el(
      "p",
      { class: "note" },
      text(
        "The logic tree is shown when the site is built from the rules themselves (--baseline), not from a catalog file."
      )
    );
  return queries.map(
    (q) => (q.label === "" ? "" : el("h3", {}, text(q.label))) + el("ul", { class: "tree" }, treeItem(q.expr, 0))
  ).join("\n");
}
function keyTable(model, keys, users, label) {
  const rows = keys.slice(0, SITE_LIMITS.ruleKeys).map((k) => {
    const p = model.catalog.keys.get(k);
    return [...keyCells(p?.field ?? null, p?.op ?? "", p?.value ?? null), count(users.get(k)?.length ?? 0)];
  });
  return table([{ label: "field" }, { label: "operator" }, { label: "value" }, { label, num: true }], rows) + more(keys.length, rows.length, "key");
}
function renderRule(model, index) {
  const here = HERE_SUB;
  const { catalog } = model;
  const r = catalog.rules[index];
  const source = model.sources.sourceUrl?.(r) ?? null;
  const where = r.line > 1 ? `${r.path}:${r.line}` : r.path;
  const techniques = ruleTechniques(catalog, r);
  const facts = [
    ["Vendor", vendorBadge(r.vendor)],
    ["Path", source === null ? code(where) : link(source, code(where), { rel: "noopener" })],
    ["ID", r.id === null ? text("(none)") : code(r.id)],
    ["Level", text(r.level ?? "(none)")],
    [
      "Techniques",
      techniques.length === 0 ? text("(none)") : techniques.map((t) => techniqueLink(model, here, t, `${t}${nameOf(model, t)}`)).join(", ")
    ],
    [
      "Events",
      r.events.length === 0 ? text("(none detlint knows)") : r.events.map((e) => eventLabel(e)).join(", ")
    ],
    ["Log source", code(r.eventKind)]
  ];
  const reaches = r.indicators.map((k) => catalog.indicatorRules.get(k)?.length ?? 0);
  const similar = model.similar(index, SITE_LIMITS.similar);
  const parts = [
    el(
      "nav",
      { class: "crumbs" },
      [link("../index.html", "Index"), ...techniques.map((t) => techniqueLink(model, here, t))].join(" \u203A ")
    ),
    el("h1", {}, text(r.title)),
    el("dl", { class: "facts" }, ...facts.map(([k, v]) => el("dt", {}, text(k)) + el("dd", {}, v))),
    el("h2", { id: "logic" }, "Logic"),
    treeSection(model.sources.trees?.(r) ?? null),
    el("h2", { id: "indicators" }, "Indicators"),
    r.indicators.length === 0 ? el("p", { class: "note" }, text("No indicators.")) : el(
      "p",
      { class: "note" },
      text("corpus reach: catalog rules (any technique) with the indicator, this one included.")
    ) + keyTable(model, r.indicators, catalog.indicatorRules, "corpus reach") + // A chart of a handful of numbers says less than the table above it.
    (reaches.length >= MIN_CHART ? histogram("Corpus reach of this rule\u2019s indicators", reachBuckets(reaches)) : ""),
    el("h2", { id: "exclusions" }, "Exclusions"),
    r.exclusions.length === 0 ? el("p", { class: "note" }, text("No exclusions.")) : keyTable(model, r.exclusions, catalog.exclusionRules, "rules with it"),
    el("h2", { id: "similar" }, "Rules most like it"),
    similar.length === 0 ? el("p", { class: "note" }, text("No rule shares an indicator with this one.")) : el(
      "ol",
      { class: "similar" },
      ...similar.map(
        (s) => el(
          "li",
          {},
          link(here.root + model.rulePaths[s.rule], text(catalog.rules[s.rule].title)),
          " ",
          vendorBadge(catalog.rules[s.rule].vendor),
          " ",
          el(
            "span",
            { class: "path" },
            text(`${plural(s.shared, "shared indicator")} \xB7 similarity ${s.score.toFixed(2)}`)
          )
        )
      )
    )
  ];
  return frame({ title: `${r.title} \xB7 ${model.title}`, here, model, body: parts.join("\n") });
}
function nameOf(model, t) {
  const name = model.catalog.attack?.techniques.get(t)?.name;
  return name === void 0 ? "" : ` ${name}`;
}
function eventLabel(id) {
  const e = eventInfo(id);
  return text(`${e.provider} ${e.event} (${e.title})`);
}

// src/site/search.ts
var PLACES = 3;
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SearchIndex = class {
  constructor(model) {
    this.model = model;
  }
  model;
  techniques = [];
  fields = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  addTechnique(st) {
    const { page } = st;
    const id = page.technique;
    const name = page.name ?? "";
    const detail = [`${page.rules} rules`, ...page.tactics].join(" \xB7 ");
    this.techniques.push(["t", name === "" ? id : `${id} ${name}`, detail, techniquePagePath(id)]);
    const where = name === "" ? id : `${id} ${name}`;
    for (const f of page.fields.rows) {
      const list = this.fields.get(f.field) ?? [];
      list.push({ technique: id, rules: f.rules, anchor: "fields", detail: `${f.rules} rules on ${where}` });
      this.fields.set(f.field, list);
    }
    const rows = [
      ...page.indicators.rows.slice(0, SITE_LIMITS.indicators).map((r) => ({ r, n: r.here, kind: "i", what: "with it" })),
      ...page.exclusions.rows.slice(0, SITE_LIMITS.exclusions).map((r) => ({ r, n: r.rules, kind: "x", what: "excluding it" }))
    ];
    for (const { r, n, kind, what } of rows) {
      const m = matchParts(r.op, r.value);
      const label = `${r.field ?? "(keyword)"} ${m.op}${m.value === null ? "" : ` ${m.value}`}`;
      const v = this.values.get(`${kind}${r.key}`) ?? { label, places: [] };
      v.places.push({
        technique: id,
        rules: n,
        anchor: keyAnchor(kind, r.key),
        detail: `${n} rules ${what} on ${where}`
      });
      this.values.set(`${kind}${r.key}`, v);
    }
  }
  entries() {
    const top = (places) => [...places].sort((a, b) => b.rules - a.rules || cmp2(a.technique, b.technique)).slice(0, PLACES);
    const out = [...this.techniques].sort((a, b) => cmp2(a[3], b[3]));
    this.model.catalog.rules.forEach(
      (r, i) => out.push(["r", r.title, `${r.vendor} \xB7 ${r.path}`, this.model.rulePaths[i]])
    );
    for (const field of [...this.fields.keys()].sort(cmp2))
      for (const p of top(this.fields.get(field) ?? []))
        out.push(["f", field, p.detail, `${techniquePagePath(p.technique)}#${p.anchor}`]);
    for (const key of [...this.values.keys()].sort(cmp2)) {
      const v = this.values.get(key);
      if (v)
        for (const p of top(v.places))
          out.push(["v", v.label, p.detail, `${techniquePagePath(p.technique)}#${p.anchor}`]);
    }
    return out;
  }
  /** The index as a script: one entry per line. `<` is escaped so no entry can close a tag. */
  script() {
    const lines = this.entries().map(
      (e) => JSON.stringify(e).replace(/</g, "\\u003c").replace(/\u2028|\u2029/g, (c) => c === "\u2028" ? "\\u2028" : "\\u2029")
    );
    return `window.DETLINT_SEARCH = [
${lines.join(",\n")}
];
`;
  }
};

// src/site/index.ts
function renderSite(catalog, sources, emit) {
  const model = siteModel(catalog, sources);
  const search = new SearchIndex(model);
  const summaries = /* @__PURE__ */ new Map();
  for (const id of model.techniques) {
    const st = siteTechnique(model, id);
    emit(techniquePagePath(id), renderTechnique(model, st));
    search.addTechnique(st);
    summaries.set(id, { name: st.page.name, rules: st.page.rules, vendors: st.page.vendors });
  }
  catalog.rules.forEach((_, i) => emit(model.rulePaths[i], renderRule(model, i)));
  emit("index.html", renderIndex(model, summaries));
  emit("assets/site.css", SITE_CSS);
  emit("assets/site.js", SITE_JS);
  emit("assets/search-index.js", search.script());
  emit(".nojekyll", "");
}
function writeSite(dir, catalog, sources = {}) {
  const written = { files: 0, bytes: 0 };
  const made = /* @__PURE__ */ new Set();
  renderSite(catalog, sources, (rel, content) => {
    const file = path.join(dir, rel);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, content);
    written.files++;
    written.bytes += Buffer.byteLength(content);
  });
  return written;
}

// src/site/navigator.ts
var LAYER_FORMAT = "4.5";
var NAVIGATOR_VERSION = "4.9.0";
var TECHNIQUE = /^T\d{4}(\.\d{3})?$/;
function cmp3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function navigatorLayer(catalog, options = {}) {
  const ids = [...catalog.techniqueRules.keys()].filter((t) => TECHNIQUE.test(t)).sort(cmp3);
  const parents = new Set(ids.filter((t) => t.includes(".")).map((t) => t.slice(0, 5)));
  const techniques = ids.map((id) => {
    const rules = catalog.techniqueRules.get(id) ?? [];
    const perVendor = /* @__PURE__ */ new Map();
    for (const i of rules) {
      const v = catalog.rules[i].vendor;
      perVendor.set(v, (perVendor.get(v) ?? 0) + 1);
    }
    const vendors = VENDORS.filter((v) => perVendor.has(v));
    const t = {
      techniqueID: id,
      score: rules.length,
      comment: `${rules.length} rule${rules.length === 1 ? "" : "s"}: ${vendors.map((v) => `${v} ${perVendor.get(v)}`).join(", ")}`,
      enabled: true,
      metadata: vendors.map((v) => ({ name: v, value: String(perVendor.get(v)) }))
    };
    if (parents.has(id)) t.showSubtechniques = true;
    if (options.siteUrl !== void 0)
      t.links = [{ label: "detlint catalog page", url: siteUrl(options.siteUrl, techniquePagePath(id)) }];
    return t;
  });
  const max = Math.max(1, ...techniques.map((t) => t.score));
  const attack = catalog.attack?.version.match(/^\d+(\.\d+)?/)?.[0];
  return {
    name: options.name ?? "detlint catalog",
    versions: { ...attack ? { attack } : {}, navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT },
    domain: "enterprise-attack",
    description: `Techniques scored by the rules detlint's catalog files under them (${catalog.rules.length} rules).`,
    sorting: 3,
    layout: { layout: "side", showID: true, showName: true, expandedSubtechniques: "annotated" },
    hideDisabled: false,
    techniques,
    gradient: { colors: ["#e8f1fb", "#0969da"], minValue: 0, maxValue: max },
    legendItems: [],
    metadata: [{ name: "generator", value: `detlint ${VERSION}` }],
    showTacticRowBackground: false,
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false
  };
}
function renderNavigatorLayer(catalog, options = {}) {
  return JSON.stringify(navigatorLayer(catalog, options), null, 2) + "\n";
}

// src/site/command.ts
function sourceUrls(specs, usage) {
  const pairs = specs.map((spec) => {
    const eq = spec.indexOf("=");
    const prefix = eq > 0 ? spec.slice(0, eq).replace(/\\/g, "/").replace(/\/+$/, "") : "";
    const url = eq > 0 ? spec.slice(eq + 1).replace(/\/+$/, "") : "";
    if (prefix === "" || !/^https?:\/\//i.test(url))
      throw usage(`--source-url: expected PATH=URL with an http(s) URL, got ${JSON.stringify(spec)}`);
    return { prefix, url };
  });
  pairs.sort((a, b) => b.prefix.length - a.prefix.length);
  return (rule) => {
    for (const { prefix, url } of pairs)
      if (rule.path === prefix || rule.path.startsWith(`${prefix}/`)) {
        const rest = rule.path.slice(prefix.length + 1).split("/").map(encodeURIComponent).join("/");
        return `${url}/${rest}${rule.line > 1 ? `#L${rule.line}` : ""}`;
      }
    return null;
  };
}
function requireSources(values, command, ctx) {
  const given = (k) => Array.isArray(values[k]) && values[k].length > 0;
  if (!given("catalog") && !given("baseline"))
    throw ctx.usage(`${command}: give --catalog FILE or --baseline DIR`);
  if (typeof values.output !== "string") throw ctx.usage(`${command}: -o is required`);
}
function runCatalogSite({ values, positionals }, ctx) {
  const command = "catalog site";
  if (positionals.length > 0)
    throw ctx.usage(`${command}: unexpected argument ${JSON.stringify(positionals[0])}`);
  requireSources(values, command, ctx);
  const given = sourceUrls(values["source-url"] ?? [], ctx.usage);
  const sourceUrl2 = (rule) => given(rule) ?? sourceUrl(rule);
  const started = Date.now();
  const trees = new RuleTrees();
  const catalog = ctx.catalog(values, trees.add);
  const out = path2.resolve(ctx.cwd, values.output);
  const written = writeSite(out, catalog, {
    trees: trees.get,
    sourceUrl: sourceUrl2,
    ...typeof values.title === "string" ? { title: values.title } : {}
  });
  ctx.stderr(
    `detlint: site of ${catalog.rules.length} rules written to ${values.output}: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1e3).toFixed(1)} s
`
  );
  return "";
}
function runCatalogNavigator({ values, positionals }, ctx) {
  const command = "catalog navigator";
  if (positionals.length > 0)
    throw ctx.usage(`${command}: unexpected argument ${JSON.stringify(positionals[0])}`);
  requireSources(values, command, ctx);
  const site = values["site-url"];
  if (typeof site === "string" && !/^https?:\/\//i.test(site))
    throw ctx.usage(`--site-url: expected an http(s) URL, got ${JSON.stringify(site)}`);
  const catalog = ctx.catalog(values);
  const text2 = renderNavigatorLayer(catalog, {
    ...typeof values.title === "string" ? { name: values.title } : {},
    ...typeof site === "string" ? { siteUrl: site } : {}
  });
  writeOutputFile(values.output, text2, "-o", ctx.cwd);
  const n = JSON.parse(text2).techniques.length;
  ctx.stderr(`detlint: Navigator layer of ${n} techniques written to ${values.output}
`);
  return "";
}
export {
  runCatalogNavigator,
  runCatalogSite,
  sourceUrls
};
