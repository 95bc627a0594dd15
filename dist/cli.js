#!/usr/bin/env node
import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
import {
  FORMATS,
  RULE_EXTENSIONS,
  allDiagnostics,
  baselineSources,
  buildCorpusCatalog,
  covers,
  displayPath,
  missingCommonExclusion,
  noisyIndicator,
  problemDiagnostics,
  readContext,
  readOne,
  repositorySources,
  runCheck,
  selfIndices
} from "./chunks/chunk-CTUIMAYY.js";
import {
  DEFAULT_PAGE_LIMIT,
  MAX_SUPPORTERS,
  OutputPathError,
  cleanText,
  clip,
  codeSpan,
  escapeMarkdown,
  evidenceLines,
  evidenceSentence,
  exclusionTable,
  formatCount,
  formatPercent,
  indicatorTable,
  moreThanExamples,
  normalizePath,
  plural,
  renderMarkdownTable,
  renderPageMarkdown,
  renderPageText,
  severityCounts,
  skippedLine,
  sortedFindings,
  sortedSkipped,
  suppressedChecks,
  suppressionSource,
  techniqueFacts,
  techniquePage,
  writeOutputFile
} from "./chunks/chunk-GNA5UXUG.js";
import {
  AttackError,
  CORPUS_NAMES,
  CatalogError,
  ConfigError,
  TECHNIQUE_ID,
  VENDORS,
  VERSION,
  attackTable,
  defaultSettings,
  describeEventKind,
  describePredicate,
  didYouMean,
  exclusions,
  indicators,
  isStixBundle,
  keyParts,
  loadCatalogFile,
  loadConfigFile,
  mergeCatalogs,
  parseFailOn,
  parseJsonText,
  parseSize,
  readJsonFile,
  renderAttackTable,
  serializeCatalog,
  sourceUrl,
  splitBaseline,
  splitExclusions,
  validateAttackTable,
  withAttack
} from "./chunks/chunk-QJLZ3X7R.js";

// src/commands.ts
import path3 from "node:path";

// src/failures.ts
function reportFailures(failures, io) {
  for (const f of failures) {
    const err = f.error;
    const msg = err instanceof Error ? err.message : String(err);
    io.stderr(`detlint: internal error on ${f.path} while ${f.stage}: ${msg}
`);
    if (io.debug === true && err instanceof Error && err.stack !== void 0) io.stderr(`${err.stack}
`);
  }
}

// src/parse-output.ts
function parsePaths(inputs, cwd, context = {}, settings = defaultSettings(), failures) {
  const sources = repositorySources(inputs, cwd, settings);
  const rules = [];
  const diagnostics = problemDiagnostics(sources.problems, cwd);
  const skipped2 = [];
  for (const f of sources.files) {
    const read = readOne(f, cwd, context, settings.maxFileSize, failures);
    rules.push(...read.result.rules);
    diagnostics.push(...allDiagnostics(read.result));
    if (read.skipped !== void 0) skipped2.push({ path: read.path, reason: read.skipped });
  }
  for (const m of sources.missing)
    diagnostics.push({
      path: m,
      line: 1,
      column: 1,
      severity: "error",
      code: "io-error",
      message: "no such file or folder"
    });
  const notRules = new Set(skipped2.map((s) => s.path));
  const noRules = sources.entries.filter((e) => !sources.missing.includes(e.entry) && e.problems === 0).filter((e) => e.files.every((f) => notRules.has(displayPath(f, cwd)))).map((e) => e.entry);
  return { rules, diagnostics, missing: sources.missing, skipped: skipped2, noRules };
}
function predJson({ pred, label }) {
  const out = {
    field: pred.field,
    sourceField: pred.sourceField,
    op: pred.op,
    value: pred.value,
    line: pred.pos.line,
    column: pred.pos.column,
    caseSensitive: pred.caseSensitive
  };
  if (pred.flags) out.flags = pred.flags;
  if (pred.transforms && pred.transforms.length > 0) out.transforms = pred.transforms;
  if (pred.array !== void 0) out.array = pred.array;
  if (label) out.step = label;
  return out;
}
function logsourceJson(l) {
  const out = {};
  for (const k of [
    "product",
    "category",
    "service",
    "definition",
    "index",
    "dataModel",
    "eventCodes"
  ]) {
    if (l[k] !== void 0) out[k] = l[k];
  }
  return out;
}
function parseDoc(parsed) {
  return {
    rules: parsed.rules.map((r) => ({
      path: r.path,
      line: r.line,
      vendor: r.vendor,
      id: r.id,
      title: r.title,
      level: r.level,
      status: r.status,
      techniques: r.techniques,
      logsource: logsourceJson(r.logsource),
      indicators: indicators(r).map(predJson),
      exclusions: exclusions(r).map(predJson)
    })),
    diagnostics: parsed.diagnostics.map((d) => ({
      path: d.path,
      line: d.line,
      column: d.column,
      severity: d.severity,
      code: d.code,
      message: d.message
    })),
    skipped: sortedSkipped(parsed.skipped).map((f) => ({ path: f.path, reason: f.reason }))
  };
}
function writeParseJson(parsed, write) {
  let buffer = "";
  const out = (s) => {
    buffer += s;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = "";
    }
  };
  streamJson(parseDoc(parsed), "", 0, out);
  write(buffer + "\n");
}
var CHUNK = 1 << 16;
var STREAM_DEPTH = 3;
function streamJson(value, indent, depth, out) {
  if (depth > STREAM_DEPTH || value === null || typeof value !== "object") {
    out((JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, "\n" + indent));
    return;
  }
  const inner = indent + "  ";
  const entries = Array.isArray(value) ? value.map((v) => [null, v]) : Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function");
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    out(open + close);
    return;
  }
  out(open);
  entries.forEach(([key, v], i) => {
    out((i === 0 ? "\n" : ",\n") + inner + (key === null ? "" : JSON.stringify(key) + ": "));
    streamJson(v, inner, depth + 1, out);
  });
  out("\n" + indent + close);
}
function predText(prefix, { pred, label }) {
  const step = label ? ` [${label}]` : "";
  const cs = pred.caseSensitive ? " (case-sensitive)" : "";
  const tr = pred.transforms && pred.transforms.length > 0 ? ` (${pred.transforms.join(", ")})` : "";
  return `    ${prefix} ${cleanText(describePredicate(pred.sourceField, pred.op, pred.value))}${cs}${tr}${step}  line ${pred.pos.line}`;
}
function renderParseText(parsed, verbose = false) {
  const lines = [];
  for (const r of parsed.rules) {
    lines.push(`${r.path}:${r.line}  ${cleanText(r.title)}${r.id ? `  [${cleanText(r.id)}]` : ""}`);
    const ls = logsourceJson(r.logsource);
    const lsText = Object.entries(ls).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ");
    lines.push(
      `  techniques: ${r.techniques.join(", ") || "(none)"}   logsource: ${cleanText(lsText) || "(none)"}`
    );
    for (const i of indicators(r)) lines.push(predText("+", i));
    for (const e of exclusions(r)) lines.push(predText("-", e));
  }
  for (const d of parsed.diagnostics)
    lines.push(`${d.path}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${cleanText(d.message)}`);
  const errors = parsed.diagnostics.filter((d) => d.severity === "error").length;
  if (verbose)
    for (const f of sortedSkipped(parsed.skipped)) lines.push(`${cleanText(f.path)}  skipped  ${f.reason}`);
  const skipped2 = skippedLine(parsed.skipped);
  lines.push(
    `${parsed.rules.length} rules, ${parsed.diagnostics.length} diagnostics (${errors} errors)` + (skipped2 === "" ? "" : `; ${skipped2}`)
  );
  return lines.join("\n") + "\n";
}

// src/report/text.ts
import { styleText } from "node:util";
function paint(color, text, ...styles) {
  if (!color || styles.length === 0) return text;
  return styleText(styles, text, { validateStream: false });
}
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "cyan" };
var SEVERITY_WIDTH = "warning".length;
function renderText(report, options = {}) {
  const color = options.color === true;
  const blocks = sortedFindings(report.findings).map((f) => {
    const where = paint(color, `${cleanText(normalizePath(f.path))}:${f.line}:${f.column}`, "bold");
    const severity = paint(color, f.severity.padEnd(SEVERITY_WIDTH), SEVERITY_STYLE[f.severity]);
    const head = `${where}  ${severity}  ${paint(color, f.check, "dim")}  ${cleanText(f.message)}`;
    const evidence2 = evidenceLines(f.evidence).map((line) => `    ${paint(color, line, "dim")}`);
    return [head, ...evidence2].join("\n");
  });
  const skipped2 = skippedLine(report.skipped);
  const summary2 = summaryLine(report.summary) + (skipped2 === "" ? "" : `; ${skipped2}`);
  if (options.verbose)
    for (const f of sortedSkipped(report.skipped ?? []))
      blocks.push(
        `${paint(color, cleanText(normalizePath(f.path)), "bold")}  ${paint(color, "skipped", "dim")}  ${cleanText(f.reason)}`
      );
  const style = report.summary.failed ? "red" : report.summary.findings > 0 ? "yellow" : "green";
  const tail = paint(color, summary2, style, "bold");
  return blocks.length > 0 ? `${blocks.join("\n\n")}

${tail}
` : `${tail}
`;
}
function summaryLine(summary2) {
  const suppressed = summary2.suppressed > 0 ? `; ${formatCount(summary2.suppressed)} suppressed` : "";
  return `${plural(summary2.findings, "finding")} (${severityCounts(summary2)}) in ${plural(summary2.rulesChecked, "rule")}; catalog of ${plural(summary2.catalogRules, "rule")}${suppressed}`;
}

// src/report/checks-help.ts
var CHECK_IDS = [
  "noisy-indicator",
  "missing-common-exclusion",
  "duplicate-rule",
  "parse-error",
  "invalid-suppression",
  "unused-suppression",
  "technique-unknown",
  "technique-revoked",
  "technique-missing",
  "tactic-mismatch"
];
var CHECK_HELP = {
  "noisy-indicator": {
    id: "noisy-indicator",
    name: "NoisyIndicator",
    summary: "A predicate that many catalog rules check, relied on without a more specific condition beside it.",
    description: "A predicate that many rules across the catalog check ('corpus reach'), relied on without a more specific condition beside it: on its own it matches too much. Add a more specific condition on the same path (parent process, command-line fragment, path) or raise the threshold in .detlint.yml.",
    helpMarkdown: [
      "A predicate that many rules across the catalog check (its *corpus reach*), relied on without a more",
      "specific condition beside it: on its own it matches whatever all those rules match.",
      "",
      "**What to do**",
      "",
      "- Add a more specific condition on the same path of the rule: a parent process, a command-line",
      "  fragment, a file path.",
      "- If the broad match is intended, raise `checks.noisy-indicator.threshold` in `.detlint.yml`."
    ].join("\n"),
    defaultSeverity: "warning"
  },
  "missing-common-exclusion": {
    id: "missing-common-exclusion",
    name: "MissingCommonExclusion",
    summary: "A false-positive filter that the rules most like this one use as a filter of their own, which this rule lacks.",
    description: "A false-positive filter that the catalog rules most like this one (on the same kind of event, alike in the fields and values they detect; rules of the same ATT&CK technique weigh double) use as a filter of their own, which this rule lacks. Consider adding it under a `filter_*` selection with `and not`.",
    helpMarkdown: [
      "A false-positive filter that the catalog rules most like this one use as a filter of their own, which",
      "this rule lacks. Peers are the 20 rules on the same kind of event most alike in the fields and values",
      "they detect (rules of the same ATT&CK technique weigh double); `peers: technique` compares the rule",
      "with every rule of its technique instead.",
      "",
      "**What to do**",
      "",
      "- If the same false positives apply to this rule, add the exclusion under a `filter_*` selection and",
      "  combine it with `and not` (Sigma: `condition: selection and not filter_*`).",
      "- If they do not apply, leave the rule as it is; the supporting peers listed in the finding, with",
      "  their filters, show where the exclusion comes from. `checks.missing-common-exclusion.min-rules` and",
      "  `min-share` in `.detlint.yml` set how common an exclusion must be before it is reported."
    ].join("\n"),
    defaultSeverity: "warning"
  },
  "duplicate-rule": {
    id: "duplicate-rule",
    name: "DuplicateRule",
    summary: "A rule whose indicators are the same as (or nearly those of) a catalog rule on the same events.",
    description: "A rule whose indicators (scope predicates left out) are the same set as those of a catalog rule on the same kind of event, in any vendor, or nearly the same (weighted similarity of at least 0.85). Two rules that detect the same thing give two alerts for one event and drift apart as they are maintained.",
    helpMarkdown: [
      "A rule whose indicators (scope predicates left out) are the same set as those of a catalog rule on the",
      "same kind of event, in any vendor, or nearly the same (weighted similarity of at least 0.85).",
      "",
      "**What to do**",
      "",
      "- If the other rule already covers this, extend it instead of adding a second one.",
      "- If this rule catches something the other does not, make that difference part of its logic; the",
      "  finding lists the keys only this rule has and those only the other has.",
      "- A Sigma `related:` link to the other rule is noted in the finding; suppress it with a reason when",
      "  both rules are meant to exist."
    ].join("\n"),
    defaultSeverity: "warning"
  },
  "parse-error": {
    id: "parse-error",
    name: "ParseError",
    summary: "The file or rule could not be read.",
    description: "The file or rule could not be read. Other files are still checked.",
    helpMarkdown: [
      "The file or rule could not be read. Other files are still checked.",
      "",
      "**What to do**",
      "",
      "- Fix the syntax at the line and column given; the diagnostic code names the problem."
    ].join("\n"),
    defaultSeverity: "error"
  },
  "invalid-suppression": {
    id: "invalid-suppression",
    name: "InvalidSuppression",
    summary: "A detlint suppression comment that cannot be used: no reason, an unknown check, a typo.",
    description: 'A detlint suppression comment in the rule file that cannot be used: it gives no reason after " -- ", names a check detlint does not know, or is not a directive detlint knows. A comment without a reason suppresses nothing.',
    helpMarkdown: [
      "A detlint suppression comment in the rule file that cannot be used. The forms are",
      "`# detlint-disable CHECK... -- reason` (the whole rule) and",
      "`# detlint-disable-next-line CHECK... -- reason` (the next line that is not a comment).",
      "",
      "**What to do**",
      "",
      "- Give the reason after ` -- `: a suppression without one suppresses nothing.",
      "- Name checks as detlint does: `noisy-indicator`, `missing-common-exclusion`, `parse-error`,",
      "  `technique-unknown`, `technique-revoked`, `technique-missing`."
    ].join("\n"),
    defaultSeverity: "warning"
  },
  "unused-suppression": {
    id: "unused-suppression",
    name: "UnusedSuppression",
    summary: "A suppression that suppressed nothing: the finding it was written for is gone.",
    description: "A suppression (a comment in the rule file or a suppress entry in .detlint.yml) that suppressed nothing although the checks it names ran on its rule. The finding it was written for is gone; remove the suppression so it cannot hide a new finding later.",
    helpMarkdown: [
      "A suppression (a comment in the rule file, or a `suppress:` entry in `.detlint.yml`) that suppressed",
      "nothing, although the checks it names ran on its rule: the finding it was written for is gone.",
      "",
      "**What to do**",
      "",
      "- Remove the suppression, so it cannot hide a new finding later.",
      "- Turn the check off (`checks.unused-suppression: off`) if suppressions are kept on purpose."
    ].join("\n"),
    defaultSeverity: "notice"
  },
  "technique-unknown": {
    id: "technique-unknown",
    name: "TechniqueUnknown",
    summary: "A technique ID the ATT&CK table does not know; an ID newer than the table is a notice.",
    description: "A well-formed ATT&CK technique ID (T1234 or T1234.001) that the ATT&CK table given to detlint does not know, most often a typo. An ID newer than the table (one the next version moves a technique to, or numbered above the highest the table knows) is only a notice: the rule is ahead of the table. Runs only when ATT&CK data is given (attack in .detlint.yml, --attack, the attack input).",
    helpMarkdown: [
      "A well-formed ATT&CK technique ID that the ATT&CK table does not know, most often a typo.",
      "An ID newer than the table (for example a v19 ID such as `T1686.002` checked against a v18 table)",
      "is only a notice: the rule is ahead of the table.",
      "",
      "**What to do**",
      "",
      "- Check the ID against <https://attack.mitre.org/techniques/enterprise/> and fix a typo.",
      "- For a newer ID, point `attack` in `.detlint.yml` (or `--attack`, or the action input `attack`) at a",
      "  newer table: `detlint attack import enterprise-attack.json -o attack-table.json`."
    ].join("\n"),
    defaultSeverity: "warning"
  },
  "technique-revoked": {
    id: "technique-revoked",
    name: "TechniqueRevoked",
    summary: "A revoked or deprecated ATT&CK technique; the finding names the replacement.",
    description: "An ATT&CK technique that MITRE revoked (the finding names the technique that replaces it, following the chain of revocations to its end) or deprecated (there is no replacement). Rules tagged with it are not grouped with the rules that use the current ID. Runs only when ATT&CK data is given.",
    helpMarkdown: [
      "An ATT&CK technique that MITRE revoked or deprecated. A revoked technique has a replacement: the",
      "finding names it, following the chain of revocations to its end. A deprecated one has none.",
      "",
      "**What to do**",
      "",
      "- Revoked: name the replacement instead (or just remove the old ID when the rule already names it).",
      "- Deprecated: remove the ID, or name a current technique that describes the behaviour."
    ].join("\n"),
    defaultSeverity: "warning"
  },
  "technique-missing": {
    id: "technique-missing",
    name: "TechniqueMissing",
    summary: "A rule that names no ATT&CK technique.",
    description: "A rule that names no ATT&CK technique. Without one it cannot be grouped with the rules that detect the same thing: missing-common-exclusion falls back to the kind of event, and the catalog cannot list it on a technique page. Runs with or without ATT&CK data.",
    helpMarkdown: [
      "A rule that names no ATT&CK technique, so it cannot be grouped with the rules that detect the same",
      "thing.",
      "",
      "**What to do**",
      "",
      "- Add the technique the rule detects: Sigma `tags: [attack.t1059.001]`, Elastic a",
      "  `[[rule.threat.technique]]` entry, Splunk `tags.mitre_attack_id`.",
      "- If the rule detects no one technique (a broad hunting query), suppress the finding with a reason,",
      "  or turn the check off (`checks.technique-missing: off`)."
    ].join("\n"),
    defaultSeverity: "notice"
  },
  "tactic-mismatch": {
    id: "tactic-mismatch",
    name: "TacticMismatch",
    summary: "A tactic tag that none of the rule's techniques belongs to.",
    description: "A Sigma tactic tag (attack.persistence) that none of the rule's techniques belongs to in the ATT&CK table's version; the notice names the tactics that fit. Tactics the next ATT&CK version split off (v19's Stealth and Defense Impairment, from Defense Evasion) fit too. Runs only with ATT&CK data.",
    helpMarkdown: [
      "A tactic tag that none of the rule's techniques belongs to in the ATT&CK table's version. v19's",
      "Stealth and Defense Impairment fit wherever Defense Evasion does.",
      "",
      "**What to do**",
      "",
      "- Tag one of the tactics the notice names, or add the technique that serves the tactic you tagged."
    ].join("\n"),
    defaultSeverity: "notice"
  }
};

// src/report/json.ts
function ruleRef(r) {
  return { vendor: r.vendor, id: r.id, title: r.title, path: r.path };
}
function evidence(e) {
  switch (e.kind) {
    case "noisy-indicator":
      return {
        kind: e.kind,
        key: e.key,
        field: e.field,
        op: e.op,
        value: e.value,
        reach: e.reach,
        threshold: e.threshold,
        corpusRules: e.corpusRules,
        examples: e.examples.map(ruleRef),
        label: e.label
      };
    case "missing-common-exclusion":
      return {
        kind: e.kind,
        key: e.key,
        field: e.field,
        op: e.op,
        value: e.value,
        support: e.support,
        peers: e.peers,
        share: e.share,
        technique: e.technique,
        eventKind: e.eventKind,
        examples: e.examples.map(ruleRef),
        ...e.peerMode ? { peerMode: e.peerMode } : {},
        ...e.supporters ? {
          supporters: e.supporters.map((p) => ({
            ...ruleRef(p),
            similarity: p.similarity,
            filter: p.filter
          }))
        } : {}
      };
    case "duplicate-rule":
      return {
        kind: e.kind,
        match: e.match,
        similarity: e.similarity,
        other: ruleRef(e.other),
        related: e.related,
        onlyHere: [...e.onlyHere],
        onlyThere: [...e.onlyThere]
      };
    case "parse-error":
      return { kind: e.kind, code: e.code, column: e.column };
    case "invalid-suppression":
    case "unused-suppression":
      return { kind: e.kind, code: e.code, source: e.source, checks: [...e.checks], reason: e.reason };
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
    case "tactic-mismatch":
      return {
        kind: e.kind,
        code: e.code,
        technique: e.technique,
        replacement: e.replacement,
        attackVersion: e.attackVersion
      };
  }
}
function finding(f) {
  return {
    check: f.check,
    severity: f.severity,
    path: f.path,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    ruleId: f.ruleId,
    ruleTitle: f.ruleTitle,
    evidence: evidence(f.evidence)
  };
}
function suppressedFinding(f) {
  return { ...finding(f), reason: f.reason, source: f.source, where: f.where };
}
function summary(s) {
  const byCheck = {};
  for (const id of CHECK_IDS) byCheck[id] = s.byCheck[id] ?? 0;
  return {
    filesChecked: s.filesChecked,
    rulesChecked: s.rulesChecked,
    catalogRules: s.catalogRules,
    findings: s.findings,
    errors: s.errors,
    warnings: s.warnings,
    notices: s.notices,
    byCheck,
    failOn: s.failOn,
    failed: s.failed,
    suppressed: s.suppressed ?? 0
  };
}
function renderJson(report) {
  const ordered = {
    findings: sortedFindings(report.findings).map(finding),
    summary: summary(report.summary),
    suppressed: sortedFindings(report.suppressed ?? []).map(suppressedFinding),
    skipped: sortedSkipped(report.skipped ?? []).map((s) => ({ path: s.path, reason: s.reason }))
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- detlint:report -->";
var DEFAULT_NAME = "detlint";
function commentMarker(name = DEFAULT_NAME) {
  if (name === DEFAULT_NAME) return COMMENT_MARKER;
  const key = name.toLowerCase().replace(/[^a-z0-9._/-]+/g, "_");
  return `<!-- detlint:report:${key} -->`;
}
var SUMMARY_MAX_BYTES = 1024 * 1024;
var DEFAULT_TITLE = "detlint";
var MAX_MESSAGE = 1e3;
var MAX_TITLE = 200;
var MAX_VALUE = 300;
var MAX_PATH = 400;
function statusLine(report) {
  const skipped2 = skippedLine(report.skipped);
  const status = statusOf(report.summary);
  return skipped2 === "" ? status : `${status} (${skipped2[0].toUpperCase()}${skipped2.slice(1)}.)`;
}
function statusOf(summary2) {
  if (summary2.failed)
    return `\u274C **Failing**: ${severityCounts(summary2)}; findings at or above \`${summary2.failOn}\` fail this check.`;
  if (summary2.findings > 0) {
    const why = summary2.failOn === "none" ? "`fail-on` is `none`, so they do not fail this check" : `none is at or above \`${summary2.failOn}\`, so they do not fail this check`;
    return `\u26A0\uFE0F **${plural(summary2.findings, "finding")}** (${severityCounts(summary2)}); ${why}.`;
  }
  if (summary2.filesChecked === 0) return "\u2705 **No rule file changed**: nothing to check.";
  if (summary2.rulesChecked === 0)
    return `\u2705 **No rule checked**: none of the ${plural(summary2.filesChecked, "file")} read is a rule.`;
  return `\u2705 **All clear**: no findings in ${plural(summary2.rulesChecked, "rule")}.`;
}
function summaryTable(summary2) {
  const cells = [
    summary2.filesChecked,
    summary2.rulesChecked,
    summary2.catalogRules,
    summary2.errors,
    summary2.warnings,
    summary2.notices,
    summary2.suppressed
  ].map(formatCount);
  return [
    "| Files checked | Rules checked | Catalog rules | Errors | Warnings | Notices | Suppressed |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${cells.join(" | ")} |`
  ].join("\n");
}
function lineRange(f) {
  return f.endLine > f.line ? `${f.line}\u2013${f.endLine}` : String(f.line);
}
var DEFAULT_DOCS_URL = "https://github.com/detlint/detlint/blob/main/README.md";
function techniqueUrl(id) {
  const m = /^T(\d{4})(?:\.(\d{3}))?$/.exec(id);
  return m ? `https://attack.mitre.org/techniques/T${m[1]}/${m[2] === void 0 ? "" : `${m[2]}/`}` : null;
}
function fileUrl(links, path4, line) {
  if (!links.blobBase) return null;
  const base = links.blobBase.endsWith("/") ? links.blobBase : `${links.blobBase}/`;
  const encoded = normalizePath(path4).split("/").map(encodeURIComponent).join("/");
  return linkTarget(`${base}${encoded}#L${line}`);
}
function linked(text, url) {
  return url === null ? text : `[${text}](${url})`;
}
function fileCell(f, links) {
  const shown = codeSpan(clip(normalizePath(f.path), MAX_PATH));
  return linked(shown, fileUrl(links, f.path, f.line));
}
function checkCell(f, links) {
  return linked(f.check, linkTarget(`${links.docsUrl ?? DEFAULT_DOCS_URL}#check-${f.check}`));
}
function findingRow(f, links) {
  const message = escapeMarkdown(clip(f.message, MAX_MESSAGE));
  return `| ${fileCell(f, links)} | ${lineRange(f)} | ${checkCell(f, links)} | ${message} |
`;
}
function ruleTitle(r) {
  return linked(
    escapeMarkdown(clip(r.title, MAX_TITLE)),
    linkTarget(r.sourceUrl ?? sourceUrl(r) ?? void 0)
  );
}
function titles(e) {
  const list = e.examples.map(ruleTitle).join(" \xB7 ");
  const more = moreThanExamples(e);
  return more > 0 ? `${list}, and ${formatCount(more)} more` : list;
}
function evidenceTable(e) {
  if (e.kind === "noisy-indicator") return indicatorTable([e]);
  if (e.kind === "missing-common-exclusion") return exclusionTable([{ ...e, rules: e.support }]);
  return null;
}
function similarPeerDetails(e, supporters) {
  const kind = codeSpan(clip(describeEventKind(e.eventKind), MAX_VALUE), { table: false });
  const lines = [
    `Support: ${formatCount(e.support)} of the ${formatCount(e.peers)} most similar rules on ${kind} (${formatPercent(e.share)}, weighted by similarity)`
  ];
  supporters.slice(0, MAX_SUPPORTERS).forEach(
    (p, i) => lines.push(
      `Peer ${i + 1} (similarity ${p.similarity.toFixed(2)}): ${p.vendor} \xB7 ${escapeMarkdown(clip(p.title, MAX_TITLE))} \xB7 ` + codeSpan(clip(p.filter, MAX_VALUE), { table: false })
    )
  );
  if (supporters.length > MAX_SUPPORTERS)
    lines.push(`Peers not shown: ${formatCount(supporters.length - MAX_SUPPORTERS)}`);
  return lines;
}
function evidenceDetails(e) {
  switch (e.kind) {
    case "noisy-indicator": {
      const lines = [
        `Reach: ${formatCount(e.reach)} of ${formatCount(e.corpusRules)} catalog rules (threshold ${formatCount(e.threshold)})`
      ];
      if (e.label) lines.push(`Query: ${escapeMarkdown(clip(e.label, MAX_VALUE))}`);
      if (e.examples.length > 0) lines.push(`Examples: ${titles(e)}`);
      return lines;
    }
    case "missing-common-exclusion": {
      if (e.supporters) return similarPeerDetails(e, e.supporters);
      const technique = e.technique ? `${linked(escapeMarkdown(e.technique), techniqueUrl(e.technique))} rules` : "rules without a technique tag";
      const lines = [
        `Support: ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)})`,
        `Peers: ${technique} on ${codeSpan(clip(describeEventKind(e.eventKind), MAX_VALUE), { table: false })}`
      ];
      if (e.examples.length > 0) lines.push(`Examples: ${titles(e)}`);
      return lines;
    }
    case "duplicate-rule": {
      const o = e.other;
      const keys = (list) => list.map((k) => codeSpan(clip(k, MAX_VALUE), { table: false })).join(", ");
      const lines = [
        `Other rule: ${o.vendor} \xB7 ${escapeMarkdown(clip(o.title, MAX_TITLE))} \xB7 ` + codeSpan(clip(o.path, MAX_VALUE), { table: false }),
        `Match: ${e.match === "identical" ? "identical indicators" : `near (similarity ${e.similarity.toFixed(2)})`}` + (e.related ? "; named under `related:`" : "")
      ];
      if (e.onlyHere.length > 0) lines.push(`Only here: ${keys(e.onlyHere)}`);
      if (e.onlyThere.length > 0) lines.push(`Only there: ${keys(e.onlyThere)}`);
      return lines;
    }
    case "parse-error":
      return [`Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })} at column ${e.column}`];
    case "invalid-suppression":
    case "unused-suppression":
      return [
        `Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })} (${suppressionSource(e)})`,
        `Checks: ${escapeMarkdown(clip(suppressedChecks(e), MAX_VALUE))}`,
        `Reason: ${e.reason ? escapeMarkdown(clip(e.reason, MAX_MESSAGE)) : "(none)"}`
      ];
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
    case "tactic-mismatch":
      return [
        `Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })}`,
        ...techniqueFacts(e).map((line) => escapeMarkdown(clip(line, MAX_VALUE))),
        ...[e.technique, e.replacement].map((id) => id ? techniqueUrl(id) : null).filter((url) => url !== null).map((url) => `ATT&CK: [${url.slice("https://".length)}](${url})`)
      ];
  }
}
function evidenceItem(f, links) {
  const rule = f.ruleTitle ? ` \xB7 rule: ${escapeMarkdown(clip(f.ruleTitle, MAX_TITLE))}` : "";
  const where = codeSpan(`${clip(normalizePath(f.path), MAX_PATH)}:${lineRange(f)}`, { table: false });
  const head = `- ${where} \xB7 ${f.check}${rule}
`;
  const table = evidenceTable(f.evidence);
  const body = table ? `
${renderMarkdownTable(table, "  ").join("\n")}

` : "";
  return head + body + [...evidenceDetails(f.evidence), ...links?.(f) ?? []].map((line) => `  - ${line}
`).join("");
}
var SECTION_TITLE = {
  error: "\u274C Errors",
  warning: "\u26A0\uFE0F Warnings",
  notice: "\u2139\uFE0F Notices"
};
function sectionFrame(severity, count) {
  return {
    head: `### ${SECTION_TITLE[severity]} (${formatCount(count)})

| File | Line | Check | Message |
| :-- | ---: | :-- | :-- |
`,
    mid: "\n<details>\n<summary>Evidence</summary>\n\n",
    tail: "\n</details>\n\n"
  };
}
function checksHelp(findings) {
  const present = CHECK_IDS.filter((id) => findings.some((f) => f.check === id));
  if (present.length === 0) return "";
  const sections = present.map((id) => `#### ${id}

${CHECK_HELP[id].helpMarkdown}

`);
  return `<details>
<summary>About these checks</summary>

${sections.join("")}</details>

`;
}
function linkTarget(url) {
  if (url === void 0 || !/^https?:\/\/[^\s<>"`]+$/i.test(url)) return null;
  return url.replace(/[()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function bySeverity(findings) {
  return sortedFindings(findings).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
function leftOutCounts(findings) {
  const parts = ["error", "warning", "notice"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => plural(n, s));
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
var RUN_LINK_PREFIX = "<sub>Details: [workflow run](";
function render(report, opts) {
  const findings = bySeverity(report.findings);
  const head = (opts.marker ? `${commentMarker(opts.title)}
` : "") + `## ${escapeMarkdown(opts.title)}

${statusLine(report)}

${summaryTable(report.summary)}

`;
  const help = checksHelp(findings);
  const footer = opts.runUrl ? `${RUN_LINK_PREFIX}${opts.runUrl})</sub>
` : "";
  const total = findings.length;
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const noteCost = (shown2) => shown2 === total ? 0 : opts.measure(opts.truncationNote(leftOutCounts(findings.slice(shown2)), total));
  const sections = [];
  let used = opts.measure(head + help + footer);
  let shown = 0;
  for (let i = 0; i < total && used <= opts.limit; i++) {
    const f = findings[i];
    let section = sections[sections.length - 1];
    if (!section || section.severity !== f.severity) {
      section = { severity: f.severity, rows: [], items: [] };
      sections.push(section);
      const frame = sectionFrame(f.severity, counts.get(f.severity) ?? 0);
      used += opts.measure(frame.head + frame.mid + frame.tail);
    }
    const row = findingRow(f, opts.links);
    const item = evidenceItem(f, opts.evidenceLinks);
    section.rows.push(row);
    section.items.push(item);
    used += opts.measure(row) + opts.measure(item);
    if (used + noteCost(i + 1) <= opts.limit) shown = i + 1;
  }
  const note = shown < total ? opts.truncationNote(leftOutCounts(findings.slice(shown)), total) : "";
  let out = head + note;
  let left = shown;
  for (const section of sections) {
    if (left === 0) break;
    const n = Math.min(left, section.rows.length);
    left -= n;
    const frame = sectionFrame(section.severity, counts.get(section.severity) ?? 0);
    out += frame.head + section.rows.slice(0, n).join("") + frame.mid + section.items.slice(0, n).join("") + frame.tail;
  }
  out += help + footer;
  if (opts.measure(out) <= opts.limit) return out;
  return cutTo(head + note, opts.limit, opts.measure);
}
function cutTo(text, limit, measure) {
  let out = text;
  while (out.length > 0 && measure(out) > limit) out = clip(out, Math.max(1, Math.floor(out.length * 0.9)));
  return out;
}
var byteLength = (text) => Buffer.byteLength(text, "utf8");
function renderSummary(report, options = {}) {
  return render(report, {
    marker: false,
    title: options.title ?? DEFAULT_TITLE,
    runUrl: null,
    links: options.links ?? {},
    limit: SUMMARY_MAX_BYTES,
    ...options.evidenceLinks ? { evidenceLinks: options.evidenceLinks } : {},
    measure: byteLength,
    truncationNote: (omitted, total) => `> [!NOTE]
> ${leftOut(omitted, total)} of this summary to stay under GitHub's 1 MiB limit for job summaries. The JSON and SARIF reports of this run list them all.

`
  });
}
function leftOut(omitted, total) {
  return `${omitted} of ${plural(total, "finding")} ${/^1 \w+$/.test(omitted) ? "is" : "are"} left out`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_VERSION = "2.1.0";
var FINGERPRINT_KEY = "detlintFindingHash/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function reportingDescriptors() {
  return CHECK_IDS.map((id) => {
    const help = CHECK_HELP[id];
    return {
      id,
      name: help.name,
      shortDescription: { text: help.summary },
      fullDescription: { text: help.description },
      help: { text: help.description, markdown: help.helpMarkdown },
      defaultConfiguration: { level: LEVEL[help.defaultSeverity] }
    };
  });
}
function artifactUri(path4) {
  return normalizePath(path4).split("/").map(encodeURIComponent).join("/");
}
function messageText(text) {
  return cleanText(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
function evidenceIdentity(e) {
  switch (e.kind) {
    case "noisy-indicator":
      return `${e.label}\0${e.key}`;
    case "missing-common-exclusion":
      return e.key;
    case "duplicate-rule":
      return `${e.other.vendor}\0${e.other.path}\0${e.other.id ?? ""}`;
    case "parse-error":
      return e.code;
    case "invalid-suppression":
    case "unused-suppression":
      return `${e.code}\0${e.source}\0${e.checks.join(",")}\0${e.reason}`;
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
    case "tactic-mismatch":
      return `${e.code}\0${e.technique}`;
  }
}
function fingerprintBase(f) {
  const identity = [
    f.check,
    normalizePath(f.path),
    f.ruleId ?? f.ruleTitle ?? "",
    evidenceIdentity(f.evidence)
  ];
  return createHash("sha256").update(JSON.stringify(identity)).digest("hex");
}
function evidenceProperties(e) {
  switch (e.kind) {
    case "noisy-indicator":
      return {
        key: e.key,
        reach: e.reach,
        threshold: e.threshold,
        corpusRules: e.corpusRules,
        label: e.label,
        examples: e.examples.map((r) => r.title)
      };
    case "missing-common-exclusion":
      return {
        key: e.key,
        support: e.support,
        peers: e.peers,
        share: e.share,
        technique: e.technique,
        eventKind: e.eventKind,
        examples: e.examples.map((r) => r.title),
        ...e.peerMode ? { peerMode: e.peerMode } : {},
        ...e.supporters ? {
          supporters: e.supporters.map((p) => ({
            vendor: p.vendor,
            title: p.title,
            path: p.path,
            similarity: p.similarity,
            filter: p.filter
          }))
        } : {}
      };
    case "duplicate-rule":
      return {
        match: e.match,
        similarity: e.similarity,
        otherVendor: e.other.vendor,
        otherTitle: e.other.title,
        otherPath: e.other.path,
        otherId: e.other.id ?? "",
        related: e.related,
        onlyHere: [...e.onlyHere],
        onlyThere: [...e.onlyThere]
      };
    case "parse-error":
      return { code: e.code, column: e.column };
    case "invalid-suppression":
    case "unused-suppression":
      return { code: e.code, source: e.source, checks: [...e.checks], reason: e.reason };
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
    case "tactic-mismatch":
      return {
        code: e.code,
        technique: e.technique,
        replacement: e.replacement,
        attackVersion: e.attackVersion
      };
  }
}
function result(f, fingerprint) {
  const startLine = Math.max(1, f.line);
  return {
    ruleId: f.check,
    ruleIndex: CHECK_IDS.indexOf(f.check),
    level: LEVEL[f.severity],
    message: { text: `${messageText(f.message)}
${messageText(evidenceSentence(f.evidence))}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.path), uriBaseId: "%SRCROOT%" },
          region: { startLine, endLine: Math.max(startLine, f.endLine), startColumn: Math.max(1, f.column) }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      detectionRuleId: f.ruleId,
      detectionRuleTitle: f.ruleTitle,
      ...evidenceProperties(f.evidence)
    }
  };
}
function renderSarif(report, options) {
  const seen = /* @__PURE__ */ new Map();
  const results = sortedFindings(report.findings).map((f) => {
    const base = fingerprintBase(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return result(f, `${base}:${n}`);
  });
  const driver = {
    name: "detlint",
    version: options.toolVersion,
    ...options.informationUri ? { informationUri: options.informationUri } : {},
    rules: reportingDescriptors()
  };
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [{ tool: { driver }, columnKind: "utf16CodeUnits", results }]
  };
}
function renderSarifText(report, options) {
  return `${JSON.stringify(renderSarif(report, options), null, 2)}
`;
}

// src/attack/stix.ts
var MITRE_NOTICE = "\xA9 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. ATT&CK\xAE is a registered trademark of The MITRE Corporation. Terms of use: https://attack.mitre.org/resources/legal-and-branding/terms-of-use/";
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mitreId(obj) {
  const refs = obj.external_references;
  if (!Array.isArray(refs)) return null;
  for (const r of refs)
    if (isPlain(r) && r.source_name === "mitre-attack" && typeof r.external_id === "string")
      return r.external_id;
  return null;
}
function phases(obj) {
  const list = obj.kill_chain_phases;
  if (!Array.isArray(list)) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of list)
    if (isPlain(p) && p.kill_chain_name === "mitre-attack" && typeof p.phase_name === "string")
      out.add(p.phase_name);
  return [...out].sort();
}
var CITATION = /\s*\(Citation:[^)]*\)/g;
var LINK = /\[([^\]]*)\]\([^)\s]*\)/g;
var HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
function firstParagraph(description) {
  if (typeof description !== "string") return null;
  const first = description.trim().split(/\r?\n\s*\r?\n/).find((p) => p.trim() !== "");
  if (first === void 0) return null;
  const text = first.replace(CITATION, "").replace(LINK, "$1").replace(HTML_TAG, "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}
function better(a, b) {
  const rank = (p) => (p.technique.revoked ? 2 : 0) + (p.technique.deprecated ? 1 : 0);
  return rank(b) < rank(a) ? b : a;
}
function stixToTable(doc, file, options = {}) {
  if (!isPlain(doc) || doc.type !== "bundle" || !Array.isArray(doc.objects))
    throw new AttackError(`${file}: expected a STIX bundle ({"type": "bundle", "objects": [...]})`);
  const byStixId = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  const tactics = {};
  const revokedBy = /* @__PURE__ */ new Map();
  let collectionVersion = null;
  doc.objects.forEach((obj) => {
    if (!isPlain(obj)) return;
    switch (obj.type) {
      case "attack-pattern": {
        const id = mitreId(obj);
        if (id === null || !TECHNIQUE_ID.test(id) || typeof obj.id !== "string") return;
        const technique = {
          name: typeof obj.name === "string" ? obj.name : id,
          tactics: phases(obj)
        };
        if (obj.revoked === true) technique.revoked = true;
        if (obj.x_mitre_deprecated === true) technique.deprecated = true;
        const description = technique.revoked || technique.deprecated ? null : firstParagraph(obj.description);
        if (description !== null) technique.description = description;
        const p = { stixId: obj.id, id, technique };
        byStixId.set(obj.id, p);
        const seen = byId.get(id);
        byId.set(id, seen ? better(seen, p) : p);
        return;
      }
      case "x-mitre-tactic": {
        const id = mitreId(obj);
        if (id === null || typeof obj.x_mitre_shortname !== "string") return;
        tactics[id] = { name: typeof obj.name === "string" ? obj.name : id, shortname: obj.x_mitre_shortname };
        return;
      }
      case "relationship":
        if (obj.relationship_type === "revoked-by" && typeof obj.source_ref === "string" && typeof obj.target_ref === "string")
          revokedBy.set(obj.source_ref, obj.target_ref);
        return;
      case "x-mitre-collection":
        if (typeof obj.x_mitre_version === "string") collectionVersion = obj.x_mitre_version;
        return;
    }
  });
  const techniques = {};
  for (const [id, p] of byId) {
    const target = p.technique.revoked ? revokedBy.get(p.stixId) : void 0;
    const by = target === void 0 ? void 0 : byStixId.get(target)?.id;
    techniques[id] = by !== void 0 && by !== id ? { ...p.technique, replaced_by: by } : p.technique;
  }
  const version = options.attackVersion ?? collectionVersion;
  if (version === null)
    throw new AttackError(
      `${file}: the bundle names no ATT&CK version (no x-mitre-collection); give --attack-version`
    );
  return validateAttackTable(
    {
      attack_version: version,
      source: options.source ?? `MITRE ATT&CK STIX bundle ${file.split(/[\\/]/).pop() ?? file}`,
      license: MITRE_NOTICE,
      tactics,
      techniques
    },
    file
  );
}

// src/attack/index.ts
function attackTableFileOf(doc, file) {
  return isStixBundle(doc) ? stixToTable(doc, file) : validateAttackTable(doc, file);
}
function loadAttackFile(file, shown = file) {
  return attackTable(attackTableFileOf(readJsonFile(file, shown), shown), shown);
}

// src/attack/import.ts
var MOVE_KEYS = ["source", "v18_to_v19", "v18_to_v19_tactics"];
function readMoves(doc, file) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new AttackError(`${file}: expected a JSON object with v18_to_v19 and v18_to_v19_tactics`);
  for (const key of Object.keys(doc))
    if (!MOVE_KEYS.includes(key))
      throw new AttackError(`${file}: ${key}: unknown key (expected one of ${MOVE_KEYS.join(", ")})`);
  const { v18_to_v19, v18_to_v19_tactics } = doc;
  const checked = validateAttackTable(
    { attack_version: "0", techniques: {}, v18_to_v19, v18_to_v19_tactics },
    file
  );
  return {
    ...v18_to_v19 !== void 0 ? { v18_to_v19: checked.v18_to_v19 } : {},
    ...v18_to_v19_tactics !== void 0 ? { v18_to_v19_tactics: checked.v18_to_v19_tactics } : {}
  };
}
function importAttackData(doc, file, options = {}) {
  const base = isStixBundle(doc) ? stixToTable(
    doc,
    file,
    options.attackVersion !== void 0 ? { attackVersion: options.attackVersion } : {}
  ) : attackTableFileOf(doc, file);
  const moves = options.moves ? readMoves(options.moves.doc, options.moves.file) : {};
  const table = {
    ...base,
    ...options.attackVersion !== void 0 ? { attack_version: options.attackVersion } : {},
    ...options.source !== void 0 ? { source: options.source } : {},
    ...moves
  };
  return validateAttackTable(table, file);
}

// src/eval/command.ts
import { createHash as createHash2 } from "node:crypto";

// src/cli/spec.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var COMMON_FLAGS = [
  { name: "color", help: "colour the output even when it is not a terminal" },
  {
    name: "no-color",
    help: "never colour the output (NO_COLOR=1 does the same; FORCE_COLOR=1 forces colour)"
  },
  { name: "help", short: "h", help: "show this help" }
];
function allFlags(spec) {
  return [...spec.flags, ...COMMON_FLAGS];
}
function flagLabel(flag) {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : long;
}
function commandHelp(spec) {
  const flags = allFlags(spec);
  const width = Math.max(...flags.map((f) => flagLabel(f).length)) + 2;
  const lines = flags.flatMap(
    (f) => f.help.split("\n").map((text, i) => `  ${(i === 0 ? flagLabel(f) : "").padEnd(width)}${text}`)
  );
  return `Usage: detlint ${spec.name} ${spec.usage}

${spec.description.trimEnd()}

Options:
${lines.join("\n")}
`;
}
var UNKNOWN_OPTION = /Unknown option '([^']+)'/;
function parseCommandArgs(spec, args) {
  const flags = allFlags(spec);
  const options = {};
  for (const f of flags)
    options[f.name] = {
      type: f.value ? "string" : "boolean",
      ...f.short ? { short: f.short } : {},
      ...f.multiple ? { multiple: true } : {}
    };
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unknown = UNKNOWN_OPTION.exec(msg)?.[1];
    const known = flags.map((f) => `--${f.name}`);
    const text = unknown !== void 0 ? `unknown option ${JSON.stringify(unknown)}${didYouMean(unknown.replace(/=.*/, ""), known)}` : msg.replace(/^TypeError \[\w+\]: /, "");
    throw usageError(spec, text);
  }
}
function usageError(spec, message) {
  return new UsageError(
    `${spec.name}: ${message}
Run \`detlint ${spec.name} --help\` for its usage and options.`
  );
}
function oneOf(value, allowed, key, fallback) {
  if (value === void 0) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(
    `${key}: expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}` + (typeof value === "string" ? didYouMean(value, allowed) : "")
  );
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
function stringFlag(v) {
  return typeof v === "string" ? v : void 0;
}

// src/cli/settings.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/attack/builtin.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var BUILTIN_TABLE_FILE = "enterprise-attack.table.json";
var BUILTIN_TABLE_LABEL = "the built-in ATT&CK table";
var ATTACK_OFF = /* @__PURE__ */ new Set(["none", "false"]);
var CANDIDATES = [`./${BUILTIN_TABLE_FILE}`, `./data/${BUILTIN_TABLE_FILE}`];
var cached;
function readShipped() {
  const errors = [];
  for (const rel of CANDIDATES) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    try {
      return readFileSync(file, "utf8");
    } catch (err) {
      errors.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  throw new Error(`${BUILTIN_TABLE_LABEL} is missing from this installation (${errors.join("; ")})`);
}
function builtinAttackTable() {
  if (cached === void 0) {
    const data = validateAttackTable(parseJsonText(readShipped(), BUILTIN_TABLE_FILE), BUILTIN_TABLE_FILE);
    cached = attackTable(data, "built-in table");
  }
  return cached;
}

// src/cli/settings.ts
var CONFIG_NAMES = [".detlint.yml", ".detlint.yaml"];
function findConfigFile(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, ".git")) || parent === dir) return null;
    dir = parent;
  }
}
function rebase(settings, configDir, cwd) {
  if (path.resolve(configDir) === path.resolve(cwd)) return settings;
  const move = (p) => path.isAbsolute(p) ? p : path.relative(cwd, path.resolve(configDir, p)).split(path.sep).join("/") || ".";
  return {
    ...settings,
    baseline: settings.baseline.map(move),
    attack: settings.attack === null ? null : move(settings.attack),
    splunk: { macros: settings.splunk.macros.map(move), dataSources: settings.splunk.dataSources.map(move) }
  };
}
function loadCliSettings(configFlag, cwd) {
  if (typeof configFlag === "string") return loadConfigFile(path.resolve(cwd, configFlag), true);
  const found = findConfigFile(cwd);
  if (found === null) return defaultSettings();
  return rebase(loadConfigFile(found, true), path.dirname(found), cwd);
}
function attackOption(flag, settings, cwd) {
  const file = typeof flag === "string" ? flag : settings.attack;
  if (file === null) return { attack: builtinAttackTable() };
  if (ATTACK_OFF.has(file.trim().toLowerCase())) return {};
  return { attack: loadAttackFile(path.resolve(cwd, file), file) };
}

// src/eval/exclusions.ts
function stripExclusions(rule) {
  const queries = [];
  for (const q of rule.queries) {
    const { positive } = splitExclusions(q.expr);
    if (positive === null) return null;
    queries.push({ ...q, expr: positive });
  }
  return { ...rule, queries };
}
function matches(suggested, removed) {
  return covers(suggested, removed) || covers(removed, suggested);
}
function evaluateRule(rule, catalog, settings, attack) {
  const removedParts = /* @__PURE__ */ new Map();
  for (const { pred } of exclusions(rule)) {
    const parts = keyParts(pred);
    removedParts.set(`${parts.field ?? "*"}|${parts.op}|${parts.value ?? ""}`, parts);
  }
  const subject = removedParts.size > 0 ? stripExclusions(rule) : rule;
  if (subject === null) return null;
  const ctx = { catalog, settings, self: selfIndices(rule, catalog), ...attack ? { attack } : {} };
  const findings = missingCommonExclusion.run(subject, ctx);
  const suggested = findings.map((f) => f.evidence);
  const removed = [...removedParts.values()];
  const matched = suggested.filter((s) => removed.some((r) => matches(s, r))).length;
  return {
    vendor: rule.vendor,
    path: rule.path,
    title: rule.title,
    removed: [...removedParts.keys()],
    suggested: suggested.map((s) => s.key),
    matched
  };
}
function round(x) {
  return Math.round(x * 1e4) / 1e4;
}
function score(outcomes) {
  const evaluated = outcomes.filter((o) => o.removed.length > 0);
  const quiet = outcomes.filter((o) => o.removed.length === 0);
  const withAny = evaluated.filter((o) => o.suggested.length > 0);
  const hits = evaluated.filter((o) => o.matched > 0).length;
  const precision = withAny.reduce((a, o) => a + o.matched / o.suggested.length, 0);
  const suggestions = evaluated.reduce((a, o) => a + o.suggested.length, 0);
  const noise = quiet.reduce((a, o) => a + o.suggested.length, 0);
  const share = (x, n) => n === 0 ? 0 : round(x / n);
  return {
    rules: evaluated.length,
    recallAt5: share(hits, evaluated.length),
    precisionAt5: share(precision, withAny.length),
    suggestionsPerRule: share(suggestions, evaluated.length),
    noSuggestion: share(evaluated.length - withAny.length, evaluated.length),
    noiseRules: quiet.length,
    noise: share(noise, quiet.length)
  };
}
function scoreAll(outcomes) {
  const byVendor = {};
  for (const v of VENDORS) {
    const mine = outcomes.filter((o) => o.vendor === v);
    if (mine.length > 0) byVendor[v] = score(mine);
  }
  return { overall: score(outcomes), byVendor };
}
function pct(x) {
  return `${(x * 100).toFixed(1)}%`;
}
function renderExclusionEvalText(result2, header = []) {
  const head = ["", "rules", "recall@5", "precision@5", "suggestions/rule", "none", "noise rules", "noise"];
  const row = (name, s) => [
    name,
    String(s.rules),
    pct(s.recallAt5),
    pct(s.precisionAt5),
    s.suggestionsPerRule.toFixed(2),
    pct(s.noSuggestion),
    String(s.noiseRules),
    s.noise.toFixed(2)
  ];
  const rows = [
    head,
    ...Object.entries(result2.byVendor).map(([v, s]) => row(v, s)),
    row("overall", result2.overall)
  ];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map(
    (r) => r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ")
  );
  return [...header, ...lines].join("\n") + "\n";
}
function renderExclusionEvalJson(result2) {
  return JSON.stringify(result2, null, 2) + "\n";
}

// src/eval/noisy.ts
function rate(rules, firing) {
  return { rules, firing, rate: rules === 0 ? 0 : Math.round(firing / rules * 1e4) / 1e4 };
}
function noisyFires(rule, catalog, settings) {
  return noisyIndicator.run(rule, { catalog, settings, self: selfIndices(rule, catalog) }).length > 0;
}
function isVetted(rule) {
  const status = (rule.status ?? "").toLowerCase();
  const level = (rule.level ?? "").toLowerCase();
  return (status === "test" || status === "stable") && (level === "high" || level === "critical");
}
function scoreNoisy(fired) {
  const groups = /* @__PURE__ */ new Map();
  let all = 0;
  let vetted = 0;
  let vettedFiring = 0;
  for (const { rule, fires } of fired) {
    const key = `${(rule.status ?? "none").toLowerCase()}/${(rule.level ?? "none").toLowerCase()}`;
    const g = groups.get(key) ?? [0, 0];
    g[0]++;
    if (fires) g[1]++;
    groups.set(key, g);
    if (fires) all++;
    if (isVetted(rule)) {
      vetted++;
      if (fires) vettedFiring++;
    }
  }
  const byStatusLevel = {};
  for (const k of [...groups.keys()].sort()) {
    const [n, f] = groups.get(k);
    byStatusLevel[k] = rate(n, f);
  }
  return { overall: rate(fired.length, all), vetted: rate(vetted, vettedFiring), byStatusLevel };
}
function pct2(x) {
  return `${(x * 100).toFixed(1)}%`;
}
function renderNoisyEvalText(result2, header = []) {
  const line = (name, r) => `${name.padEnd(22)} ${String(r.rules).padStart(6)} rules  ${String(r.firing).padStart(6)} firing  ${pct2(r.rate).padStart(6)}`;
  return [
    ...header,
    line("overall", result2.overall),
    line("test|stable, high|crit", result2.vetted),
    "",
    "by status/level:",
    ...Object.entries(result2.byStatusLevel).map(([k, r]) => line(k, r))
  ].join("\n") + "\n";
}

// src/eval/command.ts
var HELD_OUT_PERCENT = 30;
function isHeldOut(rule) {
  const name = rule.id ?? `${rule.vendor}:${rule.path}`;
  const h = createHash2("sha256").update(name).digest().readUInt32BE(0);
  return h / 2 ** 32 < HELD_OUT_PERCENT / 100;
}
function inSplit(rule, split) {
  return split === "all" || isHeldOut(rule) === (split === "held-out");
}
function describeSplit(split) {
  if (split === "all") return "split: all target rules";
  const part = split === "held-out" ? HELD_OUT_PERCENT : 100 - HELD_OUT_PERCENT;
  return `split: ${split} (${part}% of target rules, by sha256 of the rule id; tuned on tune only)`;
}
function loadInput(targets, values, split, io) {
  const settings = loadCliSettings(values.config, io.cwd);
  const baselines = strings(values.baseline);
  const cache = typeof values.cache === "string" ? values.cache : void 0;
  const built = buildCorpusCatalog([...targets, ...baselines, ...settings.baseline], io.cwd, settings, cache);
  if (built.missing.length > 0)
    throw new UsageError(`eval: no such file or folder: ${built.missing.join(", ")}`);
  const { attack } = attackOption(values.attack, settings, io.cwd);
  const catalog = withAttack(built.catalog, attack);
  const context = readContext(settings, io.cwd);
  const rules = [];
  for (const file of baselineSources(targets, io.cwd, settings).files)
    for (const rule of readOne(file, io.cwd, context, settings.maxFileSize).result.rules)
      if (!rule.diagnostics.some((d) => d.severity === "error") && inSplit(rule, split)) rules.push(rule);
  return { catalog, rules, settings, ...attack ? { attack } : {} };
}
function progress(io, total) {
  if (io.stderrIsTTY !== true || total === 0) return () => {
  };
  const step = Math.max(1, Math.floor(total / 100));
  return (done) => {
    if (done % step === 0 || done === total)
      io.stderr(`\rdetlint eval: ${done}/${total} rules${done === total ? "\n" : ""}`);
  };
}
var EVAL_FLAGS = [
  {
    name: "baseline",
    value: "DIR",
    multiple: true,
    help: "add a folder (or file, or glob) of rules to the catalog; repeatable"
  },
  { name: "config", value: "FILE", help: "settings file (default: .detlint.yml found upward)" },
  { name: "cache", value: "FILE", help: "catalog cache, as for `detlint check`" },
  {
    name: "attack",
    value: "FILE",
    help: "ATT&CK data, for technique grouping (default `attack` from the config,\nelse the built-in table; none: off)"
  },
  {
    name: "split",
    value: "SPLIT",
    help: `all | held-out | tune (default all): held-out keeps the ${HELD_OUT_PERCENT}% of target
rules whose id hashes (sha256) lowest, tune the rest`
  },
  { name: "format", value: "FORMAT", help: "text | json (default text)" }
];
function evalInput(spec, { values, positionals }, io) {
  const format = oneOf(values.format, ["text", "json"], "--format", "text");
  const split = oneOf(values.split, ["all", "held-out", "tune"], "--split", "all");
  if (positionals.length === 0) throw new UsageError(`${spec.name}: give at least one TARGET`);
  const input = loadInput(positionals, values, split, io);
  const header = [
    `detlint ${spec.name}: ${input.rules.length} target rules, catalog of ${input.catalog.rules.length} rules`,
    describeSplit(split),
    ""
  ];
  return { input, format, header, tick: progress(io, input.rules.length) };
}
var evalExclusionsCommand = {
  name: "eval exclusions",
  usage: "TARGET... [options]",
  summary: "measure missing-common-exclusion by leave-one-out on rules with exclusions",
  description: `Leave-one-out on missing-common-exclusion. The catalog is built from the targets and the
baselines, as \`detlint check\` builds it. Each target rule with exclusions is stripped of
them and checked against the catalog (itself left out); its suggestions are compared with
what was removed (the same key, or either covers the other). Prints, overall and per vendor:
rules evaluated, recall@5, precision@5, suggestions per rule, the share with none, and noise
(suggestions per target rule without exclusions).`,
  flags: EVAL_FLAGS,
  run(parsed, io) {
    const { input, format, header, tick } = evalInput(this, parsed, io);
    const outcomes = [];
    input.rules.forEach((rule, i) => {
      tick(i + 1);
      const o = evaluateRule(rule, input.catalog, input.settings, input.attack);
      if (o) outcomes.push(o);
    });
    const result2 = scoreAll(outcomes);
    io.stdout(format === "json" ? renderExclusionEvalJson(result2) : renderExclusionEvalText(result2, header));
    return 0;
  }
};
var evalNoisyCommand = {
  name: "eval noisy",
  usage: "TARGET... [options]",
  summary: "measure how often noisy-indicator fires on rules as they ship",
  description: `How often noisy-indicator fires on the target rules as they ship, by status and level,
against the catalog of the targets and the baselines.`,
  flags: EVAL_FLAGS,
  run(parsed, io) {
    const { input, format, header, tick } = evalInput(this, parsed, io);
    const fired = input.rules.map((rule, i) => {
      tick(i + 1);
      return { rule, fires: noisyFires(rule, input.catalog, input.settings) };
    });
    const result2 = scoreNoisy(fired);
    io.stdout(
      format === "json" ? JSON.stringify(result2, null, 2) + "\n" : renderNoisyEvalText(result2, header)
    );
    return 0;
  }
};

// src/cli/color.ts
function colorEnabled(values, io) {
  if (values["no-color"] === true) return false;
  if (values.color === true) return true;
  const env = io.env ?? {};
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return io.stdoutIsTTY === true;
}

// src/cli/progress.ts
var CLEAR_LINE = "\r\x1B[2K";
var NOTHING = { update: () => {
}, end: () => {
} };
function progressReporter(io, options) {
  if (options.disabled === true || io.stderrIsTTY !== true) return NOTHING;
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 500;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let shown = false;
  const count = (n) => n.toLocaleString("en-US");
  return {
    update(done, total) {
      const t = now();
      if (t - started < delay || t - lastDraw < interval && done < total) return;
      lastDraw = t;
      shown = true;
      io.stderr(`${CLEAR_LINE}detlint: ${options.label} ${count(done)} of ${count(total)}`);
    },
    end() {
      if (shown) io.stderr(CLEAR_LINE);
      shown = false;
    }
  };
}
function withProgress(progress2, work) {
  try {
    return work(progress2.update);
  } finally {
    progress2.end();
  }
}

// src/cli/init.ts
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import path2 from "node:path";
function skipped(name) {
  return name.startsWith(".") || name === "node_modules";
}
var MAX_FILES = 5e4;
function findRuleFiles(root) {
  const found = /* @__PURE__ */ new Map();
  let seen = 0;
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (seen >= MAX_FILES) return;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipped(e.name)) walk(path2.join(dir, e.name), relPath);
        continue;
      }
      if (!e.isFile() || !RULE_EXTENSIONS.includes(path2.extname(e.name).toLowerCase())) continue;
      seen++;
      let text;
      try {
        text = readFileSync2(path2.join(dir, e.name), "utf8");
      } catch {
        continue;
      }
      const format = FORMATS.find((f) => f.detect(relPath, text));
      if (format) found.set(format.vendor, [...found.get(format.vendor) ?? [], relPath]);
    }
  };
  walk(root, "");
  return found;
}
function ruleGlobs(files) {
  const globs = /* @__PURE__ */ new Set();
  for (const f of files) {
    const slash = f.indexOf("/");
    const ext = path2.extname(f).toLowerCase();
    globs.add(slash < 0 ? `**/*${ext}` : `${f.slice(0, slash)}/**/*${ext}`);
  }
  const all = [...globs];
  return all.filter((g) => g.startsWith("**/") || !all.includes(`**/*${path2.extname(g)}`)).sort();
}
var VENDOR_NAMES = {
  sigma: "Sigma",
  elastic: "Elastic detection-rules",
  splunk: "Splunk security_content"
};
function yamlList(items) {
  return `[${items.map((i) => `'${i}'`).join(", ")}]`;
}
function summaryOf(found) {
  return [...found].map(([v, files]) => `${files.length} ${VENDOR_NAMES[v]} rule file${files.length === 1 ? "" : "s"}`).join(", ");
}
function configText(found) {
  const vendors = [...found.keys()];
  const rules = ruleGlobs([...found.values()].flat());
  const baseline = vendors;
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/detlint/detlint/main/schema/detlint.schema.json
# detlint settings, written by \`detlint init\` for ${found.size > 0 ? summaryOf(found) : "a repository with no rule files yet"}.
# Every key is optional; the values shown are the defaults unless said otherwise.

# The lowest severity that fails the check: error | warning | notice | none.
fail-on: error

# The repository's rule files (globs from the repository root), as found by \`detlint init\`:
# checked, and part of the catalog.
rules: ${yamlList(rules.length > 0 ? rules : ["**/*.yml", "**/*.yaml"])}

# Paths never checked nor catalogued.
ignore: []

# Public corpora to compare with (default: none): named corpora (sigma, elastic, splunk,
# elastic-endpoint; NAME@REF for another commit) that the action downloads and caches, or
# folders of rules. On your machine: \`detlint corpus fetch ${vendors.length > 0 ? vendors.join(" ") : "sigma"}\` once.
baseline: ${yamlList(baseline)}

# ATT&CK data for the technique checks (default: the table built into detlint, v18.1):
# \`download\`, a table from \`detlint attack import\`, MITRE's STIX bundle, or none.
# attack: attack/enterprise-attack.json

checks:
  noisy-indicator:
    severity: warning # error | warning | notice | off
    threshold: 20 # other catalog rules checking a predicate before it counts as noisy
  missing-common-exclusion:
    severity: warning
    min-rules: 2 # of the 20 rules most like it, those using the exclusion, at least
    min-share: 20% # and at least this share of them (weighted by similarity)
  duplicate-rule:
    severity: warning
  technique-missing:
    severity: notice

# Accepted findings, each with its reason:
# suppress:
#   - rule: 5f0a4c4e-52a7-4c1b-9d43-0d3a8b8c7e11 # a rule id, and/or
#     path: rules/hunting/** # a glob of rule files
#     checks: [noisy-indicator] # every check when left out
#     reason: 'Hunting rule; noise accepted'
`;
}
function workflowText(configName = ".detlint.yml") {
  return `# detlint: lints the detection rules of each pull request, written by \`detlint init\`.
# Make the \`detlint\` check required in the branch protection rules to block merges on errors.
name: detlint
on:
  pull_request:
  push:
    branches: [main]
  merge_group:
  workflow_dispatch:
permissions:
  contents: read
  pull-requests: write # the sticky comment
  checks: write # the detlint check run with every annotation
jobs:
  lint-rules:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: detlint/detlint@v0
${configName === ".detlint.yml" ? "" : `        with:
          config: ${configName}
`}`;
}
var initCommand = {
  name: "init",
  usage: "[options]",
  summary: "write a commented .detlint.yml and a GitHub workflow for the rules found here",
  description: `Looks for rule files below the working folder (Sigma, Elastic and Splunk, detected by
content; dot folders and node_modules are skipped) and writes a commented .detlint.yml and
.github/workflows/detlint.yml that check them against the public corpora of the formats found.
Existing files are left alone unless --force is given.`,
  flags: [
    { name: "force", help: "overwrite existing files" },
    { name: "dir", value: "DIR", help: "the repository folder (default: the working folder)" }
  ],
  run({ values }, io) {
    const root = path2.resolve(io.cwd, typeof values.dir === "string" ? values.dir : ".");
    if (!existsSync2(root)) throw new UsageError(`init: --dir: no such folder: ${String(values.dir)}`);
    const found = findRuleFiles(root);
    const configName = CONFIG_NAMES.find((n) => existsSync2(path2.join(root, n))) ?? CONFIG_NAMES[0];
    const files = [
      [configName, configText(found)],
      [path2.join(".github", "workflows", "detlint.yml"), workflowText(configName)]
    ];
    const existing = files.flatMap(
      ([f]) => existsSync2(path2.join(root, f)) ? [f.split(path2.sep).join("/")] : []
    );
    if (existing.length > 0 && values.force !== true)
      throw new UsageError(
        `init: ${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; nothing written (give --force to overwrite)`
      );
    for (const [file, text] of files) {
      const abs = path2.join(root, file);
      mkdirSync(path2.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
      io.stderr(`detlint: wrote ${file.split(path2.sep).join("/")}
`);
    }
    io.stderr(
      found.size > 0 ? `detlint: found ${summaryOf(found)}
` : "detlint: found no rule files yet; edit `rules` in .detlint.yml when you add some\n"
    );
    return 0;
  }
};

// src/commands.ts
var corpusCli;
async function loadCorpusCli() {
  return corpusCli ??= await import("./chunks/cli-UZLQYW6H.js");
}
var NeedsModule = class extends Error {
  constructor(message, load) {
    super(message);
    this.load = load;
  }
  load;
};
function namedBaselines(entries, env, key = "--baseline") {
  const split = splitBaseline(entries, key);
  if (split.corpora.length === 0) return { ...split, files: [] };
  if (corpusCli === void 0)
    throw new NeedsModule(
      `${key}: ${split.corpora[0].entry}: a named corpus; run it through the detlint executable (runCli)`,
      loadCorpusCli
    );
  return corpusCli.namedBaselines(entries, env, key);
}
var CONFIG_FLAG = {
  name: "config",
  value: "FILE",
  help: "settings file (default: .detlint.yml or .detlint.yaml, looked for from here up to\nthe repository root)"
};
var ATTACK_FLAG = {
  name: "attack",
  value: "FILE",
  help: "ATT&CK data: a table from `detlint attack import` or MITRE's STIX bundle\n(default `attack` from the config)"
};
function emit(text, output, io, flag = "--output") {
  if (output === void 0) return io.stdout(text);
  writeOutputFile(output, text, flag, io.cwd);
}
var MAX_FILE_SIZE_FLAG = {
  name: "max-file-size",
  value: "SIZE",
  help: "files larger than SIZE (bytes, or 512kB, 5MB) are not read: one\ndiagnostic each (default max-file-size from the config, else 5MB)"
};
var VERBOSE_FLAG = { name: "verbose", help: "list the files that are not rules, with the reason" };
function applyMaxFileSize(value, settings) {
  if (value !== void 0) settings.maxFileSize = parseSize(value, "--max-file-size");
}
function failOnNoRules(origin, noRules) {
  if (noRules.length === 0) return;
  const entry = noRules[0];
  const where = typeof origin === "string" ? origin : origin(entry);
  throw new UsageError(
    `${where}: ${JSON.stringify(entry)} yields no rule file (no .yml, .yaml or .toml file that is a rule; dot folders, node_modules and .gitignore'd files are not walked)`
  );
}
function reportCache(file, cache, io) {
  if (typeof file !== "string") return;
  if (cache.notice) io.stderr(`detlint: notice: ${cache.notice}
`);
  io.stderr(
    `detlint: catalog cache ${file}: ${cache.status} (${cache.reused} files reused, ${cache.parsed} parsed)
`
  );
}
function catalogFrom(command, dirs, catalogs, settings, io, cacheFile, onRule) {
  const progress2 = progressReporter(io, { label: "reading files" });
  const built = withProgress(
    progress2,
    (update) => buildCorpusCatalog(dirs, io.cwd, settings, cacheFile, update, onRule)
  );
  if (built.missing.length > 0) throw new UsageError(`no such file or folder: ${built.missing.join(", ")}`);
  failOnNoRules(command, built.noRules);
  reportCache(cacheFile, built.cache, io);
  reportFailures(built.failures, io);
  return mergeCatalogs([built.catalog, ...catalogs.map((file) => loadCatalogFile(file))]);
}
var CATALOG_SOURCE_FLAG = {
  name: "catalog",
  value: "FILE",
  multiple: true,
  help: "a catalog built by `detlint catalog build`; repeatable"
};
var BASELINE_SOURCE_FLAG = {
  name: "baseline",
  value: "DIR",
  multiple: true,
  help: "a folder of rules (or a fetched named corpus) to build the catalog from;\nrepeatable"
};
function pageLimit(value) {
  if (value === void 0) return DEFAULT_PAGE_LIMIT;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  throw new UsageError(`--limit: expected a whole number (0 for no limit), got ${JSON.stringify(value)}`);
}
var parseCommand = {
  name: "parse",
  usage: "PATH... [options]",
  summary: "read rule files and print each rule's techniques, indicators, exclusions and diagnostics",
  description: `Reads rule files into detlint's vendor-neutral form and prints each rule's techniques,
logsource, indicators and exclusions, and every diagnostic. A PATH is a file, a folder
(walked for .yml, .yaml and .toml files, without dot folders, node_modules and what
.gitignore ignores) or a glob; a PATH that exists is never read as a glob. A PATH that yields
no rule file is an error (exit 2); files that are not rules are counted (listed in JSON).
Exits 1 when a file has an error diagnostic.`,
  flags: [
    { name: "format", value: "FORMAT", help: "json | text (default text)" },
    { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its splunk macro and data-source folders` },
    MAX_FILE_SIZE_FLAG,
    VERBOSE_FLAG
  ],
  run({ values, positionals }, io) {
    const format = oneOf(values.format, ["json", "text"], "--format", "text");
    if (positionals.length === 0) throw usageError(this, "give at least one PATH");
    const settings = loadCliSettings(values.config, io.cwd);
    applyMaxFileSize(values["max-file-size"], settings);
    const failures = [];
    const result2 = parsePaths(positionals, io.cwd, readContext(settings, io.cwd), settings, failures);
    failOnNoRules("parse", result2.noRules);
    reportFailures(failures, io);
    if (format === "json") writeParseJson(result2, io.stdout);
    else io.stdout(renderParseText(result2, values.verbose === true));
    return result2.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  }
};
var CHECK_FORMATS = ["text", "json", "markdown", "sarif"];
var checkCommand = {
  name: "check",
  usage: "PATH... [options]",
  summary: "check rules against a catalog built from them, baselines and catalog files",
  description: `Checks the rules under PATH (files, folders or globs; folders are walked for .yml, .yaml
and .toml files, without dot folders, node_modules and what .gitignore ignores) against a
catalog built from the same PATHs plus every --baseline and --catalog file. The rule under
check never counts towards its own numbers; baseline files are never checked. A PATH or
baseline that yields no rule file is an error (exit 2); files that are not rules are
counted in the summary (listed with --verbose and in JSON).`,
  flags: [
    {
      name: "baseline",
      value: "DIR",
      multiple: true,
      help: "add a folder (or file, or glob) of rules to the catalog; repeatable"
    },
    {
      name: "catalog",
      value: "FILE",
      multiple: true,
      help: "merge a catalog built by `detlint catalog build`; repeatable"
    },
    CONFIG_FLAG,
    {
      name: "cache",
      value: "FILE",
      help: "catalog cache: reuse what unchanged files add to the catalog, parse only\nthe changed ones, and update FILE (keep it with actions/cache)"
    },
    { ...ATTACK_FLAG, help: `${ATTACK_FLAG.help}; turns on technique-unknown and
technique-revoked` },
    {
      name: "fail-on",
      value: "LEVEL",
      help: "error | warning | notice | none (default from the config, else error)"
    },
    { name: "format", value: "FORMAT", help: "text | json | markdown | sarif (default text)" },
    {
      name: "quiet",
      short: "q",
      help: "report errors only (warnings and notices still count for --fail-on)"
    },
    {
      name: "output",
      short: "o",
      value: "FILE",
      help: "write the report to FILE (its folder is created) instead of standard output"
    },
    MAX_FILE_SIZE_FLAG,
    VERBOSE_FLAG
  ],
  run({ values, positionals }, io) {
    const format = oneOf(values.format, CHECK_FORMATS, "--format", "text");
    if (positionals.length === 0) throw usageError(this, "give at least one PATH");
    const settings = loadCliSettings(values.config, io.cwd);
    if (typeof values["fail-on"] === "string") settings.failOn = parseFailOn(values["fail-on"], "--fail-on");
    applyMaxFileSize(values["max-file-size"], settings);
    const flagged = namedBaselines(strings(values.baseline), cliEnv(io));
    const configured = namedBaselines(settings.baseline, cliEnv(io), "baseline");
    const baselines = flagged.paths;
    const progress2 = progressReporter(io, { label: "reading files", disabled: values.quiet === true });
    const outcome = withProgress(
      progress2,
      (update) => runCheck({
        targets: positionals,
        corpus: positionals,
        baselines: [...baselines, ...configured.paths],
        catalogFiles: [...flagged.files, ...configured.files, ...strings(values.catalog)],
        settings,
        root: io.cwd,
        ...typeof values.cache === "string" ? { cacheFile: values.cache } : {},
        ...attackOption(values.attack, settings, io.cwd),
        progress: update
      })
    );
    reportCache(values.cache, outcome.cache, io);
    reportFailures(outcome.failures, io);
    const origin = (entry) => positionals.includes(entry) ? "check" : baselines.includes(entry) ? "--baseline" : "baseline (config)";
    const [missing] = outcome.missing;
    if (missing !== void 0)
      throw new UsageError(`${origin(missing)}: no such file or folder: ${JSON.stringify(missing)}`);
    failOnNoRules(origin, outcome.noRules);
    const report = values.quiet === true ? { ...outcome.report, findings: outcome.report.findings.filter((f) => f.severity === "error") } : outcome.report;
    const output = stringFlag(values.output);
    const text = format === "json" ? renderJson(report) : format === "sarif" ? renderSarifText(report, { toolVersion: VERSION }) : format === "markdown" ? renderSummary(report) : renderText(report, {
      color: output === void 0 && colorEnabled(values, io),
      verbose: values.verbose === true
    });
    emit(text, output, io);
    return report.summary.failed ? 1 : 0;
  }
};
var catalogBuildCommand = {
  name: "catalog build",
  usage: "DIR... -o FILE [options]",
  summary: "build a catalog file from folders of rules",
  description: "Builds a catalog (versioned JSON, deterministic bytes) from folders of rules.",
  flags: [
    {
      name: "output",
      short: "o",
      value: "FILE",
      help: "where to write the catalog (required; its folder is created)"
    },
    { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its ignore globs` },
    {
      name: "cache",
      value: "FILE",
      help: "catalog cache: parse only the files changed since FILE was written"
    },
    MAX_FILE_SIZE_FLAG
  ],
  run({ values, positionals }, io) {
    if (positionals.length === 0) throw usageError(this, "give at least one DIR");
    const output = stringFlag(values.output);
    if (output === void 0) throw usageError(this, "-o FILE is required");
    const cacheFile = stringFlag(values.cache);
    const settings = loadCliSettings(values.config, io.cwd);
    applyMaxFileSize(values["max-file-size"], settings);
    const catalog = catalogFrom("catalog build", positionals, [], settings, io, cacheFile);
    emit(serializeCatalog(catalog), output, io, "-o");
    io.stderr(
      `detlint: catalog of ${catalog.rules.length} rules and ${catalog.keys.size} keys written to ${output}
`
    );
    return 0;
  }
};
var catalogShowCommand = {
  name: "catalog show",
  usage: "TECHNIQUE (--catalog FILE | --baseline DIR...) [options]",
  summary: "print the catalog's page for an ATT&CK technique",
  description: `Prints the catalog's page for an ATT&CK technique (e.g. T1059.001), across vendors: the
technique's name and tactics, rules by vendor, events covered, fields filtered most, top
indicator values with their corpus reach, exclusions, and the rules themselves. A parent
technique (T1059) includes its sub-techniques' rules. Each rule counts once per row.`,
  flags: [
    CATALOG_SOURCE_FLAG,
    BASELINE_SOURCE_FLAG,
    { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its ignore globs and \`attack\`` },
    {
      ...ATTACK_FLAG,
      help: `${ATTACK_FLAG.help}; names the technique and its
tactics, and files revoked IDs under their replacements`
    },
    { name: "limit", value: "N", help: `rows per table (default ${DEFAULT_PAGE_LIMIT}; 0 for all)` },
    {
      name: "format",
      value: "FORMAT",
      help: "text | markdown | json (default text); json is the page as data"
    }
  ],
  run({ values, positionals }, io) {
    const format = oneOf(values.format, ["text", "markdown", "json"], "--format", "text");
    const limit = pageLimit(values.limit);
    if (positionals.length !== 1) throw usageError(this, "give exactly one TECHNIQUE");
    const technique = positionals[0];
    if (!/^T\d{4}(\.\d{3})?$/i.test(technique))
      throw new UsageError(
        `catalog show: TECHNIQUE: expected an ATT&CK ID like T1059 or T1059.001, got ${JSON.stringify(technique)}`
      );
    const named = namedBaselines(strings(values.baseline), cliEnv(io));
    const catalogs = [...named.files, ...strings(values.catalog)];
    const baselines = named.paths;
    if (catalogs.length === 0 && baselines.length === 0)
      throw usageError(this, "give --catalog FILE or --baseline DIR");
    const settings = loadCliSettings(values.config, io.cwd);
    const { attack } = attackOption(values.attack, settings, io.cwd);
    const catalog = withAttack(catalogFrom("--baseline", baselines, catalogs, settings, io), attack);
    const page = techniquePage(catalog, technique, limit);
    io.stdout(
      format === "markdown" ? renderPageMarkdown(page) : format === "json" ? `${JSON.stringify(page, null, 2)}
` : renderPageText(page)
    );
    return 0;
  }
};
var attackImportCommand = {
  name: "attack import",
  usage: "STIX.json -o FILE [options]",
  summary: "convert MITRE's ATT&CK STIX bundle into detlint's compact ATT&CK table",
  description: `Converts MITRE's ATT&CK Enterprise STIX bundle (2.0 or 2.1, e.g. enterprise-attack-18.1.json
from github.com/mitre-attack/attack-stix-data) into detlint's compact ATT&CK table: technique
names, tactics and descriptions (first paragraph), revoked \u2192 replacement, deprecated. The
output bytes depend only on the input. A compact table is accepted too, and written back in
canonical form.`,
  flags: [
    { name: "output", short: "o", value: "FILE", help: "where to write the table (required)" },
    {
      name: "attack-version",
      value: "VERSION",
      help: "the ATT&CK version to record (default: the bundle's collection version)"
    },
    {
      name: "moves",
      value: "FILE",
      help: "JSON with v18_to_v19 (technique moves) and v18_to_v19_tactics (tactic\nsplits) of the next ATT&CK version, added to the table"
    },
    { name: "source", value: "TEXT", help: "the table's source text (default: the bundle's file name)" }
  ],
  run({ values, positionals }, io) {
    if (positionals.length !== 1) throw usageError(this, "give exactly one STIX.json");
    const output = stringFlag(values.output);
    if (output === void 0) throw usageError(this, "-o FILE is required");
    const [input] = positionals;
    const doc = readJsonFile(path3.resolve(io.cwd, input), input);
    const version = stringFlag(values["attack-version"]);
    const moves = stringFlag(values.moves);
    const source = stringFlag(values.source);
    const table = importAttackData(doc, input, {
      ...version !== void 0 ? { attackVersion: version } : {},
      ...source !== void 0 ? { source } : {},
      ...moves !== void 0 ? { moves: { doc: readJsonFile(path3.resolve(io.cwd, moves), moves), file: moves } } : {}
    });
    emit(renderAttackTable(table), output, io, "-o");
    const all = Object.values(table.techniques);
    io.stderr(
      `detlint: ATT&CK v${table.attack_version} table of ${all.length} techniques (${all.filter((t) => t.revoked).length} revoked, ${all.filter((t) => t.deprecated).length} deprecated) written to ${output}
`
    );
    return 0;
  }
};
var SITE_SOURCE_FLAGS = [
  { name: "output", short: "o", value: "PATH", help: "where to write it (required; its folder is created)" },
  CATALOG_SOURCE_FLAG,
  BASELINE_SOURCE_FLAG,
  { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its ignore globs and \`attack\`` },
  {
    ...ATTACK_FLAG,
    help: `${ATTACK_FLAG.help}; technique names, tactics and
descriptions`
  },
  { name: "title", value: "TEXT", help: 'the title (default "detlint catalog")' }
];
async function loadNamed(values) {
  if (splitBaseline(strings(values.baseline), "--baseline").corpora.length > 0) await loadCorpusCli();
}
function siteContext(io) {
  return {
    usage: (message) => new UsageError(message),
    catalog: (values, onRule) => {
      const named = namedBaselines(strings(values.baseline), cliEnv(io));
      const settings = loadCliSettings(values.config, io.cwd);
      const { attack } = attackOption(values.attack, settings, io.cwd);
      const catalogs = [...named.files, ...strings(values.catalog)];
      return withAttack(
        catalogFrom("--baseline", named.paths, catalogs, settings, io, void 0, onRule),
        attack
      );
    },
    stderr: io.stderr,
    cwd: io.cwd
  };
}
var catalogSiteCommand = {
  name: "catalog site",
  usage: "(--catalog FILE | --baseline DIR...) -o DIR [options]",
  summary: "write the catalog as a static website (technique and rule pages, search)",
  description: `Writes the catalog as a static website into DIR: an index of techniques by tactic with a
search box, a page per technique (events, fields, top indicator values with their corpus
reach, exclusions, rules by vendor) and a page per rule (its logic, indicators, exclusions
and the rules most like it). Plain HTML, one stylesheet and one small script: it works from
file:// and from GitHub Pages, and the same catalog gives the same bytes. Rule logic trees
are shown for rules read from --baseline folders.`,
  flags: [
    ...SITE_SOURCE_FLAGS,
    {
      name: "source-url",
      value: "PATH=URL",
      multiple: true,
      help: "link rule pages to their source: a rule whose path starts with PATH links\nto URL + the rest of its path (e.g. sigma=https://github.com/SigmaHQ/sigma/blob/master);\nrepeatable"
    }
  ],
  run: needsRunCli,
  async runAsync(parsed, io) {
    const [{ runCatalogSite }] = await Promise.all([import("./chunks/command-SUQDCAYK.js"), loadNamed(parsed.values)]);
    io.stdout(runCatalogSite(parsed, siteContext(io)));
    return 0;
  }
};
var catalogNavigatorCommand = {
  name: "catalog navigator",
  usage: "(--catalog FILE | --baseline DIR...) -o FILE [options]",
  summary: "write an ATT&CK Navigator layer of the catalog",
  description: `Writes an ATT&CK Navigator layer (layer format 4.5): every technique with rules, scored by
its rules (a parent counts its sub-techniques' rules), with the rules per vendor in the
comment. Open it at https://mitre-attack.github.io/attack-navigator/ (Open Existing Layer).`,
  flags: [
    ...SITE_SOURCE_FLAGS,
    { name: "site-url", value: "URL", help: "the published site: each technique links to its page there" }
  ],
  run: needsRunCli,
  async runAsync(parsed, io) {
    const [{ runCatalogNavigator }] = await Promise.all([
      import("./chunks/command-SUQDCAYK.js"),
      loadNamed(parsed.values)
    ]);
    io.stdout(runCatalogNavigator(parsed, siteContext(io)));
    return 0;
  }
};
function cliEnv(io) {
  return io.env ?? process.env;
}
var CACHE_DIR_FLAG = {
  name: "cache-dir",
  value: "DIR",
  help: "cache folder (default $DETLINT_CACHE_DIR, else $XDG_CACHE_HOME/detlint,\nelse ~/.cache/detlint)"
};
function corpusCacheDir(values, io, corpus) {
  const dir = stringFlag(values["cache-dir"]);
  return dir !== void 0 ? path3.resolve(io.cwd, dir) : corpus.userCacheDir(cliEnv(io));
}
function corpusIO(io) {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    env: cliEnv(io),
    ...io.download ? { download: io.download } : {}
  };
}
function needsRunCli() {
  throw new UsageError(`${this.name}: run it through the detlint executable (runCli)`);
}
var corpusFetchCommand = {
  name: "corpus fetch",
  usage: "NAME[@REF]... [options]",
  summary: "download named public corpora into the cache, for --baseline NAME offline",
  description: `Downloads each named public corpus (${CORPUS_NAMES.join(", ")}) as a tarball through
the GitHub API (GITHUB_API_URL, default https://api.github.com; GITHUB_TOKEN or GH_TOKEN when
set), reads its rule folders into a catalog and keeps it in the cache folder: later runs use
\`--baseline NAME\` (or \`baseline: [NAME]\` in .detlint.yml) offline. Each corpus is pinned to
the commit this detlint release was measured on; NAME@REF picks another commit, tag or branch.`,
  flags: [CACHE_DIR_FLAG],
  run: needsRunCli,
  async runAsync({ values, positionals }, io) {
    const corpus = await loadCorpusCli();
    return corpus.corpusFetch(positionals, corpusCacheDir(values, io, corpus), corpusIO(io));
  }
};
var corpusListCommand = {
  name: "corpus list",
  usage: "[options]",
  summary: "list the named public corpora in the cache",
  description: "Lists the cached named corpora, one per line: name@ref, rules, catalog file.",
  flags: [CACHE_DIR_FLAG],
  run: needsRunCli,
  async runAsync({ values, positionals }, io) {
    if (positionals.length > 0) throw usageError(this, "takes no NAME");
    const corpus = await loadCorpusCli();
    return corpus.corpusList(corpusCacheDir(values, io, corpus), corpusIO(io));
  }
};
var COMMANDS = [
  parseCommand,
  checkCommand,
  catalogBuildCommand,
  catalogShowCommand,
  catalogSiteCommand,
  catalogNavigatorCommand,
  attackImportCommand,
  corpusFetchCommand,
  corpusListCommand,
  evalExclusionsCommand,
  evalNoisyCommand,
  initCommand
];
function mainHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join("\n");
  return `detlint ${VERSION} \u2014 lint detection rules against a catalog of rules

Usage: detlint COMMAND [options]

Commands:
${list}

Run \`detlint COMMAND --help\` for a command's usage and options.
Every command takes --color / --no-color (or NO_COLOR / FORCE_COLOR), -h, --help, and
--debug (the stack of every internal error on stderr).
Exit codes: 0 fine; 1 findings at or above --fail-on (parse: error diagnostics); 2 usage or
configuration error; 3 internal error.
`;
}
function runSpec(spec, args, io) {
  const parsed = parseCommandArgs(spec, args);
  if (parsed.values.help === true) return io.stdout(commandHelp(spec)), 0;
  return spec.run(parsed, io);
}
function dispatch(argv, io) {
  const [command, sub, ...rest] = argv;
  const single = COMMANDS.find((c) => c.name === command);
  if (single) return runSpec(single, argv.slice(1), io);
  const group = COMMANDS.filter((c) => c.name.startsWith(`${command} `));
  if (group.length > 0) {
    const spec = group.find((c) => c.name === `${command} ${sub}`);
    if (spec) return runSpec(spec, rest, io);
    if (sub === void 0 || sub === "--help" || sub === "-h") {
      io.stdout(group.map(commandHelp).join("\n"));
      return sub === void 0 ? 2 : 0;
    }
    const subs = group.map((c) => c.name.slice(command.length + 1));
    throw new UsageError(
      `${command}: unknown subcommand ${JSON.stringify(sub)} (expected ${subs.join(" or ")})`
    );
  }
  const names = [...new Set(COMMANDS.map((c) => c.name.split(" ")[0]))];
  throw new UsageError(
    `unknown command ${JSON.stringify(command)}${didYouMean(command, names)}

${mainHelp()}`
  );
}
function withDebug(argv, cli) {
  return {
    argv: argv.filter((a) => a !== "--debug"),
    io: { ...cli, debug: cli.debug === true || argv.includes("--debug") }
  };
}
function runSync(argv, io) {
  const [command] = argv;
  try {
    switch (command) {
      case "--version":
      case "-v":
        io.stdout(`${VERSION}
`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout(mainHelp());
        return 0;
      case void 0:
        io.stderr(mainHelp());
        return 2;
      default:
        return dispatch(argv, io);
    }
  } catch (err) {
    if (err instanceof NeedsModule) throw err;
    return failure(err, io);
  }
}
async function runCli(args, cli) {
  const { argv, io } = withDebug(args, cli);
  const spec = COMMANDS.find((c) => c.runAsync !== void 0 && c.name === argv.slice(0, 2).join(" "));
  try {
    if (spec?.runAsync === void 0) {
      for (let loads = 0; ; loads++)
        try {
          return runSync(argv, io);
        } catch (err) {
          if (!(err instanceof NeedsModule) || loads > 2) throw err;
          await err.load();
        }
    }
    const parsed = parseCommandArgs(spec, argv.slice(2));
    if (parsed.values.help === true) return io.stdout(commandHelp(spec)), 0;
    return await spec.runAsync(parsed, io);
  } catch (err) {
    return failure(err, io);
  }
}
function failure(err, io) {
  if (err instanceof UsageError || err instanceof ConfigError || err instanceof CatalogError || err instanceof AttackError || err instanceof OutputPathError) {
    io.stderr(`detlint: ${err.message}
`);
    return 2;
  }
  const msg = err instanceof Error ? (io.debug ? err.stack : err.message) ?? err.message : String(err);
  io.stderr(`detlint: internal error: ${msg}${io.debug ? "" : " (run with --debug for the stack)"}
`);
  return 3;
}

// src/cli.ts
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
void runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env
}).then((code) => {
  process.exitCode = code;
});
