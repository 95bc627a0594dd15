import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
import {
  VENDORS,
  compareEvents,
  compareFindings,
  currentId,
  describeEventKind,
  describePredicate,
  eventInfo,
  isScopeField,
  parentOf,
  parsePattern
} from "./chunk-QJLZ3X7R.js";

// src/output-file.ts
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
var OutputPathError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "OutputPathError";
  }
};
function reason(err) {
  const code = err?.code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "permission denied";
  if (code === "ENOTDIR") return "a part of the path is a file, not a folder";
  if (code === "EISDIR") return "it is a folder";
  return err instanceof Error ? err.message : String(err);
}
function writeOutputFile(file, text, option, cwd = process.cwd()) {
  const abs = path.resolve(cwd, file);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
  }
  if (isDir) throw new OutputPathError(`${option}: ${JSON.stringify(file)} is a folder; give a file name`);
  try {
    mkdirSync(path.dirname(abs), { recursive: true });
  } catch (err) {
    throw new OutputPathError(
      `${option}: cannot create the folder of ${JSON.stringify(file)}: ${reason(err)}`
    );
  }
  try {
    writeFileSync(abs, text);
  } catch (err) {
    throw new OutputPathError(`${option}: cannot write ${JSON.stringify(file)}: ${reason(err)}`);
  }
}

// src/report/common.ts
function sortedFindings(findings) {
  return [...findings].sort(compareFindings);
}
function sortedSkipped(skipped) {
  return [...skipped].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function skippedLine(skipped) {
  const n = skipped?.length ?? 0;
  return n === 0 ? "" : `skipped ${formatCount(n)} ${n === 1 ? "file that is not a rule" : "files that are not rules"}`;
}
function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function formatPercent(share) {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : "?%";
}
function severityCounts(summary) {
  return [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    plural(summary.notices, "notice")
  ].join(", ");
}
var LINE_BREAKS = /[ \t]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])+[ \t]*/g;
var CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function cleanText(text) {
  return text.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "\uFFFD");
}
function clip(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}
function normalizePath(path2) {
  return path2.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}
function describeEvidence(e) {
  return describePredicate(e.field, e.op, e.value);
}
function describePeers(technique, eventKind) {
  const kind = describeEventKind(eventKind);
  return technique ? `${technique} rules on ${kind}` : `rules on ${kind} (no technique tag)`;
}
function suppressedChecks(e) {
  return e.checks.length > 0 ? e.checks.join(", ") : "every check";
}
function suppressionSource(e) {
  return e.source === "config" ? "entry in the config file" : "comment in the rule file";
}
function moreThanExamples(e) {
  if (e.kind === "noisy-indicator") return Math.max(0, e.reach - e.examples.length);
  if (e.kind === "missing-common-exclusion") return Math.max(0, e.support - e.examples.length);
  return 0;
}
function exampleTitles(examples, more) {
  const titles = examples.map((r) => cleanText(r.title)).join("; ");
  return more > 0 ? `${titles}, and ${formatCount(more)} more` : titles;
}
function evidenceLines(e) {
  switch (e.kind) {
    case "noisy-indicator": {
      const step = e.label ? ` (${cleanText(e.label)})` : "";
      const lines = [
        `indicator: ${cleanText(describeEvidence(e))}${step}`,
        `reach: ${formatCount(e.reach)} of ${formatCount(e.corpusRules)} catalog rules (threshold ${formatCount(e.threshold)})`
      ];
      if (e.examples.length > 0) lines.push(`examples: ${exampleTitles(e.examples, moreThanExamples(e))}`);
      return lines;
    }
    case "missing-common-exclusion": {
      if (e.supporters) return similarPeerLines(e, e.supporters);
      const lines = [
        `exclusion: ${cleanText(describeEvidence(e))}`,
        `support: ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)})`,
        `peers: ${cleanText(describePeers(e.technique, e.eventKind))}`
      ];
      if (e.examples.length > 0) lines.push(`examples: ${exampleTitles(e.examples, moreThanExamples(e))}`);
      return lines;
    }
    case "duplicate-rule":
      return duplicateLines(e);
    case "parse-error":
      return [`code: ${cleanText(e.code)} at column ${e.column}`];
    case "invalid-suppression":
    case "unused-suppression":
      return [
        `code: ${cleanText(e.code)} (${suppressionSource(e)})`,
        `checks: ${cleanText(suppressedChecks(e))}`,
        `reason: ${e.reason ? cleanText(e.reason) : "(none)"}`
      ];
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
    case "tactic-mismatch":
      return [`code: ${cleanText(e.code)}`, ...techniqueFacts(e).map(cleanText)];
  }
}
function duplicateLines(e) {
  const o = e.other;
  const lines = [
    `other rule: ${o.vendor} "${cleanText(o.title)}" (${cleanText(o.path)}${o.id ? `, id ${cleanText(o.id)}` : ""})`,
    `match: ${e.match === "identical" ? "identical indicators" : `near (similarity ${e.similarity.toFixed(2)})`}` + (e.related ? "; named under related:" : "")
  ];
  if (e.onlyHere.length > 0) lines.push(`only here: ${e.onlyHere.map(cleanText).join("; ")}`);
  if (e.onlyThere.length > 0) lines.push(`only there: ${e.onlyThere.map(cleanText).join("; ")}`);
  return lines;
}
var MAX_SUPPORTERS = 5;
function supporterLine(p) {
  return `${p.similarity.toFixed(2)} ${p.vendor} "${cleanText(p.title)}" (${cleanText(p.path)}): ${cleanText(p.filter)}`;
}
function similarPeerLines(e, supporters) {
  const lines = [
    `exclusion: ${cleanText(describeEvidence(e))}`,
    `support: ${formatCount(e.support)} of the ${formatCount(e.peers)} most similar rules on ${cleanText(describeEventKind(e.eventKind))} (${formatPercent(e.share)}, weighted by similarity)`,
    "supporting peers (similarity, vendor, title, path: its filter):",
    ...supporters.slice(0, MAX_SUPPORTERS).map((p) => `  ${supporterLine(p)}`)
  ];
  if (supporters.length > MAX_SUPPORTERS)
    lines.push(`  and ${formatCount(supporters.length - MAX_SUPPORTERS)} more`);
  return lines;
}
function techniqueFacts(e) {
  const lines = [];
  if (e.technique) lines.push(`technique: ${e.technique}`);
  if (e.replacement) lines.push(`replacement: ${e.replacement}`);
  lines.push(`ATT&CK table: ${e.attackVersion === null ? "(none)" : `v${e.attackVersion}`}`);
  return lines;
}
function evidenceSentence(e) {
  switch (e.kind) {
    case "noisy-indicator": {
      const examples = e.examples.length > 0 ? `, e.g. ${exampleTitles(e.examples, moreThanExamples(e))}` : "";
      return `Checked by ${formatCount(e.reach)} of ${formatCount(e.corpusRules)} catalog rules (threshold ${formatCount(e.threshold)})${examples}.`;
    }
    case "missing-common-exclusion": {
      const examples = e.examples.length > 0 ? `, e.g. ${exampleTitles(e.examples, moreThanExamples(e))}` : "";
      return `Excluded by ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)}): ${cleanText(describePeers(e.technique, e.eventKind))}${examples}.`;
    }
    case "duplicate-rule":
      return `${e.match === "identical" ? "The same indicators as" : `Similarity ${e.similarity.toFixed(2)} with`} ${e.other.vendor} rule "${cleanText(e.other.title)}" (${cleanText(e.other.path)})${e.related ? ", named under related:" : ""}.`;
    case "parse-error":
      return `Code ${cleanText(e.code)} at column ${e.column}.`;
    case "invalid-suppression":
    case "unused-suppression": {
      const reason2 = e.reason ? `reason: ${cleanText(e.reason)}` : "no reason";
      return `Code ${cleanText(e.code)}: ${suppressionSource(e)} for ${cleanText(suppressedChecks(e))}; ${reason2}.`;
    }
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
    case "tactic-mismatch":
      return `Code ${cleanText(e.code)}; ${cleanText(techniqueFacts(e).join("; "))}.`;
  }
}

// src/report/tables.ts
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  // A zero-width joiner after `@` keeps `@user` and `@org/team` from notifying anyone;
  // a backslash would not, GitHub finds mentions after rendering.
  "@": "@\u200D"
};
function escapeMarkdown(text) {
  return cleanText(text).replace(/[\\`*_[\]()#~|$&<>@]/g, (c) => ESCAPES[c] ?? `\\${c}`).replace(/\\#(?=[0-9])/g, "\\#\u200D").replace(/\b(https?|ftp):(?=\/\/)/gi, "$1&#58;").replace(/\bwww\./gi, "www&#46;").replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)\./, "$1\\.");
}
function codeSpan(text, options = {}) {
  let content = cleanText(text);
  if (options.table !== false) content = content.replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  if (content === "") return "` `";
  const pad2 = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "";
  return pad2 ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
var DEFAULT_MAX = 300;
var TEXT_MAX = 80;
function moreLine(table) {
  const more = table.more ?? 0;
  const noun = table.noun ?? "row";
  return more > 0 ? `\u2026 and ${formatCount(more)} more ${noun}${more === 1 ? "" : "s"}` : null;
}
function cut(text, max, keepEnd) {
  if (!keepEnd || text.length <= max) return clip(text, max);
  let start = text.length - (max - 1);
  const code = text.charCodeAt(start);
  if (code >= 56320 && code <= 57343) start++;
  return `\u2026${text.slice(start)}`;
}
function markdownCell(cell, column) {
  const max = column.max ?? DEFAULT_MAX;
  const fit = (text) => cut(text, max, column.keepEnd);
  if (cell === null) return "";
  if (typeof cell === "number") return formatCount(cell);
  if (typeof cell === "string") return escapeMarkdown(fit(cell));
  if ("codes" in cell) return cell.codes.map((c) => codeSpan(fit(c))).join(", ");
  return codeSpan(fit(cell.code));
}
function renderMarkdownTable(table, indent = "") {
  const cols = table.columns;
  const lines = [
    `| ${cols.map((c) => escapeMarkdown(c.header)).join(" | ")} |`,
    `| ${cols.map((c) => c.numeric ? "---:" : ":--").join(" | ")} |`,
    ...table.rows.map((r) => `| ${cols.map((c, i) => markdownCell(r[i] ?? null, c)).join(" | ")} |`)
  ];
  const more = moreLine(table);
  if (more !== null) lines.push("", more);
  return lines.map((l) => l === "" ? l : indent + l);
}
function textCell(cell, column) {
  const max = Math.min(column.max ?? DEFAULT_MAX, TEXT_MAX);
  const fit = (text) => cut(cleanText(text), max, column.keepEnd);
  if (cell === null) return "";
  if (typeof cell === "number") return formatCount(cell);
  if (typeof cell === "string") return fit(cell);
  if ("codes" in cell) return fit(cell.codes.join(", "));
  return fit(cell.code);
}
function width(text) {
  return Array.from(text).length;
}
function pad(text, to, right) {
  const fill = " ".repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}
function renderTextTable(table, indent = "") {
  const cols = table.columns;
  const rows = table.rows.map((r) => cols.map((c, i) => textCell(r[i] ?? null, c)));
  const widths = cols.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i]))));
  const line = (cells) => indent + cells.map((x, i) => pad(x, widths[i], cols[i].numeric === true)).join("  ").trimEnd();
  const lines = [line(cols.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  const more = moreLine(table);
  if (more !== null) lines.push(indent + more);
  return lines;
}
function matchParts(op, value) {
  const [base, ...encodings] = op.split("+");
  const enc = encodings.length > 0 ? ` (${encodings.join(", ")})` : "";
  const v = value ?? "";
  switch (base) {
    case "eq":
      return { op: `equals${enc}`, value: v };
    case "wildcard":
    case "keyword": {
      const parts = parsePattern(v);
      const lit = (i) => {
        const p = parts[i];
        return typeof p === "object" ? p.lit : null;
      };
      if (parts.length === 3 && parts[0] === "*" && parts[2] === "*" && lit(1) !== null)
        return { op: `contains${enc}`, value: lit(1) };
      if (parts.length === 2 && parts[0] === "*" && lit(1) !== null)
        return { op: `ends with${enc}`, value: lit(1) };
      if (parts.length === 2 && parts[1] === "*" && lit(0) !== null)
        return { op: `starts with${enc}`, value: lit(0) };
      return { op: `matches${enc}`, value: v };
    }
    case "regex":
      return { op: `regex${enc}`, value: v };
    case "cidr":
      return { op: "is in", value: v };
    case "gt":
      return { op: ">", value: v };
    case "gte":
      return { op: ">=", value: v };
    case "lt":
      return { op: "<", value: v };
    case "lte":
      return { op: "<=", value: v };
    case "exists":
      return { op: "exists", value: null };
    case "null":
      return { op: "is empty or absent", value: null };
    case "fieldref":
      return { op: "equals the field", value: v };
    default:
      return { op: `${base}${enc}`, value: v };
  }
}
function displayValue(op, value) {
  const base = op.split("+")[0];
  if (base !== "wildcard" && base !== "keyword") return value;
  return parsePattern(value).map((p) => typeof p === "object" ? p.lit : p).join("");
}
function fieldCell(field) {
  return field === null ? "(keyword)" : { code: field };
}
function keyCells(key) {
  const m = matchParts(key.op, key.value);
  return [fieldCell(key.field), m.op, m.value === null ? null : { code: m.value }];
}
var KEY_COLUMNS = [
  { header: "field" },
  { header: "operator" },
  { header: "value" }
];
function vendorList(vendors) {
  return vendors.join(", ");
}
function indicatorTable(rows, options = {}) {
  const columns = [...KEY_COLUMNS];
  if (options.here) columns.push({ header: "rules here", numeric: true });
  columns.push({ header: "corpus reach", numeric: true });
  if (options.vendors) columns.push({ header: "vendors" });
  return {
    columns,
    rows: rows.map((r) => {
      const cells = keyCells(r);
      if (options.here) cells.push(r.here ?? null);
      cells.push(r.reach);
      if (options.vendors) cells.push(vendorList(r.vendors ?? []));
      return cells;
    }),
    more: options.more ?? 0,
    noun: "indicator"
  };
}
function exclusionTable(rows, options = {}) {
  return {
    columns: [...KEY_COLUMNS, { header: "rules", numeric: true }],
    rows: rows.map((r) => [...keyCells(r), r.rules]),
    more: options.more ?? 0,
    noun: "exclusion"
  };
}

// src/catalog/page.ts
var DEFAULT_PAGE_LIMIT = 15;
var SAMPLES = 3;
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var Counter = class {
  rows = /* @__PURE__ */ new Map();
  add(key, rule) {
    const s = this.rows.get(key);
    if (s) s.add(rule);
    else this.rows.set(key, /* @__PURE__ */ new Set([rule]));
  }
  /** Keys by rules (descending), then by `tie` (default: the key). */
  sorted(tie = cmp) {
    return [...this.rows].sort((a, b) => b[1].size - a[1].size || tie(a[0], b[0]));
  }
};
function take(all, limit) {
  return { rows: limit > 0 ? all.slice(0, limit) : all, total: all.length };
}
function vendorsOf(catalog, rules) {
  const present = /* @__PURE__ */ new Set();
  for (const i of rules) present.add(catalog.rules[i].vendor);
  return VENDORS.filter((v) => present.has(v));
}
function techniqueName(attack, id) {
  return attack?.techniques.get(id)?.name ?? attack?.moves.get(id)?.name ?? null;
}
function tacticNames(attack, id) {
  const slugs = attack?.techniques.get(id)?.tactics ?? [];
  if (!attack || slugs.length === 0) return [];
  const names = /* @__PURE__ */ new Map();
  for (const t of attack.tactics.values()) names.set(t.shortname, t.name);
  return slugs.map((s) => names.get(s) ?? s);
}
function familyTags(rule, technique, attack) {
  const out = /* @__PURE__ */ new Set();
  for (const t of rule.techniques) {
    const id = attack ? currentId(attack, t) : t;
    if (parentOf(id) === technique) out.add(id);
  }
  return [...out];
}
function techniquePage(catalog, technique, limit = DEFAULT_PAGE_LIMIT) {
  const attack = catalog.attack;
  const requested = technique.trim().toUpperCase();
  const id = attack ? currentId(attack, requested) : requested;
  const indices = catalog.techniqueRules.get(id) ?? [];
  const vendorRules = new Counter();
  const subs = new Counter();
  const events = new Counter();
  const eventVendors = new Counter();
  let rulesWithoutEvents = 0;
  const fields = new Counter();
  const fieldOps = /* @__PURE__ */ new Map();
  const fieldValues = /* @__PURE__ */ new Map();
  const indicators = new Counter();
  const exclusions = new Counter();
  const isScope = (key) => isScopeField(catalog.keys.get(key)?.field ?? null);
  const noteField = (key, i) => {
    const p = catalog.keys.get(key);
    if (!p || p.field === null || isScopeField(p.field)) return;
    fields.add(p.field, i);
    let ops = fieldOps.get(p.field);
    if (!ops) fieldOps.set(p.field, ops = new Counter());
    ops.add(p.op, i);
    if (p.value !== null) {
      let values = fieldValues.get(p.field);
      if (!values) fieldValues.set(p.field, values = new Counter());
      values.add(displayValue(p.op, p.value), i);
    }
  };
  for (const i of indices) {
    const r = catalog.rules[i];
    vendorRules.add(r.vendor, i);
    if (parentOf(id) === id) for (const t of familyTags(r, id, attack)) subs.add(t, i);
    if (r.events.length === 0) rulesWithoutEvents++;
    for (const e of r.events) {
      events.add(e, i);
      eventVendors.add(`${e}\0${r.vendor}`, i);
    }
    for (const k of r.indicators) {
      if (isScope(k)) continue;
      indicators.add(k, i);
      noteField(k, i);
    }
    for (const k of r.exclusions) {
      exclusions.add(k, i);
      noteField(k, i);
    }
  }
  const keyParts = (key) => {
    const p = catalog.keys.get(key);
    return { field: p?.field ?? null, op: p?.op ?? "", value: p?.value ?? null };
  };
  const subtechniques = [...subs.rows.keys()];
  return {
    technique: id,
    requested,
    name: techniqueName(attack, id),
    tactics: tacticNames(attack, id),
    attackVersion: attack?.version ?? null,
    limit,
    rules: indices.length,
    vendors: VENDORS.filter((v) => vendorRules.rows.has(v)).map((v) => ({
      vendor: v,
      rules: vendorRules.rows.get(v)?.size ?? 0
    })),
    // A parent page lists its family only when a sub-technique is in it.
    subtechniques: subtechniques.some((t) => t !== id) ? subs.sorted().map(([t, s]) => ({ technique: t, name: techniqueName(attack, t), rules: s.size })) : [],
    events: take(
      events.sorted(compareEvents).map(([e, s]) => {
        const info = eventInfo(e);
        const vendors = {};
        for (const v of VENDORS) vendors[v] = eventVendors.rows.get(`${e}\0${v}`)?.size ?? 0;
        return {
          id: e,
          provider: info.provider,
          event: info.event,
          title: info.title,
          rules: s.size,
          vendors
        };
      }),
      limit
    ),
    rulesWithoutEvents,
    fields: take(
      fields.sorted().map(([field, s]) => ({
        field,
        rules: s.size,
        ops: fieldOps.get(field).sorted().map(([op, o]) => ({ op, rules: o.size })),
        samples: (fieldValues.get(field)?.sorted() ?? []).slice(0, SAMPLES).map(([v]) => v)
      })),
      limit
    ),
    indicators: take(
      indicators.sorted().map(([key, s]) => ({
        key,
        ...keyParts(key),
        here: s.size,
        reach: catalog.indicatorRules.get(key)?.length ?? 0,
        vendors: vendorsOf(catalog, s)
      })),
      limit
    ),
    exclusions: take(
      exclusions.sorted().map(([key, s]) => ({
        key,
        ...keyParts(key),
        rules: s.size,
        vendors: vendorsOf(catalog, s)
      })),
      limit
    ),
    ruleGroups: VENDORS.filter((v) => vendorRules.rows.has(v)).map((vendor) => {
      const list = indices.filter((i) => catalog.rules[i].vendor === vendor).map((i) => {
        const r = catalog.rules[i];
        return { vendor: r.vendor, title: r.title, path: r.path, line: r.line, id: r.id };
      });
      return { vendor, ...take(list, limit) };
    })
  };
}
var MARKDOWN = { text: escapeMarkdown };
var TEXT = { text: cleanText };
function namedId(p, id, name) {
  return name === null ? p.text(id) : `${p.text(id)} ${p.text(name)}`;
}
function vendorCounts(list) {
  return list.map((v) => `${v.vendor} ${formatCount(v.rules)}`).join(", ");
}
function ruleCount(n) {
  return `${formatCount(n)} rule${n === 1 ? "" : "s"}`;
}
function eventsTable(page) {
  const vendors = page.vendors.length > 1 ? page.vendors.map((v) => v.vendor) : [];
  return {
    columns: [
      { header: "provider" },
      { header: "event id" },
      { header: "title" },
      { header: "rules", numeric: true },
      ...vendors.map((v) => ({ header: v, numeric: true }))
    ],
    rows: page.events.rows.map((e) => [
      e.provider,
      e.event,
      e.title,
      e.rules,
      ...vendors.map((v) => e.vendors[v])
    ]),
    more: page.events.total - page.events.rows.length,
    noun: "event"
  };
}
function fieldsTable(page) {
  return {
    columns: [
      { header: "field" },
      { header: "rules", numeric: true },
      { header: "operators" },
      { header: "sample values" }
    ],
    rows: page.fields.rows.map((f) => [
      { code: f.field },
      f.rules,
      f.ops.map((o) => `${o.op} ${formatCount(o.rules)}`).join(", "),
      samplesCell(f.samples)
    ]),
    more: page.fields.total - page.fields.rows.length,
    noun: "field"
  };
}
function samplesCell(samples) {
  return samples.length === 0 ? null : { codes: [...samples] };
}
function rulesTable(group) {
  return {
    columns: [{ header: "title", max: 200 }, { header: "path", keepEnd: true }, { header: "id" }],
    rows: group.rows.map((r) => [
      r.title,
      { code: r.line > 1 ? `${r.path}:${r.line}` : r.path },
      r.id === null ? null : { code: r.id }
    ]),
    more: group.total - group.rows.length,
    noun: "rule"
  };
}
function pageBlocks(page, p) {
  const out = [{ kind: "heading", level: 1, text: namedId(p, page.technique, page.name) }];
  const line = (text) => void out.push({ kind: "line", text });
  const heading = (level, text) => void out.push({ kind: "heading", level, text });
  const table = (t, empty) => void out.push(t.rows.length > 0 ? t : { kind: "line", text: empty });
  const id = p.text(page.technique);
  if (page.requested !== page.technique)
    line(`${p.text(page.requested)} is revoked or moved in the ATT&CK table; this is the page of ${id}.`);
  if (page.attackVersion === null)
    line("No ATT&CK table given (--attack FILE): the technique name and tactics are unknown.");
  else if (page.name === null) line(`ATT&CK v${p.text(page.attackVersion)} does not know ${id}.`);
  else
    line(
      `Tactics: ${page.tactics.length > 0 ? page.tactics.map(p.text).join(", ") : "(none)"} \xB7 ATT&CK v${p.text(page.attackVersion)}`
    );
  const family = parentOf(page.technique) === page.technique ? " or its sub-techniques" : "";
  if (page.rules === 0) {
    line(`No rule in the catalog is tagged with ${id}${family}.`);
    return out;
  }
  line(`${ruleCount(page.rules)}: ${vendorCounts(page.vendors)}`);
  if (page.subtechniques.length > 0)
    line(
      `Tagged with: ${page.subtechniques.map((s) => `${namedId(p, s.technique, s.name)} (${formatCount(s.rules)})`).join(", ")}`
    );
  heading(2, "Events covered");
  table(eventsTable(page), "No rule reads an event detlint knows.");
  if (page.rulesWithoutEvents > 0 && page.events.total > 0)
    line(`${ruleCount(page.rulesWithoutEvents)} read no event detlint knows.`);
  heading(2, "Fields filtered most");
  line(
    "rules: rules that test the field, in an indicator or an exclusion. Scope fields (OS, event category, type or code, channel) are left out of this table and the next."
  );
  table(fieldsTable(page), "No rule tests a field.");
  heading(2, "Top indicator values");
  line("rules here: rules of this page with the indicator; corpus reach: catalog rules with it.");
  table(
    indicatorTable(page.indicators.rows, {
      here: true,
      vendors: true,
      more: page.indicators.total - page.indicators.rows.length
    }),
    "No indicators."
  );
  heading(2, "Exclusions");
  table(
    exclusionTable(page.exclusions.rows, { more: page.exclusions.total - page.exclusions.rows.length }),
    "No exclusions."
  );
  heading(2, "Rules");
  for (const g of page.ruleGroups) {
    heading(3, `${g.vendor} (${formatCount(g.total)})`);
    table(rulesTable(g), "None.");
  }
  return out;
}
function renderPageMarkdown(page) {
  const parts = pageBlocks(page, MARKDOWN).map((b) => {
    if ("columns" in b) return renderMarkdownTable(b).join("\n");
    if (b.kind === "heading") return `${"#".repeat(b.level)} ${b.text}`;
    return b.text;
  });
  return parts.join("\n\n") + "\n";
}
function renderPageText(page) {
  const lines = [];
  for (const b of pageBlocks(page, TEXT)) {
    if ("columns" in b) lines.push(...renderTextTable(b), "");
    else if (b.kind === "heading" && b.level === 1) lines.push(b.text, "=".repeat(b.text.length), "");
    else if (b.kind === "heading" && b.level === 2) lines.push(b.text, "-".repeat(b.text.length));
    else if (b.kind === "heading") lines.push(`${b.text}:`);
    else lines.push(b.text, "");
  }
  while (lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n") + "\n";
}

export {
  sortedFindings,
  sortedSkipped,
  skippedLine,
  formatCount,
  plural,
  formatPercent,
  severityCounts,
  cleanText,
  clip,
  normalizePath,
  suppressedChecks,
  suppressionSource,
  moreThanExamples,
  evidenceLines,
  MAX_SUPPORTERS,
  techniqueFacts,
  evidenceSentence,
  escapeMarkdown,
  codeSpan,
  renderMarkdownTable,
  matchParts,
  displayValue,
  indicatorTable,
  exclusionTable,
  DEFAULT_PAGE_LIMIT,
  techniquePage,
  renderPageMarkdown,
  renderPageText,
  OutputPathError,
  writeOutputFile
};
