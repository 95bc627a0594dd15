import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/version.ts
var VERSION, SOURCE_HASH;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
    SOURCE_HASH = true ? "4339e972b1bc0369" : "source";
  }
});

// src/text.ts
function quote(text2, max = 60) {
  const t = text2.length > max ? text2.slice(0, max - 1) + "\u2026" : text2;
  let out = "";
  for (const c of t) {
    const code2 = c.charCodeAt(0);
    if (c === "\n") out += "\\n";
    else if (c === "	") out += "\\t";
    else if (code2 < 32 || code2 === 127) out += "?";
    else if (c === "`") out += "'";
    else out += c;
  }
  return "`" + out + "`";
}
function ownCopy(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
var init_text = __esm({
  "src/text.ts"() {
    "use strict";
  }
});

// js-yaml-required:js-yaml
var require_js_yaml = __commonJS({
  "js-yaml-required:js-yaml"(exports, module) {
    module.exports = __require("js-yaml");
  }
});

// src/yaml/positioned.ts
function lineStarts(text2) {
  if (text2 !== lastText) {
    const starts = [0];
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
    lastText = text2;
    lastStarts = starts;
  }
  return lastStarts;
}
function isNullWord(value) {
  return value.length <= 4 && NULL_WORDS.has(value);
}
function lineText(text2, start) {
  const end = text2.indexOf("\n", start);
  return text2.slice(start, end === -1 ? text2.length : end);
}
function parseYaml(text2, options = {}) {
  const lines = new LineIndex(text2);
  let events;
  try {
    events = (0, import_js_yaml.parseEvents)(text2, { maxDepth: options.maxDepth ?? 100 });
  } catch (err) {
    return { documents: [], error: yamlProblem(err, lines), warnings: [], lines };
  }
  const builder = new Builder(text2, lines, options.maxAliasExpansion ?? 1e5, options.mergeKeys ?? false);
  let error;
  try {
    error = builder.build(events);
  } catch (err) {
    error = yamlProblem(err, lines);
  }
  if (error) return { documents: [], error, warnings: builder.warnings, lines };
  return { documents: builder.documents, error: null, warnings: builder.warnings, lines };
}
function yamlProblem(err, lines) {
  if (err instanceof import_js_yaml.YAMLException) {
    const mark = err.mark;
    const message4 = err.reason || err.message;
    if (mark) {
      const pos = typeof mark.position === "number" && mark.position >= 0 ? lines.position(mark.position) : { line: mark.line + 1, column: mark.column + 1 };
      return { message: message4, line: Math.max(1, pos.line), column: Math.max(1, pos.column) };
    }
    return { message: message4, line: 1, column: 1 };
  }
  const message3 = err instanceof Error ? err.message : String(err);
  return { message: message3, line: 1, column: 1 };
}
function scalarOffsetAt(text2, node, index) {
  if (node.contentStart < 0) return node.offset;
  const units = sourceUnits(text2, node);
  const value = node.value;
  let k = 0;
  const stop = Math.min(Math.max(index, 0), value.length);
  for (let i = 0; i < stop; i++) if (!isSpace(value.charCodeAt(i))) k++;
  return unitOffset(units, k, index >= value.length, node);
}
function scalarOffsetMapper(text2, node) {
  if (node.contentStart < 0) return () => node.offset;
  return unitMapper(sourceUnits(text2, node), node);
}
function unitMapper(units, node) {
  const value = node.value;
  const nonSpaceBefore = new Int32Array(value.length + 1);
  for (let i = 0; i < value.length; i++)
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (isSpace(value.charCodeAt(i)) ? 0 : 1);
  return (index) => unitOffset(units, nonSpaceBefore[Math.min(Math.max(index, 0), value.length)], index >= value.length, node);
}
function unitOffset(units, k, past, node) {
  if (past) {
    if (units.length === 0) return node.contentStart;
    const last2 = units[Math.min(k, units.length) - 1] ?? units[units.length - 1];
    return last2.offset + last2.width;
  }
  if (k < units.length) return units[k].offset;
  const last = units[units.length - 1];
  return last ? last.offset + last.width : node.contentStart;
}
function sourceUnits(text2, node) {
  const known = UNITS.get(node);
  if (known !== void 0) return known;
  const out = [];
  UNITS.set(node, out);
  const end = Math.min(node.contentEnd, text2.length);
  let i = node.contentStart;
  while (i < end) {
    const c = text2.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (node.style === "single" && c === 39 && text2.charCodeAt(i + 1) === 39) {
      out.push({ offset: i, width: 2 });
      i += 2;
      continue;
    }
    if (node.style === "double" && c === 92) {
      const width2 = escapeWidth(text2, i);
      if (DECODES_TO_SPACE.has(text2[i + 1])) {
        i += width2;
        continue;
      }
      out.push({ offset: i, width: width2 });
      i += width2;
      continue;
    }
    out.push({ offset: i, width: 1 });
    i++;
  }
  return out;
}
function escapeWidth(text2, i) {
  const n = text2[i + 1];
  if (n === "x") return 4;
  if (n === "u") return 6;
  if (n === "U") return 10;
  if (n === "\r" && text2[i + 2] === "\n") return 3;
  return 2;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
var import_js_yaml, BOM, lastText, lastStarts, LineIndex, NULL_WORDS, DOCUMENT, MAPPING, SEQUENCE, SCALAR, ALIAS, POP, scalarValue, STYLE_NAMES, Builder, UNITS, DECODES_TO_SPACE;
var init_positioned = __esm({
  "src/yaml/positioned.ts"() {
    "use strict";
    import_js_yaml = __toESM(require_js_yaml(), 1);
    BOM = 65279;
    lastText = null;
    lastStarts = [0];
    LineIndex = class {
      starts;
      bom;
      constructor(text2) {
        this.starts = lineStarts(text2);
        this.bom = text2.charCodeAt(0) === BOM;
      }
      /** The index in `starts` of the line found last: lookups mostly move forward a little. */
      hint = 0;
      /** The 1-based line of a 0-based offset (clamped to the text). */
      lineOf(offset) {
        const starts = this.starts;
        if (offset <= 0) return 1;
        let lo;
        let hi;
        let i = this.hint;
        if (starts[i] <= offset) {
          for (let step = 0; step < 4; step++) {
            if (i + 1 === starts.length || starts[i + 1] > offset) {
              this.hint = i;
              return i + 1;
            }
            i++;
          }
          lo = i;
          hi = starts.length - 1;
        } else {
          lo = 0;
          hi = i - 1;
        }
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        this.hint = lo;
        return lo + 1;
      }
      /** The 0-based offset where a 1-based line starts. */
      lineStart(line) {
        const i = Math.min(Math.max(line, 1), this.starts.length) - 1;
        return this.starts[i];
      }
      get lineCount() {
        return this.starts.length;
      }
      /** 1-based line and column. A byte-order mark does not count as a column. */
      position(offset) {
        const line = this.lineOf(offset);
        return { line, column: this.columnOf(offset, line) };
      }
      /** The 1-based column of an offset on its line (`lineOf(offset)`), as `position` gives it. */
      columnOf(offset, line) {
        const o = Math.max(0, offset);
        let column = o - this.starts[line - 1] + 1;
        if (line === 1 && this.bom && o > 0) column--;
        return column;
      }
    };
    NULL_WORDS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
    ({ DOCUMENT, MAPPING, SEQUENCE, SCALAR, ALIAS, POP } = import_js_yaml.EVENT_ID);
    scalarValue = import_js_yaml.getScalarValue;
    STYLE_NAMES = {
      [import_js_yaml.SCALAR_STYLE.PLAIN]: "plain",
      [import_js_yaml.SCALAR_STYLE.SINGLE_QUOTED]: "single",
      [import_js_yaml.SCALAR_STYLE.DOUBLE_QUOTED]: "double",
      [import_js_yaml.SCALAR_STYLE.LITERAL_BLOCK]: "literal",
      [import_js_yaml.SCALAR_STYLE.FOLDED_BLOCK]: "folded"
    };
    Builder = class {
      constructor(text2, lines, maxAliasExpansion, mergeKeys) {
        this.text = text2;
        this.lines = lines;
        this.mergeKeys = mergeKeys;
        this.aliasBudget = maxAliasExpansion;
      }
      text;
      lines;
      mergeKeys;
      documents = [];
      warnings = [];
      anchors = /* @__PURE__ */ new Map();
      sizes = /* @__PURE__ */ new Map();
      aliasBudget;
      stack = [];
      doc = null;
      /** End of the last thing with a source position, to place empty scalars. */
      lastEnd = 0;
      build(events) {
        for (const ev of events) {
          switch (ev.type) {
            case DOCUMENT:
              this.doc = { root: null, line: 0, explicitStart: ev.explicitStart };
              this.documents.push(this.doc);
              this.anchors.clear();
              this.stack = [
                { node: null, anchor: null, key: null, skipValue: false, hasKey: false, hasMerge: false }
              ];
              break;
            case MAPPING:
            case SEQUENCE: {
              const line = this.lines.lineOf(ev.start);
              const column = this.lines.columnOf(ev.start, line);
              const flow = ev.style === 2;
              const node = ev.type === MAPPING ? { kind: "map", entries: [], flow, line, column, offset: ev.start } : { kind: "seq", items: [], flow, line, column, offset: ev.start };
              if (ev.start > this.lastEnd) this.lastEnd = ev.start;
              this.stack.push({
                node,
                anchor: ev.anchorStart >= 0 ? this.text.slice(ev.anchorStart, ev.anchorEnd) : null,
                key: null,
                skipValue: false,
                hasKey: false,
                hasMerge: false
              });
              break;
            }
            case SCALAR: {
              const node = this.scalar(ev);
              if (ev.anchorStart >= 0) this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), node);
              this.attach(node);
              break;
            }
            case ALIAS: {
              const name = this.text.slice(ev.anchorStart, ev.anchorEnd);
              const target = this.anchors.get(name);
              const pos = this.lines.position(ev.anchorStart - 1);
              if (!target) return { message: `unknown alias *${name}`, ...pos };
              this.aliasBudget -= this.expandedSize(target);
              if (this.aliasBudget < 0)
                return { message: `aliases expand to too many nodes (alias *${name})`, ...pos };
              if (ev.anchorEnd > this.lastEnd) this.lastEnd = ev.anchorEnd;
              this.attach(target);
              break;
            }
            case POP: {
              const frame2 = this.stack.pop();
              if (!frame2 || !frame2.node) break;
              if (frame2.hasMerge && frame2.node.kind === "map") frame2.node.entries = this.merge(frame2.node.entries);
              if (frame2.anchor !== null) this.anchors.set(frame2.anchor, frame2.node);
              this.attach(frame2.node);
              break;
            }
          }
        }
        this.documents.forEach((d, i) => d.line = this.documentLine(d, i));
        return null;
      }
      scalar(ev) {
        const text2 = this.text;
        const style = STYLE_NAMES[ev.style] ?? "plain";
        const tag = ev.tagStart >= 0 ? text2.slice(ev.tagStart, ev.tagEnd) : null;
        const value = ev.valueStart >= 0 ? scalarValue(text2, ev) : "";
        let offset;
        if (ev.valueStart < 0) offset = this.emptyScalarOffset(ev);
        else if (style === "single" || style === "double") offset = ev.valueStart - 1;
        else if (style === "literal" || style === "folded")
          offset = this.blockScalarOffset(ev.valueStart, ev.valueEnd);
        else offset = ev.valueStart;
        if (ev.valueEnd > this.lastEnd) this.lastEnd = ev.valueEnd;
        const isNull = tag === null ? style === "plain" && isNullWord(value) : tag === "!!null" || tag.endsWith(":null");
        const line = this.lines.lineOf(offset);
        return {
          kind: "scalar",
          value,
          style,
          isNull,
          contentStart: ev.valueStart,
          contentEnd: ev.valueEnd,
          tag,
          line,
          column: this.lines.columnOf(offset, line),
          offset
        };
      }
      /** An empty value sits where its key is; an empty list item where its `-` is. */
      emptyScalarOffset(ev) {
        if (ev.tagStart >= 0) return ev.tagStart;
        if (ev.anchorStart >= 0) return ev.anchorStart - 1;
        const top = this.stack[this.stack.length - 1];
        if (top?.node?.kind === "map" && top.hasKey && top.key) return top.key.offset;
        const text2 = this.text;
        if (top?.node?.kind === "seq") {
          const dash = text2.indexOf("-", this.lastEnd);
          if (dash !== -1) {
            this.lastEnd = dash + 1;
            return dash;
          }
        }
        let i = this.lastEnd;
        while (i < text2.length && (text2[i] === " " || text2[i] === "\n" || text2[i] === "\r" || text2[i] === "	"))
          i++;
        return Math.min(i, text2.length);
      }
      /** A block scalar starts at its first content character, else at its `|`/`>` indicator. */
      blockScalarOffset(start, end) {
        const text2 = this.text;
        for (let i = start; i < end; i++) {
          const c = text2.charCodeAt(i);
          if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
        }
        for (let i = Math.min(start, text2.length) - 1; i >= 0; i--) {
          const c = text2[i];
          if (c === "|" || c === ">") return i;
        }
        return start;
      }
      attach(node) {
        const top = this.stack[this.stack.length - 1];
        if (!top) return;
        const parent = top.node;
        if (parent === null) {
          if (this.doc) this.doc.root = node;
          return;
        }
        if (parent.kind === "seq") {
          parent.items.push(node);
          return;
        }
        if (!top.hasKey) {
          top.hasKey = true;
          if (node.kind === "scalar") {
            top.key = node;
            if (this.mergeKeys && node.style === "plain" && node.value === "<<" && node.tag === null)
              top.hasMerge = true;
            top.skipValue = false;
          } else {
            top.key = null;
            top.skipValue = true;
            this.warnings.push({
              message: `a ${node.kind === "map" ? "mapping" : "sequence"} used as a mapping key is not supported; the entry is ignored`,
              line: node.line,
              column: node.column
            });
          }
          return;
        }
        if (!top.skipValue && top.key) parent.entries.push({ key: top.key, value: node });
        top.hasKey = false;
        top.key = null;
        top.skipValue = false;
      }
      /** Resolves `<<` entries (PyYAML's `flatten_mapping`). */
      merge(entries) {
        const merged = [];
        const own = [];
        for (const e of entries) {
          const k = e.key;
          if (!(k.value === "<<" && k.style === "plain" && k.tag === null)) {
            own.push(e);
            continue;
          }
          const sources = e.value.kind === "seq" ? e.value.items : [e.value];
          const maps = [];
          for (const src of sources) {
            if (src.kind === "map") maps.push(src);
            else
              this.warnings.push({
                message: "a merge key (`<<`) takes a map or a list of maps; this value is ignored",
                line: src.line,
                column: src.column
              });
          }
          for (let i = maps.length - 1; i >= 0; i--) merged.push(...maps[i].entries);
        }
        const all = [...merged, ...own];
        const last = /* @__PURE__ */ new Map();
        for (const e of merged) last.set(e.key.value, e);
        const ownEntries = new Set(own);
        const ownKeys = new Set(own.map((e) => e.key.value));
        const out = [];
        const seen = /* @__PURE__ */ new Set();
        for (const e of all) {
          const key = e.key.value;
          if (ownKeys.has(key)) {
            if (ownEntries.has(e)) out.push(e);
            continue;
          }
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(last.get(key) ?? e);
        }
        return out;
      }
      /** Number of nodes in the fully expanded tree under `node`, memoised. */
      expandedSize(node) {
        const known = this.sizes.get(node);
        if (known !== void 0) return known;
        let size = 1;
        if (node.kind === "seq") for (const item of node.items) size += this.expandedSize(item);
        else if (node.kind === "map") for (const e of node.entries) size += 1 + this.expandedSize(e.value);
        this.sizes.set(node, size);
        return size;
      }
      /**
       * A document's line: 1 for the first document, else the line of the `---` before its
       * content (searched backwards over blank and comment lines), else the content's line.
       */
      documentLine(doc, index) {
        const root = doc.root;
        if (index === 0 || !root) return index === 0 ? 1 : this.lines.lineCount;
        const text2 = this.text;
        for (let line = root.line; line >= 1; line--) {
          const start = this.lines.lineStart(line);
          if (text2.startsWith("---", start)) return line;
          if (start < root.offset && line < root.line && !/^\s*(#.*)?$/.test(lineText(text2, start))) break;
        }
        return root.line;
      }
    };
    UNITS = /* @__PURE__ */ new WeakMap();
    DECODES_TO_SPACE = /* @__PURE__ */ new Set(["\n", "\r", "t", "n", "r", " ", "	"]);
  }
});

// src/ir.ts
function and(children) {
  return children.length === 1 ? children[0] : { kind: "and", children };
}
function or(children) {
  return children.length === 1 ? children[0] : { kind: "or", children };
}
function predicates(expr, out = []) {
  switch (expr.kind) {
    case "pred":
      out.push(expr);
      break;
    case "and":
    case "or":
      for (const c of expr.children) predicates(c, out);
      break;
    case "not":
      predicates(expr.child, out);
      break;
    case "opaque":
      break;
  }
  return out;
}
function splitExclusions(expr) {
  const conjuncts = expr.kind === "and" ? expr.children : [expr];
  const positive = [];
  const exclusions2 = [];
  for (const c of conjuncts) {
    if (c.kind === "not") exclusions2.push(c.child);
    else positive.push(c);
  }
  return { positive: positive.length === 0 ? null : and(positive), exclusions: exclusions2 };
}
function keyPredicates(expr) {
  return predicates(expr).filter((p) => p.derived !== true);
}
function indicators(rule) {
  const out = [];
  for (const q of rule.queries) {
    const { positive } = splitExclusions(q.expr);
    if (positive) for (const pred of keyPredicates(positive)) out.push({ pred, label: q.label });
  }
  return out;
}
function exclusions(rule) {
  const out = [];
  for (const q of rule.queries) {
    for (const ex of splitExclusions(q.expr).exclusions)
      for (const pred of keyPredicates(ex)) out.push({ pred, label: q.label });
  }
  return out;
}
var VENDORS;
var init_ir = __esm({
  "src/ir.ts"() {
    "use strict";
    VENDORS = ["sigma", "elastic", "splunk"];
  }
});

// src/normalize/field-map.ts
var EVENT_DATA_PREFIX, REGISTRY_CATEGORIES, FILE_CATEGORIES, EVENT_CATEGORIES, WINDOWS_EVENT_FIELDS, NON_EVENT_LOG_SERVICES, LOG_FIELDS, CIM_FIELDS, CIM_DATASET_FIELDS, CIM_ROOT_DATASETS, CIM_CATEGORY_DATASETS, SPLUNK_RAW_FIELDS, ELASTIC_FIELDS;
var init_field_map = __esm({
  "src/normalize/field-map.ts"() {
    "use strict";
    EVENT_DATA_PREFIX = "winlog.event_data.";
    REGISTRY_CATEGORIES = [
      "registry_add",
      "registry_delete",
      "registry_event",
      "registry_rename",
      "registry_set"
    ];
    FILE_CATEGORIES = [
      "create_stream_hash",
      "file_access",
      "file_block_executable",
      "file_block_shredding",
      "file_change",
      "file_delete",
      "file_delete_detected",
      "file_event",
      "file_executable_detected",
      "file_rename",
      "raw_access_read"
    ];
    EVENT_CATEGORIES = [
      "process_creation",
      "process_termination",
      "network_connection",
      "dns_query",
      "image_load",
      "driver_load",
      "process_access",
      "create_remote_thread",
      "pipe_created",
      "raw_access_thread",
      ...FILE_CATEGORIES,
      ...REGISTRY_CATEGORIES
    ];
    WINDOWS_EVENT_FIELDS = [
      {
        about: "Common to every Windows event (Sysmon, Security, System, ...)",
        fields: {
          EventID: "event.code",
          Channel: "winlog.channel",
          Provider_Name: "winlog.provider_name",
          Computer: "host.name",
          // pySigma splunk: Computer \u2192 <dataset>.dest
          ComputerName: "host.name",
          // pySigma: winlog.computer_name, an alias of the host name
          User: "user.name",
          // Sysmon: the process behind the event
          Image: "process.executable",
          CommandLine: "process.command_line",
          CurrentDirectory: "process.working_directory",
          ProcessId: "process.pid",
          ProcessGuid: "process.entity_id",
          ParentImage: "process.parent.executable",
          ParentCommandLine: "process.parent.command_line",
          ParentProcessId: "process.parent.pid",
          ParentProcessGuid: "process.parent.entity_id",
          Hashes: "winlog.event_data.Hashes",
          // pySigma: no ECS name (the Sysmon `SHA256=\u2026,IMPHASH=\u2026` list)
          IntegrityLevel: "winlog.event_data.IntegrityLevel",
          TargetFilename: "file.path",
          FileName: "file.path",
          // file_access (Kernel-File ETW) and Security object access
          Device: "file.path",
          // raw_access_thread
          QueryName: "dns.question.name",
          // Sysmon 22, DNS Client 3008
          SourceIp: "source.ip",
          SourcePort: "source.port",
          SourceHostname: "source.domain",
          DestinationIp: "destination.ip",
          DestinationPort: "destination.port",
          DestinationHostname: "destination.domain",
          DestinationPortName: "network.protocol",
          // PowerShell 4104 / 4103 and classic 400/800 (pySigma maps Payload like ScriptBlockText)
          ScriptBlockText: "powershell.file.script_block_text",
          ScriptBlockId: "powershell.file.script_block_id",
          Payload: "powershell.file.script_block_text",
          HostApplication: "process.command_line",
          ScriptName: "file.path",
          CommandName: "powershell.command.name",
          CommandPath: "powershell.command.path",
          CommandType: "powershell.command.type",
          // Security audit events (4688 process creation, 4624/4625 logon, 5156 WFP, 4697, ...)
          NewProcessName: "process.executable",
          NewProcessId: "process.pid",
          ParentProcessName: "process.parent.executable",
          // pySigma: process.parent.name, but 4688 gives a full path
          ProcessName: "process.executable",
          Application: "process.executable",
          // 5156/5157
          SubjectUserName: "user.name",
          SubjectDomainName: "user.domain",
          SubjectUserSid: "user.id",
          SubjectLogonId: "winlog.logon.id",
          AccountName: "user.name",
          AccountDomain: "user.domain",
          IpAddress: "source.ip",
          IpPort: "source.port",
          WorkstationName: "source.domain",
          ClientAddress: "source.ip",
          ClientName: "source.domain",
          SourceAddress: "source.ip",
          DestAddress: "destination.ip",
          DestPort: "destination.port",
          // Services: Security 4697 and System 7045 (pySigma scopes this row to Security; Elastic
          // writes `service.name` for both)
          ServiceName: "service.name"
        }
      },
      {
        about: "Process creation (Sysmon 1, Security 4688): PE metadata of the new process",
        categories: ["process_creation"],
        fields: {
          OriginalFileName: "process.pe.original_file_name",
          Description: "process.pe.description",
          Product: "process.pe.product",
          Company: "process.pe.company",
          FileVersion: "process.pe.file_version"
        }
      },
      {
        about: "Image and driver loads (Sysmon 7, 6): the loaded module, under dll.* as Elastic Defend has it",
        categories: ["image_load", "driver_load"],
        fields: {
          ImageLoaded: "dll.path",
          // pySigma: file.path; Elastic library/driver rules use dll.*
          OriginalFileName: "dll.pe.original_file_name",
          Description: "dll.pe.description",
          Product: "dll.pe.product",
          Company: "dll.pe.company",
          FileVersion: "dll.pe.file_version",
          Signed: "dll.code_signature.exists",
          // pySigma: file.code_signature.signed, not an ECS field
          Signature: "dll.code_signature.subject_name",
          SignatureStatus: "dll.code_signature.status"
        }
      },
      {
        about: "Process access and remote threads (Sysmon 10, 8): the source process is the actor",
        categories: ["process_access", "create_remote_thread"],
        fields: {
          SourceImage: "process.executable",
          SourceProcessId: "process.pid",
          SourceProcessGuid: "process.entity_id",
          SourceProcessGUID: "process.entity_id",
          SourceThreadId: "process.thread.id",
          SourceCommandLine: "process.command_line",
          // pySigma has no ECS names for the target or the access mask
          TargetImage: "winlog.event_data.TargetImage",
          GrantedAccess: "winlog.event_data.GrantedAccess",
          CallTrace: "winlog.event_data.CallTrace"
        }
      },
      {
        about: "Registry events (Sysmon 12-14)",
        categories: REGISTRY_CATEGORIES,
        fields: {
          TargetObject: "registry.path",
          Details: "registry.data.strings"
          // pySigma: winlog.event_data.Details; Elastic writes registry.data.strings
        }
      },
      {
        about: "Network connections (Sysmon 3)",
        categories: ["network_connection"],
        fields: {
          Initiated: "network.direction",
          Protocol: "network.transport"
        }
      },
      {
        about: "Named pipes (Sysmon 17, 18)",
        categories: ["pipe_created"],
        fields: { PipeName: "file.name" }
      },
      {
        about: "PowerShell script blocks (4104): the script file",
        categories: ["ps_script"],
        fields: { Path: "file.path" }
        // Winlogbeat's powershell module; Elastic rules use file.path
      },
      {
        about: "File rename (Kernel-File ETW)",
        categories: ["file_rename"],
        fields: { FilePath: "file.path" }
      }
    ];
    NON_EVENT_LOG_SERVICES = ["iis"];
    LOG_FIELDS = [
      {
        about: "Proxy logs (Sigma `category: proxy`, W3C-style names)",
        categories: ["proxy"],
        fields: {
          "c-uri": "url.original",
          "cs-uri": "url.original",
          "c-uri-query": "url.query",
          "cs-uri-query": "url.query",
          "c-uri-stem": "url.path",
          "cs-uri-stem": "url.path",
          "c-uri-extension": "url.extension",
          "c-useragent": "user_agent.original",
          "cs-host": "url.domain",
          "cs-method": "http.request.method",
          "cs-referrer": "http.request.referrer",
          "sc-status": "http.response.status_code",
          "cs-bytes": "http.request.bytes",
          "sc-bytes": "http.response.bytes",
          "cs-version": "http.version",
          "r-dns": "destination.domain",
          src_ip: "source.ip",
          dst_ip: "destination.ip"
        }
      },
      {
        about: "Web server access logs (Sigma `category: webserver`, Windows `service: iis`, W3C names)",
        categories: ["webserver"],
        services: ["iis"],
        fields: {
          "cs-uri-query": "url.query",
          "cs-uri-stem": "url.path",
          "cs-method": "http.request.method",
          "sc-status": "http.response.status_code",
          "cs-user-agent": "user_agent.original",
          "cs-referer": "http.request.referrer",
          "cs-host": "url.domain",
          "cs-username": "user.name",
          "c-ip": "source.ip",
          "s-ip": "destination.ip",
          "s-port": "destination.port",
          "cs-bytes": "http.request.bytes",
          "sc-bytes": "http.response.bytes",
          "cs-version": "http.version"
        }
      },
      {
        about: "DNS logs (Sigma `category: dns`, Zeek `service: dns`)",
        categories: ["dns"],
        services: ["dns"],
        fields: {
          query: "dns.question.name",
          answer: "dns.answers.data",
          record_type: "dns.question.type"
        }
      },
      {
        about: "GitHub audit log (Sigma `product: github, service: audit`; Elastic github integration names)",
        services: ["audit"],
        fields: { action: "event.action" }
      },
      {
        about: "AWS CloudTrail records (Elastic aws.cloudtrail integration names)",
        services: ["cloudtrail"],
        fields: {
          eventName: "event.action",
          eventSource: "event.provider",
          errorCode: "aws.cloudtrail.error_code",
          errorMessage: "aws.cloudtrail.error_message",
          eventType: "aws.cloudtrail.event_type",
          sourceIPAddress: "source.ip",
          userAgent: "user_agent.original",
          awsRegion: "cloud.region",
          recipientAccountId: "cloud.account.id",
          "userIdentity.type": "aws.cloudtrail.user_identity.type",
          "userIdentity.arn": "aws.cloudtrail.user_identity.arn",
          "userIdentity.invokedBy": "aws.cloudtrail.user_identity.invoked_by",
          "userIdentity.accessKeyId": "aws.cloudtrail.user_identity.access_key_id"
        }
      }
    ];
    CIM_FIELDS = {
      process_name: "process.name",
      process_exec: "process.name",
      process_path: "process.executable",
      process_id: "process.pid",
      process_guid: "process.entity_id",
      process_hash: "winlog.event_data.Hashes",
      // Splunk data_sources: Hashes \u2192 Processes.process_hash
      process_current_directory: "process.working_directory",
      process_integrity_level: "winlog.event_data.IntegrityLevel",
      original_file_name: "process.pe.original_file_name",
      parent_process: "process.parent.command_line",
      parent_process_name: "process.parent.name",
      parent_process_exec: "process.parent.name",
      parent_process_path: "process.parent.executable",
      parent_process_id: "process.parent.pid",
      parent_process_guid: "process.parent.entity_id",
      user: "user.name",
      file_name: "file.name",
      file_path: "file.path",
      file_extension: "file.extension",
      registry_path: "registry.path",
      registry_key_name: "registry.path",
      // pySigma maps TargetObject here; the corpus prefers registry_path
      registry_value_name: "registry.value",
      registry_value_data: "registry.data.strings",
      dest_ip: "destination.ip",
      dest_port: "destination.port",
      src_ip: "source.ip",
      src_port: "source.port",
      http_user_agent: "user_agent.original",
      service_name: "service.name",
      // Sysmon add-on aliases
      granted_access: "winlog.event_data.GrantedAccess",
      loaded_file: "dll.name",
      loaded_file_path: "dll.path"
    };
    CIM_DATASET_FIELDS = {
      Processes: { process: "process.command_line", dest: "host.name" },
      Filesystem: { dest: "host.name" },
      Registry: { dest: "host.name" },
      Services: { dest: "host.name" },
      All_Traffic: {
        app: "network.protocol",
        // the application protocol (smb, tor), not the program
        transport: "network.transport",
        direction: "network.direction"
      },
      DNS: {
        query: "dns.question.name",
        answer: "dns.answers.data",
        record_type: "dns.question.type",
        reply_code: "dns.response_code"
      },
      Web: {
        url: "url.original",
        url_domain: "url.domain",
        uri_path: "url.path",
        uri_query: "url.query",
        http_method: "http.request.method",
        http_referrer: "http.request.referrer",
        status: "http.response.status_code"
      }
    };
    CIM_ROOT_DATASETS = {
      Network_Traffic: "All_Traffic",
      Network_Resolution: "DNS",
      Change: "All_Changes",
      Risk: "All_Risk",
      Web: "Web",
      Authentication: "Authentication",
      Email: "All_Email",
      Intrusion_Detection: "IDS_Attacks"
    };
    CIM_CATEGORY_DATASETS = {
      process_creation: "Processes",
      ...Object.fromEntries(FILE_CATEGORIES.map((c) => [c, "Filesystem"])),
      ...Object.fromEntries(REGISTRY_CATEGORIES.map((c) => [c, "Registry"])),
      network_connection: "All_Traffic",
      dns_query: "DNS",
      proxy: "Web",
      webserver: "Web"
    };
    SPLUNK_RAW_FIELDS = {
      EventCode: "event.code",
      Process_Command_Line: "process.command_line",
      New_Process_Name: "process.executable",
      Creator_Process_Name: "process.parent.executable",
      Logon_Type: "winlog.event_data.LogonType",
      Message: "message"
    };
    ELASTIC_FIELDS = {
      "process.name.caseless": "process.name",
      // the endpoint's case-folded copy of process.name
      "winlog.event_id": "event.code",
      "winlog.computer_name": "host.name"
    };
  }
});

// src/normalize/fields.ts
function compileScoped(tables2) {
  const all = /* @__PURE__ */ new Map();
  for (const t of tables2)
    if (!t.categories && !t.services) for (const [k, v] of Object.entries(t.fields)) all.set(k, v);
  const byCategory = /* @__PURE__ */ new Map();
  for (const t of tables2)
    for (const c of t.categories ?? []) {
      const m = new Map(byCategory.get(c) ?? all);
      for (const [k, v] of Object.entries(t.fields)) m.set(k, v);
      byCategory.set(c, m);
    }
  return { all, byCategory };
}
function eventData(field) {
  let name = eventDataNames.get(field);
  if (name === void 0) {
    name = EVENT_DATA_PREFIX + field;
    eventDataNames.set(field, name);
  }
  return name;
}
function splunkDataset(logsource) {
  const model = logsource.dataModel;
  if (model === void 0)
    return logsource.category === void 0 ? null : CIM_BY_CATEGORY.get(logsource.category) ?? null;
  let dataset = datasets.get(model);
  if (dataset === void 0) {
    const dot = model.lastIndexOf(".");
    dataset = dot === -1 ? CIM_ROOTS.get(model) ?? null : model.slice(dot + 1);
    datasets.set(model, dataset);
  }
  return dataset;
}
function eventTable(logsource) {
  return logsource.category !== void 0 && EVENT.byCategory.get(logsource.category) || EVENT.all;
}
function logTable(logsource) {
  return (logsource.category !== void 0 ? LOG_BY_CATEGORY.get(logsource.category) : void 0) ?? (logsource.service !== void 0 ? LOG_BY_SERVICE.get(logsource.service) : void 0);
}
function usesEventNames(logsource) {
  return logsource.product === "windows" || logsource.category !== void 0 && EVENT_CATEGORY_SET.has(logsource.category);
}
function canonicalField(vendor, logsource, sourceField) {
  switch (vendor) {
    case "sigma":
      return sigmaField(logsource, sourceField);
    case "elastic":
      return elasticField(logsource, sourceField);
    case "splunk":
      return splunkField(logsource, sourceField);
  }
}
function sigmaField(logsource, field) {
  const log = logTable(logsource)?.get(field);
  if (log !== void 0) return log;
  if (!usesEventNames(logsource)) return field;
  const mapped = eventTable(logsource).get(field);
  if (mapped !== void 0) return mapped;
  return logsource.product === "windows" && !(logsource.service !== void 0 && NON_EVENT_LOG.has(logsource.service)) && SIGMA_EVENT_DATA_NAME.test(field) ? eventData(field) : field;
}
function elasticField(logsource, field) {
  const alias = ELASTIC.get(field);
  if (alias !== void 0) return alias;
  if (field.startsWith(EVENT_DATA_PREFIX)) {
    const mapped = eventTable(logsource).get(field.slice(EVENT_DATA_PREFIX.length));
    if (mapped !== void 0) return mapped;
  }
  return field;
}
function splunkField(logsource, field) {
  const lower2 = field.toLowerCase();
  const dataset = splunkDataset(logsource);
  const cim = (dataset !== null ? CIM_BY_DATASET.get(dataset)?.get(lower2) : void 0) ?? CIM_ANY.get(lower2);
  if (cim !== void 0) return cim;
  const raw = SPLUNK_RAW.get(field) ?? logTable(logsource)?.get(field);
  if (raw !== void 0) return raw;
  if (!usesEventNames(logsource)) return field;
  const mapped = eventTable(logsource).get(field);
  if (mapped !== void 0) return mapped;
  return logsource.product === "windows" && logsource.dataModel === void 0 && SPLUNK_EVENT_DATA_NAME.test(field) ? eventData(field) : field;
}
function isScopeField(field) {
  return field !== null && SCOPE_FIELDS.has(field.toLowerCase());
}
var EVENT, EVENT_CATEGORY_SET, NON_EVENT_LOG, LOG_BY_CATEGORY, LOG_BY_SERVICE, lowerKeys, CIM_ANY, CIM_BY_DATASET, CIM_BY_CATEGORY, CIM_ROOTS, SPLUNK_RAW, ELASTIC, SIGMA_EVENT_DATA_NAME, SPLUNK_EVENT_DATA_NAME, eventDataNames, datasets, SCOPE_FIELDS;
var init_fields = __esm({
  "src/normalize/fields.ts"() {
    "use strict";
    init_field_map();
    EVENT = compileScoped(WINDOWS_EVENT_FIELDS);
    EVENT_CATEGORY_SET = new Set(EVENT_CATEGORIES);
    NON_EVENT_LOG = new Set(NON_EVENT_LOG_SERVICES);
    LOG_BY_CATEGORY = /* @__PURE__ */ new Map();
    LOG_BY_SERVICE = /* @__PURE__ */ new Map();
    for (const t of LOG_FIELDS) {
      const m = new Map(Object.entries(t.fields));
      for (const c of t.categories ?? []) LOG_BY_CATEGORY.set(c, m);
      for (const s of t.services ?? []) LOG_BY_SERVICE.set(s, m);
    }
    lowerKeys = (r) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));
    CIM_ANY = lowerKeys(CIM_FIELDS);
    CIM_BY_DATASET = new Map(Object.entries(CIM_DATASET_FIELDS).map(([d, r]) => [d, lowerKeys(r)]));
    CIM_BY_CATEGORY = new Map(Object.entries(CIM_CATEGORY_DATASETS));
    CIM_ROOTS = new Map(Object.entries(CIM_ROOT_DATASETS));
    SPLUNK_RAW = new Map(Object.entries(SPLUNK_RAW_FIELDS));
    ELASTIC = new Map(Object.entries(ELASTIC_FIELDS));
    SIGMA_EVENT_DATA_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
    SPLUNK_EVENT_DATA_NAME = /^(?:[A-Z][A-Za-z0-9]*|param[0-9]+)$/;
    eventDataNames = /* @__PURE__ */ new Map();
    datasets = /* @__PURE__ */ new Map();
    SCOPE_FIELDS = new Set(
      [
        "host.os.type",
        "host.os.family",
        "host.os.platform",
        "os.type",
        "event.category",
        "event.type",
        "event.kind",
        "event.module",
        "event.dataset",
        "event.provider",
        "event.code",
        "data_stream.dataset",
        "winlog.channel",
        "winlog.provider_name",
        "EventID",
        "EventCode",
        "Channel",
        "Provider_Name",
        "index",
        "source",
        "sourcetype",
        "eventtype"
      ].map((f) => f.toLowerCase())
    );
  }
});

// src/wildcard.ts
function parsePattern(text2) {
  const parts = [];
  let lit = "";
  let run8 = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === BACKSLASH) {
      const n = text2.charCodeAt(i + 1);
      if (n === STAR || n === QUESTION || n === BACKSLASH) {
        lit += text2.slice(run8, i);
        run8 = ++i;
      }
    } else if (c === STAR || c === QUESTION) {
      lit += text2.slice(run8, i);
      if (lit) parts.push({ lit });
      lit = "";
      parts.push(c === STAR ? "*" : "?");
      run8 = i + 1;
    }
  }
  lit += text2.slice(run8);
  if (lit) parts.push({ lit });
  return parts;
}
function buildPattern(parts) {
  let out = "";
  for (const p of parts) {
    if (p === "*" || p === "?") out += p;
    else out += escapeLiteral(p.lit);
  }
  return out;
}
function escapeLiteral(lit) {
  let out = "";
  let run8 = 0;
  for (let i = 0; i < lit.length; i++) {
    const c = lit.charCodeAt(i);
    let escape = c === STAR || c === QUESTION;
    if (c === BACKSLASH) {
      const n = lit.charCodeAt(i + 1);
      escape = i + 1 === lit.length || n === STAR || n === QUESTION || n === BACKSLASH;
    }
    if (escape) {
      out += lit.slice(run8, i) + "\\";
      run8 = i;
    }
  }
  return out === "" ? lit : out + lit.slice(run8);
}
function hasWildcard(parts) {
  return parts.some((p) => p === "*" || p === "?");
}
function literalText(parts) {
  return parts.map((p) => typeof p === "object" ? p.lit : p).join("");
}
function normalizeParts(parts) {
  const out = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === "object" && last !== void 0 && typeof last === "object") {
      out[out.length - 1] = { lit: last.lit + p.lit };
    } else if (p === "*" && last === "*") {
      continue;
    } else if (typeof p === "object" && p.lit === "") {
      continue;
    } else {
      out.push(p);
    }
  }
  return out;
}
function wildcardMatches(pattern3, text2, caseSensitive) {
  return piecesMatch(piecesOf(pattern3, caseSensitive), caseSensitive ? text2 : text2.toLowerCase());
}
function piecesOf(pattern3, caseSensitive) {
  const key = `${caseSensitive ? "s" : "i"}${pattern3}`;
  let pieces = PIECES.get(key);
  if (pieces === void 0) {
    const out = [[]];
    for (const p of parsePattern(pattern3)) {
      if (p === "*") out.push([]);
      else out[out.length - 1].push(p === "?" ? p : { lit: caseSensitive ? p.lit : p.lit.toLowerCase() });
    }
    if (PIECES.size >= MAX_PIECES) PIECES.clear();
    PIECES.set(key, pieces = out);
  }
  return pieces;
}
function starMatches(pattern3, text2) {
  return piecesMatch(
    pattern3.split("*").map((lit) => lit === "" ? [] : [{ lit }]),
    text2
  );
}
function piecesMatch(pieces, subject) {
  const first = pieces[0];
  if (pieces.length === 1) return pieceLength(first) === subject.length && pieceAt(first, subject, 0);
  const last = pieces[pieces.length - 1];
  const end = subject.length - pieceLength(last);
  if (end < pieceLength(first) || !pieceAt(first, subject, 0) || !pieceAt(last, subject, end)) return false;
  let at = pieceLength(first);
  for (let k = 1; k < pieces.length - 1; k++) {
    const found = findPiece(pieces[k], subject, at, end);
    if (found === -1) return false;
    at = found + pieceLength(pieces[k]);
  }
  return true;
}
function pieceLength(piece) {
  let n = 0;
  for (const p of piece) n += typeof p === "object" ? p.lit.length : 1;
  return n;
}
function pieceAt(piece, text2, at) {
  for (const p of piece) {
    if (typeof p === "object") {
      if (!text2.startsWith(p.lit, at)) return false;
      at += p.lit.length;
    } else if (at++ >= text2.length) return false;
  }
  return true;
}
function findPiece(piece, text2, from, to) {
  const n = pieceLength(piece);
  if (piece.length === 1 && typeof piece[0] === "object") {
    const i = text2.indexOf(piece[0].lit, from);
    return i !== -1 && i + n <= to ? i : -1;
  }
  for (let i = from; i + n <= to; i++) if (pieceAt(piece, text2, i)) return i;
  return -1;
}
var BACKSLASH, STAR, QUESTION, PIECES, MAX_PIECES;
var init_wildcard = __esm({
  "src/wildcard.ts"() {
    "use strict";
    BACKSLASH = 92;
    STAR = 42;
    QUESTION = 63;
    PIECES = /* @__PURE__ */ new Map();
    MAX_PIECES = 2e4;
  }
});

// src/hash.ts
import { createRequire } from "node:module";
function load() {
  return crypto ??= createRequire(import.meta.url)("node:crypto");
}
function createHash(algorithm) {
  return load().createHash(algorithm);
}
function randomBytes(size) {
  return load().randomBytes(size);
}
var crypto;
var init_hash = __esm({
  "src/hash.ts"() {
    "use strict";
  }
});

// src/source-file.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  statSync as statSync2
} from "node:fs";
function problem(code2, message3) {
  return { ok: false, code: code2, message: message3 };
}
function errorCode(err) {
  return err?.code ?? "";
}
function errorText(err) {
  return err instanceof Error ? err.message : String(err);
}
function formatBytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} kB`;
  return `${n} bytes`;
}
function kindOf(st) {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  if (st.isDirectory()) return "a folder";
  return "not a regular file";
}
function notRegular(st) {
  return problem("io/not-regular", `${kindOf(st)}, not a regular file: not read`);
}
function tooLarge(size, max) {
  return problem(
    "io/too-large",
    `${size}, more than the size limit of ${formatBytes(max)} (max-file-size): not read`
  );
}
function statLink(file) {
  try {
    return statSync2(file);
  } catch (err) {
    if (errorCode(err) === "ELOOP")
      return problem(
        "io/symlink-loop",
        "a symbolic link loop: the link resolves to itself through other links"
      );
    if (errorCode(err) === "ENOENT" || errorCode(err) === "ENOTDIR") {
      let target = "";
      try {
        target = ` (to ${JSON.stringify(readlinkSync(file))})`;
      } catch {
      }
      return problem("io/broken-symlink", `a broken symbolic link${target}: its target does not exist`);
    }
    return problem("io/unreadable", `cannot read the file: ${errorText(err)}`);
  }
}
function inspect(file) {
  let st;
  try {
    st = lstatSync(file);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return problem("io/missing", "no such file");
    return problem("io/unreadable", `cannot read the file: ${errorText(err)}`);
  }
  return st.isSymbolicLink() ? statLink(file) : st;
}
function isStats(v) {
  return !("ok" in v);
}
function statFingerprint(file, maxBytes = DEFAULT_MAX_FILE_SIZE) {
  let st;
  try {
    st = statSync2(file, { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (st === void 0 || !st.isFile() || st.size > maxBytes) return null;
  return fingerprintOf2(st);
}
function fingerprintOf2(st) {
  return `${st.size}:${st.mtimeMs}`;
}
function readSourceBytes(file, maxBytes = DEFAULT_MAX_FILE_SIZE) {
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS | NO_FOLLOW);
  } catch {
    return readCarefully(file, maxBytes);
  }
  return readOpen(fd, maxBytes, true);
}
function readCarefully(file, maxBytes) {
  const before = inspect(file);
  if (!isStats(before)) return before;
  if (!before.isFile()) return notRegular(before);
  if (before.size > maxBytes) return tooLarge(`${before.size} bytes`, maxBytes);
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code2 = errorCode(err);
    const why = code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : errorText(err);
    return problem("io/unreadable", `cannot read the file: ${why}`);
  }
  return readOpen(fd, maxBytes, false);
}
function readOpen(fd, maxBytes, checkSize) {
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return notRegular(st);
    if (checkSize && st.size > maxBytes) return tooLarge(`${st.size} bytes`, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    for (; ; ) {
      if (got === buf.length) break;
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > maxBytes) return tooLarge("the file grew while it was read", maxBytes);
    return { ok: true, bytes: buf.subarray(0, got), stat: fingerprintOf2(st) };
  } catch (err) {
    return problem("io/unreadable", `cannot read the file: ${errorText(err)}`);
  } finally {
    closeSync(fd);
  }
}
function decodeUtf32(bytes, littleEndian) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length - bytes.length % 4);
  let out = "";
  const chunk = [];
  for (let i = 0; i + 4 <= view.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 1114111 || cp >= 55296 && cp <= 57343 ? 65533 : cp);
    if (chunk.length >= 4096) out += String.fromCodePoint(...chunk.splice(0));
  }
  return out + String.fromCodePoint(...chunk);
}
function decodeUtf16be(bytes) {
  const even = bytes.subarray(0, bytes.length - bytes.length % 2);
  const swapped = Buffer.from(even);
  swapped.swap16();
  return swapped.toString("utf16le");
}
function invalidUtf8Offset(bytes) {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    const [need, min] = b >= 194 && b <= 223 ? [1, 128] : b >= 224 && b <= 239 ? [2, 2048] : b >= 240 && b <= 244 ? [3, 65536] : [0, 0];
    if (need === 0) return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function placeOf(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: bytes.subarray(lineStart, offset).toString("utf8").length + 1 };
}
function decodeSource(bytes) {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 255 && b1 === 254 && b2 === 0 && b3 === 0)
    return { text: decodeUtf32(bytes.subarray(4), true), encoding: "utf-32le", problems: [] };
  if (b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255)
    return { text: decodeUtf32(bytes.subarray(4), false), encoding: "utf-32be", problems: [] };
  if (b0 === 255 && b1 === 254)
    return { text: bytes.subarray(2).toString("utf16le"), encoding: "utf-16le", problems: [] };
  if (b0 === 254 && b1 === 255)
    return { text: decodeUtf16be(bytes.subarray(2)), encoding: "utf-16be", problems: [] };
  const text2 = bytes.toString("utf8");
  const bad = text2.includes("\uFFFD") ? invalidUtf8Offset(bytes) : -1;
  if (bad === -1) return { text: text2, encoding: "utf-8", problems: [] };
  const shown = [...bytes.subarray(bad, bad + 4)].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
  return {
    text: text2,
    encoding: "utf-8",
    problems: [
      {
        ...placeOf(bytes, bad),
        severity: "error",
        code: "file/invalid-utf8",
        message: `invalid UTF-8 at byte ${bad} (${shown}): the file is read with U+FFFD in place of the bad bytes; save it as UTF-8`
      }
    ]
  };
}
var DEFAULT_MAX_FILE_SIZE, OPEN_FLAGS, NO_FOLLOW;
var init_source_file = __esm({
  "src/source-file.ts"() {
    "use strict";
    DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
    OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
    NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
  }
});

// src/findings.ts
function reaches(severity, failOn) {
  return failOn !== "none" && RANK[severity] >= RANK[failOn];
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.check !== b.check) return a.check < b.check ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function summarize(findings, counts, failOn, suppressed = 0) {
  const byCheck = {
    "noisy-indicator": 0,
    "missing-common-exclusion": 0,
    "duplicate-rule": 0,
    "parse-error": 0,
    "invalid-suppression": 0,
    "unused-suppression": 0,
    "technique-unknown": 0,
    "technique-revoked": 0,
    "technique-missing": 0,
    "tactic-mismatch": 0
  };
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    byCheck[f.check]++;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notices++;
  }
  return {
    ...counts,
    findings: findings.length,
    errors,
    warnings,
    notices,
    byCheck,
    failOn,
    failed: findings.some((f) => reaches(f.severity, failOn)),
    suppressed
  };
}
var SUPPRESSIBLE_CHECKS, RANK;
var init_findings = __esm({
  "src/findings.ts"() {
    "use strict";
    SUPPRESSIBLE_CHECKS = [
      "noisy-indicator",
      "missing-common-exclusion",
      "duplicate-rule",
      "parse-error",
      "technique-unknown",
      "technique-revoked",
      "technique-missing",
      "tactic-mismatch"
    ];
    RANK = { error: 3, warning: 2, notice: 1 };
  }
});

// src/normalize/values.ts
function canonicalValue(field, op, value, caseSensitive, encoded = false, out = { field, op, value }) {
  out.field = field;
  out.op = op;
  out.value = value;
  if (value === null) return out;
  let v = value;
  switch (op) {
    case "gt":
    case "gte":
    case "lt":
    case "lte":
    case "cidr":
      return out;
    case "eq":
      if (!caseSensitive) v = v.toLowerCase();
      break;
    case "wildcard":
    case "keyword": {
      if (!caseSensitive) v = v.toLowerCase();
      let scan = scanPattern(v);
      if ((scan & CANONICAL) === 0) {
        v = buildPattern(parsePattern(v));
        scan = scanPattern(v);
      }
      if (op === "wildcard" && (scan & WILDCARD) === 0) {
        out.op = "eq";
        v = patternLiteral(v);
      }
      break;
    }
    default:
      return out;
  }
  out.value = v;
  if (field === null) return out;
  const entry = FIELD_RULES.get(field);
  if (entry === void 0) return out;
  switch (entry.rule) {
    case "hivePrefix":
      out.value = canonicalHivePrefix(v, !caseSensitive);
      break;
    case "hiveValue":
      if (out.op === "eq") out.value = canonicalHiveName(v, !caseSensitive);
      break;
    case "alias":
      if (out.op === "eq") out.value = entry.aliases.get(v.toLowerCase()) ?? v;
      break;
    case "pathName":
      if (out.op === "wildcard" && !encoded) {
        const base = pathBasename(v);
        if (base !== null) {
          out.field = entry.name;
          out.op = "eq";
          out.value = base;
        }
      }
      break;
  }
  return out;
}
function pathFieldOf(nameField) {
  return NAME_PATH_FIELDS.get(nameField);
}
function scanPattern(p) {
  const n = p.length;
  const slash = p.indexOf("\\");
  if (slash === -1 || p.indexOf("\\\\", slash) === -1 && p.indexOf("\\*", slash) === -1 && p.indexOf("\\?", slash) === -1 && p.charCodeAt(n - 1) !== BACKSLASH5)
    return p.indexOf("*") !== -1 || p.indexOf("?") !== -1 ? CANONICAL | WILDCARD : CANONICAL;
  let wild = 0;
  for (let i = 0; i < n; i++) {
    const c = p.charCodeAt(i);
    if (c === BACKSLASH5) {
      const next = p.charCodeAt(i + 1);
      if (next === STAR2 || next === QUESTION2) i++;
      else if (next === BACKSLASH5) {
        const after = p.charCodeAt(i + 2);
        if (i + 2 < n && after !== STAR2 && after !== QUESTION2 && after !== BACKSLASH5) return wild;
        i++;
      } else if (i + 1 === n) return wild;
    } else if (c === STAR2 || c === QUESTION2) wild = WILDCARD;
  }
  return CANONICAL | wild;
}
function patternLiteral(pattern3) {
  return pattern3.indexOf("\\") === -1 ? pattern3 : literalText(parsePattern(pattern3));
}
function pathBasename(pattern3) {
  const n = pattern3.length;
  if (n < 3 || pattern3.charCodeAt(0) !== STAR2) return null;
  const sep = pattern3.charCodeAt(1);
  if (sep !== BACKSLASH5 && sep !== SLASH) return null;
  for (let i = 2; i < n; i++) {
    const c = pattern3.charCodeAt(i);
    if (c === STAR2 || c === QUESTION2 || c === BACKSLASH5 || c === SLASH) return null;
  }
  return pattern3.slice(2);
}
function startsWithFolded(text2, lower2) {
  if (text2.length < lower2.length) return false;
  for (let i = 0; i < lower2.length; i++) {
    let c = text2.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower2.charCodeAt(i)) return false;
  }
  return true;
}
function canonicalHivePrefix(value, folded) {
  const first = value.charCodeAt(0);
  if (first !== 104 && first !== 72 && first !== BACKSLASH5) return value;
  for (const row of HIVE_ROWS) {
    const n = row.lower.length;
    if (value.charCodeAt(n) !== BACKSLASH5 || !startsWithFolded(value, row.lower)) continue;
    const short = folded ? row.lowerShort : row.upperShort;
    return value.startsWith(short) && n === short.length ? value : short + value.slice(n);
  }
  return value;
}
function canonicalHiveName(value, folded) {
  for (const row of HIVE_ROWS)
    if (value.length === row.lower.length && startsWithFolded(value, row.lower))
      return folded ? row.lowerShort : row.upperShort;
  return value;
}
var PATH_NAME_FIELDS, HIVE_PREFIX_FIELDS, HIVE_VALUE_FIELDS, REGISTRY_HIVES, VALUE_ALIASES, FIELD_RULES, HIVE_ROWS, BACKSLASH5, SLASH, STAR2, QUESTION2, NAME_PATH_FIELDS, CANONICAL, WILDCARD;
var init_values = __esm({
  "src/normalize/values.ts"() {
    "use strict";
    init_wildcard();
    PATH_NAME_FIELDS = /* @__PURE__ */ new Map([
      ["process.executable", "process.name"],
      ["process.parent.executable", "process.parent.name"],
      ["file.path", "file.name"],
      ["dll.path", "dll.name"]
    ]);
    HIVE_PREFIX_FIELDS = ["registry.path", "registry.key"];
    HIVE_VALUE_FIELDS = ["registry.hive"];
    REGISTRY_HIVES = [
      ["HKEY_LOCAL_MACHINE", "HKLM"],
      ["\\REGISTRY\\MACHINE", "HKLM"],
      ["HKLM", "HKLM"],
      ["HKEY_USERS", "HKU"],
      ["\\REGISTRY\\USER", "HKU"],
      ["HKU", "HKU"],
      ["HKEY_CURRENT_USER", "HKCU"],
      ["HKCU", "HKCU"],
      ["HKEY_CLASSES_ROOT", "HKCR"],
      ["HKCR", "HKCR"],
      ["HKEY_CURRENT_CONFIG", "HKCC"],
      ["HKCC", "HKCC"]
    ];
    VALUE_ALIASES = /* @__PURE__ */ new Map([
      [
        "network.direction",
        /* @__PURE__ */ new Map([
          ["true", "egress"],
          ["false", "ingress"]
        ])
      ]
    ]);
    FIELD_RULES = /* @__PURE__ */ new Map();
    for (const [path13, name] of PATH_NAME_FIELDS) FIELD_RULES.set(path13, { rule: "pathName", name });
    for (const f of HIVE_PREFIX_FIELDS) FIELD_RULES.set(f, { rule: "hivePrefix" });
    for (const f of HIVE_VALUE_FIELDS) FIELD_RULES.set(f, { rule: "hiveValue" });
    for (const [f, aliases] of VALUE_ALIASES) FIELD_RULES.set(f, { rule: "alias", aliases });
    HIVE_ROWS = REGISTRY_HIVES.map(([spelling, short]) => ({
      lower: spelling.toLowerCase(),
      upperShort: short.toUpperCase(),
      lowerShort: short.toLowerCase()
    }));
    BACKSLASH5 = 92;
    SLASH = 47;
    STAR2 = 42;
    QUESTION2 = 63;
    NAME_PATH_FIELDS = new Map([...PATH_NAME_FIELDS].map(([path13, name]) => [name, path13]));
    CANONICAL = 1;
    WILDCARD = 2;
  }
});

// src/normalize/keys.ts
function encodingSuffix(pred) {
  const t = pred.transforms;
  if (t === void 0 || t.length === 0) return "";
  let out = "";
  for (const x of t) if (ENCODING_TRANSFORMS.has(x)) out += "+" + x;
  return out;
}
function keyParts(pred) {
  const enc = encodingSuffix(pred);
  const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== "");
  return { field: c.field, op: c.op + enc, value: c.value };
}
function formatKey(parts) {
  return `${parts.field ?? "*"}|${parts.op}|${parts.value ?? ""}`;
}
function predicateKey(pred) {
  const enc = encodingSuffix(pred);
  const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== "", scratch);
  return `${c.field ?? "*"}|${c.op}${enc}|${c.value ?? ""}`;
}
function eventKind(logsource) {
  return `${logsource.product ?? ""}/${logsource.category ?? ""}/${logsource.service ?? ""}`.toLowerCase();
}
var KEY_VERSION, ENCODING_TRANSFORMS, scratch, KeyInterner;
var init_keys = __esm({
  "src/normalize/keys.ts"() {
    "use strict";
    init_text();
    init_values();
    KEY_VERSION = 2;
    ENCODING_TRANSFORMS = /* @__PURE__ */ new Set(["base64", "base64offset", "wide", "utf16", "utf16le", "utf16be"]);
    scratch = { field: null, op: "eq", value: null };
    KeyInterner = class {
      constructor(keys) {
        this.keys = keys;
        for (const [key, parts] of keys)
          this.groupOf(parts.field ?? "*", parts.op).byValue.set(parts.value ?? "", key);
      }
      keys;
      root = /* @__PURE__ */ new Map();
      key(pred) {
        const enc = encodingSuffix(pred);
        const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== "", scratch);
        const group = this.groupOf(c.field ?? "*", enc === "" ? c.op : c.op + enc);
        const value = c.value ?? "";
        let key = group.byValue.get(value);
        if (key === void 0) {
          const own = ownCopy(value);
          key = group.prefix + own;
          this.keys.set(key, {
            field: c.field === null ? null : group.field,
            op: group.op,
            value: c.value === null ? null : own
          });
          group.byValue.set(own, key);
        }
        return key;
      }
      /** The keys of a field (`*` for none) and an op. */
      groupOf(field, op) {
        let ops = this.root.get(field);
        if (ops === void 0) this.root.set(ownCopy(field), ops = /* @__PURE__ */ new Map());
        let group = ops.get(op);
        if (group === void 0) {
          const own = ownCopy(field);
          ops.set(op, group = { field: own, op, prefix: `${own}|${op}|`, byValue: /* @__PURE__ */ new Map() });
        }
        return group;
      }
    };
  }
});

// src/normalize/events.ts
function channel(name, titles2) {
  return titles2 ? { provider: name, channels: [name], titles: titles2 } : { provider: name, channels: [name] };
}
function admitOfPattern(pattern3) {
  let found = patternCache.get(pattern3);
  if (found === void 0) {
    found = computeAdmit(pattern3);
    patternCache.set(pattern3, found);
  }
  return found;
}
function computeAdmit(pattern3) {
  if (pattern3.startsWith("-")) return NOTHING;
  const colon = pattern3.lastIndexOf(":");
  const p = (colon === -1 ? pattern3 : pattern3.slice(colon + 1)).trim().toLowerCase();
  if (p === "") return NOTHING;
  const matched = INDEX_STREAMS.filter((s) => starMatches(p, s.name));
  if (matched.length === 1 && matched[0].event !== void 0)
    return { sources: [], events: [`${matched[0].source}:${matched[0].event}`] };
  return { sources: [...new Set(matched.map((s) => s.source))], events: [] };
}
function numbers(s) {
  return s.split(/[\s,]+/).filter((x) => x !== "");
}
function selectorSource(selector) {
  let found = selectorCache.get(selector);
  if (found === void 0) {
    found = computeSelectorSource(selector);
    selectorCache.set(selector, found);
  }
  return found;
}
function computeSelectorSource(selector) {
  const eq = selector.indexOf("=");
  if (eq === -1) return null;
  const key = selector.slice(0, eq).toLowerCase();
  const value = selector.slice(eq + 1).toLowerCase();
  if (key !== "source" && key !== "sourcetype" && key !== "eventtype" && key !== "channel") return null;
  const winlog = /^(?:xml)?wineventlog:(.+)$/.exec(value);
  const channelName = winlog ? winlog[1] : value;
  const byChannel = channelName.includes("*") ? wildcardChannel(channelName) : CHANNEL_SOURCES.get(channelName);
  if (byChannel !== void 0) return byChannel;
  for (const [test, source] of SELECTOR_SOURCES) {
    const m = test.exec(value);
    if (m) return source === "$1" ? m[1] : source;
  }
  return null;
}
function wildcardChannel(pattern3) {
  let found;
  for (const [name, source] of CHANNEL_SOURCES)
    if (starMatches(pattern3, name)) {
      if (found !== void 0 && found !== source) return void 0;
      found = source;
    }
  return found;
}
function readPredicates(rule, withCodes) {
  const reading = { codes: [], values: /* @__PURE__ */ new Map() };
  for (const q of rule.queries) walk(q.expr, EMPTY, reading, withCodes);
  return reading;
}
function walk(expr, context, out, withCodes) {
  switch (expr.kind) {
    case "pred":
      visit(expr, context, out, withCodes);
      return;
    case "and": {
      let local = null;
      for (const c of expr.children)
        if (c.kind === "pred") {
          const s = channelOf(c);
          if (s !== null) (local ??= []).push(s);
        }
      const ctx = local ?? context;
      for (const c of expr.children) walk(c, ctx, out, withCodes);
      return;
    }
    case "or":
      for (const c of expr.children) walk(c, context, out, withCodes);
      return;
    case "not":
    case "opaque":
      return;
  }
}
function visit(p, context, out, withCodes) {
  if (p.op !== "eq" || p.value === null || p.derived === true || p.sourceField === null) return;
  const f = p.sourceField;
  if (withCodes && isCodeField(p)) {
    const v = p.value.trim();
    if (/^\d+$/.test(v)) out.codes.push({ code: String(Number(v)), context });
    return;
  }
  if (WATCHED_FIELDS.has(f)) {
    const list3 = out.values.get(f);
    if (list3) list3.push(p.value);
    else out.values.set(f, [p.value]);
  }
}
function isCodeField(p) {
  if (p.field === "event.code") return true;
  const f = p.sourceField;
  return f === "event.code" || f === "EventID" || f === "EventCode" || f === "eventid" || f === "eventcode";
}
function channelOf(p) {
  if (p.op !== "eq" || p.value === null || p.sourceField === null) return null;
  if (!CHANNEL_FIELD_LENGTHS.has(p.sourceField.length)) return null;
  const f = p.sourceField.toLowerCase();
  if (!CHANNEL_FIELDS.has(f)) return null;
  const v = p.value.toLowerCase();
  if (f === "data_stream.dataset" || f === "event.dataset") {
    const s = admitOfPattern(`logs-${v}-default`).sources;
    return s.length === 1 && WINDOWS_SOURCE_SET.has(s[0]) ? s[0] : null;
  }
  return CHANNEL_SOURCES.get(v) ?? PROVIDER_SOURCES.get(v) ?? null;
}
function newScope() {
  return { anyWindows: false, sources: /* @__PURE__ */ new Set(), events: /* @__PURE__ */ new Set() };
}
function isWindowsSource(source) {
  return WINDOWS_SOURCE_SET.has(source) || source === "windows";
}
function hasWindows(scope) {
  if (scope.anyWindows) return true;
  for (const s of scope.sources) if (WINDOWS_SOURCE_SET.has(s)) return true;
  return false;
}
function sourceOf(id) {
  const colon = id.indexOf(":");
  return colon === -1 ? id : id.slice(0, colon);
}
function isSysmonRange(n) {
  return n >= 1 && n <= 29 || n === 255;
}
function isSecurityRange(n) {
  return n >= 1100 && n <= 1108 || n >= 4608 && n <= 6424;
}
function resolveCode(code2, context, scope) {
  const pinned = context.length > 0;
  const specific = pinned ? context : WINDOWS_SOURCES.filter((s) => scope.sources.has(s));
  const any = !pinned && scope.anyWindows;
  if (!any && specific.length === 1) return `${specific[0]}:${code2}`;
  for (const s of specific) if (knows(s, code2)) return `${s}:${code2}`;
  if (any) {
    for (const s of WINDOWS_SOURCES) if (knows(s, code2)) return `${s}:${code2}`;
  }
  if (specific.length === 1) return `${specific[0]}:${code2}`;
  const n = Number(code2);
  if (isSysmonRange(n) && (any || specific.includes("sysmon"))) return `sysmon:${code2}`;
  if (isSecurityRange(n) && (any || specific.includes("security"))) return `security:${code2}`;
  return `windows:${code2}`;
}
function knows(source, code2) {
  return SOURCE_INFO.get(source)?.titles?.[code2] !== void 0;
}
function addCategoryEvents(category, scope, windowsToo, out) {
  const events = CATEGORY_EVENTS.get(category);
  if (events === void 0) return;
  for (const id of events) {
    const source = sourceOf(id);
    const windows = isWindowsSource(source);
    if (windows && !windowsToo) continue;
    if (scope.sources.has(source) || windows && scope.anyWindows) out.add(id);
  }
}
function addNamedEvents(scope, reading, out) {
  if (reading.values.size === 0) return;
  for (const source of scope.sources) {
    const fields = NAMED_EVENT_FIELDS.get(source);
    if (fields === void 0) continue;
    for (const f of fields)
      for (const v of reading.values.get(f) ?? EMPTY) {
        const name = v.trim();
        if (name !== "" && !name.includes(":")) out.add(`${source}:${name}`);
      }
  }
}
function categoryWindowsSources(category) {
  const out = [];
  for (const id of CATEGORY_EVENTS.get(category) ?? EMPTY) {
    const s = sourceOf(id);
    if (WINDOWS_SOURCE_SET.has(s) && !out.includes(s)) out.push(s);
  }
  return out;
}
function sigmaEvents(rule, out) {
  const ls = rule.logsource;
  const product = lower(ls.product);
  const service = lower(ls.service);
  const category = lower(ls.category);
  const scope = newScope();
  let fixedChannel = null;
  if (service !== "") {
    const named2 = PRODUCT_SERVICE_SOURCES.get(`${product}/${service}`);
    if (named2 !== void 0) scope.sources.add(named2);
    else if (product === "windows") {
      fixedChannel = SERVICE_ALIASES.get(service) ?? service;
      scope.sources.add(fixedChannel);
    }
  }
  if (category !== "" && fixedChannel === null) {
    if (product === "windows") {
      const sources = categoryWindowsSources(category);
      if (sources.length === 0) scope.anyWindows = true;
      for (const s of sources) scope.sources.add(s);
    } else if (product === "linux") scope.sources.add("sysmon-linux");
  }
  const reading = readPredicates(rule, product === "windows");
  let explicit = false;
  for (const { code: code2, context } of reading.codes) {
    out.add(fixedChannel !== null ? `${fixedChannel}:${code2}` : resolveCode(code2, context, scope));
    explicit = true;
  }
  if (category !== "") addCategoryEvents(category, scope, !explicit, out);
  addNamedEvents(scope, reading, out);
}
function elasticEvents(rule, out) {
  const ls = rule.logsource;
  const scope = newScope();
  const index = ls.index ?? EMPTY;
  for (const pattern3 of index) {
    const admit = admitOfPattern(pattern3);
    for (const s of admit.sources) {
      if (s === "windows") scope.anyWindows = true;
      else scope.sources.add(s);
    }
    for (const e of admit.events) scope.events.add(e);
  }
  const product = lower(ls.product);
  if (index.length === 0 && product === "windows") scope.anyWindows = true;
  const named2 = PRODUCT_SERVICE_SOURCES.get(`${product}/${lower(ls.service)}`);
  if (named2 !== void 0) scope.sources.add(named2);
  const reading = readPredicates(rule, true);
  let explicit = false;
  for (const { code: code2, context } of reading.codes) {
    if (context.length === 0 && !hasWindows(scope)) continue;
    out.add(resolveCode(code2, context, scope));
    explicit = true;
  }
  if (scope.anyWindows || scope.sources.has("security"))
    for (const action of reading.values.get("event.action") ?? EMPTY)
      for (const code2 of SECURITY_ACTIONS.get(action.toLowerCase()) ?? EMPTY) {
        out.add(`security:${code2}`);
        explicit = true;
      }
  for (const e of scope.events) out.add(e);
  let category = lower(ls.category);
  const types = reading.values.get("event.type");
  const refinements = CATEGORY_REFINEMENTS.get(category);
  if (types && refinements) {
    let refined = null;
    for (const t of types) {
      const r = refinements.get(t.toLowerCase());
      if (r === void 0 || refined !== null && r !== refined) {
        refined = null;
        break;
      }
      refined = r;
    }
    if (refined !== null) category = refined;
  }
  if (category !== "") addCategoryEvents(category, scope, !explicit, out);
  addNamedEvents(scope, reading, out);
}
function splunkEvents(rule, out) {
  const ls = rule.logsource;
  const scope = newScope();
  for (const sel of ls.index ?? EMPTY) {
    const s = selectorSource(sel);
    if (s !== null) scope.sources.add(s);
  }
  const product = lower(ls.product);
  const saas = PRODUCT_SERVICE_SOURCES.get(`${product}/${lower(ls.service)}`);
  if (saas !== void 0) scope.sources.add(saas);
  const names = rule.properties?.dataSources;
  if (Array.isArray(names)) {
    for (const name of names) if (typeof name === "string") addDataSource(name, scope, out);
  }
  for (const id of out) scope.sources.add(sourceOf(id));
  const linux = product === "linux" || scope.sources.has("sysmon-linux") && !scope.sources.has("sysmon");
  const codes = ls.eventCodes ?? EMPTY;
  if (codes.length > 0 && !hasWindows(scope) && !linux) scope.anyWindows = true;
  const named2 = /* @__PURE__ */ new Set();
  for (const id of out) if (isWindowsSource(sourceOf(id))) named2.add(id.slice(id.indexOf(":") + 1));
  for (const code2 of codes) {
    if (code2.startsWith("sysmon:")) out.add(linux ? `sysmon-linux:${code2.slice(7)}` : code2);
    else if (/^\d+$/.test(code2) && !named2.has(code2)) out.add(resolveCode(code2, EMPTY, scope));
  }
  const reading = readPredicates(rule, false);
  for (const sel of ls.index ?? EMPTY) addSelectorValue(sel, reading);
  addNamedEvents(scope, reading, out);
  const category = lower(ls.category);
  if (out.size > 0 || category === "") return;
  const fallback = scope.sources.size > 0 || scope.anyWindows ? scope : newScope();
  if (fallback.sources.size === 0 && !fallback.anyWindows) {
    const model = ls.dataModel ?? "";
    if (product === "windows" || product === "" && /^(Endpoint|Network_Resolution)\b/.test(model))
      fallback.anyWindows = true;
    else if (product === "linux") fallback.sources.add("sysmon-linux");
  }
  addCategoryEvents(category, fallback, true, out);
}
function addSelectorValue(selector, reading) {
  const eq = selector.indexOf("=");
  if (eq <= 0) return;
  const field = selector.slice(0, eq);
  const value = selector.slice(eq + 1);
  if (!WATCHED_FIELDS.has(field) || value === "" || value.includes("*")) return;
  const list3 = reading.values.get(field);
  if (list3) list3.push(value);
  else reading.values.set(field, [value]);
}
function addDataSource(name, scope, out) {
  let found = nameCache.get(name);
  if (found === void 0) {
    found = readDataSourceName(name);
    nameCache.set(name, found);
  }
  for (const id of found.ids) out.add(id);
  for (const s of found.sources) scope.sources.add(s);
}
function readDataSourceName(name) {
  const ids = [];
  const sources = [];
  for (const part of name.split(/\s+(?:AND|OR)\s+/)) {
    const n = part.trim();
    for (const pattern3 of DATA_SOURCE_NAMES) {
      const m = pattern3.test.exec(n);
      if (!m) continue;
      ids.push(...pattern3.ids(m));
      if (pattern3.source) sources.push(pattern3.source(m));
      break;
    }
  }
  return { ids, sources };
}
function lower(s) {
  return s === void 0 ? "" : s.toLowerCase();
}
function eventsCovered(rule) {
  const out = /* @__PURE__ */ new Set();
  switch (rule.vendor) {
    case "sigma":
      sigmaEvents(rule, out);
      break;
    case "elastic":
      elasticEvents(rule, out);
      break;
    case "splunk":
      splunkEvents(rule, out);
      break;
  }
  return [...out].sort(compareEvents);
}
function eventInfo(id) {
  const colon = id.indexOf(":");
  const source = colon === -1 ? id : id.slice(0, colon);
  const event = colon === -1 ? "" : id.slice(colon + 1);
  const info = SOURCE_INFO.get(source);
  const known = info?.titles?.[event];
  const title = known ?? (event === "" ? source : /^\d+$/.test(event) || info?.named !== true ? `Event ${event}` : event);
  return { id, provider: info?.provider ?? source, event, title };
}
function compareEvents(a, b) {
  if (a === b) return 0;
  const ca = a.indexOf(":");
  const cb = b.indexOf(":");
  const sa = ca === -1 ? a : a.slice(0, ca);
  const sb = cb === -1 ? b : b.slice(0, cb);
  if (sa !== sb) {
    const ra = SOURCE_RANK.get(sa) ?? SOURCES.length;
    const rb = SOURCE_RANK.get(sb) ?? SOURCES.length;
    if (ra !== rb) return ra - rb;
    return sa < sb ? -1 : 1;
  }
  const ea = ca === -1 ? "" : a.slice(ca + 1);
  const eb = cb === -1 ? "" : b.slice(cb + 1);
  const na = /^\d+$/.test(ea) ? Number(ea) : NaN;
  const nb = /^\d+$/.test(eb) ? Number(eb) : NaN;
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}
var SYSMON_TITLES, SECURITY_TITLES, SYSTEM_TITLES, APPLICATION_TITLES, POWERSHELL_TITLES, WINDOWS_POWERSHELL_TITLES, SOURCES, SOURCE_INFO, SOURCE_RANK, WINDOWS_SOURCES, WINDOWS_SOURCE_SET, CHANNEL_SOURCES, SERVICE_ALIASES, PROVIDER_SOURCES, CATEGORY_EVENTS, CATEGORY_REFINEMENTS, PRODUCT_SERVICE_SOURCES, NAMED_EVENT_FIELDS, SECURITY_ACTIONS, INDEX_STREAMS, NOTHING, patternCache, EVENT_LOG_WORDS, DATA_SOURCE_NAMES, SELECTOR_SOURCES, selectorCache, CHANNEL_FIELDS, CHANNEL_FIELD_LENGTHS, WATCHED_FIELDS, EMPTY, nameCache;
var init_events = __esm({
  "src/normalize/events.ts"() {
    "use strict";
    init_wildcard();
    SYSMON_TITLES = {
      "1": "Process creation",
      "2": "File creation time changed",
      "3": "Network connection",
      "4": "Sysmon service state changed",
      "5": "Process terminated",
      "6": "Driver loaded",
      "7": "Image loaded",
      "8": "CreateRemoteThread",
      "9": "RawAccessRead",
      "10": "Process access",
      "11": "File created",
      "12": "Registry key or value created or deleted",
      "13": "Registry value set",
      "14": "Registry key or value renamed",
      "15": "File stream created",
      "16": "Sysmon configuration changed",
      "17": "Pipe created",
      "18": "Pipe connected",
      "19": "WMI event filter registered",
      "20": "WMI event consumer registered",
      "21": "WMI consumer bound to filter",
      "22": "DNS query",
      "23": "File deleted (archived)",
      "24": "Clipboard changed",
      "25": "Process tampering",
      "26": "File deleted (logged)",
      "27": "Executable file blocked",
      "28": "File shredding blocked",
      "29": "Executable file detected",
      "255": "Sysmon error"
    };
    SECURITY_TITLES = {
      "1100": "Event logging service shut down",
      "1102": "Audit log cleared",
      "4608": "Windows starting up",
      "4611": "Trusted logon process registered",
      "4614": "Notification package loaded",
      "4616": "System time changed",
      "4622": "Security package loaded",
      "4624": "Successful logon",
      "4625": "Failed logon",
      "4627": "Group membership information",
      "4634": "Logoff",
      "4647": "User-initiated logoff",
      "4648": "Logon with explicit credentials",
      "4649": "Replay attack detected",
      "4656": "Handle to an object requested",
      "4657": "Registry value modified",
      "4658": "Handle to an object closed",
      "4660": "Object deleted",
      "4661": "Handle to a SAM or directory object requested",
      "4662": "Operation performed on a directory object",
      "4663": "Attempt to access an object",
      "4664": "Attempt to create a hard link",
      "4670": "Object permissions changed",
      "4672": "Special privileges assigned to a new logon",
      "4673": "Privileged service called",
      "4674": "Operation attempted on a privileged object",
      "4688": "Process creation",
      "4689": "Process exited",
      "4692": "Backup of a DPAPI master key attempted",
      "4697": "Service installed",
      "4698": "Scheduled task created",
      "4699": "Scheduled task deleted",
      "4700": "Scheduled task enabled",
      "4701": "Scheduled task disabled",
      "4702": "Scheduled task updated",
      "4703": "Token right adjusted",
      "4704": "User right assigned",
      "4706": "Trust to a domain created",
      "4713": "Kerberos policy changed",
      "4715": "Audit policy (SACL) on an object changed",
      "4716": "Trusted domain information modified",
      "4719": "System audit policy changed",
      "4720": "User account created",
      "4722": "User account enabled",
      "4723": "Attempt to change an account password",
      "4724": "Attempt to reset an account password",
      "4725": "User account disabled",
      "4726": "User account deleted",
      "4727": "Security-enabled global group created",
      "4728": "Member added to a security-enabled global group",
      "4729": "Member removed from a security-enabled global group",
      "4730": "Security-enabled global group deleted",
      "4731": "Security-enabled local group created",
      "4732": "Member added to a security-enabled local group",
      "4733": "Member removed from a security-enabled local group",
      "4734": "Security-enabled local group deleted",
      "4735": "Security-enabled local group changed",
      "4737": "Security-enabled global group changed",
      "4738": "User account changed",
      "4739": "Domain policy changed",
      "4740": "User account locked out",
      "4741": "Computer account created",
      "4742": "Computer account changed",
      "4743": "Computer account deleted",
      "4744": "Security-disabled local group created",
      "4749": "Security-disabled global group created",
      "4754": "Security-enabled universal group created",
      "4756": "Member added to a security-enabled universal group",
      "4759": "Security-disabled universal group created",
      "4764": "Group type changed",
      "4765": "SID History added to an account",
      "4766": "Attempt to add SID History failed",
      "4767": "User account unlocked",
      "4768": "Kerberos TGT requested",
      "4769": "Kerberos service ticket requested",
      "4770": "Kerberos service ticket renewed",
      "4771": "Kerberos pre-authentication failed",
      "4776": "Credential validation (NTLM)",
      "4778": "Session reconnected",
      "4779": "Session disconnected",
      "4780": "ACL set on members of administrators groups",
      "4781": "Account name changed",
      "4782": "Password hash of an account accessed",
      "4783": "Basic application group created",
      "4790": "LDAP query group created",
      "4794": "Attempt to set the DSRM administrator password",
      "4797": "Blank password existence queried",
      "4798": "Local group membership of a user enumerated",
      "4799": "Security-enabled local group membership enumerated",
      "4817": "Auditing settings on an object changed",
      "4876": "Certificate Services backup started",
      "4886": "Certificate request received",
      "4887": "Certificate request approved and certificate issued",
      "4898": "Certificate Services loaded a template",
      "4899": "Certificate Services template updated",
      "4900": "Certificate Services template security updated",
      "4904": "Security event source registration attempted",
      "4907": "Auditing settings on an object changed",
      "4946": "Windows Firewall exception rule added",
      "4948": "Windows Firewall exception rule deleted",
      "4964": "Special groups assigned to a new logon",
      "5038": "Code integrity: invalid image hash",
      "5136": "Directory service object modified",
      "5137": "Directory service object created",
      "5140": "Network share accessed",
      "5141": "Directory service object deleted",
      "5142": "Network share added",
      "5144": "Network share deleted",
      "5145": "Network share object checked for access",
      "5156": "Connection allowed by the Windows Filtering Platform",
      "5157": "Connection blocked by the Windows Filtering Platform",
      "5379": "Credential Manager credentials read",
      "5381": "Vault credentials read",
      "5382": "Vault credentials read",
      "6416": "External device recognised"
    };
    SYSTEM_TITLES = {
      "104": "Event log cleared",
      "6005": "Event log service started",
      "6006": "Event log service stopped",
      "7034": "Service terminated unexpectedly",
      "7036": "Service state changed",
      "7040": "Service start type changed",
      "7045": "Service installed"
    };
    APPLICATION_TITLES = {
      "1000": "Application error",
      "1001": "Windows Error Reporting",
      "1033": "Windows Installer installed a product",
      "11707": "Product installed"
    };
    POWERSHELL_TITLES = {
      "4103": "Module logging (pipeline execution)",
      "4104": "Script block logging",
      "4105": "Script block invocation started",
      "4106": "Script block invocation completed"
    };
    WINDOWS_POWERSHELL_TITLES = {
      "400": "Engine started",
      "403": "Engine stopped",
      "600": "Provider started",
      "800": "Pipeline execution details"
    };
    SOURCES = [
      [
        "sysmon",
        { provider: "Sysmon", channels: ["Microsoft-Windows-Sysmon/Operational"], titles: SYSMON_TITLES }
      ],
      ["security", { provider: "Security", channels: ["Security"], titles: SECURITY_TITLES }],
      ["system", { provider: "System", channels: ["System"], titles: SYSTEM_TITLES }],
      ["application", { provider: "Application", channels: ["Application"], titles: APPLICATION_TITLES }],
      [
        "powershell",
        {
          provider: "PowerShell/Operational",
          channels: ["Microsoft-Windows-PowerShell/Operational", "PowerShellCore/Operational"],
          titles: POWERSHELL_TITLES
        }
      ],
      [
        "windows-powershell",
        { provider: "Windows PowerShell", channels: ["Windows PowerShell"], titles: WINDOWS_POWERSHELL_TITLES }
      ],
      // Sigma's other Windows services (its taxonomy appendix; pySigma's windows_logsource_mapping).
      [
        "application-experience",
        {
          provider: "Microsoft-Windows-Application-Experience",
          channels: [
            "Microsoft-Windows-Application-Experience/Program-Telemetry",
            "Microsoft-Windows-Application-Experience/Program-Compatibility-Assistant"
          ]
        }
      ],
      [
        "applocker",
        {
          provider: "Microsoft-Windows-AppLocker",
          channels: [
            "Microsoft-Windows-AppLocker/MSI and Script",
            "Microsoft-Windows-AppLocker/EXE and DLL",
            "Microsoft-Windows-AppLocker/Packaged app-Deployment",
            "Microsoft-Windows-AppLocker/Packaged app-Execution"
          ],
          titles: { "8003": "File allowed (audit only)", "8004": "File blocked" }
        }
      ],
      ["appmodel-runtime", channel("Microsoft-Windows-AppModel-Runtime/Admin")],
      ["appxdeployment-server", channel("Microsoft-Windows-AppXDeploymentServer/Operational")],
      ["appxpackaging-om", channel("Microsoft-Windows-AppxPackaging/Operational")],
      ["bitlocker", channel("Microsoft-Windows-BitLocker/BitLocker Management")],
      [
        "bits-client",
        channel("Microsoft-Windows-Bits-Client/Operational", {
          "3": "BITS job created",
          "59": "BITS transfer started"
        })
      ],
      ["capi2", channel("Microsoft-Windows-CAPI2/Operational")],
      [
        "certificateservicesclient-lifecycle-system",
        channel("Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational")
      ],
      [
        "codeintegrity-operational",
        channel("Microsoft-Windows-CodeIntegrity/Operational", {
          "3033": "Image did not meet the signing level",
          "3076": "File would have been blocked (audit)",
          "3077": "File blocked"
        })
      ],
      ["dhcp", channel("Microsoft-Windows-DHCP-Server/Operational")],
      ["diagnosis-scripted", channel("Microsoft-Windows-Diagnosis-Scripted/Operational")],
      [
        "dns-client",
        channel("Microsoft-Windows-DNS Client Events/Operational", { "3008": "DNS query completed" })
      ],
      ["dns-server", channel("DNS Server")],
      ["dns-server-analytic", channel("Microsoft-Windows-DNS-Server/Analytical")],
      ["dns-server-audit", channel("Microsoft-Windows-DNS-Server/Audit")],
      ["driver-framework", channel("Microsoft-Windows-DriverFrameworks-UserMode/Operational")],
      ["firewall-as", channel("Microsoft-Windows-Windows Firewall With Advanced Security/Firewall")],
      ["hyper-v-worker", channel("Microsoft-Windows-Hyper-V-Worker")],
      ["iis-configuration", channel("Microsoft-IIS-Configuration/Operational")],
      ["kernel-event-tracing", channel("Microsoft-Windows-Kernel-EventTracing")],
      ["kernel-shimengine", channel("Microsoft-Windows-Kernel-ShimEngine/Operational")],
      ["ldap", channel("Microsoft-Windows-LDAP-Client/Debug")],
      ["lsa-server", channel("Microsoft-Windows-LSA/Operational")],
      ["msexchange-management", channel("MSExchange Management")],
      ["ntfs", channel("Microsoft-Windows-Ntfs/Operational")],
      ["ntlm", channel("Microsoft-Windows-NTLM/Operational")],
      ["openssh", channel("OpenSSH/Operational")],
      ["printservice-admin", channel("Microsoft-Windows-PrintService/Admin")],
      ["printservice-operational", channel("Microsoft-Windows-PrintService/Operational")],
      [
        "security-mitigations",
        {
          provider: "Microsoft-Windows-Security-Mitigations",
          channels: [
            "Microsoft-Windows-Security-Mitigations/Kernel Mode",
            "Microsoft-Windows-Security-Mitigations/User Mode"
          ]
        }
      ],
      ["sense", channel("Microsoft-Windows-SENSE/Operational")],
      [
        "servicebus-client",
        {
          provider: "Microsoft-ServiceBus-Client",
          channels: ["Microsoft-ServiceBus-Client", "Microsoft-ServiceBus-Client/Operational"]
        }
      ],
      ["shell-core", channel("Microsoft-Windows-Shell-Core/Operational")],
      ["smbclient-connectivity", channel("Microsoft-Windows-SmbClient/Connectivity")],
      ["smbclient-security", channel("Microsoft-Windows-SmbClient/Security")],
      ["smbserver-connectivity", channel("Microsoft-Windows-SMBServer/Connectivity")],
      [
        "taskscheduler",
        channel("Microsoft-Windows-TaskScheduler/Operational", {
          "106": "Scheduled task registered",
          "129": "Task process created",
          "140": "Scheduled task updated",
          "141": "Scheduled task deleted",
          "200": "Task action started",
          "201": "Task action completed"
        })
      ],
      [
        "terminalservices-localsessionmanager",
        channel("Microsoft-Windows-TerminalServices-LocalSessionManager/Operational", {
          "21": "Remote Desktop session logon",
          "22": "Remote Desktop shell start",
          "24": "Remote Desktop session disconnected",
          "25": "Remote Desktop session reconnected"
        })
      ],
      [
        "terminalservices-remoteconnectionmanager",
        channel("Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational", {
          "1149": "Remote Desktop user authentication succeeded"
        })
      ],
      ["vhdmp", channel("Microsoft-Windows-VHDMP/Operational")],
      [
        "windefend",
        channel("Microsoft-Windows-Windows Defender/Operational", {
          "1116": "Malware detected",
          "1117": "Action taken against malware",
          "1121": "Attack surface reduction rule blocked",
          "1122": "Attack surface reduction rule audited",
          "1123": "Controlled folder access blocked",
          "1124": "Controlled folder access audited",
          "1125": "Network protection audited",
          "1126": "Network protection blocked",
          "2000": "Security intelligence updated",
          "5001": "Real-time protection disabled",
          "5007": "Configuration changed",
          "5010": "Anti-spyware scanning disabled",
          "5012": "Antivirus scanning disabled",
          "5013": "Tamper protection blocked a change"
        })
      ],
      [
        "wmi",
        channel("Microsoft-Windows-WMI-Activity/Operational", {
          "5857": "WMI provider loaded",
          "5860": "Temporary WMI event consumer registered",
          "5861": "Permanent WMI event consumer bound"
        })
      ],
      ["windows", { provider: "Windows" }],
      ["sysmon-linux", { provider: "Sysmon for Linux", titles: SYSMON_TITLES }],
      [
        "auditd",
        {
          provider: "Linux auditd",
          named: true,
          titles: {
            EXECVE: "Program execution (arguments)",
            SYSCALL: "System call",
            PATH: "File path",
            PROCTITLE: "Process title (command line)",
            ADD_USER: "User account added",
            SERVICE_STOP: "Service stopped"
          }
        }
      ],
      [
        "endpoint",
        {
          provider: "Elastic Defend",
          titles: {
            process: "Process events",
            file: "File events",
            network: "Network events",
            registry: "Registry events",
            library: "Library load events",
            api: "API call events",
            security: "Security events",
            alerts: "Elastic Defend alerts"
          }
        }
      ],
      [
        "crowdstrike",
        {
          provider: "CrowdStrike Falcon",
          named: true,
          titles: {
            ProcessRollup2: "Process creation",
            SyntheticProcessRollup2: "Process creation (synthetic)",
            DnsRequest: "DNS request",
            NetworkConnectIP4: "Network connection (IPv4)"
          }
        }
      ],
      ["cloudtrail", { provider: "AWS CloudTrail", named: true }],
      ["okta", { provider: "Okta System Log", named: true }],
      ["o365", { provider: "Microsoft 365 audit", named: true }],
      ["github", { provider: "GitHub audit log", named: true }]
    ];
    SOURCE_INFO = new Map(SOURCES);
    SOURCE_RANK = new Map(SOURCES.map(([id], i) => [id, i]));
    WINDOWS_SOURCES = SOURCES.filter(([, s]) => s.channels !== void 0).map(
      ([id]) => id
    );
    WINDOWS_SOURCE_SET = new Set(WINDOWS_SOURCES);
    CHANNEL_SOURCES = new Map(
      SOURCES.flatMap(([id, s]) => (s.channels ?? []).map((c) => [c.toLowerCase(), id]))
    );
    SERVICE_ALIASES = /* @__PURE__ */ new Map([
      ["powershell-classic", "windows-powershell"],
      ["ldap_debug", "ldap"],
      ["microsoft-servicebus-client", "servicebus-client"]
    ]);
    PROVIDER_SOURCES = /* @__PURE__ */ new Map([
      ["microsoft-windows-sysmon", "sysmon"],
      ["microsoft-windows-security-auditing", "security"],
      ["service control manager", "system"],
      ["microsoft-windows-powershell", "powershell"],
      ["powershellcore", "powershell"],
      ["powershell", "windows-powershell"],
      ["microsoft-windows-wmi-activity", "wmi"],
      ["microsoft-windows-taskscheduler", "taskscheduler"],
      ["microsoft-windows-windows defender", "windefend"],
      ["microsoft-windows-dns-client", "dns-client"],
      ["microsoft-windows-codeintegrity", "codeintegrity-operational"],
      ["microsoft-windows-bits-client", "bits-client"]
    ]);
    CATEGORY_EVENTS = /* @__PURE__ */ new Map([
      [
        "process_creation",
        ["sysmon:1", "security:4688", "sysmon-linux:1", "endpoint:process", "crowdstrike:ProcessRollup2"]
      ],
      ["file_change", ["sysmon:2", "endpoint:file"]],
      ["network_connection", ["sysmon:3", "sysmon-linux:3", "endpoint:network", "crowdstrike:NetworkConnectIP4"]],
      ["sysmon_status", ["sysmon:4", "sysmon:16"]],
      ["process_termination", ["sysmon:5", "sysmon-linux:5", "endpoint:process"]],
      ["driver_load", ["sysmon:6"]],
      ["image_load", ["sysmon:7", "endpoint:library"]],
      ["create_remote_thread", ["sysmon:8"]],
      ["raw_access_thread", ["sysmon:9"]],
      ["process_access", ["sysmon:10"]],
      ["file_event", ["sysmon:11", "sysmon-linux:11", "endpoint:file"]],
      ["registry_add", ["sysmon:12", "security:4657", "endpoint:registry"]],
      ["registry_delete", ["sysmon:12", "security:4657", "endpoint:registry"]],
      ["registry_set", ["sysmon:13", "security:4657", "endpoint:registry"]],
      ["registry_event", ["sysmon:12", "sysmon:13", "sysmon:14", "security:4657", "endpoint:registry"]],
      ["registry_rename", ["sysmon:14", "endpoint:registry"]],
      ["create_stream_hash", ["sysmon:15"]],
      ["pipe_created", ["sysmon:17", "sysmon:18"]],
      ["wmi_event", ["sysmon:19", "sysmon:20", "sysmon:21"]],
      ["dns_query", ["sysmon:22", "dns-client:3008", "endpoint:network", "crowdstrike:DnsRequest"]],
      ["file_delete", ["sysmon:23", "sysmon-linux:23", "endpoint:file"]],
      ["clipboard_capture", ["sysmon:24"]],
      ["process_tampering", ["sysmon:25"]],
      ["file_delete_detected", ["sysmon:26", "endpoint:file"]],
      ["file_block_executable", ["sysmon:27"]],
      ["file_block_shredding", ["sysmon:28"]],
      ["file_executable_detected", ["sysmon:29"]],
      ["sysmon_error", ["sysmon:255"]],
      ["ps_module", ["powershell:4103"]],
      ["ps_script", ["powershell:4104"]],
      ["ps_classic_start", ["windows-powershell:400"]],
      ["ps_classic_provider_start", ["windows-powershell:600"]],
      ["ps_classic_script", ["windows-powershell:800"]],
      ["api", ["endpoint:api"]]
    ]);
    CATEGORY_REFINEMENTS = /* @__PURE__ */ new Map([
      ["process_creation", /* @__PURE__ */ new Map([["end", "process_termination"]])],
      ["file_event", /* @__PURE__ */ new Map([["deletion", "file_delete"]])]
    ]);
    PRODUCT_SERVICE_SOURCES = /* @__PURE__ */ new Map([
      ["aws/cloudtrail", "cloudtrail"],
      ["okta/okta", "okta"],
      ["m365/audit", "o365"],
      ["github/audit", "github"],
      ["linux/auditd", "auditd"]
    ]);
    NAMED_EVENT_FIELDS = /* @__PURE__ */ new Map([
      ["cloudtrail", ["eventName", "event.action", "api.operation"]],
      ["okta", ["eventType", "event.action"]],
      ["o365", ["Operation", "event.action"]],
      ["github", ["action", "event.action"]],
      ["auditd", ["type"]]
    ]);
    SECURITY_ACTIONS = /* @__PURE__ */ new Map([
      ["audit-log-cleared", ["1102"]],
      ["logged-in", ["4624"]],
      ["logon-failed", ["4625"]],
      ["logged-out", ["4634", "4647"]],
      ["logged-in-explicit", ["4648"]],
      ["registry-value-modified", ["4657"]],
      ["object-operation-performed", ["4662"]],
      ["permissions-changed", ["4670"]],
      ["logged-in-special", ["4672", "4964"]],
      ["privileged-service-called", ["4673"]],
      ["created-process", ["4688"]],
      ["exited-process", ["4689"]],
      ["service-installed", ["4697"]],
      ["scheduled-task-created", ["4698"]],
      ["scheduled-task-deleted", ["4699"]],
      ["scheduled-task-enabled", ["4700"]],
      ["scheduled-task-disabled", ["4701"]],
      ["scheduled-task-updated", ["4702"]],
      ["domain-trust-added", ["4706"]],
      ["changed-audit-config", ["4719"]],
      ["added-user-account", ["4720"]],
      ["enabled-user-account", ["4722"]],
      ["changed-password", ["4723"]],
      ["reset-password", ["4724"]],
      ["disabled-user-account", ["4725"]],
      ["deleted-user-account", ["4726"]],
      ["added-group-account", ["4727", "4731", "4754"]],
      ["added-member-to-group", ["4728", "4732", "4756"]],
      ["removed-member-from-group", ["4729", "4733", "4757"]],
      ["modified-user-account", ["4738"]],
      ["locked-out-user-account", ["4740"]],
      ["added-computer-account", ["4741"]],
      ["changed-computer-account", ["4742"]],
      ["deleted-computer-account", ["4743"]],
      ["unlocked-user-account", ["4767"]],
      ["kerberos-authentication-ticket-requested", ["4768"]],
      ["kerberos-service-ticket-requested", ["4769"]],
      ["kerberos-service-ticket-renewed", ["4770"]],
      ["kerberos-preauth-failed", ["4771"]],
      ["credential-validated", ["4776"]],
      ["renamed-user-account", ["4781"]],
      ["group-membership-enumerated", ["4798"]],
      ["user-member-enumerated", ["4799"]],
      ["directory-service-object-modified", ["5136"]],
      ["directory-service-object-created", ["5137"]],
      ["network-share-object-accessed", ["5140"]]
    ]);
    INDEX_STREAMS = [
      { name: "winlogbeat-9", source: "windows" },
      { name: "logs-windows.forwarded-default", source: "windows" },
      { name: "logs-windows.sysmon_operational-default", source: "sysmon" },
      { name: "logs-windows.powershell-default", source: "windows-powershell" },
      { name: "logs-windows.powershell_operational-default", source: "powershell" },
      { name: "logs-system.security-default", source: "security" },
      { name: "logs-system.system-default", source: "system" },
      { name: "logs-system.application-default", source: "application" },
      { name: "logs-endpoint.events.process-default", source: "endpoint", event: "process" },
      { name: "logs-endpoint.events.file-default", source: "endpoint", event: "file" },
      { name: "logs-endpoint.events.network-default", source: "endpoint", event: "network" },
      { name: "logs-endpoint.events.registry-default", source: "endpoint", event: "registry" },
      { name: "logs-endpoint.events.library-default", source: "endpoint", event: "library" },
      { name: "logs-endpoint.events.api-default", source: "endpoint", event: "api" },
      { name: "logs-endpoint.events.security-default", source: "endpoint", event: "security" },
      { name: "logs-endpoint.alerts-default", source: "endpoint", event: "alerts" },
      { name: "logs-crowdstrike.fdr-default", source: "crowdstrike" },
      { name: "logs-sysmon_linux.log-default", source: "sysmon-linux" }
    ];
    NOTHING = { sources: [], events: [] };
    patternCache = /* @__PURE__ */ new Map();
    EVENT_LOG_WORDS = /* @__PURE__ */ new Map([
      ["security", "security"],
      ["system", "system"],
      ["application", "application"],
      ["defender", "windefend"],
      ["taskscheduler", "taskscheduler"],
      ["printservice", "printservice-admin"],
      ["capi2", "capi2"],
      ["certificateservicesclient", "certificateservicesclient-lifecycle-system"],
      ["remoteconnectionmanager", "terminalservices-remoteconnectionmanager"],
      ["powershell", "powershell"],
      ["sysmon", "sysmon"],
      ["iis", "iis-configuration"]
    ]);
    DATA_SOURCE_NAMES = [
      { test: /^Sysmon for Linux EventID (\d+)$/i, ids: (m) => [`sysmon-linux:${m[1]}`] },
      { test: /^Sysmon EventID (\d+)$/i, ids: (m) => [`sysmon:${m[1]}`] },
      {
        test: /^Windows (?:Event Log )?(\w+) (\d+)$/i,
        ids: (m) => {
          const source = EVENT_LOG_WORDS.get(m[1].toLowerCase());
          return source ? [`${source}:${m[2]}`] : [];
        }
      },
      { test: /^Powershell Script Block Logging (\d+)$/i, ids: (m) => [`powershell:${m[1]}`] },
      { test: /^NTLM Operational ([\d, ]+)$/i, ids: (m) => numbers(m[1]).map((n) => `ntlm:${n}`) },
      { test: /^Windows IIS (\d+)$/i, ids: (m) => [`iis-configuration:${m[1]}`] },
      { test: /^CrowdStrike (\w+)$/i, ids: (m) => [`crowdstrike:${m[1]}`] },
      {
        test: /^Linux Auditd (.+)$/i,
        ids: (m) => [`auditd:${m[1].trim().toUpperCase().replace(/\s+/g, "_")}`]
      },
      { test: /^AWS CloudTrail (\w+)$/i, ids: (m) => [`cloudtrail:${m[1]}`] },
      { test: /^AWS CloudTrail$/i, ids: () => [], source: () => "cloudtrail" },
      { test: /^Okta$/i, ids: () => [], source: () => "okta" },
      { test: /^(?:O365|Office 365)\b/i, ids: () => [], source: () => "o365" },
      { test: /^Windows IIS$/i, ids: () => [], source: () => "iis-configuration" }
    ];
    SELECTOR_SOURCES = [
      [/linux-sysmon|sysmon:linux/, "sysmon-linux"],
      [/^wineventlog_(security|system|application)$/, "$1"],
      [/^linux:audit$/, "auditd"],
      [/^aws:cloudtrail/, "cloudtrail"],
      [/^oktaim2:|^okta_log$|^okta:/, "okta"],
      [/^o365:management:activity$/, "o365"],
      [/^crowdstrike:events:sensor$/, "crowdstrike"]
    ];
    selectorCache = /* @__PURE__ */ new Map();
    CHANNEL_FIELDS = /* @__PURE__ */ new Set([
      "winlog.channel",
      "channel",
      "event.provider",
      "winlog.provider_name",
      "provider_name",
      "data_stream.dataset",
      "event.dataset"
    ]);
    CHANNEL_FIELD_LENGTHS = new Set([...CHANNEL_FIELDS].map((f) => f.length));
    WATCHED_FIELDS = /* @__PURE__ */ new Set([
      "event.type",
      ...[...NAMED_EVENT_FIELDS.values()].flat()
    ]);
    EMPTY = [];
    nameCache = /* @__PURE__ */ new Map();
  }
});

// src/attack/table.ts
import { readFileSync as readFileSync3 } from "node:fs";
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function show(v) {
  const text2 = JSON.stringify(v) ?? String(v);
  return text2.length > 60 ? `${text2.slice(0, 57)}...` : text2;
}
function readTactics(c, raw) {
  const obj = c.object(raw, "tactics");
  const out = {};
  for (const [id, v] of Object.entries(obj)) {
    const where = `tactics.${id}`;
    c.pattern(id, where, TACTIC_ID, "a tactic ID like TA0002 as the key");
    const t = c.object(v, where);
    c.keys(t, where, ["name", "shortname"]);
    out[id] = {
      name: c.string(t.name, `${where}.name`),
      shortname: c.pattern(
        t.shortname,
        `${where}.shortname`,
        SHORTNAME,
        "a lowercase slug like defense-evasion"
      )
    };
  }
  return out;
}
function readTechnique(c, id, v, shortnames) {
  const where = `techniques.${id}`;
  c.pattern(id, where, TECHNIQUE_ID2, `${ID_TEXT} as the key`);
  const t = c.object(v, where);
  c.keys(t, where, TECHNIQUE_KEYS);
  const name = c.string(t.name, `${where}.name`);
  if (!Array.isArray(t.tactics))
    c.fail(`${where}.tactics`, `expected a list of tactic shortnames, got ${show(t.tactics)}`);
  const tactics = t.tactics.map((s, i) => {
    const w = `${where}.tactics[${i}]`;
    const slug3 = c.pattern(s, w, SHORTNAME, "a tactic shortname like execution");
    if (shortnames.size > 0 && !shortnames.has(slug3))
      c.fail(w, `${show(slug3)} is not the shortname of a tactic in tactics`);
    return slug3;
  });
  const out = { name, tactics };
  const revoked = "revoked" in t && c.trueFlag(t.revoked, `${where}.revoked`);
  if ("replaced_by" in t) {
    const by = c.pattern(t.replaced_by, `${where}.replaced_by`, TECHNIQUE_ID2, ID_TEXT);
    if (!revoked)
      c.fail(`${where}.replaced_by`, 'only a revoked technique has a replacement (add "revoked": true)');
    if (by === id) c.fail(`${where}.replaced_by`, "a technique cannot replace itself");
    out.revoked = true;
    out.replaced_by = by;
  } else if (revoked) out.revoked = true;
  if ("deprecated" in t && c.trueFlag(t.deprecated, `${where}.deprecated`)) out.deprecated = true;
  if ("description" in t) out.description = c.string(t.description, `${where}.description`);
  return out;
}
function readMoves(c, raw) {
  const obj = c.object(raw, "v18_to_v19");
  const out = {};
  for (const [from, v] of Object.entries(obj)) {
    const where = `v18_to_v19.${from}`;
    c.pattern(from, where, TECHNIQUE_ID2, `${ID_TEXT} as the key`);
    const m = c.object(v, where);
    c.keys(m, where, ["id", "name"]);
    out[from] = {
      id: c.pattern(m.id, `${where}.id`, TECHNIQUE_ID2, ID_TEXT),
      name: c.string(m.name, `${where}.name`)
    };
  }
  return out;
}
function readTacticSplits(c, raw) {
  const obj = c.object(raw, "v18_to_v19_tactics");
  const out = {};
  for (const [from, v] of Object.entries(obj)) {
    const where = `v18_to_v19_tactics.${from}`;
    c.pattern(from, where, SHORTNAME, "a tactic shortname like defense-evasion as the key");
    if (!Array.isArray(v)) c.fail(where, `expected a list of {shortname, name}, got ${show(v)}`);
    out[from] = v.map((item, i) => {
      const w = `${where}[${i}]`;
      const m = c.object(item, w);
      c.keys(m, w, ["shortname", "name"]);
      return {
        shortname: c.pattern(m.shortname, `${w}.shortname`, SHORTNAME, "a lowercase slug like stealth"),
        name: c.string(m.name, `${w}.name`)
      };
    });
  }
  return out;
}
function validateAttackTable(doc, file) {
  const c = new Checker(file);
  if (!isPlain(doc))
    throw new AttackError(`${file}: expected an ATT&CK table (a JSON object), got ${show(doc)}`);
  c.keys(doc, "(top level)", TOP_KEYS);
  if ("format_version" in doc && doc.format_version !== ATTACK_TABLE_FORMAT)
    c.fail(
      "format_version",
      `this detlint reads format ${ATTACK_TABLE_FORMAT}, got ${show(doc.format_version)} (a newer detlint may read it)`
    );
  const table2 = {
    format_version: ATTACK_TABLE_FORMAT,
    attack_version: c.string(doc.attack_version, "attack_version"),
    tactics: {},
    techniques: {}
  };
  if ("source" in doc) table2.source = c.string(doc.source, "source");
  if ("license" in doc) table2.license = c.string(doc.license, "license");
  if ("tactics" in doc) table2.tactics = readTactics(c, doc.tactics);
  const shortnames = new Set(Object.values(table2.tactics).map((t) => t.shortname));
  if (!("techniques" in doc)) c.fail("techniques", "required: the table of techniques by ID");
  const techniques = c.object(doc.techniques, "techniques");
  for (const [id, v] of Object.entries(techniques)) table2.techniques[id] = readTechnique(c, id, v, shortnames);
  for (const [id, t] of Object.entries(table2.techniques))
    if (t.replaced_by !== void 0 && !(t.replaced_by in table2.techniques))
      c.fail(`techniques.${id}.replaced_by`, `${t.replaced_by} is not in techniques`);
  if ("v18_to_v19" in doc) table2.v18_to_v19 = readMoves(c, doc.v18_to_v19);
  if ("v18_to_v19_tactics" in doc) table2.v18_to_v19_tactics = readTacticSplits(c, doc.v18_to_v19_tactics);
  return table2;
}
function attackTable(data, file) {
  let maxTechnique = 0;
  const maxSubtechnique = /* @__PURE__ */ new Map();
  for (const id of Object.keys(data.techniques)) {
    const [base, sub] = id.split(".");
    maxTechnique = Math.max(maxTechnique, Number(base.slice(1)));
    if (sub !== void 0) maxSubtechnique.set(base, Math.max(maxSubtechnique.get(base) ?? 0, Number(sub)));
  }
  const moves = new Map(Object.entries(data.v18_to_v19 ?? {}));
  return {
    version: data.attack_version,
    file,
    tactics: new Map(Object.entries(data.tactics)),
    techniques: new Map(Object.entries(data.techniques)),
    moves,
    maxTechnique,
    maxSubtechnique,
    movedTo: new Set([...moves.values()].map((m) => m.id)),
    tacticSplits: new Map(Object.entries(data.v18_to_v19_tactics ?? {}))
  };
}
function isStixBundle(doc) {
  return isPlain(doc) && doc.type === "bundle" && Array.isArray(doc.objects);
}
function parseJsonText(text2, file) {
  try {
    return JSON.parse(text2);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new AttackError(`${file}: not valid JSON: ${msg}`);
  }
}
function readJsonFile(file, shown = file) {
  let text2;
  try {
    text2 = readFileSync3(file, "utf8");
  } catch (err) {
    const code2 = err.code;
    const reason2 = code2 === "ENOENT" ? "no such file" : err instanceof Error ? err.message : String(err);
    throw new AttackError(`${shown}: cannot read the ATT&CK data: ${reason2}`);
  }
  return parseJsonText(text2, shown);
}
function renderAttackTable(data) {
  const ordered = {
    format_version: ATTACK_TABLE_FORMAT,
    attack_version: data.attack_version,
    ...data.source !== void 0 ? { source: data.source } : {},
    ...data.license !== void 0 ? { license: data.license } : {},
    tactics: sortedRecord(data.tactics, (t) => ({ name: t.name, shortname: t.shortname })),
    techniques: sortedRecord(data.techniques, (t) => ({
      name: t.name,
      tactics: [...t.tactics],
      ...t.revoked ? { revoked: true } : {},
      ...t.replaced_by !== void 0 ? { replaced_by: t.replaced_by } : {},
      ...t.deprecated ? { deprecated: true } : {},
      ...t.description !== void 0 ? { description: t.description } : {}
    })),
    ...data.v18_to_v19 !== void 0 ? { v18_to_v19: sortedRecord(data.v18_to_v19, (m) => ({ id: m.id, name: m.name })) } : {},
    ...data.v18_to_v19_tactics !== void 0 ? {
      v18_to_v19_tactics: sortedRecord(
        data.v18_to_v19_tactics,
        (list3) => list3.map((t) => ({ shortname: t.shortname, name: t.name }))
      )
    } : {}
  };
  return `${JSON.stringify(ordered, null, 1)}
`;
}
function sortedRecord(rec, map) {
  const out = {};
  for (const k of Object.keys(rec).sort()) out[k] = map(rec[k]);
  return out;
}
var ATTACK_TABLE_FORMAT, TECHNIQUE_ID2, TACTIC_ID, SHORTNAME, AttackError, Checker, TOP_KEYS, TECHNIQUE_KEYS, ID_TEXT;
var init_table = __esm({
  "src/attack/table.ts"() {
    "use strict";
    ATTACK_TABLE_FORMAT = 1;
    TECHNIQUE_ID2 = /^T\d{4}(?:\.\d{3})?$/;
    TACTIC_ID = /^TA\d{4}$/;
    SHORTNAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    AttackError = class extends Error {
      constructor(message3) {
        super(message3);
        this.name = "AttackError";
      }
    };
    Checker = class {
      constructor(file) {
        this.file = file;
      }
      file;
      fail(where, message3) {
        throw new AttackError(`${this.file}: ${where}: ${message3}`);
      }
      object(v, where) {
        if (!isPlain(v)) this.fail(where, `expected an object, got ${show(v)}`);
        return v;
      }
      keys(obj, where, allowed) {
        for (const k of Object.keys(obj))
          if (!allowed.includes(k))
            this.fail(`${where}.${k}`, `unknown key (expected one of ${allowed.join(", ")})`);
      }
      string(v, where) {
        if (typeof v !== "string" || v.trim() === "")
          this.fail(where, `expected a non-empty string, got ${show(v)}`);
        return v;
      }
      pattern(v, where, re, what) {
        if (typeof v !== "string" || !re.test(v)) this.fail(where, `expected ${what}, got ${show(v)}`);
        return v;
      }
      trueFlag(v, where) {
        if (typeof v !== "boolean") this.fail(where, `expected true or false, got ${show(v)}`);
        return v;
      }
    };
    TOP_KEYS = [
      "format_version",
      "attack_version",
      "source",
      "license",
      "tactics",
      "techniques",
      "v18_to_v19",
      "v18_to_v19_tactics"
    ];
    TECHNIQUE_KEYS = ["name", "tactics", "revoked", "replaced_by", "deprecated", "description"];
    ID_TEXT = "a technique ID like T1234 or T1234.001";
  }
});

// src/attack/normalize.ts
function parentOf(id) {
  const dot = id.indexOf(".");
  return dot < 0 ? id : id.slice(0, dot);
}
function replacementChain(table2, id) {
  const chain = [id];
  let current = id;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const next = table2.techniques.get(current)?.replaced_by;
    if (next === void 0 || chain.includes(next)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}
function currentId(table2, id, options = {}) {
  const chain = replacementChain(table2, id);
  let current = chain[chain.length - 1];
  if (options.moves !== false) {
    const moved = table2.moves.get(current);
    if (moved !== void 0) current = moved.id;
  }
  return current;
}
function isNewerThanTable(table2, id) {
  if (table2.techniques.has(id)) return false;
  const parent = parentOf(id);
  if (table2.movedTo.has(id) || table2.movedTo.has(parent)) return true;
  for (const to of table2.movedTo) if (parentOf(to) === parent) return true;
  if (Number(parent.slice(1)) > table2.maxTechnique) return true;
  if (parent === id) return false;
  return table2.techniques.has(parent) && Number(id.slice(parent.length + 1)) > (table2.maxSubtechnique.get(parent) ?? 0);
}
function techniqueStatus(table2, id) {
  const t = table2.techniques.get(id);
  if (t === void 0) return { kind: isNewerThanTable(table2, id) ? "newer" : "unknown" };
  if (t.revoked) {
    const chain = replacementChain(table2, id);
    return { kind: "revoked", chain, replacement: chain.length > 1 ? chain[chain.length - 1] : null };
  }
  if (t.deprecated) return { kind: "deprecated" };
  return { kind: "current" };
}
var MAX_CHAIN;
var init_normalize = __esm({
  "src/attack/normalize.ts"() {
    "use strict";
    init_table();
    MAX_CHAIN = 16;
  }
});

// src/catalog/lazy-map.ts
var LazyMap;
var init_lazy_map = __esm({
  "src/catalog/lazy-map.ts"() {
    "use strict";
    LazyMap = class {
      constructor(lookup, everything) {
        this.lookup = lookup;
        this.everything = everything;
      }
      lookup;
      everything;
      found = /* @__PURE__ */ new Map();
      whole = null;
      get(key) {
        if (this.whole !== null) return this.whole.get(key);
        if (this.found.has(key)) return this.found.get(key);
        const value = this.lookup(key);
        this.found.set(key, value);
        return value;
      }
      has(key) {
        return this.get(key) !== void 0;
      }
      /** Every entry: built on first use, then kept (and used by `get`). */
      all() {
        if (this.whole === null) {
          this.whole = this.everything();
          this.found.clear();
        }
        return this.whole;
      }
      get size() {
        return this.all().size;
      }
      forEach(fn, thisArg) {
        this.all().forEach((v, k) => fn.call(thisArg, v, k, this));
      }
      entries() {
        return this.all().entries();
      }
      keys() {
        return this.all().keys();
      }
      values() {
        return this.all().values();
      }
      [Symbol.iterator]() {
        return this.all().entries();
      }
    };
  }
});

// src/catalog/model.ts
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareRules(a, b) {
  return cmp(a.vendor, b.vendor) || cmp(a.path, b.path) || a.line - b.line || cmp(a.id ?? "", b.id ?? "") || cmp(a.title, b.title);
}
function catalogRule(rule, keys) {
  const indicatorKeys = /* @__PURE__ */ new Set();
  const exclusionKeys = /* @__PURE__ */ new Set();
  const standalone = /* @__PURE__ */ new Set();
  for (const q of rule.queries) {
    const conjuncts = q.expr.kind === "and" ? q.expr.children : [q.expr];
    for (const c of conjuncts)
      if (c.kind === "not") collectKeys(c.child, exclusionKeys, keys, standalone);
      else collectKeys(c, indicatorKeys, keys);
  }
  return {
    vendor: rule.vendor,
    id: rule.id,
    title: rule.title,
    path: rule.path,
    line: rule.line,
    level: rule.level,
    techniques: rule.techniques,
    eventKind: eventKind(rule.logsource),
    events: eventsCovered(rule),
    indicators: [...indicatorKeys],
    exclusions: [...exclusionKeys],
    standalone: [...exclusionKeys].filter((k) => standalone.has(k))
  };
}
function collectKeys(expr, out, keys, standalone) {
  switch (expr.kind) {
    case "pred":
      if (expr.derived !== true) {
        const k = keys.key(expr);
        out.add(k);
        standalone?.add(k);
      }
      return;
    case "or":
      for (const c of expr.children) collectKeys(c, out, keys, standalone);
      return;
    case "and":
      for (const c of expr.children) collectKeys(c, out, keys);
      return;
    case "not":
      collectKeys(expr.child, out, keys);
      return;
    case "opaque":
      return;
  }
}
function pushIndex(map, key, i) {
  const list3 = map.get(key);
  if (list3) list3.push(i);
  else map.set(key, [i]);
}
function techniqueGroups(techniques, attack) {
  const out = /* @__PURE__ */ new Set();
  for (const t of techniques) {
    const id = attack ? currentOf(attack, t) : t;
    out.add(id);
    out.add(parentOf(id));
  }
  return [...out].sort(cmp);
}
function peerGroups(techniques, attack) {
  const group = (t) => parentOf(attack ? currentOf(attack, t) : t);
  if (techniques.length === 1) return [group(techniques[0])];
  return [...new Set(techniques.map(group))].sort(cmp);
}
function currentOf(attack, tag) {
  let known = CURRENT.get(attack);
  if (known === void 0) CURRENT.set(attack, known = /* @__PURE__ */ new Map());
  let id = known.get(tag);
  if (id === void 0) known.set(tag, id = currentId(attack, tag));
  return id;
}
function indexTechniques(rules, attack) {
  return computedMap(() => {
    const byTag = /* @__PURE__ */ new Map();
    rules.forEach((r, i) => {
      for (const t of r.techniques) pushIndex(byTag, t, i);
    });
    const byGroup = /* @__PURE__ */ new Map();
    for (const [tag, list3] of byTag)
      for (const group of techniqueGroups([tag], attack)) {
        let set = byGroup.get(group);
        if (set === void 0) byGroup.set(group, set = /* @__PURE__ */ new Set());
        for (const i of list3) set.add(i);
      }
    const out = /* @__PURE__ */ new Map();
    for (const group of [...byGroup.keys()].sort(cmp))
      out.set(
        group,
        [...byGroup.get(group)].sort((a, b) => a - b)
      );
    return out;
  });
}
function keyField(key) {
  const bar = key.indexOf("|");
  return bar < 0 ? key : key.slice(0, bar);
}
function kindProduct(kind) {
  const slash = kind.indexOf("/");
  return slash < 0 ? kind : kind.slice(0, slash);
}
function fieldUses(rules) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const product = kindProduct(r.eventKind);
    const fields = /* @__PURE__ */ new Set();
    for (const k of r.indicators) fields.add(keyField(k));
    for (const k of r.exclusions) fields.add(keyField(k));
    for (const f of fields) {
      let c = counts.get(f);
      if (c === void 0) counts.set(f, c = { windows: 0, other: 0, kinds: /* @__PURE__ */ new Set() });
      if (product === "windows") c.windows++;
      else if (product !== "") c.other++;
      c.kinds.add(r.eventKind);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const f of [...counts.keys()].sort(cmp)) {
    const c = counts.get(f);
    out.set(f, { windows: c.windows, other: c.other, kinds: [...c.kinds].sort(cmp) });
  }
  return out;
}
function ruleKeyIndex(rules, pick) {
  const out = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => {
    for (const k of r[pick]) pushIndex(out, k, i);
  });
  return out;
}
function computedMap(build) {
  let whole = null;
  const all = () => whole ??= build();
  return new LazyMap((k) => all().get(k), all);
}
function indexCatalog(rules, keys, attack) {
  rules.sort(compareRules);
  const eventKindRules = /* @__PURE__ */ new Map();
  const catalog = {
    rules,
    keys,
    indicatorRules: ruleKeyIndex(rules, "indicators"),
    exclusionRules: ruleKeyIndex(rules, "exclusions"),
    techniqueRules: indexTechniques(rules, attack),
    eventKindRules,
    fields: computedMap(() => fieldUses(rules))
  };
  if (attack) catalog.attack = attack;
  rules.forEach((r, i) => pushIndex(eventKindRules, r.eventKind, i));
  return catalog;
}
function withAttack(catalog, attack) {
  if (attack === catalog.attack) return catalog;
  const out = { ...catalog, techniqueRules: indexTechniques(catalog.rules, attack) };
  if (attack) out.attack = attack;
  else delete out.attack;
  return out;
}
function buildCatalog(rules, attack) {
  const builder = new CatalogBuilder();
  for (const r of rules) builder.add(r);
  return builder.finish(attack);
}
var CATALOG_FORMAT, CATALOG_VERSION, CatalogError, CURRENT, CatalogBuilder;
var init_model = __esm({
  "src/catalog/model.ts"() {
    "use strict";
    init_keys();
    init_events();
    init_normalize();
    init_lazy_map();
    CATALOG_FORMAT = "detlint-catalog";
    CATALOG_VERSION = 5;
    CatalogError = class extends Error {
      constructor(message3) {
        super(message3);
        this.name = "CatalogError";
      }
    };
    CURRENT = /* @__PURE__ */ new WeakMap();
    CatalogBuilder = class {
      keys = /* @__PURE__ */ new Map();
      interner = new KeyInterner(this.keys);
      rules = [];
      add(rule) {
        this.rules.push(catalogRule(rule, this.interner));
      }
      finish(attack) {
        return indexCatalog(this.rules, this.keys, attack);
      }
    };
  }
});

// src/similarity/features.ts
function familyOf(field) {
  if (field === null) return "*";
  return FAMILY.get(field) ?? field;
}
function isEdge(c) {
  return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95 || c === 36;
}
function isInner(c) {
  return isEdge(c) || c === 46 || c === 45;
}
function valueTokens(value) {
  if (value === null || value === "") return [];
  const text2 = value.toLowerCase();
  const out = /* @__PURE__ */ new Set();
  const n = text2.length;
  let i = 0;
  while (i < n) {
    if (!isEdge(text2.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isInner(text2.charCodeAt(end))) end++;
    let last = end - 1;
    while (last > i && !isEdge(text2.charCodeAt(last))) last--;
    if (last > i) {
      out.add(text2.slice(i, last + 1));
      i = last + 1;
    } else i++;
  }
  return [...out];
}
function keyFeatures(parts) {
  const fam = familyOf(parts.field);
  const out = [`F:${fam}`];
  for (const t of valueTokens(parts.value)) out.push(`V:${t}`, `FV:${fam}=${t}`);
  return out;
}
function featuresOf(keys, lookup, memo) {
  const out = /* @__PURE__ */ new Set();
  for (const k of keys) {
    let fs = memo?.get(k);
    if (fs === void 0) {
      const parts = lookup(k);
      if (parts === void 0) continue;
      fs = keyFeatures(parts);
      memo?.set(k, fs);
    }
    for (const f of fs) out.add(f);
  }
  return out;
}
var FAMILY;
var init_features = __esm({
  "src/similarity/features.ts"() {
    "use strict";
    FAMILY = /* @__PURE__ */ new Map([
      ["process.executable", "process.name"],
      ["process.parent.executable", "process.parent.name"],
      ["file.path", "file.name"],
      ["dll.path", "dll.name"]
    ]);
  }
});

// src/catalog/sections.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readFileSync as readFileSync4, readSync as readSync2 } from "node:fs";
function headerLine(header) {
  return `${JSON.stringify(header).slice(0, -1)}
`;
}
function bufferSource(buffer) {
  return { size: buffer.length, bytes: (start, end) => buffer.subarray(start, end) };
}
function subSource(source, start, end) {
  return { size: end - start, bytes: (s, e) => source.bytes(start + s, start + e) };
}
function fileSource(file) {
  if (process.platform === "win32") return bufferSource(readFileSync4(file));
  const fd = openSync2(file, "r");
  let st;
  try {
    st = fstatSync2(fd);
  } catch (err) {
    closeSync2(fd);
    throw err;
  }
  const { size, mtimeMs: mtime } = st;
  if (!st.isFile()) {
    closeSync2(fd);
    return bufferSource(readFileSync4(file));
  }
  const source = {
    size,
    bytes(start, end) {
      const now = fstatSync2(fd);
      if (now.size !== size || now.mtimeMs !== mtime)
        throw new Error("the file was changed while it was being read");
      const out = Buffer.allocUnsafe(end - start);
      for (let got = 0; got < out.length; ) {
        const n = readSync2(fd, out, got, out.length - got, start + got);
        if (n === 0) throw new Error("the file ended before its last section");
        got += n;
      }
      return out;
    }
  };
  openFiles.register(source, fd);
  return source;
}
function readHeaderLine(source) {
  let chunk = 64 * 1024;
  let head = source.bytes(0, Math.min(source.size, chunk));
  let newline = head.indexOf(10);
  while (newline < 0 && head.length < source.size && head.length < MAX_HEADER) {
    chunk *= 4;
    head = source.bytes(0, Math.min(source.size, chunk));
    newline = head.indexOf(10);
  }
  if (newline < 0) return null;
  try {
    return { header: JSON.parse(`${head.toString("utf8", 0, newline)}}`), bodyStart: newline + 1 };
  } catch {
    return null;
  }
}
function bodyIsWhole(header, size, bodyStart) {
  return typeof header.body === "number" && size - bodyStart === header.body;
}
function isSpan(v, body) {
  return Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]) && v[0] >= 0 && v[0] <= v[1] && v[1] <= body;
}
function sectionText(source, bodyStart, span) {
  return source.bytes(bodyStart + span[0], bodyStart + span[1]).toString("utf8");
}
var BodyWriter, openFiles, MAX_HEADER;
var init_sections = __esm({
  "src/catalog/sections.ts"() {
    "use strict";
    BodyWriter = class {
      pieces = [];
      /** Bytes put so far. */
      length = 0;
      put(data) {
        const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
        const start = this.length;
        this.pieces.push(bytes);
        this.length += bytes.length;
        return [start, this.length];
      }
      /** `,"name":[` and one value per line; the spans of the values. */
      list(name, values) {
        this.put(`,${JSON.stringify(name)}:[
`);
        const spans3 = values.map((v, i) => {
          if (i > 0) this.put("\n,");
          return this.put(v);
        });
        this.put("\n]\n");
        return spans3;
      }
      /** The document as bytes: the header (a JSON object, its closing brace left to the body) and the body. */
      bytes(header) {
        return Buffer.concat([Buffer.from(headerLine(header), "utf8"), ...this.pieces]);
      }
    };
    openFiles = new FinalizationRegistry((fd) => {
      try {
        closeSync2(fd);
      } catch {
      }
    });
    MAX_HEADER = 16 * 1024 * 1024;
  }
});

// src/catalog/file.ts
import { writeFileSync } from "node:fs";
function keyBucket(key, buckets) {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % buckets;
}
function serializeCatalog(catalog) {
  return serializeCatalogBytes(catalog).toString("utf8");
}
function serializeCatalogBytes(catalog) {
  const { rules, keys } = catalog;
  const kinds = [...new Set(rules.map((r) => r.eventKind))].sort(cmp);
  const kindIndex = new Map(kinds.map((k, i) => [k, i]));
  const byKind = kinds.map(() => []);
  rules.forEach((r, i) => byKind[kindIndex.get(r.eventKind)].push(i));
  const fields = {};
  for (const [f, use] of [...catalog.fields].sort((a, b) => cmp(a[0], b[0])))
    fields[f] = [use.windows, use.other, use.kinds.map((k) => kindIndex.get(k))];
  const directory = rules.map((r) => [
    r.vendor,
    r.id,
    r.title,
    r.path,
    r.line,
    r.level,
    r.techniques,
    kindIndex.get(r.eventKind),
    r.events
  ]);
  const kindTexts = [];
  const keyTexts = [];
  const similarityTexts = [];
  const allKeys = /* @__PURE__ */ new Set();
  for (const members of byKind) {
    const used = /* @__PURE__ */ new Set();
    for (const i of members) {
      for (const k of rules[i].indicators) used.add(k);
      for (const k of rules[i].exclusions) used.add(k);
    }
    const list3 = [...used].sort();
    for (const k of list3) allKeys.add(k);
    const local = new Map(list3.map((k, i) => [k, i]));
    const ids = (ks) => ks.map((k) => local.get(k)).sort(byNumber);
    const indicatorIds = members.map((i) => ids(rules[i].indicators));
    const keyEnds = [];
    let at = 1;
    const triples = list3.map((k, x) => {
      const p = keys.get(k);
      const json = JSON.stringify([p.field, p.op, p.value]);
      at += (x > 0 ? 1 : 0) + Buffer.byteLength(json, "utf8");
      keyEnds.push(at);
      return json;
    });
    keyTexts.push(`[${triples.join(",")}]`);
    const lists = members.map((i, m) => [
      indicatorIds[m],
      ids(rules[i].exclusions),
      ids(rules[i].standalone)
    ]);
    const patternCount = /* @__PURE__ */ new Map();
    for (const [, , standalone] of lists)
      for (const x of standalone)
        if (keys.get(list3[x]).op === "wildcard")
          patternCount.set(x, (patternCount.get(x) ?? 0) + 1);
    const section = {
      rules: lists,
      keyEnds,
      patterns: [...patternCount].sort((a, b) => a[0] - b[0])
    };
    kindTexts.push(JSON.stringify(section));
    const table2 = /* @__PURE__ */ new Map();
    const byKey = new Array(list3.length);
    const featuresOfKey = (kid) => {
      let out = byKey[kid];
      if (out === void 0) {
        const parts = keys.get(list3[kid]);
        out = (parts === void 0 ? [] : keyFeatures(parts)).map((f) => {
          let id = table2.get(f);
          if (id === void 0) table2.set(f, id = table2.size);
          return id;
        });
        byKey[kid] = out;
      }
      return out;
    };
    let seen = new Int32Array(256);
    const featureRules = indicatorIds.map((kids, m) => {
      const own = [];
      for (const kid of kids)
        for (const f of featuresOfKey(kid)) {
          if (f >= seen.length) {
            const grown = new Int32Array(Math.max(seen.length * 2, f + 1));
            grown.set(seen);
            seen = grown;
          }
          if (seen[f] === m + 1) continue;
          seen[f] = m + 1;
          own.push(f);
        }
      return own;
    });
    const fieldTable = /* @__PURE__ */ new Map();
    const fieldStarts = [0];
    const fieldIds = [];
    for (const [ind, exc] of section.rules) {
      const own = /* @__PURE__ */ new Set();
      for (const kids of [ind, exc])
        for (const kid of kids) {
          const f = keyField(list3[kid]);
          let id = fieldTable.get(f);
          if (id === void 0) fieldTable.set(f, id = fieldTable.size);
          own.add(id);
        }
      for (const id of own) fieldIds.push(id);
      fieldStarts.push(fieldIds.length);
    }
    const features = [...table2.keys()].sort();
    const rank = new Int32Array(features.length);
    features.forEach((f, i) => rank[table2.get(f)] = i);
    const featureStarts = [0];
    const featureIds = [];
    for (const own of featureRules) {
      for (const f of own) featureIds.push(rank[f]);
      featureStarts.push(featureIds.length);
    }
    const similarity = {
      features,
      featureStarts,
      featureIds,
      fields: [...fieldTable.keys()],
      fieldStarts,
      fieldIds
    };
    similarityTexts.push(JSON.stringify(similarity));
  }
  const body = new BodyWriter();
  body.put(',"kinds":');
  const kindsSpan = body.put(JSON.stringify(kinds));
  body.put('\n,"fields":');
  const fieldsSpan = body.put(JSON.stringify(fields));
  body.put('\n,"rules":');
  const rulesSpan = body.put(asciiJson(JSON.stringify(directory)));
  body.put("\n");
  const kindSpans = body.list("kind", kindTexts);
  const keySpans = body.list("keys", keyTexts);
  const similaritySpans = body.list("similarity", similarityTexts);
  const reachKeys = [...catalog.indicatorRules.keys()].sort();
  const bucketCount = Math.max(1, Math.ceil(reachKeys.length / KEYS_PER_BUCKET));
  const buckets = Array.from({ length: bucketCount }, () => []);
  for (const k of reachKeys)
    buckets[keyBucket(k, bucketCount)].push([k, catalog.indicatorRules.get(k)]);
  const reachSpans = body.list(
    "reach",
    buckets.map((b) => JSON.stringify(b))
  );
  body.put("}\n");
  const header = {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    generator: `detlint ${VERSION}`,
    counts: { rules: rules.length, keys: allKeys.size },
    body: body.length,
    sections: {
      kinds: kindsSpan,
      fields: fieldsSpan,
      rules: rulesSpan,
      kind: kindSpans,
      keys: keySpans,
      similarity: similaritySpans,
      reach: reachSpans
    }
  };
  return body.bytes(header);
}
function asciiJson(json) {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}
function byNumber(a, b) {
  return a - b;
}
function fail(where, what) {
  throw new CatalogError(`${where}: ${what}`);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function spans(v, body, where) {
  if (!Array.isArray(v) || !v.every((s) => isSpan(s, body))) fail(where, "expected a list of [start, end]");
  return v;
}
function readHeader(bytes, source) {
  const head = readHeaderLine(bytes);
  let doc = head?.header;
  if (head === null)
    try {
      doc = JSON.parse(bytes.bytes(0, bytes.size).toString("utf8"));
    } catch (err) {
      fail(source, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  if (!isObject(doc) || doc.format !== CATALOG_FORMAT)
    fail(source, `not a detlint catalog (format is not "${CATALOG_FORMAT}")`);
  if (doc.version !== CATALOG_VERSION)
    fail(
      source,
      `catalog version ${JSON.stringify(doc.version)} is not supported (expected ${CATALOG_VERSION}); rebuild it with \`detlint catalog build\``
    );
  const bodyStart = head?.bodyStart ?? 0;
  if (head === null || !bodyIsWhole(doc, bytes.size, bodyStart))
    fail(
      source,
      "the file is cut short or was changed after it was written; rebuild it with `detlint catalog build`"
    );
  const body = doc.body;
  const s = doc.sections;
  if (!isObject(s)) fail(`${source}: sections`, "expected an object");
  for (const name of ["kinds", "fields", "rules"])
    if (!isSpan(s[name], body)) fail(`${source}: sections.${name}`, "expected [start, end]");
  spans(s.kind, body, `${source}: sections.kind`);
  spans(s.keys, body, `${source}: sections.keys`);
  spans(s.similarity, body, `${source}: sections.similarity`);
  spans(s.reach, body, `${source}: sections.reach`);
  if (s.reach.length === 0) fail(`${source}: sections.reach`, "expected at least one bucket");
  if (!isObject(doc.counts) || typeof doc.counts.rules !== "number" || typeof doc.counts.keys !== "number")
    fail(`${source}: counts`, 'expected the counts of "rules" and "keys"');
  return { header: doc, bodyStart };
}
function str2(v, where) {
  return typeof v === "string" ? v : fail(where, `expected a string, got ${JSON.stringify(v)}`);
}
function strOrNull(v, where) {
  return v === null ? null : str2(v, where);
}
function strings(v, where) {
  if (!Array.isArray(v)) fail(where, "expected a list");
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") str2(v[i], `${where}[${i}]`);
  return v;
}
function runs(starts, ids, rules, max, where) {
  const list3 = indexList(ids, `${where}Ids`, max);
  if (!Array.isArray(starts) || starts.length !== rules + 1 || starts[0] !== 0 || starts[rules] !== list3.length)
    fail(`${where}Starts`, `expected ${rules + 1} positions from 0 to ${list3.length}`);
  for (let i = 1; i <= rules; i++) {
    const x = starts[i];
    if (!Number.isInteger(x) || x < starts[i - 1])
      fail(
        `${where}Starts[${i}]`,
        `expected a position from ${starts[i - 1]} to ${list3.length}, got ${JSON.stringify(x)}`
      );
  }
  return [starts, list3];
}
function indexList(v, where, max) {
  if (!Array.isArray(v)) fail(where, "expected a list of indices");
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isInteger(x) || x < 0 || x >= max)
      fail(`${where}[${i}]`, `expected an index below ${max}, got ${JSON.stringify(x)}`);
  }
  return v;
}
function storedFeatures(rule) {
  return rule instanceof StoredRule ? rule.features() : void 0;
}
function standaloneWith(catalog, rule, op) {
  return rule instanceof StoredRule ? rule.standaloneWith(op) : rule.standalone.filter((k) => catalog.keys.get(k)?.op === op);
}
function standalonePatternCounts(catalog, rules) {
  const count2 = /* @__PURE__ */ new Map();
  const add = (k, n) => {
    count2.set(k, (count2.get(k) ?? 0) + n);
  };
  const stored = /* @__PURE__ */ new Map();
  for (const i of rules) {
    const r = catalog.rules[i];
    if (r instanceof StoredRule) {
      const kind = r.loadedKind();
      const set = stored.get(kind);
      if (set) set.add(r);
      else stored.set(kind, /* @__PURE__ */ new Set([r]));
    } else for (const k of standaloneWith(catalog, r, "wildcard")) add(k, 1);
  }
  for (const [kind, list3] of stored) {
    if (list3.size === kind.members.length) for (const [k, n] of kind.patternCounts()) add(k, n);
    else for (const r of list3) for (const k of standaloneWith(catalog, r, "wildcard")) add(k, 1);
  }
  return count2;
}
function exclusionIndex(kind) {
  let map = kind.exclusionRules;
  if (map === void 0) {
    map = /* @__PURE__ */ new Map();
    for (let li = 0; li < kind.members.length; li++)
      for (const k of kind.list(li, 1)) pushIndex(map, k, kind.members[li]);
    kind.exclusionRules = map;
  }
  return map;
}
function unique2(list3) {
  if (list3.length > 16) return new Set(list3).size === list3.length ? list3 : [...new Set(list3)];
  for (let i = 1; i < list3.length; i++)
    for (let j = 0; j < i; j++) if (list3[i] === list3[j]) return [...new Set(list3)];
  return list3;
}
function sortedEvents(events) {
  for (let i = 1; i < events.length; i++)
    if (compareEvents(events[i - 1], events[i]) > 0) return events.sort(compareEvents);
  return events;
}
function isStringList(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function isRuleRow(v, kinds) {
  return Array.isArray(v) && v.length === 9 && VENDORS.includes(v[0]) && (v[1] === null || typeof v[1] === "string") && typeof v[2] === "string" && typeof v[3] === "string" && typeof v[4] === "number" && (v[5] === null || typeof v[5] === "string") && isStringList(v[6]) && Number.isInteger(v[7]) && v[7] >= 0 && v[7] < kinds && isStringList(v[8]);
}
function badRow(row, where, kinds) {
  if (!Array.isArray(row) || row.length !== 9) fail(where, "expected a list of 9 fields");
  const vendor = str2(row[0], `${where}[0]`);
  if (!VENDORS.includes(vendor))
    fail(`${where}[0]`, `unknown vendor ${JSON.stringify(vendor)}`);
  strOrNull(row[1], `${where}[1]`);
  str2(row[2], `${where}[2]`);
  str2(row[3], `${where}[3]`);
  if (typeof row[4] !== "number") fail(`${where}[4]`, "expected a line number");
  strOrNull(row[5], `${where}[5]`);
  strings(row[6], `${where}[6]`);
  if (!Number.isInteger(row[7]) || row[7] < 0 || row[7] >= kinds) fail(`${where}[7]`, "expected a kind index");
  strings(row[8], `${where}[8]`);
  return fail(where, "not a rule row");
}
function parseCatalog(text2, source, attack) {
  const bytes = typeof text2 === "string" ? bufferSource(Buffer.from(text2, "utf8")) : Buffer.isBuffer(text2) ? bufferSource(text2) : text2;
  const { header, bodyStart } = readHeader(bytes, source);
  const section = (span, where) => {
    let json;
    try {
      json = sectionText(bytes, bodyStart, span);
    } catch (err) {
      return fail(`${source}: ${where}`, `cannot read: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
      return JSON.parse(json);
    } catch (err) {
      return fail(
        `${source}: ${where}`,
        `not valid JSON: ${err instanceof Error ? err.message : String(err)}`
      );
    }
  };
  const spansOf = header.sections;
  const kinds = strings(section(spansOf.kinds, "kinds"), `${source}: kinds`);
  if (spansOf.kind.length !== kinds.length || spansOf.keys.length !== kinds.length || spansOf.similarity.length !== kinds.length)
    fail(`${source}: sections`, `expected one kind, keys and similarity section per kind (${kinds.length})`);
  const fieldDoc = section(spansOf.fields, "fields");
  if (!isObject(fieldDoc)) fail(`${source}: fields`, "expected an object");
  const fields = /* @__PURE__ */ new Map();
  for (const [f, v] of Object.entries(fieldDoc)) {
    const where = `${source}: fields.${f}`;
    if (!Array.isArray(v) || v.length !== 3 || !Number.isInteger(v[0]) || !Number.isInteger(v[1]))
      fail(where, "expected [windows, other, [kind index]]");
    fields.set(f, {
      windows: v[0],
      other: v[1],
      kinds: indexList(v[2], `${where}[2]`, kinds.length).map((i) => kinds[i])
    });
  }
  const rowsDoc = section(spansOf.rules, "rules");
  if (!Array.isArray(rowsDoc)) fail(`${source}: rules`, "expected a list");
  const rows = rowsDoc;
  const rules = new Array(rows.length);
  const members = kinds.map(() => []);
  const kindIndex = new Map(kinds.map((k, i) => [k, i]));
  const kindOrder = [];
  const loaded2 = new Array(kinds.length);
  const knownKeys = /* @__PURE__ */ new Map();
  const similarity = new Array(kinds.length);
  const kindOf2 = (ki) => loaded2[ki] ?? (loaded2[ki] = loadKind(ki));
  const featuresOf2 = (ki) => similarity[ki] ?? (similarity[ki] = loadSimilarity(ki));
  const store = { kind: kindOf2, features: featuresOf2 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isRuleRow(row, kinds.length)) badRow(row, `${source}: rules[${i}]`, kinds.length);
    const vendor = row[0];
    const ki = row[7];
    const li = members[ki].length;
    if (li === 0) kindOrder.push(ki);
    members[ki].push(i);
    const kind = kinds[ki];
    rules[i] = new StoredRule(
      vendor,
      row[1],
      row[2],
      row[3],
      row[4],
      row[5],
      unique2(row[6]),
      kind,
      sortedEvents(unique2(row[8])),
      store,
      ki,
      li
    );
  }
  if (rules.length !== header.counts.rules)
    fail(source, `the header counts ${header.counts.rules} rules, the file has ${rules.length}`);
  const eventKindRules = new Map(kindOrder.map((ki) => [kinds[ki], members[ki]]));
  function loadKind(ki) {
    const where = `kind[${ki}] (${kinds[ki]})`;
    const doc = section(spansOf.kind[ki], where);
    if (!isObject(doc) || !Array.isArray(doc.rules) || !Array.isArray(doc.keyEnds))
      fail(`${source}: ${where}`, 'expected "rules" and "keyEnds" lists');
    const own = members[ki];
    if (doc.rules.length !== own.length)
      fail(`${source}: ${where}.rules`, `expected ${own.length} rules, got ${doc.rules.length}`);
    const keysSpan = spansOf.keys[ki];
    const keyEnds = doc.keyEnds;
    const size = keysSpan[1] - keysSpan[0];
    for (let x = 0, end = 0; x < keyEnds.length; x++) {
      const e = keyEnds[x];
      if (!Number.isInteger(e) || e <= end || e >= size)
        fail(
          `${source}: ${where}.keyEnds[${x}]`,
          `expected a position in the keys section, got ${JSON.stringify(e)}`
        );
      end = e + 1;
    }
    if (keyEnds.length > 0 && keyEnds[keyEnds.length - 1] !== size - 1)
      fail(`${source}: ${where}.keyEnds`, `expected the last key to end at ${size - 1}`);
    if (!Array.isArray(doc.patterns)) fail(`${source}: ${where}`, 'expected a "patterns" list');
    const patterns = doc.patterns;
    for (let i = 0; i < patterns.length; i++) {
      const e = patterns[i];
      if (!Array.isArray(e) || e.length !== 2 || !Number.isInteger(e[0]) || e[0] < 0 || e[0] >= keyEnds.length || !Number.isInteger(e[1]) || e[1] < 1)
        fail(`${source}: ${where}.patterns[${i}]`, "expected [key index, rules]");
    }
    const keysWhere = `keys[${ki}] (${kinds[ki]})`;
    return new LoadedKind(
      own,
      doc.rules,
      keyEnds,
      patterns,
      () => {
        try {
          return bytes.bytes(bodyStart + keysSpan[0], bodyStart + keysSpan[1]);
        } catch (err) {
          return fail(
            `${source}: ${keysWhere}`,
            `cannot read: ${err instanceof Error ? err.message : String(err)}`
          );
        }
      },
      `${source}: ${where}`,
      `${source}: ${keysWhere}`,
      (k, parts) => {
        if (!knownKeys.has(k)) knownKeys.set(k, parts);
      }
    );
  }
  function loadSimilarity(ki) {
    const where = `${source}: similarity[${ki}] (${kinds[ki]})`;
    const doc = section(spansOf.similarity[ki], `similarity[${ki}] (${kinds[ki]})`);
    if (!isObject(doc)) fail(where, "expected an object");
    const rules2 = members[ki].length;
    const features = strings(doc.features, `${where}.features`);
    const fields2 = strings(doc.fields, `${where}.fields`);
    const [featureStarts, featureIds] = runs(
      doc.featureStarts,
      doc.featureIds,
      rules2,
      features.length,
      `${where}.feature`
    );
    const [fieldStarts, fieldIds] = runs(
      doc.fieldStarts,
      doc.fieldIds,
      rules2,
      fields2.length,
      `${where}.field`
    );
    return { features, featureStarts, featureIds, fields: fields2, fieldStarts, fieldIds };
  }
  const loadField = (field) => {
    const use = fields.get(field);
    if (use === void 0) return [];
    for (const k of use.kinds) kindOf2(kindIndex.get(k)).registerAll();
    return use.kinds;
  };
  const loadAll2 = () => kinds.forEach((_, ki) => kindOf2(ki).registerAll());
  const excludedBy = (key) => {
    const out = [];
    for (const kind of loadField(keyField(key))) {
      const list3 = exclusionIndex(kindOf2(kindIndex.get(kind))).get(key);
      if (list3 !== void 0) for (const i of list3) out.push(i);
    }
    return out.length === 0 ? void 0 : out.sort(byNumber);
  };
  const keys = new LazyMap(
    (key) => {
      const known = knownKeys.get(key);
      if (known !== void 0) return known;
      loadField(keyField(key));
      return knownKeys.get(key);
    },
    () => {
      loadAll2();
      return new Map([...knownKeys].sort((a, b) => cmp(a[0], b[0])));
    }
  );
  const buckets = new Array(spansOf.reach.length);
  const bucket = (b) => {
    let map = buckets[b];
    if (map !== void 0) return map;
    const where = `reach[${b}]`;
    const doc = section(spansOf.reach[b], where);
    if (!Array.isArray(doc)) fail(`${source}: ${where}`, "expected a list");
    map = /* @__PURE__ */ new Map();
    for (let i = 0; i < doc.length; i++) {
      const e = doc[i];
      if (!Array.isArray(e) || e.length !== 2)
        fail(`${source}: ${where}[${i}]`, "expected [key, [rule index]]");
      map.set(
        str2(e[0], `${source}: ${where}[${i}][0]`),
        indexList(e[1], `${source}: ${where}[${i}][1]`, rules.length)
      );
    }
    return buckets[b] = map;
  };
  const catalog = {
    rules,
    keys,
    indicatorRules: new LazyMap(
      (key) => bucket(keyBucket(key, buckets.length)).get(key),
      () => ruleKeyIndex(rules, "indicators")
    ),
    exclusionRules: new LazyMap(
      (key) => excludedBy(key),
      () => ruleKeyIndex(rules, "exclusions")
    ),
    techniqueRules: indexTechniques(rules, attack),
    eventKindRules,
    fields
  };
  if (attack) catalog.attack = attack;
  return catalog;
}
function loadCatalogFile(file, attack) {
  let text2;
  try {
    text2 = fileSource(file);
  } catch (err) {
    fail(
      `catalog ${JSON.stringify(file)}`,
      `cannot read: ${err instanceof Error ? err.message : String(err)}`
    );
  }
  return parseCatalog(text2, file, attack);
}
function saveCatalogFile(catalog, file) {
  writeFileSync(file, serializeCatalogBytes(catalog));
}
var KEYS_PER_BUCKET, NON_ASCII, NON_ASCII_ALL, LoadedKind, StoredRule;
var init_file = __esm({
  "src/catalog/file.ts"() {
    "use strict";
    init_ir();
    init_keys();
    init_events();
    init_features();
    init_version();
    init_lazy_map();
    init_sections();
    init_model();
    KEYS_PER_BUCKET = 64;
    NON_ASCII = /[\u0080-\uffff]/;
    NON_ASCII_ALL = /[\u0080-\uffff]/g;
    LoadedKind = class {
      constructor(members, lists, keyEnds, patterns, readKeys, where, keysWhere, register) {
        this.members = members;
        this.lists = lists;
        this.keyEnds = keyEnds;
        this.patterns = patterns;
        this.readKeys = readKeys;
        this.where = where;
        this.keysWhere = keysWhere;
        this.register = register;
        this.keyStrings = new Array(keyEnds.length);
        this.triples = new Array(keyEnds.length);
        this.made = new Array(lists.length * 3);
      }
      members;
      lists;
      keyEnds;
      patterns;
      readKeys;
      where;
      keysWhere;
      register;
      /** Key \u2192 the kind's rules that exclude it (catalog indices, ascending): built when first asked. */
      exclusionRules;
      keyStrings;
      /** Keys parsed so far, checked. */
      triples;
      /** Per rule, its three lists (indicators, exclusions, standalone) as key strings, when made. */
      made;
      keyBytes;
      complete = false;
      /** The key string of key `x`, registered with its parts when first made. */
      key(x) {
        let k = this.keyStrings[x];
        if (k === void 0) {
          const t = this.triple(x);
          const parts = { field: t[0], op: t[1], value: t[2] };
          this.keyStrings[x] = k = formatKey(parts);
          this.register(k, parts);
        }
        return k;
      }
      /** List `j` (0 indicators, 1 exclusions, 2 standalone) of local rule `li`, as key strings. */
      list(li, j) {
        let out = this.made[li * 3 + j];
        if (out === void 0) this.made[li * 3 + j] = out = this.indices(li, j).map((x) => this.key(x));
        return out;
      }
      /** Key `x`'s parts as stored, parsed from its bytes when first asked for, checked. */
      triple(x) {
        let t = this.triples[x];
        if (t === void 0) {
          const bytes = this.keyBytes ??= this.readKeys();
          let v;
          try {
            v = JSON.parse(bytes.toString("utf8", x === 0 ? 1 : this.keyEnds[x - 1] + 1, this.keyEnds[x]));
          } catch {
            v = void 0;
          }
          this.triples[x] = t = this.checked(v, x);
        }
        return t;
      }
      checked(t, x) {
        if (!Array.isArray(t) || t.length !== 3 || t[0] !== null && typeof t[0] !== "string" || typeof t[1] !== "string" || t[2] !== null && typeof t[2] !== "string")
          fail(`${this.keysWhere}[${x}]`, "expected [field, op, value]");
        return t;
      }
      /** List `j` of local rule `li` as key indices, checked. */
      indices(li, j) {
        const r = this.lists[li];
        if (!Array.isArray(r) || r.length !== 3)
          fail(`${this.where}.rules[${li}]`, "expected [indicators, exclusions, standalone]");
        const v = r[j];
        if (!Array.isArray(v)) fail(`${this.where}.rules[${li}][${j}]`, "expected a list of indices");
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (!Number.isInteger(x) || x < 0 || x >= this.keyEnds.length)
            fail(
              `${this.where}.rules[${li}][${j}][${i}]`,
              `expected an index below ${this.keyEnds.length}, got ${JSON.stringify(x)}`
            );
        }
        return v;
      }
      /** Local rule `li`'s standalone exclusions whose op is `op`, as key strings. */
      standaloneWith(li, op) {
        return this.indices(li, 2).filter((x) => this.triple(x)[1] === op).map((x) => this.key(x));
      }
      /** The wildcard keys the kind's rules use as standalone exclusions, each with how many rules do. */
      patternCounts() {
        return this.patterns.map(([x, n]) => [this.key(x), n]);
      }
      /** Makes (and so registers) every key of the kind: the keys section parsed at once. */
      registerAll() {
        if (this.complete) return;
        const bytes = this.keyBytes ??= this.readKeys();
        let all;
        try {
          all = JSON.parse(bytes.toString("utf8"));
        } catch (err) {
          fail(this.keysWhere, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
        }
        if (!Array.isArray(all) || all.length !== this.keyEnds.length)
          fail(this.keysWhere, `expected a list of ${this.keyEnds.length} keys`);
        for (let x = 0; x < all.length; x++) {
          if (this.triples[x] === void 0) this.triples[x] = this.checked(all[x], x);
          this.key(x);
        }
        this.complete = true;
      }
    };
    StoredRule = class {
      constructor(vendor, id, title, path13, line, level, techniques, eventKind2, events, store, kind, local) {
        this.vendor = vendor;
        this.id = id;
        this.title = title;
        this.path = path13;
        this.line = line;
        this.level = level;
        this.techniques = techniques;
        this.eventKind = eventKind2;
        this.events = events;
        this.#store = store;
        this.#kind = kind;
        this.#local = local;
      }
      vendor;
      id;
      title;
      path;
      line;
      level;
      techniques;
      eventKind;
      events;
      #store;
      #kind;
      #local;
      get indicators() {
        return this.#store.kind(this.#kind).list(this.#local, 0);
      }
      get exclusions() {
        return this.#store.kind(this.#kind).list(this.#local, 1);
      }
      get standalone() {
        return this.#store.kind(this.#kind).list(this.#local, 2);
      }
      standaloneWith(op) {
        return this.#store.kind(this.#kind).standaloneWith(this.#local, op);
      }
      /** Its kind as read from the file. */
      loadedKind() {
        return this.#store.kind(this.#kind);
      }
      features() {
        return { section: this.#store.features(this.#kind), local: this.#local };
      }
    };
  }
});

// src/catalog/merge.ts
function sameRule(a, b) {
  return a.vendor === b.vendor && a.path === b.path && a.line === b.line && (a.id ?? "") === (b.id ?? "");
}
function firstSeen(seen, r) {
  const same = seen.get(r.path);
  if (same === void 0) {
    seen.set(r.path, [r]);
    return true;
  }
  if (same.some((o) => sameRule(o, r))) return false;
  same.push(r);
  return true;
}
function mergeCatalogs(catalogs, attack) {
  if (catalogs.length === 1) {
    const seen = /* @__PURE__ */ new Map();
    if (catalogs[0].rules.every((r) => firstSeen(seen, r)))
      return withAttack(catalogs[0], attack ?? catalogs[0].attack);
  }
  return combineCatalogs(
    catalogs.map((catalog) => ({ catalog })),
    attack
  );
}
function combineCatalogs(parts, attack) {
  const catalogs = parts.map((p) => p.catalog);
  const seen = /* @__PURE__ */ new Map();
  const picked = [];
  const dropped = [];
  parts.forEach(
    ({ catalog: c, keep }, source) => c.rules.forEach((rule, local) => {
      if (keep !== void 0 && !keep(rule)) {
        dropped.push(rule);
        return;
      }
      if (firstSeen(seen, rule)) picked.push({ rule, source, local });
      else dropped.push(rule);
    })
  );
  picked.sort((a, b) => compareRules(a.rule, b.rule));
  const remap = catalogs.map((c) => new Int32Array(c.rules.length).fill(-1));
  picked.forEach((p, i) => remap[p.source][p.local] = i);
  const rules = picked.map((p) => p.rule);
  const eventKindRules = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => pushIndex(eventKindRules, r.eventKind, i));
  const combined = (key, pick) => {
    const out = [];
    catalogs.forEach((c, source) => {
      for (const i of c[pick].get(key) ?? []) {
        const m = remap[source][i];
        if (m >= 0) out.push(m);
      }
    });
    return out.length === 0 ? void 0 : out.sort((a, b) => a - b);
  };
  const partsOf = (key) => {
    for (const c of catalogs) {
      const parts2 = c.keys.get(key);
      if (parts2 !== void 0) return parts2;
    }
    return void 0;
  };
  const filtered = parts.some((p) => p.keep !== void 0);
  let leftOutKeys = null;
  const usedOnlyByLeftOut = (key) => {
    if (leftOutKeys === null) {
      leftOutKeys = /* @__PURE__ */ new Set();
      for (const r of dropped) for (const k of [...r.indicators, ...r.exclusions]) leftOutKeys.add(k);
    }
    return leftOutKeys.has(key) && combined(key, "indicatorRules") === void 0 && combined(key, "exclusionRules") === void 0;
  };
  const keys = new LazyMap(
    (key) => filtered && usedOnlyByLeftOut(key) ? void 0 : partsOf(key),
    () => {
      const out = /* @__PURE__ */ new Map();
      if (filtered) {
        for (const r of rules)
          for (const k of [...r.indicators, ...r.exclusions])
            if (!out.has(k)) out.set(k, partsOf(k));
      } else for (const c of catalogs) for (const [k, v] of c.keys) if (!out.has(k)) out.set(k, v);
      return out;
    }
  );
  const fieldOf2 = (field) => {
    let windows = 0;
    let other = 0;
    const kinds = /* @__PURE__ */ new Set();
    for (const c of catalogs) {
      const use = c.fields.get(field);
      if (use === void 0) continue;
      windows += use.windows;
      other += use.other;
      for (const k of use.kinds) kinds.add(k);
    }
    if (kinds.size === 0) return void 0;
    const uses = (r) => r.indicators.some((k) => keyField(k) === field) || r.exclusions.some((k) => keyField(k) === field);
    const recheck = /* @__PURE__ */ new Set();
    for (const r of dropped) {
      if (!uses(r)) continue;
      const product = kindProduct(r.eventKind);
      if (product === "windows") windows--;
      else if (product !== "") other--;
      recheck.add(r.eventKind);
    }
    for (const kind of recheck)
      if (!(eventKindRules.get(kind) ?? []).some((i) => uses(rules[i]))) kinds.delete(kind);
    if (kinds.size === 0) return void 0;
    return { windows, other, kinds: [...kinds].sort() };
  };
  const table2 = attack ?? catalogs.find((c) => c.attack)?.attack;
  const catalog = {
    rules,
    keys,
    indicatorRules: new LazyMap(
      (key) => combined(key, "indicatorRules"),
      () => ruleKeyIndex(rules, "indicators")
    ),
    exclusionRules: new LazyMap(
      (key) => combined(key, "exclusionRules"),
      () => ruleKeyIndex(rules, "exclusions")
    ),
    techniqueRules: indexTechniques(rules, table2),
    eventKindRules,
    fields: new LazyMap(fieldOf2, () => fieldUses(rules))
  };
  if (table2) catalog.attack = table2;
  return catalog;
}
var init_merge = __esm({
  "src/catalog/merge.ts"() {
    "use strict";
    init_lazy_map();
    init_model();
  }
});

// src/catalog/index.ts
var init_catalog = __esm({
  "src/catalog/index.ts"() {
    "use strict";
    init_model();
    init_file();
    init_merge();
  }
});

// src/describe.ts
function describeMatch(op, value) {
  const [base, ...encodings] = op.split("+");
  const enc = encodings.length > 0 ? ` (${encodings.join(", ")})` : "";
  const v = value ?? "";
  switch (base) {
    case "eq":
      return `equals "${v}"${enc}`;
    case "wildcard":
    case "keyword": {
      const parts = parsePattern(v);
      const first = parts[0];
      const last = parts[parts.length - 1];
      const inner = parts.slice(1, -1);
      const literal3 = (ps) => ps.length === 1 && typeof ps[0] === "object" ? ps[0].lit : null;
      const prefix = base === "keyword" ? "keyword " : "";
      if (parts.length === 3 && first === "*" && last === "*" && literal3(inner) !== null)
        return `${prefix}contains "${literal3(inner)}"${enc}`;
      if (parts.length === 2 && first === "*" && literal3([last]) !== null)
        return `${prefix}ends with "${literal3([last])}"${enc}`;
      if (parts.length === 2 && last === "*" && literal3([first]) !== null)
        return `${prefix}starts with "${literal3([first])}"${enc}`;
      return `${prefix}matches "${v}"${enc}`;
    }
    case "regex":
      return `matches the regex "${v}"${enc}`;
    case "cidr":
      return `is in ${v}`;
    case "gt":
      return `> ${v}`;
    case "gte":
      return `>= ${v}`;
    case "lt":
      return `< ${v}`;
    case "lte":
      return `<= ${v}`;
    case "exists":
      return "exists";
    case "null":
      return "is empty or absent";
    case "fieldref":
      return `equals the field ${v}`;
    default:
      return `${base} "${v}"${enc}`;
  }
}
function describePredicate(field, op, value) {
  const what = describeMatch(op, value);
  return field === null ? what : `${field} ${what}`;
}
function describeEventKind(eventKind2) {
  const parts = eventKind2.split("/").filter((p) => p !== "");
  return parts.length > 0 ? parts.join("/") : "any log source";
}
var init_describe = __esm({
  "src/describe.ts"() {
    "use strict";
    init_wildcard();
  }
});

// src/similarity/index.ts
function baseTable(catalog, rules) {
  for (let li = 0; li < rules.length; li++) {
    const stored = storedFeatures(catalog.rules[rules[li]]);
    if (stored === void 0) continue;
    const t = stored.section.features;
    for (let i = 1; i < t.length; i++) if (!(t[i - 1] < t[i])) return null;
    return t;
  }
  return null;
}
function sortedIndex(list3, value) {
  let lo = 0;
  let hi = list3.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const v = list3[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
function similarityIndex(catalog) {
  let index = INDEXES.get(catalog.rules);
  if (index === void 0) {
    index = new SimilarityIndex(catalog);
    INDEXES.set(catalog.rules, index);
  }
  return index;
}
function ruleQuery(catalog, rule, self) {
  const own = /* @__PURE__ */ new Map();
  for (const { pred } of indicators(rule)) {
    const key = predicateKey(pred);
    if (!own.has(key)) own.set(key, keyParts(pred));
  }
  return {
    kind: eventKind(rule.logsource),
    features: similarityIndex(catalog).features(own.keys(), own),
    techniques: rule.techniques,
    self,
    vendor: rule.vendor
  };
}
function catalogRuleQuery(catalog, index) {
  const r = catalog.rules[index];
  return {
    kind: r.eventKind,
    features: similarityIndex(catalog).features(r.indicators),
    techniques: r.techniques,
    self: /* @__PURE__ */ new Set([index]),
    vendor: r.vendor
  };
}
function parentsOf(catalog, attack) {
  let known = PARENTS.get(catalog);
  if (known === void 0 || known.attack !== attack) {
    known = { attack, parents: new Array(catalog.rules.length) };
    PARENTS.set(catalog, known);
  }
  const { parents } = known;
  return (i) => {
    let p = parents[i];
    if (p === void 0) {
      const r = catalog.rules[i];
      parents[i] = p = r.techniques.length === 0 ? [] : peerGroups(r.techniques, attack);
    }
    return p;
  };
}
function overlap(catalog, query) {
  const index = similarityIndex(catalog).kind(query.kind);
  const unseen = Math.log(index.rules.length + 1);
  const inter = new Float64Array(index.rules.length);
  let wq = 0;
  for (const f of query.features) {
    const id = index.id(f);
    if (id === void 0) {
      wq += unseen;
      continue;
    }
    const w = index.idf[id];
    wq += w;
    for (let p = index.postingStart[id], end = index.postingStart[id + 1]; p < end; p++)
      inter[index.postings[p]] += w;
  }
  let candidates = 0;
  for (let li = 0; li < inter.length; li++) {
    const i = inter[li];
    if (i <= 0) continue;
    if (query.self.has(index.rules[li])) inter[li] = 0;
    else {
      inter[li] = i / (wq + index.weight[li] - i);
      candidates++;
    }
  }
  return { index, jaccard: inter, candidates };
}
function scorer(catalog, index, query, options) {
  const weight = options.techniqueWeight ?? 2;
  const attack = options.attack ?? catalog.attack;
  const mine = weight === 1 || query.techniques.length === 0 ? [] : peerGroups(query.techniques, attack);
  const parents = mine.length === 0 ? null : parentsOf(catalog, attack);
  const vendorWeight = options.vendorWeight ?? 1;
  return (li, jaccard) => {
    const ci = index.rules[li];
    const sharesTechnique = parents !== null && parents(ci).some((t) => mine.includes(t));
    let similarity = sharesTechnique ? jaccard * weight : jaccard;
    if (vendorWeight !== 1 && catalog.rules[ci].vendor === query.vendor) similarity *= vendorWeight;
    return { index: ci, similarity, jaccard, sharesTechnique };
  };
}
function byLikeness(a, b) {
  return b.similarity - a.similarity || a.index - b.index;
}
function neighbours(catalog, query, options = {}) {
  const k = options.k ?? 20;
  const min = options.minSimilarity ?? 0;
  const { index, jaccard, candidates } = overlap(catalog, query);
  const factors = [options.techniqueWeight ?? 2, options.vendorWeight ?? 1];
  const low = factors.reduce((a, f) => a * Math.min(1, f), 1);
  const high = factors.reduce((a, f) => a * Math.max(1, f), 1);
  let floor = -Infinity;
  if (k > 0 && candidates > k && low > 0) {
    const ranked = new Float64Array(candidates);
    let n = 0;
    for (let li = 0; li < jaccard.length; li++) if (jaccard[li] > 0) ranked[n++] = -jaccard[li];
    ranked.sort();
    floor = -ranked[k - 1] * low * (1 - 1e-9);
  }
  const score2 = scorer(catalog, index, query, options);
  const out = [];
  for (let li = 0; li < jaccard.length; li++) {
    const j = jaccard[li];
    if (j <= 0 || j * high < floor) continue;
    const nb = score2(li, j);
    if (nb.similarity >= min) out.push(nb);
  }
  return out.sort(byLikeness).slice(0, k);
}
function findRule(catalog, ref) {
  if (typeof ref === "number") return ref >= 0 && ref < catalog.rules.length ? ref : -1;
  return catalog.rules.findIndex(
    (r) => (ref.vendor === void 0 || r.vendor === ref.vendor) && (ref.id === void 0 || ref.id === null || r.id === ref.id) && (ref.path === void 0 || r.path === ref.path) && (ref.line === void 0 || r.line === ref.line)
  );
}
function similarRules(catalog, ref, k = 10, options = {}) {
  const i = findRule(catalog, ref);
  if (i < 0) return [];
  return neighbours(catalog, catalogRuleQuery(catalog, i), { ...options, k });
}
var SimilarityIndex, INDEXES, PARENTS;
var init_similarity = __esm({
  "src/similarity/index.ts"() {
    "use strict";
    init_ir();
    init_keys();
    init_catalog();
    init_features();
    init_features();
    SimilarityIndex = class {
      constructor(catalog) {
        this.catalog = catalog;
      }
      catalog;
      kinds = /* @__PURE__ */ new Map();
      /** Key \u2192 its features, shared by every kind. */
      memo = /* @__PURE__ */ new Map();
      kind(kind) {
        let k = this.kinds.get(kind);
        if (k === void 0) {
          k = this.build(kind);
          this.kinds.set(kind, k);
        }
        return k;
      }
      /** The features of a set of keys (parts from `own` first, then the catalog), through the shared memo. */
      features(keys, own) {
        const { catalog } = this;
        return featuresOf(keys, (k) => own?.get(k) ?? catalog.keys.get(k), this.memo);
      }
      build(kind) {
        const { catalog } = this;
        const rules = catalog.eventKindRules.get(kind) ?? [];
        const base = baseTable(catalog, rules);
        const extra = /* @__PURE__ */ new Map();
        const df = base === null ? [] : new Array(base.length).fill(0);
        const lookup = (f) => {
          if (base !== null) {
            const i = sortedIndex(base, f);
            if (i >= 0) return i;
          }
          return extra.get(f);
        };
        const idOf = (f) => {
          let id2 = lookup(f);
          if (id2 === void 0) {
            id2 = df.length;
            extra.set(f, id2);
            df.push(0);
          }
          return id2;
        };
        const keyIds = /* @__PURE__ */ new Map();
        const idsOf = (key) => {
          let out = keyIds.get(key);
          if (out === void 0) keyIds.set(key, out = [...this.features([key])].map(idOf));
          return out;
        };
        const tables2 = /* @__PURE__ */ new Map();
        let seen = new Int32Array(Math.max(1024, (base?.length ?? 0) + 1));
        let flat2 = new Uint32Array(Math.max(1024, rules.length * 16));
        let size = 0;
        const starts = new Uint32Array(rules.length + 1);
        const fieldRules = /* @__PURE__ */ new Map();
        let stamp = 0;
        const add = (id2) => {
          if (id2 >= seen.length) {
            const grown = new Int32Array(Math.max(seen.length * 2, id2 + 1));
            grown.set(seen);
            seen = grown;
          }
          if (seen[id2] === stamp) return;
          seen[id2] = stamp;
          df[id2]++;
          if (size === flat2.length) {
            const grown = new Uint32Array(flat2.length * 2);
            grown.set(flat2);
            flat2 = grown;
          }
          flat2[size++] = id2;
        };
        const fieldList2 = (f) => {
          let list3 = fieldRules.get(f);
          if (list3 === void 0) fieldRules.set(f, list3 = []);
          return list3;
        };
        const addField = (f, li) => {
          const list3 = fieldList2(f);
          if (list3[list3.length - 1] !== li) list3.push(li);
        };
        const sectionFields = /* @__PURE__ */ new Map();
        for (let li = 0; li < rules.length; li++) {
          const r = catalog.rules[rules[li]];
          stamp = li + 1;
          starts[li] = size;
          const stored = storedFeatures(r);
          if (stored !== void 0) {
            const { section: s, local } = stored;
            const ids = s.featureIds;
            const from = s.featureStarts[local];
            const end = s.featureStarts[local + 1];
            if (s.features === base) {
              if (size + end - from > flat2.length) {
                const grown = new Uint32Array(Math.max(flat2.length * 2, size + end - from));
                grown.set(flat2);
                flat2 = grown;
              }
              for (let j = from; j < end; j++) {
                const id2 = ids[j];
                if (seen[id2] === stamp) continue;
                seen[id2] = stamp;
                df[id2]++;
                flat2[size++] = id2;
              }
            } else {
              const table2 = s.features;
              let map = tables2.get(table2);
              if (map === void 0) tables2.set(table2, map = new Int32Array(table2.length).fill(-1));
              for (let j = from; j < end; j++) {
                const f = ids[j];
                let id2 = map[f];
                if (id2 < 0) map[f] = id2 = idOf(table2[f]);
                add(id2);
              }
            }
            let lists = sectionFields.get(s);
            if (lists === void 0) sectionFields.set(s, lists = new Array(s.fields.length));
            for (let j = s.fieldStarts[local], e = s.fieldStarts[local + 1]; j < e; j++) {
              const fid = s.fieldIds[j];
              const list3 = lists[fid] ??= fieldList2(s.fields[fid]);
              if (list3[list3.length - 1] !== li) list3.push(li);
            }
          } else {
            for (const k of r.indicators) for (const id2 of idsOf(k)) add(id2);
            for (const k of r.indicators) addField(keyField(k), li);
            for (const k of r.exclusions) addField(keyField(k), li);
          }
        }
        const n = rules.length;
        starts[n] = size;
        const idf = new Float64Array(df.length);
        for (let id2 = 0; id2 < df.length; id2++) idf[id2] = Math.log((n + 1) / df[id2]);
        const postingStart = new Uint32Array(df.length + 1);
        for (let id2 = 0; id2 < df.length; id2++) postingStart[id2 + 1] = postingStart[id2] + df[id2];
        const fill = postingStart.slice(0, df.length);
        const postings = new Uint32Array(size);
        const weight = new Float64Array(n);
        for (let li = 0; li < n; li++) {
          let w = 0;
          for (let p = starts[li]; p < starts[li + 1]; p++) {
            const id2 = flat2[p];
            w += idf[id2];
            postings[fill[id2]++] = li;
          }
          weight[li] = w;
        }
        const id = (f) => {
          const i = lookup(f);
          return i === void 0 || df[i] === 0 ? void 0 : i;
        };
        return { kind, rules, id, idf, weight, postings, postingStart, fieldRules };
      }
    };
    INDEXES = /* @__PURE__ */ new WeakMap();
    PARENTS = /* @__PURE__ */ new WeakMap();
  }
});

// src/report/common.ts
function sortedFindings(findings) {
  return [...findings].sort(compareFindings);
}
function sortedSkipped(skipped2) {
  return [...skipped2].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function skippedLine(skipped2) {
  const n = skipped2?.length ?? 0;
  return n === 0 ? "" : `skipped ${formatCount(n)} ${n === 1 ? "file that is not a rule" : "files that are not rules"}`;
}
function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function plural(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function formatPercent(share2) {
  return Number.isFinite(share2) ? `${Math.round(share2 * 100)}%` : "?%";
}
function severityCounts(summary2) {
  return [
    plural(summary2.errors, "error"),
    plural(summary2.warnings, "warning"),
    plural(summary2.notices, "notice")
  ].join(", ");
}
function cleanText(text2) {
  return text2.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "\uFFFD");
}
function clip(text2, max) {
  if (text2.length <= max) return text2;
  let end = max - 1;
  const code2 = text2.charCodeAt(end - 1);
  if (code2 >= 55296 && code2 <= 56319) end--;
  return `${text2.slice(0, end)}\u2026`;
}
function normalizePath(path13) {
  return path13.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
}
function describeEvidence(e) {
  return describePredicate(e.field, e.op, e.value);
}
function describePeers(technique, eventKind2) {
  const kind = describeEventKind(eventKind2);
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
function exampleTitles(examples, more2) {
  const titles2 = examples.map((r) => cleanText(r.title)).join("; ");
  return more2 > 0 ? `${titles2}, and ${formatCount(more2)} more` : titles2;
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
var LINE_BREAKS, CONTROLS, MAX_SUPPORTERS;
var init_common = __esm({
  "src/report/common.ts"() {
    "use strict";
    init_describe();
    init_findings();
    LINE_BREAKS = /[ \t]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])+[ \t]*/g;
    CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
    MAX_SUPPORTERS = 5;
  }
});

// src/report/tables.ts
function escapeMarkdown(text2) {
  return cleanText(text2).replace(/[\\`*_[\]()#~|$&<>@]/g, (c) => ESCAPES[c] ?? `\\${c}`).replace(/\\#(?=[0-9])/g, "\\#\u200D").replace(/\b(https?|ftp):(?=\/\/)/gi, "$1&#58;").replace(/\bwww\./gi, "www&#46;").replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)\./, "$1\\.");
}
function codeSpan(text2, options = {}) {
  let content = cleanText(text2);
  if (options.table !== false) content = content.replace(/\|/g, "\\|");
  let longest = 0;
  for (const run8 of content.match(/`+/g) ?? []) longest = Math.max(longest, run8.length);
  const fence = "`".repeat(longest + 1);
  if (content === "") return "` `";
  const pad2 = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "";
  return pad2 ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
function moreLine(table2) {
  const more2 = table2.more ?? 0;
  const noun = table2.noun ?? "row";
  return more2 > 0 ? `\u2026 and ${formatCount(more2)} more ${noun}${more2 === 1 ? "" : "s"}` : null;
}
function cut(text2, max, keepEnd) {
  if (!keepEnd || text2.length <= max) return clip(text2, max);
  let start = text2.length - (max - 1);
  const code2 = text2.charCodeAt(start);
  if (code2 >= 56320 && code2 <= 57343) start++;
  return `\u2026${text2.slice(start)}`;
}
function markdownCell(cell, column) {
  const max = column.max ?? DEFAULT_MAX;
  const fit = (text2) => cut(text2, max, column.keepEnd);
  if (cell === null) return "";
  if (typeof cell === "number") return formatCount(cell);
  if (typeof cell === "string") return escapeMarkdown(fit(cell));
  if ("codes" in cell) return cell.codes.map((c) => codeSpan(fit(c))).join(", ");
  return codeSpan(fit(cell.code));
}
function renderMarkdownTable(table2, indent = "") {
  const cols = table2.columns;
  const lines = [
    `| ${cols.map((c) => escapeMarkdown(c.header)).join(" | ")} |`,
    `| ${cols.map((c) => c.numeric ? "---:" : ":--").join(" | ")} |`,
    ...table2.rows.map((r) => `| ${cols.map((c, i) => markdownCell(r[i] ?? null, c)).join(" | ")} |`)
  ];
  const more2 = moreLine(table2);
  if (more2 !== null) lines.push("", more2);
  return lines.map((l) => l === "" ? l : indent + l);
}
function textCell(cell, column) {
  const max = Math.min(column.max ?? DEFAULT_MAX, TEXT_MAX);
  const fit = (text2) => cut(cleanText(text2), max, column.keepEnd);
  if (cell === null) return "";
  if (typeof cell === "number") return formatCount(cell);
  if (typeof cell === "string") return fit(cell);
  if ("codes" in cell) return fit(cell.codes.join(", "));
  return fit(cell.code);
}
function width(text2) {
  return Array.from(text2).length;
}
function pad(text2, to, right) {
  const fill = " ".repeat(Math.max(0, to - width(text2)));
  return right ? fill + text2 : text2 + fill;
}
function renderTextTable(table2, indent = "") {
  const cols = table2.columns;
  const rows = table2.rows.map((r) => cols.map((c, i) => textCell(r[i] ?? null, c)));
  const widths = cols.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i]))));
  const line = (cells) => indent + cells.map((x, i) => pad(x, widths[i], cols[i].numeric === true)).join("  ").trimEnd();
  const lines = [line(cols.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  const more2 = moreLine(table2);
  if (more2 !== null) lines.push(indent + more2);
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
var ESCAPES, DEFAULT_MAX, TEXT_MAX, KEY_COLUMNS;
var init_tables = __esm({
  "src/report/tables.ts"() {
    "use strict";
    init_wildcard();
    init_common();
    ESCAPES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      // A zero-width joiner after `@` keeps `@user` and `@org/team` from notifying anyone;
      // a backslash would not, GitHub finds mentions after rendering.
      "@": "@\u200D"
    };
    DEFAULT_MAX = 300;
    TEXT_MAX = 80;
    KEY_COLUMNS = [
      { header: "field" },
      { header: "operator" },
      { header: "value" }
    ];
  }
});

// src/catalog/page.ts
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
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
  const indices2 = catalog.techniqueRules.get(id) ?? [];
  const vendorRules = new Counter();
  const subs = new Counter();
  const events = new Counter();
  const eventVendors = new Counter();
  let rulesWithoutEvents = 0;
  const fields = new Counter();
  const fieldOps = /* @__PURE__ */ new Map();
  const fieldValues = /* @__PURE__ */ new Map();
  const indicators2 = new Counter();
  const exclusions2 = new Counter();
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
  for (const i of indices2) {
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
      indicators2.add(k, i);
      noteField(k, i);
    }
    for (const k of r.exclusions) {
      exclusions2.add(k, i);
      noteField(k, i);
    }
  }
  const keyParts2 = (key) => {
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
    rules: indices2.length,
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
      indicators2.sorted().map(([key, s]) => ({
        key,
        ...keyParts2(key),
        here: s.size,
        reach: catalog.indicatorRules.get(key)?.length ?? 0,
        vendors: vendorsOf(catalog, s)
      })),
      limit
    ),
    exclusions: take(
      exclusions2.sorted().map(([key, s]) => ({
        key,
        ...keyParts2(key),
        rules: s.size,
        vendors: vendorsOf(catalog, s)
      })),
      limit
    ),
    ruleGroups: VENDORS.filter((v) => vendorRules.rows.has(v)).map((vendor) => {
      const list3 = indices2.filter((i) => catalog.rules[i].vendor === vendor).map((i) => {
        const r = catalog.rules[i];
        return { vendor: r.vendor, title: r.title, path: r.path, line: r.line, id: r.id };
      });
      return { vendor, ...take(list3, limit) };
    })
  };
}
function namedId(p, id, name) {
  return name === null ? p.text(id) : `${p.text(id)} ${p.text(name)}`;
}
function vendorCounts(list3) {
  return list3.map((v) => `${v.vendor} ${formatCount(v.rules)}`).join(", ");
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
  const line = (text2) => void out.push({ kind: "line", text: text2 });
  const heading = (level, text2) => void out.push({ kind: "heading", level, text: text2 });
  const table2 = (t, empty) => void out.push(t.rows.length > 0 ? t : { kind: "line", text: empty });
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
  table2(eventsTable(page), "No rule reads an event detlint knows.");
  if (page.rulesWithoutEvents > 0 && page.events.total > 0)
    line(`${ruleCount(page.rulesWithoutEvents)} read no event detlint knows.`);
  heading(2, "Fields filtered most");
  line(
    "rules: rules that test the field, in an indicator or an exclusion. Scope fields (OS, event category, type or code, channel) are left out of this table and the next."
  );
  table2(fieldsTable(page), "No rule tests a field.");
  heading(2, "Top indicator values");
  line("rules here: rules of this page with the indicator; corpus reach: catalog rules with it.");
  table2(
    indicatorTable(page.indicators.rows, {
      here: true,
      vendors: true,
      more: page.indicators.total - page.indicators.rows.length
    }),
    "No indicators."
  );
  heading(2, "Exclusions");
  table2(
    exclusionTable(page.exclusions.rows, { more: page.exclusions.total - page.exclusions.rows.length }),
    "No exclusions."
  );
  heading(2, "Rules");
  for (const g of page.ruleGroups) {
    heading(3, `${g.vendor} (${formatCount(g.total)})`);
    table2(rulesTable(g), "None.");
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
var DEFAULT_PAGE_LIMIT, SAMPLES, Counter, MARKDOWN, TEXT;
var init_page = __esm({
  "src/catalog/page.ts"() {
    "use strict";
    init_ir();
    init_normalize();
    init_events();
    init_fields();
    init_common();
    init_tables();
    DEFAULT_PAGE_LIMIT = 15;
    SAMPLES = 3;
    Counter = class {
      rows = /* @__PURE__ */ new Map();
      add(key, rule) {
        const s = this.rows.get(key);
        if (s) s.add(rule);
        else this.rows.set(key, /* @__PURE__ */ new Set([rule]));
      }
      /** Keys by rules (descending), then by `tie` (default: the key). */
      sorted(tie = cmp2) {
        return [...this.rows].sort((a, b) => b[1].size - a[1].size || tie(a[0], b[0]));
      }
    };
    MARKDOWN = { text: escapeMarkdown };
    TEXT = { text: cleanText };
  }
});

// schema/detlint.schema.json
var detlint_schema_default;
var init_detlint_schema = __esm({
  "schema/detlint.schema.json"() {
    detlint_schema_default = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "https://raw.githubusercontent.com/detlint/detlint/main/schema/detlint.schema.json",
      title: "detlint configuration (.detlint.yml)",
      description: "Settings for detlint, the detection-rule linter: which files are rules, what the catalog is built from, each check's severity and thresholds, and accepted findings. detlint validates the same keys and values as this schema; an error names the key and the value.",
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        "fail-on": {
          description: "The lowest severity that fails the check: error, warning, notice, or none (never fail). Case does not matter.",
          errorMessage: "one of error, warning, notice, none",
          default: "error",
          anyOf: [
            {
              enum: ["error", "warning", "notice", "none"]
            },
            {
              type: "string",
              pattern: "^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$"
            }
          ]
        },
        rules: {
          description: "Globs (relative to the repository root) of the repository's rule files: the files the action checks and the default catalog. A string or a list.",
          default: ["**/*.{yml,yaml,toml}"],
          anyOf: [
            {
              type: "string"
            },
            {
              type: "array",
              items: {
                type: "string"
              }
            }
          ]
        },
        ignore: {
          description: "Globs (relative to the repository root) of paths never checked nor catalogued. A string or a list.",
          default: [],
          anyOf: [
            {
              type: "string"
            },
            {
              type: "array",
              items: {
                type: "string"
              }
            }
          ]
        },
        baseline: {
          description: "Extra catalog sources: named public corpora (sigma, elastic, splunk, elastic-endpoint; name@ref for another commit, tag or branch), downloaded and cached by detlint, or folders, files or globs of rules (a local folder named like a corpus: sigma/). A string or a list.",
          default: [],
          anyOf: [
            {
              type: "string"
            },
            {
              type: "array",
              items: {
                type: "string"
              }
            }
          ]
        },
        "max-file-size": {
          description: "The size limit per file: a bigger file is not read and gets one parse-error finding. A whole number of bytes, or a number with a unit: 512kB, 5MB, 1GB (1,024-based). At most 1 GB.",
          errorMessage: "a size from 1 byte to 1 GB: a whole number of bytes or a number with kB, MB or GB",
          default: 5242880,
          anyOf: [
            {
              type: "integer",
              minimum: 1,
              maximum: 1073741824
            },
            {
              type: "string",
              pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$"
            }
          ]
        },
        suppress: {
          description: "Accepted findings: each entry names a rule id and/or a path glob, optionally the checks, and the reason (required). An entry that suppressed nothing while its rule was checked is reported as unused-suppression.",
          errorMessage: "a list of entries with rule or path, checks and reason",
          default: [],
          type: "array",
          items: {
            $ref: "#/definitions/suppression"
          }
        },
        checks: {
          description: "Per-check settings. Each check takes a mapping, or off (false) to turn it off.",
          type: "object",
          additionalProperties: false,
          properties: {
            "noisy-indicator": {
              description: "A predicate that many catalog rules check, relied on without a more specific condition beside it.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "warning",
                      enum: ["error", "warning", "notice", "off"]
                    },
                    threshold: {
                      description: "A predicate is noisy when at least this many other catalog rules check it.",
                      type: "integer",
                      minimum: 1,
                      maximum: 1e9,
                      default: 20
                    },
                    "max-paths": {
                      description: "Satisfying paths of a rule expanded at most, before falling back to its top-level branches.",
                      type: "integer",
                      minimum: 1,
                      maximum: 1e5,
                      default: 64
                    },
                    examples: {
                      description: "Catalog rules named as examples in a finding.",
                      type: "integer",
                      minimum: 0,
                      maximum: 50,
                      default: 3
                    }
                  }
                }
              ]
            },
            "missing-common-exclusion": {
              description: "A false-positive filter that the rules most like this one (or, with peers: technique, the rules of its technique) use as a filter of its own, which this rule lacks.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "warning",
                      enum: ["error", "warning", "notice", "off"]
                    },
                    peers: {
                      description: "Which rules are peers: similar (the rules of the same kind of event most alike in the fields and values they detect) or technique (every rule sharing a parent technique and the kind of event).",
                      default: "similar",
                      enum: ["similar", "technique"]
                    },
                    neighbours: {
                      description: "With peers: similar, how many of the most similar rules are peers.",
                      type: "integer",
                      minimum: 1,
                      maximum: 1e3,
                      default: 20
                    },
                    "technique-weight": {
                      description: "With peers: similar, a peer sharing a parent technique with the rule counts this many times.",
                      type: "number",
                      minimum: 1,
                      maximum: 100,
                      default: 2
                    },
                    "per-field": {
                      description: "Findings on one field at most.",
                      type: "integer",
                      minimum: 1,
                      maximum: 100,
                      default: 3
                    },
                    "min-rules": {
                      description: "Peers that must exclude a key as a filter of its own (or a narrower key it covers), at least.",
                      type: "integer",
                      minimum: 1,
                      maximum: 1e9,
                      default: 2
                    },
                    "min-share": {
                      description: 'Share of the peers that must exclude it, at least (with peers: similar, weighted by similarity): a number from 0 to 1 (0.2) or a percentage ("20%").',
                      errorMessage: "a number from 0 to 1 or a percentage from 0% to 100%",
                      default: 0.2,
                      anyOf: [
                        {
                          type: "number",
                          minimum: 0,
                          maximum: 1
                        },
                        {
                          type: "string",
                          pattern: "^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$"
                        }
                      ]
                    },
                    top: {
                      description: "Findings per rule at most, best supported first.",
                      type: "integer",
                      minimum: 1,
                      maximum: 100,
                      default: 5
                    },
                    examples: {
                      description: "Catalog rules named as examples in a finding.",
                      type: "integer",
                      minimum: 0,
                      maximum: 50,
                      default: 3
                    },
                    untagged: {
                      description: "Rules without ATT&CK technique tags: logsource compares them with every catalog rule of the same kind of event; skip leaves them out of this check.",
                      default: "logsource",
                      enum: ["logsource", "skip"]
                    }
                  }
                }
              ]
            },
            "duplicate-rule": {
              description: "A rule whose indicators are the same as (or nearly those of) a catalog rule on the same kind of event, in any vendor.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "warning",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "parse-error": {
              description: "A file or rule that could not be read, with its line and column.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "error",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "invalid-suppression": {
              description: "A detlint suppression comment that cannot be used: no reason, an unknown check, a typo.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "warning",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "unused-suppression": {
              description: "A suppression (comment or suppress entry) that suppressed nothing although its checks ran on its rule.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "notice",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "technique-unknown": {
              description: "A technique ID the ATT&CK table does not know; an ID newer than the table is a notice. Runs only with ATT&CK data (attack).",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "warning",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "technique-revoked": {
              description: "A revoked or deprecated ATT&CK technique; the finding names the replacement. Runs only with ATT&CK data (attack).",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "warning",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "technique-missing": {
              description: "A rule that names no ATT&CK technique.",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "notice",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            },
            "tactic-mismatch": {
              description: "A Sigma tactic tag that none of the rule's techniques belongs to in the ATT&CK table's version (v19's Stealth and Defense Impairment fit where Defense Evasion does).",
              anyOf: [
                {
                  $ref: "#/definitions/off"
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    enabled: {
                      $ref: "#/definitions/enabled"
                    },
                    severity: {
                      description: "error, warning or notice; off turns the check off.",
                      default: "notice",
                      enum: ["error", "warning", "notice", "off"]
                    }
                  }
                }
              ]
            }
          }
        },
        splunk: {
          description: "Where Splunk detections find their macro and data source definitions, besides the macros/ and data_sources/ folders found beside the detections (searched after these).",
          errorMessage: "a mapping with macros and data-sources",
          type: "object",
          additionalProperties: false,
          properties: {
            macros: {
              description: "Folders (relative to the repository root) of Splunk macro definitions (macros/*.yml). A string or a list.",
              default: [],
              anyOf: [
                {
                  type: "string"
                },
                {
                  type: "array",
                  items: {
                    type: "string"
                  }
                }
              ]
            },
            "data-sources": {
              description: "Folders (relative to the repository root) of Splunk data source definitions (data_sources/*.yml). A string or a list.",
              default: [],
              anyOf: [
                {
                  type: "string"
                },
                {
                  type: "array",
                  items: {
                    type: "string"
                  }
                }
              ]
            }
          }
        },
        attack: {
          description: "ATT&CK data, relative to the repository root: detlint's compact table (detlint attack import) or MITRE's STIX enterprise bundle. Without it, technique-unknown and technique-revoked do not run.",
          errorMessage: "the path of an ATT&CK table or STIX bundle",
          type: "string",
          pattern: "\\S"
        }
      },
      definitions: {
        enabled: {
          description: "false turns the check off.",
          errorMessage: "true or false",
          default: true,
          anyOf: [
            {
              type: "boolean"
            },
            {
              enum: ["true", "false"]
            }
          ]
        },
        off: {
          description: "Turns the check off.",
          enum: ["off", false]
        },
        suppressibleCheck: {
          enum: [
            "noisy-indicator",
            "missing-common-exclusion",
            "duplicate-rule",
            "parse-error",
            "technique-unknown",
            "technique-revoked",
            "technique-missing",
            "tactic-mismatch"
          ],
          errorMessage: "one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch"
        },
        suppression: {
          description: "Accept findings of a rule (by id) and/or of files (by path glob), for a reason.",
          errorMessage: "a mapping with rule or path, checks and reason",
          type: "object",
          additionalProperties: false,
          properties: {
            rule: {
              description: "The rule's id (compared case-insensitively).",
              errorMessage: "a rule id",
              type: "string",
              pattern: "\\S"
            },
            path: {
              description: "A glob of rule files, relative to the repository root (e.g. rules/hunting/**).",
              errorMessage: "a glob of rule files",
              type: "string",
              pattern: "\\S"
            },
            checks: {
              description: "The checks suppressed: one or a list. Leave it out to suppress every check.",
              errorMessage: "one check or a list of one or more checks (leave it out to suppress every check)",
              anyOf: [
                {
                  $ref: "#/definitions/suppressibleCheck"
                },
                {
                  type: "array",
                  minItems: 1,
                  items: {
                    $ref: "#/definitions/suppressibleCheck"
                  }
                }
              ]
            },
            reason: {
              description: "Why these findings are accepted. Required, shown in the JSON report next to each suppressed finding.",
              errorMessage: "a reason that says why these findings are accepted",
              type: "string",
              pattern: "\\S"
            }
          },
          required: ["reason"],
          anyOf: [
            {
              required: ["rule"]
            },
            {
              required: ["path"]
            }
          ]
        }
      }
    };
  }
});

// src/did-you-mean.ts
import { distance as distance2 } from "fastest-levenshtein";
function closest2(typed, known) {
  const t = typed.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.ceil(t.length / 3)));
  let best = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance2(t, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}
function didYouMean(typed, known, quote2 = true) {
  const best = closest2(typed, known);
  if (best === null) return "";
  return ` (did you mean ${quote2 ? JSON.stringify(best) : best}?)`;
}
var init_did_you_mean = __esm({
  "src/did-you-mean.ts"() {
    "use strict";
  }
});

// src/config-validator.ts
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema12.anyOf[0].required, parentSchema: schema12.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema12.anyOf[1].required, parentSchema: schema12.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.anyOf, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reason === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "path" || key0 === "checks" || key0 === "reason")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === "string") {
        if (!pattern2.test(data0)) {
          const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema12.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.rule.type, parentSchema: schema12.properties.rule, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err7 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema12.properties.path, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.path.type, parentSchema: schema12.properties.path, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data2 = data.checks;
      const _errs10 = errors;
      let valid2 = false;
      const _errs11 = errors;
      if (!(data2 === "noisy-indicator" || data2 === "missing-common-exclusion" || data2 === "duplicate-rule" || data2 === "parse-error" || data2 === "technique-unknown" || data2 === "technique-revoked" || data2 === "technique-missing" || data2 === "tactic-mismatch")) {
        const err9 = { instancePath: instancePath + "/checks", schemaPath: "#/definitions/suppressibleCheck/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid1 = _errs11 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs13 = errors;
        if (Array.isArray(data2)) {
          if (data2.length < 1) {
            const err10 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.checks.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (!(data3 === "noisy-indicator" || data3 === "missing-common-exclusion" || data3 === "duplicate-rule" || data3 === "parse-error" || data3 === "technique-unknown" || data3 === "technique-revoked" || data3 === "technique-missing" || data3 === "tactic-mismatch")) {
              const err11 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/definitions/suppressibleCheck/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.checks.anyOf[1].type, parentSchema: schema12.properties.checks.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid1 = _errs13 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err13 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.checks.anyOf, parentSchema: schema12.properties.checks, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err14 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema12.properties.reason, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.reason.type, parentSchema: schema12.properties.reason, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema11.type }, message: "must be object,null", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data0 = data["fail-on"];
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(data0 === "error" || data0 === "warning" || data0 === "notice" || data0 === "none")) {
        const err2 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["fail-on"].anyOf[0].enum, parentSchema: schema11.properties["fail-on"].anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs5 = errors;
        if (typeof data0 === "string") {
          if (!pattern0.test(data0)) {
            const err3 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$" }, message: 'must match pattern "^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$"', schema: "^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$", parentSchema: schema11.properties["fail-on"].anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["fail-on"].anyOf[1].type, parentSchema: schema11.properties["fail-on"].anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs5 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties["fail-on"].anyOf, parentSchema: schema11.properties["fail-on"], data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      const _errs8 = errors;
      let valid2 = false;
      const _errs9 = errors;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.anyOf[0].type, parentSchema: schema11.properties.rules.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid1 = _errs9 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs11 = errors;
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data2 = data1[i0];
            if (typeof data2 !== "string") {
              const err7 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.anyOf[1].items.type, parentSchema: schema11.properties.rules.anyOf[1].items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.anyOf[1].type, parentSchema: schema11.properties.rules.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid1 = _errs11 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.anyOf, parentSchema: schema11.properties.rules, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.ignore !== void 0) {
      let data3 = data.ignore;
      const _errs16 = errors;
      let valid5 = false;
      const _errs17 = errors;
      if (typeof data3 !== "string") {
        const err10 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.anyOf[0].type, parentSchema: schema11.properties.ignore.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid2 = _errs17 === errors;
      valid5 = valid5 || _valid2;
      if (!valid5) {
        const _errs19 = errors;
        if (Array.isArray(data3)) {
          const len1 = data3.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data4 = data3[i1];
            if (typeof data4 !== "string") {
              const err11 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.anyOf[1].items.type, parentSchema: schema11.properties.ignore.anyOf[1].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.anyOf[1].type, parentSchema: schema11.properties.ignore.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid2 = _errs19 === errors;
        valid5 = valid5 || _valid2;
      }
      if (!valid5) {
        const err13 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.ignore.anyOf, parentSchema: schema11.properties.ignore, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data5 = data.baseline;
      const _errs24 = errors;
      let valid8 = false;
      const _errs25 = errors;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.baseline.anyOf[0].type, parentSchema: schema11.properties.baseline.anyOf[0], data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid3 = _errs25 === errors;
      valid8 = valid8 || _valid3;
      if (!valid8) {
        const _errs27 = errors;
        if (Array.isArray(data5)) {
          const len2 = data5.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data6 = data5[i2];
            if (typeof data6 !== "string") {
              const err15 = { instancePath: instancePath + "/baseline/" + i2, schemaPath: "#/properties/baseline/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.baseline.anyOf[1].items.type, parentSchema: schema11.properties.baseline.anyOf[1].items, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.baseline.anyOf[1].type, parentSchema: schema11.properties.baseline.anyOf[1], data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid3 = _errs27 === errors;
        valid8 = valid8 || _valid3;
      }
      if (!valid8) {
        const err17 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.baseline.anyOf, parentSchema: schema11.properties.baseline, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["max-file-size"] !== void 0) {
      let data7 = data["max-file-size"];
      const _errs32 = errors;
      let valid11 = false;
      const _errs33 = errors;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties["max-file-size"].anyOf[0].type, parentSchema: schema11.properties["max-file-size"].anyOf[0], data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 1073741824 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824", schema: 1073741824, parentSchema: schema11.properties["max-file-size"].anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7 < 1 || isNaN(data7)) {
          const err20 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties["max-file-size"].anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      var _valid4 = _errs33 === errors;
      valid11 = valid11 || _valid4;
      if (!valid11) {
        const _errs35 = errors;
        if (typeof data7 === "string") {
          if (!pattern1.test(data7)) {
            const err21 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$"', schema: "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$", parentSchema: schema11.properties["max-file-size"].anyOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["max-file-size"].anyOf[1].type, parentSchema: schema11.properties["max-file-size"].anyOf[1], data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid4 = _errs35 === errors;
        valid11 = valid11 || _valid4;
      }
      if (!valid11) {
        const err23 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties["max-file-size"].anyOf, parentSchema: schema11.properties["max-file-size"], data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.suppress !== void 0) {
      let data8 = data.suppress;
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate11(data8[i3], { instancePath: instancePath + "/suppress/" + i3, parentData: data8, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/suppress", schemaPath: "#/properties/suppress/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.suppress.type, parentSchema: schema11.properties.suppress, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data10 = data.checks;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key1 in data10) {
          if (!func2.call(schema11.properties.checks.properties, key1)) {
            const err25 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10["noisy-indicator"] !== void 0) {
          let data11 = data10["noisy-indicator"];
          const _errs44 = errors;
          let valid15 = false;
          const _errs45 = errors;
          if (!(data11 === "off" || data11 === false)) {
            const err26 = { instancePath: instancePath + "/checks/noisy-indicator", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid5 = _errs45 === errors;
          valid15 = valid15 || _valid5;
          if (!valid15) {
            const _errs47 = errors;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              for (const key2 in data11) {
                if (!(key2 === "enabled" || key2 === "severity" || key2 === "threshold" || key2 === "max-paths" || key2 === "examples")) {
                  const err27 = { instancePath: instancePath + "/checks/noisy-indicator", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data11.enabled !== void 0) {
                let data12 = data11.enabled;
                const _errs52 = errors;
                let valid19 = false;
                const _errs53 = errors;
                if (typeof data12 !== "boolean") {
                  const err28 = { instancePath: instancePath + "/checks/noisy-indicator/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                var _valid6 = _errs53 === errors;
                valid19 = valid19 || _valid6;
                if (!valid19) {
                  const _errs55 = errors;
                  if (!(data12 === "true" || data12 === "false")) {
                    const err29 = { instancePath: instancePath + "/checks/noisy-indicator/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data12 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                  var _valid6 = _errs55 === errors;
                  valid19 = valid19 || _valid6;
                }
                if (!valid19) {
                  const err30 = { instancePath: instancePath + "/checks/noisy-indicator/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                } else {
                  errors = _errs52;
                  if (vErrors !== null) {
                    if (_errs52) {
                      vErrors.length = _errs52;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data11.severity !== void 0) {
                let data13 = data11.severity;
                if (!(data13 === "error" || data13 === "warning" || data13 === "notice" || data13 === "off")) {
                  const err31 = { instancePath: instancePath + "/checks/noisy-indicator/severity", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.severity, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data11.threshold !== void 0) {
                let data14 = data11.threshold;
                if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                  const err32 = { instancePath: instancePath + "/checks/noisy-indicator/threshold", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/threshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.threshold.type, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.threshold, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (typeof data14 == "number" && isFinite(data14)) {
                  if (data14 > 1e9 || isNaN(data14)) {
                    const err33 = { instancePath: instancePath + "/checks/noisy-indicator/threshold", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.threshold, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (data14 < 1 || isNaN(data14)) {
                    const err34 = { instancePath: instancePath + "/checks/noisy-indicator/threshold", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.threshold, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              }
              if (data11["max-paths"] !== void 0) {
                let data15 = data11["max-paths"];
                if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                  const err35 = { instancePath: instancePath + "/checks/noisy-indicator/max-paths", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/max-paths/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties["max-paths"].type, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties["max-paths"], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (typeof data15 == "number" && isFinite(data15)) {
                  if (data15 > 1e5 || isNaN(data15)) {
                    const err36 = { instancePath: instancePath + "/checks/noisy-indicator/max-paths", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/max-paths/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties["max-paths"], data: data15 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  if (data15 < 1 || isNaN(data15)) {
                    const err37 = { instancePath: instancePath + "/checks/noisy-indicator/max-paths", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/max-paths/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties["max-paths"], data: data15 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              }
              if (data11.examples !== void 0) {
                let data16 = data11.examples;
                if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                  const err38 = { instancePath: instancePath + "/checks/noisy-indicator/examples", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/examples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.examples.type, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.examples, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (typeof data16 == "number" && isFinite(data16)) {
                  if (data16 > 50 || isNaN(data16)) {
                    const err39 = { instancePath: instancePath + "/checks/noisy-indicator/examples", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/examples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.examples, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (data16 < 0 || isNaN(data16)) {
                    const err40 = { instancePath: instancePath + "/checks/noisy-indicator/examples", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/properties/examples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].properties.examples, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err41 = { instancePath: instancePath + "/checks/noisy-indicator", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["noisy-indicator"].anyOf[1], data: data11 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            var _valid5 = _errs47 === errors;
            valid15 = valid15 || _valid5;
          }
          if (!valid15) {
            const err42 = { instancePath: instancePath + "/checks/noisy-indicator", schemaPath: "#/properties/checks/properties/noisy-indicator/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["noisy-indicator"].anyOf, parentSchema: schema11.properties.checks.properties["noisy-indicator"], data: data11 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          } else {
            errors = _errs44;
            if (vErrors !== null) {
              if (_errs44) {
                vErrors.length = _errs44;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["missing-common-exclusion"] !== void 0) {
          let data17 = data10["missing-common-exclusion"];
          const _errs64 = errors;
          let valid20 = false;
          const _errs65 = errors;
          if (!(data17 === "off" || data17 === false)) {
            const err43 = { instancePath: instancePath + "/checks/missing-common-exclusion", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data17 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          var _valid7 = _errs65 === errors;
          valid20 = valid20 || _valid7;
          if (!valid20) {
            const _errs67 = errors;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              for (const key3 in data17) {
                if (!func2.call(schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties, key3)) {
                  const err44 = { instancePath: instancePath + "/checks/missing-common-exclusion", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
              if (data17.enabled !== void 0) {
                let data18 = data17.enabled;
                const _errs72 = errors;
                let valid24 = false;
                const _errs73 = errors;
                if (typeof data18 !== "boolean") {
                  const err45 = { instancePath: instancePath + "/checks/missing-common-exclusion/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                var _valid8 = _errs73 === errors;
                valid24 = valid24 || _valid8;
                if (!valid24) {
                  const _errs75 = errors;
                  if (!(data18 === "true" || data18 === "false")) {
                    const err46 = { instancePath: instancePath + "/checks/missing-common-exclusion/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data18 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  var _valid8 = _errs75 === errors;
                  valid24 = valid24 || _valid8;
                }
                if (!valid24) {
                  const err47 = { instancePath: instancePath + "/checks/missing-common-exclusion/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                } else {
                  errors = _errs72;
                  if (vErrors !== null) {
                    if (_errs72) {
                      vErrors.length = _errs72;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data17.severity !== void 0) {
                let data19 = data17.severity;
                if (!(data19 === "error" || data19 === "warning" || data19 === "notice" || data19 === "off")) {
                  const err48 = { instancePath: instancePath + "/checks/missing-common-exclusion/severity", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.severity, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
              if (data17.peers !== void 0) {
                let data20 = data17.peers;
                if (!(data20 === "similar" || data20 === "technique")) {
                  const err49 = { instancePath: instancePath + "/checks/missing-common-exclusion/peers", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/peers/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.peers.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.peers.enum, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.peers, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              if (data17.neighbours !== void 0) {
                let data21 = data17.neighbours;
                if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                  const err50 = { instancePath: instancePath + "/checks/missing-common-exclusion/neighbours", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/neighbours/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.neighbours.type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.neighbours, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (typeof data21 == "number" && isFinite(data21)) {
                  if (data21 > 1e3 || isNaN(data21)) {
                    const err51 = { instancePath: instancePath + "/checks/missing-common-exclusion/neighbours", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/neighbours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.neighbours, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (data21 < 1 || isNaN(data21)) {
                    const err52 = { instancePath: instancePath + "/checks/missing-common-exclusion/neighbours", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/neighbours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.neighbours, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              }
              if (data17["technique-weight"] !== void 0) {
                let data22 = data17["technique-weight"];
                if (typeof data22 == "number" && isFinite(data22)) {
                  if (data22 > 100 || isNaN(data22)) {
                    const err53 = { instancePath: instancePath + "/checks/missing-common-exclusion/technique-weight", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/technique-weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["technique-weight"], data: data22 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  if (data22 < 1 || isNaN(data22)) {
                    const err54 = { instancePath: instancePath + "/checks/missing-common-exclusion/technique-weight", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/technique-weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["technique-weight"], data: data22 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                } else {
                  const err55 = { instancePath: instancePath + "/checks/missing-common-exclusion/technique-weight", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/technique-weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["technique-weight"].type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["technique-weight"], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data17["per-field"] !== void 0) {
                let data23 = data17["per-field"];
                if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                  const err56 = { instancePath: instancePath + "/checks/missing-common-exclusion/per-field", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/per-field/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["per-field"].type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["per-field"], data: data23 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (typeof data23 == "number" && isFinite(data23)) {
                  if (data23 > 100 || isNaN(data23)) {
                    const err57 = { instancePath: instancePath + "/checks/missing-common-exclusion/per-field", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/per-field/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["per-field"], data: data23 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (data23 < 1 || isNaN(data23)) {
                    const err58 = { instancePath: instancePath + "/checks/missing-common-exclusion/per-field", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/per-field/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["per-field"], data: data23 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              }
              if (data17["min-rules"] !== void 0) {
                let data24 = data17["min-rules"];
                if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                  const err59 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-rules", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-rules/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-rules"].type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-rules"], data: data24 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (typeof data24 == "number" && isFinite(data24)) {
                  if (data24 > 1e9 || isNaN(data24)) {
                    const err60 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-rules", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-rules/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-rules"], data: data24 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                  if (data24 < 1 || isNaN(data24)) {
                    const err61 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-rules", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-rules/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-rules"], data: data24 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              }
              if (data17["min-share"] !== void 0) {
                let data25 = data17["min-share"];
                const _errs87 = errors;
                let valid25 = false;
                const _errs88 = errors;
                if (typeof data25 == "number" && isFinite(data25)) {
                  if (data25 > 1 || isNaN(data25)) {
                    const err62 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-share", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-share/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[0], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  if (data25 < 0 || isNaN(data25)) {
                    const err63 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-share", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-share/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[0], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                } else {
                  const err64 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-share", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-share/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[0].type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[0], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                var _valid9 = _errs88 === errors;
                valid25 = valid25 || _valid9;
                if (!valid25) {
                  const _errs90 = errors;
                  if (typeof data25 === "string") {
                    if (!pattern5.test(data25)) {
                      const err65 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-share", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-share/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$" }, message: 'must match pattern "^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$"', schema: "^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$", parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[1], data: data25 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-share", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-share/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf[1], data: data25 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                  var _valid9 = _errs90 === errors;
                  valid25 = valid25 || _valid9;
                }
                if (!valid25) {
                  const err67 = { instancePath: instancePath + "/checks/missing-common-exclusion/min-share", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/min-share/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"].anyOf, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties["min-share"], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                } else {
                  errors = _errs87;
                  if (vErrors !== null) {
                    if (_errs87) {
                      vErrors.length = _errs87;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data17.top !== void 0) {
                let data26 = data17.top;
                if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                  const err68 = { instancePath: instancePath + "/checks/missing-common-exclusion/top", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/top/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.top.type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.top, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (typeof data26 == "number" && isFinite(data26)) {
                  if (data26 > 100 || isNaN(data26)) {
                    const err69 = { instancePath: instancePath + "/checks/missing-common-exclusion/top", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/top/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.top, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  if (data26 < 1 || isNaN(data26)) {
                    const err70 = { instancePath: instancePath + "/checks/missing-common-exclusion/top", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/top/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.top, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              }
              if (data17.examples !== void 0) {
                let data27 = data17.examples;
                if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                  const err71 = { instancePath: instancePath + "/checks/missing-common-exclusion/examples", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/examples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.examples.type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.examples, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (typeof data27 == "number" && isFinite(data27)) {
                  if (data27 > 50 || isNaN(data27)) {
                    const err72 = { instancePath: instancePath + "/checks/missing-common-exclusion/examples", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/examples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.examples, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  if (data27 < 0 || isNaN(data27)) {
                    const err73 = { instancePath: instancePath + "/checks/missing-common-exclusion/examples", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/examples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.examples, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              }
              if (data17.untagged !== void 0) {
                let data28 = data17.untagged;
                if (!(data28 === "logsource" || data28 === "skip")) {
                  const err74 = { instancePath: instancePath + "/checks/missing-common-exclusion/untagged", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/properties/untagged/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.untagged.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.untagged.enum, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].properties.untagged, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            } else {
              const err75 = { instancePath: instancePath + "/checks/missing-common-exclusion", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            var _valid7 = _errs67 === errors;
            valid20 = valid20 || _valid7;
          }
          if (!valid20) {
            const err76 = { instancePath: instancePath + "/checks/missing-common-exclusion", schemaPath: "#/properties/checks/properties/missing-common-exclusion/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["missing-common-exclusion"].anyOf, parentSchema: schema11.properties.checks.properties["missing-common-exclusion"], data: data17 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          } else {
            errors = _errs64;
            if (vErrors !== null) {
              if (_errs64) {
                vErrors.length = _errs64;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["duplicate-rule"] !== void 0) {
          let data29 = data10["duplicate-rule"];
          const _errs98 = errors;
          let valid26 = false;
          const _errs99 = errors;
          if (!(data29 === "off" || data29 === false)) {
            const err77 = { instancePath: instancePath + "/checks/duplicate-rule", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data29 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          var _valid10 = _errs99 === errors;
          valid26 = valid26 || _valid10;
          if (!valid26) {
            const _errs101 = errors;
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
              for (const key4 in data29) {
                if (!(key4 === "enabled" || key4 === "severity")) {
                  const err78 = { instancePath: instancePath + "/checks/duplicate-rule", schemaPath: "#/properties/checks/properties/duplicate-rule/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["duplicate-rule"].anyOf[1], data: data29 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (data29.enabled !== void 0) {
                let data30 = data29.enabled;
                const _errs106 = errors;
                let valid30 = false;
                const _errs107 = errors;
                if (typeof data30 !== "boolean") {
                  const err79 = { instancePath: instancePath + "/checks/duplicate-rule/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                var _valid11 = _errs107 === errors;
                valid30 = valid30 || _valid11;
                if (!valid30) {
                  const _errs109 = errors;
                  if (!(data30 === "true" || data30 === "false")) {
                    const err80 = { instancePath: instancePath + "/checks/duplicate-rule/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  var _valid11 = _errs109 === errors;
                  valid30 = valid30 || _valid11;
                }
                if (!valid30) {
                  const err81 = { instancePath: instancePath + "/checks/duplicate-rule/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                } else {
                  errors = _errs106;
                  if (vErrors !== null) {
                    if (_errs106) {
                      vErrors.length = _errs106;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data29.severity !== void 0) {
                let data31 = data29.severity;
                if (!(data31 === "error" || data31 === "warning" || data31 === "notice" || data31 === "off")) {
                  const err82 = { instancePath: instancePath + "/checks/duplicate-rule/severity", schemaPath: "#/properties/checks/properties/duplicate-rule/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["duplicate-rule"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["duplicate-rule"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["duplicate-rule"].anyOf[1].properties.severity, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
            } else {
              const err83 = { instancePath: instancePath + "/checks/duplicate-rule", schemaPath: "#/properties/checks/properties/duplicate-rule/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["duplicate-rule"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["duplicate-rule"].anyOf[1], data: data29 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            var _valid10 = _errs101 === errors;
            valid26 = valid26 || _valid10;
          }
          if (!valid26) {
            const err84 = { instancePath: instancePath + "/checks/duplicate-rule", schemaPath: "#/properties/checks/properties/duplicate-rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["duplicate-rule"].anyOf, parentSchema: schema11.properties.checks.properties["duplicate-rule"], data: data29 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          } else {
            errors = _errs98;
            if (vErrors !== null) {
              if (_errs98) {
                vErrors.length = _errs98;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["parse-error"] !== void 0) {
          let data32 = data10["parse-error"];
          const _errs112 = errors;
          let valid31 = false;
          const _errs113 = errors;
          if (!(data32 === "off" || data32 === false)) {
            const err85 = { instancePath: instancePath + "/checks/parse-error", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data32 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          var _valid12 = _errs113 === errors;
          valid31 = valid31 || _valid12;
          if (!valid31) {
            const _errs115 = errors;
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
              for (const key5 in data32) {
                if (!(key5 === "enabled" || key5 === "severity")) {
                  const err86 = { instancePath: instancePath + "/checks/parse-error", schemaPath: "#/properties/checks/properties/parse-error/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["parse-error"].anyOf[1], data: data32 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              if (data32.enabled !== void 0) {
                let data33 = data32.enabled;
                const _errs120 = errors;
                let valid35 = false;
                const _errs121 = errors;
                if (typeof data33 !== "boolean") {
                  const err87 = { instancePath: instancePath + "/checks/parse-error/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                var _valid13 = _errs121 === errors;
                valid35 = valid35 || _valid13;
                if (!valid35) {
                  const _errs123 = errors;
                  if (!(data33 === "true" || data33 === "false")) {
                    const err88 = { instancePath: instancePath + "/checks/parse-error/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data33 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                  var _valid13 = _errs123 === errors;
                  valid35 = valid35 || _valid13;
                }
                if (!valid35) {
                  const err89 = { instancePath: instancePath + "/checks/parse-error/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                } else {
                  errors = _errs120;
                  if (vErrors !== null) {
                    if (_errs120) {
                      vErrors.length = _errs120;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data32.severity !== void 0) {
                let data34 = data32.severity;
                if (!(data34 === "error" || data34 === "warning" || data34 === "notice" || data34 === "off")) {
                  const err90 = { instancePath: instancePath + "/checks/parse-error/severity", schemaPath: "#/properties/checks/properties/parse-error/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["parse-error"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["parse-error"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["parse-error"].anyOf[1].properties.severity, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
            } else {
              const err91 = { instancePath: instancePath + "/checks/parse-error", schemaPath: "#/properties/checks/properties/parse-error/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["parse-error"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["parse-error"].anyOf[1], data: data32 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            var _valid12 = _errs115 === errors;
            valid31 = valid31 || _valid12;
          }
          if (!valid31) {
            const err92 = { instancePath: instancePath + "/checks/parse-error", schemaPath: "#/properties/checks/properties/parse-error/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["parse-error"].anyOf, parentSchema: schema11.properties.checks.properties["parse-error"], data: data32 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          } else {
            errors = _errs112;
            if (vErrors !== null) {
              if (_errs112) {
                vErrors.length = _errs112;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["invalid-suppression"] !== void 0) {
          let data35 = data10["invalid-suppression"];
          const _errs126 = errors;
          let valid36 = false;
          const _errs127 = errors;
          if (!(data35 === "off" || data35 === false)) {
            const err93 = { instancePath: instancePath + "/checks/invalid-suppression", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data35 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          var _valid14 = _errs127 === errors;
          valid36 = valid36 || _valid14;
          if (!valid36) {
            const _errs129 = errors;
            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
              for (const key6 in data35) {
                if (!(key6 === "enabled" || key6 === "severity")) {
                  const err94 = { instancePath: instancePath + "/checks/invalid-suppression", schemaPath: "#/properties/checks/properties/invalid-suppression/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["invalid-suppression"].anyOf[1], data: data35 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (data35.enabled !== void 0) {
                let data36 = data35.enabled;
                const _errs134 = errors;
                let valid40 = false;
                const _errs135 = errors;
                if (typeof data36 !== "boolean") {
                  const err95 = { instancePath: instancePath + "/checks/invalid-suppression/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                var _valid15 = _errs135 === errors;
                valid40 = valid40 || _valid15;
                if (!valid40) {
                  const _errs137 = errors;
                  if (!(data36 === "true" || data36 === "false")) {
                    const err96 = { instancePath: instancePath + "/checks/invalid-suppression/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  var _valid15 = _errs137 === errors;
                  valid40 = valid40 || _valid15;
                }
                if (!valid40) {
                  const err97 = { instancePath: instancePath + "/checks/invalid-suppression/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                } else {
                  errors = _errs134;
                  if (vErrors !== null) {
                    if (_errs134) {
                      vErrors.length = _errs134;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data35.severity !== void 0) {
                let data37 = data35.severity;
                if (!(data37 === "error" || data37 === "warning" || data37 === "notice" || data37 === "off")) {
                  const err98 = { instancePath: instancePath + "/checks/invalid-suppression/severity", schemaPath: "#/properties/checks/properties/invalid-suppression/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["invalid-suppression"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["invalid-suppression"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["invalid-suppression"].anyOf[1].properties.severity, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
            } else {
              const err99 = { instancePath: instancePath + "/checks/invalid-suppression", schemaPath: "#/properties/checks/properties/invalid-suppression/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["invalid-suppression"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["invalid-suppression"].anyOf[1], data: data35 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            var _valid14 = _errs129 === errors;
            valid36 = valid36 || _valid14;
          }
          if (!valid36) {
            const err100 = { instancePath: instancePath + "/checks/invalid-suppression", schemaPath: "#/properties/checks/properties/invalid-suppression/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["invalid-suppression"].anyOf, parentSchema: schema11.properties.checks.properties["invalid-suppression"], data: data35 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          } else {
            errors = _errs126;
            if (vErrors !== null) {
              if (_errs126) {
                vErrors.length = _errs126;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["unused-suppression"] !== void 0) {
          let data38 = data10["unused-suppression"];
          const _errs140 = errors;
          let valid41 = false;
          const _errs141 = errors;
          if (!(data38 === "off" || data38 === false)) {
            const err101 = { instancePath: instancePath + "/checks/unused-suppression", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data38 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          var _valid16 = _errs141 === errors;
          valid41 = valid41 || _valid16;
          if (!valid41) {
            const _errs143 = errors;
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
              for (const key7 in data38) {
                if (!(key7 === "enabled" || key7 === "severity")) {
                  const err102 = { instancePath: instancePath + "/checks/unused-suppression", schemaPath: "#/properties/checks/properties/unused-suppression/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["unused-suppression"].anyOf[1], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
              if (data38.enabled !== void 0) {
                let data39 = data38.enabled;
                const _errs148 = errors;
                let valid45 = false;
                const _errs149 = errors;
                if (typeof data39 !== "boolean") {
                  const err103 = { instancePath: instancePath + "/checks/unused-suppression/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data39 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                var _valid17 = _errs149 === errors;
                valid45 = valid45 || _valid17;
                if (!valid45) {
                  const _errs151 = errors;
                  if (!(data39 === "true" || data39 === "false")) {
                    const err104 = { instancePath: instancePath + "/checks/unused-suppression/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data39 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                  var _valid17 = _errs151 === errors;
                  valid45 = valid45 || _valid17;
                }
                if (!valid45) {
                  const err105 = { instancePath: instancePath + "/checks/unused-suppression/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                } else {
                  errors = _errs148;
                  if (vErrors !== null) {
                    if (_errs148) {
                      vErrors.length = _errs148;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data38.severity !== void 0) {
                let data40 = data38.severity;
                if (!(data40 === "error" || data40 === "warning" || data40 === "notice" || data40 === "off")) {
                  const err106 = { instancePath: instancePath + "/checks/unused-suppression/severity", schemaPath: "#/properties/checks/properties/unused-suppression/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["unused-suppression"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["unused-suppression"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["unused-suppression"].anyOf[1].properties.severity, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              }
            } else {
              const err107 = { instancePath: instancePath + "/checks/unused-suppression", schemaPath: "#/properties/checks/properties/unused-suppression/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["unused-suppression"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["unused-suppression"].anyOf[1], data: data38 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            var _valid16 = _errs143 === errors;
            valid41 = valid41 || _valid16;
          }
          if (!valid41) {
            const err108 = { instancePath: instancePath + "/checks/unused-suppression", schemaPath: "#/properties/checks/properties/unused-suppression/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["unused-suppression"].anyOf, parentSchema: schema11.properties.checks.properties["unused-suppression"], data: data38 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          } else {
            errors = _errs140;
            if (vErrors !== null) {
              if (_errs140) {
                vErrors.length = _errs140;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["technique-unknown"] !== void 0) {
          let data41 = data10["technique-unknown"];
          const _errs154 = errors;
          let valid46 = false;
          const _errs155 = errors;
          if (!(data41 === "off" || data41 === false)) {
            const err109 = { instancePath: instancePath + "/checks/technique-unknown", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data41 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          var _valid18 = _errs155 === errors;
          valid46 = valid46 || _valid18;
          if (!valid46) {
            const _errs157 = errors;
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
              for (const key8 in data41) {
                if (!(key8 === "enabled" || key8 === "severity")) {
                  const err110 = { instancePath: instancePath + "/checks/technique-unknown", schemaPath: "#/properties/checks/properties/technique-unknown/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["technique-unknown"].anyOf[1], data: data41 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              }
              if (data41.enabled !== void 0) {
                let data42 = data41.enabled;
                const _errs162 = errors;
                let valid50 = false;
                const _errs163 = errors;
                if (typeof data42 !== "boolean") {
                  const err111 = { instancePath: instancePath + "/checks/technique-unknown/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                var _valid19 = _errs163 === errors;
                valid50 = valid50 || _valid19;
                if (!valid50) {
                  const _errs165 = errors;
                  if (!(data42 === "true" || data42 === "false")) {
                    const err112 = { instancePath: instancePath + "/checks/technique-unknown/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data42 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  var _valid19 = _errs165 === errors;
                  valid50 = valid50 || _valid19;
                }
                if (!valid50) {
                  const err113 = { instancePath: instancePath + "/checks/technique-unknown/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                } else {
                  errors = _errs162;
                  if (vErrors !== null) {
                    if (_errs162) {
                      vErrors.length = _errs162;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data41.severity !== void 0) {
                let data43 = data41.severity;
                if (!(data43 === "error" || data43 === "warning" || data43 === "notice" || data43 === "off")) {
                  const err114 = { instancePath: instancePath + "/checks/technique-unknown/severity", schemaPath: "#/properties/checks/properties/technique-unknown/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["technique-unknown"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["technique-unknown"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["technique-unknown"].anyOf[1].properties.severity, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            } else {
              const err115 = { instancePath: instancePath + "/checks/technique-unknown", schemaPath: "#/properties/checks/properties/technique-unknown/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["technique-unknown"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["technique-unknown"].anyOf[1], data: data41 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            var _valid18 = _errs157 === errors;
            valid46 = valid46 || _valid18;
          }
          if (!valid46) {
            const err116 = { instancePath: instancePath + "/checks/technique-unknown", schemaPath: "#/properties/checks/properties/technique-unknown/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["technique-unknown"].anyOf, parentSchema: schema11.properties.checks.properties["technique-unknown"], data: data41 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          } else {
            errors = _errs154;
            if (vErrors !== null) {
              if (_errs154) {
                vErrors.length = _errs154;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["technique-revoked"] !== void 0) {
          let data44 = data10["technique-revoked"];
          const _errs168 = errors;
          let valid51 = false;
          const _errs169 = errors;
          if (!(data44 === "off" || data44 === false)) {
            const err117 = { instancePath: instancePath + "/checks/technique-revoked", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data44 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
          var _valid20 = _errs169 === errors;
          valid51 = valid51 || _valid20;
          if (!valid51) {
            const _errs171 = errors;
            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
              for (const key9 in data44) {
                if (!(key9 === "enabled" || key9 === "severity")) {
                  const err118 = { instancePath: instancePath + "/checks/technique-revoked", schemaPath: "#/properties/checks/properties/technique-revoked/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["technique-revoked"].anyOf[1], data: data44 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
              if (data44.enabled !== void 0) {
                let data45 = data44.enabled;
                const _errs176 = errors;
                let valid55 = false;
                const _errs177 = errors;
                if (typeof data45 !== "boolean") {
                  const err119 = { instancePath: instancePath + "/checks/technique-revoked/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                var _valid21 = _errs177 === errors;
                valid55 = valid55 || _valid21;
                if (!valid55) {
                  const _errs179 = errors;
                  if (!(data45 === "true" || data45 === "false")) {
                    const err120 = { instancePath: instancePath + "/checks/technique-revoked/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                  var _valid21 = _errs179 === errors;
                  valid55 = valid55 || _valid21;
                }
                if (!valid55) {
                  const err121 = { instancePath: instancePath + "/checks/technique-revoked/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                } else {
                  errors = _errs176;
                  if (vErrors !== null) {
                    if (_errs176) {
                      vErrors.length = _errs176;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data44.severity !== void 0) {
                let data46 = data44.severity;
                if (!(data46 === "error" || data46 === "warning" || data46 === "notice" || data46 === "off")) {
                  const err122 = { instancePath: instancePath + "/checks/technique-revoked/severity", schemaPath: "#/properties/checks/properties/technique-revoked/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["technique-revoked"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["technique-revoked"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["technique-revoked"].anyOf[1].properties.severity, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              }
            } else {
              const err123 = { instancePath: instancePath + "/checks/technique-revoked", schemaPath: "#/properties/checks/properties/technique-revoked/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["technique-revoked"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["technique-revoked"].anyOf[1], data: data44 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            var _valid20 = _errs171 === errors;
            valid51 = valid51 || _valid20;
          }
          if (!valid51) {
            const err124 = { instancePath: instancePath + "/checks/technique-revoked", schemaPath: "#/properties/checks/properties/technique-revoked/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["technique-revoked"].anyOf, parentSchema: schema11.properties.checks.properties["technique-revoked"], data: data44 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          } else {
            errors = _errs168;
            if (vErrors !== null) {
              if (_errs168) {
                vErrors.length = _errs168;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["technique-missing"] !== void 0) {
          let data47 = data10["technique-missing"];
          const _errs182 = errors;
          let valid56 = false;
          const _errs183 = errors;
          if (!(data47 === "off" || data47 === false)) {
            const err125 = { instancePath: instancePath + "/checks/technique-missing", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data47 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
          var _valid22 = _errs183 === errors;
          valid56 = valid56 || _valid22;
          if (!valid56) {
            const _errs185 = errors;
            if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
              for (const key10 in data47) {
                if (!(key10 === "enabled" || key10 === "severity")) {
                  const err126 = { instancePath: instancePath + "/checks/technique-missing", schemaPath: "#/properties/checks/properties/technique-missing/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["technique-missing"].anyOf[1], data: data47 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
              if (data47.enabled !== void 0) {
                let data48 = data47.enabled;
                const _errs190 = errors;
                let valid60 = false;
                const _errs191 = errors;
                if (typeof data48 !== "boolean") {
                  const err127 = { instancePath: instancePath + "/checks/technique-missing/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data48 };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
                var _valid23 = _errs191 === errors;
                valid60 = valid60 || _valid23;
                if (!valid60) {
                  const _errs193 = errors;
                  if (!(data48 === "true" || data48 === "false")) {
                    const err128 = { instancePath: instancePath + "/checks/technique-missing/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data48 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                  var _valid23 = _errs193 === errors;
                  valid60 = valid60 || _valid23;
                }
                if (!valid60) {
                  const err129 = { instancePath: instancePath + "/checks/technique-missing/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                } else {
                  errors = _errs190;
                  if (vErrors !== null) {
                    if (_errs190) {
                      vErrors.length = _errs190;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data47.severity !== void 0) {
                let data49 = data47.severity;
                if (!(data49 === "error" || data49 === "warning" || data49 === "notice" || data49 === "off")) {
                  const err130 = { instancePath: instancePath + "/checks/technique-missing/severity", schemaPath: "#/properties/checks/properties/technique-missing/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["technique-missing"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["technique-missing"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["technique-missing"].anyOf[1].properties.severity, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            } else {
              const err131 = { instancePath: instancePath + "/checks/technique-missing", schemaPath: "#/properties/checks/properties/technique-missing/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["technique-missing"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["technique-missing"].anyOf[1], data: data47 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            var _valid22 = _errs185 === errors;
            valid56 = valid56 || _valid22;
          }
          if (!valid56) {
            const err132 = { instancePath: instancePath + "/checks/technique-missing", schemaPath: "#/properties/checks/properties/technique-missing/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["technique-missing"].anyOf, parentSchema: schema11.properties.checks.properties["technique-missing"], data: data47 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          } else {
            errors = _errs182;
            if (vErrors !== null) {
              if (_errs182) {
                vErrors.length = _errs182;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data10["tactic-mismatch"] !== void 0) {
          let data50 = data10["tactic-mismatch"];
          const _errs196 = errors;
          let valid61 = false;
          const _errs197 = errors;
          if (!(data50 === "off" || data50 === false)) {
            const err133 = { instancePath: instancePath + "/checks/tactic-mismatch", schemaPath: "#/definitions/off/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data50 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
          var _valid24 = _errs197 === errors;
          valid61 = valid61 || _valid24;
          if (!valid61) {
            const _errs199 = errors;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              for (const key11 in data50) {
                if (!(key11 === "enabled" || key11 === "severity")) {
                  const err134 = { instancePath: instancePath + "/checks/tactic-mismatch", schemaPath: "#/properties/checks/properties/tactic-mismatch/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.checks.properties["tactic-mismatch"].anyOf[1], data: data50 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              }
              if (data50.enabled !== void 0) {
                let data51 = data50.enabled;
                const _errs204 = errors;
                let valid65 = false;
                const _errs205 = errors;
                if (typeof data51 !== "boolean") {
                  const err135 = { instancePath: instancePath + "/checks/tactic-mismatch/enabled", schemaPath: "#/definitions/enabled/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.anyOf[0].type, parentSchema: schema16.anyOf[0], data: data51 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                var _valid25 = _errs205 === errors;
                valid65 = valid65 || _valid25;
                if (!valid65) {
                  const _errs207 = errors;
                  if (!(data51 === "true" || data51 === "false")) {
                    const err136 = { instancePath: instancePath + "/checks/tactic-mismatch/enabled", schemaPath: "#/definitions/enabled/anyOf/1/enum", keyword: "enum", params: { allowedValues: schema16.anyOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema16.anyOf[1].enum, parentSchema: schema16.anyOf[1], data: data51 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                  var _valid25 = _errs207 === errors;
                  valid65 = valid65 || _valid25;
                }
                if (!valid65) {
                  const err137 = { instancePath: instancePath + "/checks/tactic-mismatch/enabled", schemaPath: "#/definitions/enabled/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.anyOf, parentSchema: schema16, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                } else {
                  errors = _errs204;
                  if (vErrors !== null) {
                    if (_errs204) {
                      vErrors.length = _errs204;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data50.severity !== void 0) {
                let data52 = data50.severity;
                if (!(data52 === "error" || data52 === "warning" || data52 === "notice" || data52 === "off")) {
                  const err138 = { instancePath: instancePath + "/checks/tactic-mismatch/severity", schemaPath: "#/properties/checks/properties/tactic-mismatch/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.properties["tactic-mismatch"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.properties["tactic-mismatch"].anyOf[1].properties.severity.enum, parentSchema: schema11.properties.checks.properties["tactic-mismatch"].anyOf[1].properties.severity, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
            } else {
              const err139 = { instancePath: instancePath + "/checks/tactic-mismatch", schemaPath: "#/properties/checks/properties/tactic-mismatch/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.properties["tactic-mismatch"].anyOf[1].type, parentSchema: schema11.properties.checks.properties["tactic-mismatch"].anyOf[1], data: data50 };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
            var _valid24 = _errs199 === errors;
            valid61 = valid61 || _valid24;
          }
          if (!valid61) {
            const err140 = { instancePath: instancePath + "/checks/tactic-mismatch", schemaPath: "#/properties/checks/properties/tactic-mismatch/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.checks.properties["tactic-mismatch"].anyOf, parentSchema: schema11.properties.checks.properties["tactic-mismatch"], data: data50 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          } else {
            errors = _errs196;
            if (vErrors !== null) {
              if (_errs196) {
                vErrors.length = _errs196;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data10 };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.splunk !== void 0) {
      let data53 = data.splunk;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        for (const key12 in data53) {
          if (!(key12 === "macros" || key12 === "data-sources")) {
            const err142 = { instancePath: instancePath + "/splunk", schemaPath: "#/properties/splunk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.splunk, data: data53 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
        if (data53.macros !== void 0) {
          let data54 = data53.macros;
          const _errs213 = errors;
          let valid67 = false;
          const _errs214 = errors;
          if (typeof data54 !== "string") {
            const err143 = { instancePath: instancePath + "/splunk/macros", schemaPath: "#/properties/splunk/properties/macros/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.splunk.properties.macros.anyOf[0].type, parentSchema: schema11.properties.splunk.properties.macros.anyOf[0], data: data54 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
          var _valid26 = _errs214 === errors;
          valid67 = valid67 || _valid26;
          if (!valid67) {
            const _errs216 = errors;
            if (Array.isArray(data54)) {
              const len4 = data54.length;
              for (let i4 = 0; i4 < len4; i4++) {
                let data55 = data54[i4];
                if (typeof data55 !== "string") {
                  const err144 = { instancePath: instancePath + "/splunk/macros/" + i4, schemaPath: "#/properties/splunk/properties/macros/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.splunk.properties.macros.anyOf[1].items.type, parentSchema: schema11.properties.splunk.properties.macros.anyOf[1].items, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
              }
            } else {
              const err145 = { instancePath: instancePath + "/splunk/macros", schemaPath: "#/properties/splunk/properties/macros/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.splunk.properties.macros.anyOf[1].type, parentSchema: schema11.properties.splunk.properties.macros.anyOf[1], data: data54 };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            var _valid26 = _errs216 === errors;
            valid67 = valid67 || _valid26;
          }
          if (!valid67) {
            const err146 = { instancePath: instancePath + "/splunk/macros", schemaPath: "#/properties/splunk/properties/macros/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.splunk.properties.macros.anyOf, parentSchema: schema11.properties.splunk.properties.macros, data: data54 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          } else {
            errors = _errs213;
            if (vErrors !== null) {
              if (_errs213) {
                vErrors.length = _errs213;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data53["data-sources"] !== void 0) {
          let data56 = data53["data-sources"];
          const _errs221 = errors;
          let valid70 = false;
          const _errs222 = errors;
          if (typeof data56 !== "string") {
            const err147 = { instancePath: instancePath + "/splunk/data-sources", schemaPath: "#/properties/splunk/properties/data-sources/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.splunk.properties["data-sources"].anyOf[0].type, parentSchema: schema11.properties.splunk.properties["data-sources"].anyOf[0], data: data56 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
          var _valid27 = _errs222 === errors;
          valid70 = valid70 || _valid27;
          if (!valid70) {
            const _errs224 = errors;
            if (Array.isArray(data56)) {
              const len5 = data56.length;
              for (let i5 = 0; i5 < len5; i5++) {
                let data57 = data56[i5];
                if (typeof data57 !== "string") {
                  const err148 = { instancePath: instancePath + "/splunk/data-sources/" + i5, schemaPath: "#/properties/splunk/properties/data-sources/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.splunk.properties["data-sources"].anyOf[1].items.type, parentSchema: schema11.properties.splunk.properties["data-sources"].anyOf[1].items, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
              }
            } else {
              const err149 = { instancePath: instancePath + "/splunk/data-sources", schemaPath: "#/properties/splunk/properties/data-sources/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.splunk.properties["data-sources"].anyOf[1].type, parentSchema: schema11.properties.splunk.properties["data-sources"].anyOf[1], data: data56 };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            var _valid27 = _errs224 === errors;
            valid70 = valid70 || _valid27;
          }
          if (!valid70) {
            const err150 = { instancePath: instancePath + "/splunk/data-sources", schemaPath: "#/properties/splunk/properties/data-sources/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.splunk.properties["data-sources"].anyOf, parentSchema: schema11.properties.splunk.properties["data-sources"], data: data56 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          } else {
            errors = _errs221;
            if (vErrors !== null) {
              if (_errs221) {
                vErrors.length = _errs221;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err151 = { instancePath: instancePath + "/splunk", schemaPath: "#/properties/splunk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.splunk.type, parentSchema: schema11.properties.splunk, data: data53 };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
    if (data.attack !== void 0) {
      let data58 = data.attack;
      if (typeof data58 === "string") {
        if (!pattern2.test(data58)) {
          const err152 = { instancePath: instancePath + "/attack", schemaPath: "#/properties/attack/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema11.properties.attack, data: data58 };
          if (vErrors === null) {
            vErrors = [err152];
          } else {
            vErrors.push(err152);
          }
          errors++;
        }
      } else {
        const err153 = { instancePath: instancePath + "/attack", schemaPath: "#/properties/attack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.attack.type, parentSchema: schema11.properties.attack, data: data58 };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function configValidator() {
  return validate;
}
var validate, schema11, schema15, schema16, func2, pattern0, pattern1, pattern5, pattern2, schema12, schema13;
var init_config_validator = __esm({
  "src/config-validator.ts"() {
    "use strict";
    validate = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/detlint/detlint/main/schema/detlint.schema.json", "title": "detlint configuration (.detlint.yml)", "description": "Settings for detlint, the detection-rule linter: which files are rules, what the catalog is built from, each check's severity and thresholds, and accepted findings. detlint validates the same keys and values as this schema; an error names the key and the value.", "type": ["object", "null"], "additionalProperties": false, "properties": { "fail-on": { "description": "The lowest severity that fails the check: error, warning, notice, or none (never fail). Case does not matter.", "errorMessage": "one of error, warning, notice, none", "default": "error", "anyOf": [{ "enum": ["error", "warning", "notice", "none"] }, { "type": "string", "pattern": "^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$" }] }, "rules": { "description": "Globs (relative to the repository root) of the repository's rule files: the files the action checks and the default catalog. A string or a list.", "default": ["**/*.{yml,yaml,toml}"], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "ignore": { "description": "Globs (relative to the repository root) of paths never checked nor catalogued. A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "baseline": { "description": "Extra catalog sources: named public corpora (sigma, elastic, splunk, elastic-endpoint; name@ref for another commit, tag or branch), downloaded and cached by detlint, or folders, files or globs of rules (a local folder named like a corpus: sigma/). A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "max-file-size": { "description": "The size limit per file: a bigger file is not read and gets one parse-error finding. A whole number of bytes, or a number with a unit: 512kB, 5MB, 1GB (1,024-based). At most 1 GB.", "errorMessage": "a size from 1 byte to 1 GB: a whole number of bytes or a number with kB, MB or GB", "default": 5242880, "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1073741824 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$" }] }, "suppress": { "description": "Accepted findings: each entry names a rule id and/or a path glob, optionally the checks, and the reason (required). An entry that suppressed nothing while its rule was checked is reported as unused-suppression.", "errorMessage": "a list of entries with rule or path, checks and reason", "default": [], "type": "array", "items": { "$ref": "#/definitions/suppression" } }, "checks": { "description": "Per-check settings. Each check takes a mapping, or off (false) to turn it off.", "type": "object", "additionalProperties": false, "properties": { "noisy-indicator": { "description": "A predicate that many catalog rules check, relied on without a more specific condition beside it.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] }, "threshold": { "description": "A predicate is noisy when at least this many other catalog rules check it.", "type": "integer", "minimum": 1, "maximum": 1e9, "default": 20 }, "max-paths": { "description": "Satisfying paths of a rule expanded at most, before falling back to its top-level branches.", "type": "integer", "minimum": 1, "maximum": 1e5, "default": 64 }, "examples": { "description": "Catalog rules named as examples in a finding.", "type": "integer", "minimum": 0, "maximum": 50, "default": 3 } } }] }, "missing-common-exclusion": { "description": "A false-positive filter that the rules most like this one (or, with peers: technique, the rules of its technique) use as a filter of its own, which this rule lacks.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] }, "peers": { "description": "Which rules are peers: similar (the rules of the same kind of event most alike in the fields and values they detect) or technique (every rule sharing a parent technique and the kind of event).", "default": "similar", "enum": ["similar", "technique"] }, "neighbours": { "description": "With peers: similar, how many of the most similar rules are peers.", "type": "integer", "minimum": 1, "maximum": 1e3, "default": 20 }, "technique-weight": { "description": "With peers: similar, a peer sharing a parent technique with the rule counts this many times.", "type": "number", "minimum": 1, "maximum": 100, "default": 2 }, "per-field": { "description": "Findings on one field at most.", "type": "integer", "minimum": 1, "maximum": 100, "default": 3 }, "min-rules": { "description": "Peers that must exclude a key as a filter of its own (or a narrower key it covers), at least.", "type": "integer", "minimum": 1, "maximum": 1e9, "default": 2 }, "min-share": { "description": 'Share of the peers that must exclude it, at least (with peers: similar, weighted by similarity): a number from 0 to 1 (0.2) or a percentage ("20%").', "errorMessage": "a number from 0 to 1 or a percentage from 0% to 100%", "default": 0.2, "anyOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$" }] }, "top": { "description": "Findings per rule at most, best supported first.", "type": "integer", "minimum": 1, "maximum": 100, "default": 5 }, "examples": { "description": "Catalog rules named as examples in a finding.", "type": "integer", "minimum": 0, "maximum": 50, "default": 3 }, "untagged": { "description": "Rules without ATT&CK technique tags: logsource compares them with every catalog rule of the same kind of event; skip leaves them out of this check.", "default": "logsource", "enum": ["logsource", "skip"] } } }] }, "duplicate-rule": { "description": "A rule whose indicators are the same as (or nearly those of) a catalog rule on the same kind of event, in any vendor.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "parse-error": { "description": "A file or rule that could not be read, with its line and column.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "error", "enum": ["error", "warning", "notice", "off"] } } }] }, "invalid-suppression": { "description": "A detlint suppression comment that cannot be used: no reason, an unknown check, a typo.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "unused-suppression": { "description": "A suppression (comment or suppress entry) that suppressed nothing although its checks ran on its rule.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "notice", "enum": ["error", "warning", "notice", "off"] } } }] }, "technique-unknown": { "description": "A technique ID the ATT&CK table does not know; an ID newer than the table is a notice. Runs only with ATT&CK data (attack).", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "technique-revoked": { "description": "A revoked or deprecated ATT&CK technique; the finding names the replacement. Runs only with ATT&CK data (attack).", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "technique-missing": { "description": "A rule that names no ATT&CK technique.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "notice", "enum": ["error", "warning", "notice", "off"] } } }] }, "tactic-mismatch": { "description": "A Sigma tactic tag that none of the rule's techniques belongs to in the ATT&CK table's version (v19's Stealth and Defense Impairment fit where Defense Evasion does).", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "notice", "enum": ["error", "warning", "notice", "off"] } } }] } } }, "splunk": { "description": "Where Splunk detections find their macro and data source definitions, besides the macros/ and data_sources/ folders found beside the detections (searched after these).", "errorMessage": "a mapping with macros and data-sources", "type": "object", "additionalProperties": false, "properties": { "macros": { "description": "Folders (relative to the repository root) of Splunk macro definitions (macros/*.yml). A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "data-sources": { "description": "Folders (relative to the repository root) of Splunk data source definitions (data_sources/*.yml). A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] } } }, "attack": { "description": "ATT&CK data, relative to the repository root: detlint's compact table (detlint attack import) or MITRE's STIX enterprise bundle. Without it, technique-unknown and technique-revoked do not run.", "errorMessage": "the path of an ATT&CK table or STIX bundle", "type": "string", "pattern": "\\S" } }, "definitions": { "enabled": { "description": "false turns the check off.", "errorMessage": "true or false", "default": true, "anyOf": [{ "type": "boolean" }, { "enum": ["true", "false"] }] }, "off": { "description": "Turns the check off.", "enum": ["off", false] }, "suppressibleCheck": { "enum": ["noisy-indicator", "missing-common-exclusion", "duplicate-rule", "parse-error", "technique-unknown", "technique-revoked", "technique-missing", "tactic-mismatch"], "errorMessage": "one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch" }, "suppression": { "description": "Accept findings of a rule (by id) and/or of files (by path glob), for a reason.", "errorMessage": "a mapping with rule or path, checks and reason", "type": "object", "additionalProperties": false, "properties": { "rule": { "description": "The rule's id (compared case-insensitively).", "errorMessage": "a rule id", "type": "string", "pattern": "\\S" }, "path": { "description": "A glob of rule files, relative to the repository root (e.g. rules/hunting/**).", "errorMessage": "a glob of rule files", "type": "string", "pattern": "\\S" }, "checks": { "description": "The checks suppressed: one or a list. Leave it out to suppress every check.", "errorMessage": "one check or a list of one or more checks (leave it out to suppress every check)", "anyOf": [{ "$ref": "#/definitions/suppressibleCheck" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/suppressibleCheck" } }] }, "reason": { "description": "Why these findings are accepted. Required, shown in the JSON report next to each suppressed finding.", "errorMessage": "a reason that says why these findings are accepted", "type": "string", "pattern": "\\S" } }, "required": ["reason"], "anyOf": [{ "required": ["rule"] }, { "required": ["path"] }] } } };
    schema15 = { "description": "Turns the check off.", "enum": ["off", false] };
    schema16 = { "description": "false turns the check off.", "errorMessage": "true or false", "default": true, "anyOf": [{ "type": "boolean" }, { "enum": ["true", "false"] }] };
    func2 = Object.prototype.hasOwnProperty;
    pattern0 = new RegExp("^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$", "u");
    pattern1 = new RegExp("^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$", "u");
    pattern5 = new RegExp("^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$", "u");
    pattern2 = new RegExp("\\S", "u");
    schema12 = { "description": "Accept findings of a rule (by id) and/or of files (by path glob), for a reason.", "errorMessage": "a mapping with rule or path, checks and reason", "type": "object", "additionalProperties": false, "properties": { "rule": { "description": "The rule's id (compared case-insensitively).", "errorMessage": "a rule id", "type": "string", "pattern": "\\S" }, "path": { "description": "A glob of rule files, relative to the repository root (e.g. rules/hunting/**).", "errorMessage": "a glob of rule files", "type": "string", "pattern": "\\S" }, "checks": { "description": "The checks suppressed: one or a list. Leave it out to suppress every check.", "errorMessage": "one check or a list of one or more checks (leave it out to suppress every check)", "anyOf": [{ "$ref": "#/definitions/suppressibleCheck" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/suppressibleCheck" } }] }, "reason": { "description": "Why these findings are accepted. Required, shown in the JSON report next to each suppressed finding.", "errorMessage": "a reason that says why these findings are accepted", "type": "string", "pattern": "\\S" } }, "required": ["reason"], "anyOf": [{ "required": ["rule"] }, { "required": ["path"] }] };
    schema13 = { "enum": ["noisy-indicator", "missing-common-exclusion", "duplicate-rule", "parse-error", "technique-unknown", "technique-revoked", "technique-missing", "tactic-mismatch"], "errorMessage": "one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch" };
  }
});

// src/config-schema.ts
function show2(v) {
  return JSON.stringify(v) ?? String(v);
}
function keyOf(instancePath) {
  let key = "";
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    key += /^\d+$/.test(part) ? `[${part}]` : key === "" ? part : `.${part}`;
  }
  return key;
}
function resolve(node) {
  const ref = node.$ref?.match(/^#\/definitions\/(.+)$/)?.[1];
  return ref ? resolve(CONFIG_SCHEMA.definitions[ref]) : node;
}
function listOf(items, word = "or") {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}
function describe6(input) {
  const node = resolve(input);
  if (node.errorMessage) return node.errorMessage;
  if (node.anyOf) return listOf(node.anyOf.map(describe6));
  if (node.enum)
    return node.enum.length === 1 ? show2(node.enum[0]) : `one of ${node.enum.map(String).join(", ")}`;
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  return listOf(types.map((t) => describeType(t, node)));
}
function describeType(type, node) {
  const range = node.minimum !== void 0 && node.maximum !== void 0 ? ` from ${node.minimum} to ${node.maximum}` : "";
  switch (type) {
    case "integer":
      return `a whole number${range}`;
    case "number":
      return `a number${range}`;
    case "boolean":
      return "true or false";
    case "string":
      return node.pattern === "\\S" ? "a non-empty string" : "a string";
    case "array": {
      const items = node.items ? resolve(node.items) : void 0;
      const of = items?.type === "string" ? " of strings" : items?.type === "object" ? " of mappings" : items?.enum ? " of them" : "";
      return node.minItems ? `a list of one or more${of.replace(/^ of/, "")}` : `a list${of}`;
    }
    case "object":
      return "a mapping";
    case "null":
      return "nothing";
    default:
      return type;
  }
}
function enumStrings(input) {
  const node = resolve(input);
  const own = node.enum?.filter((v) => typeof v === "string") ?? [];
  return [...own, ...(node.anyOf ?? []).flatMap(enumStrings)];
}
function unknownKey(err) {
  const name = String(err.params.additionalProperty);
  const known = Object.keys(err.parentSchema.properties ?? {});
  const key = keyOf(`${err.instancePath}/${name}`);
  return `${key}: unknown key${didYouMean(name, known)} (expected one of ${known.join(", ")})`;
}
function missing(err, key) {
  const name = String(err.params.missingProperty);
  const property = resolve(err.parentSchema.properties?.[name] ?? {});
  const what = property.errorMessage ? `required: ${property.errorMessage}` : "required";
  return `${key ? `${key}.` : ""}${name}: ${what}, got nothing`;
}
function wrongValue(node, data, key) {
  const n = resolve(node);
  const values = enumStrings(n);
  const hint = typeof data === "string" && values.length > 0 ? didYouMean(data, values) : "";
  if (key === "") return `expected a mapping at the top level, got ${show2(data)}`;
  return `${key}: expected ${describe6(n)}, got ${show2(data)}${hint}`;
}
function configErrorMessage(errors) {
  const depth = (e) => e.instancePath === "" ? 0 : e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const here = errors.filter((e) => depth(e) === deepest);
  const key = keyOf(here[0].instancePath);
  const extra = here.find((e) => e.keyword === "additionalProperties");
  if (extra) return unknownKey(extra);
  const required = here.filter((e) => e.keyword === "required");
  const anyOf = here.find((e) => e.keyword === "anyOf");
  if (required.length > 0 && anyOf && required.length === here.length - 1)
    return `${key}: give ${listOf(required.map((e) => String(e.params.missingProperty)))}, or both`;
  const firstRequired = required.find((e) => !(e.schemaPath.includes("/anyOf/") && anyOf));
  if (firstRequired) return missing(firstRequired, key);
  const at = anyOf ?? here.find((e) => e.keyword === "enum") ?? here[0];
  return wrongValue(at.parentSchema, at.data, key);
}
function validateConfigDoc(doc) {
  const validate2 = configValidator();
  if (validate2(doc)) return null;
  return configErrorMessage(validate2.errors ?? []);
}
var CONFIG_SCHEMA;
var init_config_schema = __esm({
  "src/config-schema.ts"() {
    "use strict";
    init_detlint_schema();
    init_did_you_mean();
    init_config_validator();
    CONFIG_SCHEMA = detlint_schema_default;
  }
});

// src/config.ts
import { readFileSync as readFileSync5 } from "node:fs";
function defaultSettings() {
  return {
    failOn: "error",
    rules: [...DEFAULT_RULE_GLOBS],
    ignore: [],
    baseline: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    suppress: [],
    splunk: { macros: [], dataSources: [] },
    checks: {
      "noisy-indicator": { enabled: true, severity: "warning", threshold: 20, maxPaths: 64, examples: 3 },
      "missing-common-exclusion": {
        enabled: true,
        severity: "warning",
        peers: "similar",
        neighbours: 20,
        techniqueWeight: 2,
        perField: 3,
        minRules: 2,
        minShare: 0.2,
        top: 5,
        examples: 3,
        untagged: "logsource"
      },
      "duplicate-rule": { enabled: true, severity: "warning" },
      "parse-error": { enabled: true, severity: "error" },
      "invalid-suppression": { enabled: true, severity: "warning" },
      "unused-suppression": { enabled: true, severity: "notice" },
      "technique-unknown": { enabled: true, severity: "warning" },
      "technique-revoked": { enabled: true, severity: "warning" },
      "technique-missing": { enabled: true, severity: "notice" },
      "tactic-mismatch": { enabled: true, severity: "notice" }
    },
    attack: null
  };
}
function parseFailOn(value, key = "fail-on") {
  const v = value.trim().toLowerCase();
  if (FAIL_ON.includes(v)) return v;
  throw new ConfigError(`${key}: expected one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(value)}`);
}
function list2(v) {
  return typeof v === "string" ? [v] : v;
}
function parseSize(v, key) {
  const m = typeof v === "string" ? SIZE.exec(v) : null;
  const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[(m[2] ?? "").toLowerCase()]) : v;
  if (typeof bytes === "number" && Number.isInteger(bytes) && bytes >= 1 && bytes <= MAX_FILE_SIZE_LIMIT)
    return bytes;
  throw new ConfigError(
    `${key}: expected a size from 1 byte to 1 GB: a whole number of bytes or a number with kB, MB or GB, got ${JSON.stringify(v)}`
  );
}
function share(v) {
  const percent = typeof v === "string" ? PERCENT.exec(v) : null;
  return percent ? Number(percent[1]) / 100 : v;
}
function camel(key) {
  return key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function applyCheck(target, raw) {
  if (raw === "off" || raw === false) {
    target.enabled = false;
    return;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key === "enabled") target.enabled = value === true || value === "true";
    else if (key === "severity" && value === "off") target.enabled = false;
    else if (key === "severity") target.severity = value;
    else target[camel(key)] = (CHECK_OPTION_VALUES[key] ?? ((x) => x))(value);
  }
}
function suppression(raw, i, file) {
  const trimmed = (v) => typeof v === "string" ? v.trim() : null;
  const checks = raw.checks === void 0 ? [] : list2(raw.checks);
  return {
    rule: trimmed(raw.rule),
    path: trimmed(raw.path)?.replace(/^(\.\/)+/, "") ?? null,
    checks: [...new Set(checks)],
    reason: raw.reason.trim(),
    where: `suppress[${i}]`,
    file,
    line: null
  };
}
function applyConfig(base, doc, source = ".detlint.yml") {
  const s = structuredClone(base);
  if (doc === null || doc === void 0) return s;
  const problem2 = validateConfigDoc(doc);
  if (problem2 !== null) throw new ConfigError(problem2);
  const d = doc;
  if ("fail-on" in d) s.failOn = parseFailOn(d["fail-on"]);
  if ("rules" in d) s.rules = list2(d.rules);
  if ("ignore" in d) s.ignore = list2(d.ignore);
  if ("baseline" in d) s.baseline = list2(d.baseline);
  if ("max-file-size" in d) s.maxFileSize = parseSize(d["max-file-size"], "max-file-size");
  if ("suppress" in d) s.suppress = d.suppress.map((e, i) => suppression(e, i, source));
  if ("attack" in d) s.attack = d.attack.trim();
  if ("splunk" in d) {
    const splunk = d.splunk;
    s.splunk = {
      macros: "macros" in splunk ? list2(splunk.macros) : [],
      dataSources: "data-sources" in splunk ? list2(splunk["data-sources"]) : []
    };
  }
  for (const [id, raw] of Object.entries(d.checks ?? {})) applyCheck(s.checks[id], raw);
  return s;
}
function parseConfigText(text2, source, base = defaultSettings()) {
  let doc;
  try {
    const docs = [];
    (0, import_js_yaml3.loadAll)(text2, (d) => void docs.push(d), { schema: import_js_yaml3.CORE_SCHEMA, filename: source });
    if (docs.length > 1) throw new ConfigError(`${source}: expected one YAML document, found ${docs.length}`);
    doc = docs[0];
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new ConfigError(`${source}: not valid YAML: ${msg}`);
  }
  let settings;
  try {
    settings = applyConfig(base, doc, source);
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(`${source}: ${err.message}`);
    throw err;
  }
  if (settings.suppress.length > 0) locateSuppressions(settings.suppress, text2);
  return settings;
}
function locateSuppressions(entries, text2) {
  const root = parseYaml(text2).documents[0]?.root;
  if (root?.kind !== "map") return;
  const list3 = root.entries.find((e) => e.key.value === "suppress")?.value;
  if (list3?.kind !== "seq") return;
  entries.forEach((entry, i) => {
    const item = list3.items[i];
    if (item) entry.line = item.line;
  });
}
function loadConfigFile(path13, required, base = defaultSettings()) {
  let text2;
  try {
    text2 = readFileSync5(path13, "utf8");
  } catch (err) {
    if (!required && err.code === "ENOENT") return structuredClone(base);
    const msg = err instanceof Error ? err.message : String(err);
    throw new ConfigError(`config: cannot read ${JSON.stringify(path13)}: ${msg}`);
  }
  return parseConfigText(text2, path13, base);
}
var import_js_yaml3, ConfigError, DEFAULT_RULE_GLOBS, FAIL_ON, PERCENT, SIZE, SIZE_UNITS, MAX_FILE_SIZE_LIMIT, CHECK_OPTION_VALUES;
var init_config = __esm({
  "src/config.ts"() {
    "use strict";
    import_js_yaml3 = __toESM(require_js_yaml(), 1);
    init_config_schema();
    init_positioned();
    init_source_file();
    ConfigError = class extends Error {
      constructor(message3) {
        super(message3);
        this.name = "ConfigError";
      }
    };
    DEFAULT_RULE_GLOBS = ["**/*.{yml,yaml,toml}"];
    FAIL_ON = ["error", "warning", "notice", "none"];
    PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
    SIZE = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?)?b?\s*$/i;
    SIZE_UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
    MAX_FILE_SIZE_LIMIT = 1024 ** 3;
    CHECK_OPTION_VALUES = { "min-share": share };
  }
});

// src/corpus/registry.ts
function parseCorpusRef(entry, key = "baseline") {
  const m = NAMED.exec(entry.trim());
  if (!m || !CORPUS_NAMES.includes(m[1])) return null;
  const spec = CORPORA[m[1]];
  const ref = m[2] ?? spec.ref;
  if (!REF.test(ref) || ref.includes(".."))
    throw new ConfigError(
      `${key}: ${JSON.stringify(entry)}: expected ${spec.name} or ${spec.name}@<commit, tag or branch> (letters, digits, ".", "_" and "-")`
    );
  return { spec, ref, entry: entry.trim() };
}
function splitBaseline(entries, key = "baseline") {
  const corpora = [];
  const paths = [];
  for (const e of entries) {
    const named2 = parseCorpusRef(e, key);
    if (named2 === null) paths.push(e);
    else if (!corpora.some((c) => c.spec.name === named2.spec.name && c.ref === named2.ref)) corpora.push(named2);
  }
  return { corpora, paths };
}
function corpusLabel(c) {
  return `${c.spec.name}@${/^[0-9a-f]{40}$/.test(c.ref) ? c.ref.slice(0, 12) : c.ref}`;
}
function isCommit(ref) {
  return /^[0-9a-f]{40}$/.test(ref);
}
function corpusPrefix(c) {
  return `${c.spec.owner}/${c.spec.repo}@${c.ref}`;
}
function checkoutAdvice(c) {
  const folders2 = [...c.spec.folders.map((f) => f.replace(/\*$/, "")), ...c.spec.nested ?? []];
  const dir = c.spec.repo;
  return `check out ${c.spec.owner}/${c.spec.repo} at ${c.ref} and pass ` + folders2.map((f) => `--baseline path/to/${dir}/${f}`).join(" ") + (c.spec.splunk ? ` (with splunk.macros: [path/to/${dir}/${c.spec.splunk.macros}] and splunk.data-sources: [path/to/${dir}/${c.spec.splunk.dataSources}] in .detlint.yml)` : "") + " (in a workflow: actions/checkout with repository and path, then those folders as baseline)";
}
function sourceUrl(rule, server = "https://github.com") {
  const m = SOURCE_PATH.exec(rule.path);
  if (!m) return null;
  const [, owner, repo, ref, file] = m;
  const known = Object.values(CORPORA).some((c) => c.owner === owner && c.repo === repo);
  if (!known || file.split("/").some((s) => s === ".." || s === "." || s === "")) return null;
  const encoded = file.split("/").map(encodeURIComponent).join("/");
  const line = rule.line !== void 0 && rule.line > 0 ? `#L${rule.line}` : "";
  return `${server.replace(/\/+$/, "")}/${owner}/${repo}/blob/${ref}/${encoded}${line}`;
}
var CORPUS_NAMES, CORPORA, REF, NAMED, SOURCE_PATH;
var init_registry = __esm({
  "src/corpus/registry.ts"() {
    "use strict";
    init_catalog();
    init_config();
    init_version();
    CORPUS_NAMES = ["sigma", "elastic", "splunk", "elastic-endpoint"];
    CORPORA = {
      sigma: {
        name: "sigma",
        owner: "SigmaHQ",
        repo: "sigma",
        ref: "8eaafff1f2845a696050e05e72ba1140ee190698",
        folders: ["rules*"]
      },
      elastic: {
        name: "elastic",
        owner: "elastic",
        repo: "detection-rules",
        ref: "14cf530f0d2177023092449cd9d9348b4a8884c2",
        folders: ["rules", "rules_building_block"]
      },
      splunk: {
        name: "splunk",
        owner: "splunk",
        repo: "security_content",
        ref: "b13b314aed0e1778335a55620474e7d27289a20a",
        folders: ["detections"],
        splunk: { macros: "macros", dataSources: "data_sources" }
      },
      "elastic-endpoint": {
        name: "elastic-endpoint",
        owner: "elastic",
        repo: "protections-artifacts",
        ref: "9c334cf8298d9ff7e19c2a50817669072abc2d66",
        folders: [],
        nested: ["behavior/rules"]
      }
    };
    REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
    NAMED = /^([a-z-]+)(?:@(.*))?$/;
    SOURCE_PATH = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)@([A-Za-z0-9._-]+)\/(.+)$/;
  }
});

// src/output-file.ts
import { mkdirSync as mkdirSync2, statSync as statSync4, writeFileSync as writeFileSync3 } from "node:fs";
import path6 from "node:path";
function reason(err) {
  const code2 = err?.code;
  if (code2 === "EACCES" || code2 === "EPERM" || code2 === "EROFS") return "permission denied";
  if (code2 === "ENOTDIR") return "a part of the path is a file, not a folder";
  if (code2 === "EISDIR") return "it is a folder";
  return err instanceof Error ? err.message : String(err);
}
function writeOutputFile(file, text2, option, cwd = process.cwd()) {
  const abs = path6.resolve(cwd, file);
  let isDir = false;
  try {
    isDir = statSync4(abs).isDirectory();
  } catch {
  }
  if (isDir) throw new OutputPathError(`${option}: ${JSON.stringify(file)} is a folder; give a file name`);
  try {
    mkdirSync2(path6.dirname(abs), { recursive: true });
  } catch (err) {
    throw new OutputPathError(
      `${option}: cannot create the folder of ${JSON.stringify(file)}: ${reason(err)}`
    );
  }
  try {
    writeFileSync3(abs, text2);
  } catch (err) {
    throw new OutputPathError(`${option}: cannot write ${JSON.stringify(file)}: ${reason(err)}`);
  }
}
var OutputPathError;
var init_output_file = __esm({
  "src/output-file.ts"() {
    "use strict";
    OutputPathError = class extends Error {
      constructor(message3) {
        super(message3);
        this.name = "OutputPathError";
      }
    };
  }
});

// src/site/trees.ts
function keyOf2(r) {
  return `${r.vendor}\0${r.path}\0${r.line}\0${r.id ?? ""}`;
}
var RuleTrees;
var init_trees = __esm({
  "src/site/trees.ts"() {
    "use strict";
    RuleTrees = class {
      trees = /* @__PURE__ */ new Map();
      add = (rule) => void this.trees.set(keyOf2(rule), rule.queries);
      get = (rule) => this.trees.get(keyOf2(rule)) ?? null;
    };
  }
});

// src/site/assets.ts
var SITE_CSS, SITE_JS;
var init_assets = __esm({
  "src/site/assets.ts"() {
    "use strict";
    SITE_CSS = `:root {
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
    SITE_JS = `(function () {
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
  }
});

// src/site/html.ts
function text(value) {
  if (!UNSAFE.test(value)) return value;
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function el(name, attrs = {}, ...children) {
  let open2 = `<${name}`;
  for (const k in attrs) {
    const v = attrs[k];
    if (v === true) open2 += ` ${k}`;
    else if (v !== false && v !== null) open2 += ` ${k}="${attr(String(v))}"`;
  }
  return `${open2}>${children.join("")}</${name}>`;
}
function link(href, label, attrs = {}) {
  return el("a", { href, ...attrs }, label);
}
function slug2(value, max = 60) {
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
var ENTITIES, UNSAFE, attr, count;
var init_html = __esm({
  "src/site/html.ts"() {
    "use strict";
    init_common();
    ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;"
    };
    UNSAFE = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    attr = text;
    count = formatCount;
  }
});

// src/site/paths.ts
function techniquePagePath(technique) {
  return `t/${technique.toUpperCase()}.html`;
}
function rulePagePath(rule) {
  const base = rule.path.split("/").pop()?.replace(/\.[a-z]+$/i, "") ?? "";
  const hash = createHash("sha256").update(`${rule.vendor}\0${rule.path}\0${rule.id ?? ""}`).digest("hex");
  return `r/${rule.vendor}-${slug2(base, 48)}-${hash.slice(0, 8)}.html`;
}
function siteUrl(base, page) {
  return `${base.replace(/\/+$/, "")}/${page}`;
}
var init_paths = __esm({
  "src/site/paths.ts"() {
    "use strict";
    init_hash();
    init_html();
  }
});

// src/site/similar.ts
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
var MAX_REACH;
var init_similar = __esm({
  "src/site/similar.ts"() {
    "use strict";
    init_similarity();
    MAX_REACH = 300;
  }
});

// src/site/model.ts
function cmp3(a, b) {
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
    const list3 = families.get(p) ?? [];
    if (t !== p) list3.push(t);
    families.set(p, list3);
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
    return ra - rb || cmp3(ia, ib);
  });
  return order.map((s) => {
    const fams = (byTactic.get(s) ?? []).sort(cmp3);
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
  const techniques = [...catalog.techniqueRules.keys()].filter((t) => /^T\d{4}(\.\d{3})?$/.test(t)).sort(cmp3);
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
  return [...new Set(rule.techniques.map((t) => attack ? currentId(attack, t) : t))].sort(cmp3);
}
var TACTIC_ORDER, NO_TACTIC;
var init_model2 = __esm({
  "src/site/model.ts"() {
    "use strict";
    init_page();
    init_normalize();
    init_ir();
    init_paths();
    init_similar();
    TACTIC_ORDER = [
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
    NO_TACTIC = "No known tactic";
  }
});

// src/site/charts.ts
function round2(n) {
  return String(Math.round(n * 10) / 10);
}
function stackedBars(title, rows) {
  const totals = rows.map((r) => VENDORS.reduce((s, v) => s + r.values[v], 0));
  const max = Math.max(1, ...totals);
  const legendY = rows.length * ROW + 16;
  const height = legendY + 12;
  const width2 = LABEL + BAR + 60;
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
          { x: round2(x), y: y + 4, width: round2(Math.max(w, 1)), height: ROW - 8, class: `v-${v}` },
          el("title", {}, text(`${r.label}: ${v} ${count(n)}`))
        )
      );
      x += w;
    }
    parts.push(el("text", { x: round2(x + 6), y: y + 15 }, count(totals[i])));
  });
  VENDORS.forEach((v, i) => {
    const x = LABEL + i * 110;
    parts.push(el("rect", { x, y: legendY - 9, width: 10, height: 10, class: `v-${v}` }));
    parts.push(el("text", { x: x + 14, y: legendY }, v));
  });
  return el(
    "svg",
    { class: "chart", viewBox: `0 0 ${width2} ${height}`, width: width2, height, role: "img", "aria-label": title },
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
    parts.push(el("rect", { x, y: round2(18 + h - bh), width: w - 16, height: round2(bh), class: "bar" }));
    parts.push(
      el("text", { x: x + (w - 16) / 2, y: round2(14 + h - bh), "text-anchor": "middle" }, count(b.count))
    );
    parts.push(el("text", { x: x + (w - 16) / 2, y: 18 + h + 16, "text-anchor": "middle" }, text(b.label)));
  });
  const width2 = buckets.length * w + 8;
  const height = h + 40;
  return el(
    "svg",
    { class: "chart", viewBox: `0 0 ${width2} ${height}`, width: width2, height, role: "img", "aria-label": title },
    ...parts
  );
}
function reachBuckets(reaches2) {
  return REACH_BUCKETS.map((b) => ({
    label: b.label,
    count: reaches2.filter((r) => r >= b.min && r <= b.max).length
  }));
}
var ROW, LABEL, BAR, REACH_BUCKETS;
var init_charts = __esm({
  "src/site/charts.ts"() {
    "use strict";
    init_ir();
    init_html();
    ROW = 22;
    LABEL = 170;
    BAR = 420;
    REACH_BUCKETS = [
      { label: "1", min: 1, max: 1 },
      { label: "2\u20134", min: 2, max: 4 },
      { label: "5\u20139", min: 5, max: 9 },
      { label: "10\u201324", min: 10, max: 24 },
      { label: "25\u201399", min: 25, max: 99 },
      { label: "100+", min: 100, max: Infinity }
    ];
  }
});

// src/site/render.ts
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
function vendorCounts2(list3) {
  return list3.map((v) => vendorBadge(v.vendor, v.rules)).join(" ");
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
function keyCells2(field, op, value) {
  const m = matchParts(op, value);
  return [field === null ? text("(keyword)") : code(field), text(m.op), m.value === null ? "" : code(m.value)];
}
function spans2(cells) {
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
      vendorCounts2(totals),
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
  const { indicators: indicators2 } = st.page;
  if (indicators2.total === 0) return el("p", { class: "note" }, text("No indicators."));
  const n = Math.min(indicators2.rows.length, SITE_LIMITS.indicators);
  const head = el(
    "div",
    { class: "keyrow keyhead" },
    el("span", {}),
    ...["field", "operator", "value"].map((h) => el("span", {}, h)),
    el("span", { class: "num" }, "rules here"),
    el("span", { class: "num" }, "corpus reach"),
    el("span", {}, "vendors")
  );
  const rows = indicators2.rows.slice(0, n).map(
    (r, i) => el(
      "details",
      { class: "key", id: keyAnchor("i", r.key) },
      el(
        "summary",
        { class: "keyrow" },
        ...spans2(keyCells2(r.field, r.op, r.value)),
        el("span", { class: "num" }, count(r.here)),
        el("span", { class: "num" }, count(r.reach)),
        el("span", {}, r.vendors.map((v) => vendorBadge(v)).join(" "))
      ),
      ruleList(model, here, st.indicatorRules[i], SITE_LIMITS.ruleList)
    )
  );
  const chart = histogram(
    "Corpus reach of this page\u2019s indicators",
    reachBuckets(indicators2.rows.map((r) => r.reach))
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
    more(indicators2.total, n, "indicator"),
    el("h3", {}, text(`Corpus reach of all ${plural(indicators2.total, "indicator")}`)),
    chart
  ].join("\n");
}
function exclusionsSection(model, here, st) {
  const { exclusions: exclusions2 } = st.page;
  if (exclusions2.total === 0) return el("p", { class: "note" }, text("No exclusions."));
  const n = Math.min(exclusions2.rows.length, SITE_LIMITS.exclusions);
  const head = el(
    "div",
    { class: "keyrow keyhead" },
    el("span", {}),
    ...["field", "operator", "value"].map((h) => el("span", {}, h)),
    el("span", { class: "num" }, "rules"),
    el("span", {}, "vendors")
  );
  const rows = exclusions2.rows.slice(0, n).map(
    (r, i) => el(
      "details",
      { class: "key", id: keyAnchor("x", r.key) },
      el(
        "summary",
        { class: "keyrow" },
        ...spans2(keyCells2(r.field, r.op, r.value)),
        el("span", { class: "num" }, count(r.rules)),
        el("span", {}, r.vendors.map((v) => vendorBadge(v)).join(" "))
      ),
      ruleList(model, here, st.exclusionRules[i], SITE_LIMITS.ruleList)
    )
  );
  return el("div", { class: "keys excl" }, ["", head, ...rows, ""].join("\n")) + more(exclusions2.total, n, "exclusion");
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
    el("p", {}, text(`${plural(page.rules, "rule")}: `), vendorCounts2(page.vendors))
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
function treeItem(e, depth) {
  if (depth > MAX_DEPTH7) return el("li", { class: "note" }, text("\u2026 (deeper levels not shown)"));
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
    return [...keyCells2(p?.field ?? null, p?.op ?? "", p?.value ?? null), count(users.get(k)?.length ?? 0)];
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
  const reaches2 = r.indicators.map((k) => catalog.indicatorRules.get(k)?.length ?? 0);
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
    (reaches2.length >= MIN_CHART ? histogram("Corpus reach of this rule\u2019s indicators", reachBuckets(reaches2)) : ""),
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
var SITE_LIMITS, MIN_CHART, HERE_SUB, MAX_DEPTH7;
var init_render = __esm({
  "src/site/render.ts"() {
    "use strict";
    init_normalize();
    init_events();
    init_tables();
    init_ir();
    init_version();
    init_charts();
    init_html();
    init_model2();
    init_paths();
    SITE_LIMITS = {
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
    MIN_CHART = 5;
    HERE_SUB = { root: "../" };
    MAX_DEPTH7 = 40;
  }
});

// src/site/search.ts
function cmp4(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var PLACES, SearchIndex;
var init_search = __esm({
  "src/site/search.ts"() {
    "use strict";
    init_tables();
    init_render();
    init_paths();
    PLACES = 3;
    SearchIndex = class {
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
          const list3 = this.fields.get(f.field) ?? [];
          list3.push({ technique: id, rules: f.rules, anchor: "fields", detail: `${f.rules} rules on ${where}` });
          this.fields.set(f.field, list3);
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
        const top = (places) => [...places].sort((a, b) => b.rules - a.rules || cmp4(a.technique, b.technique)).slice(0, PLACES);
        const out = [...this.techniques].sort((a, b) => cmp4(a[3], b[3]));
        this.model.catalog.rules.forEach(
          (r, i) => out.push(["r", r.title, `${r.vendor} \xB7 ${r.path}`, this.model.rulePaths[i]])
        );
        for (const field of [...this.fields.keys()].sort(cmp4))
          for (const p of top(this.fields.get(field) ?? []))
            out.push(["f", field, p.detail, `${techniquePagePath(p.technique)}#${p.anchor}`]);
        for (const key of [...this.values.keys()].sort(cmp4)) {
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
  }
});

// src/site/index.ts
import { mkdirSync as mkdirSync5, writeFileSync as writeFileSync5 } from "node:fs";
import path10 from "node:path";
function renderSite(catalog, sources, emit3) {
  const model = siteModel(catalog, sources);
  const search = new SearchIndex(model);
  const summaries = /* @__PURE__ */ new Map();
  for (const id of model.techniques) {
    const st = siteTechnique(model, id);
    emit3(techniquePagePath(id), renderTechnique(model, st));
    search.addTechnique(st);
    summaries.set(id, { name: st.page.name, rules: st.page.rules, vendors: st.page.vendors });
  }
  catalog.rules.forEach((_, i) => emit3(model.rulePaths[i], renderRule(model, i)));
  emit3("index.html", renderIndex(model, summaries));
  emit3("assets/site.css", SITE_CSS);
  emit3("assets/site.js", SITE_JS);
  emit3("assets/search-index.js", search.script());
  emit3(".nojekyll", "");
}
function writeSite(dir, catalog, sources = {}) {
  const written = { files: 0, bytes: 0 };
  const made = /* @__PURE__ */ new Set();
  renderSite(catalog, sources, (rel, content) => {
    const file = path10.join(dir, rel);
    const parent = path10.dirname(file);
    if (!made.has(parent)) {
      mkdirSync5(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync5(file, content);
    written.files++;
    written.bytes += Buffer.byteLength(content);
  });
  return written;
}
var init_site = __esm({
  "src/site/index.ts"() {
    "use strict";
    init_assets();
    init_model2();
    init_render();
    init_search();
    init_paths();
    init_paths();
  }
});

// src/site/navigator.ts
function cmp5(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function navigatorLayer(catalog, options = {}) {
  const ids = [...catalog.techniqueRules.keys()].filter((t) => TECHNIQUE3.test(t)).sort(cmp5);
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
var LAYER_FORMAT, NAVIGATOR_VERSION, TECHNIQUE3;
var init_navigator = __esm({
  "src/site/navigator.ts"() {
    "use strict";
    init_ir();
    init_version();
    init_paths();
    LAYER_FORMAT = "4.5";
    NAVIGATOR_VERSION = "4.9.0";
    TECHNIQUE3 = /^T\d{4}(\.\d{3})?$/;
  }
});

// src/site/command.ts
var command_exports = {};
__export(command_exports, {
  runCatalogNavigator: () => runCatalogNavigator,
  runCatalogSite: () => runCatalogSite,
  sourceUrls: () => sourceUrls
});
import path11 from "node:path";
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
  const out = path11.resolve(ctx.cwd, values.output);
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
var init_command = __esm({
  "src/site/command.ts"() {
    "use strict";
    init_trees();
    init_site();
    init_navigator();
    init_output_file();
    init_registry();
  }
});

// src/lib.ts
init_version();

// src/formats/index.ts
init_text();

// src/formats/sigma/index.ts
init_positioned();

// src/formats/sigma/collection.ts
function mergeMaps(base, over, onConflict, path13 = "") {
  const overByKey = /* @__PURE__ */ new Map();
  for (const e of over.entries) overByKey.set(e.key.value, e);
  const entries = [];
  const done = /* @__PURE__ */ new Set();
  for (const e of base.entries) {
    const k = e.key.value;
    if (done.has(k)) continue;
    done.add(k);
    const o = overByKey.get(k);
    if (!o) {
      entries.push(lastEntry(base, k, e));
      continue;
    }
    const b = lastEntry(base, k, e).value;
    const keyPath = path13 ? `${path13}.${k}` : k;
    if (b.kind === "map" && o.value.kind === "map")
      entries.push({ key: e.key, value: mergeMaps(b, o.value, onConflict, keyPath) });
    else {
      if (onConflict && !sameScalar(b, o.value)) onConflict(keyPath, o.value, b);
      entries.push({ key: e.key, value: o.value });
    }
  }
  for (const e of over.entries) {
    if (done.has(e.key.value)) continue;
    done.add(e.key.value);
    entries.push(overByKey.get(e.key.value) ?? e);
  }
  return { ...base, entries };
}
function lastEntry(map, k, first) {
  let found = first;
  for (const e of map.entries) if (e.key.value === k) found = e;
  return found;
}
function sameScalar(a, b) {
  return a.kind === "scalar" && b.kind === "scalar" && a.value === b.value && a.isNull === b.isNull;
}
function withoutAction(map) {
  return { ...map, entries: map.entries.filter((e) => e.key.value !== "action") };
}
function* expandCollection(documents) {
  let template = null;
  let previous = null;
  for (const doc of documents) {
    const action = doc.action;
    const name = action?.kind === "scalar" && !action.isNull ? action.value : null;
    if (action === void 0 || name === null) {
      if (action !== void 0 && action.kind !== "scalar") {
        yield { kind: "problem", message: "`action` should be `global`, `reset` or `repeat`", pos: action };
        continue;
      }
      const conflicts = [];
      const map = template ? mergeMaps(
        withoutAction(doc.map),
        template,
        (path13, kept, dropped) => conflicts.push({ path: path13, kept, dropped })
      ) : doc.map;
      previous = map;
      yield { kind: "rule", map, documentLine: doc.line, conflicts };
      continue;
    }
    switch (name) {
      case "global": {
        const body = withoutAction(doc.map);
        template = template ? mergeMaps(template, body) : body;
        break;
      }
      case "reset":
        template = null;
        break;
      case "repeat":
        if (!previous) {
          yield {
            kind: "problem",
            message: "`action: repeat` needs a rule document before it; this document is skipped",
            pos: action
          };
          break;
        }
        previous = mergeMaps(previous, withoutAction(doc.map));
        yield { kind: "rule", map: previous, documentLine: doc.line, conflicts: [] };
        break;
      default:
        yield {
          kind: "problem",
          message: `unknown collection action \`${name}\` (expected \`global\`, \`reset\` or \`repeat\`); this document is skipped`,
          pos: action
        };
    }
  }
}

// src/expr.ts
init_ir();
var SPLICE_LIMIT = 1e4;
function flat(kind, children) {
  let total = 0;
  let nested = false;
  for (const c of children) {
    if (c.kind === kind) {
      nested = true;
      total += c.children.length;
    } else total++;
  }
  if (!nested || total > SPLICE_LIMIT) return children;
  const out = [];
  for (const c of children) {
    if (c.kind === kind) out.push(...c.children);
    else out.push(c);
  }
  return out;
}
function andFlat(children) {
  return and(flat("and", children));
}
function orFlat(children) {
  return or(flat("or", children));
}

// src/query/depth.ts
var MAX_QUERY_DEPTH = 100;

// src/formats/sigma/condition.ts
var MAX_DEPTH = MAX_QUERY_DEPTH;
function isWordChar(c) {
  return c >= 48 && c <= 57 || // 0-9
  c >= 65 && c <= 90 || // A-Z
  c >= 97 && c <= 122 || // a-z
  c === 95 || // _
  c === 45 || // -
  c === 42;
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function tokenize(text2) {
  const tokens = [];
  let i = 0;
  const n = text2.length;
  let pipe = -1;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === 124) {
      pipe = i;
      break;
    }
    if (c === 40 || c === 41) {
      tokens.push({ type: c === 40 ? "(" : ")", text: text2[i], start: i });
      i++;
      continue;
    }
    if (isWordChar(c)) {
      const start = i;
      while (i < n && isWordChar(text2.charCodeAt(i))) i++;
      tokens.push({ type: "word", text: text2.slice(start, i), start });
      continue;
    }
    const cp = text2.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    tokens.push({ type: "bad", text: ch, start: i });
    i += ch.length;
  }
  let end = pipe === -1 ? n : pipe;
  while (end > 0 && isBlank(text2.charCodeAt(end - 1))) end--;
  tokens.push({ type: "eof", text: "", start: end });
  return { tokens, pipe };
}
var ConditionError = class {
  constructor(message3, start, tooDeep = false) {
    this.message = message3;
    this.start = start;
    this.tooDeep = tooDeep;
  }
  message;
  start;
  tooDeep;
};
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  i = 0;
  depth = 0;
  parse() {
    const node = this.parseOr();
    const t = this.peek();
    if (t.type !== "eof") {
      if (t.type === ")") throw new ConditionError("unbalanced `)`: no `(` is open", t.start);
      if (t.type === "bad") throw new ConditionError(`unexpected character ${describe(t)}`, t.start);
      throw new ConditionError(
        `expected \`and\`, \`or\` or the end of the condition, found ${describe(t)}`,
        t.start
      );
    }
    return node;
  }
  peek(k = 0) {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  isKeyword(t, word) {
    return t.type === "word" && t.text.length === word.length && t.text.toLowerCase() === word;
  }
  enter(t) {
    if (++this.depth > MAX_DEPTH)
      throw new ConditionError(`the condition nests deeper than ${MAX_DEPTH} levels`, t.start, true);
  }
  parseOr() {
    const first = this.parseAnd();
    if (!this.isKeyword(this.peek(), "or")) return first;
    const children = [first];
    while (this.isKeyword(this.peek(), "or")) {
      this.next();
      children.push(this.parseAnd());
    }
    return { kind: "or", children };
  }
  parseAnd() {
    const first = this.parseNot();
    if (!this.isKeyword(this.peek(), "and")) return first;
    const children = [first];
    while (this.isKeyword(this.peek(), "and")) {
      this.next();
      children.push(this.parseNot());
    }
    return { kind: "and", children };
  }
  parseNot() {
    const t = this.peek();
    if (!this.isKeyword(t, "not")) return this.parsePrimary();
    this.next();
    this.enter(t);
    const child = this.parseNot();
    this.depth--;
    return { kind: "not", child };
  }
  parsePrimary() {
    const t = this.next();
    switch (t.type) {
      case "(": {
        this.enter(t);
        const inner = this.parseOr();
        this.depth--;
        const close = this.peek();
        if (close.type === "bad")
          throw new ConditionError(`unexpected character ${describe(close)}`, close.start);
        if (close.type !== ")")
          throw new ConditionError(
            `expected \`)\` to close the \`(\` at offset ${t.start + 1}, found ${describe(close)}`,
            close.start
          );
        this.next();
        return inner;
      }
      case ")":
        throw new ConditionError("expected a search identifier, found `)`", t.start);
      case "eof":
        throw new ConditionError("the condition ends too early: expected a search identifier", t.start);
      case "bad":
        throw new ConditionError(`unexpected character ${describe(t)}`, t.start);
      case "word":
        return this.word(t);
    }
  }
  word(t) {
    const lower2 = t.text.toLowerCase();
    if (this.isKeyword(this.peek(), "of")) {
      if (lower2 !== "1" && lower2 !== "any" && lower2 !== "all")
        throw new ConditionError(
          `only \`1 of\`, \`any of\` and \`all of\` exist, not \`${t.text} of\``,
          t.start
        );
      this.next();
      const p = this.next();
      if (p.type !== "word" || isOperator(p))
        throw new ConditionError(
          `expected a search-identifier pattern or \`them\` after \`${t.text} of\`, found ${describe(p)}`,
          p.start
        );
      return {
        kind: "of",
        quantifier: lower2 === "all" ? "all" : "one",
        pattern: p.text.toLowerCase() === "them" ? "them" : p.text,
        start: t.start
      };
    }
    if (lower2 === "and" || lower2 === "or")
      throw new ConditionError(`expected a search identifier before \`${t.text}\``, t.start);
    const star = t.text.indexOf("*");
    if (star !== -1)
      throw new ConditionError(
        `a wildcard is only allowed in a pattern after \`1 of\` or \`all of\`: \`${t.text}\``,
        t.start + star
      );
    return { kind: "ident", name: t.text, start: t.start };
  }
};
function isOperator(t) {
  const lower2 = t.text.toLowerCase();
  return lower2 === "and" || lower2 === "or" || lower2 === "not";
}
function describe(t) {
  if (t.type === "eof") return "the end of the condition";
  return "`" + t.text + "`";
}
function parseCondition(text2) {
  const { tokens, pipe } = tokenize(text2);
  try {
    return { ast: new Parser(tokens).parse(), error: null, pipe };
  } catch (err) {
    if (err instanceof ConditionError)
      return { ast: null, error: { message: err.message, start: err.start, tooDeep: err.tooDeep }, pipe };
    throw err;
  }
}
function matchesPattern(pattern3, name) {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern3.length && pattern3[p] !== "*" && pattern3[p] === name[n]) {
      p++;
      n++;
    } else if (p < pattern3.length && pattern3[p] === "*") {
      star = p++;
      mark = n;
    } else if (star !== -1) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern3.length && pattern3[p] === "*") p++;
  return p === pattern3.length;
}
function resolveCondition(node, ctx) {
  switch (node.kind) {
    case "and":
      return andFlat(node.children.map((c) => resolveCondition(c, ctx)));
    case "or":
      return orFlat(node.children.map((c) => resolveCondition(c, ctx)));
    case "not":
      return { kind: "not", child: resolveCondition(node.child, ctx) };
    case "ident": {
      if (!ctx.identifiers.has(node.name)) {
        const pos = ctx.posAt(node.start);
        ctx.unknown(`the condition names \`${node.name}\`, which is not a search identifier`, pos);
        return { kind: "opaque", text: node.name, reason: "unknown search identifier", pos };
      }
      return identifierExpr(node.name, node.start, ctx);
    }
    case "of": {
      const names = [];
      for (const name of ctx.identifiers.keys())
        if (name[0] !== "_" && (node.pattern === "them" || matchesPattern(node.pattern, name)))
          names.push(name);
      const written = `${node.quantifier === "all" ? "all" : "1"} of ${node.pattern}`;
      if (names.length === 0) {
        const pos = ctx.posAt(node.start);
        ctx.unknown(
          node.pattern === "them" ? `\`${written}\`: the rule has no search identifier (names starting with \`_\` do not count)` : `\`${written}\` matches no search identifier (names starting with \`_\` do not count)`,
          pos
        );
        return { kind: "opaque", text: written, reason: "pattern matches no search identifier", pos };
      }
      const children = names.map((name) => identifierExpr(name, node.start, ctx));
      return node.quantifier === "all" ? andFlat(children) : orFlat(children);
    }
  }
}
function identifierExpr(name, start, ctx) {
  const e = ctx.identifiers.get(name);
  return e ?? { kind: "opaque", text: name, reason: "search identifier could not be read", pos: ctx.posAt(start) };
}

// src/diagnostics.ts
var DiagnosticCollector = class {
  constructor(path13) {
    this.path = path13;
  }
  path;
  items = [];
  add(severity, code2, message3, pos) {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code: code2,
      message: message3
    });
  }
  error(code2, message3, pos) {
    this.add("error", code2, message3, pos);
  }
  warning(code2, message3, pos) {
    this.add("warning", code2, message3, pos);
  }
  notice(code2, message3, pos) {
    this.add("notice", code2, message3, pos);
  }
};

// src/formats/sigma/diagnostics.ts
var Diagnostics = class extends DiagnosticCollector {
};

// src/formats/sigma/index.ts
init_text();

// src/formats/sigma/detection.ts
init_fields();
init_wildcard();
init_positioned();
init_text();

// src/formats/sigma/modifiers.ts
var MODIFIERS = /* @__PURE__ */ new Map([
  ["contains", { kind: "affix", prefix: true, suffix: true }],
  ["startswith", { kind: "affix", prefix: false, suffix: true }],
  ["endswith", { kind: "affix", prefix: true, suffix: false }],
  ["all", { kind: "all" }],
  ["neq", { kind: "neq" }],
  ["re", { kind: "re" }],
  ["i", { kind: "flag", flag: "i" }],
  ["ignorecase", { kind: "flag", flag: "i" }],
  ["m", { kind: "flag", flag: "m" }],
  ["multiline", { kind: "flag", flag: "m" }],
  ["s", { kind: "flag", flag: "s" }],
  ["dotall", { kind: "flag", flag: "s" }],
  ["cased", { kind: "cased" }],
  ["cidr", { kind: "cidr" }],
  ["gt", { kind: "compare", op: "gt" }],
  ["gte", { kind: "compare", op: "gte" }],
  ["lt", { kind: "compare", op: "lt" }],
  ["lte", { kind: "compare", op: "lte" }],
  ["exists", { kind: "exists" }],
  ["fieldref", { kind: "fieldref" }],
  ["windash", { kind: "encode", base64: false }],
  ["base64", { kind: "encode", base64: true }],
  ["base64offset", { kind: "encode", base64: true }],
  ["wide", { kind: "encode", base64: false }],
  ["utf16le", { kind: "encode", base64: false }],
  ["utf16be", { kind: "encode", base64: false }],
  ["utf16", { kind: "encode", base64: false }],
  ["expand", { kind: "expand" }],
  ["minute", { kind: "timepart" }],
  ["hour", { kind: "timepart" }],
  ["day", { kind: "timepart" }],
  ["week", { kind: "timepart" }],
  ["month", { kind: "timepart" }],
  ["year", { kind: "timepart" }]
]);
var TYPE_NAMES = {
  string: "a string",
  regex: "a regular expression",
  cidr: "a CIDR range",
  compare: "a numeric comparison",
  exists: "an existence test",
  fieldref: "a field reference"
};
function splitKey(key) {
  const bar = key.indexOf("|");
  if (bar === -1) return { field: key, modifiers: [] };
  const modifiers = [];
  let start = bar + 1;
  for (; ; ) {
    const next = key.indexOf("|", start);
    const end = next === -1 ? key.length : next;
    modifiers.push({ name: key.slice(start, end), index: start });
    if (next === -1) break;
    start = next + 1;
  }
  return { field: key.slice(0, bar), modifiers };
}
var NO_MODIFIERS = Object.freeze({
  spec: Object.freeze({
    type: "string",
    compare: null,
    prefix: false,
    suffix: false,
    cased: false,
    flags: "",
    transforms: [],
    all: false,
    neq: false,
    base64: false
  }),
  unknown: [],
  problems: []
});
function readModifiers(tokens, hasField) {
  if (tokens.length === 0) return NO_MODIFIERS;
  const spec = {
    type: "string",
    compare: null,
    prefix: false,
    suffix: false,
    cased: false,
    flags: "",
    transforms: [],
    all: false,
    neq: false,
    base64: false
  };
  const unknown = [];
  const problems = [];
  const conflict = (severity, message3, t) => {
    problems.push({ severity, code: "sigma/modifier-conflict", message: message3, index: t.index });
  };
  let modified = false;
  let lastAffix = null;
  const seen = /* @__PURE__ */ new Set();
  for (const t of tokens) {
    const m = MODIFIERS.get(t.name);
    if (!m) {
      unknown.push(t);
      continue;
    }
    if (seen.has(t.name) && m.kind !== "flag")
      problems.push({
        severity: "warning",
        code: "sigma/modifier-conflict",
        message: `modifier \`${t.name}\` is repeated`,
        index: t.index
      });
    seen.add(t.name);
    const onType = () => `\`${t.name}\` cannot apply to ${TYPE_NAMES[spec.type]}`;
    switch (m.kind) {
      case "affix":
        if (spec.type === "regex") {
          conflict(
            "warning",
            `\`re|${t.name}\`: a wildcard modifier on a regular expression; the expression is read as written (add \`.*\` to it instead)`,
            t
          );
          break;
        }
        if (spec.type === "fieldref") {
          conflict("warning", `\`fieldref|${t.name}\` is read as a plain field reference`, t);
          break;
        }
        if (spec.type !== "string") {
          conflict("error", `${onType()}; it is ignored`, t);
          break;
        }
        if (lastAffix !== null && lastAffix !== t.name)
          conflict("warning", `\`${lastAffix}\` and \`${t.name}\` together: both wildcards apply`, t);
        lastAffix = t.name;
        spec.prefix ||= m.prefix;
        spec.suffix ||= m.suffix;
        modified = true;
        break;
      case "all":
        spec.all = true;
        break;
      case "neq":
        spec.neq = true;
        break;
      case "re":
        if (modified || spec.type !== "string") {
          conflict(
            "error",
            "`re` must be the first value modifier; the value is read as a regular expression",
            t
          );
        }
        spec.type = "regex";
        spec.prefix = spec.suffix = false;
        modified = true;
        break;
      case "flag":
        if (spec.type !== "regex") {
          conflict(
            "error",
            `\`${t.name}\` is a regular-expression flag and needs \`re\` before it; it is ignored`,
            t
          );
          break;
        }
        if (!spec.flags.includes(m.flag)) spec.flags = [...spec.flags, m.flag].sort().join("");
        break;
      case "cased":
        if (spec.type === "regex") {
          conflict(
            "warning",
            "`cased` has no effect on a regular expression, which is case-sensitive already",
            t
          );
          break;
        }
        if (spec.type !== "string") {
          conflict("error", `${onType()}; it is ignored`, t);
          break;
        }
        spec.cased = true;
        break;
      case "cidr":
      case "compare":
      case "exists":
        if (m.kind === "exists" && !hasField) {
          conflict("error", "`exists` needs a field; it is ignored", t);
          break;
        }
        if (modified || spec.type !== "string") {
          conflict("error", `\`${t.name}\` only applies to an unmodified value; it is ignored`, t);
          break;
        }
        spec.type = m.kind;
        if (m.kind === "compare") spec.compare = m.op;
        modified = true;
        break;
      case "fieldref":
        if (spec.type !== "string" || spec.prefix || spec.suffix) {
          conflict("error", `\`fieldref\` only applies to a plain field name; it is ignored`, t);
          break;
        }
        spec.type = "fieldref";
        modified = true;
        break;
      case "encode":
        if (spec.type !== "string") {
          conflict("error", `${onType()}; it is ignored`, t);
          break;
        }
        if (m.base64 && (spec.prefix || spec.suffix))
          conflict(
            "error",
            `\`${t.name}\` after \`${lastAffix}\` would encode wildcards; write \`${t.name}|${lastAffix}\``,
            t
          );
        spec.base64 ||= m.base64;
        spec.transforms.push(t.name);
        modified = true;
        break;
      case "expand":
        if (spec.type !== "string" && spec.type !== "regex") {
          conflict("error", `${onType()}; it is ignored`, t);
          break;
        }
        spec.transforms.push(t.name);
        modified = true;
        break;
      case "timepart":
        if (spec.type !== "string" || modified) {
          conflict("error", `\`${t.name}\` only applies to an unmodified value; it is ignored`, t);
          break;
        }
        spec.transforms.push(t.name);
        modified = true;
        break;
    }
  }
  return { spec, unknown, problems };
}

// src/formats/sigma/detection.ts
function searchIdentifierExpr(node, ctx) {
  switch (node.kind) {
    case "scalar":
      if (node.isNull) {
        ctx.diags.error(
          "sigma/invalid-detection",
          "a search identifier cannot be empty or null; give it a field map or keyword values",
          node
        );
        return null;
      }
      return keywordPredicate(node, ctx);
    case "seq":
      return listExpr(node.items, node, ctx);
    case "map":
      return mapExpr(node, ctx);
  }
}
function listExpr(items, at, ctx) {
  if (items.length === 0) {
    ctx.diags.error("sigma/invalid-detection", "a search identifier cannot be an empty list", at);
    return null;
  }
  const children = [];
  if (items.every((i) => i.kind === "scalar")) {
    for (const item of items) {
      if (item.isNull) {
        ctx.diags.error("sigma/invalid-value", "a keyword cannot be null (null needs a field)", item);
        continue;
      }
      children.push(keywordPredicate(item, ctx));
    }
  } else {
    for (const item of items) {
      const e = searchIdentifierExpr(item, ctx);
      if (e) children.push(e);
    }
  }
  return children.length === 0 ? null : orFlat(children);
}
function mapExpr(node, ctx) {
  if (node.entries.length === 0) {
    ctx.diags.error("sigma/invalid-detection", "a search identifier cannot be an empty map", node);
    return null;
  }
  const children = [];
  const last = lastOccurrences(node, ctx);
  node.entries.forEach((entry, i) => {
    if (last && last.get(entry.key.value) !== i) return;
    const e = itemExpr(entry.key, entry.value, ctx);
    if (e) children.push(e);
  });
  return children.length === 0 ? null : andFlat(children);
}
function lastOccurrences(node, ctx) {
  const entries = node.entries;
  if (entries.length < 2 || entries.length <= SMALL_MAP && uniqueKeys(entries)) return null;
  const last = /* @__PURE__ */ new Map();
  for (let i = 0; i < entries.length; i++) last.set(entries[i].key.value, i);
  if (last.size === entries.length) return null;
  entries.forEach((e, i) => {
    const j = last.get(e.key.value);
    if (j !== void 0 && j !== i) {
      const later = entries[j].key;
      ctx.diags.warning(
        "sigma/duplicate-key",
        `key ${quote(e.key.value)} is repeated on line ${later.line}; only the last one counts`,
        e.key
      );
    }
  });
  return last;
}
var SMALL_MAP = 16;
function uniqueKeys(entries) {
  for (let i = 1; i < entries.length; i++) {
    const key = entries[i].key.value;
    for (let j = 0; j < i; j++) if (entries[j].key.value === key) return false;
  }
  return true;
}
function itemExpr(key, value, ctx) {
  const { field: rawField, modifiers } = splitKey(key.value);
  const sourceField = rawField === "" ? null : rawField;
  const reading = readModifiers(modifiers, sourceField !== null);
  let offsetOf;
  const keyPos = (index) => ctx.lines.position((offsetOf ??= scalarOffsetMapper(ctx.text, key))(index));
  for (const p of reading.problems) ctx.diags.add(p.severity, p.code, p.message, keyPos(p.index));
  if (reading.unknown.length > 0) {
    for (const u of reading.unknown)
      ctx.diags.error(
        "sigma/unknown-modifier",
        u.name === "" ? `empty modifier in ${quote(key.value)}` : `unknown modifier ${quote(u.name)} in ${quote(key.value)}`,
        keyPos(u.index)
      );
    const names = reading.unknown.map((u) => u.name).join(", ");
    return opaque(key.value, `unknown modifier: ${names}`, key);
  }
  let values;
  if (value.kind === "scalar") values = [value];
  else if (value.kind === "seq") {
    values = [];
    for (const item of value.items) {
      if (item.kind === "scalar") values.push(item);
      else
        ctx.diags.error(
          "sigma/invalid-value",
          `a value of ${quote(key.value)} must be a scalar, not a ${item.kind === "map" ? "map" : "list"}`,
          item
        );
    }
    if (value.items.length === 0) {
      if (sourceField === null) {
        ctx.diags.error("sigma/invalid-value", "a keyword item needs at least one value", value);
        return null;
      }
      ctx.diags.warning(
        "sigma/invalid-value",
        `${quote(key.value)} has an empty list, which only matches a missing or null field`,
        value
      );
      return predicate(sourceField, "null", null, false, value, ctx);
    }
  } else {
    ctx.diags.error("sigma/invalid-value", `the value of ${quote(key.value)} cannot be a map`, value);
    return opaque(key.value, "a map as a field value", key);
  }
  const spec = reading.spec;
  const children = [];
  for (const v of values) {
    const e = valueExpr(sourceField, v, spec, ctx);
    if (e) children.push(e);
  }
  if (children.length === 0) return null;
  const linked2 = spec.all ? andFlat(children) : orFlat(children);
  return spec.neq ? { kind: "not", child: linked2 } : linked2;
}
var SPECIAL = /[*?\\]/;
var NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
var IPV4_CIDR = /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$/;
var IPV6_CIDR = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:\/\d{1,3})?$/;
function valueExpr(sourceField, v, spec, ctx) {
  const text2 = v.value;
  if (v.isNull && spec.type !== "exists") {
    if (sourceField === null) {
      ctx.diags.error("sigma/invalid-value", "a keyword cannot be null (null needs a field)", v);
      return null;
    }
    if (spec.type !== "string" || spec.prefix || spec.suffix || spec.transforms.length > 0 || spec.cased)
      ctx.diags.warning("sigma/invalid-value", "modifiers have no effect on a null value", v);
    return predicate(sourceField, "null", null, false, v, ctx);
  }
  switch (spec.type) {
    case "string":
      return stringPredicate(sourceField, v, spec, ctx);
    case "regex": {
      const p = predicate(sourceField, "regex", text2, !spec.flags.includes("i"), v, ctx);
      if (spec.flags) p.flags = spec.flags;
      if (spec.transforms.length > 0) p.transforms = spec.transforms.slice();
      return p;
    }
    case "cidr":
      if (!IPV4_CIDR.test(text2) && !IPV6_CIDR.test(text2))
        ctx.diags.warning("sigma/invalid-value", `${quote(text2)} is not an IP address or CIDR range`, v);
      return predicate(sourceField, "cidr", text2, false, v, ctx);
    case "compare":
      if (!NUMBER.test(text2))
        ctx.diags.warning("sigma/invalid-value", `${quote(text2)} is not a number to compare with`, v);
      return predicate(sourceField, spec.compare ?? "gt", text2, false, v, ctx);
    case "exists": {
      const flag = text2.toLowerCase();
      if (sourceField === null || flag !== "true" && flag !== "false" || v.isNull) {
        ctx.diags.error("sigma/invalid-value", `\`exists\` takes true or false, not ${quote(text2)}`, v);
        return null;
      }
      const p = predicate(sourceField, "exists", null, false, v, ctx);
      return flag === "true" ? p : { kind: "not", child: p };
    }
    case "fieldref":
      if (SPECIAL.test(text2) && hasWildcard(parsePattern(text2)))
        ctx.diags.error(
          "sigma/invalid-value",
          `a field reference cannot contain wildcards: ${quote(text2)}`,
          v
        );
      return predicate(sourceField, "fieldref", text2, false, v, ctx);
  }
}
function stringPredicate(sourceField, v, spec, ctx) {
  const text2 = v.value;
  if (!SPECIAL.test(text2)) return plainStringPredicate(sourceField, v, spec, ctx);
  let parts = parsePattern(text2);
  if (spec.base64 && hasWildcard(parts))
    ctx.diags.error(
      "sigma/invalid-value",
      `a base64-encoded value cannot contain wildcards: ${quote(text2)} (escape \`*\` and \`?\` with \`\\\`)`,
      v
    );
  if (spec.prefix && parts[0] !== "*") parts.unshift("*");
  if (spec.suffix && parts[parts.length - 1] !== "*") parts.push("*");
  parts = normalizeParts(parts);
  let op;
  let value;
  if (sourceField === null) {
    op = "keyword";
    value = buildPattern(parts);
  } else if (hasWildcard(parts)) {
    op = "wildcard";
    value = buildPattern(parts);
  } else {
    op = "eq";
    value = literalText(parts);
  }
  const p = predicate(sourceField, op, value, spec.cased, v, ctx);
  if (spec.transforms.length > 0) p.transforms = spec.transforms.slice();
  return p;
}
function plainStringPredicate(sourceField, v, spec, ctx) {
  const text2 = v.value;
  const wild = spec.prefix || spec.suffix;
  const value = !wild ? text2 : text2 === "" ? "*" : (spec.prefix ? "*" : "") + text2 + (spec.suffix ? "*" : "");
  const op = sourceField === null ? "keyword" : wild ? "wildcard" : "eq";
  const p = predicate(sourceField, op, value, spec.cased, v, ctx);
  if (spec.transforms.length > 0) p.transforms = spec.transforms.slice();
  return p;
}
function keywordPredicate(v, ctx) {
  const text2 = v.value;
  const parts = SPECIAL.test(text2) ? normalizeParts(parsePattern(text2)) : text2 === "" ? [] : [{ lit: text2 }];
  return predicate(null, "keyword", buildPattern(parts), false, v, ctx);
}
function predicate(sourceField, op, value, caseSensitive, at, ctx) {
  return {
    kind: "pred",
    field: sourceField === null ? null : canonicalField("sigma", ctx.logsource, sourceField),
    sourceField,
    op,
    value,
    caseSensitive,
    pos: { line: at.line, column: at.column }
  };
}
function opaque(text2, reason2, at) {
  return { kind: "opaque", text: text2, reason: reason2, pos: { line: at.line, column: at.column } };
}

// src/formats/lines.ts
init_positioned();
var LinePattern = class {
  /**
   * `pattern`: the regex without its leading `^` (other flags are kept; `m` is added, so a
   * `$` still matches at a line end), matching at least one character. `first`: every
   * character a match can start with, as the pattern's flags read it (both cases under `i`).
   * `blanks`: the pattern starts with `[ \t]*`, and `first` holds the characters that can
   * follow those blanks (a line of indented text is then passed over without the regex).
   */
  constructor(pattern3, first, blanks = false) {
    this.blanks = blanks;
    this.sticky = new RegExp(pattern3.source, pattern3.flags.replace(/[gmy]/g, "") + "my");
    let other = "";
    for (const c of first) {
      const code2 = c.charCodeAt(0);
      if (code2 < 256) this.first[code2] = 1;
      else other += c;
    }
    this.firstOther = other;
  }
  blanks;
  sticky;
  /** `first` as a lookup table over Latin-1; `firstOther`: its characters above U+00FF. */
  first = new Uint8Array(256);
  firstOther;
  /** Does some line of `text` start with a match? (`/^pattern/m.test(text)`.) */
  test(text2) {
    const starts = lineStarts(text2);
    for (let i = 0; i < starts.length; i++) if (this.at(text2, starts[i])) return true;
    if (text2.indexOf("\r") === -1 && text2.indexOf("\u2028") === -1 && text2.indexOf("\u2029") === -1)
      return false;
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if ((c === 10 || c === 13 || c === 8232 || c === 8233) && this.at(text2, i + 1)) return true;
    }
    return false;
  }
  /** Does a match start at `start`, a line start? */
  at(text2, start) {
    let i = start;
    if (this.blanks) while (text2.charCodeAt(i) === 32 || text2.charCodeAt(i) === 9) i++;
    if (i >= text2.length) return false;
    const c = text2.charCodeAt(i);
    if (c < 256 ? this.first[c] === 0 : this.firstOther.indexOf(text2[i]) === -1) return false;
    this.sticky.lastIndex = start;
    return this.sticky.test(text2);
  }
};

// src/formats/sigma/metadata.ts
var TECHNIQUE_TAG = /^attack\.t(\d{4})(?:\.(\d{3}))?$/i;
function techniquesFromTags(tags) {
  const out = /* @__PURE__ */ new Set();
  for (const tag of tags) {
    const m = TECHNIQUE_TAG.exec(tag.trim());
    if (m) out.add(m[2] === void 0 ? `T${m[1]}` : `T${m[1]}.${m[2]}`);
  }
  return [...out].sort();
}
function readString(node, name, diags) {
  if (node === void 0) return null;
  if (node.kind !== "scalar") {
    diags.warning(
      "sigma/invalid-metadata",
      `\`${name}\` should be a single value, not a ${kindName(node)}`,
      node
    );
    return null;
  }
  return node.isNull ? null : node.value;
}
function readTags(node, diags) {
  if (node === void 0) return [];
  if (node.kind === "scalar") {
    if (node.isNull) return [];
    diags.warning("sigma/invalid-metadata", "`tags` should be a list; read as one tag", node);
    return [node.value];
  }
  if (node.kind === "map") {
    diags.warning("sigma/invalid-metadata", "`tags` should be a list, not a map; ignored", node);
    return [];
  }
  const tags = [];
  for (const item of node.items) {
    if (item.kind === "scalar" && !item.isNull) tags.push(item.value);
    else diags.warning("sigma/invalid-metadata", "a tag should be a single value; ignored", item);
  }
  return tags;
}
var LOGSOURCE_KEYS = ["product", "category", "service", "definition"];
function readLogsource(node, at, diags) {
  const out = {};
  if (node === void 0) {
    diags.warning("sigma/missing-logsource", "the rule has no `logsource`", at);
    return out;
  }
  if (node.kind !== "map") {
    if (node.kind === "scalar" && node.isNull)
      diags.warning("sigma/missing-logsource", "`logsource` is empty", node);
    else
      diags.warning("sigma/invalid-metadata", `\`logsource\` should be a map, not a ${kindName(node)}`, node);
    return out;
  }
  for (const { key, value } of node.entries) {
    const k = key.value;
    if (!LOGSOURCE_KEYS.includes(k)) continue;
    const text2 = readString(value, `logsource.${k}`, diags);
    if (text2 !== null) out[k] = text2;
  }
  return out;
}
function kindName(node) {
  return node.kind === "map" ? "map" : node.kind === "seq" ? "list" : "scalar";
}

// src/formats/sigma/index.ts
var SIGMA_KEY = new LinePattern(
  /\ufeff?["']?(?:detection|logsource|correlation)["']?[ \t]*:/,
  `\uFEFF"'dlc`
);
var YAML_PATH = /\.ya?ml$/i;
var NOT_IDENTIFIERS = /* @__PURE__ */ new Set(["condition", "timeframe"]);
var sigmaFormat = {
  vendor: "sigma",
  detect(path13, text2) {
    return YAML_PATH.test(path13) && SIGMA_KEY.test(text2);
  },
  parse(path13, text2) {
    try {
      return parseSigma(path13, text2);
    } catch (err) {
      const message3 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path13,
        line: 1,
        column: 1,
        severity: "error",
        code: "sigma/internal-error",
        message: `the Sigma reader failed on this file: ${message3}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseSigma(path13, text2) {
  const fileDiags = new Diagnostics(path13);
  const yaml = parseYaml(text2, { mergeKeys: true });
  if (yaml.error) {
    fileDiags.error("sigma/yaml-error", `YAML: ${yaml.error.message}`, yaml.error);
    return { rules: [], diagnostics: fileDiags.items };
  }
  for (const w of yaml.warnings) fileDiags.warning("sigma/yaml-warning", `YAML: ${w.message}`, w);
  const file = { path: path13, text: text2, lines: yaml.lines };
  const documents = [];
  yaml.documents.forEach((doc, i) => {
    const root = doc.root;
    if (root === null || root.kind === "scalar" && root.isNull) return;
    if (root.kind !== "map") {
      fileDiags.error(
        "sigma/not-a-map",
        `${documentName(i, yaml.documents.length)} is a ${kindName(root)}, not a map of rule fields`,
        root
      );
      return;
    }
    const action = root.entries.find((e) => e.key.value === "action")?.value;
    documents.push({ map: root, line: doc.line, action });
  });
  const rules = [];
  for (const step of expandCollection(documents)) {
    if (step.kind === "problem") {
      fileDiags.error("sigma/collection-action", step.message, step.pos);
      continue;
    }
    const skipped2 = notARule(step.map);
    if (skipped2) {
      fileDiags.notice("sigma/not-a-rule", skipped2, step.map);
      continue;
    }
    rules.push(readRule(step.map, step.documentLine, step.conflicts, file));
  }
  return { rules, diagnostics: fileDiags.items };
}
function documentName(index, count2) {
  return count2 === 1 ? "the document" : `document ${index + 1}`;
}
function notARule(map) {
  let detection = false;
  let filter = false;
  for (const e of map.entries) {
    const k = e.key.value;
    if (k === "correlation")
      return "a Sigma correlation document is not a detection rule; it is skipped (correlations are not supported)";
    if (k === "detection") detection = true;
    else if (k === "filter") filter = true;
  }
  return filter && !detection ? "a Sigma filter document is not a detection rule; it is skipped (filters are not supported)" : null;
}
function readRule(map, line, conflicts, file) {
  const diags = new Diagnostics(file.path);
  for (const c of conflicts)
    diags.warning(
      "sigma/collection-conflict",
      `\`${c.path}\` is also set by the \`action: global\` document (line ${c.kept.line}), whose value wins`,
      c.dropped
    );
  const top = fieldsOf(map, diags);
  const start = { line, column: 1 };
  const titleNode = top.get("title");
  const title = readString(titleNode, "title", diags);
  if (title === null && (titleNode === void 0 || titleNode.kind === "scalar"))
    diags.warning("sigma/invalid-metadata", "the rule has no `title`", titleNode ?? start);
  const tags = readTags(top.get("tags"), diags);
  const logsource = readLogsource(top.get("logsource"), start, diags);
  const detection = readDetection(top.get("detection"), start, { ...file, logsource, diags });
  return {
    vendor: "sigma",
    path: file.path,
    line,
    id: readString(top.get("id"), "id", diags),
    title: title ?? "",
    techniques: techniquesFromTags(tags),
    tags,
    logsource,
    queries: detection.queries,
    logicPos: detection.logicPos,
    level: readString(top.get("level"), "level", diags),
    status: readString(top.get("status"), "status", diags),
    diagnostics: diags.items,
    ...relatedProperty(top.get("related"))
  };
}
function relatedProperty(node) {
  if (node?.kind !== "seq") return {};
  const related = [];
  for (const item of node.items) {
    if (item.kind !== "map") continue;
    const id = item.entries.find((e) => e.key.value === "id")?.value;
    const type = item.entries.find((e) => e.key.value === "type")?.value;
    if (id?.kind === "scalar" && id.value !== "")
      related.push({ id: id.value, type: type?.kind === "scalar" ? type.value : "" });
  }
  return related.length > 0 ? { properties: { related } } : {};
}
function fieldsOf(map, diags) {
  lastOccurrences(map, { diags });
  const out = /* @__PURE__ */ new Map();
  for (const e of map.entries) out.set(e.key.value, e.value);
  return out;
}
function readDetection(node, start, ctx) {
  const diags = ctx.diags;
  if (node === void 0 || node.kind === "scalar" && node.isNull) {
    diags.error(
      "sigma/missing-detection",
      node === void 0 ? "the rule has no `detection`" : "`detection` is empty",
      node ?? start
    );
    return { queries: [], logicPos: node ? posOf(node) : start };
  }
  if (node.kind !== "map") {
    diags.error(
      "sigma/invalid-detection",
      `\`detection\` should be a map of search identifiers and a condition, not a ${kindName(node)}`,
      node
    );
    return { queries: [], logicPos: posOf(node) };
  }
  const identifiers = /* @__PURE__ */ new Map();
  const last = lastOccurrences(node, ctx);
  let condition;
  node.entries.forEach((e, i) => {
    if (last && last.get(e.key.value) !== i) return;
    const name = e.key.value;
    if (name === "condition") condition = e.value;
    else if (!NOT_IDENTIFIERS.has(name)) identifiers.set(name, searchIdentifierExpr(e.value, ctx));
  });
  if (condition === void 0) {
    diags.error("sigma/missing-condition", "`detection` has no `condition`", node);
    return { queries: [], logicPos: posOf(node) };
  }
  const expr = readCondition(condition, identifiers, ctx);
  const first = condition.kind === "seq" && condition.items.length > 0 ? condition.items[0] : condition;
  return { queries: expr ? [{ label: "", expr }] : [], logicPos: posOf(first) };
}
function posOf(node) {
  return { line: node.line, column: node.column };
}
function readCondition(node, identifiers, ctx) {
  if (node.kind === "map") {
    ctx.diags.error("sigma/missing-condition", "`condition` should be a string, not a map", node);
    return null;
  }
  const items = node.kind === "seq" ? node.items : [node];
  const exprs = [];
  for (const item of items) {
    if (item.kind !== "scalar") {
      ctx.diags.error(
        "sigma/missing-condition",
        `a condition should be a string, not a ${kindName(item)}`,
        item
      );
      continue;
    }
    if (item.isNull || item.value.trim() === "") {
      ctx.diags.error("sigma/missing-condition", "`condition` is empty", item);
      continue;
    }
    exprs.push(conditionExpr(item, identifiers, ctx));
  }
  if (exprs.length === 0) {
    if (items.length === 0) ctx.diags.error("sigma/missing-condition", "`condition` is an empty list", node);
    return null;
  }
  return orFlat(exprs);
}
function conditionExpr(node, identifiers, ctx) {
  const text2 = node.value;
  const posAt = (index) => ctx.lines.position(scalarOffsetAt(ctx.text, node, index));
  const parsed = parseCondition(text2);
  if (parsed.pipe !== -1)
    ctx.diags.notice(
      "sigma/aggregation",
      `legacy aggregation ${quote(text2.slice(parsed.pipe).trim())} is not supported (Sigma correlations replace it); the condition is read up to the \`|\``,
      posAt(parsed.pipe)
    );
  if (!parsed.ast) {
    const error = parsed.error ?? { message: "invalid condition", start: 0 };
    const pos = posAt(error.start);
    ctx.diags.error(
      error.tooDeep === true ? "sigma/too-deep" : "sigma/condition-syntax",
      `condition ${quote(text2.trim())}: ${error.message}`,
      pos
    );
    return {
      kind: "opaque",
      text: text2,
      reason: `condition syntax error: ${error.message}`,
      pos: { line: node.line, column: node.column }
    };
  }
  return resolveCondition(parsed.ast, {
    identifiers,
    posAt,
    unknown: (message3, pos) => ctx.diags.error("sigma/unknown-identifier", message3, pos)
  });
}

// src/formats/splunk/index.ts
init_fields();

// src/query/source.ts
function verbatimSource(path13, text2, start) {
  const lineStarts2 = [0];
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) lineStarts2.push(i + 1);
  return {
    path: path13,
    text: text2,
    pos(offset) {
      const o = Math.max(0, Math.min(offset, text2.length));
      let lo = 0;
      let hi = lineStarts2.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (lineStarts2[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return lo === 0 ? { line: start.line, column: start.column + o } : { line: start.line + lo, column: o - lineStarts2[lo] + 1 };
    }
  };
}
function innerSource(outer, text2, offsetOf) {
  return { path: outer.path, text: text2, pos: (offset) => outer.pos(offsetOf(offset)) };
}
function queryDiagnostic(source, offset, severity, code2, message3) {
  const { line, column } = source.pos(offset);
  return { path: source.path, line, column, severity, code: code2, message: message3 };
}

// src/query/spl/lexer.ts
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160;
}
function stringEnd(text2, i, end) {
  let j = i + 1;
  while (j < end) {
    const c = text2.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return { end: j + 1, terminated: true };
    else j++;
  }
  return { end, terminated: false };
}
function bracketEnd(text2, i, end) {
  let depth = 0;
  let j = i;
  while (j < end) {
    const c = text2.charCodeAt(j);
    if (c === 34) {
      j = stringEnd(text2, j, end).end;
      continue;
    }
    if (c === 92) {
      j += 2;
      continue;
    }
    if (c === 91) depth++;
    else if (c === 93) {
      depth--;
      if (depth === 0) return { end: j + 1, terminated: true };
    }
    j++;
  }
  return { end, terminated: false };
}
function macroEnd(text2, i, end) {
  const j = text2.indexOf("`", i + 1);
  return j === -1 || j >= end ? { end, terminated: false } : { end: j + 1, terminated: true };
}
function isSearchOpStart(text2, i) {
  const c = text2.charCodeAt(i);
  return c === 61 || c === 60 || c === 62 || c === 33 && text2.charCodeAt(i + 1) === 61;
}
function endsSearchWord(c) {
  return c === 40 || c === 41 || c === 34 || c === 44 || c === 96;
}
function scanShared(text2, i, end, c) {
  const delimited = (kind, s) => ({
    kind,
    end: s.end,
    unterminated: !s.terminated
  });
  if (c === 40) return { kind: "lparen", end: i + 1, unterminated: false };
  if (c === 41) return { kind: "rparen", end: i + 1, unterminated: false };
  if (c === 44) return { kind: "comma", end: i + 1, unterminated: false };
  if (c === 34) return delimited("string", stringEnd(text2, i, end));
  if (c === 91) return delimited("subsearch", bracketEnd(text2, i, end));
  if (c === 96) return delimited("macro", macroEnd(text2, i, end));
  return null;
}
function lex(text2, start, end, scan) {
  const out = [];
  let i = start;
  let spaced = true;
  while (i < end) {
    const c = text2.charCodeAt(i);
    if (isSpace2(c)) {
      spaced = true;
      i++;
      continue;
    }
    const s = scan(i, c);
    const tok = { kind: s.kind, start: i, end: Math.min(s.end, end), spaced };
    if (s.unterminated) tok.unterminated = true;
    out.push(tok);
    i = tok.end;
    spaced = false;
  }
  return out;
}
function lexSearch(text2, start, end) {
  return lex(text2, start, end, (i, c) => {
    const shared = scanShared(text2, i, end, c);
    if (shared) return shared;
    if (isSearchOpStart(text2, i)) {
      const two = text2.slice(i, i + 2);
      const width2 = two === "!=" || two === "<=" || two === ">=" || two === "==" ? 2 : 1;
      return { kind: "op", end: i + width2, unterminated: false };
    }
    let j = i;
    while (j < end) {
      const w = text2.charCodeAt(j);
      if (isSpace2(w) || endsSearchWord(w) || isSearchOpStart(text2, j)) break;
      j += w === 92 && j + 1 < end ? 2 : 1;
    }
    return { kind: "word", end: j, unterminated: false };
  });
}
function unescapeSpl(raw) {
  if (raw.indexOf("\\") === -1) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      const n = raw[i + 1];
      if (n === "\\" || n === '"') {
        out += n;
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}
function stringValue(text2, tok) {
  const inner = text2.slice(tok.start + 1, tok.unterminated ? tok.end : tok.end - 1);
  return unescapeSpl(inner);
}
function isIdentStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 64 || c === 36 || c > 127;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57 || c === 123 || c === 125 || c === 58;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var EVAL_OPS2 = /* @__PURE__ */ new Set(["==", "!=", "<=", ">=", "<>"]);
var EVAL_OPS1 = /* @__PURE__ */ new Set(["=", "<", ">", "+", "-", "*", "/", "%", ".", "!"]);
function lexEval(text2, start, end) {
  return lex(text2, start, end, (i, c) => {
    const shared = scanShared(text2, i, end, c);
    if (shared) return shared;
    if (c === 39) {
      const j2 = text2.indexOf("'", i + 1);
      return j2 === -1 || j2 >= end ? { kind: "field", end, unterminated: true } : { kind: "field", end: j2 + 1, unterminated: false };
    }
    let j = i;
    if (isDigit(c) || c === 46 && isDigit(text2.charCodeAt(i + 1))) {
      while (j < end && (isDigit(text2.charCodeAt(j)) || text2.charCodeAt(j) === 46)) j++;
      if (j < end && (text2[j] === "e" || text2[j] === "E")) {
        let k = j + 1;
        if (text2[k] === "+" || text2[k] === "-") k++;
        if (isDigit(text2.charCodeAt(k))) {
          j = k;
          while (j < end && isDigit(text2.charCodeAt(j))) j++;
        }
      }
      if (!(j < end && isIdentStart(text2.charCodeAt(j))))
        return { kind: "number", end: j, unterminated: false };
      while (j < end && isIdentPart(text2.charCodeAt(j))) j++;
      return { kind: "ident", end: j, unterminated: false };
    }
    if (isIdentStart(c)) {
      j++;
      while (j < end) {
        const w = text2.charCodeAt(j);
        if (isIdentPart(w)) j++;
        else if (w === 46 && j + 1 < end && isIdentPart(text2.charCodeAt(j + 1))) j++;
        else break;
      }
      return { kind: "ident", end: j, unterminated: false };
    }
    if (EVAL_OPS2.has(text2.slice(i, i + 2))) return { kind: "op", end: i + 2, unterminated: false };
    if (EVAL_OPS1.has(text2[i])) return { kind: "op", end: i + 1, unterminated: false };
    return { kind: "error", end: i + 1, unterminated: false };
  });
}

// src/query/spl/commands.ts
var KNOWN_COMMANDS = new Set(
  "abstract accum addcoltotals addinfo addtotals analyzefields anomalies anomalousvalue anomalydetection append appendcols appendpipe apply arules associate audit autoregress bin bucket bucketdir chart cluster cofilter collect concurrency contingency convert correlate datamodel dbinspect dbxquery dedup delete delta diff erex eval eventcount eventstats extract fieldformat fields fieldsummary filldown fillnull findtypes fit folderize foreach format from fromjson gauge gentimes geom geomfilter geostats head highlight history iconify inputcsv inputlookup iplocation join kmeans kv kvform loadjob localize localop lookup makecontinuous makejson makemv makeresults map mcollect metadata metasearch meventcollect mpreview msearch mstats multikv multisearch mvcombine mvexpand nomv outlier outputcsv outputlookup outputtext overlap pivot predict rangemap rare redistribute regex reltime rename replace require rest return reverse rex rtorder run savedsearch score script scrub search searchtxn selfjoin sendalert sendemail set setfields sichart sirare sistats sitimechart sitop sort spath stats strcat streamstats summary table tags tail timechart timewrap tojson top transaction transpose trendline tscollect tstats typeahead typelearner typer union uniq untable walklex where x11 xmlkv xmlunescape xpath xsdisplayconcept xsdisplaycontext xsfindbestconcept xslistconcept xslistcontext xsupdateddicontext xswhere xyseries".split(" ")
);
var TRANSFORMING = /* @__PURE__ */ new Set([
  "stats",
  "sistats",
  "tstats",
  "mstats",
  "chart",
  "sichart",
  "timechart",
  "sitimechart",
  "top",
  "sitop",
  "rare",
  "sirare",
  "geostats",
  "xyseries",
  "transpose",
  "untable",
  "contingency"
]);
var UNNAMED_OUTPUTS = /* @__PURE__ */ new Set([
  "apply",
  "fit",
  "score",
  "predict",
  "cluster",
  "kmeans",
  "anomalydetection",
  "anomalies",
  "anomalousvalue",
  "associate",
  "analyzefields"
]);
var GENERATING_WITHOUT_EVENTS = /* @__PURE__ */ new Set([
  "inputlookup",
  "inputcsv",
  "rest",
  "makeresults",
  "metadata",
  "dbinspect",
  "eventcount",
  "gentimes",
  "loadjob",
  "savedsearch",
  "dbxquery",
  "history",
  "audit"
]);
var Cursor = class {
  constructor(text2, toks) {
    this.text = text2;
    this.toks = toks;
  }
  text;
  toks;
  i = 0;
  peek(k = 0) {
    return this.toks[this.i + k];
  }
  src(t) {
    return this.text.slice(t.start, t.end);
  }
  isWord(t, ...words) {
    return t !== void 0 && t.kind === "word" && words.includes(this.src(t).toLowerCase());
  }
  /** A word's or string's text (decoded), or null. */
  name(t) {
    if (t === void 0) return null;
    if (t.kind === "string") return stringValue(this.text, t);
    if (t.kind === "word") return unescapeSpl(this.src(t));
    return null;
  }
  /** Skips a balanced `( ... )` starting at the cursor. */
  skipParens() {
    let depth = 0;
    while (this.i < this.toks.length) {
      const t = this.toks[this.i++];
      if (t.kind === "lparen") depth++;
      else if (t.kind === "rparen" && --depth <= 0) return;
    }
  }
  /** Skips `= value` (an option's value), glued pieces included. */
  skipValue() {
    this.i++;
    const v = this.peek();
    if (v === void 0) return;
    this.i++;
    while (this.i < this.toks.length && !this.toks[this.i].spaced) this.i++;
  }
};
function aggregations(c, stop) {
  const outputs = [];
  while (c.i < c.toks.length) {
    const t = c.peek();
    if (t.kind === "word" && stop.has(c.src(t).toLowerCase())) break;
    const next = c.peek(1);
    if (t.kind === "word" && next?.kind === "op") {
      c.i++;
      c.skipValue();
      continue;
    }
    if (t.kind !== "word" && t.kind !== "string") {
      c.i++;
      continue;
    }
    let name = c.name(t);
    c.i++;
    if (t.kind === "word" && next?.kind === "lparen" && !next.spaced) {
      const from = t.start;
      c.skipParens();
      name = c.text.slice(from, c.toks[c.i - 1].end);
    }
    if (c.isWord(c.peek(), "as")) {
      c.i++;
      const alias = c.name(c.peek());
      if (alias !== null) {
        name = alias;
        c.i++;
      }
    }
    outputs.push(name);
  }
  return outputs;
}
function fieldList(c, stop = NONE) {
  const out = [];
  while (c.i < c.toks.length) {
    const t = c.peek();
    if (t.kind === "word" && stop.has(c.src(t).toLowerCase())) break;
    if (t.kind === "word" && c.peek(1)?.kind === "op") {
      c.i++;
      c.skipValue();
      continue;
    }
    const n = c.name(t);
    if (n !== null && n !== "-" && n !== "+") out.push(n);
    c.i++;
  }
  return out;
}
var NONE = /* @__PURE__ */ new Set();
var BY = /* @__PURE__ */ new Set(["by", "over", "groupby"]);
function statsArgs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  const outputs = aggregations(c, BY);
  const by = [];
  while (c.i < c.toks.length) {
    c.i++;
    by.push(...fieldList(c, BY));
  }
  return { outputs, by };
}
function topArgs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  const listed = fieldList(c, BY);
  const by = [...listed];
  while (c.i < c.toks.length) {
    c.i++;
    by.push(...fieldList(c, BY));
  }
  return { outputs: ["count", "percent"], by };
}
var TSTATS_STOP = /* @__PURE__ */ new Set(["from", "where", "by", "groupby"]);
function tstatsArgs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  const out = {
    outputs: [],
    by: [],
    dataModel: null,
    nodename: null,
    where: null,
    whereAt: start
  };
  while (c.i < c.toks.length) {
    const t = c.peek();
    const word = t.kind === "word" ? c.src(t).toLowerCase() : "";
    if (word === "from") {
      c.i++;
      out.dataModel = dataModelSpec(c) ?? out.dataModel;
    } else if (word === "where") {
      c.i++;
      out.whereAt = t.start;
      const from = c.i;
      let depth = 0;
      while (c.i < c.toks.length) {
        const w = c.toks[c.i];
        if (w.kind === "lparen") depth++;
        else if (w.kind === "rparen") depth--;
        else if (depth <= 0 && c.isWord(w, "by", "groupby")) break;
        c.i++;
      }
      out.where = withoutNodename(c, c.toks.slice(from, c.i), out);
    } else if (word === "by" || word === "groupby") {
      c.i++;
      out.by.push(...fieldList(c, TSTATS_STOP));
    } else {
      out.outputs.push(...aggregations(c, TSTATS_STOP));
      if (c.i < c.toks.length && c.peek() === t) c.i++;
    }
  }
  return out;
}
function dataModelSpec(c) {
  const t = c.peek();
  if (t === void 0 || t.kind !== "word") return null;
  const w = c.src(t);
  const colon = /^datamodel:(.*)$/i.exec(w);
  if (!/^datamodel:?$/i.test(w) && !colon) {
    c.i++;
    return null;
  }
  c.i++;
  if (colon && colon[1] !== "") return { name: unescapeSpl(colon[1]), offset: t.start + 10 };
  if (c.peek()?.kind === "op" && c.src(c.peek()) === "=") c.i++;
  const v = c.peek();
  const name = c.name(v);
  if (v === void 0 || name === null) return null;
  c.i++;
  return { name, offset: v.kind === "string" ? v.start + 1 : v.start };
}
function withoutNodename(c, toks, out) {
  const kept = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (c.isWord(t, "nodename") && toks[i + 1]?.kind === "op" && toks[i + 2] !== void 0) {
      out.nodename = c.name(toks[i + 2]);
      i += 2;
      continue;
    }
    kept.push(t);
  }
  return kept;
}
function fromArgs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  return dataModelSpec(c);
}
function datamodelCommandArgs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  const words = [];
  c.toks.forEach((t, i) => {
    const n = c.name(t);
    if (n === null || t.kind !== "word" || c.toks[i + 1]?.kind === "op") return;
    if (/^(search|flat|acceleration_search|acceleration_search_string)$/i.test(n)) return;
    words.push({ name: n, offset: t.start });
  });
  if (words.length === 0) return null;
  return {
    name: words.slice(0, 2).map((w) => w.name).join("."),
    offset: words[0].offset
  };
}
function evalOutputs(text2, start, end) {
  const toks = lexEval(text2, start, end);
  const out = [];
  let depth = 0;
  let segmentStart = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === "lparen") depth++;
    else if (t.kind === "rparen") depth--;
    else if (t.kind === "comma" && depth === 0) {
      segmentStart = true;
      continue;
    }
    if (segmentStart && depth === 0) {
      const n = toks[i + 1];
      if (n?.kind === "op" && text2.slice(n.start, n.end) === "=") {
        const raw = text2.slice(t.start, t.end);
        if (t.kind === "ident") out.push(raw);
        else if (t.kind === "string") out.push(stringValue(text2, t));
        else if (t.kind === "field") out.push(raw.slice(1, -1));
      }
    }
    segmentStart = false;
  }
  return out;
}
function renamePairs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  const out = [];
  while (c.i < c.toks.length) {
    const from = c.name(c.peek());
    if (from !== null && c.isWord(c.peek(1), "as")) {
      const to = c.name(c.peek(2));
      if (to !== null) {
        out.push([stripQuotes(from), stripQuotes(to)]);
        c.i += 3;
        continue;
      }
    }
    c.i++;
  }
  return out;
}
function stripQuotes(s) {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
function lookupOutputs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  while (c.i < c.toks.length && !c.isWord(c.peek(), "output", "outputnew")) c.i++;
  if (c.i >= c.toks.length) return null;
  c.i++;
  const out = [];
  while (c.i < c.toks.length) {
    const n = c.name(c.peek());
    if (n === null) {
      c.i++;
      continue;
    }
    if (c.isWord(c.peek(1), "as")) {
      const alias = c.name(c.peek(2));
      if (alias !== null) out.push(alias);
      c.i += 3;
      continue;
    }
    out.push(n);
    c.i++;
  }
  return out;
}
function lookupInputs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  const out = [];
  let table2 = false;
  while (c.i < c.toks.length && !c.isWord(c.peek(), "output", "outputnew")) {
    const t = c.peek();
    if (t.kind === "word" && c.peek(1)?.kind === "op" && !table2) {
      c.i++;
      c.skipValue();
      continue;
    }
    const n = c.name(t);
    if (n === null) {
      c.i++;
      continue;
    }
    if (!table2) {
      table2 = true;
      c.i++;
      continue;
    }
    if (c.isWord(c.peek(1), "as")) {
      const alias = c.name(c.peek(2));
      if (alias !== null) out.push(alias);
      c.i += 3;
      continue;
    }
    out.push(n);
    c.i++;
  }
  return out;
}
function rexOutputs(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  let field = "_raw";
  let sed = false;
  const out = [];
  while (c.i < c.toks.length) {
    const t = c.peek();
    if (t.kind === "word" && c.peek(1)?.kind === "op") {
      const key = c.src(t).toLowerCase();
      const v = c.name(c.peek(2));
      if (key === "field" && v !== null) field = v;
      if (key === "mode" && v?.toLowerCase() === "sed") sed = true;
      c.i += 3;
      continue;
    }
    if (t.kind === "string") {
      const re = stringValue(text2, t);
      for (const m of re.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)) out.push(m[1]);
    }
    c.i++;
  }
  return sed ? [field] : out;
}
function iplocationOutputs(text2, start, end) {
  const m = /\bprefix\s*=\s*"?([^\s"]*)"?/i.exec(text2.slice(start, end));
  const prefix = m ? m[1] : "";
  return ["City", "Country", "Region", "lat", "lon", "MetroCode", "Timezone"].map((f) => prefix + f);
}
function joinFilters(text2, start, end) {
  const args = text2.slice(start, end);
  const type = /\btype\s*=\s*"?(\w+)/i.exec(args)?.[1]?.toLowerCase() ?? "inner";
  return type === "inner" && lexSearch(text2, start, end).some((t) => t.kind === "subsearch");
}
function regexArgs(text2, start, end) {
  const toks = lexSearch(text2, start, end);
  const c = new Cursor(text2, toks);
  if (toks.length === 0) return null;
  const first = toks[0];
  if (toks.length >= 3 && toks[1].kind === "op") {
    const op = c.src(toks[1]);
    const field = c.name(first);
    if (field === null || op !== "=" && op !== "!=") return null;
    const v = toks[2];
    const regex2 = v.kind === "string" ? stringValue(text2, v) : text2.slice(v.start, toks[toks.length - 1].end);
    return { field, negated: op === "!=", regex: regex2, offset: v.start };
  }
  const regex = first.kind === "string" ? stringValue(text2, first) : text2.slice(first.start, toks[toks.length - 1].end);
  return { field: "_raw", negated: false, regex, offset: first.start };
}
function spathOutput(text2, start, end) {
  const m = /\boutput\s*=\s*"?([^\s"]+)"?/i.exec(text2.slice(start, end));
  return m ? m[1] : null;
}
function listedFields(text2, start, end) {
  const c = new Cursor(text2, lexSearch(text2, start, end));
  return fieldList(c);
}

// src/query/spl/datamodels.ts
var ROOT_DATASETS = {
  Alerts: ["Alerts"],
  Application_State: ["All_Application_State"],
  Authentication: ["Authentication"],
  Certificates: ["All_Certificates"],
  Change: ["All_Changes"],
  Change_Analysis: ["All_Changes"],
  Compute_Inventory: ["All_Inventory"],
  Data_Access: ["Data_Access"],
  Databases: ["All_Databases"],
  DLP: ["DLP_Incidents"],
  Email: ["All_Email"],
  Endpoint: ["Processes", "Filesystem", "Registry", "Services", "Ports"],
  Event_Signatures: ["Signatures"],
  Interprocess_Messaging: ["All_Interprocess_Messaging"],
  Intrusion_Detection: ["IDS_Attacks"],
  Inventory: ["All_Inventory"],
  JVM: ["JVM"],
  Malware: ["Malware_Attacks", "Malware_Operations"],
  Network_Resolution: ["DNS"],
  Network_Sessions: ["All_Sessions"],
  Network_Traffic: ["All_Traffic"],
  Performance: ["All_Performance"],
  Risk: ["All_Risk"],
  Splunk_Audit: ["Datamodel_Acceleration", "Search_Activity", "View_Activity"],
  Ticket_Management: ["All_Ticket_Management"],
  UEBA: ["All_UEBA_Events"],
  Updates: ["Updates"],
  Vulnerabilities: ["Vulnerabilities"],
  Web: ["Web"]
};
function dataModelRef(written) {
  const name = written.trim();
  const dot = name.indexOf(".");
  const model = dot === -1 ? name : name.slice(0, dot);
  const roots = ROOT_DATASETS[model];
  const dataset = dot === -1 ? roots?.length === 1 ? roots[0] : null : name.slice(name.lastIndexOf(".") + 1);
  return { name, model, dataset };
}
function datasetPrefixes(ref, nodename) {
  const out = new Set(ROOT_DATASETS[ref.model] ?? []);
  out.add(ref.model);
  for (const seg of ref.name.split(".").slice(1)) out.add(seg);
  if (nodename) {
    for (const seg of nodename.split(".")) if (seg) out.add(seg);
  }
  return [...out];
}

// src/query/spl/eval.ts
init_wildcard();
var EvalSyntaxError = class extends Error {
  constructor(message3, offset, tooDeep = false) {
    super(message3);
    this.offset = offset;
    this.tooDeep = tooDeep;
  }
  offset;
  tooDeep;
};
var COMPARISONS = /* @__PURE__ */ new Set(["=", "==", "!=", "<>", "<", "<=", ">", ">="]);
function parseEval(text2, start, end) {
  return new EvalParser(text2, lexEval(text2, start, end), end).parseAll();
}
var EvalParser = class {
  constructor(text2, toks, end) {
    this.text = text2;
    this.toks = toks;
    this.end = end;
  }
  text;
  toks;
  end;
  i = 0;
  depth = 0;
  parseAll() {
    if (this.toks.length === 0) throw new EvalSyntaxError("the expression is empty", this.end);
    const e = this.parseOr();
    const t = this.peek();
    if (t) throw new EvalSyntaxError(`unexpected ${this.describe(t)}`, t.start);
    return e;
  }
  peek(k = 0) {
    return this.toks[this.i + k];
  }
  src(t) {
    return this.text.slice(t.start, t.end);
  }
  describe(t) {
    const s = this.src(t);
    return "`" + (s.length > 30 ? s.slice(0, 29) + "\u2026" : s).replace(/`/g, "'") + "`";
  }
  keyword(word) {
    const t = this.peek();
    return t !== void 0 && t.kind === "ident" && this.src(t).toUpperCase() === word;
  }
  isOp(ops) {
    const t = this.peek();
    if (t === void 0 || t.kind !== "op") return null;
    const s = this.src(t);
    return (typeof ops === "string" ? s === ops : ops.has(s)) ? s : null;
  }
  expect(kind, what, from) {
    const t = this.peek();
    if (t === void 0 || t.kind !== kind)
      throw new EvalSyntaxError(
        t ? `expected ${what}, found ${this.describe(t)}` : `expected ${what}`,
        t ? t.start : from
      );
    this.i++;
    return t;
  }
  binary(op, l, r) {
    return { k: "bin", start: l.start, end: r.end, op, l, r };
  }
  parseOr() {
    let l = this.parseXor();
    while (this.keyword("OR")) {
      this.i++;
      l = this.binary("OR", l, this.parseXor());
    }
    return l;
  }
  parseXor() {
    let l = this.parseAnd();
    while (this.keyword("XOR")) {
      this.i++;
      l = this.binary("XOR", l, this.parseAnd());
    }
    return l;
  }
  parseAnd() {
    let l = this.parseNot();
    while (this.keyword("AND")) {
      this.i++;
      l = this.binary("AND", l, this.parseNot());
    }
    return l;
  }
  parseNot() {
    const t = this.peek();
    if (t && (this.keyword("NOT") || t.kind === "op" && this.src(t) === "!")) {
      this.i++;
      const x = this.nested(t, () => this.parseNot());
      return { k: "not", start: t.start, end: x.end, x };
    }
    return this.parseComparison();
  }
  /** `parse` one level deeper; past `MAX_QUERY_DEPTH` a too-deep error. */
  nested(t, parse2) {
    if (++this.depth > MAX_QUERY_DEPTH)
      throw new EvalSyntaxError(`the expression nests deeper than ${MAX_QUERY_DEPTH} levels`, t.start, true);
    try {
      return parse2();
    } finally {
      this.depth--;
    }
  }
  parseComparison() {
    const l = this.parseAdditive();
    const op = this.isOp(COMPARISONS);
    if (op !== null) {
      this.i++;
      return this.binary(op, l, this.parseAdditive());
    }
    if (this.keyword("LIKE")) {
      this.i++;
      return this.binary("LIKE", l, this.parseAdditive());
    }
    if (this.keyword("IN")) {
      const at = this.peek().start;
      this.i++;
      this.expect("lparen", "`(` after `IN`", at);
      const list3 = this.parseArgs(at);
      const close = this.toks[this.i - 1];
      return { k: "in", start: l.start, end: close.end, x: l, list: list3 };
    }
    return l;
  }
  parseAdditive() {
    let l = this.parseMultiplicative();
    for (; ; ) {
      const op = this.isOp(ADDITIVE);
      if (op === null) return l;
      this.i++;
      l = this.binary(op, l, this.parseMultiplicative());
    }
  }
  parseMultiplicative() {
    let l = this.parseUnary();
    for (; ; ) {
      const op = this.isOp(MULTIPLICATIVE);
      if (op === null) return l;
      this.i++;
      l = this.binary(op, l, this.parseUnary());
    }
  }
  parseUnary() {
    const t = this.peek();
    if (t && t.kind === "op" && (this.src(t) === "-" || this.src(t) === "+")) {
      this.i++;
      const x = this.nested(t, () => this.parseUnary());
      if (this.src(t) === "+") return x;
      if (x.k === "num") return { k: "num", start: t.start, end: x.end, text: "-" + x.text };
      return { k: "neg", start: t.start, end: x.end, x };
    }
    return this.parsePrimary();
  }
  parsePrimary() {
    const t = this.peek();
    if (t === void 0) throw new EvalSyntaxError("the expression ends too early", this.end);
    this.i++;
    switch (t.kind) {
      case "number":
        return { k: "num", start: t.start, end: t.end, text: this.src(t) };
      case "string":
        if (t.unterminated) throw new EvalSyntaxError("this string is not closed", t.start);
        return { k: "str", start: t.start, end: t.end, value: stringValue(this.text, t) };
      case "field":
        if (t.unterminated) throw new EvalSyntaxError("this ' is not closed", t.start);
        return { k: "field", start: t.start, end: t.end, name: this.text.slice(t.start + 1, t.end - 1) };
      case "ident": {
        const name = this.src(t);
        const n = this.peek();
        if (n?.kind === "lparen") {
          this.i++;
          const args = this.nested(n, () => this.parseArgs(n.start));
          return { k: "call", start: t.start, end: this.toks[this.i - 1].end, name, args };
        }
        return { k: "field", start: t.start, end: t.end, name };
      }
      case "lparen": {
        const inner = this.nested(t, () => this.parseOr());
        const close = this.expect("rparen", "`)`", t.start);
        return { ...inner, start: t.start, end: close.end };
      }
      case "subsearch":
        return { k: "other", start: t.start, end: t.end, reason: "a subsearch is not read" };
      case "macro":
        return { k: "other", start: t.start, end: t.end, reason: "a macro that could not be expanded" };
      default:
        throw new EvalSyntaxError(`unexpected ${this.describe(t)}`, t.start);
    }
  }
  /** Arguments after `(`, up to and including `)`. */
  parseArgs(open2) {
    const args = [];
    if (this.peek()?.kind === "rparen") {
      this.i++;
      return args;
    }
    for (; ; ) {
      args.push(this.parseOr());
      const t = this.peek();
      if (t?.kind === "comma") {
        this.i++;
        continue;
      }
      if (t?.kind === "rparen") {
        this.i++;
        return args;
      }
      throw new EvalSyntaxError(
        t ? `expected \`,\` or \`)\`, found ${this.describe(t)}` : "this `(` is not closed",
        t ? t.start : open2
      );
    }
  }
};
var ADDITIVE = /* @__PURE__ */ new Set(["+", "-", "."]);
var MULTIPLICATIVE = /* @__PURE__ */ new Set(["*", "/", "%"]);
function evalToExpr(node, h) {
  switch (node.k) {
    case "bin":
      if (node.op === "AND" || node.op === "OR") {
        const kind = node.op === "AND" ? "and" : "or";
        const children = [];
        for (const side of [node.l, node.r]) {
          const e = evalToExpr(side, h);
          if (e.kind === kind) children.push(...e.children);
          else children.push(e);
        }
        return { kind, children };
      }
      if (COMPARISONS.has(node.op)) return comparison(node.op, node.l, node.r, node, h);
      if (node.op === "LIKE") return like(node.l, node.r, node, h);
      return opaque2(node, h, "an eval expression that is not a condition on a field");
    case "not":
      return { kind: "not", child: evalToExpr(node.x, h) };
    case "in":
      return inList(node.x, node.list, node, h);
    case "call":
      return call(node, h);
    case "other":
      return opaque2(node, h, node.reason);
    default:
      return opaque2(node, h, "an eval expression that is not a condition on a field");
  }
}
function opaque2(node, h, reason2) {
  return h.opaque(h.text.slice(node.start, node.end), reason2, node.start);
}
function isLiteral(n) {
  return n.k === "num" || n.k === "str";
}
function literalValue(n) {
  return n.k === "num" ? n.text : n.value;
}
var FLIPPED = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
var ORDER_OPS = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };
function comparison(op, l, r, node, h) {
  if (l.k === "field" && r.k === "field") {
    if (op === "=" || op === "==") return h.pred(l.name, "fieldref", r.name, r.start, true);
    if (op === "!=" || op === "<>")
      return { kind: "not", child: h.pred(l.name, "fieldref", r.name, r.start, true) };
    return opaque2(node, h, "an order comparison of two fields");
  }
  let field = l;
  let lit = r;
  if (isLiteral(l) && r.k === "field") {
    field = r;
    lit = l;
    op = FLIPPED[op] ?? op;
  }
  if (field.k !== "field" || !isLiteral(lit))
    return opaque2(node, h, "a comparison that is not between a field and a value");
  const value = literalValue(lit);
  if (op === "=" || op === "==") return h.pred(field.name, "eq", value, lit.start, true);
  if (op === "!=" || op === "<>")
    return { kind: "not", child: h.pred(field.name, "eq", value, lit.start, true) };
  return h.pred(field.name, ORDER_OPS[op], value, lit.start, true);
}
function like(f, p, node, h) {
  if (f.k !== "field" || p.k !== "str")
    return opaque2(node, h, "a like() that is not a field against a string");
  const parts = [];
  let lit = "";
  for (const c of p.value) {
    if (c === "%" || c === "_") {
      if (lit) parts.push({ lit });
      lit = "";
      parts.push(c === "%" ? "*" : "?");
    } else lit += c;
  }
  if (lit) parts.push({ lit });
  const wild = parts.some((x) => x === "*" || x === "?");
  return wild ? h.pred(f.name, "wildcard", buildPattern(normalizeParts(parts)), p.start, true) : h.pred(f.name, "eq", p.value, p.start, true);
}
function inList(x, list3, node, h) {
  if (x.k !== "field" || list3.length === 0 || !list3.every(isLiteral))
    return opaque2(node, h, "an IN that is not a field against values");
  const children = list3.map(
    (v) => h.pred(x.name, "eq", literalValue(v), v.start, true)
  );
  return children.length === 1 ? children[0] : { kind: "or", children };
}
var INLINE_FLAGS = /^\(\?([ims]+)\)/;
function inlineFlags(value) {
  const m = INLINE_FLAGS.exec(value);
  if (m === null) return { regex: value, flags: "" };
  return { regex: value.slice(m[0].length), flags: [...new Set(m[1])].sort().join("") };
}
function call(node, h) {
  const name = node.name.toLowerCase();
  const [a, b] = node.args;
  const n = node.args.length;
  switch (name) {
    case "like":
      if (n === 2) return like(a, b, node, h);
      break;
    case "match":
      if (n === 2 && a.k === "field" && b.k === "str") {
        const { regex, flags } = inlineFlags(b.value);
        return h.pred(a.name, "regex", regex, b.start, !flags.includes("i"), flags || void 0);
      }
      break;
    case "isnull":
    case "isnotnull":
      if (n === 1 && a.k === "field")
        return h.pred(a.name, name === "isnull" ? "null" : "exists", null, a.start, true);
      break;
    case "cidrmatch":
      if (n === 2 && a.k === "str" && b.k === "field") return h.pred(b.name, "cidr", a.value, a.start, true);
      break;
    case "in":
      if (n >= 2) return inList(a, node.args.slice(1), node, h);
      break;
  }
  return opaque2(node, h, `${node.name}() is not read as a condition`);
}

// src/query/spl/fields.ts
var FieldScope = class {
  prefixes = null;
  derived = /* @__PURE__ */ new Set();
  aliases = /* @__PURE__ */ new Map();
  /** Event fields still there after a transforming command; null before any. */
  known = null;
  /** Event fields referenced so far. */
  seen = /* @__PURE__ */ new Set();
  /** Dataset names whose `Name.` prefix is stripped from field names. */
  setPrefixes(prefixes) {
    this.prefixes = new Set(prefixes);
  }
  /** The name without dataset prefixes (`Processes.process_name` \u2192 `process_name`). */
  cim(name) {
    const prefixes = this.prefixes;
    if (prefixes === null) return name;
    let n = name;
    for (; ; ) {
      const dot = n.indexOf(".");
      if (dot <= 0 || dot === n.length - 1 || !prefixes.has(n.slice(0, dot))) break;
      n = n.slice(dot + 1);
    }
    return n;
  }
  isDerived(name) {
    const c = this.cim(name);
    if (this.derived.has(name) || this.derived.has(c)) return true;
    const known = this.known;
    return known !== null && !known.has(name) && !known.has(c);
  }
  resolve(name) {
    const c = this.cim(name);
    const derived = this.isDerived(name);
    if (!derived) this.seen.add(c);
    return { field: this.aliases.get(c) ?? c, derived };
  }
  /** Fields referenced as the events' own (a `table`, a `by` list). */
  see(names) {
    for (const n of names) if (!this.isDerived(n)) this.seen.add(this.cim(n));
  }
  /** Fields the query computes from here on. */
  computed(names) {
    for (const n of names) {
      const c = this.cim(n);
      this.derived.add(c);
      this.aliases.delete(c);
    }
  }
  /** A transforming command: only `keep` (and what is computed later) is left. */
  close(keep) {
    const known = /* @__PURE__ */ new Set();
    for (const k of keep) if (!this.isDerived(k)) known.add(this.cim(k));
    this.known = known;
  }
  /** A command with outputs nobody can name (a model's): the fields seen so far are kept. */
  closeUnknown() {
    if (this.known === null) this.known = new Set(this.seen);
  }
  /** Every field is computed from here on (a lookup table or REST endpoint as the source). */
  noEvents() {
    this.known = /* @__PURE__ */ new Set();
  }
  /** `rename from as to`; `*` in both renames by pattern (`Processes.* as *`). */
  rename(from, to) {
    const star = from.indexOf("*");
    if (star !== -1 && from.indexOf("*", star + 1) === -1 && to.split("*").length === 2) {
      const [pre, post] = [from.slice(0, star), from.slice(star + 1)];
      const [tPre, tPost] = to.split("*");
      const map = (n) => n.length >= pre.length + post.length && n.startsWith(pre) && n.endsWith(post) ? tPre + n.slice(pre.length, n.length - post.length) + tPost : null;
      for (const d of [...this.derived]) {
        const m = map(d);
        if (m !== null) this.derived.add(m);
      }
      if (this.known)
        for (const k of [...this.known]) {
          const m = map(k);
          if (m !== null) this.known.add(m);
        }
      return;
    }
    const c = this.cim(to);
    if (this.isDerived(from)) {
      this.derived.add(c);
      this.aliases.delete(c);
      return;
    }
    const target = this.resolve(from).field;
    this.derived.delete(c);
    if (target !== c) this.aliases.set(c, target);
    else this.aliases.delete(c);
    this.known?.add(c);
  }
};

// src/query/spl/macros.ts
var MAX_DEPTH2 = 32;
var MAX_EXPANDED = 1e6;
var MAX_CALLS = 1e5;
function expandMacros(search, lookup) {
  const out = {
    chunks: [],
    origins: [],
    sequential: [],
    length: 0,
    added: 0,
    expansions: [],
    problems: [],
    lookup,
    full: false,
    calls: 0
  };
  expandText(search, null, out, [], 0);
  const text2 = out.chunks.join("");
  const origin = new Int32Array(text2.length + 1);
  let k = 0;
  for (let c = 0; c < out.chunks.length; c++) {
    const o = out.origins[c];
    const n = out.chunks[c].length;
    if (out.sequential[c]) for (let j = 0; j < n; j++) origin[k + j] = o + j;
    else origin.fill(o, k, k + n);
    k += n;
  }
  origin[text2.length] = search.length;
  return { text: text2, origin, expansions: out.expansions, problems: out.problems };
}
function emit(out, chunk, origin, sequential = false) {
  if (chunk.length === 0) return;
  if (!sequential) {
    if (out.full || out.added + chunk.length > MAX_EXPANDED) {
      out.full = true;
      return;
    }
    out.added += chunk.length;
  }
  out.chunks.push(chunk);
  out.origins.push(origin);
  out.sequential.push(sequential);
  out.length += chunk.length;
}
function emitSpan(out, text2, from, to, at) {
  if (at === null) emit(out, text2.slice(from, to), from, true);
  else emit(out, text2.slice(from, to), at);
}
function expandText(text2, at, out, stack, depth) {
  let plain = 0;
  let i = 0;
  const n = text2.length;
  const offset = (k) => at === null ? k : at;
  while (i < n && !(out.full && at !== null)) {
    MARKUP.lastIndex = i;
    if (!MARKUP.test(text2)) break;
    i = MARKUP.lastIndex - 1;
    const c = text2.charCodeAt(i);
    if (c === 34) {
      i = skipString(text2, i);
      continue;
    }
    if (c === 92) {
      i += 2;
      continue;
    }
    emitSpan(out, text2, plain, i, at);
    if (text2.startsWith("```", i)) {
      const close2 = text2.indexOf("```", i + 3);
      if (close2 === -1) {
        out.problems.push({
          kind: "comment",
          name: "",
          arity: 0,
          offset: offset(i),
          message: "a ``` comment is not closed; the rest of the search is read as the comment"
        });
        i = n;
      } else i = close2 + 3;
      emit(out, " ", offset(i - 1));
      plain = i;
      continue;
    }
    const close = text2.indexOf("`", i + 1);
    if (close === -1) {
      out.problems.push({
        kind: "unterminated",
        name: "",
        arity: 0,
        offset: offset(i),
        message: "a macro call (`) is not closed"
      });
      emitSpan(out, text2, i, n, at);
      plain = n;
      i = n;
      break;
    }
    expandCall(text2, i, close + 1, at, out, stack, depth);
    i = close + 1;
    plain = i;
  }
  if (plain < n) emitSpan(out, text2, plain, n, at);
  if (out.full && depth === 0 && !out.problems.some((p) => p.kind === "size"))
    out.problems.push({
      kind: "size",
      name: "",
      arity: 0,
      offset: 0,
      message: out.calls > MAX_CALLS ? `the search's macros expand into more than ${MAX_CALLS} macro calls; later calls are kept unexpanded` : `the search's macros add more than ${MAX_EXPANDED} characters; later calls are kept unexpanded`
    });
}
var MARKUP = /["\\`]/g;
function skipString(text2, i) {
  let j = i + 1;
  while (j < text2.length) {
    const c = text2.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return j + 1;
    else j++;
  }
  return text2.length;
}
function expandCall(text2, start, end, at, out, stack, depth) {
  const callOffset = at === null ? start : at;
  const call2 = parseCall(text2.slice(start + 1, end - 1));
  const keepCall = () => emitSpan(out, text2, start, end, at);
  if (call2 === null) {
    keepCall();
    return;
  }
  if (out.full) {
    keepCall();
    return;
  }
  const { name, args } = call2;
  const key = `${name}/${args.length}`;
  const def = out.lookup(name, args.length);
  if (def === void 0) {
    out.problems.push({
      kind: "undefined",
      name,
      arity: args.length,
      offset: callOffset,
      message: `macro \`${name}\`${args.length > 0 ? ` with ${args.length} argument${args.length === 1 ? "" : "s"}` : ""} is not defined; it is kept unexpanded`
    });
    keepCall();
    return;
  }
  if (stack.includes(key)) {
    out.problems.push({
      kind: "cycle",
      name,
      arity: args.length,
      offset: callOffset,
      message: `macro \`${name}\` expands into itself (${[...stack, key].map((k) => k.split("/")[0]).join(" \u2192 ")}); the inner call is kept unexpanded`
    });
    keepCall();
    return;
  }
  if (depth >= MAX_DEPTH2) {
    out.problems.push({
      kind: "depth",
      name,
      arity: args.length,
      offset: callOffset,
      message: `macro calls nest deeper than ${MAX_DEPTH2}; \`${name}\` is kept unexpanded`
    });
    keepCall();
    return;
  }
  if (++out.calls > MAX_CALLS) {
    out.full = true;
    keepCall();
    return;
  }
  const body = substitute(def.definition, def.args, args);
  const record = {
    name,
    args,
    callStart: at === null ? start : at,
    callEnd: at === null ? end : at,
    start: out.length,
    end: out.length,
    depth,
    builtin: def.builtin === true
  };
  out.expansions.push(record);
  expandText(body, callOffset, out, [...stack, key], depth + 1);
  record.end = out.length;
}
function parseCall(inner) {
  const m = /^\s*([A-Za-z0-9_][\w.:-]*)\s*(?:\(([\s\S]*)\))?\s*$/.exec(inner);
  if (!m) return null;
  const name = m[1];
  if (m[2] === void 0) return { name, args: [] };
  return { name, args: splitArgs(m[2]) };
}
function splitArgs(text2) {
  if (text2.trim() === "") return [];
  const args = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"') {
      i = skipString(text2, i) - 1;
    } else if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      args.push(text2.slice(from, i).trim());
      from = i + 1;
    }
  }
  args.push(text2.slice(from).trim());
  return args;
}
function substitute(body, names, values) {
  if (names.length === 0 || body.indexOf("$") === -1) return body;
  const byName = new Map(names.map((n, i) => [n, values[i] ?? ""]));
  let out = "";
  let done = 0;
  let open2 = body.indexOf("$");
  while (open2 !== -1) {
    const close = body.indexOf("$", open2 + 1);
    if (close === -1) break;
    let name = close > open2 + 1;
    for (let i = open2 + 1; name && i < close; i++) if (WHITESPACE.test(body[i])) name = false;
    if (!name) {
      open2 = close;
      continue;
    }
    const value = byName.get(body.slice(open2 + 1, close));
    if (value !== void 0) {
      out += body.slice(done, open2) + value;
      done = close + 1;
    }
    open2 = body.indexOf("$", close + 1);
  }
  return done === 0 ? body : out + body.slice(done);
}
var WHITESPACE = /\s/;

// src/query/spl/pipeline.ts
var COMMAND = /[A-Za-z_][A-Za-z0-9_]*/y;
var PIPELINE_MARKUP = /["[`\\|]/g;
function splitPipeline(text2) {
  const cuts = [];
  const n = text2.length;
  let i = 0;
  while (i < n) {
    PIPELINE_MARKUP.lastIndex = i;
    if (!PIPELINE_MARKUP.test(text2)) break;
    i = PIPELINE_MARKUP.lastIndex - 1;
    const c = text2.charCodeAt(i);
    if (c === 34) i = stringEnd(text2, i, n).end;
    else if (c === 91) i = bracketEnd(text2, i, n).end;
    else if (c === 96) {
      const j = text2.indexOf("`", i + 1);
      i = j === -1 ? n : j + 1;
    } else if (c === 92) i += 2;
    else {
      if (c === 124) cuts.push(i);
      i++;
    }
  }
  const stages = [];
  let from = 0;
  const bounds = [];
  for (const cut2 of cuts) {
    bounds.push([from, cut2]);
    from = cut2 + 1;
  }
  bounds.push([from, n]);
  bounds.forEach(([start, end], k) => {
    const at = firstNonSpace(text2, start, end);
    if (k === 0 && at === end && bounds.length > 1) return;
    if (k === 0) {
      COMMAND.lastIndex = at;
      const m2 = COMMAND.exec(text2);
      const explicit = m2 !== null && m2[0].toLowerCase() === "search" && isBoundary(text2, at + 6, end);
      stages.push({
        start,
        end,
        command: "search",
        at,
        args: explicit ? at + 6 : at,
        implicit: !explicit
      });
      return;
    }
    COMMAND.lastIndex = at;
    const m = at < end ? COMMAND.exec(text2) : null;
    const word = m !== null && m.index === at && isBoundary(text2, at + m[0].length, end) ? m[0] : "";
    stages.push({
      start,
      end,
      command: word.toLowerCase(),
      at,
      args: at + word.length,
      implicit: false
    });
  });
  return stages;
}
function firstNonSpace(text2, start, end) {
  let i = start;
  while (i < end && /\s/.test(text2[i])) i++;
  return i;
}
function isBoundary(text2, i, end) {
  if (i >= end) return true;
  const c = text2[i];
  return /\s/.test(c) || c === "(" || c === "[" || c === '"' || c === "`";
}
function trimRange(text2, start, end) {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text2[a])) a++;
  while (b > a && /\s/.test(text2[b - 1])) b--;
  return [a, b];
}

// src/query/spl/search.ts
init_wildcard();

// src/query/cursor.ts
var TooDeep = class {
  constructor(start) {
    this.start = start;
  }
  start;
};
var TokenCursor = class {
  constructor(tokens, maxDepth, source, diagnostics) {
    this.tokens = tokens;
    this.maxDepth = maxDepth;
    this.source = source;
    this.diagnostics = diagnostics;
  }
  tokens;
  maxDepth;
  source;
  diagnostics;
  i = 0;
  depth = 0;
  peek(k = 0) {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  enter(t) {
    if (++this.depth > this.maxDepth) throw new TooDeep(t.start);
  }
  leave() {
    this.depth--;
  }
  error(offset, code2, message3) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, "error", code2, message3));
  }
};

// src/query/spl/search.ts
var CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|[0-9a-f:]*:[0-9a-f:.]*\/\d{1,3})$/i;
var SELECTOR_FIELDS = /* @__PURE__ */ new Set([
  "index",
  "source",
  "sourcetype",
  "eventtype",
  "channel"
]);
var TIME_MODIFIERS = /* @__PURE__ */ new Set([
  "earliest",
  "latest",
  "_index_earliest",
  "_index_latest",
  "starttime",
  "endtime",
  "starttimeu",
  "endtimeu",
  "startdaysago",
  "enddaysago",
  "starthoursago",
  "endhoursago",
  "startminutesago",
  "endminutesago",
  "startmonthsago",
  "endmonthsago",
  "searchtimespandays",
  "searchtimespanhours",
  "searchtimespanminutes",
  "searchtimespanmonths",
  "timeformat"
]);
function parseSearch(tokens, hooks) {
  const p = new SearchParser(tokens, hooks);
  try {
    return p.parseAll();
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
    hooks.tooDeep(err.start);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    return {
      k: "leaf",
      expr: hooks.opaque(hooks.text.slice(first.start, last.end), "nested too deep", first.start)
    };
  }
}
var SearchParser = class {
  constructor(toks, h) {
    this.toks = toks;
    this.h = h;
  }
  toks;
  h;
  i = 0;
  depth = 0;
  parseAll() {
    const items = [];
    while (this.i < this.toks.length) {
      const node = this.parseAnd();
      if (node) items.push(node);
      const t = this.peek();
      if (t?.kind === "rparen") {
        this.h.error(t.start, "this `)` closes no `(`; it is skipped");
        this.i++;
      }
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { k: "and", items };
  }
  peek(k = 0) {
    return this.toks[this.i + k];
  }
  text(t) {
    return this.h.text.slice(t.start, t.end);
  }
  isWord(t, word) {
    return t !== void 0 && t.kind === "word" && t.end - t.start === word.length && this.text(t) === word;
  }
  /** A conjunction, up to a `)` or the end. */
  parseAnd() {
    const items = [];
    for (; ; ) {
      const t = this.peek();
      if (t === void 0 || t.kind === "rparen") break;
      if (this.isWord(t, "AND")) {
        this.i++;
        const n = this.peek();
        if (items.length === 0 || n === void 0 || n.kind === "rparen" || this.isWord(n, "AND"))
          this.h.error(t.start, "`AND` needs a condition on each side");
        continue;
      }
      if (this.isWord(t, "OR")) {
        this.h.error(t.start, "`OR` needs a condition on each side");
        this.i++;
        continue;
      }
      const item = this.parseOr();
      if (item) items.push(item);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { k: "and", items };
  }
  parseOr() {
    const first = this.parseNot();
    const items = first ? [first] : [];
    while (this.isWord(this.peek(), "OR")) {
      const or2 = this.peek();
      this.i++;
      const next = this.parseNot();
      if (next === null || items.length === 0) this.h.error(or2.start, "`OR` needs a condition on each side");
      if (next) items.push(next);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { k: "or", items };
  }
  parseNot() {
    const t = this.peek();
    if (this.isWord(t, "NOT")) {
      this.i++;
      const inner = this.nested(t, () => this.parseNot());
      if (inner === null) {
        this.h.error(t.start, "`NOT` needs a condition after it");
        return null;
      }
      return { k: "not", item: inner };
    }
    return this.parsePrimary();
  }
  /** `parse` one level deeper; past `MAX_QUERY_DEPTH` the whole search is given up. */
  nested(t, parse2) {
    if (++this.depth > MAX_QUERY_DEPTH) throw new TooDeep(t.start);
    try {
      return parse2();
    } finally {
      this.depth--;
    }
  }
  parsePrimary() {
    const t = this.peek();
    if (t === void 0 || t.kind === "rparen") return null;
    switch (t.kind) {
      case "lparen": {
        this.i++;
        const inner = this.nested(t, () => this.parseAnd());
        if (this.peek()?.kind === "rparen") this.i++;
        else this.h.error(t.start, "this `(` is not closed");
        if (inner === null) this.h.error(t.start, "`()` holds no condition");
        return inner;
      }
      case "subsearch":
        this.i++;
        return this.leaf(this.h.opaque(this.text(t), "a subsearch is not read", t.start));
      case "macro":
        this.i++;
        return this.leaf(this.h.opaque(this.text(t), "a macro that could not be expanded", t.start));
      case "comma":
        this.i++;
        return null;
      case "op": {
        this.i++;
        const value = this.glue(false);
        this.h.error(t.start, `\`${this.text(t)}\` has no field before it`);
        const end = value ? value.end : t.end;
        return this.leaf(
          this.h.opaque(this.h.text.slice(t.start, end), "a comparison without a field", t.start)
        );
      }
      default:
        return this.parseTerm();
    }
  }
  leaf(expr) {
    return { k: "leaf", expr };
  }
  parseTerm() {
    const t = this.peek();
    const next = this.peek(1);
    if (next?.kind === "op") {
      this.i += 2;
      return this.comparison(t, next);
    }
    if ((t.kind === "word" || t.kind === "string") && this.isWord(next, "IN") && this.peek(2)?.kind === "lparen") {
      this.i += 3;
      return this.inList(t, this.toks[this.i - 1]);
    }
    if (t.kind === "word" && next?.kind === "lparen" && !next.spaced) {
      const w = this.text(t).toUpperCase();
      if (w === "TERM" || w === "CASE") {
        this.i += 2;
        return this.termOrCase(w, next);
      }
    }
    const value = this.glue(false);
    const raw = this.h.text.slice(value.start, value.end);
    const upper = raw.toUpperCase();
    if (t.kind === "word" && raw !== upper && (upper === "AND" || upper === "OR" || upper === "NOT"))
      this.h.lowercaseOperator(t.start, raw);
    if (t.kind === "word" && raw !== upper && upper === "IN" && this.peek()?.kind === "lparen")
      this.h.lowercaseOperator(t.start, raw);
    const parts = valueParts(value, this.h.text);
    if (isAll(parts)) return { k: "all" };
    return this.leaf(this.h.pred(null, "keyword", buildPattern(parts), value.start, false));
  }
  /**
   * Tokens glued to the one at the cursor (no space between them), consumed. A `(` opened
   * in the value carries it over spaces up to its `)` (`relative_time(now(), "-1d")`);
   * when no `)` comes, the value ends at its first space.
   */
  glue(list3) {
    const first = this.peek();
    if (first === void 0 || first.kind !== "word" && first.kind !== "string") return null;
    const pieces = [first];
    this.i++;
    let depth = 0;
    let fallback = null;
    for (; ; ) {
      const t = this.peek();
      if (t === void 0 || t.spaced && depth === 0 || !this.glues(t, depth, list3)) break;
      if (t.spaced && fallback === null) fallback = { i: this.i, length: pieces.length };
      if (t.kind === "lparen") depth++;
      else if (t.kind === "rparen") depth--;
      pieces.push(t);
      this.i++;
    }
    if (depth > 0 && fallback !== null) {
      this.i = fallback.i;
      pieces.length = fallback.length;
    }
    return { start: first.start, end: pieces[pieces.length - 1].end, pieces };
  }
  glues(t, depth, list3) {
    switch (t.kind) {
      case "word":
      case "string":
      case "op":
      case "lparen":
        return true;
      case "rparen":
        return depth > 0;
      case "comma":
        return !list3 || depth > 0;
      default:
        return false;
    }
  }
  fieldName(t) {
    return t.kind === "string" ? stringValue(this.h.text, t) : unescapeSpl(this.text(t));
  }
  comparison(fieldTok, opTok) {
    const op = this.text(opTok);
    const v = this.peek();
    const missing2 = v === void 0 || v.kind !== "word" && v.kind !== "string" || v.spaced && v.kind === "word" && ["AND", "OR", "NOT"].includes(this.text(v));
    const value = missing2 ? null : this.glue(false);
    if (value === null) {
      this.h.error(opTok.start, `\`${this.text(fieldTok)}${op}\` has no value after it`);
      return this.leaf(
        this.h.opaque(
          this.h.text.slice(fieldTok.start, opTok.end),
          "a comparison without a value",
          fieldTok.start
        )
      );
    }
    if (fieldTok.kind !== "word" && fieldTok.kind !== "string") {
      this.h.error(fieldTok.start, `a field name cannot be ${this.text(fieldTok)}`);
      return this.leaf(
        this.h.opaque(
          this.h.text.slice(fieldTok.start, value.end),
          "a comparison without a field",
          fieldTok.start
        )
      );
    }
    const field = this.fieldName(fieldTok);
    const parts = valueParts(value, this.h.text);
    let node;
    if (op === "=" || op === "==" || op === "!=") {
      node = this.match(field, parts, value.start);
      if (op === "!=") node = { k: "not", item: node };
    } else {
      const cmp6 = op === "<" ? "lt" : op === "<=" ? "lte" : op === ">" ? "gt" : "gte";
      node = this.leaf(this.h.pred(field, cmp6, literal(parts), value.start, false));
    }
    return node;
  }
  /** `field=value`: exists, eq, wildcard or cidr; a selector when the field chooses the data. */
  match(field, parts, offset) {
    const pred = isAll(parts) ? this.h.pred(field, "exists", null, offset, false) : parts.some((p) => p === "*") ? this.h.pred(field, "wildcard", buildPattern(parts), offset, false) : CIDR.test(literal(parts)) ? this.h.pred(field, "cidr", literal(parts), offset, false) : this.h.pred(field, "eq", literal(parts), offset, false);
    const lower2 = field.toLowerCase();
    if (TIME_MODIFIERS.has(lower2)) return { k: "meta", pred, time: true };
    return SELECTOR_FIELDS.has(lower2) ? { k: "meta", pred } : this.leaf(pred);
  }
  inList(fieldTok, open2) {
    const field = this.fieldName(fieldTok);
    const items = [];
    for (; ; ) {
      const t = this.peek();
      if (t === void 0) {
        this.h.error(open2.start, "this `(` of `IN` is not closed");
        break;
      }
      if (t.kind === "rparen") {
        this.i++;
        break;
      }
      if (t.kind === "comma") {
        this.i++;
        continue;
      }
      const value = this.glue(true);
      if (value === null) {
        this.h.error(t.start, `\`IN\` takes values, not ${quoteToken(this.text(t))}`);
        this.i++;
        continue;
      }
      items.push(this.match(field, valueParts(value, this.h.text), value.start));
    }
    if (items.length === 0) {
      this.h.error(fieldTok.start, "`IN ()` lists no value");
      return this.leaf(
        this.h.opaque(this.h.text.slice(fieldTok.start, open2.end), "an empty IN list", fieldTok.start)
      );
    }
    return items.length === 1 ? items[0] : { k: "or", items };
  }
  termOrCase(word, open2) {
    const value = this.glue(false);
    if (this.peek()?.kind === "rparen") this.i++;
    else this.h.error(open2.start, `this \`(\` of \`${word}\` is not closed`);
    if (value === null) {
      this.h.error(open2.start, `\`${word}()\` holds no value`);
      return null;
    }
    const parts = valueParts(value, this.h.text);
    return this.leaf(this.h.pred(null, "keyword", buildPattern(parts), value.start, word === "CASE"));
  }
};
function quoteToken(text2) {
  return "`" + text2.replace(/`/g, "'") + "`";
}
function valueParts(value, text2) {
  const parts = [];
  let lit = "";
  let prev = value.start;
  for (const t of value.pieces) {
    lit += text2.slice(prev, t.start);
    prev = t.end;
    const decoded = t.kind === "string" ? stringValue(text2, t) : t.kind === "word" ? unescapeSpl(text2.slice(t.start, t.end)) : text2.slice(t.start, t.end);
    for (const c of decoded) {
      if (c === "*") {
        if (lit) parts.push({ lit });
        lit = "";
        if (parts[parts.length - 1] !== "*") parts.push("*");
      } else lit += c;
    }
  }
  if (lit) parts.push({ lit });
  return parts;
}
function isAll(parts) {
  return parts.length === 1 && parts[0] === "*";
}
function literal(parts) {
  return parts.map((p) => typeof p === "object" ? p.lit : p).join("");
}
function onlySelectors(node) {
  switch (node.k) {
    case "meta":
      return true;
    case "and":
    case "or":
      return node.items.every(onlySelectors);
    case "not":
      return onlySelectors(node.item);
    default:
      return false;
  }
}
function collectSelectors(node, out, negated) {
  if (node.k === "meta") {
    if (!negated && !node.time) out.push(node.pred);
  } else if (node.k === "and" || node.k === "or")
    for (const c of node.items) collectSelectors(c, out, negated);
  else if (node.k === "not") collectSelectors(node.item, out, !negated);
}
function lowerSearch(node, selectors) {
  if (onlySelectors(node)) {
    collectSelectors(node, selectors, false);
    return null;
  }
  switch (node.k) {
    case "leaf":
      return node.expr;
    case "meta":
      return node.pred;
    case "all":
      return null;
    case "not": {
      const inner = lowerSearch(node.item, selectors);
      if (inner === null)
        return { kind: "opaque", text: "NOT *", reason: "matches no event", pos: firstPos(node.item) };
      return { kind: "not", child: inner };
    }
    case "and": {
      const children = [];
      for (const c of node.items) {
        const e = lowerSearch(c, selectors);
        if (e === null) continue;
        if (e.kind === "and") children.push(...e.children);
        else children.push(e);
      }
      return children.length === 0 ? null : children.length === 1 ? children[0] : { kind: "and", children };
    }
    case "or": {
      const children = [];
      for (const c of node.items) {
        const e = onlySelectors(c) ? selectorExpr(c) : lowerSearch(c, selectors);
        if (e === null) return null;
        if (e.kind === "or") children.push(...e.children);
        else children.push(e);
      }
      return children.length === 1 ? children[0] : { kind: "or", children };
    }
  }
}
function selectorExpr(node) {
  switch (node.k) {
    case "meta":
      return node.pred;
    case "not":
      return { kind: "not", child: selectorExpr(node.item) };
    case "and":
    case "or":
      return { kind: node.k, children: node.items.map(selectorExpr) };
    default:
      return { kind: "opaque", text: "", reason: "not a selector", pos: firstPos(node) };
  }
}
function firstPos(node) {
  switch (node.k) {
    case "leaf":
      return node.expr.pos;
    case "meta":
      return node.pred.pos;
    case "and":
    case "or":
      return node.items.length > 0 ? firstPos(node.items[0]) : { line: 1, column: 1 };
    case "not":
      return firstPos(node.item);
    case "all":
      return { line: 1, column: 1 };
  }
}

// src/query/spl/index.ts
function parseSpl(source, options) {
  return new SplReader(source, options).read();
}
var SplReader = class {
  constructor(source, options) {
    this.source = source;
    this.isHook = options.isExclusionHook ?? (() => false);
    this.exp = expandMacros(source.text, options.lookup);
    this.text = this.exp.text;
  }
  source;
  text;
  exp;
  scope = new FieldScope();
  diagnostics = [];
  selectors = [];
  filters = [];
  stages = [];
  dataModel = null;
  firstCommand = "search";
  isHook;
  read() {
    const exp = this.exp;
    for (const p of exp.problems) this.macroProblem(p);
    const result2 = () => ({
      expr: this.combine(),
      stages: this.stages,
      firstCommand: this.firstCommand,
      dataModel: this.dataModel,
      selectors: this.selectors,
      macros: unique(exp.expansions.map((e) => e.name)),
      undefinedMacros: unique(exp.problems.filter((p) => p.kind === "undefined").map((p) => p.name)),
      exclusionHooks: this.hooks(),
      diagnostics: this.diagnostics
    });
    if (this.text.trim() === "") {
      this.diag(0, "error", "spl/empty-search", "the search is empty");
      return result2();
    }
    const stages = splitPipeline(this.text);
    const hookRanges = exp.expansions.filter((e) => e.depth === 0 && this.isHook(e.name));
    stages.forEach((stage, i) => {
      const [a, b] = trimRange(this.text, stage.start, stage.end);
      const hook = hookRanges.some((r) => a >= r.start && b <= r.end && a < b);
      const added = this.filters.length;
      if (i === 0) this.first(stage);
      else this.follow(stage);
      if (hook) for (let k = added; k < this.filters.length; k++) this.filters[k].hook = true;
    });
    return result2();
  }
  // -------------------------------------------------------------------------------------
  // Hooks for the expression parsers
  pred(field, op, value, offset, caseSensitive, flags) {
    const pos = this.posAt(offset);
    if (field === null) return { kind: "pred", field: null, sourceField: null, op, value, caseSensitive, pos };
    const r = this.scope.resolve(field);
    const p = { kind: "pred", field: r.field, sourceField: field, op, value, caseSensitive, pos };
    if (flags) p.flags = flags;
    if (r.derived) p.derived = true;
    return p;
  }
  opaque(text2, reason2, offset) {
    return { kind: "opaque", text: text2, reason: reason2, pos: this.posAt(offset) };
  }
  error(offset, message3) {
    this.diag(offset, "error", "spl/syntax", message3);
  }
  tooDeep(offset) {
    this.diag(
      offset,
      "error",
      "spl/too-deep",
      `the search nests deeper than ${MAX_QUERY_DEPTH} levels; it is not read`
    );
  }
  lowercaseOperator(offset, word) {
    this.diag(
      offset,
      "warning",
      "spl/lowercase-operator",
      `\`${word}\` is searched as a word: Splunk reads boolean operators only in uppercase (\`${word.toUpperCase()}\`)`
    );
  }
  // -------------------------------------------------------------------------------------
  posAt(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    return this.source.pos(this.exp.origin[o]);
  }
  diag(offset, severity, code2, message3) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    this.diagnostics.push(queryDiagnostic(this.source, this.exp.origin[o], severity, code2, message3));
  }
  macroProblem(p) {
    const at = (severity, code2) => {
      this.diagnostics.push(queryDiagnostic(this.source, p.offset, severity, code2, p.message));
    };
    switch (p.kind) {
      case "undefined":
        if (!this.isHook(p.name)) at("notice", "spl/undefined-macro");
        break;
      case "cycle":
        at("warning", "spl/macro-cycle");
        break;
      case "depth":
      case "size":
        at("warning", "spl/macro-limit");
        break;
      case "unterminated":
        at("error", "spl/unterminated-macro");
        break;
      case "comment":
        at("warning", "spl/unterminated-comment");
        break;
    }
  }
  hooks() {
    const out = [];
    for (const e of this.exp.expansions)
      if (e.depth === 0 && this.isHook(e.name))
        out.push({ name: e.name, defined: !e.builtin, pos: this.source.pos(e.callStart) });
    for (const p of this.exp.problems)
      if (p.kind === "undefined" && this.isHook(p.name))
        out.push({ name: p.name, defined: false, pos: this.source.pos(p.offset) });
    return out;
  }
  addStage(stage, command) {
    this.stages.push({ command, offset: this.exp.origin[Math.min(stage.at, this.text.length)] });
  }
  filter(expr) {
    if (expr !== null) this.filters.push({ expr, hook: false });
  }
  /** The conditions of all stages, ANDed; a hook's conjuncts as exclusions. */
  combine() {
    const out = [];
    for (const f of this.filters) {
      const conjuncts = f.expr.kind === "and" ? f.expr.children : [f.expr];
      for (const c of conjuncts)
        out.push(f.hook && c.kind !== "not" ? { kind: "not", child: { kind: "not", child: c } } : c);
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : { kind: "and", children: out };
  }
  // -------------------------------------------------------------------------------------
  // Stages
  first(stage) {
    const cmd = stage.command;
    this.firstCommand = cmd === "" ? this.stageLabel(stage) : cmd;
    this.addStage(stage, this.firstCommand);
    switch (cmd) {
      case "search":
        this.filter(this.searchRange(stage.args, stage.end));
        return;
      case "tstats":
      case "mstats":
        this.tstats(stage);
        return;
      case "from": {
        const dm = fromArgs(this.text, stage.args, stage.end);
        if (dm) this.useDataModel(dm.name);
        else this.scope.noEvents();
        return;
      }
      case "datamodel": {
        const dm = datamodelCommandArgs(this.text, stage.args, stage.end);
        if (dm) this.useDataModel(dm.name);
        return;
      }
    }
    if (GENERATING_WITHOUT_EVENTS.has(cmd)) this.scope.noEvents();
    else this.follow(stage, false);
  }
  stageLabel(stage) {
    const [a, b] = trimRange(this.text, stage.start, stage.end);
    if (a === b) return "";
    if (this.text[a] === "`") {
      const close = this.text.indexOf("`", a + 1);
      return this.text.slice(a, close === -1 || close > b ? b : close + 1);
    }
    return "";
  }
  useDataModel(name, nodename) {
    const ref = dataModelRef(name);
    this.dataModel = ref.name;
    this.scope.setPrefixes(datasetPrefixes(ref, nodename));
  }
  tstats(stage) {
    const a = tstatsArgs(this.text, stage.args, stage.end);
    if (a.dataModel) this.useDataModel(a.dataModel.name, a.nodename ?? void 0);
    if (a.where) {
      if (a.where.length === 0 && a.nodename === null)
        this.error(a.whereAt, "`where` has no condition after it");
      this.filter(this.searchTokens(a.where));
    }
    this.scope.close(a.by);
    this.scope.computed(a.outputs);
  }
  /** A stage after the first. `record`: add it to the stage list. */
  follow(stage, record = true) {
    const cmd = stage.command;
    const { text: text2 } = this;
    const args = [stage.args, stage.end];
    if (record) this.addStage(stage, cmd === "" ? this.stageLabel(stage) : cmd);
    switch (cmd) {
      case "":
        return this.noCommand(stage);
      case "search":
        return this.filter(this.searchRange(...args));
      case "where":
        return this.filter(this.where(...args));
      case "regex":
        return this.filter(this.regex(...args));
      case "join":
        if (joinFilters(text2, ...args))
          this.filter(
            this.opaque(text2.slice(stage.at, stage.end).trim(), "an inner join with a subsearch", stage.at)
          );
        return;
      case "eval":
        return this.scope.computed(evalOutputs(text2, ...args));
      case "rename":
        for (const [from, to] of renamePairs(text2, ...args)) this.scope.rename(from, to);
        return;
      case "lookup": {
        const outputs = lookupOutputs(text2, ...args);
        if (outputs !== null) return this.scope.computed(outputs);
        this.scope.see(lookupInputs(text2, ...args));
        return this.scope.closeUnknown();
      }
      case "rex":
        return this.scope.computed(rexOutputs(text2, ...args));
      case "iplocation":
        return this.scope.computed(iplocationOutputs(text2, ...args));
      case "eventstats":
      case "streamstats":
        return this.scope.computed(statsArgs(text2, ...args).outputs);
      case "transaction":
        return this.scope.computed(["duration", "eventcount", "closed_txn", "field_match_sum", "linecount"]);
      case "table":
      case "fields":
        return this.scope.see(listedFields(text2, ...args));
      case "spath": {
        const out = spathOutput(text2, ...args);
        if (out !== null) this.scope.rename(out, out);
        return;
      }
    }
    if (TRANSFORMING.has(cmd)) {
      const agg = cmd === "top" || cmd === "rare" || cmd === "sitop" || cmd === "sirare" ? topArgs(text2, ...args) : statsArgs(text2, ...args);
      this.scope.close(agg.by);
      this.scope.computed(agg.outputs);
    } else if (UNNAMED_OUTPUTS.has(cmd)) this.scope.closeUnknown();
    else if (!KNOWN_COMMANDS.has(cmd))
      this.diag(
        stage.at,
        "notice",
        "spl/unknown-command",
        `\`${cmd}\` is not an SPL command; the stage is kept as it is`
      );
  }
  noCommand(stage) {
    const [a, b] = trimRange(this.text, stage.start, stage.end);
    if (a === b) {
      this.diag(stage.start - 1, "warning", "spl/empty-stage", "this stage is empty (`| |`)");
      return;
    }
    if (this.text[a] === "`") return;
    const shown = this.text.slice(a, Math.min(b, a + 30)).replace(/`/g, "'");
    this.diag(
      a,
      "notice",
      "spl/unknown-command",
      `\`${shown}\` does not start with a command; the stage is kept as it is`
    );
  }
  searchRange(start, end) {
    return this.searchTokens(lexSearch(this.text, start, end));
  }
  searchTokens(toks) {
    this.unterminated(toks);
    const node = parseSearch(toks, this);
    return node === null ? null : lowerSearch(node, this.selectors);
  }
  unterminated(toks) {
    for (const t of toks)
      if (t.unterminated)
        this.error(
          t.start,
          t.kind === "string" ? "this string is not closed" : t.kind === "subsearch" ? "this `[` is not closed" : "this macro call is not closed"
        );
  }
  where(start, end) {
    try {
      return evalToExpr(parseEval(this.text, start, end), this);
    } catch (err) {
      if (!(err instanceof EvalSyntaxError)) throw err;
      if (err.tooDeep) this.diag(err.offset, "error", "spl/too-deep", `\`where\`: ${err.message}`);
      else this.error(err.offset, `\`where\`: ${err.message}`);
      const [a, b] = trimRange(this.text, start, end);
      return this.opaque(
        this.text.slice(a, b),
        `a \`where\` expression that does not parse: ${err.message}`,
        a
      );
    }
  }
  regex(start, end) {
    const r = regexArgs(this.text, start, end);
    if (r === null) return null;
    const { regex, flags } = inlineFlags(r.regex);
    const p = this.pred(r.field, "regex", regex, r.offset, !flags.includes("i"), flags || void 0);
    return r.negated ? { kind: "not", child: p } : p;
  }
};
function unique(xs) {
  return [...new Set(xs)];
}

// src/formats/splunk/index.ts
init_positioned();

// src/formats/splunk/definitions.ts
init_hash();
var import_js_yaml2 = __toESM(require_js_yaml(), 1);
init_positioned();
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var folders = /* @__PURE__ */ new Map();
var beside = /* @__PURE__ */ new Map();
var loaded = /* @__PURE__ */ new Map();
var resolved = /* @__PURE__ */ new Map();
var generation = 0;
function refreshSplunkDefinitions() {
  generation++;
  beside.clear();
  loaded.clear();
  resolved.clear();
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function folderBeside(dir, name) {
  const key = `${dir}\0${name}`;
  const known = beside.get(key);
  if (known !== void 0) return known;
  const candidate = path.join(dir, name);
  const parent = path.dirname(dir);
  const found = isDirectory(candidate) ? candidate : parent === dir ? null : folderBeside(parent, name);
  beside.set(key, found);
  return found;
}
function definitionFolders(context) {
  const macros = context?.splunkMacros ?? [];
  const key = [
    process.cwd(),
    context?.file === void 0 ? "" : `/${path.dirname(context.file)}`,
    macros.length,
    ...macros,
    ...context?.splunkDataSources ?? []
  ].join("\0");
  let found = resolved.get(key);
  if (found === void 0) resolved.set(key, found = resolveFolders(context));
  return found;
}
function resolveFolders(context) {
  const list3 = (configured, kind) => {
    const out = (configured ?? []).map((f) => path.resolve(f));
    if (context?.file !== void 0) {
      const found = folderBeside(path.dirname(path.resolve(context.file)), kind);
      if (found !== null) out.push(found);
    }
    return [...new Set(out)];
  };
  return {
    macros: list3(context?.splunkMacros, "macros"),
    dataSources: list3(context?.splunkDataSources, "data_sources")
  };
}
function loadFolder(folder, kind) {
  const cacheKey2 = `${kind}\0${folder}`;
  const cached2 = folders.get(cacheKey2);
  if (cached2 && cached2.generation === generation) return cached2.contents;
  const files = readFolder(folder);
  if (cached2 && fingerprintOf(cached2.contents) === filesFingerprint(files)) {
    cached2.generation = generation;
    return cached2.contents;
  }
  const contents = {
    folder,
    files: files.map((f) => ({ name: f.name, text: f.text, glance: nameAtAGlance(f.text, kind) })),
    byName: /* @__PURE__ */ new Map(),
    byFoldedName: /* @__PURE__ */ new Map(),
    unnamed: [],
    macros: /* @__PURE__ */ new Map(),
    dataSources: /* @__PURE__ */ new Map(),
    dataSourcesFolded: /* @__PURE__ */ new Map()
  };
  const add = (index, name, i) => {
    const list3 = index.get(name);
    if (list3 === void 0) index.set(name, [i]);
    else list3.push(i);
  };
  contents.files.forEach(({ glance }, i) => {
    if (glance === null) contents.unnamed.push(i);
    else {
      add(contents.byName, glance, i);
      add(contents.byFoldedName, glance.toLowerCase(), i);
    }
  });
  folders.set(cacheKey2, { contents, generation });
  return contents;
}
function filesFingerprint(files) {
  const hash = createHash("sha256");
  for (const f of files) hash.update(`${f.name}\0${f.text.length}\0${f.text}\0`);
  return hash.digest("hex");
}
function fingerprintOf(contents) {
  return contents.fingerprint ??= filesFingerprint(contents.files);
}
var NAME_LINE = /^name:[ \t]*(.*?)[ \t]*\r?$/gm;
var MACRO_NAME = /^(['"]?)([A-Za-z_][\w.-]*(?:\(\d+\))?)\1$/;
var DATA_SOURCE_NAME = /^[A-Za-z_][\w .()/-]*$/;
var NOT_A_STRING = /^(?:true|false|null|\.inf|\.nan)$/i;
function nameAtAGlance(text2, kind) {
  let found = null;
  NAME_LINE.lastIndex = 0;
  for (let m = NAME_LINE.exec(text2); m !== null; m = NAME_LINE.exec(text2)) {
    if (found !== null) return null;
    found = m;
  }
  if (found === null || /^(?:["']name["'][ \t]*:|\?)/m.test(text2)) return null;
  const next = found.index + found[0].length + 1;
  if (next < text2.length && /[\s#]/.test(text2[next])) return null;
  const value = found[1];
  if (kind === "macros") {
    const m = MACRO_NAME.exec(value);
    if (m === null || m[1] === "" && NOT_A_STRING.test(m[2])) return null;
    return m[2].replace(/\(\d+\)$/, "");
  }
  if (!DATA_SOURCE_NAME.test(value) || NOT_A_STRING.test(value)) return null;
  return value;
}
var parsedFiles = 0;
function docOf(file) {
  if (file.doc === void 0) {
    parsedFiles++;
    file.doc = parseDefinition(file.text);
  }
  return file.doc;
}
function firstDefinition(contents, named2, read, matches2) {
  const a = named2 ?? [];
  const b = contents.unnamed;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const file = contents.files[j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++]];
    const doc = docOf(file);
    const def = doc === null ? null : read(doc);
    if (def !== null && matches2(def)) return def;
  }
  return null;
}
function folderMacro(contents, name, arity) {
  const key = macroKey(name, arity);
  let def = contents.macros.get(key);
  if (def === void 0) {
    def = firstDefinition(
      contents,
      contents.byName.get(name),
      readMacro,
      (m) => macroKey(m.name, m.args.length) === key
    );
    contents.macros.set(key, def);
  }
  return def ?? void 0;
}
function folderDataSource(contents, name) {
  let def = contents.dataSources.get(name);
  if (def === void 0) {
    def = firstDefinition(contents, contents.byName.get(name), readDataSource, (d) => d.name === name);
    contents.dataSources.set(name, def);
  }
  if (def !== null) return def;
  const folded = name.toLowerCase();
  let byFolded = contents.dataSourcesFolded.get(folded);
  if (byFolded === void 0) {
    byFolded = firstDefinition(
      contents,
      contents.byFoldedName.get(folded),
      readDataSource,
      (d) => d.name.toLowerCase() === folded
    );
    contents.dataSourcesFolded.set(folded, byFolded);
  }
  return byFolded ?? void 0;
}
function readFolder(folder) {
  let names;
  try {
    names = readdirSync(folder).filter((n) => /\.ya?ml$/i.test(n));
  } catch {
    return [];
  }
  names.sort();
  const out = [];
  for (const name of names) {
    try {
      out.push({ name, text: readFileSync(path.join(folder, name), "utf8") });
    } catch {
    }
  }
  return out;
}
function parseDefinition(text2) {
  const plain = plainDefinition(text2);
  return plain !== void 0 ? plain : loadDefinition(text2);
}
function loadDefinition(text2) {
  const attempt2 = (t) => {
    const doc = (0, import_js_yaml2.load)(t, { schema: import_js_yaml2.CORE_SCHEMA });
    return typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc : null;
  };
  try {
    return attempt2(text2);
  } catch {
    try {
      return attempt2(text2.replace(/^(?![A-Za-z_"'][\w"' -]*:(?:\s|$)|#|-|\s|$)/gm, " "));
    } catch {
      return null;
    }
  }
}
var DEFINITION_KEYS = /* @__PURE__ */ new Set(["name", "definition", "arguments", "source", "sourcetype", "separator"]);
var TAG_ANCHOR_ALIAS = /(?:^|[\s,[{])[!&*]/;
var MAYBE_NOT_STRING = /^(?:$|[-+.\d~]|(?:null|true|false)$)/i;
function plainDefinition(text2) {
  if (TAG_ANCHOR_ALIAS.test(text2)) return void 0;
  const parsed = parseYaml(text2);
  if (parsed.error !== null || parsed.warnings.length > 0 || parsed.documents.length !== 1) return void 0;
  const root = parsed.documents[0].root;
  if (root === null || root.kind !== "map" || !stringKeys(root)) return void 0;
  const out = {};
  for (const { key, value } of root.entries) {
    if (!DEFINITION_KEYS.has(key.value)) continue;
    const v = plainValue(value);
    if (v === void 0) return void 0;
    out[key.value] = v;
  }
  return out;
}
function stringKeys(node) {
  if (node.kind === "scalar") return true;
  if (node.kind === "seq") return node.items.every(stringKeys);
  const seen = /* @__PURE__ */ new Set();
  for (const { key, value } of node.entries) {
    if (key.style === "plain" && MAYBE_NOT_STRING.test(key.value)) return false;
    if (key.value === "__proto__" || seen.has(key.value)) return false;
    seen.add(key.value);
    if (!stringKeys(value)) return false;
  }
  return true;
}
function plainValue(node) {
  if (node.kind === "scalar")
    return node.style === "plain" && MAYBE_NOT_STRING.test(node.value) ? void 0 : node.value;
  if (node.kind === "map") return {};
  const items = [];
  for (const item of node.items) {
    const v = plainValue(item);
    if (v === void 0) return void 0;
    items.push(v);
  }
  return items;
}
function str(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}
function readMacro(doc) {
  const written = str(doc.name);
  const definition = str(doc.definition);
  if (written === null || definition === null) return null;
  const name = written.trim().replace(/\(\d+\)$/, "");
  const args = Array.isArray(doc.arguments) ? doc.arguments.map((a) => str(a) ?? "").filter((a) => a !== "") : [];
  return { name, args, definition };
}
function readDataSource(doc) {
  const name = str(doc.name)?.trim();
  if (!name) return null;
  const separator = str(doc.separator);
  const code2 = /\b(\d+)$/.exec(name);
  return {
    name,
    source: str(doc.source),
    sourcetype: str(doc.sourcetype),
    separator,
    eventCode: code2 && separator !== null && /^event_?(code|id)$/i.test(separator) ? code2[1] : null
  };
}
function macroKey(name, arity) {
  return `${name}/${arity}`;
}
function loadDefinitions(f) {
  const key = `${f.macros.join("\0")}${f.dataSources.join("\0")}`;
  let defs = loaded.get(key);
  if (defs === void 0) loaded.set(key, defs = buildDefinitions(f));
  return defs;
}
function buildDefinitions(f) {
  const macros = f.macros.map((m) => loadFolder(m, "macros"));
  const sources = f.dataSources.map((d) => loadFolder(d, "data_sources"));
  return {
    macro(name, arity) {
      for (const m of macros) {
        const def = folderMacro(m, name, arity);
        if (def) return def;
      }
      return void 0;
    },
    dataSource(name) {
      for (const s of sources) {
        const def = folderDataSource(s, name);
        if (def) return def;
      }
      return void 0;
    },
    hasDataSources: sources.length > 0
  };
}
function definitionsFingerprint(context) {
  const f = definitionFolders(context);
  if (f.macros.length === 0 && f.dataSources.length === 0) return "";
  let out = fingerprints.get(f);
  if (out !== void 0) return out;
  const hash = createHash("sha256");
  for (const m of f.macros) hash.update(`macros\0${fingerprintOf(loadFolder(m, "macros"))}\0`);
  for (const d of f.dataSources)
    hash.update(`data_sources\0${fingerprintOf(loadFolder(d, "data_sources"))}\0`);
  fingerprints.set(f, out = hash.digest("hex"));
  return out;
}
var fingerprints = /* @__PURE__ */ new WeakMap();

// src/formats/splunk/diagnostics.ts
var Diagnostics2 = class extends DiagnosticCollector {
};

// src/formats/splunk/index.ts
init_text();

// src/formats/splunk/logsource.ts
var DATASET_CATEGORIES = {
  "Endpoint.Processes": "process_creation",
  "Endpoint.Filesystem": "file_event",
  "Endpoint.Registry": "registry_event",
  "Endpoint.Services": "service",
  "Endpoint.Ports": "network_listen",
  "Network_Traffic.All_Traffic": "network_connection",
  "Network_Resolution.DNS": "dns_query",
  "Web.Web": "proxy",
  "Authentication.Authentication": "authentication",
  "Change.All_Changes": "change",
  "Risk.All_Risk": "risk",
  "Email.All_Email": "email",
  "Alerts.Alerts": "alert",
  "Intrusion_Detection.IDS_Attacks": "ids",
  "Malware.Malware_Attacks": "antivirus",
  "Network_Sessions.All_Sessions": "network_session",
  "Certificates.All_Certificates": "certificate",
  "Updates.Updates": "update",
  "Vulnerabilities.Vulnerabilities": "vulnerability"
};
function dataModelCategory(written) {
  const ref = dataModelRef(written);
  const byDataset = ref.dataset ? DATASET_CATEGORIES[`${ref.model}.${ref.dataset}`] : void 0;
  if (byDataset) return byDataset;
  const roots = Object.keys(DATASET_CATEGORIES).filter((k) => k.startsWith(ref.model + "."));
  if (roots.length === 1) return DATASET_CATEGORIES[roots[0]];
  return ref.model.toLowerCase();
}
var SYSMON_CATEGORIES = {
  "1": "process_creation",
  "2": "file_change",
  "3": "network_connection",
  "5": "process_termination",
  "6": "driver_load",
  "7": "image_load",
  "8": "create_remote_thread",
  "9": "raw_access_thread",
  "10": "process_access",
  "11": "file_event",
  "12": "registry_event",
  "13": "registry_set",
  "14": "registry_rename",
  "15": "create_stream_hash",
  "17": "pipe_created",
  "18": "pipe_created",
  "19": "wmi_event",
  "20": "wmi_event",
  "21": "wmi_event",
  "22": "dns_query",
  "23": "file_delete",
  "24": "clipboard_capture",
  "25": "process_tampering",
  "26": "file_delete_detected",
  "27": "file_block_executable",
  "28": "file_block_shredding",
  "29": "file_executable_detected"
};
var WINDOWS_CATEGORIES = {
  "4688": "process_creation",
  "4103": "ps_module",
  "4104": "ps_script"
};
function eventCodeCategory(codes) {
  const cats = /* @__PURE__ */ new Set();
  for (const code2 of codes) {
    const cat = code2.startsWith("sysmon:") ? SYSMON_CATEGORIES[code2.slice(7)] : WINDOWS_CATEGORIES[code2];
    if (cat === void 0) return void 0;
    cats.add(cat);
  }
  if (cats.size === 1) return [...cats][0];
  if (cats.size > 1 && [...cats].every((c) => c.startsWith("registry_"))) return "registry_event";
  return void 0;
}
var PRODUCTS = [
  {
    test: /linux-sysmon|sysmon:linux|sysmon for linux|linux:audit|auditd|^syslog|linux_secure/i,
    product: "linux"
  },
  { test: /sysmon/i, product: "windows", service: "sysmon" },
  // Data source names, when no definition resolves them.
  { test: /^windows event log security\b/i, product: "windows", service: "security" },
  { test: /^windows event log system\b/i, product: "windows", service: "system" },
  { test: /^windows event log application\b/i, product: "windows", service: "application" },
  { test: /^(windows event log )?powershell\b/i, product: "windows", service: "powershell" },
  { test: /^windows event log\b/i, product: "windows" },
  { test: /wineventlog:security$/i, product: "windows", service: "security" },
  { test: /wineventlog:system$/i, product: "windows", service: "system" },
  { test: /wineventlog:application$/i, product: "windows", service: "application" },
  { test: /wineventlog:.*powershell/i, product: "windows", service: "powershell" },
  { test: /wineventlog/i, product: "windows" },
  { test: /cloudtrail/i, product: "aws", service: "cloudtrail" },
  { test: /^aws:|^aws_/i, product: "aws" },
  { test: /o365|office ?365|ms:o365/i, product: "m365" },
  { test: /azure|aad/i, product: "azure" },
  { test: /gcp|google:gcp/i, product: "gcp", service: "gcp.audit" },
  { test: /gws:|gsuite|google_workspace/i, product: "google_workspace" },
  { test: /okta/i, product: "okta", service: "okta" },
  { test: /github/i, product: "github", service: "audit" },
  { test: /kube|k8s/i, product: "kubernetes" },
  { test: /zeek|bro:/i, product: "zeek" }
];
function productOf(sourceOrType) {
  const r = PRODUCTS.find((p) => p.test.test(sourceOrType));
  return r ? { product: r.product, ...r.service ? { service: r.service } : {} } : void 0;
}
function logsourceOf(input) {
  const out = {};
  const opinions = [];
  for (const s of input.sources) {
    const found = s.map(productOf).find((x) => x !== void 0);
    if (found) opinions.push(found);
  }
  if (opinions.length === 0)
    for (const s of input.selectors) {
      const found = productOf(s);
      if (found) opinions.push(found);
    }
  const products = new Set(opinions.map((o) => o.product));
  if (products.size === 1) out.product = [...products][0];
  const category = input.dataModel ? dataModelCategory(input.dataModel) : input.eventCodes.length > 0 ? eventCodeCategory(input.eventCodes) : void 0;
  if (category) out.category = category;
  else if (products.size === 1) {
    const services = new Set(opinions.map((o) => o.service ?? ""));
    const service = services.size === 1 ? [...services][0] : "";
    if (service && service !== "sysmon") out.service = service;
  }
  if (input.index.length > 0) out.index = input.index;
  if (input.dataModel) out.dataModel = input.dataModel;
  if (input.eventCodes.length > 0) out.eventCodes = input.eventCodes;
  return out;
}

// src/formats/splunk/positions.ts
init_positioned();
function isSpace3(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function scalarOffsets(text2, node) {
  if (node.contentStart < 0 || !oneCharacterUnits(text2, node)) return scalarOffsetMapper(text2, node);
  const end = Math.min(node.contentEnd, text2.length);
  if (end - node.contentStart === node.value.length && text2.startsWith(node.value, node.contentStart))
    return verbatimOffsets(node);
  const offsets = new Int32Array(Math.max(end - node.contentStart, 0));
  let n = 0;
  for (let i = node.contentStart; i < end; i++) if (!isSpace3(text2.charCodeAt(i))) offsets[n++] = i;
  const value = node.value;
  const nonSpaceBefore = new Int32Array(value.length + 1);
  for (let i = 0; i < value.length; i++)
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (isSpace3(value.charCodeAt(i)) ? 0 : 1);
  const afterLast = n === 0 ? node.contentStart : offsets[n - 1] + 1;
  return (index) => {
    const k = nonSpaceBefore[Math.min(Math.max(index, 0), value.length)];
    if (index >= value.length) {
      if (n === 0) return node.contentStart;
      const last = Math.min(k, n) - 1;
      return last < 0 ? afterLast : offsets[last] + 1;
    }
    return k < n ? offsets[k] : afterLast;
  };
}
function verbatimOffsets(node) {
  const value = node.value;
  const start = node.contentStart;
  let end = value.length;
  while (end > 0 && isSpace3(value.charCodeAt(end - 1))) end--;
  return (index) => {
    let i = Math.max(index, 0);
    if (i < value.length) while (i < end && isSpace3(value.charCodeAt(i))) i++;
    return i < end ? start + i : start + end;
  };
}
function oneCharacterUnits(text2, node) {
  if (node.style === "single") return text2.slice(node.contentStart, node.contentEnd).indexOf("''") === -1;
  if (node.style === "double") return text2.slice(node.contentStart, node.contentEnd).indexOf("\\") === -1;
  return true;
}
function scalarPositions(text2, node, lines) {
  const offsetOf = scalarOffsets(text2, node);
  const memo = /* @__PURE__ */ new Map();
  return (index) => {
    let p = memo.get(index);
    if (p === void 0) {
      p = lines.position(offsetOf(index));
      memo.set(index, p);
    }
    return { line: p.line, column: p.column };
  };
}

// src/formats/splunk/metadata.ts
init_text();
function kindName2(node) {
  return node.kind === "map" ? "map" : node.kind === "seq" ? "list" : "scalar";
}
function entriesOf(map, diags, where = "") {
  const out = /* @__PURE__ */ new Map();
  for (const e of map.entries) {
    const k = e.key.value;
    if (out.has(k))
      diags.warning("splunk/duplicate-key", `\`${where}${k}\` is repeated; the last one counts`, e.key);
    out.set(k, e.value);
  }
  return out;
}
function readString2(node, name, diags) {
  if (node === void 0) return null;
  if (node.kind !== "scalar") {
    diags.warning(
      "splunk/invalid-metadata",
      `\`${name}\` should be a single value, not a ${kindName2(node)}`,
      node
    );
    return null;
  }
  return node.isNull ? null : node.value;
}
function readList(node, name, diags) {
  if (node === void 0) return [];
  if (node.kind === "scalar") return node.isNull ? [] : [{ value: node.value, node }];
  if (node.kind === "map") {
    diags.warning("splunk/invalid-metadata", `\`${name}\` should be a list, not a map; ignored`, node);
    return [];
  }
  const out = [];
  for (const item of node.items) {
    if (item.kind === "scalar" && !item.isNull) out.push({ value: item.value, node: item });
    else
      diags.warning(
        "splunk/invalid-metadata",
        `an item of \`${name}\` should be a single value; ignored`,
        item
      );
  }
  return out;
}
var TECHNIQUE = /^T\d{4}(\.\d{3})?$/;
function readTechniques(node, diags) {
  const out = /* @__PURE__ */ new Set();
  for (const { value, node: item } of readList(node, "tags.mitre_attack_id", diags)) {
    const id = value.trim().toUpperCase();
    if (TECHNIQUE.test(id)) out.add(id);
    else
      diags.warning(
        "splunk/invalid-technique",
        `${quote(value)} is not an ATT&CK technique ID (T1234 or T1234.001); ignored`,
        item
      );
  }
  return [...out].sort();
}

// src/formats/splunk/index.ts
var YAML_PATH2 = /\.ya?ml$/i;
var SEARCH_KEY = new LinePattern(/\ufeff?["']?search["']?[ \t]*:/, `\uFEFF"'s`);
var NAME_KEY = new LinePattern(/\ufeff?["']?name["']?[ \t]*:/, `\uFEFF"'n`);
var SIGMA_KEY2 = new LinePattern(/\ufeff?["']?(?:detection|logsource)["']?[ \t]*:/, `\uFEFF"'dl`);
var NOT_A_DETECTION = new LinePattern(
  /["']?type["']?[ \t]*:[ \t]*["']?(?:baseline|investigation)\b/i,
  `"'tT`
);
function isSplunkDetection(path13, text2) {
  return YAML_PATH2.test(path13) && SEARCH_KEY.test(text2) && NAME_KEY.test(text2) && !SIGMA_KEY2.test(text2) && !NOT_A_DETECTION.test(text2);
}
function splunkDependencies(file, bytes, context) {
  if (!bytes.includes("search")) return null;
  return isSplunkDetection(file, bytes.toString("utf8")) ? splunkDefinitionsFingerprint(file, context) : null;
}
function splunkDefinitionsFingerprint(file, context) {
  return definitionsFingerprint({ ...context, file });
}
var splunkFormat = {
  vendor: "splunk",
  detect: isSplunkDetection,
  parse(path13, text2, context) {
    try {
      return parseSplunk(path13, text2, context);
    } catch (err) {
      const message3 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path13,
        line: 1,
        column: 1,
        severity: "error",
        code: "splunk/internal-error",
        message: `the Splunk reader failed on this file: ${message3}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseSplunk(path13, text2, context) {
  const fileDiags = new Diagnostics2(path13);
  const yaml = parseYaml(text2);
  if (yaml.error) {
    fileDiags.error("splunk/yaml-error", `YAML: ${yaml.error.message}`, yaml.error);
    return { rules: [], diagnostics: fileDiags.items };
  }
  for (const w of yaml.warnings) fileDiags.warning("splunk/yaml-warning", `YAML: ${w.message}`, w);
  const doc = yaml.documents.find((d) => d.root !== null && !(d.root.kind === "scalar" && d.root.isNull));
  const root = doc?.root;
  if (!doc || !root || root.kind !== "map") {
    fileDiags.error(
      "splunk/not-a-map",
      root ? `the document is a ${kindName2(root)}, not a map of detection fields` : "the file is empty",
      root ?? { line: 1, column: 1 }
    );
    return { rules: [], diagnostics: fileDiags.items };
  }
  const defs = loadDefinitions(definitionFolders(context));
  const diags = new Diagnostics2(path13);
  const rule = readDetection2(root, { path: path13, text: text2, lines: yaml.lines, line: doc.line, defs, diags });
  return { rules: [rule], diagnostics: fileDiags.items };
}
function readDetection2(root, ctx) {
  const { diags } = ctx;
  const top = entriesOf(root, diags);
  const start = { line: ctx.line, column: 1 };
  const name = readString2(top.get("name"), "name", diags);
  if (name === null)
    diags.warning("splunk/invalid-metadata", "the detection has no `name`", top.get("name") ?? start);
  const tags = tagsOf(top.get("tags"), diags);
  const dataSources = readDataSources(top, ctx);
  const searchNode = top.get("search");
  const search = readSearch(searchNode, start, ctx);
  const logsource = buildLogsource(search?.result ?? null, dataSources);
  const expr = search?.result.expr ?? null;
  if (expr) canonicalize(expr, logsource);
  const properties = { language: "spl" };
  const type = readString2(top.get("type"), "type", diags);
  if (type !== null) properties.type = type;
  if (search) {
    const r = search.result;
    properties.firstCommand = r.firstCommand;
    properties.stages = r.stages.map((s) => s.command);
    properties.macros = r.macros;
    if (r.undefinedMacros.length > 0) properties.undefinedMacros = r.undefinedMacros;
    const hook = r.exclusionHooks[0];
    properties.filterMacro = hook?.name ?? null;
    properties.filterMacroDefined = hook?.defined ?? false;
  }
  properties.dataSources = dataSources.map((d) => d.name);
  const fp = readString2(top.get("known_false_positives"), "known_false_positives", diags);
  if (fp !== null) properties.knownFalsePositives = fp;
  return {
    vendor: "splunk",
    path: ctx.path,
    line: ctx.line,
    id: readString2(top.get("id"), "id", diags),
    title: name ?? "",
    techniques: tags.techniques,
    tags: tags.stories,
    logsource,
    queries: expr === null && !search ? [] : [{ label: "", expr: expr ?? { kind: "and", children: [] } }],
    logicPos: search?.pos ?? start,
    level: null,
    status: readString2(top.get("status"), "status", diags),
    diagnostics: [...diags.items, ...search?.result.diagnostics ?? []],
    properties
  };
}
function tagsOf(node, diags) {
  if (node === void 0 || node.kind === "scalar" && node.isNull) return { techniques: [], stories: [] };
  if (node.kind !== "map") {
    diags.warning("splunk/invalid-metadata", `\`tags\` should be a map, not a ${kindName2(node)}`, node);
    return { techniques: [], stories: [] };
  }
  const tags = entriesOf(node, diags, "tags.");
  return {
    techniques: readTechniques(tags.get("mitre_attack_id"), diags),
    stories: readList(tags.get("analytic_story"), "tags.analytic_story", diags).map((s) => s.value)
  };
}
function readDataSources(top, ctx) {
  let node = top.get("data_source");
  if (node === void 0 && top.has("data_sources")) {
    node = top.get("data_sources");
    ctx.diags.warning(
      "splunk/invalid-metadata",
      "`data_sources` is read as `data_source`, the key detections use",
      node
    );
  }
  const out = [];
  for (const { value, node: item } of readList(node, "data_source", ctx.diags)) {
    const name = value.trim();
    const one = ctx.defs.dataSource(name);
    const parts = one ? [one] : name.split(/\s+(?:AND|OR)\s+/).map((p) => ctx.defs.dataSource(p));
    const found = parts.every((p) => p !== void 0) ? parts : [];
    if (found.length === 0 && ctx.defs.hasDataSources)
      ctx.diags.notice(
        "splunk/unknown-data-source",
        `no data source definition is named ${quote(name)}`,
        item
      );
    out.push({ name, definitions: found });
  }
  return out;
}
function readSearch(node, start, ctx) {
  if (node === void 0 || node.kind !== "scalar" || node.isNull || node.value.trim() === "") {
    const why = node === void 0 ? "the detection has no `search`" : node.kind !== "scalar" ? `\`search\` should be a string, not a ${kindName2(node)}` : "`search` is empty";
    ctx.diags.error("splunk/missing-search", why, node ?? start);
    return null;
  }
  const source = searchSource(ctx, node);
  const result2 = parseSpl(source, {
    lookup: (name, arity) => ctx.defs.macro(name, arity) ?? builtinMacro(name, arity),
    isExclusionHook: (name) => name.endsWith("_filter")
  });
  const pos = { line: node.line, column: node.column };
  if (result2.exclusionHooks.length === 0)
    ctx.diags.notice(
      "splunk/missing-filter-macro",
      "the search has no `<name>_filter` macro, the hook Splunk content uses for local exclusions",
      pos
    );
  return { result: result2, pos };
}
function searchSource(ctx, node) {
  return { path: ctx.path, text: node.value, pos: scalarPositions(ctx.text, node, ctx.lines) };
}
var DROP_DM_OBJECT_NAME = {
  name: "drop_dm_object_name",
  args: ["object"],
  definition: "rename $object$.* AS *",
  builtin: true
};
var NO_ARGS = [];
function builtinMacro(name, arity) {
  if (name === "drop_dm_object_name" && arity === 1) return DROP_DM_OBJECT_NAME;
  if (name.endsWith("_filter") && arity === 0)
    return { name, args: NO_ARGS, definition: "search *", builtin: true };
  return void 0;
}
var EVENT_CODE_FIELD = /^event_?(code|id)$/i;
function buildLogsource(result2, dataSources) {
  const selectors = result2?.selectors ?? [];
  const selectorSources = selectors.filter((s) => SOURCE_SELECTOR.test(s.sourceField ?? "") && s.value !== null).map((s) => s.value);
  let sysmon = selectorSources.some((s) => SYSMON.test(s));
  const codes = /* @__PURE__ */ new Map();
  for (const d of dataSources)
    for (const def of d.definitions) {
      const fromSysmon = SYSMON.test(`${def.source} ${def.sourcetype}`);
      if (fromSysmon) sysmon = true;
      if (def.eventCode !== null)
        codes.set(def.eventCode, fromSysmon ? `sysmon:${def.eventCode}` : def.eventCode);
    }
  if (result2?.expr) {
    for (const p of positivePredicates(result2.expr))
      if (p.op === "eq" && !p.derived && EVENT_CODE_FIELD.test(p.sourceField ?? "") && /^\d+$/.test(p.value ?? "")) {
        if (!codes.has(p.value))
          codes.set(
            p.value,
            sysmon && isSysmonEventId(p.value) ? `sysmon:${p.value}` : p.value
          );
      }
  }
  const eventCodes = [...new Set(codes.values())].sort(compareCodes);
  return logsourceOf({
    dataModel: result2?.dataModel ?? null,
    // A data source no definition resolves still names its product (`Sysmon EventID 1`,
    // `Windows Event Log Security 4688`): read the name as its source.
    sources: dataSources.map((d) => d.definitions.length > 0 ? definitionSources(d.definitions) : [d.name]),
    selectors: selectorSources,
    eventCodes,
    index: [...new Set(selectors.map(selectorText))].sort()
  });
}
var SOURCE_SELECTOR = /^(source|sourcetype)$/i;
var SYSMON = /sysmon/i;
function definitionSources(defs) {
  const out = [];
  for (const x of defs) {
    if (x.source !== null) out.push(x.source);
    if (x.sourcetype !== null) out.push(x.sourcetype);
  }
  return out;
}
function isSysmonEventId(code2) {
  const n = Number(code2);
  return n >= 1 && n <= 255;
}
function selectorText(p) {
  return `${p.sourceField}=${p.op === "exists" ? "*" : p.value ?? ""}`;
}
function compareCodes(a, b) {
  const [pa, na] = splitCode(a);
  const [pb, nb] = splitCode(b);
  return pa !== pb ? pa < pb ? -1 : 1 : na - nb;
}
function splitCode(code2) {
  const colon = code2.lastIndexOf(":");
  return [colon === -1 ? "" : code2.slice(0, colon), Number(code2.slice(colon + 1))];
}
function positivePredicates(expr, out = []) {
  if (expr.kind === "pred") out.push(expr);
  else if (expr.kind === "and" || expr.kind === "or")
    for (const c of expr.children) positivePredicates(c, out);
  return out;
}
function canonicalize(expr, logsource) {
  switch (expr.kind) {
    case "pred":
      if (expr.field !== null) expr.field = canonicalField("splunk", logsource, expr.field);
      break;
    case "and":
    case "or":
      for (const c of expr.children) canonicalize(c, logsource);
      break;
    case "not":
      canonicalize(expr.child, logsource);
      break;
    case "opaque":
      break;
  }
}

// src/formats/elastic/index.ts
import { parse, TomlError } from "smol-toml";

// src/formats/elastic/diagnostics.ts
var Diagnostics3 = class extends DiagnosticCollector {
};

// src/formats/elastic/fields.ts
init_ir();
init_fields();

// src/query/eql/lexer.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "and",
  "or",
  "not",
  "in",
  "in~",
  "like",
  "like~",
  "regex",
  "regex~",
  "where",
  "sequence",
  "sample",
  "join",
  "by",
  "with",
  "until",
  "true",
  "false",
  "null",
  "any",
  "of",
  "fork"
]);
var SINGLE_OPERATORS = /* @__PURE__ */ new Set(["(", ")", "[", "]", ",", "|", "+", "-", "*", "/", "%", ":"]);
function operatorAt(text2, i, c) {
  const next = text2.charCodeAt(i + 1);
  switch (c) {
    case 61:
      return next === 61 ? "==" : "=";
    case 33:
      return next === 61 ? "!=" : next === 58 ? "!:" : "!";
    case 60:
      return next === 61 ? "<=" : "<";
    case 62:
      return next === 61 ? ">=" : ">";
    default: {
      const ch = text2[i];
      return SINGLE_OPERATORS.has(ch) ? ch : null;
    }
  }
}
var SIMPLE_ESCAPES = {
  b: "\b",
  t: "	",
  n: "\n",
  f: "\f",
  r: "\r",
  '"': '"',
  "'": "'",
  "\\": "\\"
};
function isIdentStart2(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 64;
}
function isIdentPart2(c) {
  return isIdentStart2(c) || c >= 48 && c <= 57;
}
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function isSpace4(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
function isLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function lex2(text2, options = {}) {
  const spacedDots = options.spacedDots === true;
  const tokens = [];
  const problems = [];
  const n = text2.length;
  let i = 0;
  const problem2 = (code2, offset, message3) => {
    problems.push({ code: code2, offset, message: message3 });
  };
  const readName2 = (from) => {
    let j = from;
    let count2 = 0;
    let escaped = null;
    for (; ; ) {
      const c = text2.charCodeAt(j);
      if (c === 96) {
        if (escaped === null) escaped = count2 === 0 ? [] : text2.slice(from, j - 1).split(".");
        let part = "";
        let k = j + 1;
        for (; ; ) {
          const e = text2.indexOf("`", k);
          const eol = text2.indexOf("\n", k);
          if (e === -1 || eol !== -1 && eol < e) {
            problem2(
              "eql/unterminated-string",
              j,
              "unterminated escaped field name: the closing `` ` `` is missing"
            );
            const stop = eol === -1 ? n : eol;
            part += text2.slice(k, stop);
            k = stop;
            break;
          }
          part += text2.slice(k, e);
          k = e + 1;
          if (text2.charCodeAt(k) !== 96) break;
          part += "`";
          k++;
        }
        escaped.push(part);
        count2++;
        j = k;
      } else if (count2 === 0 ? isIdentStart2(c) : isIdentPart2(c)) {
        let k = j + 1;
        while (k < n && isIdentPart2(text2.charCodeAt(k))) k++;
        if (escaped !== null) escaped.push(text2.slice(j, k));
        count2++;
        j = k;
      } else {
        break;
      }
      if (text2.charCodeAt(j) !== 46) break;
      const d = text2.charCodeAt(j + 1);
      if (isIdentPart2(d) || d === 96) j++;
      else if (spacedDots && isSpace4(d)) {
        let k = j + 1;
        while (isSpace4(text2.charCodeAt(k))) k++;
        const e = text2.charCodeAt(k);
        if (!(isIdentStart2(e) || e === 96)) break;
        if (escaped === null) escaped = text2.slice(from, j).split(".");
        j = k;
      } else break;
    }
    if (count2 === 0) return null;
    const value = escaped !== null ? escaped.join(".") : text2.slice(from, j);
    return { value, end: j, dotted: count2 > 1 || escaped !== null };
  };
  const readEscaped = (from, quote2) => {
    const q = quote2.charCodeAt(0);
    let j = from + 1;
    let value = "";
    for (; ; ) {
      const run8 = j;
      let c = text2.charCodeAt(j);
      while (j < n && c !== q && c !== 92 && c !== 10 && c !== 13) c = text2.charCodeAt(++j);
      if (j > run8) value += text2.slice(run8, j);
      if (j >= n || c === 10 || c === 13) {
        problem2("eql/unterminated-string", from, "unterminated string: the closing quote is missing");
        return { value, end: j };
      }
      if (c === q) return { value, end: j + 1 };
      const e = text2[j + 1];
      if (e !== void 0 && SIMPLE_ESCAPES[e] !== void 0) {
        value += SIMPLE_ESCAPES[e];
        j += 2;
      } else if (e === "u" && text2[j + 2] === "{") {
        const close = text2.indexOf("}", j + 3);
        const hex = close === -1 ? "" : text2.slice(j + 3, close);
        const cp = /^[0-9a-fA-F]{1,8}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (Number.isNaN(cp) || cp > 1114111) {
          problem2(
            "eql/invalid-escape",
            j,
            "invalid unicode escape: write `\\u{` then 1 to 8 hex digits and `}`"
          );
          value += "\\";
          j++;
        } else {
          value += String.fromCodePoint(cp);
          j = close + 1;
        }
      } else {
        const shown = e === void 0 || e === "\n" || e === "\r" ? "\\" : `\\${e}`;
        problem2(
          "eql/invalid-escape",
          j,
          `invalid escape \`${shown}\` in a string: write \`\\\\\` for a backslash (or use a """raw""" string)`
        );
        value += "\\";
        j++;
      }
    }
  };
  const readRaw = (from, quote2) => {
    let j = from + 2;
    for (; ; ) {
      if (j >= n || text2[j] === "\n" || text2[j] === "\r") {
        problem2("eql/unterminated-string", from, "unterminated string: the closing quote is missing");
        return { value: text2.slice(from + 2, j), end: j };
      }
      if (text2[j] === "\\" && text2[j + 1] === quote2) j += 2;
      else if (text2[j] === quote2) return { value: text2.slice(from + 2, j), end: j + 1 };
      else j++;
    }
  };
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === 47 && text2.charCodeAt(i + 1) === 47) {
      const e = text2.indexOf("\n", i);
      i = e === -1 ? n : e + 1;
      continue;
    }
    if (c === 47 && text2.charCodeAt(i + 1) === 42) {
      const e = text2.indexOf("*/", i + 2);
      if (e === -1) {
        problem2("eql/unterminated-comment", i, "unterminated comment: `/*` has no closing `*/`");
        i = n;
      } else i = e + 2;
      continue;
    }
    const start = i;
    if (c === 34 && text2.startsWith('"""', i)) {
      const e = text2.indexOf('"""', i + 3);
      if (e === -1) {
        problem2("eql/unterminated-string", i, 'unterminated raw string: `"""` has no closing `"""`');
        tokens.push({ kind: "string", value: text2.slice(i + 3), start, end: n });
        i = n;
        continue;
      }
      let close = e;
      while (close < e + 2 && text2.charCodeAt(close + 3) === 34) close++;
      tokens.push({ kind: "string", value: text2.slice(i + 3, close), start, end: close + 3 });
      i = close + 3;
      continue;
    }
    if (c === 34 || c === 39) {
      const s = readEscaped(i, text2[i]);
      tokens.push({ kind: "string", value: s.value, start, end: s.end });
      i = s.end;
      continue;
    }
    if (c === 63) {
      const d = text2.charCodeAt(i + 1);
      if (d === 34 || d === 39) {
        const s = readRaw(i, text2[i + 1]);
        tokens.push({ kind: "string", value: s.value, start, end: s.end });
        i = s.end;
        continue;
      }
      const name = readName2(i + 1);
      if (name) {
        tokens.push({
          kind: "name",
          value: name.value,
          start,
          end: name.end,
          optional: true,
          dotted: name.dotted
        });
        i = name.end;
        continue;
      }
      problem2("eql/unexpected-character", i, "`?` should be followed by a field name (`?field`)");
      i++;
      continue;
    }
    if (isDigit2(c) || c === 46 && isDigit2(text2.charCodeAt(i + 1))) {
      let j = i;
      while (isDigit2(text2.charCodeAt(j))) j++;
      if (text2.charCodeAt(j) === 46 && isDigit2(text2.charCodeAt(j + 1))) {
        j++;
        while (isDigit2(text2.charCodeAt(j))) j++;
      }
      const e = text2.charCodeAt(j);
      if ((e === 101 || e === 69) && /^[eE][+-]?\d/.test(text2.slice(j, j + 3))) {
        j += text2[j + 1] === "+" || text2[j + 1] === "-" ? 2 : 1;
        while (isDigit2(text2.charCodeAt(j))) j++;
      }
      if (isLetter(text2.charCodeAt(j))) {
        let k = j;
        while (isLetter(text2.charCodeAt(k))) k++;
        tokens.push({ kind: "duration", value: text2.slice(i, k), start, end: k });
        i = k;
        continue;
      }
      tokens.push({ kind: "number", value: text2.slice(i, j), start, end: j });
      i = j;
      continue;
    }
    if (c === 36) {
      const name = readName2(i + 1);
      if (name) {
        tokens.push({
          kind: "name",
          value: `$${name.value}`,
          start,
          end: name.end,
          variable: true,
          dotted: name.dotted
        });
        i = name.end;
        continue;
      }
    }
    if (isIdentStart2(c) || c === 96) {
      const name = readName2(i);
      if (name) {
        let { end } = name;
        let value = name.value;
        let insensitive = false;
        if (!name.dotted && text2.charCodeAt(end) === 126) {
          value += "~";
          end++;
          insensitive = true;
        }
        const token = { kind: "name", value, start, end, dotted: name.dotted };
        if (insensitive) token.insensitive = true;
        if (!name.dotted && KEYWORDS.has(value)) token.keyword = true;
        tokens.push(token);
        i = end;
        continue;
      }
    }
    const op = operatorAt(text2, i, c);
    if (op !== null) {
      tokens.push({ kind: "op", value: op, start, end: i + op.length });
      i += op.length;
      continue;
    }
    const ch = String.fromCodePoint(text2.codePointAt(i) ?? c);
    problem2("eql/unexpected-character", i, `unexpected character \`${ch}\``);
    i += ch.length;
  }
  tokens.push({ kind: "eof", value: "", start: n, end: n });
  return { tokens, problems };
}

// src/query/eql/predicates.ts
init_ir();
init_wildcard();

// src/query/eql/ast.ts
function isLiteral2(v) {
  return v.k === "string" || v.k === "number" || v.k === "bool" || v.k === "null";
}

// src/query/eql/predicates.ts
var KNOWN_FUNCTIONS = /* @__PURE__ */ new Set([
  "add",
  "between",
  "cidrmatch",
  "concat",
  "divide",
  "endswith",
  "indexof",
  "length",
  "modulo",
  "multiply",
  "number",
  "startswith",
  "string",
  "stringcontains",
  "substring",
  "subtract"
]);
var RANGE_OPS = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };
var MIRROR = {
  "==": "==",
  "!=": "!=",
  "<": ">",
  "<=": ">=",
  ">": "<",
  ">=": "<="
};
var PredicateBuilder = class {
  constructor(source) {
    this.source = source;
  }
  source;
  opaque(start, end, reason2) {
    return { kind: "opaque", text: this.source.text.slice(start, end), reason: reason2, pos: this.source.pos(start) };
  }
  pred(field, op, value, caseSensitive, at) {
    const p = {
      kind: "pred",
      field: field.name,
      sourceField: field.name,
      op,
      value,
      caseSensitive,
      pos: this.source.pos(at)
    };
    if (field.array !== void 0) p.array = field.array;
    return p;
  }
  /** `left op right`; `start`/`end` span the whole comparison. */
  comparison(left, op, right, start, end) {
    if (left.k === "field") {
      if (isLiteral2(right))
        return this.fieldLiteral(left, op, right) ?? this.opaque(start, end, "comparison not interpreted");
      if (right.k === "field")
        return this.fieldField(left, op, right) ?? this.opaque(start, end, "comparison of two fields not interpreted");
    } else if (right.k === "field" && isLiteral2(left) && MIRROR[op] !== void 0) {
      return this.comparison(right, MIRROR[op], left, start, end);
    } else if ((left.k === "call" || left.k === "search") && right.k === "bool" && (op === "==" || op === "!=")) {
      const test = left.k === "search" ? left.expr : this.callPredicate(left);
      if (test.kind !== "opaque") return right.value === "true" === (op === "==") ? test : not(test);
    }
    return this.opaque(start, end, computedReason([left, right]));
  }
  /** `left op (items...)`. */
  listComparison(left, op, negated, items, start, end) {
    if (left.k !== "field") return this.opaque(start, end, computedReason([left, ...items]));
    const children = [];
    for (const item of items) {
      let child = null;
      if (op === "in" || op === "in~") {
        if (item.k === "field") child = this.pred(left, "fieldref", item.name, op === "in", item.start);
        else if (isLiteral2(item)) child = this.equality(left, item, op === "in");
      } else if (isLiteral2(item)) {
        child = this.fieldLiteral(left, op, item);
      } else if (item.k === "field" && op === ":") {
        child = this.fieldField(left, op, item);
      }
      children.push(child ?? this.opaque(item.start, item.end, `list item not interpreted`));
    }
    const any = or(children);
    return negated ? not(any) : any;
  }
  /** A function call used as a condition. */
  callPredicate(call2) {
    const name = call2.name.toLowerCase();
    const [first, ...rest] = call2.args;
    const strings3 = rest.every((a) => a.k === "string") ? rest : null;
    if (first?.k === "field" && strings3 !== null && strings3.length > 0) {
      const shape = WILDCARD_FUNCTIONS.get(name);
      if (shape !== void 0)
        return or(
          strings3.map(
            (s) => this.pred(first, "wildcard", buildPattern(shape(s.value)), !call2.insensitive, s.start)
          )
        );
      if (name === "cidrmatch") return or(strings3.map((s) => this.pred(first, "cidr", s.value, false, s.start)));
    }
    return this.opaque(call2.start, call2.end, `function \`${call2.name}\` not interpreted`);
  }
  /** A value standing alone as a condition (`true`, `?field`, `length(x)`). */
  condition(v) {
    if (v.k === "call") return this.callPredicate(v);
    if (v.k === "search") return v.expr;
    if (v.k === "bool" || v.k === "null" || v.k === "number" || v.k === "string")
      return this.opaque(v.start, v.end, "constant condition");
    if (v.k === "field") return this.opaque(v.start, v.end, "a field used as a condition");
    return this.opaque(v.start, v.end, computedReason([v]));
  }
  equality(field, lit, caseSensitive) {
    if (lit.k === "null") return this.pred(field, "null", null, false, lit.start);
    return this.pred(field, "eq", literalText2(lit), caseSensitive, lit.start);
  }
  fieldLiteral(field, op, lit) {
    switch (op) {
      case "==":
        return this.equality(field, lit, true);
      case "!=":
        return lit.k === "null" ? this.pred(field, "exists", null, false, lit.start) : not(this.equality(field, lit, true));
      case "<":
      case "<=":
      case ">":
      case ">=":
        return lit.k === "null" ? null : this.pred(field, RANGE_OPS[op], literalText2(lit), true, lit.start);
      case ":":
        return this.match(field, lit, false);
      case "!:": {
        const m = this.match(field, lit, false);
        return m === null ? null : not(m);
      }
      case "like":
      case "like~":
        return lit.k === "string" ? this.match(field, lit, op === "like") : null;
      case "regex":
      case "regex~": {
        if (lit.k !== "string") return null;
        const p = this.pred(field, "regex", lit.value, op === "regex", lit.start);
        if (op === "regex~") p.flags = "i";
        return p;
      }
      case "in":
      case "in~":
        return this.equality(field, lit, op === "in");
    }
  }
  /** `:` / `like`: a wildcard when the value has `*` or `?`, else an equality. */
  match(field, lit, caseSensitive) {
    if (lit.k !== "string") return this.equality(field, lit, caseSensitive);
    const v = lit.value;
    return v.includes("*") || v.includes("?") ? this.pred(field, "wildcard", eqlWildcard(v), caseSensitive, lit.start) : this.pred(field, "eq", v, caseSensitive, lit.start);
  }
  fieldField(left, op, right) {
    if (op === "==" || op === ":") return this.pred(left, "fieldref", right.name, op === "==", right.start);
    if (op === "!=" || op === "!:")
      return not(this.pred(left, "fieldref", right.name, op === "!=", right.start));
    return null;
  }
};
function not(child) {
  return { kind: "not", child };
}
function literalText2(lit) {
  switch (lit.k) {
    case "string":
    case "bool":
      return lit.value;
    case "number":
      return lit.text;
  }
}
function eqlWildcard(value) {
  return value.includes("\\") ? value.replace(/\\(?=[*?\\]|$)/g, "\\\\") : value;
}
var WILDCARD_FUNCTIONS = /* @__PURE__ */ new Map([
  ["stringcontains", (v) => ["*", { lit: v }, "*"]],
  ["startswith", (v) => [{ lit: v }, "*"]],
  ["endswith", (v) => ["*", { lit: v }]]
]);
function computedReason(values) {
  const calls = [];
  for (const v of values) {
    if (v.k === "call") calls.push(v.name);
    else if (v.k === "search") calls.push("_arraysearch");
    else if (v.k === "computed") for (const c of v.calls) calls.push(c.name);
  }
  if (calls.length === 0) return "computed comparison not interpreted";
  const unique3 = [...new Set(calls)];
  return `function ${unique3.map((c) => `\`${c}\``).join(", ")} not interpreted`;
}

// src/query/eql/parser.ts
var MAX_DEPTH3 = MAX_QUERY_DEPTH;
var COMPARE_OPS = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">=", ":", "!:"]);
var STRING_PREDICATES = /* @__PURE__ */ new Set(["like", "like~", "regex", "regex~"]);
var SyntaxFailure = class {
  constructor(token) {
    this.token = token;
  }
  token;
};
var RELATIONSHIPS = /* @__PURE__ */ new Set(["descendant", "child", "event"]);
var EqlParser = class {
  constructor(source, dialect = "elasticsearch") {
    this.source = source;
    this.dialect = dialect;
    const { tokens, problems } = lex2(source.text, { spacedDots: dialect === "endpoint" });
    this.tokens = tokens;
    for (const p of problems) this.report("error", p.code, p.offset, p.message);
    this.build = new PredicateBuilder(source);
  }
  source;
  dialect;
  tokens;
  diagnostics = [];
  build;
  i = 0;
  depth = 0;
  lastErrorOffset = -1;
  /** The `_arraysearch` variables in scope, innermost last: `$entry` \u2192 its array field. */
  scopes = [];
  parse() {
    const queries = [];
    const properties = {};
    const categories = [];
    const t = this.peek();
    if (t.kind === "eof") {
      if (!this.diagnostics.some((d) => d.severity === "error"))
        this.report("error", "eql/empty-query", 0, "the query is empty");
      return { queries, diagnostics: this.diagnostics, properties };
    }
    if (t.keyword && (t.value === "sequence" || t.value === "sample" || t.value === "join")) {
      properties[t.value] = this.steps(t, queries, categories);
    } else {
      const q = this.eventQuery();
      categories.push(q.category);
      queries.push({ label: "", expr: q.expr });
    }
    const pipes = this.pipes();
    if (pipes.length > 0) properties.pipes = pipes;
    const rest = this.peek();
    if (rest.kind !== "eof")
      this.report(
        "error",
        "eql/syntax",
        rest.start,
        `unexpected ${describe2(rest)} after the end of the query`
      );
    properties.eventCategories = categories;
    return { queries, diagnostics: this.diagnostics, properties };
  }
  // ------------------------------------------------------------------ tokens and errors
  peek(k = 0) {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (t.kind !== "eof") this.i++;
    return t;
  }
  isOp(op, k = 0) {
    const t = this.peek(k);
    return t.kind === "op" && t.value === op;
  }
  /** A plain word that is no EQL keyword (`as`). */
  isWord(word, k = 0) {
    const t = this.peek(k);
    return t.kind === "name" && !t.dotted && !t.optional && !t.variable && t.value === word;
  }
  /** An endpoint-dialect construct met in the Elasticsearch dialect: a warning. */
  endpointOnly(t, what) {
    if (this.dialect !== "endpoint")
      this.report(
        "warning",
        "eql/unsupported",
        t.start,
        `${what} belongs to Elastic Defend's endpoint EQL; Elasticsearch EQL does not support it`
      );
  }
  isKeyword(word, k = 0) {
    const t = this.peek(k);
    return t.kind === "name" && t.keyword === true && t.value === word;
  }
  report(severity, code2, offset, message3) {
    if (severity === "error") {
      if (offset === this.lastErrorOffset) return;
      this.lastErrorOffset = offset;
    }
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code2, message3));
  }
  /** Reports a syntax error at the current token. */
  complain(message3) {
    const t = this.peek();
    this.report("error", "eql/syntax", t.start, `${message3}, found ${describe2(t)}`);
  }
  /** Reports a syntax error at the current token and aborts to the nearest recovery point. */
  fail(message3) {
    this.complain(message3);
    throw new SyntaxFailure(this.i);
  }
  /** Aborts an operand nested deeper than MAX_DEPTH. */
  tooDeep() {
    this.report("error", "eql/too-deep", this.peek().start, `the query nests deeper than ${MAX_DEPTH3} levels`);
    throw new SyntaxFailure(this.i);
  }
  expectOp(op, what) {
    if (!this.isOp(op)) this.fail(`expected \`${op}\` ${what}`);
    return this.next();
  }
  /** Runs `fn`; after a syntax failure, skips to the next `[` (or the end) and returns `fallback`. */
  guard(fn, fallback) {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      while (this.peek().kind !== "eof" && !this.isOp("[")) this.next();
      return fallback;
    }
  }
  // ------------------------------------------------------------------ statements
  /** A `sequence`, `sample` or `join` after its keyword `t`: its steps' trees and its settings. */
  steps(t, queries, categories) {
    this.next();
    if (t.value === "join")
      this.report("warning", "eql/unsupported", t.start, "`join` is not supported by Elasticsearch EQL");
    const header = this.guard(() => this.header(t.value === "sequence"), { by: [] });
    const steps = [];
    while (this.isOp("[") || this.isOp("!") && this.isOp("[", 1)) {
      const missing2 = this.isOp("!");
      if (missing2) this.next();
      const step = this.step();
      if (missing2) step.info.missing = true;
      steps.push(step.info);
      categories.push(step.info.category);
      queries.push({
        label: `step ${steps.length}`,
        expr: missing2 ? { kind: "not", child: step.expr } : step.expr
      });
    }
    if (steps.length === 0) this.complain(`expected \`[\` to start the first ${t.value} step`);
    const out = { by: header.by };
    if (header.maxspan !== void 0) out.maxspan = header.maxspan;
    out.steps = steps.map(stepJson);
    if (this.isKeyword("until")) {
      const until = this.next();
      if (t.value === "sample")
        this.report("error", "eql/syntax", until.start, "`until` is not allowed in a `sample`");
      if (this.isOp("[")) {
        const step = this.step();
        categories.push(step.info.category);
        queries.push({ label: "until", expr: step.expr });
        out.until = stepJson(step.info);
      } else this.complain("expected `[` after `until`");
    }
    return out;
  }
  header(sequence) {
    const out = { by: [] };
    let by = false;
    let withSeen = false;
    for (; ; ) {
      if (this.isKeyword("by") && !by) {
        this.next();
        out.by = this.keys();
        by = true;
      } else if (this.isKeyword("with") && !withSeen && sequence) {
        const w = this.next();
        const params = this.params();
        withSeen = true;
        for (const [name, value, at] of params) {
          if (name === "maxspan") out.maxspan = value;
          else
            this.report(
              "error",
              "eql/syntax",
              at,
              `unknown sequence parameter \`${name}\` (expected \`maxspan\`)`
            );
        }
        if (params.length === 0)
          this.report("error", "eql/syntax", w.start, "expected `maxspan=` after `with`");
      } else return out;
    }
  }
  /** `key=value (, key=value)*` after `with`: [name, value, offset]. */
  params() {
    const out = [];
    do {
      const name = this.peek();
      if (name.kind !== "name") this.fail("expected a parameter such as `maxspan=5m` or `runs=2`");
      this.next();
      this.expectOp("=", `after \`${name.value}\``);
      const v = this.peek();
      if (v.kind === "duration") {
        this.next();
        out.push([name.value, v.value, name.start]);
      } else if (v.kind === "number") {
        this.next();
        const unit = this.peek();
        if (unit.kind === "name" && !unit.keyword && !unit.dotted && /^[a-z]+$/.test(unit.value)) {
          this.next();
          out.push([name.value, v.value + unit.value, name.start]);
        } else out.push([name.value, v.value, name.start]);
      } else this.fail(`expected a number or a duration (\`5m\`) for \`${name.value}\``);
    } while (this.isOp(",") && this.next());
    return out;
  }
  /** Join keys after `by`: field names (without `?`), or the text of other expressions. */
  keys() {
    const out = [];
    do {
      const v = this.value();
      out.push(v.k === "field" ? v.name : this.source.text.slice(v.start, v.end));
    } while (this.isOp(",") && this.next());
    return out;
  }
  step() {
    const open2 = this.next();
    const q = this.eventQuery();
    const info = { category: q.category };
    this.closeStep(open2);
    for (; ; ) {
      if (this.isKeyword("by") && info.by === void 0) {
        this.next();
        info.by = this.guard(() => this.keys(), []);
      } else if (this.isKeyword("with") && info.runs === void 0) {
        this.next();
        const params = this.guard(() => this.params(), []);
        for (const [name, value, at] of params) {
          const runs2 = Number(value);
          if (name === "runs" && Number.isInteger(runs2) && runs2 > 0) info.runs = runs2;
          else
            this.report(
              "error",
              "eql/syntax",
              at,
              `expected \`runs=\` and a positive integer, found \`${name}=${value}\``
            );
        }
      } else if (this.isWord("as") && info.alias === void 0) {
        const as = this.next();
        const name = this.peek();
        if (name.kind === "name" && !name.dotted && !name.keyword && !name.variable && !name.optional) {
          this.next();
          info.alias = name.value;
          this.endpointOnly(as, "`as` after a sequence step");
        } else this.complain("expected a name for the step after `as`");
      } else if (this.isKeyword("fork")) {
        const f = this.next();
        this.report(
          "warning",
          "eql/unsupported",
          f.start,
          "`fork` is not supported by Elasticsearch EQL; ignored"
        );
        if (this.isOp("=")) {
          this.next();
          if (this.isKeyword("true") || this.isKeyword("false")) this.next();
        }
      } else break;
    }
    return { expr: q.expr, info };
  }
  /** The `]` of the bracket `open`; when missing, reported and skipped to. */
  closeStep(open2) {
    if (this.isOp("]")) {
      this.next();
      return;
    }
    const { line, column } = this.source.pos(open2.start);
    this.complain(`expected \`]\` to close the step opened at ${line}:${column}`);
    this.skipTo("]");
  }
  /** Skips to the next `close` at depth 0 and consumes it; stops before a `[` or the end. */
  skipTo(close) {
    let depth = 0;
    for (; ; ) {
      const t = this.peek();
      if (t.kind === "eof") return;
      if (t.kind === "op") {
        if (depth === 0 && t.value === close) {
          this.next();
          return;
        }
        if (depth === 0 && t.value === "[") return;
        if (t.value === "(" || t.value === "[") depth++;
        else if ((t.value === ")" || t.value === "]") && depth > 0) depth--;
      }
      this.next();
    }
  }
  /** `category where expr` (or, after an error, the condition alone). */
  eventQuery() {
    const first = this.peek();
    const second = this.peek(1);
    const categoryLike = first.kind === "name" && !first.dotted && !first.optional && (!first.keyword || first.value === "any") || first.kind === "string";
    if (categoryLike && second.kind === "name" && second.keyword && second.value === "where") {
      this.next();
      this.next();
      return { category: first.value, expr: this.condition() };
    }
    if (categoryLike && (second.kind === "name" || second.kind === "string" || second.kind === "number")) {
      this.report(
        "error",
        "eql/syntax",
        second.start,
        `expected \`where\` after the event category ${describe2(first)}, found ${describe2(second)}`
      );
      const start = first.start;
      this.skipCondition();
      return { category: null, expr: this.build.opaque(start, this.lastEnd(start), "syntax error") };
    }
    if (first.kind === "eof" || this.isOp("]")) {
      this.complain("expected an event category and `where`");
      return { category: null, expr: this.build.opaque(first.start, first.start, "syntax error") };
    }
    this.report(
      "error",
      "eql/syntax",
      first.start,
      `expected an event category (\`process\`, \`any\`, ...) and \`where\` before the condition, found ${describe2(first)}`
    );
    return { category: null, expr: this.condition() };
  }
  /** Skips to the end of the current (sub)query: a `]` or `|` at depth 0, or the end. */
  skipCondition() {
    let depth = 0;
    for (; ; ) {
      const t = this.peek();
      if (t.kind === "eof") return;
      if (t.kind === "op") {
        if (depth === 0 && (t.value === "]" || t.value === "|")) return;
        if (t.value === "(" || t.value === "[") depth++;
        else if ((t.value === ")" || t.value === "]") && depth > 0) depth--;
      }
      this.next();
    }
  }
  /** End offset of the last consumed token (at least `start`). */
  lastEnd(start) {
    return this.i > 0 ? Math.max(start, this.tokens[this.i - 1].end) : start;
  }
  pipes() {
    const out = [];
    while (this.isOp("|")) {
      const bar = this.next();
      let depth = 0;
      let end = bar.end;
      for (; ; ) {
        const t = this.peek();
        if (t.kind === "eof" || depth === 0 && t.kind === "op" && t.value === "|") break;
        if (t.kind === "op" && (t.value === "(" || t.value === "[")) depth++;
        else if (t.kind === "op" && (t.value === ")" || t.value === "]") && depth > 0) depth--;
        end = t.end;
        this.next();
      }
      const text2 = this.source.text.slice(bar.end, end).trim();
      if (text2 === "") this.report("error", "eql/syntax", bar.start, "expected a pipe command after `|`");
      else out.push(text2);
    }
    return out;
  }
  // ------------------------------------------------------------------ conditions
  /** A whole condition; never throws. */
  condition() {
    return this.or();
  }
  or() {
    const children = [this.and()];
    while (this.isKeyword("or")) {
      this.next();
      children.push(this.and());
    }
    return orFlat(children);
  }
  and() {
    const children = [this.not()];
    while (this.isKeyword("and")) {
      this.next();
      children.push(this.not());
    }
    return andFlat(children);
  }
  not() {
    if (!this.isKeyword("not")) return this.term();
    this.next();
    if (this.depth >= MAX_DEPTH3) return this.giveUp();
    this.depth++;
    try {
      return { kind: "not", child: this.not() };
    } finally {
      this.depth--;
    }
  }
  /** Past MAX_DEPTH: the rest of the query is reported, skipped and kept as text. */
  giveUp() {
    const t = this.peek();
    this.report(
      "error",
      "eql/too-deep",
      t.start,
      `the query nests deeper than ${MAX_DEPTH3} levels; the rest is not read`
    );
    this.i = this.tokens.length - 1;
    this.lastErrorOffset = this.source.text.length;
    return this.build.opaque(t.start, this.source.text.length, "nested too deep");
  }
  /** One comparison, function call or parenthesised condition; recovers from syntax errors. */
  term() {
    const start = this.i;
    if (this.depth >= MAX_DEPTH3) return this.giveUp();
    this.depth++;
    try {
      return this.comparison();
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      return this.recover(start, e.token);
    } finally {
      this.depth--;
    }
  }
  comparison() {
    if (this.isOp("(")) {
      this.next();
      const inner = this.or();
      if (this.isOp(")")) this.next();
      else this.complain("expected `)` to close the parenthesis");
      return inner;
    }
    const t = this.peek();
    if (t.kind === "name" && !t.keyword && !t.dotted && this.isKeyword("of", 1)) return this.relationship();
    const left = this.value();
    const op = this.peek();
    if (op.kind === "op" && COMPARE_OPS.has(op.value)) {
      this.next();
      if ((op.value === ":" || op.value === "!:") && this.isOp("(")) {
        const items = this.list();
        return this.build.listComparison(
          left,
          op.value,
          false,
          items,
          left.start,
          this.lastEnd(left.start)
        );
      }
      const right = this.value();
      return this.build.comparison(left, op.value, right, left.start, right.end);
    }
    if (op.kind === "op" && op.value === "=" && this.dialect === "endpoint") {
      this.next();
      const right = this.value();
      return this.build.comparison(left, "==", right, left.start, right.end);
    }
    if (op.kind === "name" && op.keyword) {
      if (op.value === "in" || op.value === "in~" || op.value === "not" && (this.isKeyword("in", 1) || this.isKeyword("in~", 1))) {
        const negated = op.value === "not";
        if (negated) this.next();
        const kind = this.next().value;
        if (!this.isOp("(")) this.fail(`expected \`(\` after \`${kind}\``);
        const items = this.list();
        return this.build.listComparison(left, kind, negated, items, left.start, this.lastEnd(left.start));
      }
      if (STRING_PREDICATES.has(op.value)) {
        this.next();
        const kind = op.value;
        if (this.isOp("(")) {
          const items = this.list();
          return this.build.listComparison(left, kind, false, items, left.start, this.lastEnd(left.start));
        }
        const right = this.value();
        return this.build.comparison(left, kind, right, left.start, right.end);
      }
    }
    return this.build.condition(left);
  }
  /**
   * `descendant of [...]` and the like: a condition on another event (an ancestor), kept as
   * text. The endpoint dialect reads the inner query (for its diagnostics); the
   * Elasticsearch dialect does not support it.
   */
  relationship() {
    const name = this.next();
    this.next();
    if (!this.isOp("[")) this.fail(`expected \`[\` after \`${name.value} of\``);
    const open2 = this.next();
    if (this.dialect === "endpoint" && RELATIONSHIPS.has(name.value)) {
      const q = this.eventQuery();
      this.closeStep(open2);
      const what = q.category === null ? "another event" : `a \`${q.category}\` event`;
      return this.build.opaque(
        name.start,
        this.lastEnd(name.start),
        `\`${name.value} of [...]\`: a condition on ${what}, not this one`
      );
    }
    this.skipTo("]");
    this.report(
      "warning",
      "eql/unsupported",
      name.start,
      `\`${name.value} of [...]\` is not supported by Elasticsearch EQL`
    );
    return this.build.opaque(name.start, this.lastEnd(name.start), `\`${name.value} of\` not supported`);
  }
  /** `( item, item, ... )`, a trailing comma allowed. */
  list() {
    this.next();
    const items = [];
    while (!this.isOp(")")) {
      items.push(this.value());
      if (this.isOp(",")) this.next();
      else if (!this.isOp(")")) this.fail("expected `,` or `)` in the list");
    }
    if (items.length === 0) this.fail("expected at least one value in the list");
    this.next();
    return items;
  }
  /**
   * After a syntax failure at token `failed` in a term that began at token `start`: skips
   * to the next `and` / `or` / `|` at the term's depth, or to a `)` / `]` that closes an
   * enclosing group, and returns the skipped text as an opaque node.
   */
  recover(start, failed) {
    let depth = 0;
    for (let k = start; k < failed; k++) depth += nesting(this.tokens[k]);
    let j = Math.max(failed, start);
    for (; ; ) {
      const t = this.tokens[j];
      if (t.kind === "eof") break;
      if (depth === 0 && (t.keyword && (t.value === "and" || t.value === "or") || t.kind === "op" && t.value === "|"))
        break;
      const d = nesting(t);
      if (d < 0 && depth === 0) break;
      depth += d;
      j++;
    }
    this.i = j;
    const from = this.tokens[start].start;
    const to = j > start ? this.tokens[j - 1].end : from;
    return this.build.opaque(from, to, "syntax error");
  }
  // ------------------------------------------------------------------ operands
  value() {
    let left = this.product();
    while (this.isOp("+") || this.isOp("-")) {
      this.next();
      const right = this.product();
      left = computed(left, right);
    }
    return left;
  }
  product() {
    let left = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      this.next();
      const right = this.unary();
      left = computed(left, right);
    }
    return left;
  }
  unary() {
    if (this.isOp("-") || this.isOp("+")) {
      const sign = this.next();
      if (this.depth >= MAX_DEPTH3) this.tooDeep();
      this.depth++;
      try {
        const v = this.unary();
        if (v.k === "number")
          return {
            k: "number",
            text: sign.value === "-" ? `-${v.text}` : v.text,
            start: sign.start,
            end: v.end
          };
        return { k: "computed", calls: callsOf(v), start: sign.start, end: v.end };
      } finally {
        this.depth--;
      }
    }
    return this.primary();
  }
  primary() {
    const t = this.peek();
    switch (t.kind) {
      case "string":
        this.next();
        return { k: "string", value: t.value, start: t.start, end: t.end };
      case "number":
        this.next();
        return { k: "number", text: t.value, start: t.start, end: t.end };
      case "name":
        if (t.keyword) {
          if (t.value === "true" || t.value === "false") {
            this.next();
            return { k: "bool", value: t.value, start: t.start, end: t.end };
          }
          if (t.value === "null") {
            this.next();
            return { k: "null", start: t.start, end: t.end };
          }
          break;
        }
        this.next();
        if (t.variable === true) return this.variable(t);
        if (!t.dotted && !t.optional && this.isOp("(")) {
          if (t.value.toLowerCase() === "_arraysearch") return this.arraySearch(t);
          return this.call(t);
        }
        if (t.insensitive) {
          this.i--;
          break;
        }
        return { k: "field", name: t.value, start: t.start, end: t.end };
      case "op":
        if (t.value === "(") {
          this.next();
          if (this.depth >= MAX_DEPTH3) this.tooDeep();
          this.depth++;
          try {
            const inner = this.value();
            const close = this.expectOp(")", "to close the parenthesis");
            return { k: "computed", calls: callsOf(inner), start: t.start, end: close.end };
          } finally {
            this.depth--;
          }
        }
        break;
      default:
        break;
    }
    return this.fail("expected a field, a value or a function call");
  }
  /** `$entry.sub` inside `_arraysearch(array, $entry, ...)`: the field `array.sub`. */
  variable(t) {
    const dot = t.value.indexOf(".");
    const variable = dot === -1 ? t.value : t.value.slice(0, dot);
    for (let k = this.scopes.length - 1; k >= 0; k--) {
      const scope = this.scopes[k];
      if (scope.variable !== variable) continue;
      const name = dot === -1 ? scope.array : `${scope.array}${t.value.slice(dot)}`;
      return { k: "field", name, array: scope.array, start: t.start, end: t.end };
    }
    this.report(
      "error",
      "eql/unknown-variable",
      t.start,
      `\`${variable}\` is not declared here: a \`$\` variable names the element in \`_arraysearch(array, ${variable}, ...)\``
    );
    throw new SyntaxFailure(this.i);
  }
  /**
   * `_arraysearch(array, $var, condition)`: true when one element of `array` matches
   * `condition`, where `$var.sub` is the element's field `sub` (read as `array.sub`).
   */
  arraySearch(name) {
    this.endpointOnly(name, "`_arraysearch`");
    this.next();
    if (this.depth >= MAX_DEPTH3) this.tooDeep();
    this.depth++;
    try {
      const array = this.value();
      if (array.k !== "field") this.fail("expected the array field as the first argument of `_arraysearch`");
      this.expectOp(",", "after the array of `_arraysearch`");
      const v = this.peek();
      if (v.kind !== "name" || v.variable !== true || v.dotted === true)
        this.fail("expected a `$` variable (`$entry`) as the second argument of `_arraysearch`");
      this.next();
      this.expectOp(",", `after \`${v.value}\``);
      this.scopes.push({ variable: v.value, array: array.name });
      let expr;
      try {
        expr = this.or();
      } finally {
        this.scopes.pop();
      }
      const close = this.expectOp(")", "to close `_arraysearch`");
      return { k: "search", expr, start: name.start, end: close.end };
    } finally {
      this.depth--;
    }
  }
  call(name) {
    const insensitive = name.insensitive === true;
    const fn = insensitive ? name.value.slice(0, -1) : name.value;
    if (!KNOWN_FUNCTIONS.has(fn.toLowerCase()))
      this.report(
        "notice",
        "eql/unknown-function",
        name.start,
        `unknown function \`${fn}\`: Elasticsearch EQL does not define it; kept as text`
      );
    this.next();
    const args = [];
    if (this.depth >= MAX_DEPTH3) this.tooDeep();
    this.depth++;
    try {
      while (!this.isOp(")")) {
        args.push(this.value());
        if (this.isOp(",")) this.next();
        else if (!this.isOp(")")) this.fail(`expected \`,\` or \`)\` in the arguments of \`${fn}\``);
      }
    } finally {
      this.depth--;
    }
    const close = this.next();
    return { k: "call", name: fn, insensitive, args, start: name.start, end: close.end };
  }
};
function nesting(t) {
  if (t.kind !== "op") return 0;
  if (t.value === "(" || t.value === "[") return 1;
  if (t.value === ")" || t.value === "]") return -1;
  return 0;
}
function computed(left, right) {
  return { k: "computed", calls: [...callsOf(left), ...callsOf(right)], start: left.start, end: right.end };
}
function callsOf(v) {
  if (v.k === "call") return [v];
  if (v.k === "computed") return v.calls;
  return [];
}
function stepJson(info) {
  const out = { category: info.category };
  if (info.alias !== void 0) out.alias = info.alias;
  if (info.by !== void 0) out.by = info.by;
  if (info.runs !== void 0) out.runs = info.runs;
  if (info.missing === true) out.missing = true;
  return out;
}
function describe2(t) {
  switch (t.kind) {
    case "eof":
      return "the end of the query";
    case "string":
      return "a string";
    default: {
      const text2 = t.kind === "name" ? (t.optional ? "?" : "") + t.value : t.value;
      return `\`${text2.length > 40 ? text2.slice(0, 39) + "\u2026" : text2}\``;
    }
  }
}

// src/query/eql/index.ts
function parseEql(source, options = {}) {
  try {
    return new EqlParser(source, options.dialect).parse();
  } catch (err) {
    const message3 = err instanceof Error ? err.message : String(err);
    return {
      queries: [],
      diagnostics: [
        queryDiagnostic(source, 0, "error", "eql/internal-error", `the EQL parser failed: ${message3}`)
      ],
      properties: {}
    };
  }
}

// src/query/esql/index.ts
init_text();

// src/query/esql/lexer.ts
var BACKSLASH2 = 92;
var QUOTE = 34;
function isBlank2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
function isLetter2(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isDigit3(c) {
  return c >= 48 && c <= 57;
}
function isIdBody(c) {
  return isLetter2(c) || isDigit3(c) || c === 95;
}
function scanString(text2, i) {
  const n = text2.length;
  if (text2.startsWith('"""', i)) {
    const close = text2.indexOf('"""', i + 3);
    if (close === -1) {
      const eol = text2.indexOf("\n", i);
      return { end: eol === -1 ? n : eol, unterminated: true };
    }
    let end = close + 3;
    for (let k = 0; k < 2 && text2.charCodeAt(end) === QUOTE; k++) end++;
    return { end, unterminated: false };
  }
  let j = i + 1;
  while (j < n) {
    const c = text2.charCodeAt(j);
    if (c === QUOTE) return { end: j + 1, unterminated: false };
    if (c === 10 || c === 13) return { end: j, unterminated: true };
    j += c === BACKSLASH2 ? 2 : 1;
  }
  return { end: n, unterminated: true };
}
function scanComment(text2, i) {
  if (text2.charCodeAt(i) !== 47) return null;
  const d = text2.charCodeAt(i + 1);
  if (d === 47) {
    const eol = text2.indexOf("\n", i);
    return { end: eol === -1 ? text2.length : eol, unterminated: false };
  }
  if (d === 42) {
    const close = text2.indexOf("*/", i + 2);
    return close === -1 ? { end: text2.length, unterminated: true } : { end: close + 2, unterminated: false };
  }
  return null;
}
function scanQuotedIdent(text2, i) {
  let j = i + 1;
  const n = text2.length;
  while (j < n) {
    if (text2.charCodeAt(j) === 96) {
      if (text2.charCodeAt(j + 1) === 96) {
        j += 2;
        continue;
      }
      return { end: j + 1, unterminated: false };
    }
    if (text2.charCodeAt(j) === 10) break;
    j++;
  }
  return { end: j, unterminated: true };
}
function decodeString(text2, start, end, withOffsets, badEscape) {
  const offsets = [];
  if (text2.startsWith('"""', start)) {
    const closed = end - start >= 6 && text2.startsWith('"""', end - 3);
    const contentEnd2 = Math.max(start + 3, closed ? end - 3 : end);
    if (withOffsets) for (let k = start + 3; k <= contentEnd2; k++) offsets.push(k);
    return { value: text2.slice(start + 3, contentEnd2), offsets };
  }
  const terminated = end - start >= 2 && text2.charCodeAt(end - 1) === QUOTE && !escapedAt(text2, start, end - 1);
  const contentEnd = terminated ? end - 1 : end;
  let value = "";
  let run8 = start + 1;
  let i = start + 1;
  while (i < contentEnd) {
    if (text2.charCodeAt(i) !== BACKSLASH2) {
      if (withOffsets) offsets.push(i);
      i++;
      continue;
    }
    const e = text2[i + 1];
    const decoded = e === '"' || e === "\\" ? e : e === "t" ? "	" : e === "n" ? "\n" : e === "r" ? "\r" : null;
    if (decoded === null || i + 1 >= contentEnd) {
      badEscape?.(i);
      if (withOffsets) offsets.push(i);
      i++;
      continue;
    }
    value += text2.slice(run8, i) + decoded;
    if (withOffsets) offsets.push(i);
    i += 2;
    run8 = i;
  }
  value += text2.slice(run8, contentEnd);
  if (withOffsets) offsets.push(contentEnd);
  return { value, offsets };
}
function escapedAt(text2, start, at) {
  let k = at - 1;
  let count2 = 0;
  while (k > start && text2.charCodeAt(k) === BACKSLASH2) {
    k--;
    count2++;
  }
  return count2 % 2 === 1;
}
var TWO_CHAR_OPS = /* @__PURE__ */ new Set(["==", "!=", "=~", "<=", ">=", "::"]);
function tokenize2(source, start, end, diagnostics) {
  const text2 = source.text;
  const tokens = [];
  let i = start;
  while (i < end) {
    const c = text2.charCodeAt(i);
    if (isBlank2(c)) {
      i++;
      continue;
    }
    const comment = c === 47 ? scanComment(text2, i) : null;
    if (comment) {
      i = Math.min(comment.end, end);
      continue;
    }
    const s = i;
    if (c === QUOTE) {
      const str4 = scanString(text2, i);
      const stop = Math.min(str4.end, end);
      const { value } = decodeString(
        text2,
        s,
        stop,
        false,
        (offset) => diagnostics.push(
          queryDiagnostic(
            source,
            offset,
            "warning",
            "esql/invalid-escape",
            `\`${text2.slice(offset, offset + 2)}\` is not an ES|QL escape (Elasticsearch rejects it): write \`\\\\\` for a backslash, or use a \`"""\` string`
          )
        )
      );
      tokens.push({ type: "string", start: s, end: stop, value });
      i = stop;
      continue;
    }
    if (c === 96) {
      const q = scanQuotedIdent(text2, i);
      const stop = Math.min(q.end, end);
      const inner = text2.slice(s + 1, q.unterminated ? stop : stop - 1).replace(/``/g, "`");
      tokens.push({ type: "quoted-ident", start: s, end: stop, value: inner });
      i = stop;
      continue;
    }
    if (isLetter2(c) || (c === 95 || c === 64) && isIdBody(text2.charCodeAt(i + 1))) {
      i++;
      while (i < end && isIdBody(text2.charCodeAt(i))) i++;
      tokens.push({ type: "ident", start: s, end: i, value: text2.slice(s, i) });
      continue;
    }
    if (isDigit3(c) || c === 46 && isDigit3(text2.charCodeAt(i + 1))) {
      i = scanNumber(text2, i, end);
      tokens.push({ type: "number", start: s, end: i, value: text2.slice(s, i) });
      continue;
    }
    if (c === 63) {
      i++;
      if (text2.charCodeAt(i) === 63) i++;
      while (i < end && isIdBody(text2.charCodeAt(i))) i++;
      tokens.push({ type: "param", start: s, end: i, value: text2.slice(s, i) });
      continue;
    }
    const two = text2.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ type: "op", start: s, end: i + 2, value: two });
      i += 2;
      continue;
    }
    const ch = text2[i];
    if ("()[]{},.".includes(ch)) {
      tokens.push({ type: ch, start: s, end: i + 1, value: ch });
      i++;
      continue;
    }
    if ("<>=:+-*/%".includes(ch)) {
      tokens.push({ type: "op", start: s, end: i + 1, value: ch });
      i++;
      continue;
    }
    const cp = String.fromCodePoint(text2.codePointAt(i) ?? c);
    tokens.push({ type: "bad", start: s, end: i + cp.length, value: cp });
    i += cp.length;
  }
  tokens.push({ type: "eof", start: end, end, value: "" });
  return tokens;
}
function scanNumber(text2, i, end) {
  while (i < end && isDigit3(text2.charCodeAt(i))) i++;
  if (text2.charCodeAt(i) === 46) {
    i++;
    while (i < end && isDigit3(text2.charCodeAt(i))) i++;
  }
  const e = text2.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const sign = text2.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (isDigit3(text2.charCodeAt(j))) {
      i = j;
      while (i < end && isDigit3(text2.charCodeAt(i))) i++;
    }
  }
  return Math.min(i, end);
}
var SECOND_WORDS = {
  INLINE: "STATS",
  LOOKUP: "JOIN",
  LEFT: "JOIN",
  RIGHT: "JOIN",
  FULL: "JOIN"
};
function splitCommands(source, diagnostics) {
  const text2 = source.text;
  const n = text2.length;
  const commands = [];
  let start = 0;
  let depth = 0;
  let fork = false;
  let named2 = false;
  const close = (end) => {
    commands.push({ ...readName(text2, start, end), pipe: start - 1 });
    start = end + 1;
    depth = 0;
    fork = false;
    named2 = false;
  };
  let i = 0;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (!named2 && !isBlank2(c) && !(c === 47 && scanComment(text2, i))) {
      named2 = true;
      fork = text2.slice(i, i + 4).toUpperCase() === "FORK" && !isIdBody(text2.charCodeAt(i + 4));
    }
    if (c === QUOTE) {
      const s = scanString(text2, i);
      if (s.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            "error",
            "esql/unterminated-string",
            text2.startsWith('"""', i) ? 'this `"""` string is never closed' : 'this string is never closed on its line: add the closing `"`'
          )
        );
      i = s.end;
      continue;
    }
    if (c === 96) {
      const q = scanQuotedIdent(text2, i);
      if (q.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            "error",
            "esql/syntax",
            "this backquoted name is never closed on its line"
          )
        );
      i = q.end;
      continue;
    }
    const comment = c === 47 ? scanComment(text2, i) : null;
    if (comment) {
      if (comment.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            "error",
            "esql/unterminated-comment",
            "this `/*` comment is never closed"
          )
        );
      i = comment.end;
      continue;
    }
    if (fork && c === 40) depth++;
    else if (fork && c === 41 && depth > 0) depth--;
    else if (c === 124 && depth === 0) close(i);
    i++;
  }
  close(n);
  return commands;
}
function readName(text2, start, end) {
  let i = skipBlank(text2, start, end);
  const s = i;
  while (i < end && (isLetter2(text2.charCodeAt(i)) || text2.charCodeAt(i) === 95)) i++;
  let name = text2.slice(s, i).toUpperCase();
  const second = SECOND_WORDS[name];
  if (second) {
    const j = skipBlank(text2, i, end);
    if (text2.slice(j, j + second.length).toUpperCase() === second && !isIdBody(text2.charCodeAt(j + second.length))) {
      name += " " + second;
      i = j + second.length;
    }
  }
  return { name, start: s, argsStart: i, end };
}
function skipBlank(text2, i, end) {
  while (i < end) {
    if (isBlank2(text2.charCodeAt(i))) {
      i++;
      continue;
    }
    const comment = scanComment(text2, i);
    if (!comment) break;
    i = comment.end;
  }
  return Math.min(i, end);
}

// src/query/esql/commands.ts
var KNOWN_COMMANDS2 = /* @__PURE__ */ new Set([
  "FROM",
  "TS",
  "ROW",
  "SHOW",
  "WHERE",
  "EVAL",
  "STATS",
  "INLINE STATS",
  "INLINESTATS",
  "KEEP",
  "DROP",
  "RENAME",
  "SORT",
  "LIMIT",
  "DISSECT",
  "GROK",
  "ENRICH",
  "MV_EXPAND",
  "LOOKUP JOIN",
  "LEFT JOIN",
  "RIGHT JOIN",
  "FULL JOIN",
  "COMPLETION",
  "CHANGE_POINT",
  "FORK",
  "FUSE",
  "RERANK",
  "SAMPLE",
  "INSIST",
  "EXPLAIN",
  "METRICS",
  "RRF"
]);
var AGGREGATIONS = /* @__PURE__ */ new Set(["STATS", "INLINE STATS", "INLINESTATS"]);
function readSources(text2, start, end) {
  const out = { indices: [], bad: [] };
  let i = start;
  while (i < end) {
    const c = text2.charCodeAt(i);
    if (isBlank2(c) || c === 44) {
      i++;
      continue;
    }
    const comment = c === 47 ? scanComment(text2, i) : null;
    if (comment) {
      i = comment.end;
      continue;
    }
    if (c === 34) {
      const s2 = scanString(text2, i);
      const stop = Math.min(s2.end, end);
      out.indices.push({ name: decodeString(text2, i, stop, false).value, start: i });
      i = stop;
      continue;
    }
    const s = i;
    while (i < end && isSourceChar(text2, i)) i++;
    if (i === s) {
      out.bad.push(i);
      i++;
      continue;
    }
    const name = text2.slice(s, i);
    if (name.toUpperCase() === "METADATA") break;
    out.indices.push({ name, start: s });
  }
  return out;
}
function isSourceChar(text2, i) {
  const c = text2.charCodeAt(i);
  if (isBlank2(c)) return false;
  switch (c) {
    case 34:
    // "
    case 61:
    // =
    case 124:
    // |
    case 44:
    // ,
    case 91:
    // [
    case 93:
    // ]
    case 40:
    // (
    case 41:
      return false;
    case 47: {
      const d = text2.charCodeAt(i + 1);
      return d !== 42 && d !== 47;
    }
    default:
      return true;
  }
}
function splitArgs2(tokens) {
  const out = [];
  let current = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.type === "eof") break;
    if (t.type === "(" || t.type === "[" || t.type === "{") depth++;
    else if ((t.type === ")" || t.type === "]" || t.type === "}") && depth > 0) depth--;
    if (t.type === "," && depth === 0) {
      out.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}
function leadingName(tokens, from = 0) {
  const first = tokens[from];
  if (!first || first.type !== "ident" && first.type !== "quoted-ident") return null;
  let name = first.value;
  let k = from + 1;
  while (tokens[k]?.type === "." && (tokens[k + 1]?.type === "ident" || tokens[k + 1]?.type === "quoted-ident")) {
    name += "." + tokens[k + 1].value;
    k += 2;
  }
  return { name, length: k - from };
}
var isWord = (t, word) => t !== void 0 && t.type === "ident" && t.value.toUpperCase() === word;
var isAssign = (t) => t !== void 0 && t.type === "op" && t.value === "=";
function assignedNames(tokens, bareToo) {
  const names = [];
  for (const arg of splitArgs2(tokens)) {
    const lead = leadingName(arg);
    if (!lead) continue;
    if (isAssign(arg[lead.length])) names.push(lead.name);
    else if (bareToo && arg.length === lead.length) names.push(lead.name);
  }
  return names;
}
function createdFields(name, tokens) {
  switch (name) {
    case "EVAL":
    case "ROW":
      return assignedNames(tokens, false);
    case "RENAME": {
      const out = [];
      for (const arg of splitArgs2(tokens)) {
        const lead = leadingName(arg);
        if (!lead) continue;
        if (isAssign(arg[lead.length])) out.push(lead.name);
        else if (isWord(arg[lead.length], "AS")) {
          const target = leadingName(arg, lead.length + 1);
          if (target) out.push(target.name);
        }
      }
      return out;
    }
    case "DISSECT":
      return patternFields(tokens, dissectKeys);
    case "GROK":
      return patternFields(tokens, grokKeys);
    case "ENRICH": {
      const w = tokens.findIndex((t) => isWord(t, "WITH"));
      return w === -1 ? [] : assignedNames(tokens.slice(w + 1), true);
    }
    case "COMPLETION": {
      const lead = leadingName(tokens);
      return [lead && isAssign(tokens[lead.length]) ? lead.name : "completion"];
    }
    case "CHANGE_POINT": {
      const as = tokens.findIndex((t) => isWord(t, "AS"));
      if (as === -1) return ["type", "pvalue"];
      return splitArgs2(tokens.slice(as + 1)).map((arg) => leadingName(arg)?.name).filter((n) => n !== void 0);
    }
    default:
      return [];
  }
}
function patternFields(tokens, keys) {
  const pattern3 = tokens.find((t) => t.type === "string");
  return pattern3 ? keys(pattern3.value) : [];
}
function dissectKeys(pattern3) {
  const out = [];
  let i = pattern3.indexOf("%{");
  while (i !== -1) {
    const close = pattern3.indexOf("}", i + 2);
    if (close === -1) break;
    let key = pattern3.slice(i + 2, close);
    if (key.endsWith("->")) key = key.slice(0, -2);
    const modifier = key[0];
    if (modifier === "+") key = key.slice(1);
    const slash = key.indexOf("/");
    if (slash !== -1) key = key.slice(0, slash);
    if (key && modifier !== "?" && modifier !== "*" && modifier !== "&") out.push(key);
    i = pattern3.indexOf("%{", close + 1);
  }
  return out;
}
function grokKeys(pattern3) {
  const out = [];
  let i = pattern3.indexOf("%{");
  while (i !== -1) {
    const close = pattern3.indexOf("}", i + 2);
    if (close === -1) break;
    const parts = pattern3.slice(i + 2, close).split(":");
    if (parts.length >= 2 && parts[1]) out.push(parts[1]);
    i = pattern3.indexOf("%{", close + 1);
  }
  let g = pattern3.indexOf("(?<");
  while (g !== -1) {
    const close = pattern3.indexOf(">", g + 3);
    if (close === -1) break;
    const name = pattern3.slice(g + 3, close);
    if (name && !name.startsWith("=") && !name.startsWith("!")) out.push(name);
    g = pattern3.indexOf("(?<", close + 1);
  }
  return out;
}

// src/query/esql/where.ts
init_ir();
init_text();
init_wildcard();

// src/query/kql/parser.ts
init_wildcard();
init_text();

// src/query/kql/lexer.ts
var BACKSLASH3 = 92;
function isSpecial(c) {
  return c === 40 || // (
  c === 41 || // )
  c === 58 || // :
  c === 60 || // <
  c === 62 || // >
  c === 34 || // "
  c === 123 || // {
  c === 125;
}
function isBlank3(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function isEscapable(c) {
  return isSpecial(c) || c === BACKSLASH3 || c === 42 || c === 32;
}
function keywordType(text2) {
  if (text2.length < 2 || text2.length > 3) return null;
  const lower2 = text2.toLowerCase();
  return lower2 === "and" || lower2 === "or" || lower2 === "not" ? lower2 : null;
}
function tokenize3(source, diagnostics) {
  const text2 = source.text;
  const n = text2.length;
  const tokens = [];
  let i = 0;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (isBlank3(c)) {
      i++;
      continue;
    }
    const start = i;
    switch (c) {
      case 40:
      case 41:
      case 123:
      case 125:
      case 58:
        tokens.push({ type: text2[i], start, end: i + 1, value: text2[i] });
        i++;
        continue;
      case 60:
      case 62: {
        const op = text2.charCodeAt(i + 1) === 61 ? text2.slice(i, i + 2) : text2[i];
        i += op.length;
        tokens.push({ type: "range", start, end: i, value: op });
        continue;
      }
      case 34: {
        const { value, end, terminated } = readQuoted(text2, i);
        if (!terminated)
          diagnostics.push(
            queryDiagnostic(
              source,
              start,
              "error",
              "kql/unterminated-string",
              'this quoted string is never closed: add the closing `"`'
            )
          );
        tokens.push({ type: "string", start, end, value });
        i = end;
        continue;
      }
    }
    while (i < n) {
      const d = text2.charCodeAt(i);
      if (d === BACKSLASH3) {
        const e = text2.charCodeAt(i + 1);
        if (isUnicodeEscape(text2, i, n)) {
          i += 6;
          continue;
        }
        if (i + 1 >= n || !(isEscapable(e) || isWhitespaceEscape(e) || startsKeyword(text2, i + 1))) {
          diagnostics.push(
            queryDiagnostic(
              source,
              i,
              "warning",
              "kql/invalid-escape",
              i + 1 >= n ? "a backslash ends the query: it is kept as a literal backslash" : `\`\\${String.fromCodePoint(text2.codePointAt(i + 1) ?? e)}\` is not a KQL escape: the backslash is kept literally (write \`\\\\\` for a backslash)`
            )
          );
          i++;
          continue;
        }
        i += 2;
        continue;
      }
      if (isBlank3(d) || isSpecial(d)) break;
      i++;
    }
    const raw = text2.slice(start, i);
    tokens.push({ type: keywordType(raw) ?? "word", start, end: i, value: raw });
  }
  tokens.push({ type: "eof", start: n, end: n, value: "" });
  return tokens;
}
function isUnicodeEscape(text2, i, end) {
  return text2.charCodeAt(i + 1) === 117 && i + 6 <= end && isHex(text2.charCodeAt(i + 2)) && isHex(text2.charCodeAt(i + 3)) && isHex(text2.charCodeAt(i + 4)) && isHex(text2.charCodeAt(i + 5));
}
function isWhitespaceEscape(c) {
  return c === 116 || c === 114 || c === 110;
}
function startsKeyword(text2, i) {
  for (const k of ["and", "or", "not"]) if (text2.slice(i, i + k.length).toLowerCase() === k) return true;
  return false;
}
function readQuoted(text2, start) {
  const n = text2.length;
  let i = start + 1;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 34) return { value: decodeQuoted(text2, start + 1, i), end: i + 1, terminated: true };
    i += c === BACKSLASH3 ? 2 : 1;
  }
  const eol = text2.indexOf("\n", start);
  const end = eol === -1 ? n : eol;
  return { value: decodeQuoted(text2, start + 1, end), end, terminated: false };
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function decodeQuoted(text2, start, end) {
  let out = "";
  let run8 = start;
  let i = start;
  while (i < end) {
    if (text2.charCodeAt(i) !== BACKSLASH3 || i + 1 >= end) {
      i++;
      continue;
    }
    const e = text2[i + 1];
    let decoded = null;
    let width2 = 2;
    if (e === '"' || e === "\\") decoded = e;
    else if (e === "t") decoded = "	";
    else if (e === "r") decoded = "\r";
    else if (e === "n") decoded = "\n";
    else if (isUnicodeEscape(text2, i, end)) {
      decoded = String.fromCharCode(parseInt(text2.slice(i + 2, i + 6), 16));
      width2 = 6;
    }
    if (decoded === null) {
      i++;
      continue;
    }
    out += text2.slice(run8, i) + decoded;
    i += width2;
    run8 = i;
  }
  return out + text2.slice(run8, end);
}
function decodeUnquoted(text2, start, end) {
  const parts = [];
  let lit = "";
  let run8 = start;
  let i = start;
  while (i < end) {
    const c = text2.charCodeAt(i);
    if (c !== 42 && !(c === BACKSLASH3 && i + 1 < end)) {
      i++;
      continue;
    }
    lit += text2.slice(run8, i);
    if (c === 42) {
      if (lit) parts.push({ lit });
      lit = "";
      parts.push("*");
      i++;
    } else {
      const e = text2.charCodeAt(i + 1);
      if (isUnicodeEscape(text2, i, end)) {
        lit += String.fromCharCode(parseInt(text2.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (isWhitespaceEscape(e)) {
        lit += e === 116 ? "	" : e === 114 ? "\r" : "\n";
        i += 2;
      } else if (isEscapable(e) || startsKeyword(text2, i + 1)) {
        lit += text2[i + 1];
        i += 2;
      } else {
        lit += "\\";
        i++;
      }
    }
    run8 = i;
  }
  lit += text2.slice(run8, end);
  if (lit) parts.push({ lit });
  return parts;
}

// src/query/kql/parser.ts
var MAX_DEPTH4 = MAX_QUERY_DEPTH;
var MATCH_ALL = "matches every document";
var RANGE_OPS2 = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };
var KqlParser = class extends TokenCursor {
  /** Open `(` and `{`: a closing bracket with none open is unbalanced. */
  parens = 0;
  braces = 0;
  /** Field prefix inside nested queries (`a:{ b:1 }` compares `a.b`). */
  prefix = "";
  constructor(source, diagnostics) {
    super(tokenize3(source, diagnostics), MAX_DEPTH4, source, diagnostics);
  }
  parse() {
    if (this.tokens[0].type === "eof") return null;
    let expr;
    try {
      expr = this.or();
    } catch (err) {
      if (!(err instanceof TooDeep)) throw err;
      this.error(err.start, "kql/too-deep", `the query nests more than ${MAX_DEPTH4} levels deep`);
      return null;
    }
    if (expr && expr.kind === "opaque" && expr.reason === MATCH_ALL) return null;
    return expr;
  }
  // -- tokens ----------------------------------------------------------------------------
  /** A closing bracket with no matching opening one: reported and skipped. */
  isStrayCloser(t) {
    return t.type === ")" && this.parens === 0 || t.type === "}" && this.braces === 0;
  }
  skipStrayCloser(t) {
    this.error(t.start, "kql/unbalanced-parens", `${describe3(t)} closes nothing: no \`${open(t)}\` is open`);
    this.next();
  }
  // -- query level -----------------------------------------------------------------------
  or() {
    const children = [];
    push(children, this.and());
    while (this.peek().type === "or") {
      this.next();
      push(children, this.and());
    }
    return children.length === 0 ? null : orFlat(children);
  }
  and() {
    const children = [];
    push(children, this.not());
    let skipped2 = false;
    for (; ; ) {
      const t = this.peek();
      if (t.type === "and") {
        this.next();
        push(children, this.not());
      } else if (t.type === "or" || t.type === "eof") break;
      else if (t.type === ")" || t.type === "}") {
        if (!this.isStrayCloser(t)) break;
        this.skipStrayCloser(t);
        skipped2 = true;
        continue;
      } else if (t.type === ":" || t.type === "{" || t.type === "range") {
        this.error(t.start, "kql/syntax", `unexpected ${describe3(t)}: a field name should come before it`);
        this.next();
        skipped2 = true;
        continue;
      } else {
        if (!skipped2)
          this.error(
            t.start,
            "kql/syntax",
            `expected \`and\`, \`or\` or the end of the query before ${describe3(t)}; read as \`and\``
          );
        push(children, this.not());
      }
      skipped2 = false;
    }
    return children.length === 0 ? null : andFlat(children);
  }
  not() {
    const t = this.peek();
    if (t.type !== "not") return this.primary();
    this.next();
    this.enter(t);
    const child = this.not();
    this.leave();
    return child ? { kind: "not", child } : null;
  }
  primary() {
    let skipped2 = false;
    for (; ; ) {
      const t = this.peek();
      switch (t.type) {
        case "(":
          return this.group(() => this.or());
        case "word":
        case "string":
          return this.expression();
        case "not":
          return this.not();
        case ")":
        case "}":
          if (this.isStrayCloser(t)) {
            this.skipStrayCloser(t);
            skipped2 = true;
            continue;
          }
          this.error(t.start, "kql/syntax", `expected a field or a value, found ${describe3(t)}`);
          return null;
        case "and":
        case "or":
          this.error(t.start, "kql/syntax", `expected a field or a value before ${describe3(t)}`);
          return null;
        case "eof":
          if (!skipped2)
            this.error(t.start, "kql/syntax", "the query ends where a field or a value is expected");
          return null;
        case ":":
        case "{":
        case "range":
          this.error(t.start, "kql/syntax", `unexpected ${describe3(t)}: a field name should come before it`);
          this.next();
          skipped2 = true;
          continue;
      }
    }
  }
  /** `( inner )`: the inner expression; an unclosed `(` is reported at itself. */
  group(inner) {
    const open2 = this.next();
    this.enter(open2);
    this.parens++;
    const e = inner();
    this.parens--;
    this.leave();
    if (this.peek().type === ")") this.next();
    else this.error(open2.start, "kql/unbalanced-parens", "this `(` is never closed: add the `)`");
    return e;
  }
  /** A term starting with a word or a string: `field: ...`, `field < x`, or a keyword term. */
  expression() {
    const after = this.peek(1);
    if (after.type === ":") {
      const fieldTok = this.next();
      this.next();
      const field = this.prefix + this.fieldName(fieldTok);
      if (this.peek().type === "{") return this.nested(field);
      return this.values(field);
    }
    if (after.type === "range") {
      const fieldTok = this.next();
      const opTok = this.next();
      const field = this.prefix + this.fieldName(fieldTok);
      const v = this.peek();
      if (v.type !== "word" && v.type !== "string") {
        this.error(v.start, "kql/syntax", `expected a value after ${describe3(opTok)}, found ${describe3(v)}`);
        return null;
      }
      const { first, last } = this.valueTokens();
      const value = first.type === "string" ? first.value : literalOf(this.decode(first, last));
      return this.pred(field, RANGE_OPS2[opTok.value], value, true, first.start);
    }
    return this.keywordTerm();
  }
  fieldName(t) {
    if (t.type === "string") return t.value;
    return this.decode(t, t).map((p) => p === "*" ? "*" : p.lit).join("");
  }
  /** `field:{ query }`: the inner fields are relative to `field`. */
  nested(field) {
    const open2 = this.next();
    this.enter(open2);
    this.braces++;
    const saved = this.prefix;
    this.prefix = field + ".";
    const e = this.or();
    this.prefix = saved;
    this.braces--;
    this.leave();
    if (this.peek().type === "}") this.next();
    else this.error(open2.start, "kql/unbalanced-parens", "this `{` is never closed: add the `}`");
    return e;
  }
  // -- value lists -----------------------------------------------------------------------
  values(field) {
    const t = this.peek();
    if (t.type === "word" || t.type === "string" || t.type === "(" || t.type === "not")
      return this.valueTerm(field);
    this.error(t.start, "kql/syntax", `expected a value after \`${field}:\`, found ${describe3(t)}`);
    return null;
  }
  valueOr(field) {
    const children = [];
    push(children, this.valueAnd(field));
    while (this.peek().type === "or") {
      this.next();
      push(children, this.valueAnd(field));
    }
    return children.length === 0 ? null : orFlat(children);
  }
  valueAnd(field) {
    const children = [];
    push(children, this.valueTerm(field));
    let skipped2 = false;
    for (; ; ) {
      const t = this.peek();
      if (t.type === "and") {
        this.next();
        push(children, this.valueTerm(field));
      } else if (t.type === "or" || t.type === "eof" || t.type === ")" || t.type === "}") break;
      else if (t.type === ":" || t.type === "{" || t.type === "range") {
        this.error(t.start, "kql/syntax", `unexpected ${describe3(t)} in the values of \`${field}\``);
        this.next();
        skipped2 = true;
        continue;
      } else {
        if (!skipped2)
          this.error(
            t.start,
            "kql/syntax",
            `expected \`and\`, \`or\` or \`)\` before ${describe3(t)}; read as \`and\``
          );
        push(children, this.valueTerm(field));
      }
      skipped2 = false;
    }
    return children.length === 0 ? null : andFlat(children);
  }
  valueTerm(field) {
    for (; ; ) {
      const t = this.peek();
      switch (t.type) {
        case "(":
          return this.group(() => this.valueOr(field));
        case "not": {
          this.next();
          this.enter(t);
          const child = this.valueTerm(field);
          this.leave();
          return child ? { kind: "not", child } : null;
        }
        case "word":
        case "string":
          return this.valuePredicate(field);
        case ":":
        case "{":
        case "range":
          this.error(t.start, "kql/syntax", `unexpected ${describe3(t)} in the values of \`${field}\``);
          this.next();
          continue;
        default:
          this.error(
            t.start,
            "kql/syntax",
            t.type === "eof" ? `the query ends where a value of \`${field}\` is expected` : `expected a value of \`${field}\`, found ${describe3(t)}`
          );
          return null;
      }
    }
  }
  // -- values ----------------------------------------------------------------------------
  /**
   * The tokens of one value: a string, or a run of words. Words are joined across
   * whitespace (`*S3 Browser*`) while the next word is not a keyword and not the field of
   * a new term (a word followed by `:` or a range operator).
   */
  valueTokens() {
    const first = this.next();
    let last = first;
    if (first.type === "word")
      while (this.peek().type === "word") {
        const after = this.peek(1).type;
        if (after === ":" || after === "range") break;
        const word = this.next();
        if (this.source.text.slice(last.end, word.start).includes("\n"))
          this.diagnostics.push(
            queryDiagnostic(
              this.source,
              word.start,
              "warning",
              "kql/multiline-value",
              `this unquoted value goes on from the line before: ${quote(this.source.text.slice(first.start, word.end))} is one value (is an \`or\` missing?)`
            )
          );
        last = word;
      }
    return { first, last };
  }
  decode(first, last) {
    return decodeUnquoted(this.source.text, first.start, last.end);
  }
  valuePredicate(field) {
    const { first, last } = this.valueTokens();
    if (first.type === "string") return this.pred(field, "eq", first.value, true, first.start);
    const parts = this.decode(first, last);
    if (!parts.includes("*")) return this.pred(field, "eq", literalOf(parts), true, first.start);
    if (parts.every((p) => p === "*")) return this.pred(field, "exists", null, false, first.start);
    return this.pred(field, "wildcard", patternOf(parts), true, first.start);
  }
  /**
   * A value with no field: a full-text match over the default fields. Analysed text fields
   * match it whatever the case, so it is not case-sensitive. A bare `*` matches everything.
   */
  keywordTerm() {
    const { first, last } = this.valueTokens();
    if (first.type === "string")
      return this.pred(null, "keyword", escapeLiteral(first.value), false, first.start);
    const parts = this.decode(first, last);
    if (parts.length > 0 && parts.every((p) => p === "*"))
      return { kind: "opaque", text: "*", reason: MATCH_ALL, pos: this.source.pos(first.start) };
    return this.pred(null, "keyword", patternOf(parts), false, first.start);
  }
  pred(field, op, value, caseSensitive, offset) {
    return {
      kind: "pred",
      field,
      sourceField: field,
      op,
      value,
      caseSensitive,
      pos: this.source.pos(offset)
    };
  }
};
function push(children, e) {
  if (e) children.push(e);
}
function literalOf(parts) {
  let out = "";
  for (const p of parts) out += p === "*" ? "*" : p.lit;
  return out;
}
function patternOf(parts) {
  return buildPattern(normalizeParts(parts));
}
function describe3(t) {
  switch (t.type) {
    case "eof":
      return "the end of the query";
    case "string":
      return "the string " + quote(JSON.stringify(t.value));
    default:
      return quote(t.value);
  }
}
function open(t) {
  return t.type === ")" ? "(" : "{";
}

// src/query/kql/index.ts
function parseKql(source) {
  const diagnostics = [];
  const expr = new KqlParser(source, diagnostics).parse();
  return { expr, diagnostics };
}

// src/query/lucene/parser.ts
init_wildcard();
init_text();

// src/query/lucene/lexer.ts
var BACKSLASH4 = 92;
function isBlank4(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12288;
}
function isTermStop(c) {
  return isBlank4(c) || c === 43 || // +
  c === 45 || // -
  c === 33 || // !
  c === 40 || // (
  c === 41 || // )
  c === 58 || // :
  c === 94 || // ^
  c === 91 || // [
  c === 93 || // ]
  c === 34 || // "
  c === 123 || // {
  c === 125 || // }
  c === 126 || // ~
  c === 47;
}
function tokenize4(source, diagnostics) {
  const text2 = source.text;
  const n = text2.length;
  const tokens = [];
  const error = (offset, code2, message3) => {
    diagnostics.push(queryDiagnostic(source, offset, "error", code2, message3));
  };
  const push4 = (type, start, end, value = text2.slice(start, end)) => {
    tokens.push({ type, start, end, value });
  };
  let i = 0;
  let inRange = false;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (isBlank4(c)) {
      i++;
      continue;
    }
    const start = i;
    if (inRange) {
      if (c === 93 || c === 125) {
        push4("range-end", i, i + 1);
        inRange = false;
        i++;
      } else if (c === 34) {
        i = readPhrase(text2, i, tokens, error);
      } else {
        while (i < n) {
          const d = text2.charCodeAt(i);
          if (isBlank4(d) || d === 93 || d === 125) break;
          i += d === BACKSLASH4 ? 2 : 1;
        }
        i = Math.min(i, n);
        const raw2 = text2.slice(start, i);
        push4(raw2 === "TO" ? "to" : "term", start, i);
      }
      continue;
    }
    switch (c) {
      case 40:
      case 41:
      case 58:
      case 43:
      case 45:
        push4(text2[i], i, i + 1);
        i++;
        continue;
      case 33:
        push4("not", i, i + 1);
        i++;
        continue;
      case 91:
      case 123:
        push4("range-start", i, i + 1);
        inRange = true;
        i++;
        continue;
      case 93:
      case 125:
        error(i, "lucene/syntax", `\`${text2[i]}\` closes no range`);
        i++;
        continue;
      case 94:
      case 126: {
        i++;
        while (i < n && isNumberChar(text2.charCodeAt(i))) i++;
        push4(c === 94 ? "^" : "~", start, i, text2.slice(start + 1, i));
        continue;
      }
      case 34:
        i = readPhrase(text2, i, tokens, error);
        continue;
      case 47: {
        i = readRegex(text2, i, tokens, error);
        continue;
      }
      case 38:
      // &&
      case 124:
        if (text2.charCodeAt(i + 1) === c) {
          push4(c === 38 ? "and" : "or", i, i + 2);
          i += 2;
          continue;
        }
        break;
      case 60:
      case 62:
        if (tokens.length > 0 && tokens[tokens.length - 1].type === ":") {
          const w = text2.charCodeAt(i + 1) === 61 ? 2 : 1;
          push4("cmp", i, i + w);
          i += w;
          continue;
        }
        break;
    }
    while (i < n) {
      const d = text2.charCodeAt(i);
      if (d === BACKSLASH4) {
        if (i + 1 >= n) {
          error(i, "lucene/syntax", "a backslash ends the query: it escapes nothing");
          i++;
          break;
        }
        i += 2;
        continue;
      }
      if (isTermStop(d) && !(i > start && (d === 43 || d === 45))) break;
      i++;
    }
    const raw = text2.slice(start, i);
    push4(raw === "AND" ? "and" : raw === "OR" ? "or" : raw === "NOT" ? "not" : "term", start, i);
  }
  tokens.push({ type: "eof", start: n, end: n, value: "" });
  return tokens;
}
function isNumberChar(c) {
  return c >= 48 && c <= 57 || c === 46;
}
function readPhrase(text2, start, tokens, error) {
  const n = text2.length;
  let out = "";
  let i = start + 1;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 34) {
      tokens.push({ type: "phrase", start, end: i + 1, value: out });
      return i + 1;
    }
    if (c === BACKSLASH4 && i + 1 < n) {
      out += text2[i + 1];
      i += 2;
    } else {
      out += text2[i];
      i++;
    }
  }
  error(start, "lucene/unterminated-string", 'this quoted phrase is never closed: add the closing `"`');
  const eol = text2.indexOf("\n", start);
  const end = eol === -1 ? n : eol;
  tokens.push({ type: "phrase", start, end, value: decodePhrase(text2, start + 1, end) });
  return end;
}
function decodePhrase(text2, start, end) {
  let out = "";
  for (let i = start; i < end; i++) {
    if (text2.charCodeAt(i) === BACKSLASH4 && i + 1 < end) i++;
    out += text2[i];
  }
  return out;
}
function readRegex(text2, start, tokens, error) {
  const n = text2.length;
  let out = "";
  let i = start + 1;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 47) {
      tokens.push({ type: "regex", start, end: i + 1, value: out });
      return i + 1;
    }
    if (c === BACKSLASH4 && i + 1 < n) {
      out += text2[i + 1] === "/" ? "/" : text2.slice(i, i + 2);
      i += 2;
    } else {
      out += text2[i];
      i++;
    }
  }
  error(start, "lucene/unterminated-regex", "this regular expression is never closed: add the closing `/`");
  tokens.push({ type: "regex", start, end: n, value: out });
  return n;
}
function decodeTerm(raw) {
  const parts = [];
  let lit = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      lit += raw[++i];
    } else if (c === "*" || c === "?") {
      if (lit) parts.push({ lit });
      lit = "";
      parts.push(c);
    } else lit += c;
  }
  if (lit) parts.push({ lit });
  return parts;
}

// src/query/lucene/parser.ts
var MAX_DEPTH5 = MAX_QUERY_DEPTH;
var CMP_OPS = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };
var LuceneParser = class extends TokenCursor {
  parens = 0;
  constructor(source, diagnostics) {
    super(tokenize4(source, diagnostics), MAX_DEPTH5, source, diagnostics);
  }
  parse() {
    let expr;
    try {
      expr = this.clauses(null);
    } catch (err) {
      if (!(err instanceof TooDeep)) throw err;
      this.error(err.start, "lucene/too-deep", `the query nests more than ${MAX_DEPTH5} levels deep`);
      return null;
    }
    if (expr && expr.kind === "opaque" && expr.reason === MATCH_ALL) return null;
    return expr;
  }
  diag(offset, severity, code2, message3) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code2, message3));
  }
  /** Clauses side by side, up to `)` (when one is open) or the end. */
  clauses(field) {
    const list3 = [];
    for (; ; ) {
      const t = this.peek();
      if (t.type === "eof") break;
      if (t.type === ")") {
        if (this.parens > 0) break;
        this.error(t.start, "lucene/unbalanced-parens", "`)` closes nothing: no `(` is open");
        this.next();
        continue;
      }
      if (t.type === "and" || t.type === "or") {
        this.error(t.start, "lucene/syntax", `expected a term before ${describe4(t)}`);
        this.next();
        continue;
      }
      const before = this.i;
      list3.push(this.or(field));
      if (this.i === before) this.next();
    }
    return this.combine(list3);
  }
  combine(list3) {
    const clauses = list3.filter((c) => c.expr !== null);
    if (clauses.length === 1) return applyMark(clauses[0]);
    const musts = clauses.filter((c) => c.mark === "must").map((c) => c.expr);
    const nots = clauses.filter((c) => c.mark === "must-not").map((c) => ({ kind: "not", child: c.expr }));
    const shoulds = clauses.filter((c) => c.mark === "should");
    if (musts.length > 0) {
      if (shoulds.length > 0)
        this.diag(
          shoulds[0].start,
          "notice",
          "lucene/optional-clause",
          "an optional clause beside a required (`+`) one does not filter anything: it is ignored"
        );
      return andFlat([...musts, ...nots]);
    }
    const parts = shoulds.length > 0 ? [orFlat(shoulds.map((c) => c.expr)), ...nots] : nots;
    return parts.length === 0 ? null : andFlat(parts);
  }
  or(field) {
    const first = this.and(field);
    if (this.peek().type !== "or") return first;
    const children = [];
    push2(children, applyMark(first));
    while (this.peek().type === "or") {
      this.next();
      const c = this.and(field);
      push2(children, applyMark(c));
    }
    return { expr: children.length === 0 ? null : orFlat(children), mark: "should", start: first.start };
  }
  and(field) {
    const first = this.unary(field);
    if (this.peek().type !== "and") return first;
    const children = [];
    push2(children, applyMark(first));
    while (this.peek().type === "and") {
      this.next();
      const c = this.unary(field);
      push2(children, applyMark(c));
    }
    return { expr: children.length === 0 ? null : andFlat(children), mark: "should", start: first.start };
  }
  unary(field) {
    const t = this.peek();
    if (t.type === "not" || t.type === "-" || t.type === "+") {
      this.next();
      this.enter(t);
      const inner = this.unary(field);
      this.leave();
      const expr2 = inner.expr && inner.mark === "must-not" ? { kind: "not", child: inner.expr } : inner.expr;
      return { expr: expr2, mark: t.type === "+" ? "must" : "must-not", start: t.start };
    }
    const expr = this.primary(field);
    if (this.peek().type === "^") this.next();
    return { expr, mark: "should", start: t.start };
  }
  primary(field) {
    const t = this.peek();
    switch (t.type) {
      case "(":
        return this.group(field);
      case "term":
        if (this.peek(1).type === ":") return this.fieldValue();
        return this.value(field);
      case "phrase":
      case "regex":
      case "range-start":
      case "cmp":
        return this.value(field);
      case "eof":
        this.error(t.start, "lucene/syntax", "the query ends where a term is expected");
        return null;
      case ")":
        this.error(t.start, "lucene/syntax", "expected a term, found `)`");
        return null;
      default:
        this.error(t.start, "lucene/syntax", `unexpected ${describe4(t)}`);
        this.next();
        return null;
    }
  }
  group(field) {
    const open2 = this.next();
    this.enter(open2);
    this.parens++;
    const e = this.clauses(field);
    this.parens--;
    this.leave();
    if (this.peek().type === ")") this.next();
    else this.error(open2.start, "lucene/unbalanced-parens", "this `(` is never closed: add the `)`");
    return e;
  }
  fieldValue() {
    const fieldTok = this.next();
    this.next();
    const field = literal2(decodeTerm(fieldTok.value));
    if (field === "_exists_") {
      const t2 = this.peek();
      if (t2.type !== "term" && t2.type !== "phrase") {
        this.error(
          t2.start,
          "lucene/syntax",
          `expected a field name after \`_exists_:\`, found ${describe4(t2)}`
        );
        return null;
      }
      this.next();
      const name = t2.type === "term" ? literal2(decodeTerm(t2.value)) : t2.value;
      return this.pred(name, "exists", null, false, t2.start);
    }
    const t = this.peek();
    if (t.type === "(") return this.group(field);
    if (t.type === "term" || t.type === "phrase" || t.type === "regex" || t.type === "range-start" || t.type === "cmp")
      return this.value(field);
    this.error(t.start, "lucene/syntax", `expected a value after \`${field}:\`, found ${describe4(t)}`);
    return null;
  }
  /** One value, compared with `field` (or field-less when null). */
  value(field) {
    const t = this.next();
    switch (t.type) {
      case "term": {
        const fuzzy = this.fuzziness();
        if (fuzzy !== null) return this.opaque(t, field, fuzzy, "fuzzy match");
        const parts = decodeTerm(t.value);
        this.lowercaseOperator(t);
        const wild = parts.some((p) => p === "*" || p === "?");
        if (parts.length > 0 && parts.every((p) => p === "*")) {
          if (field === null || field === "*") return this.matchAll(t);
          return this.pred(field, "exists", null, false, t.start);
        }
        if (field === null) return this.pred(null, "keyword", pattern(parts), false, t.start);
        return wild ? this.pred(field, "wildcard", pattern(parts), true, t.start) : this.pred(field, "eq", literal2(parts), true, t.start);
      }
      case "phrase": {
        const slop = this.fuzziness();
        if (slop !== null) return this.opaque(t, field, slop, "proximity match");
        return field === null ? this.pred(null, "keyword", escapeLiteral(t.value), false, t.start) : this.pred(field, "eq", t.value, true, t.start);
      }
      case "regex":
        return this.pred(field, "regex", t.value, true, t.start);
      case "cmp": {
        const v = this.peek();
        if (v.type !== "term" && v.type !== "phrase") {
          this.error(v.start, "lucene/syntax", `expected a value after \`${t.value}\`, found ${describe4(v)}`);
          return null;
        }
        this.next();
        const value = v.type === "term" ? literal2(decodeTerm(v.value)) : v.value;
        if (field === null) return this.opaque(t, null, "", "comparison without a field");
        return this.pred(field, CMP_OPS[t.value], value, true, v.start);
      }
      case "range-start":
        return this.range(field, t);
      default:
        this.error(t.start, "lucene/syntax", `unexpected ${describe4(t)}`);
        return null;
    }
  }
  /** `[a TO b]`, `{a TO b}` or mixed: `gte`/`gt` and `lte`/`lt`; `*` leaves a side open. */
  range(field, open2) {
    const isBound = (t) => t.type === "term" || t.type === "phrase";
    const expected = [
      isBound,
      (t) => t.type === "to",
      isBound,
      (t) => t.type === "range-end"
    ];
    const parts = [];
    for (const accepts of expected) {
      const t = this.peek();
      if (!accepts(t)) {
        this.error(
          t.start,
          "lucene/syntax",
          `expected a range \`[from TO to]\`, found ${describe4(t)}${t.type === "eof" ? " (the range is never closed)" : ""}`
        );
        while (this.peek().type !== "range-end" && this.peek().type !== "eof") this.next();
        if (this.peek().type === "range-end") this.next();
        return null;
      }
      parts.push(this.next());
    }
    const [lower2, , upper, close] = parts;
    if (field === null) return this.opaque(open2, null, "", "range without a field");
    const bound = (t) => {
      if (t.type === "phrase") return t.value;
      return t.value === "*" ? null : literal2(decodeTerm(t.value));
    };
    const lo = bound(lower2);
    const hi = bound(upper);
    const children = [];
    if (lo !== null) children.push(this.pred(field, open2.value === "[" ? "gte" : "gt", lo, true, lower2.start));
    if (hi !== null)
      children.push(this.pred(field, close.value === "]" ? "lte" : "lt", hi, true, upper.start));
    if (children.length === 0) return this.pred(field, "exists", null, false, lower2.start);
    return andFlat(children);
  }
  /** `~` or `~n` after a term or phrase: its text, or null when there is none. */
  fuzziness() {
    if (this.peek().type !== "~") return null;
    return "~" + this.next().value;
  }
  lowercaseOperator(t) {
    if (t.value === "and" || t.value === "or" || t.value === "not")
      this.diag(
        t.start,
        "warning",
        "lucene/lowercase-operator",
        `\`${t.value}\` is a search term here: Lucene operators are upper-case (\`${t.value.toUpperCase()}\`)`
      );
  }
  matchAll(t) {
    return { kind: "opaque", text: "*", reason: MATCH_ALL, pos: this.source.pos(t.start) };
  }
  /** The text from `t` up to the next token, after `field:` when there is a field. */
  opaque(t, field, suffix, reason2) {
    const written = this.source.text.slice(t.start, this.peek().start).trim() || t.value + suffix;
    const text2 = field === null ? written : `${field}:${written}`;
    return { kind: "opaque", text: text2, reason: reason2, pos: this.source.pos(t.start) };
  }
  pred(field, op, value, caseSensitive, offset) {
    return {
      kind: "pred",
      field,
      sourceField: field,
      op,
      value,
      caseSensitive,
      pos: this.source.pos(offset)
    };
  }
};
function push2(children, e) {
  if (e) children.push(e);
}
function applyMark(c) {
  if (!c.expr) return null;
  return c.mark === "must-not" ? { kind: "not", child: c.expr } : c.expr;
}
function literal2(parts) {
  let out = "";
  for (const p of parts) out += typeof p === "object" ? p.lit : p;
  return out;
}
function pattern(parts) {
  return buildPattern(normalizeParts(parts));
}
function describe4(t) {
  switch (t.type) {
    case "eof":
      return "the end of the query";
    case "phrase":
      return "the phrase " + quote(JSON.stringify(t.value));
    default:
      return quote(t.type === "^" || t.type === "~" ? t.type + t.value : t.value);
  }
}

// src/query/lucene/index.ts
function parseLucene(source) {
  const diagnostics = [];
  const expr = new LuceneParser(source, diagnostics).parse();
  return { expr, diagnostics };
}

// src/query/esql/where.ts
var EsqlSyntaxError = class {
  constructor(message3, offset, code2 = "esql/syntax") {
    this.message = message3;
    this.offset = offset;
    this.code = code2;
  }
  message;
  offset;
  code;
};
var MAX_DEPTH6 = MAX_QUERY_DEPTH;
var COMPARISONS2 = {
  "<": "lt",
  "<=": "lte",
  ">": "gt",
  ">=": "gte",
  "==": "eq",
  "=~": "eq",
  "!=": "eq"
};
var CONVERSIONS = /* @__PURE__ */ new Set([
  "TO_STRING",
  "TO_IP",
  "TO_INTEGER",
  "TO_INT",
  "TO_LONG",
  "TO_DOUBLE",
  "TO_DBL",
  "TO_UNSIGNED_LONG",
  "TO_UL",
  "TO_ULONG",
  "TO_BOOLEAN",
  "TO_BOOL",
  "TO_VERSION",
  "TO_VER",
  "TO_DATETIME",
  "TO_DT"
]);
var FLIPPED2 = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
var WhereParser = class {
  constructor(ctx, tokens) {
    this.ctx = ctx;
    this.tokens = tokens;
  }
  ctx;
  tokens;
  i = 0;
  depth = 0;
  /** Diagnostics of this parse (kept by the caller only when the parse succeeds). */
  diagnostics = [];
  /** Parses the whole token list as one boolean expression. */
  parse() {
    const node = this.or();
    const t = this.peek();
    if (t.type !== "eof")
      throw new EsqlSyntaxError(`expected AND, OR or the end of the clause, found ${describe5(t)}`, t.start);
    return this.toBool(node);
  }
  // -- tokens ----------------------------------------------------------------------------
  peek(k = 0) {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  isWord(t, word) {
    return t.type === "ident" && t.value.length === word.length && t.value.toUpperCase() === word;
  }
  isOp(t, op) {
    return t.type === "op" && t.value === op;
  }
  expect(type, what) {
    const t = this.peek();
    if (t.type !== type) throw new EsqlSyntaxError(`expected ${what}, found ${describe5(t)}`, t.start);
    return this.next();
  }
  enter(t) {
    if (++this.depth > MAX_DEPTH6)
      throw new EsqlSyntaxError(
        `the expression nests deeper than ${MAX_DEPTH6} levels`,
        t.start,
        "esql/too-deep"
      );
  }
  text(start, end) {
    return this.ctx.source.text.slice(start, end);
  }
  // -- boolean level ---------------------------------------------------------------------
  or() {
    const first = this.and();
    if (!this.isWord(this.peek(), "OR")) return first;
    const children = [];
    push3(children, this.toBool(first));
    let end = first.end;
    while (this.isWord(this.peek(), "OR")) {
      this.next();
      const n = this.and();
      push3(children, this.toBool(n));
      end = n.end;
    }
    return { kind: "bool", expr: children.length === 0 ? null : orFlat(children), start: first.start, end };
  }
  and() {
    const first = this.not();
    if (!this.isWord(this.peek(), "AND")) return first;
    const children = [];
    push3(children, this.toBool(first));
    let end = first.end;
    while (this.isWord(this.peek(), "AND")) {
      this.next();
      const n = this.not();
      push3(children, this.toBool(n));
      end = n.end;
    }
    return { kind: "bool", expr: children.length === 0 ? null : andFlat(children), start: first.start, end };
  }
  not() {
    const t = this.peek();
    if (!this.isWord(t, "NOT")) return this.test();
    this.next();
    this.enter(t);
    const child = this.not();
    this.depth--;
    const e = this.toBool(child);
    return { kind: "bool", expr: e ? { kind: "not", child: e } : null, start: t.start, end: child.end };
  }
  test() {
    const left = this.value();
    const t = this.peek();
    if (t.type === "op" && t.value in COMPARISONS2) return this.compare(left);
    if (this.isOp(t, ":")) {
      this.next();
      const right = this.value();
      return this.bool(this.opaque(left.start, right.end, "full-text match"), left.start, right.end);
    }
    let negated = false;
    if (this.isWord(t, "NOT") && ["IN", "LIKE", "RLIKE"].some((w) => this.isWord(this.peek(1), w))) {
      this.next();
      negated = true;
    }
    const kw = this.peek();
    let e;
    if (this.isWord(kw, "IN")) {
      this.next();
      e = this.inList(left);
    } else if (this.isWord(kw, "LIKE") || this.isWord(kw, "RLIKE")) {
      this.next();
      e = this.like(left, kw.value.toUpperCase() === "RLIKE");
    } else if (this.isWord(kw, "IS")) {
      this.next();
      const not2 = this.isWord(this.peek(), "NOT");
      if (not2) this.next();
      const nul = this.peek();
      if (!this.isWord(nul, "NULL"))
        throw new EsqlSyntaxError(
          `expected NULL after IS${not2 ? " NOT" : ""}, found ${describe5(nul)}`,
          nul.start
        );
      this.next();
      e = this.nullTest(left, not2, nul.end);
    } else return left;
    const end = this.tokens[this.i - 1].end;
    if (negated && e) e = { kind: "not", child: e };
    return this.bool(e, left.start, end);
  }
  /** A value, or a comparison (an `IN` list item may be one: `true IN (a == 1, b == 2)`). */
  valueOrComparison() {
    const left = this.value();
    const t = this.peek();
    return t.type === "op" && t.value in COMPARISONS2 ? this.compare(left) : left;
  }
  compare(left) {
    const op = this.next().value;
    const right = this.value();
    return this.bool(this.comparison(left, op, right), left.start, right.end);
  }
  bool(expr, start, end) {
    return { kind: "bool", expr, start, end };
  }
  /** A node in a boolean position: a test, or a value such as a function call. */
  toBool(node) {
    switch (node.kind) {
      case "bool":
        return node.expr;
      case "call":
        return this.callExpr(node);
      case "field":
        return this.pred(node.name, "eq", "true", true, node.start);
      default:
        return this.opaque(node.start, node.end, "expression");
    }
  }
  // -- values ----------------------------------------------------------------------------
  value() {
    let left = this.product();
    while (this.isOp(this.peek(), "+") || this.isOp(this.peek(), "-")) {
      this.next();
      const right = this.product();
      left = { kind: "other", start: left.start, end: right.end };
    }
    return left;
  }
  product() {
    let left = this.sign();
    while (this.isOp(this.peek(), "*") || this.isOp(this.peek(), "/") || this.isOp(this.peek(), "%")) {
      this.next();
      const right = this.sign();
      left = { kind: "other", start: left.start, end: right.end };
    }
    return left;
  }
  sign() {
    const t = this.peek();
    if (this.isOp(t, "-") || this.isOp(t, "+")) {
      this.next();
      this.enter(t);
      const inner = this.sign();
      this.depth--;
      if (inner.kind === "const" && inner.type === "number")
        return { ...inner, value: t.value === "-" ? negate(inner.value) : inner.value, start: t.start };
      return { kind: "other", start: t.start, end: inner.end };
    }
    return this.cast();
  }
  cast() {
    let node = this.primary();
    while (this.isOp(this.peek(), "::")) {
      this.next();
      const type = this.expect("ident", "a type name after `::`");
      node = node.kind === "field" ? { ...node, end: type.end } : { kind: "other", start: node.start, end: type.end };
    }
    return node;
  }
  primary() {
    const t = this.peek();
    switch (t.type) {
      case "string":
        this.next();
        return { kind: "const", type: "string", value: t.value, start: t.start, end: t.end };
      case "number": {
        this.next();
        const unit = this.peek();
        if (unit.type === "ident" && !isKeyword(unit.value)) {
          this.next();
          return {
            kind: "const",
            type: "other",
            value: this.text(t.start, unit.end),
            start: t.start,
            end: unit.end
          };
        }
        return { kind: "const", type: "number", value: t.value, start: t.start, end: t.end };
      }
      case "param":
        this.next();
        return { kind: "const", type: "other", value: t.value, start: t.start, end: t.end };
      case "(": {
        this.next();
        this.enter(t);
        const inner = this.or();
        this.depth--;
        const close = this.expect(")", "`)` to close the `(`");
        return { ...inner, start: t.start, end: close.end };
      }
      case "[":
        return this.skipBalanced("[", "]");
      case "{":
        return this.skipBalanced("{", "}");
      case "ident":
      case "quoted-ident": {
        if (t.type === "ident") {
          const upper = t.value.toUpperCase();
          if (upper === "NULL" || upper === "TRUE" || upper === "FALSE") {
            this.next();
            return {
              kind: "const",
              type: upper === "NULL" ? "null" : "bool",
              value: t.value.toLowerCase(),
              start: t.start,
              end: t.end
            };
          }
          if (this.peek(1).type === "(") return this.call();
          if (isKeyword(t.value)) throw new EsqlSyntaxError(`expected a value, found ${describe5(t)}`, t.start);
        }
        return this.name();
      }
      default:
        throw new EsqlSyntaxError(`expected a value, found ${describe5(t)}`, t.start);
    }
  }
  /** A qualified name: `a.b.c`, parts possibly backquoted. */
  name() {
    const first = this.next();
    let name = first.value;
    let end = first.end;
    while (this.peek().type === "." && (this.peek(1).type === "ident" || this.peek(1).type === "quoted-ident")) {
      this.next();
      const part = this.next();
      name += "." + part.value;
      end = part.end;
    }
    return { kind: "field", name, start: first.start, end };
  }
  call() {
    const nameTok = this.next();
    const open2 = this.next();
    this.enter(open2);
    const args = [];
    if (this.isOp(this.peek(), "*")) {
      this.next();
    } else if (this.peek().type !== ")") {
      for (; ; ) {
        args.push(this.or());
        if (this.peek().type !== ",") break;
        this.next();
      }
    }
    this.depth--;
    const close = this.expect(")", `\`,\` or \`)\` in the arguments of ${nameTok.value}()`);
    return {
      kind: "call",
      name: nameTok.value.toUpperCase(),
      args,
      start: nameTok.start,
      end: close.end
    };
  }
  /** A list `[...]` or a map `{...}`: kept as text. */
  skipBalanced(open2, close) {
    const first = this.next();
    let depth = 1;
    for (; ; ) {
      const t = this.next();
      if (t.type === "eof") throw new EsqlSyntaxError(`this \`${open2}\` is never closed`, first.start);
      if (t.type === open2) depth++;
      else if (t.type === close && --depth === 0) return { kind: "other", start: first.start, end: t.end };
    }
  }
  // -- predicates ------------------------------------------------------------------------
  comparison(left, op, right) {
    let subject = this.subject(left);
    let value = constant(right);
    let valueNode = right;
    if (!subject || value === null) {
      const flipped = this.subject(right);
      const v = constant(left);
      if (flipped && v !== null) {
        subject = flipped;
        value = v;
        valueNode = left;
        op = FLIPPED2[op] ?? op;
      }
    }
    if ((op === "==" || op === "!=") && left.kind === "field" && right.kind === "field") {
      const p2 = this.pred(left.name, "fieldref", right.name, true, right.start);
      if (this.ctx.isDerived(right.name)) p2.derived = true;
      return op === "!=" ? { kind: "not", child: p2 } : p2;
    }
    if (!subject || value === null || valueNode.kind !== "const" || valueNode.type === "null")
      return this.opaque(left.start, right.end, "comparison");
    const irOp = COMPARISONS2[op];
    if (irOp !== "eq" && subject.fold) return this.opaque(left.start, right.end, "comparison");
    let caseSensitive = op !== "=~";
    if (subject.fold) {
      if (!this.foldable(value, subject.fold, valueNode.start))
        return this.opaque(left.start, right.end, "never matches");
      caseSensitive = false;
    }
    const p = this.pred(subject.field, irOp, value, caseSensitive, valueNode.start);
    return op === "!=" ? { kind: "not", child: p } : p;
  }
  inList(left) {
    const open2 = this.expect("(", "`(` after IN");
    const items = [];
    if (this.peek().type !== ")")
      for (; ; ) {
        items.push(this.valueOrComparison());
        if (this.peek().type !== ",") break;
        this.next();
      }
    const close = this.expect(")", "`,` or `)` in the IN list");
    if (left.kind === "const" && left.type === "bool" && left.value === "true") {
      const children2 = [];
      for (const item of items) push3(children2, this.toBool(item));
      return children2.length === 0 ? null : orFlat(children2);
    }
    const subject = this.subject(left);
    if (!subject) return this.opaque(left.start, close.end, "IN test");
    const children = [];
    for (const item of items) {
      const v = constant(item);
      if (v === null || item.kind === "const" && item.type === "null") {
        children.push(this.opaque(item.start, item.end, "IN item"));
        continue;
      }
      if (subject.fold && !this.foldable(v, subject.fold, item.start)) {
        children.push(this.opaque(item.start, item.end, "never matches"));
        continue;
      }
      children.push(this.pred(subject.field, "eq", v, !subject.fold, item.start));
    }
    if (children.length === 0) return this.opaque(open2.start, close.end, "empty IN list");
    return orFlat(children);
  }
  like(left, regex) {
    const keyword = regex ? "RLIKE" : "LIKE";
    const patterns = [];
    const start = this.peek().start;
    if (this.peek().type === "(") {
      this.next();
      for (; ; ) {
        patterns.push(this.expect("string", `a string in the ${keyword} list`));
        if (this.peek().type !== ",") break;
        this.next();
      }
      this.expect(")", `\`,\` or \`)\` in the ${keyword} list`);
    } else patterns.push(this.expect("string", `a string after ${keyword}`));
    const subject = this.subject(left);
    const end = this.tokens[this.i - 1].end;
    if (!subject) return this.opaque(left.start, end, `${keyword} test`);
    const children = patterns.map((t) => regex ? this.regexPred(subject, t) : this.likePred(subject, t));
    return children.length === 0 ? this.opaque(start, end, keyword) : orFlat(children);
  }
  likePred(subject, t) {
    const parts = parsePattern(t.value);
    if (hasInvalidLikeEscape(t.value))
      this.warn(
        t.start,
        "esql/invalid-pattern",
        `a backslash in a LIKE pattern must escape \`*\`, \`?\` or \`\\\`: ${quote(t.value)} is rejected by Elasticsearch`
      );
    const literal3 = literalText(parts.filter((p) => typeof p === "object"));
    if (subject.fold && !this.foldable(literal3, subject.fold, t.start))
      return this.opaque(t.start, t.end, "never matches");
    const caseSensitive = !subject.fold;
    if (!hasWildcard(parts)) return this.pred(subject.field, "eq", literalText(parts), caseSensitive, t.start);
    return this.pred(subject.field, "wildcard", buildPattern(normalizeParts(parts)), caseSensitive, t.start);
  }
  regexPred(subject, t) {
    if (subject.fold) {
      const letters = t.value.replace(/\\./g, "");
      const folded = subject.fold === "lower" ? letters.toLowerCase() : letters.toUpperCase();
      if (folded !== letters)
        return this.opaque(t.start, t.end, "regex in another case than the folded field");
    }
    return this.pred(subject.field, "regex", t.value, !subject.fold, t.start);
  }
  nullTest(left, not2, end) {
    const subject = this.subject(left);
    if (!subject || subject.fold)
      return this.opaque(left.start, end, not2 ? "IS NOT NULL test" : "IS NULL test");
    return this.pred(subject.field, not2 ? "exists" : "null", null, false, left.start);
  }
  /**
   * What a test compares: a field, possibly cast (`::type` or a conversion function such as
   * `TO_STRING`, which change a value's type, not which events match), or `TO_LOWER(field)` /
   * `TO_UPPER(field)` (a case-insensitive comparison).
   */
  subject(node) {
    if (node.kind === "field") return { field: node.name, fold: null };
    if (node.kind !== "call" || node.args.length !== 1) return null;
    if (CONVERSIONS.has(node.name)) return this.subject(node.args[0]);
    if (node.name === "TO_LOWER" || node.name === "TO_UPPER") {
      const inner = this.subject(node.args[0]);
      return inner && { field: inner.field, fold: node.name === "TO_LOWER" ? "lower" : "upper" };
    }
    return null;
  }
  /** Can a folded field equal `value`? Warns when it cannot. */
  foldable(value, fold, offset) {
    const folded = fold === "lower" ? value.toLowerCase() : value.toUpperCase();
    if (folded === value) return true;
    this.warn(
      offset,
      "esql/case-mismatch",
      `${quote(value)} has ${fold === "lower" ? "upper" : "lower"}-case letters but is compared with ${fold === "lower" ? "TO_LOWER" : "TO_UPPER"}(...): it never matches`
    );
    return false;
  }
  // -- functions -------------------------------------------------------------------------
  callExpr(node) {
    switch (node.name) {
      case "KQL":
      case "QSTR":
        return this.embedded(node);
      case "MATCH":
      case "MATCH_PHRASE":
      case "MULTI_MATCH":
        return this.opaque(node.start, node.end, "full-text match");
      case "STARTS_WITH":
      case "ENDS_WITH":
      case "CONTAINS": {
        const subject = node.args.length === 2 ? this.subject(node.args[0]) : null;
        const arg = node.args[1];
        if (!subject || arg?.kind !== "const" || arg.type !== "string") break;
        if (subject.fold && !this.foldable(arg.value, subject.fold, arg.start))
          return this.opaque(node.start, node.end, "never matches");
        const lit = escapeLiteral(arg.value);
        const pattern3 = node.name === "STARTS_WITH" ? lit + "*" : node.name === "ENDS_WITH" ? "*" + lit : "*" + lit + "*";
        return this.pred(subject.field, "wildcard", pattern3, !subject.fold, arg.start);
      }
      case "MV_CONTAINS": {
        const subject = node.args.length === 2 ? this.subject(node.args[0]) : null;
        const arg = node.args[1];
        const value = arg ? constant(arg) : null;
        if (!subject || subject.fold || value === null || arg.kind !== "const" || arg.type === "null") break;
        return this.pred(subject.field, "eq", value, true, arg.start);
      }
      case "CIDR_MATCH": {
        const subject = node.args.length >= 2 ? this.subject(node.args[0]) : null;
        if (!subject || subject.fold) break;
        const ranges = node.args.slice(1);
        if (!ranges.every((a) => a.kind === "const" && a.type === "string")) break;
        return orFlat(
          ranges.map((a) => this.pred(subject.field, "cidr", a.value, true, a.start))
        );
      }
    }
    return this.opaque(node.start, node.end, `function ${node.name}()`);
  }
  /** `KQL("...")` and `QSTR("...")`: the string is a query of its own, positioned in the file. */
  embedded(node) {
    const arg = node.args[0];
    if (arg?.kind !== "const" || arg.type !== "string")
      return this.opaque(node.start, node.end, `function ${node.name}()`);
    const { value, offsets } = decodeString(this.ctx.source.text, arg.start, arg.end, true);
    const inner = innerSource(
      this.ctx.source,
      value,
      (k) => offsets[Math.max(0, Math.min(k, offsets.length - 1))]
    );
    const result2 = node.name === "KQL" ? parseKql(inner) : parseLucene(inner);
    this.diagnostics.push(...result2.diagnostics);
    if (!result2.expr) return this.opaque(node.start, node.end, MATCH_ALL);
    for (const p of predicates(result2.expr))
      if (p.field !== null && this.ctx.isDerived(p.field)) p.derived = true;
    return result2.expr;
  }
  // -- building --------------------------------------------------------------------------
  pred(field, op, value, caseSensitive, offset) {
    const p = {
      kind: "pred",
      field,
      sourceField: field,
      op,
      value,
      caseSensitive,
      pos: this.ctx.source.pos(offset)
    };
    if (this.ctx.isDerived(field)) p.derived = true;
    return p;
  }
  opaque(start, end, reason2) {
    return { kind: "opaque", text: this.text(start, end), reason: reason2, pos: this.ctx.source.pos(start) };
  }
  warn(offset, code2, message3) {
    this.diagnostics.push(queryDiagnostic(this.ctx.source, offset, "warning", code2, message3));
  }
};
function hasInvalidLikeEscape(pattern3) {
  for (let i = 0; i < pattern3.length; i++) {
    if (pattern3[i] !== "\\") continue;
    const n = pattern3[i + 1];
    if (n !== "*" && n !== "?" && n !== "\\") return true;
    i++;
  }
  return false;
}
function constant(node) {
  if (node.kind !== "const" || node.type === "other") return null;
  return node.value;
}
var KEYWORDS2 = /* @__PURE__ */ new Set([
  "AND",
  "OR",
  "NOT",
  "IN",
  "LIKE",
  "RLIKE",
  "IS",
  "NULL",
  "BY",
  "AS",
  "ON",
  "WITH",
  "ASC",
  "DESC"
]);
function isKeyword(word) {
  return KEYWORDS2.has(word.toUpperCase());
}
function negate(number) {
  return number.startsWith("-") ? number.slice(1) : "-" + number;
}
function push3(children, e) {
  if (e) children.push(e);
}
function describe5(t) {
  if (t.type === "eof") return "the end of the clause";
  if (t.type === "string") return "the string " + quote(JSON.stringify(t.value));
  return quote(t.value);
}

// src/query/esql/index.ts
function parseEsql(source) {
  const diagnostics = [];
  const text2 = source.text;
  const result2 = { expr: null, indices: [], stages: [], diagnostics };
  if (skipBlank(text2, 0, text2.length) === text2.length) return result2;
  const commands = splitCommands(source, diagnostics);
  const derived = /* @__PURE__ */ new Set();
  const ctx = {
    source,
    isDerived: (field) => derived.has(field) || field.startsWith("Esql.")
  };
  const clauses = [];
  let aggregated = false;
  commands.forEach((cmd, k) => {
    if (cmd.name === "") {
      const empty = cmd.start === cmd.end;
      diagnostics.push(
        queryDiagnostic(
          source,
          empty ? Math.max(0, cmd.pipe) : cmd.start,
          "error",
          "esql/syntax",
          empty ? "an empty command: nothing follows this `|`" : `expected a command name, found ${quote(text2.slice(cmd.start, cmd.start + 1))}`
        )
      );
      return;
    }
    result2.stages.push(cmd.name);
    if (k === 0) readFirst(cmd, source, result2);
    else if (cmd.name === "FROM" || cmd.name === "TS")
      diagnostics.push(
        queryDiagnostic(source, cmd.start, "error", "esql/syntax", `${cmd.name} can only start a query`)
      );
    if (!KNOWN_COMMANDS2.has(cmd.name))
      diagnostics.push(
        queryDiagnostic(
          source,
          cmd.start,
          "warning",
          "esql/unknown-command",
          `${quote(cmd.name)} is not an ES|QL command this reader knows: it is kept as a stage only`
        )
      );
    if (AGGREGATIONS.has(cmd.name)) aggregated = true;
    if (cmd.name === "FROM" || cmd.name === "TS" || cmd.name === "SHOW") return;
    if (aggregated) return;
    const tokens = tokenize2(source, cmd.argsStart, cmd.end, diagnostics);
    if (cmd.name === "WHERE") {
      const e = readWhere(ctx, tokens, cmd, diagnostics);
      if (e) clauses.push(e);
      return;
    }
    for (const f of createdFields(cmd.name, tokens)) derived.add(f);
  });
  result2.expr = clauses.length === 0 ? null : andFlat(clauses);
  return result2;
}
function readFirst(cmd, source, result2) {
  if (cmd.name === "FROM" || cmd.name === "TS") {
    const sources = readSources(source.text, cmd.argsStart, cmd.end);
    for (const b of sources.bad)
      result2.diagnostics.push(
        queryDiagnostic(
          source,
          b,
          "error",
          "esql/syntax",
          `unexpected ${quote(source.text[b])} in the ${cmd.name} sources`
        )
      );
    result2.indices = sources.indices.map((s) => s.name);
    if (sources.indices.length === 0)
      result2.diagnostics.push(
        queryDiagnostic(source, cmd.start, "error", "esql/syntax", `${cmd.name} names no index pattern`)
      );
    return;
  }
  result2.diagnostics.push(
    queryDiagnostic(
      source,
      cmd.start,
      "warning",
      "esql/no-from",
      `the query starts with ${quote(cmd.name)}, not FROM: it reads no index pattern`
    )
  );
}
function readWhere(ctx, tokens, cmd, diagnostics) {
  const source = ctx.source;
  if (tokens.length === 1) {
    diagnostics.push(queryDiagnostic(source, cmd.start, "error", "esql/syntax", "WHERE has no condition"));
    return null;
  }
  const whole = attempt(ctx, tokens);
  if (!(whole instanceof EsqlSyntaxError)) {
    diagnostics.push(...whole.diagnostics);
    return whole.expr;
  }
  const conjuncts = splitTopLevel(tokens);
  if (conjuncts === null) {
    diagnostics.push(queryDiagnostic(source, whole.offset, "error", whole.code, whole.message));
    const first = tokens[0];
    const last = tokens[tokens.length - 2];
    return {
      kind: "opaque",
      text: source.text.slice(first.start, last.end),
      reason: "WHERE clause that does not parse",
      pos: source.pos(first.start)
    };
  }
  const children = [];
  for (const part of conjuncts) {
    const r = attempt(ctx, part);
    if (!(r instanceof EsqlSyntaxError)) {
      diagnostics.push(...r.diagnostics);
      if (r.expr) children.push(r.expr);
      continue;
    }
    diagnostics.push(queryDiagnostic(source, r.offset, "error", r.code, r.message));
    const first = part[0];
    const last = part[part.length - 2] ?? first;
    children.push({
      kind: "opaque",
      text: source.text.slice(first.start, last.end),
      reason: "condition that does not parse",
      pos: source.pos(first.start)
    });
  }
  return children.length === 0 ? null : andFlat(children);
}
function attempt(ctx, tokens) {
  const parser = new WhereParser(ctx, tokens);
  try {
    const expr = parser.parse();
    return { expr, diagnostics: parser.diagnostics };
  } catch (err) {
    if (err instanceof EsqlSyntaxError) return err;
    throw err;
  }
}
function splitTopLevel(tokens) {
  const parts = [];
  let current = [];
  let depth = 0;
  const close = (at) => {
    current.push({ type: "eof", start: at, end: at, value: "" });
    parts.push(current);
    current = [];
  };
  for (const t of tokens) {
    if (t.type === "eof") break;
    if (t.type === "(" || t.type === "[" || t.type === "{") depth++;
    else if ((t.type === ")" || t.type === "]" || t.type === "}") && depth > 0) depth--;
    const word = t.type === "ident" ? t.value.toUpperCase() : "";
    if (depth === 0 && word === "OR") return null;
    if (depth === 0 && word === "AND") {
      if (current.length > 0) close(t.start);
      continue;
    }
    current.push(t);
  }
  if (current.length > 0) close(tokens[tokens.length - 1].start);
  return parts.length > 1 ? parts : null;
}

// src/formats/elastic/layout.ts
function pathKey(path13) {
  let out = "";
  for (let i = 0; i < path13.length; i++) {
    const s = path13[i];
    if (i > 0) out += "\0";
    out += typeof s === "number" ? `#${s}` : s;
  }
  return out;
}
function locate(layout, path13) {
  for (let n = path13.length; n > 0; n--) {
    const key = pathKey(path13.slice(0, n));
    const v = layout.values.get(key);
    if (v !== void 0) return v.offset;
    const t = layout.tables.get(key);
    if (t !== void 0) return t;
  }
  return null;
}
function isBareKeyChar(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95 || c === 45;
}
function scanToml(text2) {
  const values = /* @__PURE__ */ new Map();
  const tables2 = /* @__PURE__ */ new Map();
  const arrays = /* @__PURE__ */ new Map();
  const n = text2.length;
  let i = 0;
  let tableKey = "";
  const skipSpaces = () => {
    let c = text2.charCodeAt(i);
    while (c === 32 || c === 9) c = text2.charCodeAt(++i);
  };
  const skipToLineEnd = () => {
    const e = text2.indexOf("\n", i);
    i = e === -1 ? n : e + 1;
  };
  const readKey = () => {
    const parts = [];
    for (; ; ) {
      skipSpaces();
      const c = text2.charCodeAt(i);
      if (c === 34) {
        const end = basicEnd(text2, i + 1);
        parts.push(decodeBasicKey(text2.slice(i + 1, end)));
        i = Math.min(n, end + 1);
      } else if (c === 39) {
        const e = text2.indexOf("'", i + 1);
        const end = e === -1 ? n : e;
        parts.push(text2.slice(i + 1, end));
        i = Math.min(n, end + 1);
      } else {
        const start = i;
        while (i < n && isBareKeyChar(text2.charCodeAt(i))) i++;
        if (i === start) return parts;
        parts.push(text2.slice(start, i));
      }
      skipSpaces();
      if (text2.charCodeAt(i) !== 46) return parts;
      i++;
    }
  };
  const resolve2 = (parts, newElement) => {
    let key = "";
    for (let k = 0; k < parts.length; k++) {
      key = k === 0 ? parts[k] : `${key}\0${parts[k]}`;
      const count2 = arrays.get(key);
      if (k === parts.length - 1 && newElement) {
        arrays.set(key, (count2 ?? 0) + 1);
        key += `\0#${count2 ?? 0}`;
      } else if (count2 !== void 0) key += `\0#${count2 - 1}`;
    }
    return key;
  };
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10 || c === 65279) {
      i++;
      continue;
    }
    if (c === 35) {
      skipToLineEnd();
      continue;
    }
    if (c === 91) {
      const start = i;
      const double = text2.charCodeAt(i + 1) === 91;
      i += double ? 2 : 1;
      tableKey = resolve2(readKey(), double);
      tables2.set(tableKey, start);
      skipToLineEnd();
      continue;
    }
    const keyStart = i;
    const parts = readKey();
    skipSpaces();
    if (parts.length === 0 || text2.charCodeAt(i) !== 61) {
      if (i === keyStart) i++;
      skipToLineEnd();
      continue;
    }
    i++;
    skipSpaces();
    const style = styleAt(text2, i);
    const own = parts.length === 1 ? parts[0] : parts.join("\0");
    values.set(tableKey === "" ? own : `${tableKey}\0${own}`, { offset: i, style });
    i = valueEnd(text2, i, style);
    skipToLineEnd();
  }
  return { values, tables: tables2 };
}
function styleAt(text2, i) {
  if (text2.startsWith("'''", i)) return "literal-ml";
  if (text2[i] === "'") return "literal";
  if (text2.startsWith('"""', i)) return "basic-ml";
  if (text2[i] === '"') return "basic";
  return "other";
}
function basicEnd(text2, from) {
  let j = from;
  while (j < text2.length && text2[j] !== '"' && text2[j] !== "\n") j += text2[j] === "\\" ? 2 : 1;
  return Math.min(j, text2.length);
}
function multilineEnd(text2, i, delim, escapes) {
  const e = escapes ? nextUnescaped(text2, i + 3, delim) : text2.indexOf(delim, i + 3);
  if (e === -1) return text2.length;
  let close = e;
  while (close < e + 2 && text2[close + 3] === delim[0]) close++;
  return close + 3;
}
function nextUnescaped(text2, from, delim) {
  let j = from;
  for (; ; ) {
    const e = text2.indexOf(delim, j);
    if (e === -1) return -1;
    let k = e - 1;
    while (k >= from && text2.charCodeAt(k) === 92) k--;
    if ((e - 1 - k) % 2 === 0) return e;
    j = e + 1;
  }
}
function valueEnd(text2, i, style) {
  switch (style) {
    case "literal-ml":
      return multilineEnd(text2, i, "'''", false);
    case "basic-ml":
      return multilineEnd(text2, i, '"""', true);
    case "literal": {
      const e = text2.indexOf("'", i + 1);
      return e === -1 ? text2.length : e + 1;
    }
    case "basic":
      return basicEnd(text2, i + 1) + 1;
    case "other":
      return text2[i] === "[" || text2[i] === "{" ? bracketEnd2(text2, i) : i;
  }
}
function bracketEnd2(text2, i) {
  let depth = 0;
  let j = i;
  while (j < text2.length) {
    const c = text2.charCodeAt(j);
    if (c === 91 || c === 123) {
      depth++;
      j++;
    } else if (c === 93 || c === 125) {
      depth--;
      j++;
      if (depth <= 0) return j;
    } else if (c === 35) {
      const e = text2.indexOf("\n", j);
      j = e === -1 ? text2.length : e + 1;
    } else if (c === 34 || c === 39) {
      j = Math.max(j + 1, valueEnd(text2, j, styleAt(text2, j)));
    } else j++;
  }
  return text2.length;
}
function decodeBasicKey(raw) {
  return raw.includes("\\") ? decodeBasic(raw, 0, raw.length).value : raw;
}
function decodeBasic(text2, from, to) {
  let value = "";
  const offsets = [];
  let j = from;
  const push4 = (s, at) => {
    value += s;
    for (let k = 0; k < s.length; k++) offsets.push(at);
  };
  while (j < to) {
    const c = text2[j];
    if (c !== "\\") {
      push4(c, j);
      j++;
      continue;
    }
    const e = text2[j + 1];
    const simple = BASIC_ESCAPES[e];
    if (simple !== void 0) {
      push4(simple, j);
      j += 2;
    } else if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      const hex = text2.slice(j + 2, j + 2 + len);
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
      if (!Number.isNaN(cp) && cp <= 1114111) {
        push4(String.fromCodePoint(cp), j);
        j += 2 + len;
      } else {
        push4(c, j);
        j++;
      }
    } else if (e === " " || e === "	" || e === "\n" || e === "\r") {
      let k = j + 1;
      while (k < to && (text2[k] === " " || text2[k] === "	" || text2[k] === "\n" || text2[k] === "\r")) k++;
      j = k;
    } else {
      push4(c, j);
      j++;
    }
  }
  offsets.push(to);
  return { value, offsets };
}
var BASIC_ESCAPES = {
  b: "\b",
  t: "	",
  n: "\n",
  f: "\f",
  r: "\r",
  e: "\x1B",
  '"': '"',
  "\\": "\\"
};

// src/formats/elastic/query.ts
var LANGUAGES = ["kuery", "eql", "esql", "lucene"];
function isLanguage(v) {
  return LANGUAGES.includes(v);
}
var LITERAL_QUERY_OPENING = /query[ \t]*=[ \t]*('''(?:\r?\n)?|')/y;
function atLineStart(text2, at) {
  let i = at - 1;
  while (i >= 0 && (text2.charCodeAt(i) === 32 || text2.charCodeAt(i) === 9)) i--;
  return i < 0 || text2.charCodeAt(i) === 10;
}
function querySource(file, value) {
  const text2 = file.text;
  let found = -1;
  let matches2 = 0;
  if (value !== "") {
    for (let q = text2.indexOf("query"); q !== -1 && matches2 < 2; q = text2.indexOf("query", q + 5)) {
      if (!atLineStart(text2, q)) continue;
      LITERAL_QUERY_OPENING.lastIndex = q;
      const m = LITERAL_QUERY_OPENING.exec(text2);
      if (m === null) continue;
      const at2 = q + m[0].length;
      const closing = m[1].startsWith("'''") ? "'''" : "'";
      if (text2.slice(at2, at2 + value.length) !== value || !text2.startsWith(closing, at2 + value.length))
        continue;
      found = at2;
      matches2++;
    }
  }
  if (matches2 === 1) return { source: verbatimSource(file.path, value, file.position(found)), exact: true };
  const loc = file.layout.values.get(pathKey(["rule", "query"]));
  if (loc !== void 0) {
    const source = stringSource(file, loc.offset, loc.style, value);
    if (source !== null) return { source, exact: true };
  }
  const at = loc === void 0 ? file.pos(["rule"]) : file.lines.position(loc.offset);
  return { source: verbatimSource(file.path, value, at), exact: false };
}
function positionedQuery(file, value) {
  const { source, exact } = querySource(file, value);
  if (!exact)
    file.diags.warning(
      "elastic/query-position",
      "the query was not found in the file where expected; its positions are approximate",
      file.pos(["rule", "query"])
    );
  return source;
}
function stringSource(file, offset, style, value) {
  const text2 = file.text;
  const quotes = style === "literal-ml" || style === "basic-ml" ? 3 : 1;
  let start = offset + quotes;
  if (quotes === 3) {
    if (text2.charCodeAt(start) === 10) start++;
    else if (text2.charCodeAt(start) === 13 && text2.charCodeAt(start + 1) === 10) start += 2;
  }
  switch (style) {
    case "literal-ml":
    case "literal":
      return text2.startsWith(value, start) ? verbatimSource(file.path, value, file.lines.position(start)) : null;
    case "basic-ml":
    case "basic": {
      const decoded = decodeBasic(text2, start, basicContentEnd(text2, start, style === "basic-ml"));
      if (decoded.value !== value) return null;
      const { offsets } = decoded;
      const last = offsets.length - 1;
      return {
        path: file.path,
        text: value,
        pos: (o) => file.lines.position(offsets[o < 0 ? 0 : o > last ? last : o])
      };
    }
    case "other":
      return null;
  }
}
function basicContentEnd(text2, start, multiline) {
  let j = start;
  while (j < text2.length) {
    const c = text2[j];
    if (c === "\\") j += 2;
    else if (multiline ? text2.startsWith('"""', j) : c === '"') {
      if (!multiline) return j;
      let close = j;
      while (close < j + 2 && text2[close + 3] === '"') close++;
      return close;
    } else j++;
  }
  return text2.length;
}
function sequenceSteps(properties) {
  const sequence = properties.sequence;
  if (typeof sequence !== "object" || sequence === null || Array.isArray(sequence)) return [];
  const steps = sequence.steps;
  if (!Array.isArray(steps)) return [];
  return steps.map((step) => typeof step === "object" && step !== null && !Array.isArray(step) ? step : null);
}
function parseQuery(language, source, eqlDialect = "elasticsearch") {
  const reading = {
    queries: [],
    diagnostics: [],
    properties: {},
    indices: null,
    eqlCategories: null
  };
  const single2 = (expr) => expr === null ? [] : [{ label: "", expr }];
  switch (language) {
    case "eql": {
      const r = parseEql(source, { dialect: eqlDialect });
      reading.queries = r.queries;
      reading.diagnostics = r.diagnostics;
      reading.properties = r.properties;
      const categories = r.properties.eventCategories;
      if (Array.isArray(categories))
        reading.eqlCategories = categories.map((c) => typeof c === "string" ? c : null);
      break;
    }
    case "esql": {
      const r = parseEsql(source);
      reading.queries = single2(r.expr);
      reading.diagnostics = r.diagnostics;
      reading.indices = r.indices;
      reading.properties = { stages: r.stages };
      break;
    }
    case "kuery": {
      const r = parseKql(source);
      reading.queries = single2(r.expr);
      reading.diagnostics = r.diagnostics;
      break;
    }
    case "lucene": {
      const r = parseLucene(source);
      reading.queries = single2(r.expr);
      reading.diagnostics = r.diagnostics;
      break;
    }
  }
  return reading;
}

// src/formats/elastic/fields.ts
function canonicaliseFields(queries, logsource, properties) {
  const aliases = stepAliases(properties);
  for (const q of queries)
    for (const p of predicates(q.expr)) {
      const source = p.sourceField;
      if (source === null) continue;
      const dot = source.indexOf(".");
      const aliased = dot > 0 && aliases.has(source.slice(0, dot));
      p.field = canonicalField("elastic", logsource, aliased ? source.slice(dot + 1) : source);
    }
}
function stepAliases(properties) {
  const out = /* @__PURE__ */ new Set();
  for (const step of sequenceSteps(properties)) if (typeof step?.alias === "string") out.add(step.alias);
  return out;
}

// src/formats/elastic/logsource.ts
var CATEGORIES = /* @__PURE__ */ new Map([
  ["process", "process_creation"],
  ["file", "file_event"],
  ["network", "network_connection"],
  ["registry", "registry_set"],
  ["library", "image_load"],
  ["driver", "driver_load"]
]);
var DATASETS = /* @__PURE__ */ new Map([
  ["aws.cloudtrail", { product: "aws", service: "cloudtrail" }],
  ["azure.activitylogs", { product: "azure", service: "activitylogs" }],
  ["azure.auditlogs", { product: "azure", service: "auditlogs" }],
  ["azure.signinlogs", { product: "azure", service: "signinlogs" }],
  ["gcp.audit", { product: "gcp", service: "gcp.audit" }],
  ["googlecloud.audit", { product: "gcp", service: "gcp.audit" }],
  ["o365.audit", { product: "m365", service: "audit" }],
  ["okta.system", { product: "okta", service: "okta" }],
  ["github.audit", { product: "github", service: "audit" }],
  ["kubernetes.audit_logs", { product: "kubernetes", service: "audit" }],
  ["google_workspace.admin", { product: "google_workspace", service: "google_workspace.admin" }]
]);
var ENDPOINT_DATASETS = /* @__PURE__ */ new Set([
  "endpoint",
  "windows",
  "system",
  "auditd",
  "auditd_manager",
  "sysmon_linux",
  "winlog"
]);
var OS_VALUES = /* @__PURE__ */ new Map([
  ["windows", "windows"],
  ["linux", "linux"],
  ["macos", "macos"]
]);
var OS_TAGS = /* @__PURE__ */ new Map([
  ["os: windows", "windows"],
  ["os: linux", "linux"],
  ["os: macos", "macos"]
]);
var INDEX_DATASET = /^logs-([A-Za-z0-9_]+\.[A-Za-z0-9_.]+?)(?:-|\*|$)/;
function elasticLogsource(inputs) {
  const out = {};
  if (inputs.index !== null && inputs.index.length > 0) out.index = inputs.index;
  const signals = { os: [], datasets: [], categories: [], dns: false, scriptBlock: false };
  inputs.queries.forEach((q, i) => collect(q.expr, signals, i === 0));
  const product = single(signals.os) ?? single(inputs.tags.map((t) => OS_TAGS.get(t.trim().toLowerCase()))) ?? single((inputs.osList ?? []).map((os) => OS_VALUES.get(os.trim().toLowerCase())));
  if (product !== null) out.product = product;
  else {
    const dataset = single(signals.datasets) ?? single((inputs.index ?? []).map((i) => INDEX_DATASET.exec(i)?.[1]));
    const known = dataset === null ? null : datasetSource(dataset);
    if (known !== null) {
      out.product = known.product;
      out.service = known.service;
    }
  }
  const category = eqlCategory(inputs.eqlCategories) ?? single(signals.categories);
  if (category !== null) {
    const mapped = CATEGORIES.get(category) ?? category;
    out.category = mapped === "network_connection" && signals.dns ? "dns_query" : signals.scriptBlock ? "ps_script" : mapped;
  } else if (signals.scriptBlock) out.category = "ps_script";
  return out;
}
function collect(expr, signals, first) {
  switch (expr.kind) {
    case "pred": {
      const field = expr.sourceField;
      if (expr.derived === true || field === null) return;
      if (field === "powershell.file.script_block_text") signals.scriptBlock = true;
      else if (field.startsWith("dns.")) signals.dns = true;
      if (expr.op !== "eq" && expr.op !== "wildcard") return;
      if (field === "host.os.type") signals.os.push(OS_VALUES.get(lowerValue(expr)));
      else if (field === "event.dataset" || field === "data_stream.dataset") {
        const v = lowerValue(expr);
        signals.datasets.push(v === "" || /[*?]/.test(v) ? void 0 : v);
      } else if (first && field === "event.category") signals.categories.push(lowerValue(expr) || void 0);
      return;
    }
    case "and":
    case "or":
      for (const c of expr.children) collect(c, signals, first);
      return;
    case "not":
    case "opaque":
      return;
  }
}
function lowerValue(p) {
  return p.value === null ? "" : p.value.toLowerCase();
}
function eqlCategory(categories) {
  if (categories === null) return null;
  for (const c of categories) if (c !== null && c.toLowerCase() !== "any") return c.toLowerCase();
  return null;
}
function datasetSource(dataset) {
  const known = DATASETS.get(dataset);
  if (known !== void 0) return known;
  const dot = dataset.indexOf(".");
  if (dot <= 0 || dot === dataset.length - 1) return null;
  const product = dataset.slice(0, dot);
  if (ENDPOINT_DATASETS.has(product)) return null;
  return { product, service: dataset.slice(dot + 1) };
}
function single(values) {
  let found = null;
  for (const v of values) {
    if (v === void 0) continue;
    if (found !== null && found !== v) return null;
    found = v;
  }
  return found;
}

// src/formats/elastic/toml.ts
init_positioned();
import { TomlDate } from "smol-toml";
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
var RuleFile = class {
  constructor(path13, text2, diags) {
    this.path = path13;
    this.text = text2;
    this.diags = diags;
  }
  path;
  text;
  diags;
  scanned = null;
  indexed = null;
  get layout() {
    if (this.scanned === null) this.scanned = scanToml(this.text);
    return this.scanned;
  }
  get lines() {
    if (this.indexed === null) this.indexed = new LineIndex(this.text);
    return this.indexed;
  }
  /** 1-based line and column of an offset, as `LineIndex#position` gives them. */
  position(offset) {
    return this.lines.position(offset);
  }
  /** File position of a key path's value (or of its nearest located ancestor, else line 1). */
  pos(path13) {
    const offset = locate(this.layout, path13);
    return offset === null ? { line: 1, column: 1 } : this.lines.position(offset);
  }
  /** An optional string under `table`; another type is reported and ignored. */
  string(table2, key, where) {
    const v = table2[key];
    if (v === void 0) return null;
    if (typeof v === "string") return v;
    this.diags.warning(
      "elastic/invalid-metadata",
      `\`${dotted([...where, key])}\` should be a string, not ${typeName(v)}`,
      this.pos([...where, key])
    );
    return null;
  }
  /** An optional list of strings; a single string is accepted (and reported), other items dropped. */
  strings(table2, key, where) {
    const v = table2[key];
    if (v === void 0) return null;
    const warn2 = (message3) => this.diags.warning(
      "elastic/invalid-metadata",
      message3(dotted([...where, key])),
      this.pos([...where, key])
    );
    if (typeof v === "string") {
      warn2((name) => `\`${name}\` should be a list of strings; read as one`);
      return [v];
    }
    if (!Array.isArray(v)) {
      warn2((name) => `\`${name}\` should be a list of strings, not ${typeName(v)}`);
      return null;
    }
    const out = [];
    for (const item of v) {
      if (typeof item === "string") out.push(item);
      else warn2((name) => `an item of \`${name}\` is ${typeName(item)}, not a string; ignored`);
    }
    return out;
  }
};
function dotted(path13) {
  let out = "";
  for (const s of path13) {
    if (typeof s === "number") out += `[${s}]`;
    else out += (out ? "." : "") + (/^[A-Za-z0-9_-]+$/.test(s) ? s : JSON.stringify(s));
  }
  return out;
}
function typeName(v) {
  if (Array.isArray(v)) return "a list";
  if (v instanceof Date) return "a date";
  if (isTable(v)) return "a table";
  if (typeof v === "string") return "a string";
  if (typeof v === "boolean") return "a boolean";
  if (typeof v === "number" || typeof v === "bigint") return "a number";
  return typeof v;
}
function toJson(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "bigint") return v.toString();
  if (v instanceof TomlDate) return v.toISOString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v)) return v.map(toJson);
  if (isTable(v)) {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = toJson(x);
    return out;
  }
  return String(v);
}

// src/formats/elastic/techniques.ts
var FRAMEWORK = "MITRE ATT&CK";
var TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/i;
function readTechniques2(threat, where, file) {
  if (threat === void 0) return [];
  const found = /* @__PURE__ */ new Set();
  const name = dotted(where);
  if (!Array.isArray(threat)) {
    warn(file, where, `\`${name}\` should be a list of tables ([[${name}]]), not ${typeName(threat)}`);
    return [];
  }
  threat.forEach((entry, i) => {
    if (!isTable(entry)) {
      warn(file, [...where, i], `a \`${name}\` entry should be a table, not ${typeName(entry)}`);
      return;
    }
    if (entry.framework !== FRAMEWORK) return;
    const at = (...rest) => [...where, i, "technique", ...rest];
    for (const [j, technique] of tables(entry.technique, "technique", () => at(), file)) {
      addId(technique, "technique", () => at(j, "id"), file, found);
      for (const [k, sub] of tables(
        technique.subtechnique,
        "subtechnique",
        () => at(j, "subtechnique"),
        file
      ))
        addId(sub, "subtechnique", () => at(j, "subtechnique", k, "id"), file, found);
    }
  });
  return [...found].sort();
}
function tables(v, key, where, file) {
  if (v === void 0) return [];
  if (!Array.isArray(v)) {
    warn(file, where(), `\`${key}\` should be a list of tables, not ${typeName(v)}`);
    return [];
  }
  const out = [];
  v.forEach((item, i) => {
    if (isTable(item)) out.push([i, item]);
    else warn(file, [...where(), i], `a \`${key}\` entry should be a table, not ${typeName(item)}`);
  });
  return out;
}
function addId(table2, key, where, file, found) {
  const id = table2.id;
  if (typeof id === "string" && TECHNIQUE_ID.test(id.trim())) found.add(id.trim().toUpperCase());
  else
    warn(
      file,
      where(),
      id === void 0 ? `a \`${key}\` entry has no \`id\`` : `\`${typeof id === "string" ? id : typeName(id)}\` is not an ATT&CK technique ID (T1234 or T1234.001); ignored`
    );
}
function warn(file, where, message3) {
  file.diags.warning("elastic/invalid-threat", message3, file.pos(where));
}

// src/formats/elastic/endpoint.ts
var ENDPOINT_EVENTS_INDEX = "logs-endpoint.events.*";
function isEndpointRule(rule) {
  return rule.rule_id === void 0 && rule.id !== void 0 && rule.type === void 0;
}
function readEndpointRule(doc, rule, file) {
  const where = ["rule"];
  const rulePos = () => file.pos(where);
  const id = file.string(rule, "id", where);
  const name = file.string(rule, "name", where);
  if (rule.name === void 0)
    file.diags.warning("elastic/invalid-metadata", "the rule has no `name`", rulePos());
  const osList = file.strings(rule, "os_list", where);
  if (rule.os_list === void 0)
    file.diags.warning("elastic/invalid-metadata", "the endpoint rule has no `os_list`", rulePos());
  const techniques = readTechniques2(doc.threat, ["threat"], file);
  const properties = { layout: "endpoint", language: "eql" };
  if (osList !== null) properties.osList = osList;
  const version = file.string(rule, "version", where);
  if (version !== null) properties.version = version;
  const minVersion = file.string(rule, "min_endpoint_version", where);
  if (minVersion !== null) properties.minEndpointVersion = minVersion;
  const actions = actionNames(doc.actions);
  if (actions.length > 0) properties.actions = actions;
  const reading = readEndpointQuery(rule, file);
  const queries = reading?.queries ?? [];
  if (reading !== null) {
    for (const d of reading.diagnostics) file.diags.items.push(d);
    Object.assign(properties, reading.properties);
  }
  const logsource = elasticLogsource({
    index: [ENDPOINT_EVENTS_INDEX],
    queries,
    eqlCategories: reading?.eqlCategories ?? null,
    tags: [],
    osList
  });
  canonicaliseFields(queries, logsource, properties);
  return {
    vendor: "elastic",
    path: file.path,
    line: 1,
    id,
    title: name ?? "",
    techniques,
    tags: [],
    logsource,
    queries,
    logicPos: reading?.logicPos ?? rulePos(),
    level: null,
    status: null,
    diagnostics: file.diags.items,
    properties
  };
}
function readEndpointQuery(rule, file) {
  const value = rule.query;
  if (typeof value !== "string") {
    file.diags.error(
      "elastic/missing-query",
      value === void 0 ? "an endpoint rule needs a `query` (EQL)" : `\`rule.query\` should be a string, not ${typeName(value)}`,
      file.pos(value === void 0 ? ["rule"] : ["rule", "query"])
    );
    return null;
  }
  const source = positionedQuery(file, value);
  return { ...parseQuery("eql", source, "endpoint"), logicPos: source.pos(0) };
}
function actionNames(v) {
  if (!Array.isArray(v)) return [];
  const out = [];
  for (const entry of v)
    if (isTable(entry) && typeof entry.action === "string" && !out.includes(entry.action))
      out.push(entry.action);
  return out;
}

// src/formats/elastic/filters.ts
init_ir();
init_wildcard();
function filterConjuncts(filters, file) {
  const where = ["rule", "filters"];
  if (filters === void 0) return [];
  if (!Array.isArray(filters)) {
    file.diags.warning(
      "elastic/invalid-metadata",
      `\`rule.filters\` should be a list of tables, not ${typeName(filters)}`,
      file.pos(where)
    );
    return [];
  }
  const out = [];
  filters.forEach((filter, i) => {
    const at = [...where, i];
    if (!isTable(filter)) {
      file.diags.warning(
        "elastic/invalid-metadata",
        `a filter should be a table, not ${typeName(filter)}`,
        file.pos(at)
      );
      return;
    }
    const meta = isTable(filter.meta) ? filter.meta : {};
    if (meta.disabled === true) return;
    let body = filter.query;
    let bodyAt = [...at, "query"];
    if (body === void 0) {
      const rest = {};
      for (const [k, v] of Object.entries(filter)) if (k !== "meta" && k !== "$state") rest[k] = v;
      body = rest;
      bodyAt = at;
    }
    const expr = new DslReader(file).read(body, bodyAt);
    if (expr === null) return;
    out.push(meta.negate === true ? { kind: "not", child: expr } : expr);
  });
  return out;
}
var DslReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  /** A DSL query; null when it matches everything. */
  read(node, at) {
    if (!isTable(node)) return this.unsupported(node, at, `a query should be a table, not ${typeName(node)}`);
    const parts = [];
    for (const [kind, body] of Object.entries(node)) {
      const e = this.clause(kind, body, [...at, kind]);
      if (e !== null) parts.push(e);
    }
    return parts.length === 0 ? null : and(parts);
  }
  clause(kind, body, at) {
    switch (kind) {
      case "match_all":
        return null;
      case "bool":
        return this.bool(body, at);
      case "exists": {
        const field = isTable(body) ? body.field : void 0;
        if (typeof field !== "string") return this.unsupported(body, at, "`exists` needs a `field`");
        return this.pred(field, "exists", null, false, [...at, "field"]);
      }
      case "terms":
        return this.terms(body, at);
      case "match_phrase":
      case "match":
      case "term":
      case "wildcard":
      case "prefix":
      case "regexp":
      case "range":
        return this.fieldClause(kind, body, at);
      default:
        return this.unsupported(body, at, `filter \`${kind}\` not interpreted`);
    }
  }
  bool(body, at) {
    if (!isTable(body)) return this.unsupported(body, at, "`bool` should be a table");
    const list3 = (key) => {
      const v = body[key];
      if (v === void 0) return [];
      return Array.isArray(v) ? v.map((x, i) => [x, [...at, key, i]]) : [[v, [...at, key]]];
    };
    const conjuncts = [];
    for (const key of ["must", "filter"]) {
      for (const [q, where] of list3(key)) {
        const e = this.read(q, where);
        if (e !== null) conjuncts.push(e);
      }
    }
    const should = [];
    let shouldAll = false;
    for (const [q, where] of list3("should")) {
      const e = this.read(q, where);
      if (e === null) shouldAll = true;
      else should.push(e);
    }
    if (should.length > 0 && !shouldAll) conjuncts.push(or(should));
    for (const [q, where] of list3("must_not")) {
      const e = this.read(q, where);
      if (e !== null) conjuncts.push({ kind: "not", child: e });
    }
    return conjuncts.length === 0 ? null : and(conjuncts);
  }
  terms(body, at) {
    if (!isTable(body)) return this.unsupported(body, at, "`terms` should be a table");
    const parts = [];
    for (const [field, values] of Object.entries(body)) {
      if (field === "boost") continue;
      if (!Array.isArray(values) || values.length === 0)
        return this.unsupported(body, at, "`terms` needs a list of values");
      const preds = [];
      values.forEach((v, i) => {
        const text2 = scalar(v);
        if (text2 !== null) preds.push(this.pred(field, "eq", text2, true, [...at, field, i]));
      });
      if (preds.length === 0) return this.unsupported(body, at, "`terms` values should be strings or numbers");
      parts.push(or(preds));
    }
    return parts.length === 0 ? null : and(parts);
  }
  /** `{ field: value }` or `{ field: { value / query / wildcard: v, case_insensitive, ... } }`. */
  fieldClause(kind, body, at) {
    if (!isTable(body)) return this.unsupported(body, at, `\`${kind}\` should be a table`);
    const entries = Object.entries(body).filter(([k]) => k !== "boost");
    if (entries.length !== 1) return this.unsupported(body, at, `\`${kind}\` should name exactly one field`);
    const [field, spec] = entries[0];
    const fieldAt = [...at, field];
    if (kind === "range") return this.range(field, spec, fieldAt);
    let value;
    let valueAt = fieldAt;
    let caseInsensitive = false;
    let flags;
    if (isTable(spec)) {
      const key = ["value", "query", "wildcard"].find((k) => spec[k] !== void 0);
      value = key === void 0 ? null : scalar(spec[key]);
      if (key !== void 0) valueAt = [...fieldAt, key];
      caseInsensitive = spec.case_insensitive === true;
      flags = spec.flags;
    } else value = scalar(spec);
    if (value === null) return this.unsupported(body, at, `\`${kind}\` on \`${field}\` has no usable value`);
    switch (kind) {
      case "wildcard": {
        const parts = parsePattern(value);
        return hasWildcard(parts) ? this.pred(field, "wildcard", buildPattern(parts), !caseInsensitive, valueAt) : this.pred(field, "eq", literalText(parts), !caseInsensitive, valueAt);
      }
      case "prefix":
        return this.pred(field, "wildcard", escapeLiteral(value) + "*", !caseInsensitive, valueAt);
      case "regexp": {
        const p = this.pred(field, "regex", value, !caseInsensitive, valueAt);
        if (caseInsensitive) p.flags = "i";
        if (flags !== void 0 && flags !== "ALL" && flags !== "NONE")
          this.file.diags.notice(
            "elastic/unsupported-filter",
            `regexp flags \`${String(flags)}\` are not kept`,
            this.file.pos([...fieldAt, "flags"])
          );
        return p;
      }
      default:
        return this.pred(field, "eq", value, !caseInsensitive, valueAt);
    }
  }
  range(field, spec, at) {
    if (!isTable(spec)) return this.unsupported(spec, at, `\`range\` on \`${field}\` should be a table`);
    const ops = [
      ["gt", "gt"],
      ["gte", "gte"],
      ["lt", "lt"],
      ["lte", "lte"]
    ];
    const parts = [];
    for (const [key, op] of ops) {
      const v = scalar(spec[key]);
      if (v !== null) parts.push(this.pred(field, op, v, true, [...at, key]));
    }
    if (parts.length === 0) return this.unsupported(spec, at, `\`range\` on \`${field}\` has no bound`);
    return and(parts);
  }
  pred(field, op, value, caseSensitive, at) {
    return { kind: "pred", field, sourceField: field, op, value, caseSensitive, pos: this.file.pos(at) };
  }
  unsupported(node, at, reason2) {
    const pos = this.file.pos(at);
    this.file.diags.notice("elastic/unsupported-filter", `\`${dotted(at)}\`: ${reason2}; kept as text`, pos);
    let text2;
    try {
      text2 = JSON.stringify(node) ?? String(node);
    } catch {
      text2 = String(node);
    }
    return { kind: "opaque", text: text2, reason: reason2, pos };
  }
};
function scalar(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return null;
}

// src/formats/elastic/index.ts
var TOML_PATH = /\.toml$/i;
var RULE_TABLE = new LinePattern(/[ \t]*\[[ \t]*rule[ \t]*\][ \t]*(?:#[^\n]*)?\r?$/, "[", true);
var RULE_TYPES = /* @__PURE__ */ new Set([
  "query",
  "eql",
  "esql",
  "threshold",
  "new_terms",
  "threat_match",
  "machine_learning",
  "saved_query"
]);
var COPIED_KEYS = [
  "threshold",
  "new_terms",
  "alert_suppression",
  "threat_index",
  "threat_query",
  "threat_language",
  "threat_mapping",
  "threat_indicator_path",
  "machine_learning_job_id",
  "anomaly_threshold",
  "saved_id"
];
var elasticFormat = {
  vendor: "elastic",
  detect(path13, text2) {
    return TOML_PATH.test(path13) && RULE_TABLE.test(text2);
  },
  parse(path13, text2) {
    try {
      return parseElastic(path13, text2);
    } catch (err) {
      const message3 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path13,
        line: 1,
        column: 1,
        severity: "error",
        code: "elastic/internal-error",
        message: `the Elastic reader failed on this file: ${message3}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseElastic(path13, text2) {
  const fileDiags = new Diagnostics3(path13);
  let doc;
  try {
    doc = parse(text2, { unsafeKeyBehaviour: "drop", maxDepth: 200 });
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const message3 = err.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    fileDiags.error("elastic/toml-error", `TOML: ${message3}`, { line: err.line, column: err.column });
    return { rules: [], diagnostics: fileDiags.items };
  }
  const rule = doc.rule;
  if (!isTable(rule)) {
    fileDiags.error(
      "elastic/missing-rule",
      rule === void 0 ? "the file has no `[rule]` table" : `\`rule\` should be a table, not ${typeName(rule)}`,
      { line: 1, column: 1 }
    );
    return { rules: [], diagnostics: fileDiags.items };
  }
  const file = new RuleFile(path13, text2, new Diagnostics3(path13));
  if (isEndpointRule(rule))
    return { rules: [readEndpointRule(doc, rule, file)], diagnostics: fileDiags.items };
  if (rule.rule_id === void 0) {
    fileDiags.error(
      "elastic/unknown-layout",
      rule.id === void 0 ? "the `[rule]` table has neither `rule_id` (an Elastic detection-rules rule) nor `id` (an Elastic Defend endpoint behavior rule); the file is not read as a rule" : "the `[rule]` table has an `id` and a `type`, but no `rule_id`: a detection-rules rule is named by `rule_id`, and an Elastic Defend endpoint behavior rule has no `type`; the file is not read as a rule",
      file.pos(["rule"])
    );
    return { rules: [], diagnostics: fileDiags.items };
  }
  return { rules: [readRule2(doc, rule, file)], diagnostics: fileDiags.items };
}
function readRule2(doc, rule, file) {
  const where = ["rule"];
  const rulePos = () => file.pos(where);
  const id = file.string(rule, "rule_id", where);
  const name = file.string(rule, "name", where);
  if (rule.name === void 0)
    file.diags.warning("elastic/invalid-metadata", "the rule has no `name`", rulePos());
  const severity = file.string(rule, "severity", where);
  const tags = file.strings(rule, "tags", where) ?? [];
  const index = file.strings(rule, "index", where);
  const metadata = isTable(doc.metadata) ? doc.metadata : {};
  const maturity = file.string(metadata, "maturity", ["metadata"]);
  const techniques = readTechniques2(rule.threat, ["rule", "threat"], file);
  const properties = {};
  const type = file.string(rule, "type", where);
  if (type === null) {
    if (rule.type === void 0)
      file.diags.warning("elastic/invalid-metadata", "the rule has no `type`", rulePos());
  } else {
    properties.type = type;
    if (!RULE_TYPES.has(type))
      file.diags.warning(
        "elastic/unknown-type",
        `unknown rule type \`${type}\` (expected one of ${[...RULE_TYPES].join(", ")}); its query is read as ${languageFor(type)}`,
        file.pos([...where, "type"])
      );
  }
  const reading = type === "machine_learning" ? null : readQuery(rule, type, file, properties);
  const queries = reading?.queries ?? [];
  for (const d of reading?.diagnostics ?? []) file.diags.items.push(d);
  if (reading !== null) Object.assign(properties, reading.properties);
  applyFilters(queries, filterConjuncts(rule.filters, file), properties);
  const exceptions = exceptionLists(rule.exceptions_list, file);
  if (exceptions !== null) properties.exceptionLists = exceptions;
  for (const key of COPIED_KEYS) if (rule[key] !== void 0) properties[key] = toJson(rule[key]);
  const override = file.string(rule, "event_category_override", where);
  if (override !== null) properties.eventCategoryOverride = override;
  const logsource = elasticLogsource({
    index: index ?? reading?.indices ?? null,
    queries,
    eqlCategories: override === null || override === "event.category" ? reading?.eqlCategories ?? null : null,
    tags
  });
  canonicaliseFields(queries, logsource, properties);
  return {
    vendor: "elastic",
    path: file.path,
    line: 1,
    id,
    title: name ?? "",
    techniques,
    tags,
    logsource,
    queries,
    logicPos: reading?.logicPos ?? rulePos(),
    level: severity,
    status: maturity,
    diagnostics: file.diags.items,
    properties
  };
}
function readQuery(rule, type, file, properties) {
  const where = ["rule"];
  const value = rule.query;
  if (typeof value !== "string") {
    if (value === void 0 && type === "saved_query") return null;
    file.diags.error(
      "elastic/missing-query",
      value === void 0 ? `a \`${type ?? "query"}\` rule needs a \`query\`` : `\`rule.query\` should be a string, not ${typeName(value)}`,
      file.pos(value === void 0 ? where : [...where, "query"])
    );
    return null;
  }
  let language = file.string(rule, "language", where);
  if (language === null) {
    language = languageFor(type);
    if (rule.language === void 0)
      file.diags.warning(
        "elastic/missing-language",
        `the rule has no \`language\`; its query is read as ${language}`,
        file.pos([...where, "query"])
      );
  }
  properties.language = language;
  const source = positionedQuery(file, value);
  const logicPos = source.pos(0);
  if (!isLanguage(language)) {
    file.diags.error(
      "elastic/unknown-language",
      `unknown query language \`${language}\` (expected kuery, eql, esql or lucene); the query is kept as text`,
      file.pos([...where, "language"])
    );
    const expr = {
      kind: "opaque",
      text: value,
      reason: `language \`${language}\` not supported`,
      pos: logicPos
    };
    return {
      queries: [{ label: "", expr }],
      diagnostics: [],
      properties: {},
      indices: null,
      eqlCategories: null,
      logicPos
    };
  }
  return { ...parseQuery(language, source), logicPos };
}
function languageFor(type) {
  return type === "eql" ? "eql" : type === "esql" ? "esql" : "kuery";
}
function applyFilters(queries, conjuncts, properties) {
  if (conjuncts.length === 0) return;
  if (queries.length === 0) {
    queries.push({ label: "", expr: andFlat(conjuncts) });
    return;
  }
  const missing2 = missingSteps(properties);
  for (const q of queries) {
    if (missing2.has(q.label) && q.expr.kind === "not")
      q.expr = { kind: "not", child: andFlat([q.expr.child, ...conjuncts]) };
    else q.expr = andFlat([q.expr, ...conjuncts]);
  }
}
function missingSteps(properties) {
  const out = /* @__PURE__ */ new Set();
  sequenceSteps(properties).forEach((step, i) => {
    if (step?.missing === true) out.add(`step ${i + 1}`);
  });
  return out;
}
function exceptionLists(v, file) {
  if (v === void 0) return null;
  if (!Array.isArray(v)) {
    file.diags.warning(
      "elastic/invalid-metadata",
      `\`rule.exceptions_list\` should be a list of tables, not ${typeName(v)}`,
      file.pos(["rule", "exceptions_list"])
    );
    return null;
  }
  const out = [];
  v.forEach((entry, i) => {
    if (isTable(entry)) out.push(toJson(entry));
    else
      file.diags.warning(
        "elastic/invalid-metadata",
        `an exceptions_list entry should be a table, not ${typeName(entry)}`,
        file.pos(["rule", "exceptions_list", i])
      );
  });
  return out;
}

// src/formats/index.ts
var FORMATS = [sigmaFormat, splunkFormat, elasticFormat];
var RULE_EXTENSIONS = [".yml", ".yaml", ".toml"];
function commonIndent(text2) {
  let indent = Infinity;
  for (const line of text2.split(/\r?\n/)) {
    const body = line.trimStart();
    if (body === "" || body.startsWith("#") || body === "---" || body === "...") continue;
    indent = Math.min(indent, line.length - body.length);
    if (indent === 0) return 0;
  }
  return Number.isFinite(indent) ? indent : 0;
}
function dedent(text2, n) {
  return text2.replace(/^[ \t]+/gm, (lead) => lead.slice(Math.min(n, lead.length)));
}
function detectFormat(path13, text2) {
  const format = FORMATS.find((f) => f.detect(path13, text2));
  if (format) return { format, indent: 0 };
  if (!/\.ya?ml$/i.test(path13)) return null;
  const indent = commonIndent(text2);
  if (indent === 0) return null;
  const flat2 = dedent(text2, indent);
  const found = FORMATS.find((f) => f.detect(path13, flat2));
  return found ? { format: found, indent } : null;
}
function firstContentLine(text2) {
  const lines = text2.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  return i === -1 ? 1 : i + 1;
}
function readRuleFile(path13, text2, context) {
  const found = detectFormat(path13, text2);
  if (!found) return { rules: [], diagnostics: [] };
  const { format, indent } = found;
  let result2;
  try {
    result2 = format.parse(path13, text2, context);
  } catch (err) {
    const message3 = err instanceof Error ? err.message : String(err);
    return {
      rules: [],
      diagnostics: [
        {
          path: path13,
          line: 1,
          column: 1,
          severity: "error",
          code: "internal-error",
          message: `detlint could not read this file: ${message3}`
        }
      ]
    };
  }
  for (const rule of result2.rules) {
    if (rule.id !== null) rule.id = ownCopy(rule.id);
    rule.title = ownCopy(rule.title);
  }
  if (indent === 0) return result2;
  const diagnostic = {
    path: path13,
    line: firstContentLine(text2),
    column: indent + 1,
    severity: "notice",
    code: "file/indented",
    message: `every line of this file is indented by ${indent} ${indent === 1 ? "character" : "characters"}; it is read as a rule, but other tools may not find its keys: remove the indentation`
  };
  return { ...result2, diagnostics: [diagnostic, ...result2.diagnostics] };
}
function whyNotARule(path13, text2) {
  if (/\.ya?ml$/i.test(path13)) {
    if (text2.trim() === "") return "an empty YAML file";
    return "YAML that is neither a Sigma rule (no top-level detection, logsource or correlation) nor a Splunk detection (no search)";
  }
  if (/\.toml$/i.test(path13)) {
    if (text2.trim() === "") return "an empty TOML file";
    if (/^[ \t]*\[[ \t]*rule[ \t]*\]/m.test(text2)) return "TOML with a [rule] table but no rule_id";
    return "TOML without an Elastic [rule] table";
  }
  return `not a rule file: detlint reads ${RULE_EXTENSIONS.join(", ")} files`;
}

// src/engine.ts
import path4 from "node:path";

// src/diagnostics-cap.ts
var MAX_PER_CODE = 50;
function capDiagnostics(diagnostics) {
  const seen = /* @__PURE__ */ new Map();
  let over = false;
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n > MAX_PER_CODE) over = true;
  }
  if (!over) return diagnostics;
  const kept = [];
  const count2 = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const n = (count2.get(d.code) ?? 0) + 1;
    count2.set(d.code, n);
    if (n <= MAX_PER_CODE) kept.push(d);
    else if (n === MAX_PER_CODE + 1) {
      const rest = (seen.get(d.code) ?? 0) - MAX_PER_CODE;
      kept.push({
        ...d,
        message: `${rest} more \`${d.code}\` diagnostic${rest === 1 ? "" : "s"} from here on ${rest === 1 ? "is" : "are"} not listed (at most ${MAX_PER_CODE} of one code per file); the first of them: ${d.message}`
      });
    }
  }
  return kept;
}
function capResult(result2) {
  for (const rule of result2.rules) rule.diagnostics = capDiagnostics(rule.diagnostics);
  return { ...result2, diagnostics: capDiagnostics(result2.diagnostics) };
}

// src/files.ts
import {
  existsSync,
  lstatSync as lstatSync2,
  readdirSync as readdirSync2,
  readFileSync as readFileSync2,
  realpathSync,
  statSync as statSync3
} from "node:fs";
import path2 from "node:path";
import ignoreFactory from "ignore";
import { Minimatch, minimatch } from "minimatch";
init_source_file();
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules"]);
var GLOB_CHARS = /[*?[\]{}!]/;
var lastRoot = "";
var lastRootPlain = false;
var UNPLAIN_TAIL = /(?:^|[\\/])\.\.?(?:[\\/]|$)|^[\\/]|[\\/][\\/]|[\\/]$/;
function displayPath(file, root) {
  if (file.length > root.length + 1 && file.charAt(root.length) === path2.sep && file.startsWith(root)) {
    if (root !== lastRoot) {
      lastRoot = root;
      lastRootPlain = path2.isAbsolute(root) && path2.resolve(root) === root;
    }
    const tail = file.slice(root.length + 1);
    if (lastRootPlain && !UNPLAIN_TAIL.test(tail)) return path2.sep === "/" ? tail : posix(tail);
  }
  const cut2 = file.lastIndexOf(path2.sep);
  const name = file.slice(cut2 + 1);
  if (cut2 > 0 && path2.isAbsolute(file) && name !== "" && name !== "." && name !== ".." && !/[\\/]/.test(name)) {
    const folder = shownFolder(file.slice(0, cut2), root);
    if (folder !== null) return folder === "" ? name : `${folder}/${name}`;
  }
  const rel = path2.relative(root, file);
  const shown = rel === "" || path2.isAbsolute(rel) ? file : rel;
  return shown.split(path2.sep).join("/");
}
var shownFolders = /* @__PURE__ */ new Map();
var folderRoot = "";
function shownFolder(folder, root) {
  if (root !== folderRoot || shownFolders.size > 1e4) {
    shownFolders.clear();
    folderRoot = root;
  }
  let shown = shownFolders.get(folder);
  if (shown === void 0) {
    const rel = path2.relative(root, folder);
    shown = path2.isAbsolute(rel) ? null : posix(rel);
    shownFolders.set(folder, shown);
  }
  return shown;
}
function posix(p) {
  return p.split(path2.sep).join("/");
}
function isRuleExtension(name) {
  return RULE_EXTENSIONS.includes(path2.extname(name).toLowerCase());
}
function skippedDir(name) {
  return name.startsWith(".") || SKIP_DIRS.has(name);
}
var GitIgnores = class _GitIgnores {
  constructor(layers) {
    this.layers = layers;
  }
  layers;
  /** Nothing ignored. */
  static none() {
    return new _GitIgnores([]);
  }
  /**
   * The `.gitignore` files of the folders above `dir` up to the repository's top (the first
   * folder holding `.git`); none when `dir` is not in a repository. `dir`'s own is added
   * when it is entered.
   */
  static above(dir) {
    const chain = [];
    let d = path2.resolve(dir);
    while (!existsSync(path2.join(d, ".git"))) {
      const up = path2.dirname(d);
      if (up === d) return _GitIgnores.none();
      chain.unshift(up);
      d = up;
    }
    let layers = _GitIgnores.none();
    for (const folder of chain) layers = layers.enter(folder);
    return layers;
  }
  /** Every `.gitignore` file that applies at `dir`, its own included. */
  static at(dir) {
    return _GitIgnores.above(dir).enter(path2.resolve(dir));
  }
  /** The layers for a subfolder: these plus its own `.gitignore`, when it has one. */
  enter(dir) {
    let text2;
    try {
      text2 = readFileSync2(path2.join(dir, ".gitignore"), "utf8");
    } catch {
      return this;
    }
    return new _GitIgnores([...this.layers, { base: dir, ig: ignoreFactory().add(text2) }]);
  }
  /**
   * Does a `.gitignore` ignore this path (a folder when `dir`)? As in git, the deepest file
   * with a rule for the path decides (`!name` below re-includes what a parent ignores).
   */
  ignores(abs, dir) {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { base, ig } = this.layers[i];
      const rel = posix(path2.relative(base, abs));
      if (rel === "" || rel.startsWith("../") || path2.isAbsolute(rel)) continue;
      const verdict = ig.test(dir ? `${rel}/` : rel);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }
};
var Walker = class {
  constructor(options) {
    this.options = options;
  }
  options;
  files = [];
  problems = [];
  /** Real paths of the folders walked, against folder symlinks walked twice. */
  seen = /* @__PURE__ */ new Set();
  /**
   * Walks folder `dir`. `known`: its real path, when it is a plain folder (not a link) of a
   * folder whose real path is known: then it is that folder's real path and its name, and the
   * system is not asked.
   */
  walk(dir, ignores, ancestors = [], known) {
    let real;
    if (known !== void 0) real = known;
    else
      try {
        real = realpathSync.native(dir);
      } catch (err) {
        this.unreadable(dir, err);
        return;
      }
    if (ancestors.includes(real)) {
      this.problems.push({
        file: dir,
        code: "io/symlink-loop",
        message: `a symbolic link loop: this folder leads back to ${real}, which contains it; not walked again`
      });
      return;
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch (err) {
      this.unreadable(dir, err);
      return;
    }
    const here = this.options.gitignore ? ignores.enter(dir) : ignores;
    const chain = [...ancestors, real];
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const prefix = dir.endsWith(path2.sep) ? dir : dir + path2.sep;
    const realPrefix = real.endsWith(path2.sep) ? real : real + path2.sep;
    for (const e of entries) this.visit(prefix + e.name, e, here, chain, realPrefix);
  }
  visit(abs, e, ignores, chain, realPrefix) {
    let isDir = e.isDirectory();
    const link2 = e.isSymbolicLink();
    if (link2) {
      try {
        isDir = statSync3(abs).isDirectory();
      } catch (err) {
        if (errorCode(err) === "ELOOP" || !isRuleExtension(e.name)) {
          if (errorCode(err) === "ELOOP") this.loop(abs);
          return;
        }
        if (this.options.keepFile(abs)) this.files.push(abs);
        return;
      }
    }
    if (isDir) {
      if (skippedDir(e.name) && !this.options.spelled(abs)) return;
      if (this.options.gitignore && ignores.ignores(abs, true)) return;
      if (this.options.enterDir(abs)) this.walk(abs, ignores, chain, link2 ? void 0 : realPrefix + e.name);
      return;
    }
    if (this.options.gitignore && ignores.ignores(abs, false)) return;
    if (this.options.keepFile(abs)) this.files.push(abs);
  }
  unreadable(dir, err) {
    if (errorCode(err) === "ELOOP") return this.loop(dir);
    const code2 = errorCode(err);
    const why = code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : errorText(err);
    this.problems.push({
      file: dir,
      code: "io/unreadable-folder",
      message: `cannot read this folder: ${why}`
    });
  }
  loop(abs) {
    this.problems.push({
      file: abs,
      code: "io/symlink-loop",
      message: "a symbolic link loop: the link resolves to itself through other links"
    });
  }
};
function globBase(pattern3) {
  const segs = pattern3.split("/");
  const base = [];
  for (const seg of segs.slice(0, -1)) {
    if (GLOB_CHARS.test(seg)) break;
    base.push(seg);
  }
  return base.join("/") || ".";
}
function existsLiterally(abs) {
  try {
    lstatSync2(abs);
    return true;
  } catch {
    return false;
  }
}
function isDirectory2(abs) {
  try {
    return statSync3(abs).isDirectory();
  } catch {
    return false;
  }
}
function matchesAny(rel, patterns) {
  return patterns.some((p) => minimatch(rel, p, { dot: true }));
}
function expandEntry(entry, root, gitignore) {
  const abs = path2.resolve(root, entry);
  const ignores = (dir) => gitignore ? GitIgnores.above(dir) : GitIgnores.none();
  if (existsLiterally(abs)) {
    if (!isDirectory2(abs)) return { files: [abs], problems: [], missing: false };
    const walker2 = new Walker({
      keepFile: (f) => isRuleExtension(f),
      enterDir: () => true,
      spelled: () => false,
      gitignore
    });
    walker2.walk(abs, ignores(abs), []);
    return { files: walker2.files, problems: walker2.problems, missing: false };
  }
  if (!GLOB_CHARS.test(entry)) return { files: [], problems: [], missing: true };
  const pattern3 = posix(entry);
  const full = new Minimatch(pattern3, { dot: false });
  const partial = new Minimatch(pattern3, { dot: false, partial: true });
  const base = path2.resolve(root, globBase(pattern3));
  const segments = new Set(pattern3.split("/"));
  const rel = (f) => posix(path2.relative(root, f));
  const walker = new Walker({
    keepFile: (f) => full.match(rel(f)),
    enterDir: (d) => partial.match(rel(d)),
    // Without dot matching, only a segment that spells the dot reaches a dot folder.
    spelled: (d) => partial.match(rel(d)) && (path2.basename(d).startsWith(".") || segments.has(path2.basename(d))),
    gitignore
  });
  if (isDirectory2(base)) walker.walk(base, ignores(base), []);
  return { files: walker.files, problems: walker.problems, missing: false };
}
function resolveSources(entries, root, options = {}) {
  const opts = Array.isArray(options) ? { ignore: options } : options;
  const ignore = opts.ignore ?? [];
  const all = /* @__PURE__ */ new Set();
  const missing2 = [];
  const expanded = [];
  const problems = [];
  for (const entry of new Set(entries)) {
    const got = expandEntry(entry, root, opts.gitignore === true);
    if (got.missing) missing2.push(entry);
    const kept = got.files.filter((f) => ignore.length === 0 || !matchesAny(displayPath(f, root), ignore));
    expanded.push({ entry, files: [...new Set(kept)].sort(), problems: got.problems.length });
    for (const f of kept) all.add(f);
    problems.push(...got.problems);
  }
  const seen = /* @__PURE__ */ new Set();
  const unique3 = problems.filter((p) => !seen.has(p.file) && seen.add(p.file));
  return { files: [...all].sort(), missing: missing2, entries: expanded, problems: unique3 };
}

// src/engine.ts
init_source_file();
init_findings();
init_catalog();

// src/catalog/cache.ts
init_hash();
init_ir();
init_keys();
init_version();
import { mkdirSync, renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path3 from "node:path";
init_sections();
init_catalog();
var CACHE_FORMAT = "detlint-catalog-cache";
var CACHE_VERSION = 6;
var STAT_MISSES_BEFORE_READING = 64;
function onCi(env = process.env) {
  const ci = env.CI;
  return ci !== void 0 && ci !== "" && ci !== "false" && ci !== "0";
}
var CacheError = class extends Error {
};
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
function combinedKey(own, dependencies) {
  return dependencies === null || dependencies === "" ? own : sha256(`${own}\0${dependencies}`);
}
var RACY_MS = 2e3;
function fingerprintTime(stat) {
  const colon = stat.indexOf(":");
  return colon > 0 && /^\d+$/.test(stat.slice(0, colon)) && colon < stat.length - 1 ? Number(stat.slice(colon + 1)) : NaN;
}
function cacheKey(ignore, version = VERSION) {
  return sha256(
    JSON.stringify({
      detlint: version,
      source: SOURCE_HASH,
      catalog: CATALOG_VERSION,
      cache: CACHE_VERSION,
      keys: KEY_VERSION,
      // A reader added or removed changes what a file yields, even at the same version.
      readers: FORMATS.map((f) => f.vendor),
      ignore: [...ignore]
    })
  );
}
function freshEntry(shown, hash, rules, failed) {
  const keys = /* @__PURE__ */ new Map();
  const interner = new KeyInterner(keys);
  const out = [];
  for (const r of rules) {
    if (failed === void 0) out.push(catalogRule(r, interner));
    else
      try {
        out.push(catalogRule(r, interner));
      } catch (err) {
        failed(err);
        hash = "";
      }
  }
  return { path: shown, sha256: hash, keys, rules: out };
}
function catalogFromEntries(entries) {
  const keys = /* @__PURE__ */ new Map();
  const rules = [];
  for (const e of entries) {
    for (const [k, parts] of e.keys) if (!keys.has(k)) keys.set(k, parts);
    for (const r of e.rules) rules.push({ ...r });
  }
  return indexCatalog(rules, keys);
}
var EMPTY_ENTRY = { path: "", sha256: "", keys: /* @__PURE__ */ new Map(), rules: [] };
function overlayLimit(files) {
  return Math.max(50, Math.ceil(files / 10));
}
function keyByStat(row, file, reader) {
  if (row.own === "") return row.key;
  return reader.definitions === void 0 ? null : combinedKey(row.own, reader.definitions(file));
}
function rowOf(bytes, dependencies, stat, now) {
  const own = sha256(bytes);
  return {
    key: combinedKey(own, dependencies),
    // A NaN time (not a fingerprint) is never recorded either.
    stat: stat !== null && fingerprintTime(stat) <= now - RACY_MS ? stat : "",
    own: dependencies === null ? "" : own
  };
}
function buildCatalogCached(files, reader, options) {
  const now = options.now ?? Date.now();
  const key = cacheKey(options.ignore, options.version);
  const notices = [];
  const loaded2 = loadCache(options.cacheFile, key, notices);
  const entries = [];
  const fromBase = /* @__PURE__ */ new Set();
  const rows = /* @__PURE__ */ new Map();
  let reused = 0;
  let parsed = 0;
  const misses = [];
  const places = [];
  let statMisses = 0;
  let statHits = 0;
  const missesBeforeReading = options.statMissesBeforeReading ?? STAT_MISSES_BEFORE_READING;
  for (const file of files) {
    const shown = reader.shown(file);
    const known = loaded2?.files.get(shown);
    const entry = known?.inBase === false ? loaded2?.overlay.get(shown) : void 0;
    const cached2 = known !== void 0 && (known.inBase || entry !== void 0) ? known : void 0;
    let row;
    let bytes = null;
    let stat = null;
    const ask = reader.readWithStat === void 0 || statHits > 0 || statMisses < missesBeforeReading;
    if (cached2 !== void 0 && cached2.stat !== "" && reader.stat !== void 0 && ask) {
      stat = reader.stat(file);
      if (stat === cached2.stat && keyByStat(cached2, file, reader) === cached2.key) {
        statHits++;
        row = { key: cached2.key, stat: cached2.stat, own: cached2.own };
      } else statMisses++;
    } else if (reader.readWithStat === void 0) stat = reader.stat?.(file) ?? null;
    if (row === void 0) {
      if (reader.readWithStat !== void 0) ({ bytes, stat } = reader.readWithStat(file));
      else bytes = reader.bytes(file);
      row = bytes === null ? null : rowOf(bytes, reader.dependencies?.(file, bytes) ?? null, stat, now);
    }
    if (row !== null) rows.set(shown, row);
    if (row !== null && cached2 !== void 0 && row.key === cached2.key) {
      reused++;
      if (entry === void 0) fromBase.add(shown);
      else entries.push(entry);
      continue;
    }
    parsed++;
    const hash = row === null ? null : row.key;
    if (reader.entries) {
      places.push(entries.length);
      entries.push(EMPTY_ENTRY);
      misses.push({ file, bytes, hash });
      continue;
    }
    const failed = reader.failed === void 0 ? void 0 : (err) => reader.failed?.(file, err);
    entries.push(freshEntry(shown, hash ?? "", reader.rules(file, bytes), failed));
  }
  reader.entries?.(misses).forEach((entry, i) => entries[places[i]] = entry);
  const current = [];
  for (const p of fromBase) current.push([p, rows.get(p)]);
  for (const e of entries)
    if (e.sha256 !== "" && !fromBase.has(e.path))
      current.push([e.path, { ...rows.get(e.path), key: e.sha256 }]);
  const fresh = catalogFromEntries(entries);
  const catalog = loaded2 === null || fromBase.size === 0 ? fresh : combineCatalogs([{ catalog: loaded2.base, keep: (r) => fromBase.has(r.path) }, { catalog: fresh }]);
  const stored = current.length;
  const statsCount = !(options.ci ?? onCi());
  const unchanged = loaded2 !== null && parsed === 0 && stored === loaded2.files.size && current.every(([p, r]) => {
    const k = loaded2.files.get(p);
    return k !== void 0 && k.key === r.key && (!statsCount || k.stat === r.stat && k.own === r.own);
  });
  if (!unchanged) {
    const overlay = entries.filter((e) => e.sha256 !== "");
    if (loaded2 === null || overlay.length > (options.overlayLimit ?? overlayLimit(stored)))
      writeCache(options.cacheFile, key, current, [], serializeCatalogBytes(catalog), fromBase, notices, true);
    else writeCache(options.cacheFile, key, current, overlay, loaded2.baseBytes, fromBase, notices, false);
  }
  const status = reused === 0 ? parsed === 0 && loaded2 !== null ? "hit" : "miss" : parsed === 0 ? "hit" : "partial";
  const cache = { status, reused, parsed };
  if (notices.length > 0) cache.notice = notices.join(" ");
  return { catalog, cache };
}
function loadCache(file, key, notices) {
  let bytes;
  try {
    bytes = fileSource(file);
  } catch (err) {
    if (err.code !== "ENOENT")
      notices.push(
        `cannot read the catalog cache ${file} (${message(err)}); building the catalog without it.`
      );
    return null;
  }
  try {
    return parseCache(bytes, key, file);
  } catch (err) {
    if (!(err instanceof CacheError) && !(err instanceof CatalogError)) throw err;
    notices.push(`the catalog cache ${file} is not usable (${err.message}); rebuilding it.`);
    return null;
  }
}
function message(err) {
  return err instanceof Error ? err.message : String(err);
}
function fail2(where, what) {
  throw new CacheError(`${where}: ${what}`);
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function list(v, where) {
  return Array.isArray(v) ? v : fail2(where, "expected a list");
}
function str3(v, where) {
  return typeof v === "string" ? v : fail2(where, "expected a string");
}
function strOrNull2(v, where) {
  return v === null ? null : str3(v, where);
}
function indices(v, where, keys) {
  return list(v, where).map(
    (x, i) => Number.isInteger(x) && x >= 0 && x < keys.length ? keys[x] : fail2(`${where}[${i}]`, `expected a key index below ${keys.length}`)
  );
}
function readRule3(v, where, keys) {
  if (!isObject2(v)) fail2(where, "expected an object");
  const vendor = str3(v.vendor, `${where}.vendor`);
  if (!VENDORS.includes(vendor)) fail2(`${where}.vendor`, "unknown vendor");
  if (typeof v.line !== "number") fail2(`${where}.line`, "expected a number");
  return {
    vendor,
    id: strOrNull2(v.id, `${where}.id`),
    title: str3(v.title, `${where}.title`),
    path: str3(v.path, `${where}.path`),
    line: v.line,
    level: strOrNull2(v.level, `${where}.level`),
    techniques: list(v.techniques, `${where}.techniques`).map((t, i) => str3(t, `${where}.techniques[${i}]`)),
    eventKind: str3(v.eventKind, `${where}.eventKind`),
    events: list(v.events, `${where}.events`).map((e, i) => str3(e, `${where}.events[${i}]`)),
    indicators: indices(v.indicators, `${where}.indicators`, keys),
    exclusions: indices(v.exclusions, `${where}.exclusions`, keys),
    standalone: indices(v.standalone, `${where}.standalone`, keys)
  };
}
var SHA256 = /^[0-9a-f]{64}$/;
function readEntry(v, where) {
  if (!isObject2(v)) fail2(where, "expected an object");
  const hash = str3(v.sha256, `${where}.sha256`);
  if (!SHA256.test(hash)) fail2(`${where}.sha256`, "expected a sha256 in hex");
  const keys = /* @__PURE__ */ new Map();
  const keyStrings = list(v.keys, `${where}.keys`).map((k, i) => {
    const at = `${where}.keys[${i}]`;
    if (!Array.isArray(k) || k.length !== 3) fail2(at, "expected [field, op, value]");
    const parts = { field: strOrNull2(k[0], at), op: str3(k[1], at), value: strOrNull2(k[2], at) };
    const s = formatKey(parts);
    keys.set(s, parts);
    return s;
  });
  if (keys.size !== keyStrings.length) fail2(`${where}.keys`, "a key is listed twice");
  const rules = list(v.rules, `${where}.rules`).map((r, i) => readRule3(r, `${where}.rules[${i}]`, keyStrings));
  return { path: str3(v.path, `${where}.path`), sha256: hash, keys, rules };
}
function parseCache(bytes, key, file) {
  let doc;
  let bodyStart = 0;
  let head;
  try {
    head = readHeaderLine(bytes);
  } catch (err) {
    return fail2("header", `cannot read: ${message(err)}`);
  }
  if (head !== null) ({ header: doc, bodyStart } = head);
  else
    try {
      doc = JSON.parse(bytes.bytes(0, bytes.size).toString("utf8"));
    } catch (err) {
      fail2("JSON", message(err));
    }
  if (!isObject2(doc) || doc.format !== CACHE_FORMAT) fail2("format", `not "${CACHE_FORMAT}"`);
  if (doc.version !== CACHE_VERSION || doc.key !== key) return null;
  if (head === null || !bodyIsWhole(doc, bytes.size, bodyStart))
    fail2("body", "the file is cut short or was changed after it was written");
  const sections = isObject2(doc.sections) ? doc.sections : fail2("sections", "expected an object");
  const at = (name) => {
    const v = sections[name];
    return isSpan(v, doc.body) ? v : fail2(`sections.${name}`, "expected [start, end] within the file");
  };
  const section = (name) => {
    let json;
    try {
      json = sectionText(bytes, bodyStart, at(name));
    } catch (err) {
      if (err instanceof CacheError) throw err;
      return fail2(name, `cannot read: ${message(err)}`);
    }
    try {
      return JSON.parse(json);
    } catch (err) {
      return fail2(name, `not valid JSON: ${message(err)}`);
    }
  };
  const files = /* @__PURE__ */ new Map();
  list(section("files"), "files").forEach((f, i) => {
    if (!Array.isArray(f) || f.length !== 5 || f[2] !== 0 && f[2] !== 1)
      fail2(`files[${i}]`, "expected [path, sha256, 0 or 1, stat, own]");
    const hash = str3(f[1], `files[${i}][1]`);
    if (!SHA256.test(hash)) fail2(`files[${i}][1]`, "expected a sha256 in hex");
    const stat = str3(f[3], `files[${i}][3]`);
    if (stat !== "" && !Number.isFinite(fingerprintTime(stat)))
      fail2(`files[${i}][3]`, 'expected "<size>:<mtimeMs>" or ""');
    const own = str3(f[4], `files[${i}][4]`);
    if (own !== "" && !SHA256.test(own)) fail2(`files[${i}][4]`, 'expected a sha256 in hex or ""');
    files.set(str3(f[0], `files[${i}][0]`), { key: hash, inBase: f[2] === 1, stat, own });
  });
  const overlay = /* @__PURE__ */ new Map();
  list(section("overlay"), "overlay").forEach((e, i) => {
    const entry = readEntry(e, `overlay[${i}]`);
    overlay.set(entry.path, entry);
  });
  const [bs, be] = at("base");
  const baseBytes = subSource(bytes, bodyStart + bs, bodyStart + be);
  const base = parseCatalog(baseBytes, `base of ${file}`);
  return { files, overlay, base, baseBytes };
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function serializeEntry(e) {
  const index = new Map([...e.keys.keys()].map((k, i) => [k, i]));
  return JSON.stringify({
    path: e.path,
    sha256: e.sha256,
    keys: [...e.keys.values()].map((p) => [p.field, p.op, p.value]),
    rules: e.rules.map((r) => ({
      vendor: r.vendor,
      id: r.id,
      title: r.title,
      path: r.path,
      line: r.line,
      level: r.level,
      techniques: r.techniques,
      eventKind: r.eventKind,
      events: r.events,
      indicators: r.indicators.map((k) => index.get(k)),
      exclusions: r.exclusions.map((k) => index.get(k)),
      standalone: r.standalone.map((k) => index.get(k))
    }))
  });
}
function serializeCache(key, files, overlay, base, inBase) {
  const body = new BodyWriter();
  const rows = [...files].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([p, r]) => [p, r.key, inBase(p) ? 1 : 0, r.stat, r.own]);
  body.put(',"files":');
  const filesSpan = body.put(JSON.stringify(rows));
  body.put('\n,"overlay":');
  const overlaySpan = body.put(`[${[...overlay].sort(byPath).map(serializeEntry).join(",")}]`);
  body.put('\n,"base":\n');
  const baseSpan = body.put(base);
  body.put("}\n");
  return body.bytes({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    generator: `detlint ${VERSION}`,
    key,
    body: body.length,
    sections: { files: filesSpan, overlay: overlaySpan, base: baseSpan }
  });
}
function writeCache(file, key, files, overlay, base, fromBase, notices, whole) {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const baseBytes = Buffer.isBuffer(base) ? base : base.bytes(0, base.size);
    mkdirSync(path3.dirname(path3.resolve(file)), { recursive: true });
    writeFileSync2(
      tmp,
      serializeCache(key, files, overlay, baseBytes, (p) => whole || fromBase.has(p))
    );
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    notices.push(
      `could not write the catalog cache ${file} (${message(err)}); the next run builds the catalog again.`
    );
  }
}

// src/catalog/parallel.ts
init_keys();
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import {
  MessageChannel,
  Worker,
  parentPort,
  receiveMessageOnPort,
  workerData
} from "node:worker_threads";
var MIN_FILES = 400;
var MIN_PROCESSORS = 4;
var MAX_AUTO_WORKERS = 3;
var STALL_MS = 3e4;
var WAIT_SLICE_MS = 200;
function testOptions(env = process.env) {
  const words = (env.DETLINT_WORKERS_TEST ?? "").split(",").map((w) => w.trim());
  const stall = Number(words.find((w) => w.startsWith("stall="))?.slice(6));
  const fault = words.find((w) => w === "exit" || w === "throw" || w === "hang");
  return {
    trace: words.includes("trace"),
    workerFirst: words.includes("worker-first"),
    stallMs: Number.isFinite(stall) && stall > 0 ? stall : STALL_MS,
    ...fault === void 0 ? {} : { fault }
  };
}
function autoWorkers(files, processors = availableParallelism()) {
  if (files < MIN_FILES || processors < MIN_PROCESSORS) return 0;
  return Math.max(1, Math.min(processors - 2, MAX_AUTO_WORKERS));
}
function workerCount(files, env = process.env) {
  const forced = env.DETLINT_WORKERS?.trim();
  if (forced !== void 0 && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  return autoWorkers(files);
}
function workerFile() {
  const file = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync2(file) ? file : null;
}
function chunkSize(files) {
  return Math.max(4, Math.min(32, Math.ceil(files / 64)));
}
var SIGNAL = 1;
var HEADER = 2;
var STOPPED = 2;
var NOBODY = 0;
var MAIN = 1;
var FIRST_WORKER = 2;
var Slots = class {
  constructor(workers, chunks) {
    this.workers = workers;
    this.chunks = chunks;
  }
  workers;
  chunks;
  get size() {
    return HEADER + 2 * this.workers + this.chunks;
  }
  state(w) {
    return HEADER + w;
  }
  progress(w) {
    return HEADER + this.workers + w;
  }
  owner(c) {
    return HEADER + 2 * this.workers + c;
  }
};
function fromWire(w) {
  if (w === null) return null;
  const keys = /* @__PURE__ */ new Map();
  const names = [];
  for (let i = 0; i < w.keys.length; i += 3) {
    const parts = { field: w.keys[i], op: w.keys[i + 1], value: w.keys[i + 2] };
    const k = formatKey(parts);
    keys.set(k, parts);
    names.push(k);
  }
  const rules = w.rules.map((r) => ({
    ...r,
    indicators: r.indicators.map((i) => names[i]),
    exclusions: r.exclusions.map((i) => names[i]),
    standalone: r.standalone.map((i) => names[i])
  }));
  const failures = w.failures.map((f) => {
    if ("thrown" in f) return { stage: f.stage, error: f.thrown };
    const error = new Error(f.message);
    error.name = f.name;
    if (f.stack !== null) error.stack = f.stack;
    return { stage: f.stage, error };
  });
  return { keys, rules, failures };
}
function parseInWorkers(tasks, workers, setup, parse2, done = () => {
}) {
  const size = chunkSize(tasks.length);
  const chunks = Math.ceil(tasks.length / size);
  const results = new Array(chunks);
  const slots = new Slots(workers, chunks);
  const shared = new SharedArrayBuffer(4 * slots.size);
  const mem = new Int32Array(shared);
  const threads = chunks > 1 ? startWorkers(workers, tasks, size, setup, slots, shared) : [];
  const test = testOptions();
  const byWorker = threads.map(() => 0);
  let byMain = 0;
  const deliver = (chunk, files) => {
    if (results[chunk] !== void 0) return;
    results[chunk] = files;
    for (let i = 0; i < files.length; i++) done(chunk * size + i);
  };
  const drain = () => {
    for (const t of threads)
      for (let m = receiveMessageOnPort(t.port); m !== void 0; m = receiveMessageOnPort(t.port)) {
        const d = m.message;
        if (results[d.chunk] === void 0) byWorker[threads.indexOf(t)]++;
        deliver(d.chunk, JSON.parse(d.json).map(fromWire));
      }
  };
  const local = (chunk) => {
    const out = [];
    for (let i = chunk * size; i < Math.min(tasks.length, (chunk + 1) * size); i++)
      out.push(parse2(tasks[i], setup));
    if (results[chunk] === void 0) byMain++;
    deliver(chunk, out);
  };
  if (test.workerFirst) {
    for (let signal = Atomics.load(mem, SIGNAL); signal < threads.length; signal = Atomics.load(mem, SIGNAL))
      if (Atomics.wait(mem, SIGNAL, signal, test.stallMs) === "timed-out") break;
  }
  for (let c = chunks - 1; c >= 0; c--) {
    if (Atomics.compareExchange(mem, slots.owner(c), NOBODY, MAIN) !== NOBODY) break;
    local(c);
    drain();
  }
  for (; ; ) {
    const signal = Atomics.load(mem, SIGNAL);
    const now = Date.now();
    const given = threads.map((t, w) => {
      const progress2 = Atomics.load(mem, slots.progress(w));
      if (progress2 !== t.progress) {
        t.progress = progress2;
        t.since = now;
      }
      return Atomics.load(mem, slots.state(w)) === STOPPED || now - t.since > test.stallMs;
    });
    drain();
    let waiting = false;
    for (let c = 0; c < chunks; c++) {
      if (results[c] !== void 0) continue;
      const owner = Atomics.compareExchange(mem, slots.owner(c), NOBODY, MAIN);
      if (owner === NOBODY || owner >= FIRST_WORKER && given[owner - FIRST_WORKER]) {
        Atomics.store(mem, slots.owner(c), MAIN);
        local(c);
      } else waiting = true;
    }
    if (!waiting) break;
    Atomics.wait(mem, SIGNAL, signal, WAIT_SLICE_MS);
  }
  if (test.trace)
    process.stderr.write(
      `detlint: ${tasks.length} files in ${chunks} chunks: ${byMain} parsed by the main thread, ${byWorker.join(" + ") || 0} by ${threads.length} workers
`
    );
  for (const t of threads) {
    t.port.close();
    void t.worker.terminate();
  }
  return results.flat();
}
function startWorkers(workers, tasks, chunk, setup, slots, shared) {
  const file = workerFile();
  const threads = [];
  if (file === null) return threads;
  for (let id = 0; id < workers; id++) {
    try {
      const channel2 = new MessageChannel();
      const worker = new Worker(file, { workerData: setup });
      worker.on("error", () => {
      });
      worker.unref();
      const job = { id, workers: slots.workers, chunk, tasks: [...tasks], shared, port: channel2.port2 };
      worker.postMessage(job, [channel2.port2]);
      threads.push({ worker, port: channel2.port1, progress: 0, since: Date.now() });
    } catch {
      break;
    }
  }
  return threads;
}

// src/checks/index.ts
init_catalog();

// src/checks/noisy-indicator.ts
init_ir();
init_keys();
init_fields();
init_describe();

// src/checks/types.ts
init_ir();
function ruleRefs(catalog, indices2, n) {
  const byVendor = new Map(VENDORS.map((v) => [v, []]));
  for (const i of indices2) {
    const r = catalog.rules[i];
    byVendor.get(r.vendor)?.push({ vendor: r.vendor, id: r.id, title: r.title, path: r.path });
  }
  const queues = [...byVendor.values()].map((list3) => list3.sort(byTitle));
  const picked = [];
  for (let round3 = 0; picked.length < n; round3++) {
    const before = picked.length;
    for (const q of queues) if (round3 < q.length && picked.length < n) picked.push(q[round3]);
    if (picked.length === before) break;
  }
  return picked.sort(byTitle);
}
function byTitle(a, b) {
  return a.title < b.title ? -1 : a.title > b.title ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function without(list3, skip) {
  if (!list3) return [];
  return skip.size === 0 ? [...list3] : list3.filter((i) => !skip.has(i));
}

// src/checks/noisy-indicator.ts
function satisfyingPaths(expr, cap) {
  switch (expr.kind) {
    case "pred":
      return [[expr.derived ? "opaque" : expr]];
    case "opaque":
      return [["opaque"]];
    case "not":
      return [[]];
    case "or": {
      const out = [];
      for (const c of expr.children) {
        const sub = satisfyingPaths(c, cap);
        if (sub === null || out.length + sub.length > cap) return null;
        for (const p of sub) out.push(p);
      }
      return out;
    }
    case "and": {
      let acc = [[]];
      for (const c of expr.children) {
        const sub = satisfyingPaths(c, cap);
        if (sub === null || acc.length * sub.length > cap) return null;
        if (sub.length === 1) {
          for (const a of acc) append(a, sub[0]);
          continue;
        }
        const next = [];
        for (const a of acc) for (const b of sub) next.push(append(a.slice(), b));
        acc = next;
      }
      return acc;
    }
  }
}
function append(path13, more2) {
  for (const s of more2) path13.push(s);
  return path13;
}
function branchPaths(expr) {
  const branches = expr.kind === "or" ? expr.children : [expr];
  return branches.map((b) => positiveSteps(b, []));
}
function positiveSteps(expr, out) {
  switch (expr.kind) {
    case "pred":
      out.push(expr.derived ? "opaque" : expr);
      break;
    case "opaque":
      out.push("opaque");
      break;
    case "and":
    case "or":
      for (const c of expr.children) positiveSteps(c, out);
      break;
    case "not":
      break;
  }
  return out;
}
function run(rule, ctx) {
  const { catalog, settings, self } = ctx;
  const opts = settings.checks["noisy-indicator"];
  const findings = [];
  const reported = /* @__PURE__ */ new Set();
  const reachOf = /* @__PURE__ */ new Map();
  const reach = (key) => {
    let r = reachOf.get(key);
    if (!r) {
      r = without(catalog.indicatorRules.get(key), self);
      reachOf.set(key, r);
    }
    return r;
  };
  for (const query of rule.queries) {
    const { positive } = splitExclusions(query.expr);
    if (!positive) continue;
    const paths = satisfyingPaths(positive, opts.maxPaths) ?? branchPaths(positive);
    for (const fullPath of paths) {
      const specific = fullPath.filter((s) => s === "opaque" || !isScopeField(s.field));
      const path13 = specific.length > 0 ? specific : fullPath;
      if (path13.length === 0) continue;
      const noisy = path13.every((s) => s !== "opaque" && reach(predicateKey(s)).length >= opts.threshold);
      if (!noisy) continue;
      for (const step of path13) {
        const pred = step;
        const key = predicateKey(pred);
        const id = `${query.label}\0${key}\0${pred.pos.line}:${pred.pos.column}`;
        if (reported.has(id)) continue;
        reported.add(id);
        const users = reach(key);
        const parts = catalog.keys.get(key);
        const what = describePredicate(pred.sourceField, pred.op, pred.value);
        const alone = path13.length === 1 ? "on its own" : `together with ${path13.length - 1} other equally common condition${path13.length === 2 ? "" : "s"}`;
        const where = query.label ? ` (${query.label})` : "";
        findings.push({
          check: "noisy-indicator",
          severity: opts.severity,
          path: rule.path,
          line: pred.pos.line,
          endLine: pred.pos.line,
          column: pred.pos.column,
          message: `${what}${where} is checked by ${users.length} other rules in the catalog (threshold ${opts.threshold}), and it stands ${alone} on a path of this rule: that path matches what all those rules match. Pair it with a more specific condition (a parent process, a command-line fragment, a path).`,
          ruleId: rule.id,
          ruleTitle: rule.title,
          evidence: {
            kind: "noisy-indicator",
            key,
            field: parts?.field ?? pred.field,
            op: parts?.op ?? pred.op,
            value: parts?.value ?? pred.value,
            reach: users.length,
            threshold: opts.threshold,
            corpusRules: catalog.rules.length - self.size,
            examples: ruleRefs(catalog, users, opts.examples),
            label: query.label
          }
        });
      }
    }
  }
  return findings;
}
var noisyIndicator = {
  id: "noisy-indicator",
  defaultSeverity: "warning",
  description: "A predicate that many catalog rules check, relied on without a more specific condition beside it.",
  run
};

// src/checks/missing-common-exclusion.ts
init_ir();
init_catalog();
init_keys();

// src/normalize/covers.ts
init_wildcard();
init_values();
function covers(own, candidate) {
  if (own.value === null || candidate.value === null) return false;
  if (own.field !== candidate.field) return coversByName(own, candidate);
  if (own.op === candidate.op && own.value === candidate.value) return true;
  if (own.op === "cidr") return coversCidr(own.value, candidate);
  if (!matchable(own.op) || !matchable(candidate.op)) return false;
  if (own.op === "eq") return candidate.op === "eq" && own.value === candidate.value;
  return wildcardMatches(own.value, candidate.value, false);
}
function matchable(op) {
  return op === "eq" || op === "wildcard";
}
function coversByName(own, candidate) {
  if (own.field === null || candidate.field === null || pathFieldOf(own.field) !== candidate.field)
    return false;
  if (!matchable(own.op) || !matchable(candidate.op)) return false;
  const parts = parsePattern(candidate.value);
  const last = parts[parts.length - 1];
  if (last === void 0 || typeof last === "string") return false;
  const cut2 = Math.max(last.lit.lastIndexOf("\\"), last.lit.lastIndexOf("/"));
  if (cut2 < 0) return false;
  const base = last.lit.slice(cut2 + 1);
  return base !== "" && covers(own, { field: own.field, op: "eq", value: base });
}
function ipv4Range(text2) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text2.trim());
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return null;
  const bits = m[5] === void 0 ? 32 : Number(m[5]);
  if (bits > 32) return null;
  const ip = octets.reduce((a, o) => a * 256 + o, 0);
  const size = 2 ** (32 - bits);
  const first = Math.floor(ip / size) * size;
  return [first, first + size - 1];
}
function coversCidr(range, candidate) {
  if (candidate.op !== "cidr" && candidate.op !== "eq") return false;
  const outer = ipv4Range(range);
  const inner = ipv4Range(candidate.value);
  return outer !== null && inner !== null && outer[0] <= inner[0] && inner[1] <= outer[1];
}

// src/normalize/spell.ts
init_wildcard();
init_fields();
init_field_map();
init_values();
var EVENT_NAMES = [
  ...new Set([...WINDOWS_EVENT_FIELDS, ...LOG_FIELDS].flatMap((t) => Object.keys(t.fields)))
];
function datasetOf(logsource) {
  const dm = logsource.dataModel;
  if (dm === void 0) return void 0;
  const dot = dm.lastIndexOf(".");
  return dot >= 0 ? dm.slice(dot + 1) : CIM_ROOT_DATASETS[dm] ?? dm;
}
function vendorField(vendor, logsource, canonical) {
  if (vendor === "elastic") return null;
  const own = () => !canonical.includes(".") && canonicalField(vendor, logsource, canonical) === canonical ? canonical : null;
  if (vendor === "splunk") {
    const dataset = datasetOf(logsource);
    if (dataset !== void 0) {
      const names2 = [...Object.keys(CIM_DATASET_FIELDS[dataset] ?? {}), ...Object.keys(CIM_FIELDS)];
      const found = names2.find((n) => canonicalField("splunk", logsource, n) === canonical) ?? own();
      return found === null ? null : `${dataset}.${found}`;
    }
    const rawDataset = logsource.category === void 0 ? void 0 : CIM_CATEGORY_DATASETS[logsource.category];
    const names = [
      ...EVENT_NAMES,
      ...Object.keys(SPLUNK_RAW_FIELDS),
      ...rawDataset ? Object.keys(CIM_DATASET_FIELDS[rawDataset] ?? {}) : [],
      ...Object.keys(CIM_FIELDS)
    ];
    return names.find((n) => canonicalField("splunk", logsource, n) === canonical) ?? eventData2(canonical) ?? own();
  }
  return EVENT_NAMES.find((n) => canonicalField("sigma", logsource, n) === canonical) ?? eventData2(canonical) ?? own();
}
function eventData2(canonical) {
  return canonical.startsWith(EVENT_DATA_PREFIX) ? canonical.slice(EVENT_DATA_PREFIX.length) : null;
}
function yamlQuote(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
function sigmaMatch(field, op, value) {
  if (op === "eq") return `${field}: ${yamlQuote(escapeLiteral(value))}`;
  const parts = parsePattern(value);
  const lit = (p) => p !== void 0 && typeof p !== "string" ? escapeLiteral(p.lit) : null;
  const [a, b, c] = parts;
  if (parts.length === 3 && a === "*" && c === "*" && lit(b) !== null)
    return `${field}|contains: ${yamlQuote(lit(b))}`;
  if (parts.length === 2 && b === "*" && lit(a) !== null)
    return `${field}|startswith: ${yamlQuote(lit(a))}`;
  if (parts.length === 2 && a === "*" && lit(b) !== null)
    return `${field}|endswith: ${yamlQuote(lit(b))}`;
  return `${field}: ${yamlQuote(value)}`;
}
function splMatch(field, op, value) {
  let text2 = "";
  if (op === "eq") {
    if (value.includes("*")) return null;
    text2 = value;
  } else {
    for (const p of parsePattern(value)) {
      if (p === "?") return null;
      if (p === "*") text2 += "*";
      else if (p.lit.includes("*")) return null;
      else text2 += p.lit;
    }
  }
  return /^[\w.:/*-]+$/.test(text2) ? `${field}=${text2}` : `${field}="${text2.replace(/(["\\])/g, "\\$1")}"`;
}
function spellKey(vendor, logsource, parts) {
  if (parts.field === null || parts.value === null) return null;
  if (parts.op !== "eq" && parts.op !== "wildcard") return null;
  if (vendor === "elastic") return null;
  const field = vendorField(vendor, logsource, parts.field);
  if (field !== null)
    return vendor === "sigma" ? sigmaMatch(field, parts.op, parts.value) : splMatch(field, parts.op, parts.value);
  const pathField = pathFieldOf(parts.field);
  if (pathField === void 0 || parts.op !== "eq") return null;
  const onPath = vendorField(vendor, logsource, pathField);
  if (onPath === null) return null;
  const pattern3 = buildPattern(["*", { lit: `\\${parts.value}` }]);
  return vendor === "sigma" ? sigmaMatch(onPath, "wildcard", pattern3) : splMatch(onPath, "wildcard", pattern3);
}

// src/checks/missing-common-exclusion.ts
init_describe();

// src/checks/exclusion-support.ts
init_ir();
init_keys();
init_events();
init_values();
init_catalog();
init_similarity();
var FIELD_FIT = 3;
var SAME_VENDOR_WEIGHT = 2;
var RELATIVE_SHARE = 0.6;
function subjectOf(rule) {
  const indicatorKeys = /* @__PURE__ */ new Set();
  const indicatorParts = [];
  for (const { pred } of indicators(rule)) {
    const k = predicateKey(pred);
    if (indicatorKeys.has(k)) continue;
    indicatorKeys.add(k);
    indicatorParts.push(keyParts(pred));
  }
  return {
    rule,
    kind: eventKind(rule.logsource),
    indicatorKeys,
    indicatorParts,
    own: exclusions(rule).map((e) => keyParts(e.pred))
  };
}
function isTwin(catalog, i, subject) {
  const inds = catalog.rules[i].indicators;
  if (inds.length !== subject.indicatorKeys.size) return false;
  return inds.every((k) => subject.indicatorKeys.has(k));
}
function byField(catalog, keys) {
  const out = /* @__PURE__ */ new Map();
  for (const k of keys) {
    const parts = catalog.keys.get(k);
    if (parts === void 0) continue;
    const f = parts.field ?? "*";
    const list3 = out.get(f);
    if (list3) list3.push([k, parts]);
    else out.set(f, [[k, parts]]);
  }
  return out;
}
function supportVia(key, parts, exact, fields) {
  if (exact.has(key)) return key;
  const field = parts.field ?? "*";
  const path13 = parts.field === null ? void 0 : pathFieldOf(parts.field);
  for (const f of path13 === void 0 ? [field] : [field, path13]) {
    const list3 = fields.get(f);
    if (list3 !== void 0) {
      for (let i = 0; i < list3.length; i++) if (covers(parts, list3[i][1])) return list3[i][0];
    }
  }
  return void 0;
}
function supportedExclusions(catalog, nbs, skip = /* @__PURE__ */ new Set(), broader) {
  const lenders = nbs.filter((n) => !skip.has(n.index)).map((n) => {
    const own = catalog.rules[n.index].standalone;
    return { n, exact: new Set(own), fields: byField(catalog, own) };
  });
  const total = nbs.reduce((a, n) => a + n.similarity, 0);
  const candidates = /* @__PURE__ */ new Set();
  for (const l of lenders) for (const k of l.exact) candidates.add(k);
  if (broader !== void 0)
    for (const k of broader) {
      const f = catalog.keys.get(k)?.field ?? "*";
      if (lenders.some((l) => l.fields.has(f))) candidates.add(k);
    }
  const out = [];
  for (const key of candidates) {
    const parts = catalog.keys.get(key);
    if (parts === void 0) continue;
    const supporters = [];
    let sum = 0;
    for (const { n, exact, fields } of lenders) {
      const via = supportVia(key, parts, exact, fields);
      if (via === void 0) continue;
      supporters.push({ index: n.index, similarity: n.similarity, jaccard: n.jaccard, key: via });
      sum += n.similarity;
    }
    out.push({ key, parts, supporters, share: total > 0 ? sum / total : 0 });
  }
  return out.sort(bySupport);
}
function bySupport(a, b) {
  return b.share - a.share || b.supporters.length - a.supporters.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
var COMMON_PATTERN_RULES = 2;
var PATTERNS = /* @__PURE__ */ new WeakMap();
function commonPatterns(catalog, kind) {
  let byKind = PATTERNS.get(catalog.rules);
  if (byKind === void 0) PATTERNS.set(catalog.rules, byKind = /* @__PURE__ */ new Map());
  let out = byKind.get(kind);
  if (out !== void 0) return out;
  const count2 = standalonePatternCounts(catalog, catalog.eventKindRules.get(kind) ?? []);
  out = [...count2].filter(([, n]) => n >= COMMON_PATTERN_RULES).map(([k]) => k);
  out.sort();
  byKind.set(kind, out);
  return out;
}
function readsWithin(events, of) {
  if (events.length === 0) return true;
  for (const e of events) if (of.has(e)) return true;
  return false;
}
function fieldFits(catalog, index, field, events) {
  const users = index.fieldRules.get(field ?? "*") ?? [];
  let n = 0;
  for (const li of users) {
    if (readsWithin(catalog.rules[index.rules[li]].events, events) && ++n >= FIELD_FIT) return true;
  }
  return false;
}
var WINDOWS_FIELDS = /^(winlog\.|registry\.|powershell\.|process\.pe\.|dll\.|process\.code_signature\.|wmi\.)/;
var WINDOWS_VALUE = /\\|^[a-z]:|\.(exe|dll|ps1|bat|cmd|vbs|sys|msi|lnk)\b/i;
function isLinuxRule(rule) {
  return (rule.logsource.product ?? "").toLowerCase() === "linux";
}
function windowsOnlyField(catalog, field) {
  const use = catalog.fields.get(field);
  return use !== void 0 && use.windows >= 3 && use.other === 0;
}
function isWindowsKey(catalog, parts) {
  if (parts.field !== null && (WINDOWS_FIELDS.test(parts.field) || windowsOnlyField(catalog, parts.field)))
    return true;
  return parts.value !== null && WINDOWS_VALUE.test(parts.value);
}
var NAMING = /* @__PURE__ */ new Set([
  "process.name",
  "process.parent.name",
  "file.name",
  "dll.name",
  "process.command_line",
  "*"
]);
function namesIn(value) {
  if (value === null) return [];
  const last = value.slice(Math.max(value.lastIndexOf("\\"), value.lastIndexOf("/")) + 1);
  const out = [];
  for (const t of valueTokens(last)) {
    const dot = t.lastIndexOf(".");
    const stem = dot > 0 ? t.slice(0, dot) : t;
    if (stem.length >= 4) out.push(stem);
  }
  return out;
}
function namedByRule(subject) {
  const title = /* @__PURE__ */ new Set();
  for (const w of subject.rule.title.toLowerCase().split(/[^a-z0-9_]+/)) if (w.length >= 4) title.add(w);
  const byFamily = /* @__PURE__ */ new Map();
  for (const p of subject.indicatorParts) {
    const fam = familyOf(p.field);
    if (!NAMING.has(fam)) continue;
    let set = byFamily.get(fam);
    if (!set) byFamily.set(fam, set = /* @__PURE__ */ new Set());
    for (const n of namesIn(p.value)) set.add(n);
  }
  return { title, byFamily };
}
function dropsNamedEvents(subject, parts) {
  const fam = familyOf(parts.field);
  if (!NAMING.has(fam) || fam === "process.command_line" || fam === "*") return false;
  const named2 = namedByRule(subject);
  const same = named2.byFamily.get(fam);
  return namesIn(parts.value).some((n) => named2.title.has(n) || (same?.has(n) ?? false));
}
function similarPeerExclusions(catalog, rule, self, opts, attack) {
  const subject = subjectOf(rule);
  const query = ruleQuery(catalog, rule, self);
  const nbs = neighbours(catalog, query, {
    k: opts.neighbours,
    techniqueWeight: opts.techniqueWeight,
    vendorWeight: SAME_VENDOR_WEIGHT,
    ...attack ? { attack } : {}
  });
  const twins = nbs.filter((n) => isTwin(catalog, n.index, subject)).map((n) => n.index);
  const supported = supportedExclusions(catalog, nbs, new Set(twins), commonPatterns(catalog, subject.kind));
  const index = similarityIndex(catalog).kind(subject.kind);
  const events = new Set(eventsCovered(rule));
  const linux = isLinuxRule(rule);
  const suggestions = [];
  const rejected = [];
  const perField = /* @__PURE__ */ new Map();
  const fits = /* @__PURE__ */ new Map();
  let best = 0;
  for (const s of supported) {
    const why = rejection(s) ?? (s.share < best * RELATIVE_SHARE ? "support" : null);
    if (why !== null) {
      rejected.push({ ...s, why });
      continue;
    }
    const field = s.parts.field ?? "*";
    const used = perField.get(field) ?? 0;
    if (used >= opts.perField) {
      rejected.push({ ...s, why: "per-field" });
      continue;
    }
    perField.set(field, used + 1);
    if (suggestions.length === 0) best = s.share;
    suggestions.push(s);
    if (suggestions.length >= opts.top) break;
  }
  return { neighbours: nbs, twins, suggestions, rejected };
  function rejection(s) {
    if (s.supporters.length < opts.minRules || s.share < opts.minShare) return "support";
    if (subject.own.some((o) => covers(o, s.parts))) return "covered";
    if (subject.indicatorKeys.has(s.key) || subject.indicatorParts.some((i) => covers(s.parts, i)))
      return "indicator";
    if (linux && isWindowsKey(catalog, s.parts)) return "windows";
    const field = s.parts.field ?? "*";
    let fit = fits.get(field);
    if (fit === void 0) fits.set(field, fit = fieldFits(catalog, index, s.parts.field, events));
    if (!fit) return "field";
    if (dropsNamedEvents(subject, s.parts)) return "names";
    return null;
  }
}

// src/checks/missing-common-exclusion.ts
var FILTER_HINT = {
  sigma: "add it as a filter (`and not filter_...`)",
  elastic: "exclude it in the query (`and not ...`)",
  splunk: "exclude it in the search (`NOT ...`) or in the detection's `_filter` macro"
};
function run2(rule, ctx) {
  return ctx.settings.checks["missing-common-exclusion"].peers === "similar" ? runSimilar(rule, ctx) : runTechnique(rule, ctx);
}
function finding(rule, opts, message3, evidence2) {
  const spelled = spellKey(rule.vendor, rule.logsource, {
    field: evidence2.field,
    op: evidence2.op,
    value: evidence2.value
  });
  return {
    check: "missing-common-exclusion",
    severity: opts.severity,
    path: rule.path,
    line: rule.logicPos.line,
    endLine: rule.logicPos.line,
    column: rule.logicPos.column,
    message: `${message3}, and this rule does not. If the same false positives apply here, ${FILTER_HINT[rule.vendor]}` + (spelled === null ? "." : `: \`${spelled}\`.`),
    ruleId: rule.id,
    ruleTitle: rule.title,
    evidence: evidence2
  };
}
function weighs(weight) {
  return weight === 2 ? "double" : weight === 3 ? "three times" : `${weight} times`;
}
function runSimilar(rule, ctx) {
  const { catalog, self } = ctx;
  const opts = ctx.settings.checks["missing-common-exclusion"];
  const attack = ctx.attack ?? catalog.attack;
  const result2 = similarPeerExclusions(catalog, rule, self, opts, attack);
  const kind = eventKind(rule.logsource);
  const on = describeEventKind(kind);
  const techniques = peerGroups(rule.techniques, attack);
  const why = "alike in the fields and values they detect" + (techniques.length > 0 && opts.techniqueWeight !== 1 ? `; rules of ${techniques.join(", ")} weigh ${weighs(opts.techniqueWeight)}` : "");
  return result2.suggestions.map((s) => {
    const supporters = s.supporters.map((x) => supportingPeer(catalog, x.index, x.jaccard, x.key));
    const what = describePredicate(s.parts.field, s.parts.op, s.parts.value);
    const message3 = `${s.supporters.length} of the ${result2.neighbours.length} rules most like this one on ${on} (${why}) exclude ${what} as a filter of its own (${Math.round(s.share * 100)}%)`;
    return finding(rule, opts, message3, {
      kind: "missing-common-exclusion",
      key: s.key,
      field: s.parts.field,
      op: s.parts.op,
      value: s.parts.value,
      support: s.supporters.length,
      peers: result2.neighbours.length,
      share: s.share,
      technique: techniques.join(", "),
      eventKind: kind,
      examples: supporters.slice(0, opts.examples).map((p) => ({
        vendor: p.vendor,
        id: p.id,
        title: p.title,
        path: p.path
      })),
      peerMode: "similar",
      supporters
    });
  });
}
function supportingPeer(catalog, index, similarity, key) {
  const r = catalog.rules[index];
  const parts = catalog.keys.get(key);
  return {
    vendor: r.vendor,
    id: r.id,
    title: r.title,
    path: r.path,
    similarity: Math.round(similarity * 1e3) / 1e3,
    filter: describePredicate(parts.field, parts.op, parts.value)
  };
}
function runTechnique(rule, ctx) {
  const { catalog, settings, self } = ctx;
  const opts = settings.checks["missing-common-exclusion"];
  const kind = eventKind(rule.logsource);
  const sameKind = new Set(catalog.eventKindRules.get(kind) ?? []);
  const groups = [];
  if (rule.techniques.length > 0) {
    for (const t of peerGroups(rule.techniques, ctx.attack ?? catalog.attack)) {
      const peers = without(catalog.techniqueRules.get(t), self).filter((i) => sameKind.has(i));
      groups.push({ technique: t, peers });
    }
  } else if (opts.untagged === "logsource") {
    groups.push({ technique: "", peers: without(catalog.eventKindRules.get(kind), self) });
  }
  const own = exclusions(rule).map((e) => keyParts(e.pred));
  const detects = new Set(indicators(rule).map((i) => predicateKey(i.pred)));
  const best = /* @__PURE__ */ new Map();
  for (const { technique, peers } of groups) {
    if (peers.length < opts.minRules) continue;
    const support = /* @__PURE__ */ new Map();
    for (const i of peers) {
      for (const key of catalog.rules[i].exclusions) {
        const list3 = support.get(key);
        if (list3) list3.push(i);
        else support.set(key, [i]);
      }
    }
    for (const [key, users] of support) {
      if (users.length < opts.minRules || users.length / peers.length < opts.minShare) continue;
      if (detects.has(key)) continue;
      const parts = catalog.keys.get(key);
      if (!parts || own.some((o) => covers(o, parts))) continue;
      const prev = best.get(key);
      if (!prev || users.length > prev.support.length || users.length === prev.support.length && users.length / peers.length > prev.support.length / prev.peers)
        best.set(key, { key, support: users, peers: peers.length, technique });
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.support.length - a.support.length || b.support.length / b.peers - a.support.length / a.peers || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
  return ranked.slice(0, opts.top).map((c) => {
    const parts = catalog.keys.get(c.key);
    const share2 = c.support.length / c.peers;
    const on = describeEventKind(kind);
    const scope = c.technique ? `${c.technique} rules on ${on}` : `rules on ${on} (this rule has no technique tag)`;
    const message3 = `${c.support.length} of ${c.peers} ${scope} (${Math.round(share2 * 100)}%) exclude ${describePredicate(parts.field, parts.op, parts.value)}`;
    return finding(rule, opts, message3, {
      kind: "missing-common-exclusion",
      key: c.key,
      field: parts.field,
      op: parts.op,
      value: parts.value,
      support: c.support.length,
      peers: c.peers,
      share: share2,
      technique: c.technique,
      eventKind: kind,
      examples: ruleRefs(catalog, c.support, opts.examples),
      peerMode: "technique"
    });
  });
}
var missingCommonExclusion = {
  id: "missing-common-exclusion",
  defaultSeverity: "warning",
  description: "A false-positive filter that the rules most like this one use as a filter of their own, which this rule lacks.",
  run: run2
};

// src/checks/duplicate-rule.ts
init_ir();
init_keys();
init_fields();
init_catalog();
init_describe();
init_similarity();
var NEAR_SIMILARITY = 0.85;
var MAX_DUPLICATES = 3;
var MAX_KEYS = 10;
function fieldOf(key) {
  const f = keyField(key);
  return f === "*" ? null : f;
}
function detectionKeys(keys, field) {
  const out = /* @__PURE__ */ new Set();
  for (const k of keys) if (!isScopeField(field(k))) out.add(k);
  return out;
}
function sameDetectionKeys(catalog, kind, mine) {
  let fewest;
  for (const k of mine) {
    const users = catalog.indicatorRules.get(k);
    if (users === void 0) return [];
    if (fewest === void 0 || users.length < fewest.length) fewest = users;
  }
  const out = [];
  for (const i of fewest ?? []) {
    const r = catalog.rules[i];
    if (r.eventKind !== kind) continue;
    const theirs = detectionKeys(r.indicators, fieldOf);
    if (theirs.size === mine.size && [...mine].every((k) => theirs.has(k))) out.push(i);
  }
  return out;
}
function relatedIds(rule) {
  const out = /* @__PURE__ */ new Set();
  const related = rule.properties?.related;
  if (Array.isArray(related)) {
    for (const r of related)
      if (r !== null && typeof r === "object" && !Array.isArray(r) && typeof r.id === "string")
        out.add(r.id.toLowerCase());
  }
  return out;
}
function isSelf(rule, catalog, i, self) {
  const r = catalog.rules[i];
  return self.has(i) || r.path === rule.path || rule.id !== null && r.id !== null && r.id === rule.id;
}
function findDuplicates(rule, catalog, self) {
  const kind = eventKind(rule.logsource);
  const mine = detectionKeys(
    indicators(rule).map((i) => predicateKey(i.pred)),
    fieldOf
  );
  if (mine.size === 0) return [];
  const found = /* @__PURE__ */ new Map();
  for (const i of sameDetectionKeys(catalog, kind, mine))
    if (!isSelf(rule, catalog, i, self)) found.set(i, { index: i, identical: true, similarity: 1 });
  const query = ruleQuery(catalog, rule, self);
  for (const n of neighbours(catalog, query, { k: MAX_DUPLICATES + found.size, techniqueWeight: 1 })) {
    if (n.jaccard < NEAR_SIMILARITY || found.has(n.index) || isSelf(rule, catalog, n.index, self)) continue;
    found.set(n.index, { index: n.index, identical: false, similarity: n.jaccard });
  }
  return [...found.values()].sort(
    (a, b) => Number(b.identical) - Number(a.identical) || b.similarity - a.similarity || a.index - b.index
  ).slice(0, MAX_DUPLICATES);
}
function run3(rule, ctx) {
  const { catalog, self } = ctx;
  const opts = ctx.settings.checks["duplicate-rule"];
  const mine = detectionKeys(
    indicators(rule).map((i) => predicateKey(i.pred)),
    fieldOf
  );
  const related = relatedIds(rule);
  return findDuplicates(rule, catalog, self).map((d) => {
    const other = catalog.rules[d.index];
    const theirs = detectionKeys(other.indicators, fieldOf);
    const onlyHere = [...mine].filter((k) => !theirs.has(k)).sort();
    const onlyThere = [...theirs].filter((k) => !mine.has(k)).sort();
    const isRelated = other.id !== null && related.has(other.id.toLowerCase());
    const who = `${other.vendor} rule "${other.title}" (${other.path}${other.id ? `, id ${other.id}` : ""})`;
    const how = d.identical ? "checks the same indicators" : `checks nearly the same indicators (similarity ${d.similarity.toFixed(2)}; only here: ${onlyHere.length}, only there: ${onlyThere.length})`;
    return {
      check: "duplicate-rule",
      severity: opts.severity,
      path: rule.path,
      line: rule.logicPos.line,
      endLine: rule.logicPos.line,
      column: rule.logicPos.column,
      message: `This rule duplicates the ${who}, which ${how} on ${describeEventKind(other.eventKind)}` + (isRelated ? "; this rule names it under related:" : "") + ". Extend that rule, or say in this one what it catches that the other does not.",
      ruleId: rule.id,
      ruleTitle: rule.title,
      evidence: {
        kind: "duplicate-rule",
        match: d.identical ? "identical" : "near",
        similarity: Math.round(d.similarity * 1e3) / 1e3,
        other: { vendor: other.vendor, id: other.id, title: other.title, path: other.path },
        related: isRelated,
        onlyHere: onlyHere.slice(0, MAX_KEYS),
        onlyThere: onlyThere.slice(0, MAX_KEYS)
      }
    };
  });
}
var duplicateRule = {
  id: "duplicate-rule",
  defaultSeverity: "warning",
  description: "A rule whose indicators are the same as (or nearly those of) a catalog rule on the same events, in any vendor.",
  run: run3
};

// src/checks/parse-error.ts
var RANK2 = { notice: 1, warning: 2, error: 3 };
function parseErrorFinding(d, settings, rule) {
  const configured = settings.checks["parse-error"].severity;
  const severity = d.severity === "error" || RANK2[d.severity] > RANK2[configured] ? configured : d.severity;
  return {
    check: "parse-error",
    severity,
    path: d.path,
    line: d.line,
    endLine: d.line,
    column: d.column,
    message: `${d.message} (${d.code})`,
    ruleId: rule?.id ?? null,
    ruleTitle: rule?.title ?? null,
    evidence: { kind: "parse-error", code: d.code, column: d.column }
  };
}

// src/checks/technique-unknown.ts
init_normalize();

// src/attack/tags.ts
init_normalize();
var PREFIX = /^attack\./i;
var TECHNIQUE2 = /^t(\d{4})(?:\.(\d{3}))?$/i;
var NEAR_TECHNIQUE = /^t(\d{4})(?:[._-](\d{1,3})|(\d{3}))$/i;
var REFERENCE = [
  [/^g\d{4}$/i, "group"],
  [/^s\d{4}$/i, "software"],
  [/^c\d{4}$/i, "campaign"],
  [/^ta\d{4}$/i, "tactic"]
];
var EXPECTED_TECHNIQUE = "a technique ID is attack.t1234 or attack.t1234.001";
function knownTactics(table2) {
  const out = /* @__PURE__ */ new Map();
  for (const t of table2.tactics.values()) out.set(t.shortname, t.name);
  for (const list3 of table2.tacticSplits.values()) for (const t of list3) out.set(t.shortname, t.name);
  return out;
}
function slug(text2) {
  return text2.toLowerCase().replace(/_/g, "-");
}
function readAttackTag(tag, table2) {
  const text2 = tag.trim();
  if (!PREFIX.test(text2)) return null;
  const body = text2.slice("attack.".length);
  const t = TECHNIQUE2.exec(body);
  if (t) return { kind: "technique", id: t[2] === void 0 ? `T${t[1]}` : `T${t[1]}.${t[2]}` };
  for (const [re, what] of REFERENCE) if (re.test(body)) return { kind: "reference", what };
  const near = NEAR_TECHNIQUE.exec(body);
  if (near) {
    const suggestion = `attack.t${near[1]}.${(near[2] ?? near[3]).padStart(3, "0")}`;
    return { kind: "malformed", body, suggestion, expected: EXPECTED_TECHNIQUE };
  }
  if (/^t\d/i.test(body)) return { kind: "malformed", body, suggestion: null, expected: EXPECTED_TECHNIQUE };
  const shortname = slug(body);
  const tactics = table2 ? knownTactics(table2) : null;
  if (/^[a-z]+(?:-[a-z]+)*$/.test(shortname) && (tactics === null || tactics.has(shortname)))
    return { kind: "tactic", shortname };
  const names = tactics ? [...tactics.keys()].sort() : [];
  return {
    kind: "malformed",
    body,
    suggestion: closest(shortname, names).map((n) => `attack.${n}`)[0] ?? null,
    expected: "a tactic (attack.execution), a technique (attack.t1059.001), a group (attack.g0016), software (attack.s0002) or a campaign (attack.c0010)"
  };
}
function tacticsOf(table2, id) {
  const chain = replacementChain(table2, id);
  const last = chain[chain.length - 1];
  const t = table2.techniques.get(last) ?? table2.techniques.get(parentOf(last));
  return t === void 0 ? null : t.tactics;
}
function closest(word, names) {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return names.map((n) => [n, distance(word, n)]).filter(([, d]) => d <= max).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

// src/checks/technique-common.ts
function techniquePos(rule, text2, id) {
  if (text2 !== void 0) {
    const re = new RegExp(`(?<![A-Za-z0-9])${id.replace(".", "\\.")}(?![0-9]|\\.[0-9])`, "i");
    const lines = text2.split(/\r\n|\r|\n/);
    for (let i = Math.max(0, rule.line - 1); i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m) return { line: i + 1, column: m.index + 1 };
    }
  }
  return { line: rule.line, column: 1 };
}
function tagPos(rule, text2, tag) {
  if (text2 !== void 0) {
    const escaped = tag.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`, "i");
    const lines = text2.split(/\r\n|\r|\n/);
    for (let i = Math.max(0, rule.line - 1); i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m) return { line: i + 1, column: m.index + 1 };
    }
  }
  return { line: rule.line, column: 1 };
}
function named(table2, id) {
  const name = table2?.techniques.get(id)?.name ?? table2?.moves.get(id)?.name;
  return name === void 0 ? id : `${id} (${name})`;
}
function techniqueFinding(rule, pos, severity, message3, evidence2) {
  return {
    check: evidence2.kind,
    severity,
    path: rule.path,
    line: pos.line,
    endLine: pos.line,
    column: pos.column,
    message: message3,
    ruleId: rule.id,
    ruleTitle: rule.title,
    evidence: evidence2
  };
}

// src/checks/technique-unknown.ts
function knownAsNewer(table2, id) {
  return table2.movedTo.has(id) || table2.movedTo.has(parentOf(id));
}
function tagFindings(rule, ctx, table2) {
  if (rule.vendor !== "sigma") return [];
  const severity = ctx.settings.checks["technique-unknown"].severity;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const tag of rule.tags) {
    const read = readAttackTag(tag, table2);
    if (read === null || read.kind !== "malformed" || seen.has(tag.trim().toLowerCase())) continue;
    seen.add(tag.trim().toLowerCase());
    const fix = read.suggestion === null ? "fix or remove it" : `write \`${read.suggestion}\``;
    const message3 = `\`${tag.trim()}\` is not an ATT&CK tag detlint can read (${read.expected}): ${fix}, or the rule is not grouped with its peers by technique or tactic.`;
    out.push(
      techniqueFinding(rule, tagPos(rule, ctx.text, tag), severity, message3, {
        kind: "technique-unknown",
        code: "attack/malformed-tag",
        technique: tag.trim(),
        replacement: read.suggestion,
        attackVersion: table2?.version ?? null
      })
    );
  }
  return out;
}
function run4(rule, ctx) {
  const table2 = ctx.attack;
  const out = tagFindings(rule, ctx, table2);
  if (table2 === void 0) return out;
  const opts = ctx.settings.checks["technique-unknown"];
  for (const id of rule.techniques) {
    const status = techniqueStatus(table2, id);
    if (status.kind !== "unknown" && status.kind !== "newer") continue;
    if (knownAsNewer(table2, id)) continue;
    const moves = table2.moves.size > 0 ? ` nor among its moves to ATT&CK v${nextVersion(table2.version)}` : "";
    const message3 = `${id} is not a technique in ATT&CK v${table2.version} (${table2.file})${moves}. Check the ID for a typo and correct it; if the technique is newer than the table, point \`attack\` at a newer ATT&CK table (\`attack: download\` with \`attack-version\`, or a file).`;
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message3, {
        kind: "technique-unknown",
        code: "attack/unknown",
        technique: id,
        replacement: null,
        attackVersion: table2.version
      })
    );
  }
  return out;
}
function nextVersion(version) {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? String(major + 1) : "next";
}
var techniqueUnknown = {
  id: "technique-unknown",
  defaultSeverity: "warning",
  description: "An attack.* tag detlint cannot read, or a technique ID the ATT&CK table and its version map do not know.",
  run: run4
};

// src/checks/technique-revoked.ts
init_normalize();
function run5(rule, ctx) {
  const table2 = ctx.attack;
  if (table2 === void 0) return [];
  const opts = ctx.settings.checks["technique-revoked"];
  const out = [];
  for (const id of rule.techniques) {
    const status = techniqueStatus(table2, id);
    if (status.kind !== "revoked" && status.kind !== "deprecated") continue;
    const version = `ATT&CK v${table2.version}`;
    let message3;
    let replacement = null;
    if (status.kind === "revoked" && status.replacement !== null) {
      replacement = status.replacement;
      const via = status.chain.length > 2 ? ` (through ${status.chain.slice(1, -1).join(", ")})` : "";
      const fix = rule.techniques.includes(replacement) ? `the rule already names ${replacement}: remove ${id}` : `name ${replacement} instead`;
      message3 = `${named(table2, id)} is revoked in ${version} and replaced by ${named(table2, replacement)}${via}: ${fix}.`;
    } else if (status.kind === "revoked") {
      message3 = `${named(table2, id)} is revoked in ${version}, with no replacement: remove it or name a current technique.`;
    } else {
      message3 = `${named(table2, id)} is deprecated in ${version}, with no replacement: remove it or name a current technique that describes the behaviour.`;
    }
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message3, {
        kind: "technique-revoked",
        code: status.kind === "revoked" ? "attack/revoked" : "attack/deprecated",
        technique: id,
        replacement,
        attackVersion: table2.version
      })
    );
  }
  return out;
}
var techniqueRevoked = {
  id: "technique-revoked",
  defaultSeverity: "warning",
  description: "A revoked or deprecated ATT&CK technique; the finding names the replacement.",
  needsAttack: true,
  run: run5
};

// src/checks/technique-missing.ts
var WHERE = {
  sigma: "a tag such as `attack.t1059.001`",
  elastic: "a `[[rule.threat.technique]]` entry",
  splunk: "an ID in `tags.mitre_attack_id`"
};
function run6(rule, ctx) {
  if (rule.techniques.length > 0) return [];
  const opts = ctx.settings.checks["technique-missing"];
  const message3 = `The rule names no ATT&CK technique: add the technique it detects as ${WHERE[rule.vendor]}, so it is grouped with the rules that detect the same thing.`;
  return [
    techniqueFinding(rule, { line: rule.line, column: 1 }, opts.severity, message3, {
      kind: "technique-missing",
      code: "attack/missing",
      technique: "",
      replacement: null,
      attackVersion: ctx.attack?.version ?? null
    })
  ];
}
var techniqueMissing = {
  id: "technique-missing",
  defaultSeverity: "notice",
  description: "A rule that names no ATT&CK technique.",
  run: run6
};

// src/checks/tactic-mismatch.ts
function fittingTactics(table2, techniques) {
  const fit = /* @__PURE__ */ new Set();
  for (const id of techniques) {
    const tactics = tacticsOf(table2, id);
    if (tactics === null) return null;
    for (const t of tactics) {
      fit.add(t);
      for (const split of table2.tacticSplits.get(t) ?? []) fit.add(split.shortname);
    }
  }
  return fit;
}
function shortnameOf(table2, tag) {
  const read = readAttackTag(tag, table2);
  if (read?.kind === "tactic") return read.shortname;
  const id = /^attack\.(ta\d{4})$/i.exec(tag.trim())?.[1].toUpperCase();
  return id === void 0 ? null : table2.tactics.get(id)?.shortname ?? null;
}
function run7(rule, ctx) {
  const table2 = ctx.attack;
  if (table2 === void 0 || rule.vendor !== "sigma" || rule.techniques.length === 0) return [];
  const fit = fittingTactics(table2, rule.techniques);
  if (fit === null) return [];
  const names = knownTactics(table2);
  const severity = ctx.settings.checks["tactic-mismatch"].severity;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const tag of rule.tags) {
    const shortname = shortnameOf(table2, tag);
    if (shortname === null || fit.has(shortname) || seen.has(shortname)) continue;
    seen.add(shortname);
    const own = [...fit].filter((t) => [...table2.tactics.values()].some((x) => x.shortname === t)).sort();
    const next = [...fit].filter((t) => !own.includes(t)).sort();
    const fits = [...own, ...next].map((t) => `\`attack.${t}\``).join(", ");
    const techniques = rule.techniques.map((id) => named(table2, id)).join(", ");
    const message3 = `\`${tag.trim()}\` names the tactic ${names.get(shortname) ?? shortname}, which none of the rule's techniques belongs to in ATT&CK v${table2.version} (${techniques}). Tactics that fit: ${fits}; tag one of those, or add the technique that serves this tactic.`;
    out.push(
      techniqueFinding(rule, tagPos(rule, ctx.text, tag), severity, message3, {
        kind: "tactic-mismatch",
        code: "attack/tactic-mismatch",
        technique: tag.trim(),
        replacement: null,
        attackVersion: table2.version
      })
    );
  }
  return out;
}
var tacticMismatch = {
  id: "tactic-mismatch",
  defaultSeverity: "notice",
  description: "A tactic tag that none of the rule's techniques belongs to; the notice names the tactics that fit.",
  needsAttack: true,
  run: run7
};

// src/checks/index.ts
var CHECKS = [
  noisyIndicator,
  missingCommonExclusion,
  duplicateRule,
  techniqueUnknown,
  techniqueRevoked,
  techniqueMissing,
  tacticMismatch
];
function checkRuns(check, settings, attack) {
  return settings.checks[check.id].enabled && (check.needsAttack !== true || attack !== void 0);
}
function selfIndices(rule, catalog) {
  const self = [];
  const lookup = selfLookup(catalog);
  if (lookup === null) {
    catalog.rules.forEach((r, i) => {
      if (r.vendor !== rule.vendor) return;
      if (r.path === rule.path && r.line === rule.line || rule.id !== null && r.id === rule.id)
        self.push(i);
    });
    return new Set(self);
  }
  const { byPath: byPath2, byId } = lookup;
  for (const i of byPath2.get(rule.path) ?? []) {
    const r = catalog.rules[i];
    if (r.vendor === rule.vendor && r.line === rule.line) self.push(i);
  }
  if (rule.id !== null) {
    for (const i of byId.get(rule.id) ?? []) if (catalog.rules[i].vendor === rule.vendor) self.push(i);
  }
  return new Set(self.sort((a, b) => a - b));
}
var SCANNED_RULES = 16;
var SELF = /* @__PURE__ */ new WeakMap();
function selfLookup(catalog) {
  let known = SELF.get(catalog.rules);
  if (known === void 0) SELF.set(catalog.rules, known = { asked: 0 });
  if (known.index !== void 0) return known.index;
  if (++known.asked <= SCANNED_RULES) return null;
  const byPath2 = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  catalog.rules.forEach((r, i) => {
    pushIndex(byPath2, r.path, i);
    if (r.id !== null) pushIndex(byId, r.id, i);
  });
  return known.index = { byPath: byPath2, byId };
}
function runChecks(rule, catalog, settings, extra = {}) {
  const { checks = CHECKS, ...rest } = extra;
  const ctx = { catalog, settings, self: selfIndices(rule, catalog), ...rest };
  const out = [];
  for (const check of checks) if (checkRuns(check, settings, extra.attack)) out.push(...check.run(rule, ctx));
  return out;
}
function parseErrorFindings(result2, settings) {
  const on = settings.checks["parse-error"].enabled;
  const keep = (d) => on || d.code === "internal-error";
  const out = result2.diagnostics.filter(keep).map((d) => parseErrorFinding(d, settings));
  for (const rule of result2.rules)
    out.push(...rule.diagnostics.filter(keep).map((d) => parseErrorFinding(d, settings, rule)));
  return out;
}

// src/suppress.ts
init_findings();
import { Minimatch as Minimatch2 } from "minimatch";

// src/checks/suppression.ts
function invalidSuppressionFinding(p, path13, region, settings) {
  const opts = settings.checks["invalid-suppression"];
  if (!opts.enabled) return [];
  return [
    {
      check: "invalid-suppression",
      severity: opts.severity,
      path: path13,
      line: p.line,
      endLine: p.line,
      column: p.column,
      message: `${p.message} (${p.code})`,
      ruleId: region.ruleId,
      ruleTitle: region.ruleTitle,
      evidence: {
        kind: "invalid-suppression",
        code: p.code,
        source: "inline",
        checks: p.checks,
        reason: p.reason
      }
    }
  ];
}
function checksText(checks) {
  return checks.length > 0 ? checks.join(", ") : "every check";
}
function configTarget(s) {
  const parts = [];
  if (s.rule !== null) parts.push(`rule ${s.rule}`);
  if (s.path !== null) parts.push(`path ${s.path}`);
  return parts.join(", ");
}
function unusedSuppressionFinding(u, settings) {
  const opts = settings.checks["unused-suppression"];
  if (!opts.enabled) return [];
  const s = u.suppression;
  const checks = checksText(s.checks);
  const common = {
    check: "unused-suppression",
    severity: opts.severity,
    path: u.path,
    evidence: {
      kind: "unused-suppression",
      code: "detlint/suppression-unused",
      source: u.kind,
      checks: [...s.checks],
      reason: s.reason
    }
  };
  if (u.kind === "inline") {
    const i = u.suppression;
    const directive = `detlint-${i.kind}${i.checks.length > 0 ? ` ${i.checks.join(" ")}` : ""}`;
    return [
      {
        ...common,
        line: i.line,
        endLine: i.line,
        column: i.column,
        message: `${directive} suppressed nothing in this run, though ${checks} ran on this rule: the finding it was written for is gone. Remove the comment, so it cannot hide a new finding later. (detlint/suppression-unused)`,
        ruleId: u.region.ruleId,
        ruleTitle: u.region.ruleTitle
      }
    ];
  }
  const c = u.suppression;
  return [
    {
      ...common,
      line: c.line ?? 1,
      endLine: c.line ?? 1,
      column: 1,
      message: `${c.where} (${configTarget(c)}; checks: ${checks}) suppressed nothing in this run, though it names rules that were checked: the findings it was written for are gone. Remove the entry, so it cannot hide a new finding later. (detlint/suppression-unused)`,
      ruleId: c.rule,
      ruleTitle: c.rule !== null ? u.region.ruleTitle : null
    }
  ];
}

// src/suppress.ts
var DIRECTIVE = /^([ \t]*#+[ \t]*)detlint-(\S*)(.*)$/;
var NEAR_DIRECTIVE = /^(?:dis|ena)/;
var SEPARATOR = /(^|\s)--(\s|$)/;
var CHECK_TOKEN = /[^\s,]+/g;
var LINE_BREAK = /\r\n?|\n/;
function isDirectiveName(name) {
  return name === "disable" || name === "disable-next-line";
}
function isSuppressible(name) {
  return SUPPRESSIBLE_CHECKS.includes(name);
}
var UNSUPPRESSIBLE = ["invalid-suppression", "unused-suppression"];
function nextContentLine(lines, index) {
  for (let j = index + 1; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t !== "" && !t.startsWith("#")) return j + 1;
  }
  return null;
}
function parseInlineSuppressions(text2) {
  const out = { suppressions: [], problems: [] };
  if (!text2.includes("detlint-")) return out;
  const lines = text2.replace(/^\uFEFF/, "").split(LINE_BREAK);
  lines.forEach((lineText2, index) => {
    const m = DIRECTIVE.exec(lineText2);
    if (m) readDirective(m, index, lines, out);
  });
  return out;
}
function readDirective(m, index, lines, out) {
  const [, lead, name, rest] = m;
  const line = index + 1;
  const column = lead.indexOf("#") + 1;
  const problem2 = (code2, message3, col, checks2, reason3) => out.problems.push({ line, column: col, code: code2, message: message3, checks: checks2, reason: reason3 });
  if (!isDirectiveName(name)) {
    if (NEAR_DIRECTIVE.test(name))
      problem2(
        "detlint/suppression-unknown-directive",
        `detlint-${name} is not a detlint directive (expected detlint-disable or detlint-disable-next-line), so it suppresses nothing.`,
        column,
        [],
        ""
      );
    return;
  }
  const directive = `detlint-${name}`;
  const sep = SEPARATOR.exec(rest);
  const namesText = sep ? rest.slice(0, sep.index) : rest;
  const reason2 = sep ? rest.slice(sep.index + sep[0].length).trim() : "";
  const restColumn = lead.length + directive.length + 1;
  const tokens = [...namesText.matchAll(CHECK_TOKEN)].map((t) => ({
    name: t[0],
    column: restColumn + (t.index ?? 0)
  }));
  const named2 = tokens.map((t) => t.name);
  const shown = named2.length > 0 ? `${directive} ${named2.join(" ")}` : directive;
  if (reason2 === "")
    problem2(
      "detlint/suppression-without-reason",
      `${shown} gives no reason, so it suppresses nothing: add one after " -- ", e.g. "# ${shown} -- why this finding is accepted".`,
      column,
      named2,
      reason2
    );
  const checks = [];
  for (const t of tokens) {
    if (isSuppressible(t.name)) {
      if (!checks.includes(t.name)) checks.push(t.name);
    } else if (UNSUPPRESSIBLE.includes(t.name)) {
      problem2(
        "detlint/suppression-not-suppressible",
        `${directive} cannot suppress ${t.name}: findings about suppressions are never suppressed (turn the check off in .detlint.yml instead).`,
        t.column,
        named2,
        reason2
      );
    } else {
      problem2(
        "detlint/suppression-unknown-check",
        `${directive} names an unknown check ${JSON.stringify(t.name)} (expected one of ${SUPPRESSIBLE_CHECKS.join(", ")}), so it suppresses nothing for it.`,
        t.column,
        named2,
        reason2
      );
    }
  }
  if (reason2 === "" || tokens.length > 0 && checks.length === 0) return;
  let target = null;
  if (name === "disable-next-line") {
    target = nextContentLine(lines, index);
    if (target === null) {
      problem2(
        "detlint/suppression-without-target",
        `${shown} has no line after it to suppress (only blank lines and comments follow).`,
        column,
        named2,
        reason2
      );
      return;
    }
  }
  out.suppressions.push({ kind: name, line, column, checks, reason: reason2, target });
}
function regionIndex(file, line) {
  let i = 0;
  while (i + 1 < file.regions.length && file.regions[i + 1].start <= line) i++;
  return i;
}
function namesCheck(checks, check) {
  return checks.length === 0 || checks.includes(check);
}
function ranAny(region, checks) {
  return checks.length === 0 ? region.ran.size > 0 : checks.some((c) => region.ran.has(c));
}
function sameRule2(id, rule) {
  return id !== null && id.toLowerCase() === rule.toLowerCase();
}
function inlineCovers(file, s, f) {
  if (!namesCheck(s.checks, f.check)) return false;
  if (s.kind === "disable") return regionIndex(file, s.line) === regionIndex(file, f.line);
  const target = s.target;
  return f.line <= target && target <= Math.max(f.line, f.endLine);
}
function configEntry(s) {
  if (s.path === null) return { s, inPath: () => true };
  const glob = new Minimatch2(s.path, { dot: true });
  return { s, inPath: (p) => glob.match(p) };
}
function configCovers({ s, inPath }, f) {
  return namesCheck(s.checks, f.check) && (s.rule === null || sameRule2(f.ruleId, s.rule)) && inPath(f.path);
}
function configJudgedOn({ s, inPath }, files) {
  for (const file of files) {
    if (!inPath(file.path)) continue;
    for (const r of file.regions)
      if ((s.rule === null || sameRule2(r.ruleId, s.rule)) && ranAny(r, s.checks)) return r;
  }
  return null;
}
function applySuppressions(input) {
  const { settings } = input;
  const byPath2 = new Map(input.files.map((f) => [f.path, f]));
  const entries = settings.suppress.map(configEntry);
  const usedInline = /* @__PURE__ */ new Set();
  const usedConfig = /* @__PURE__ */ new Set();
  const findings = [];
  const suppressed = [];
  for (const f of input.findings) {
    if (!isSuppressible(f.check)) {
      findings.push(f);
      continue;
    }
    const file = byPath2.get(f.path);
    const inline = file ? file.inline.suppressions.filter((s) => inlineCovers(file, s, f)) : [];
    const config = entries.filter((e) => configCovers(e, f)).map((e) => e.s);
    for (const s of inline) usedInline.add(s);
    for (const s of config) usedConfig.add(s);
    if (file && inline.length > 0) {
      suppressed.push({
        ...f,
        reason: inline[0].reason,
        source: "inline",
        where: `${file.path}:${inline[0].line}`
      });
    } else if (config.length > 0) {
      const where = `${input.configPath(config[0].file)} ${config[0].where}`;
      suppressed.push({ ...f, reason: config[0].reason, source: "config", where });
    } else {
      findings.push(f);
    }
  }
  for (const file of input.files) {
    for (const p of file.inline.problems) {
      const region = file.regions[regionIndex(file, p.line)];
      findings.push(...invalidSuppressionFinding(p, file.path, region, settings));
    }
    for (const s of file.inline.suppressions) {
      const region = file.regions[regionIndex(file, s.target ?? s.line)];
      if (usedInline.has(s) || !ranAny(region, s.checks)) continue;
      findings.push(
        ...unusedSuppressionFinding({ kind: "inline", suppression: s, path: file.path, region }, settings)
      );
    }
  }
  for (const e of entries) {
    if (usedConfig.has(e.s)) continue;
    const region = configJudgedOn(e, input.files);
    if (!region) continue;
    const path13 = input.configPath(e.s.file);
    findings.push(...unusedSuppressionFinding({ kind: "config", suppression: e.s, path: path13, region }, settings));
  }
  return { findings, suppressed };
}

// src/engine.ts
function problemDiagnostic(shown, p) {
  return { path: shown, line: 1, column: 1, severity: "error", code: p.code, message: p.message };
}
function unreadable(shown, p) {
  return { path: shown, result: { rules: [], diagnostics: [problemDiagnostic(shown, p)] }, text: "" };
}
function internalErrorDiagnostic(f) {
  const msg = f.error instanceof Error ? f.error.message : String(f.error);
  return {
    path: f.path,
    line: 1,
    column: 1,
    severity: "error",
    code: "internal-error",
    message: `detlint failed on this file while ${f.stage}: ${msg} (a bug in detlint; the other files are not affected)`
  };
}
function parseBytes(file, shown, bytes, context = {}, parser = readRuleFile, failures) {
  if (!bytes.ok) return unreadable(shown, bytes);
  const { text: text2, problems } = decodeSource(bytes.bytes);
  let result2;
  try {
    result2 = capResult(parser(shown, text2, { ...context, file }));
  } catch (error) {
    const failure2 = { path: shown, stage: "reading it", error };
    failures?.push(failure2);
    return { path: shown, result: { rules: [], diagnostics: [internalErrorDiagnostic(failure2)] }, text: text2 };
  }
  if (result2.rules.length === 0 && result2.diagnostics.length === 0)
    return { path: shown, result: result2, text: text2, skipped: whyNotARule(shown, text2) };
  const encoding = problems.map((p) => ({ path: shown, ...p }));
  return { path: shown, result: { ...result2, diagnostics: [...encoding, ...result2.diagnostics] }, text: text2 };
}
function readContext(settings, root) {
  return {
    splunkMacros: settings.splunk.macros.map((d) => path4.resolve(root, d)),
    splunkDataSources: settings.splunk.dataSources.map((d) => path4.resolve(root, d))
  };
}
function readOne(file, root, context = {}, maxBytes, failures) {
  return parseBytes(
    file,
    displayPath(file, root),
    readSourceBytes(file, maxBytes),
    context,
    readRuleFile,
    failures
  );
}
function problemDiagnostics(problems, root) {
  return problems.map((p) => problemDiagnostic(displayPath(p.file, root), p));
}
function allDiagnostics(result2) {
  return [...result2.diagnostics, ...result2.rules.flatMap((r) => r.diagnostics)];
}
var FileReader = class {
  constructor(root, settings, keep = /* @__PURE__ */ new Set(), progress2, parser = readRuleFile) {
    this.root = root;
    this.keep = keep;
    this.progress = progress2;
    this.parser = parser;
    this.context = readContext(settings, root);
    this.maxBytes = settings.maxFileSize;
    this.setup = { context: this.context, maxBytes: this.maxBytes };
    if (parser === readRuleFile && workerCount(Number.MAX_SAFE_INTEGER) > 0)
      this.entries = (files) => this.parseAll(files);
    refreshSplunkDefinitions();
  }
  root;
  keep;
  progress;
  parser;
  files = /* @__PURE__ */ new Map();
  /** What readers may use beyond a file's text: the configured Splunk folders. */
  context;
  /** Files read so far, for `progress`. */
  seen = /* @__PURE__ */ new Set();
  maxBytes;
  /** Everything thrown on a file, in order. */
  failures = [];
  setup;
  touch(file) {
    if (this.progress === void 0 || this.seen.has(file)) return;
    this.seen.add(file);
    this.progress(this.seen.size);
  }
  shown(file) {
    return displayPath(file, this.root);
  }
  bytes(file) {
    this.touch(file);
    const b = readSourceBytes(file, this.maxBytes);
    return b.ok ? b.bytes : null;
  }
  rules(file, bytes) {
    if (bytes === null) return this.read(file).result.rules;
    const kept = this.files.get(file);
    if (kept) return kept.result.rules;
    const r = parseBytes(
      file,
      this.shown(file),
      { ok: true, bytes },
      this.context,
      this.parser,
      this.failures
    );
    if (this.keep.has(file)) this.files.set(file, r);
    return r.result.rules;
  }
  /** A rule of `file` that could not be added to the catalog. */
  failed(file, err) {
    this.failures.push({ path: this.shown(file), stage: ADDING, error: err });
  }
  dependencies(file, bytes) {
    return splunkDependencies(file, bytes, this.context);
  }
  definitions(file) {
    return splunkDefinitionsFingerprint(file, this.context);
  }
  /**
   * The file's stat fingerprint (null: it is read instead). The cache asks it of a file it
   * may not read, so the file counts as seen for progress here.
   */
  stat(file) {
    this.touch(file);
    return statFingerprint(file, this.maxBytes);
  }
  /** The file's bytes and the stat fingerprint of what was read (null when unreadable). */
  readWithStat(file) {
    this.touch(file);
    const b = readSourceBytes(file, this.maxBytes);
    return b.ok ? { bytes: b.bytes, stat: b.stat ?? null } : { bytes: null, stat: null };
  }
  /**
   * The catalog entries of `files`, in order, each as `freshEntry` makes it from `rules`:
   * with enough files, worker threads parse them with this thread (see
   * catalog/parallel.ts); files kept for the checks and files a worker could not read are
   * parsed here, in their turn, so that failures are met in file order whoever parsed a
   * file. Present only when workers may be used (the default reader, and workers allowed
   * on this machine): otherwise the catalog is built file by file as it is read, as before.
   */
  entries;
  parseAll(files) {
    const candidates = [];
    files.forEach((f, i) => {
      if (f.bytes !== null && !this.keep.has(f.file)) candidates.push(i);
    });
    const workers = candidates.length === 0 ? 0 : workerCount(candidates.length);
    if (workers === 0) return files.map((f) => this.entry(f));
    const tasks = candidates.map((i) => {
      const { file, bytes } = files[i];
      return bytes ? { file, shown: this.shown(file), bytes } : { file, shown: this.shown(file) };
    });
    const results = parseInWorkers(
      tasks,
      workers,
      this.setup,
      parseCorpusFile,
      (i) => this.touch(tasks[i].file)
    );
    const parsed = new Map(candidates.map((at, k) => [at, results[k]]));
    return files.map((f, i) => {
      const r = parsed.get(i);
      if (r === void 0 || r === null) return this.entry(f);
      const shown = this.shown(f.file);
      let added = true;
      for (const { stage, error } of r.failures) {
        this.failures.push({ path: shown, stage, error });
        if (stage === ADDING) added = false;
      }
      return { path: shown, sha256: added ? f.hash ?? "" : "", keys: r.keys, rules: r.rules };
    });
  }
  /** One file's entry, parsed here. */
  entry({ file, bytes, hash }) {
    const rules = bytes === void 0 ? this.read(file).result.rules : this.rules(file, bytes);
    return freshEntry(this.shown(file), hash ?? "", rules, (err) => this.failed(file, err));
  }
  read(file) {
    this.touch(file);
    let r = this.files.get(file);
    if (!r) {
      r = parseBytes(
        file,
        this.shown(file),
        readSourceBytes(file, this.maxBytes),
        this.context,
        this.parser,
        this.failures
      );
      if (this.keep.has(file)) this.files.set(file, r);
    }
    return r;
  }
};
var ADDING = "adding it to the catalog";
function parseCorpusFile(task, setup) {
  const source = task.bytes === void 0 ? readSourceBytes(task.file, setup.maxBytes) : (
    // Bytes sent to a worker arrive as a plain Uint8Array.
    { ok: true, bytes: Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength) }
  );
  if (!source.ok) return null;
  const failures = [];
  const read = parseBytes(task.file, task.shown, source, setup.context, readRuleFile, failures);
  const entry = freshEntry(
    task.shown,
    "",
    read.result.rules,
    (error) => failures.push({ path: task.shown, stage: ADDING, error })
  );
  return {
    keys: entry.keys,
    rules: entry.rules,
    failures: failures.map(({ stage, error }) => ({ stage, error }))
  };
}
function corpusCatalog(files, reader, settings, cacheFile, onRule) {
  if (cacheFile === void 0 && onRule === void 0 && reader.entries) {
    const entries = reader.entries(files.map((file) => ({ file, hash: "" })));
    return { catalog: catalogFromEntries(entries), cache: { status: "off", reused: 0, parsed: files.length } };
  }
  if (cacheFile === void 0) {
    const builder = new CatalogBuilder();
    for (const f of files)
      for (const r of reader.read(f).result.rules)
        try {
          builder.add(r);
          onRule?.(r);
        } catch (err) {
          reader.failed(f, err);
        }
    return { catalog: builder.finish(), cache: { status: "off", reused: 0, parsed: files.length } };
  }
  if (onRule === void 0) return buildCatalogCached(files, reader, { cacheFile, ignore: settings.ignore });
  const parsed = /* @__PURE__ */ new Set();
  const showing = {
    shown: (f) => reader.shown(f),
    bytes: (f) => reader.bytes(f),
    rules: (f, bytes) => {
      const rules = reader.rules(f, bytes);
      parsed.add(f);
      for (const r of rules) onRule(r);
      return rules;
    },
    failed: (f, err) => reader.failed(f, err),
    dependencies: (f, bytes) => reader.dependencies(f, bytes),
    definitions: (f) => reader.definitions(f),
    stat: (f) => reader.stat(f),
    readWithStat: (f) => reader.readWithStat(f)
  };
  const built = buildCatalogCached(files, showing, { cacheFile, ignore: settings.ignore });
  for (const f of files) if (!parsed.has(f)) for (const r of reader.read(f).result.rules) onRule(r);
  return built;
}
function repositorySources(entries, root, settings) {
  return resolveSources(entries, root, { ignore: settings.ignore, gitignore: true });
}
function baselineSources(entries, root, settings) {
  return resolveSources(entries, root, { ignore: settings.ignore });
}
function union(...sources) {
  return [...new Set(sources.flatMap((s) => s.files))].sort();
}
function entriesWithoutRules(sources, ruleFiles) {
  return sources.entries.filter((e) => e.problems === 0 && !e.files.some(ruleFiles)).map((e) => e.entry);
}
function buildCorpusCatalog(sources, root, settings, cacheFile, progress2, onRule) {
  const corpus = baselineSources(sources, root, settings);
  const cache = cacheFile === void 0 ? void 0 : path4.resolve(root, cacheFile);
  const total = corpus.files.length;
  const reader = new FileReader(root, settings, void 0, progress2 && ((read) => progress2(read, total)));
  const built = corpusCatalog(corpus.files, reader, settings, cache, onRule);
  const rulePaths2 = new Set(built.catalog.rules.map((r) => r.path));
  return {
    ...built,
    missing: corpus.missing,
    noRules: entriesWithoutRules(corpus, (f) => rulePaths2.has(displayPath(f, root))),
    failures: reader.failures
  };
}
function checksRun(rule, settings, attack, checks) {
  const ran = /* @__PURE__ */ new Set();
  if (settings.checks["parse-error"].enabled) ran.add("parse-error");
  if (rule === null || rule.diagnostics.some((d) => d.severity === "error")) return ran;
  for (const check of checks) if (checkRuns(check, settings, attack)) ran.add(check.id);
  return ran;
}
function regionsOf(rules, settings, attack, checks) {
  if (rules.length === 0)
    return [{ start: 1, ruleId: null, ruleTitle: null, ran: checksRun(null, settings, attack, checks) }];
  const sorted = [...rules].sort((a, b) => a.line - b.line);
  return sorted.map((r, i) => ({
    start: i === 0 ? 1 : r.line,
    ruleId: r.id,
    ruleTitle: r.title,
    ran: checksRun(r, settings, attack, checks)
  }));
}
function internalErrorFinding(failure2, settings, rule) {
  return parseErrorFinding(internalErrorDiagnostic(failure2), settings, rule);
}
function checkTargets(files, reader, catalog, settings, attack, checks) {
  const findings = [];
  const checked = [];
  const skipped2 = [];
  let rulesChecked = 0;
  const failedFiles = /* @__PURE__ */ new Map();
  for (const failure2 of reader.failures) {
    const list3 = failedFiles.get(failure2.path) ?? [];
    failedFiles.set(failure2.path, list3.concat(failure2));
  }
  for (const f of files) {
    const shown = reader.shown(f);
    const own = [];
    try {
      const { result: result2, text: text2, skipped: why } = reader.read(f);
      own.push(...parseErrorFindings(result2, settings));
      for (const failure2 of failedFiles.get(shown) ?? [])
        if (failure2.stage !== "reading it") own.push(internalErrorFinding(failure2, settings));
      for (const rule of result2.rules) {
        rulesChecked++;
        if (rule.diagnostics.some((d) => d.severity === "error")) continue;
        try {
          own.push(...runChecks(rule, catalog, settings, { attack, text: text2, checks }));
        } catch (error) {
          const failure2 = { path: shown, stage: "checking it", error };
          reader.failures.push(failure2);
          own.push(internalErrorFinding(failure2, settings, rule));
        }
      }
      if (why !== void 0) skipped2.push({ path: shown, reason: why });
      else
        checked.push({
          path: shown,
          regions: regionsOf(result2.rules, settings, attack, checks),
          inline: parseInlineSuppressions(text2)
        });
    } catch (error) {
      const failure2 = { path: shown, stage: "checking it", error };
      reader.failures.push(failure2);
      own.push(internalErrorFinding(failure2, settings));
    }
    findings.push(...own);
  }
  return { findings, checked, rulesChecked, skipped: skipped2 };
}
function targetFiles(targets, baseline, req) {
  const inBaseline = new Set(baseline.files);
  const literal3 = new Set(req.targets.map((t) => path4.resolve(req.root, t)));
  return targets.files.filter((f) => !inBaseline.has(f) || literal3.has(f));
}
function runCheck(req) {
  const { settings, root } = req;
  const targets = repositorySources(req.targets, root, settings);
  const own = repositorySources(req.corpus, root, settings);
  const baseline = baselineSources(req.baselines ?? [], root, settings);
  const files = targetFiles(targets, baseline, req);
  const total = (/* @__PURE__ */ new Set([...files, ...own.files, ...baseline.files])).size;
  const progress2 = req.progress;
  const reader = new FileReader(
    root,
    settings,
    new Set(files),
    progress2 && ((read) => progress2(read, total)),
    req.parser
  );
  const cacheFile = req.cacheFile === void 0 ? void 0 : path4.resolve(root, req.cacheFile);
  const built = corpusCatalog(union(own, baseline), reader, settings, cacheFile, req.onRule);
  const rulePaths2 = new Set(built.catalog.rules.map((r) => r.path));
  let catalog = built.catalog;
  for (const c of req.catalogFiles ?? []) catalog = mergeCatalogs([catalog, loadCatalogFile(c)]);
  catalog = withAttack(catalog, req.attack);
  const checked = checkTargets(files, reader, catalog, settings, req.attack, req.checks ?? CHECKS);
  const problems = problemDiagnostics(targets.problems, root);
  checked.findings.push(...parseErrorFindings({ rules: [], diagnostics: problems }, settings));
  const { findings, suppressed } = applySuppressions({
    findings: checked.findings,
    files: checked.checked,
    settings,
    configPath: (file) => file === null ? ".detlint.yml" : displayPath(path4.resolve(root, file), root)
  });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const skippedPaths = new Set(checked.skipped.map((s) => s.path));
  const checkedFiles = new Set(files);
  const report = {
    findings,
    summary: summarize(
      findings,
      { filesChecked: files.length, rulesChecked: checked.rulesChecked, catalogRules: catalog.rules.length },
      settings.failOn,
      suppressed.length
    ),
    suppressed,
    skipped: checked.skipped
  };
  const noRules = [
    ...entriesWithoutRules(targets, (f) => checkedFiles.has(f) && !skippedPaths.has(displayPath(f, root))),
    ...entriesWithoutRules(baseline, (f) => rulePaths2.has(displayPath(f, root)))
  ];
  return {
    report,
    catalog,
    missing: [...targets.missing, ...baseline.missing],
    noRules,
    cache: built.cache,
    failures: reader.failures
  };
}

// src/lib.ts
init_catalog();
init_page();
init_config();

// src/cli/settings.ts
init_config();
import { existsSync as existsSync3 } from "node:fs";
import path5 from "node:path";

// src/attack/stix.ts
init_table();
var MITRE_NOTICE = "\xA9 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. ATT&CK\xAE is a registered trademark of The MITRE Corporation. Terms of use: https://attack.mitre.org/resources/legal-and-branding/terms-of-use/";
function isPlain2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mitreId(obj) {
  const refs = obj.external_references;
  if (!Array.isArray(refs)) return null;
  for (const r of refs)
    if (isPlain2(r) && r.source_name === "mitre-attack" && typeof r.external_id === "string")
      return r.external_id;
  return null;
}
function phases(obj) {
  const list3 = obj.kill_chain_phases;
  if (!Array.isArray(list3)) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of list3)
    if (isPlain2(p) && p.kill_chain_name === "mitre-attack" && typeof p.phase_name === "string")
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
  const text2 = first.replace(CITATION, "").replace(LINK, "$1").replace(HTML_TAG, "").replace(/\s+/g, " ").trim();
  return text2 === "" ? null : text2;
}
function better(a, b) {
  const rank = (p) => (p.technique.revoked ? 2 : 0) + (p.technique.deprecated ? 1 : 0);
  return rank(b) < rank(a) ? b : a;
}
function stixToTable(doc, file, options = {}) {
  if (!isPlain2(doc) || doc.type !== "bundle" || !Array.isArray(doc.objects))
    throw new AttackError(`${file}: expected a STIX bundle ({"type": "bundle", "objects": [...]})`);
  const byStixId = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  const tactics = {};
  const revokedBy = /* @__PURE__ */ new Map();
  let collectionVersion = null;
  doc.objects.forEach((obj) => {
    if (!isPlain2(obj)) return;
    switch (obj.type) {
      case "attack-pattern": {
        const id = mitreId(obj);
        if (id === null || !TECHNIQUE_ID2.test(id) || typeof obj.id !== "string") return;
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
init_table();
init_table();
init_normalize();
function attackTableFileOf(doc, file) {
  return isStixBundle(doc) ? stixToTable(doc, file) : validateAttackTable(doc, file);
}
function loadAttackFile(file, shown = file) {
  return attackTable(attackTableFileOf(readJsonFile(file, shown), shown), shown);
}

// src/attack/builtin.ts
init_table();
import { readFileSync as readFileSync6 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var BUILTIN_TABLE_FILE = "enterprise-attack.table.json";
var BUILTIN_TABLE_LABEL = "the built-in ATT&CK table";
var ATTACK_OFF = /* @__PURE__ */ new Set(["none", "false"]);
var CANDIDATES = [`./${BUILTIN_TABLE_FILE}`, `./data/${BUILTIN_TABLE_FILE}`];
var cached;
function readShipped() {
  const errors = [];
  for (const rel of CANDIDATES) {
    const file = fileURLToPath2(new URL(rel, import.meta.url));
    try {
      return readFileSync6(file, "utf8");
    } catch (err) {
      errors.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  throw new Error(`${BUILTIN_TABLE_LABEL} is missing from this installation (${errors.join("; ")})`);
}
function builtinAttackTable() {
  if (cached === void 0)
    cached = attackTable(shippedData(parseJsonText(readShipped(), BUILTIN_TABLE_FILE)), "built-in table");
  return cached;
}
function shippedData(doc) {
  const d = doc;
  const plain = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (plain(d) && d?.format_version === ATTACK_TABLE_FORMAT && typeof d.attack_version === "string" && plain(d.tactics) && plain(d.techniques) && (d.v18_to_v19 === void 0 || plain(d.v18_to_v19)) && (d.v18_to_v19_tactics === void 0 || plain(d.v18_to_v19_tactics)))
    return doc;
  return validateAttackTable(doc, BUILTIN_TABLE_FILE);
}

// src/cli/settings.ts
var CONFIG_NAMES = [".detlint.yml", ".detlint.yaml"];
function findConfigFile(cwd) {
  let dir = path5.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const file = path5.join(dir, name);
      if (existsSync3(file)) return file;
    }
    const parent = path5.dirname(dir);
    if (existsSync3(path5.join(dir, ".git")) || parent === dir) return null;
    dir = parent;
  }
}
function rebase(settings, configDir, cwd) {
  if (path5.resolve(configDir) === path5.resolve(cwd)) return settings;
  const move = (p) => path5.isAbsolute(p) ? p : path5.relative(cwd, path5.resolve(configDir, p)).split(path5.sep).join("/") || ".";
  return {
    ...settings,
    baseline: settings.baseline.map(move),
    attack: settings.attack === null ? null : move(settings.attack),
    splunk: { macros: settings.splunk.macros.map(move), dataSources: settings.splunk.dataSources.map(move) }
  };
}
function loadCliSettings(configFlag, cwd) {
  if (typeof configFlag === "string") return loadConfigFile(path5.resolve(cwd, configFlag), true);
  const found = findConfigFile(cwd);
  if (found === null) return defaultSettings();
  return rebase(loadConfigFile(found, true), path5.dirname(found), cwd);
}
function attackOption(flag, settings, cwd) {
  const file = typeof flag === "string" ? flag : settings.attack;
  if (file === null) return { attack: builtinAttackTable() };
  if (ATTACK_OFF.has(file.trim().toLowerCase())) return {};
  return { attack: loadAttackFile(path5.resolve(cwd, file), file) };
}

// src/report/text.ts
init_common();
import { styleText } from "node:util";
function paint(color, text2, ...styles) {
  if (!color || styles.length === 0) return text2;
  return styleText(styles, text2, { validateStream: false });
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
init_common();
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
function finding2(f) {
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
  return { ...finding2(f), reason: f.reason, source: f.source, where: f.where };
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
    findings: sortedFindings(report.findings).map(finding2),
    summary: summary(report.summary),
    suppressed: sortedFindings(report.suppressed ?? []).map(suppressedFinding),
    skipped: sortedSkipped(report.skipped ?? []).map((s) => ({ path: s.path, reason: s.reason }))
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

// src/report/markdown.ts
init_registry();
init_describe();
init_common();
init_tables();
init_tables();
var COMMENT_MARKER = "<!-- detlint:report -->";
var DEFAULT_NAME = "detlint";
function commentMarker(name = DEFAULT_NAME) {
  if (name === DEFAULT_NAME) return COMMENT_MARKER;
  const key = name.toLowerCase().replace(/[^a-z0-9._/-]+/g, "_");
  return `<!-- detlint:report:${key} -->`;
}
var DEFAULT_COMMENT_MAX_LENGTH = 65e3;
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
function fileUrl(links, path13, line) {
  if (!links.blobBase) return null;
  const base = links.blobBase.endsWith("/") ? links.blobBase : `${links.blobBase}/`;
  const encoded = normalizePath(path13).split("/").map(encodeURIComponent).join("/");
  return linkTarget(`${base}${encoded}#L${line}`);
}
function linked(text2, url) {
  return url === null ? text2 : `[${text2}](${url})`;
}
function fileCell(f, links) {
  const shown = codeSpan(clip(normalizePath(f.path), MAX_PATH));
  return linked(shown, fileUrl(links, f.path, f.line));
}
function checkCell(f, links) {
  return linked(f.check, linkTarget(`${links.docsUrl ?? DEFAULT_DOCS_URL}#check-${f.check}`));
}
function findingRow(f, links) {
  const message3 = escapeMarkdown(clip(f.message, MAX_MESSAGE));
  return `| ${fileCell(f, links)} | ${lineRange(f)} | ${checkCell(f, links)} | ${message3} |
`;
}
function ruleTitle(r) {
  return linked(
    escapeMarkdown(clip(r.title, MAX_TITLE)),
    linkTarget(r.sourceUrl ?? sourceUrl(r) ?? void 0)
  );
}
function titles(e) {
  const list3 = e.examples.map(ruleTitle).join(" \xB7 ");
  const more2 = moreThanExamples(e);
  return more2 > 0 ? `${list3}, and ${formatCount(more2)} more` : list3;
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
      const keys = (list3) => list3.map((k) => codeSpan(clip(k, MAX_VALUE), { table: false })).join(", ");
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
  const table2 = evidenceTable(f.evidence);
  const body = table2 ? `
${renderMarkdownTable(table2, "  ").join("\n")}

` : "";
  return head + body + [...evidenceDetails(f.evidence), ...links?.(f) ?? []].map((line) => `  - ${line}
`).join("");
}
var SECTION_TITLE = {
  error: "\u274C Errors",
  warning: "\u26A0\uFE0F Warnings",
  notice: "\u2139\uFE0F Notices"
};
function sectionFrame(severity, count2) {
  return {
    head: `### ${SECTION_TITLE[severity]} (${formatCount(count2)})

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
      const frame2 = sectionFrame(f.severity, counts.get(f.severity) ?? 0);
      used += opts.measure(frame2.head + frame2.mid + frame2.tail);
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
    const frame2 = sectionFrame(section.severity, counts.get(section.severity) ?? 0);
    out += frame2.head + section.rows.slice(0, n).join("") + frame2.mid + section.items.slice(0, n).join("") + frame2.tail;
  }
  out += help + footer;
  if (opts.measure(out) <= opts.limit) return out;
  return cutTo(head + note, opts.limit, opts.measure);
}
function cutTo(text2, limit, measure) {
  let out = text2;
  while (out.length > 0 && measure(out) > limit) out = clip(out, Math.max(1, Math.floor(out.length * 0.9)));
  return out;
}
var byteLength = (text2) => Buffer.byteLength(text2, "utf8");
function renderComment(report, options = {}) {
  const runUrl = linkTarget(options.runUrl);
  return render(report, {
    marker: true,
    title: options.title ?? DEFAULT_TITLE,
    runUrl,
    links: options.links ?? {},
    limit: options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH,
    ...options.evidenceLinks ? { evidenceLinks: options.evidenceLinks } : {},
    measure: (text2) => text2.length,
    truncationNote: (omitted, total) => `> [!NOTE]
> ${leftOut(omitted, total)} of this comment to stay under GitHub's size limit for comments. The job summary and the JSON report of this run list them all.

`
  });
}
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
init_hash();
init_common();
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
function artifactUri(path13) {
  return normalizePath(path13).split("/").map(encodeURIComponent).join("/");
}
function messageText(text2) {
  return cleanText(text2).replace(/[[\]]/g, (c) => `\\${c}`);
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

// src/commands.ts
init_config();
import path12 from "node:path";

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

// src/commands.ts
init_catalog();
init_page();

// src/parse-output.ts
init_ir();
init_config();
init_common();
init_describe();
init_common();
var UNCLEAN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
function printable(text2) {
  return UNCLEAN.test(text2) ? cleanText(text2) : text2;
}
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
function ruleJson(r) {
  return {
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
  };
}
function diagnosticJson(d) {
  return {
    path: d.path,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message
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
  const section = (name, items, json, first = false) => {
    const key = JSON.stringify(name);
    out(`${first ? "{\n" : ",\n"}  ${key}: `);
    if (items.length === 0) {
      out("[]");
      return;
    }
    const prefix = `{
  ${key}: [
    `.length;
    let batch = [];
    let size = 0;
    let started = false;
    const next = () => {
      out(started ? ",\n    " : "[\n    ");
      started = true;
    };
    const flush = () => {
      if (batch.length === 0) return;
      const text2 = JSON.stringify({ [name]: batch }, null, 2);
      next();
      out(text2.slice(prefix, text2.length - "\n  ]\n}".length));
      batch = [];
      size = 0;
    };
    for (const item of items) {
      const value = json(item);
      const n = predicateCount(value);
      if (n > WHOLE_RULE) {
        flush();
        next();
        streamJson(value, "    ", 2, out);
        continue;
      }
      if (size + n > WHOLE_RULE || batch.length === BATCH) flush();
      batch.push(value);
      size += n;
    }
    flush();
    out("\n  ]");
  };
  section("rules", parsed.rules, ruleJson, true);
  section("diagnostics", parsed.diagnostics, diagnosticJson);
  section("skipped", sortedSkipped(parsed.skipped), (f) => ({ path: f.path, reason: f.reason }));
  write(buffer + "\n}\n");
}
var CHUNK = 1 << 16;
var WHOLE_RULE = 5e3;
var BATCH = 256;
function predicateCount(value) {
  const v = value;
  const n = (a) => Array.isArray(a) ? a.length : 0;
  return n(v.indicators) + n(v.exclusions);
}
var STREAM_DEPTH = 3;
function streamJson(value, indent, depth, out) {
  if (depth > STREAM_DEPTH || !isPlainContainer(value)) {
    out((JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, "\n" + indent));
    return;
  }
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return out("[]");
    for (let i = 0; i < value.length; i++) {
      out((i === 0 ? "[\n" : ",\n") + inner);
      const v = value[i];
      if (isSkipped(v)) out("null");
      else streamJson(v, inner, depth + 1, out);
    }
    return out("\n" + indent + "]");
  }
  const obj = value;
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (isSkipped(v)) continue;
    out((first ? "{\n" : ",\n") + inner + JSON.stringify(key) + ": ");
    first = false;
    streamJson(v, inner, depth + 1, out);
  }
  out(first ? "{}" : "\n" + indent + "}");
}
function isSkipped(v) {
  return v === void 0 || typeof v === "function" || typeof v === "symbol";
}
function isPlainContainer(v) {
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof v.toJSON !== "function";
}
function predText(prefix, { pred, label }) {
  const step = label ? ` [${label}]` : "";
  const cs = pred.caseSensitive ? " (case-sensitive)" : "";
  const tr = pred.transforms && pred.transforms.length > 0 ? ` (${pred.transforms.join(", ")})` : "";
  return `    ${prefix} ${printable(describePredicate(pred.sourceField, pred.op, pred.value))}${cs}${tr}${step}  line ${pred.pos.line}`;
}
function renderParseText(parsed, verbose = false) {
  const lines = [];
  for (const r of parsed.rules) {
    lines.push(`${r.path}:${r.line}  ${printable(r.title)}${r.id ? `  [${printable(r.id)}]` : ""}`);
    const ls = logsourceJson(r.logsource);
    const lsText = Object.entries(ls).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ");
    lines.push(
      `  techniques: ${r.techniques.join(", ") || "(none)"}   logsource: ${printable(lsText) || "(none)"}`
    );
    for (const i of indicators(r)) lines.push(predText("+", i));
    for (const e of exclusions(r)) lines.push(predText("-", e));
  }
  for (const d of parsed.diagnostics)
    lines.push(`${d.path}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${printable(d.message)}`);
  const errors = parsed.diagnostics.filter((d) => d.severity === "error").length;
  if (verbose)
    for (const f of sortedSkipped(parsed.skipped)) lines.push(`${printable(f.path)}  skipped  ${f.reason}`);
  const skipped2 = skippedLine(parsed.skipped);
  lines.push(
    `${parsed.rules.length} rules, ${parsed.diagnostics.length} diagnostics (${errors} errors)` + (skipped2 === "" ? "" : `; ${skipped2}`)
  );
  return lines.join("\n") + "\n";
}

// src/commands.ts
init_output_file();
init_version();

// src/attack/import.ts
init_table();
var MOVE_KEYS = ["source", "v18_to_v19", "v18_to_v19_tactics"];
function readMoves2(doc, file) {
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
  const moves = options.moves ? readMoves2(options.moves.doc, options.moves.file) : {};
  const table2 = {
    ...base,
    ...options.attackVersion !== void 0 ? { attack_version: options.attackVersion } : {},
    ...options.source !== void 0 ? { source: options.source } : {},
    ...moves
  };
  return validateAttackTable(table2, file);
}

// src/commands.ts
init_table();

// src/corpus/cli.ts
init_config();
import { existsSync as existsSync5 } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path8 from "node:path";

// src/corpus/fetch.ts
init_config();
import { existsSync as existsSync4, mkdirSync as mkdirSync3, mkdtempSync, readdirSync as readdirSync3, renameSync as renameSync2, rmSync as rmSync2, statSync as statSync5 } from "node:fs";
import path7 from "node:path";
init_catalog();
init_version();
init_catalog();
init_registry();
var CorpusError = class extends Error {
  constructor(message3) {
    super(message3);
    this.name = "CorpusError";
  }
};
var DEFAULT_API_URL = "https://api.github.com";
function buildTag() {
  return `catalog${CATALOG_VERSION}-${VERSION}-${SOURCE_HASH}`;
}
function catalogFile(dir, c) {
  return path7.join(dir, buildTag(), `${c.spec.name}@${c.ref}.catalog.json`);
}
function cachedCatalog(dir, c) {
  const file = catalogFile(dir, c);
  if (!existsSync4(file)) return null;
  try {
    return loadCatalogFile(file);
  } catch (err) {
    if (err instanceof CatalogError) return null;
    throw err;
  }
}
function tarballUrl(apiUrl, c) {
  return `${apiUrl.replace(/\/+$/, "")}/repos/${c.spec.owner}/${c.spec.repo}/tarball/${encodeURIComponent(c.ref)}`;
}
function message2(err) {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause;
  return cause instanceof Error && cause.message !== "" ? `${err.message}: ${cause.message}` : err.message;
}
function refusal(err, c, token, HTTPError) {
  if (err instanceof HTTPError) {
    const status = err.httpStatusCode;
    const why = status === 401 ? "the token was refused: check GITHUB_TOKEN or the token input" : status === 403 ? `access refused or rate limited${token ? "" : " (no token given: set GITHUB_TOKEN)"}` : status === 404 ? `no such repository or ref ${JSON.stringify(c.ref)}, or the token cannot see it` : "the server failed";
    return `HTTP ${status ?? "error"}: ${why}`;
  }
  return `${message2(err)}: offline, or the API URL (GITHUB_API_URL) is wrong`;
}
function isRuleFolder(spec, top) {
  return spec.folders.some((f) => f.endsWith("*") ? top.startsWith(f.slice(0, -1)) : top === f);
}
function isNeeded(spec, rel) {
  const top = rel.split("/")[0];
  if (isRuleFolder(spec, top)) return true;
  if (spec.splunk && (top === spec.splunk.macros || top === spec.splunk.dataSources)) return true;
  return (spec.nested ?? []).some((n) => rel === n || rel.startsWith(`${n}/`));
}
async function extractFolders(tarball, dest, c) {
  mkdirSync3(dest, { recursive: true });
  const { x: extractTar } = await import("tar");
  await extractTar({
    file: tarball,
    cwd: dest,
    // GitHub's tarballs hold one top folder, `<owner>-<repo>-<short sha>/`.
    strip: 1,
    filter: (p, entry) => {
      const type = "type" in entry ? entry.type : "File";
      if (type !== "File" && type !== "Directory") return false;
      const rel = p.split("/").slice(1).join("/");
      return rel !== "" && isNeeded(c.spec, rel);
    }
  });
}
function ruleFolders(root, c) {
  let tops;
  try {
    tops = readdirSync3(root).sort();
  } catch {
    return [];
  }
  const found = tops.filter((t) => isRuleFolder(c.spec, t));
  for (const n of c.spec.nested ?? []) if (existsSync4(path7.join(root, n))) found.push(n);
  return found.filter((f) => statSync5(path7.join(root, f)).isDirectory());
}
async function fetchCorpus(c, options) {
  const url = tarballUrl(options.apiUrl, c);
  mkdirSync3(options.tempDir, { recursive: true });
  const scratch2 = mkdtempSync(path7.join(options.tempDir, `detlint-${c.spec.name}-`));
  try {
    const { downloadTool, HTTPError } = await import("@actions/tool-cache");
    const download = options.download ?? downloadTool;
    let tarball;
    try {
      tarball = await download(
        url,
        path7.join(scratch2, "corpus.tar.gz"),
        options.token ? `Bearer ${options.token}` : void 0,
        { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" }
      );
    } catch (err) {
      throw new CorpusError(
        `cannot download ${corpusLabel(c)} from ${url} (${refusal(err, c, Boolean(options.token), HTTPError)}). Instead, ${checkoutAdvice(c)}.`
      );
    }
    const prefix = corpusPrefix(c);
    const root = path7.join(scratch2, "src");
    const repoRoot = path7.join(root, ...prefix.split("/"));
    try {
      await extractFolders(tarball, repoRoot, c);
    } catch (err) {
      throw new CorpusError(
        `the download of ${corpusLabel(c)} from ${url} is not a readable tarball (${message2(err)}). Instead, ${checkoutAdvice(c)}.`
      );
    }
    const folders2 = ruleFolders(repoRoot, c);
    if (folders2.length === 0)
      throw new CorpusError(
        `${corpusLabel(c)}: the tarball from ${url} holds none of the rule folders ${[...c.spec.folders, ...c.spec.nested ?? []].join(", ")}. Instead, ${checkoutAdvice(c)}.`
      );
    const settings = defaultSettings();
    if (c.spec.splunk)
      settings.splunk = {
        macros: [`${prefix}/${c.spec.splunk.macros}`],
        dataSources: [`${prefix}/${c.spec.splunk.dataSources}`]
      };
    const { catalog } = buildCorpusCatalog(
      folders2.map((f) => `${prefix}/${f}`),
      root,
      settings
    );
    const file = catalogFile(options.dir, c);
    mkdirSync3(path7.dirname(file), { recursive: true });
    const tmp = path7.join(scratch2, "catalog.json");
    saveCatalogFile(catalog, tmp);
    try {
      renameSync2(tmp, file);
    } catch {
      saveCatalogFile(catalog, file);
    }
    return { file, catalog, url };
  } finally {
    rmSync2(scratch2, { recursive: true, force: true });
  }
}
function listCached(dir) {
  const here = path7.join(dir, buildTag());
  const current = (existsSync4(here) ? readdirSync3(here) : []).filter((f) => f.endsWith(".catalog.json")).sort().map((f) => ({ name: f.slice(0, -".catalog.json".length), file: path7.join(here, f) }));
  let stale = 0;
  for (const d of existsSync4(dir) ? readdirSync3(dir) : [])
    if (d !== buildTag() && d.startsWith("catalog"))
      stale += readdirSync3(path7.join(dir, d)).filter((f) => f.endsWith(".catalog.json")).length;
  return { current, stale };
}

// src/corpus/cli.ts
init_registry();
var CACHE_DIR_ENV = "DETLINT_CACHE_DIR";
function userCacheDir(env) {
  if (env[CACHE_DIR_ENV]) return path8.resolve(env[CACHE_DIR_ENV]);
  const base = env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME : path8.join(env.HOME || homedir(), ".cache");
  return path8.join(base, "detlint");
}
function corpusDir(cacheDir) {
  return path8.join(cacheDir, "corpus");
}
function namedBaselines(entries, env, key = "--baseline") {
  const { corpora, paths } = splitBaseline(entries, key);
  const dir = corpusDir(userCacheDir(env));
  const files = corpora.map((c) => {
    const file = catalogFile(dir, c);
    if (existsSync5(file)) return file;
    const ref = c.entry.includes("@") ? c.entry : c.spec.name;
    throw new ConfigError(
      `${key}: ${ref}: ${corpusLabel(c)} is not in the cache ${dir}: run \`detlint corpus fetch ${ref}\` (it downloads from the GitHub API), or ${checkoutAdvice(c)}`
    );
  });
  return { paths, files, corpora };
}
var CORPUS_HELP = `Usage: detlint corpus fetch NAME[@REF]... [--cache-dir DIR]
       detlint corpus list [--cache-dir DIR]

Named public corpora (${CORPUS_NAMES.join(", ")}), usable as
\`--baseline NAME\` (or \`baseline: [NAME]\` in .detlint.yml) once fetched. Each is pinned
to the commit this detlint release was measured on; NAME@REF picks another commit, tag or
branch.

fetch downloads each corpus's tarball through the GitHub API (GITHUB_API_URL, default
${DEFAULT_API_URL}; GITHUB_TOKEN or GH_TOKEN when set), reads its rule folders into a
catalog and keeps it in the cache folder; later runs read it offline. list shows what is
cached.

Options:
  --cache-dir DIR    cache folder (default $${CACHE_DIR_ENV}, else $XDG_CACHE_HOME/detlint,
                     else ~/.cache/detlint)
  -h, --help         show this help
`;
async function corpusFetch(names, cacheDir, io) {
  if (names.length === 0) throw new ConfigError(`corpus fetch: give a NAME (${CORPUS_NAMES.join(", ")})`);
  const corpora = names.map((n) => {
    const c = parseCorpusRef(n, "corpus fetch");
    if (c === null)
      throw new ConfigError(
        `corpus fetch: ${JSON.stringify(n)} is not a named corpus (expected one of ${CORPUS_NAMES.join(", ")}, optionally @REF)`
      );
    return c;
  });
  const env = io.env;
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || void 0;
  const dir = corpusDir(cacheDir);
  let failed = 0;
  for (const c of corpora) {
    const cached2 = isCommit(c.ref) ? cachedCatalog(dir, c) : null;
    if (cached2 !== null) {
      io.stderr(
        `detlint: ${corpusLabel(c)}: already cached, catalog of ${cached2.rules.length} rules in ${catalogFile(dir, c)}
`
      );
      continue;
    }
    io.stderr(`detlint: fetching ${corpusLabel(c)} (${c.spec.owner}/${c.spec.repo})...
`);
    try {
      const got = await fetchCorpus(c, {
        apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL,
        ...token ? { token } : {},
        dir,
        tempDir: path8.join(env.TMPDIR || tmpdir()),
        ...io.download ? { download: io.download } : {}
      });
      io.stderr(`detlint: ${corpusLabel(c)}: catalog of ${got.catalog.rules.length} rules in ${got.file}
`);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      failed++;
      io.stderr(`detlint: ${err.message}
`);
    }
  }
  return failed === 0 ? 0 : 2;
}
function corpusList(cacheDir, io) {
  const dir = corpusDir(cacheDir);
  const { current, stale } = listCached(dir);
  if (current.length === 0)
    io.stderr(`detlint: no corpus cached in ${dir}; run \`detlint corpus fetch sigma\`
`);
  for (const { name, file } of current) {
    const c = parseCorpusRef(name);
    const catalog = c === null ? null : cachedCatalog(dir, c);
    const pinned = c !== null && c.ref === c.spec.ref ? " (pinned)" : "";
    const rules = catalog === null ? "unreadable" : `${catalog.rules.length} rules`;
    io.stdout(`${name}${pinned}	${rules}	${file}
`);
  }
  if (stale > 0)
    io.stderr(`detlint: ${stale} catalogs of other detlint builds in ${dir} are not used (fetch again)
`);
  return 0;
}

// src/commands.ts
init_registry();

// src/eval/command.ts
init_hash();
init_catalog();

// src/cli/spec.ts
init_did_you_mean();
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  constructor(message3) {
    super(message3);
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
  const width2 = Math.max(...flags.map((f) => flagLabel(f).length)) + 2;
  const lines = flags.flatMap(
    (f) => f.help.split("\n").map((text2, i) => `  ${(i === 0 ? flagLabel(f) : "").padEnd(width2)}${text2}`)
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
    const text2 = unknown !== void 0 ? `unknown option ${JSON.stringify(unknown)}${didYouMean(unknown.replace(/=.*/, ""), known)}` : msg.replace(/^TypeError \[\w+\]: /, "");
    throw usageError(spec, text2);
  }
}
function usageError(spec, message3) {
  return new UsageError(
    `${spec.name}: ${message3}
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
function strings2(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
function stringFlag(v) {
  return typeof v === "string" ? v : void 0;
}

// src/eval/exclusions.ts
init_ir();
init_keys();
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
  const share2 = (x, n) => n === 0 ? 0 : round(x / n);
  return {
    rules: evaluated.length,
    recallAt5: share2(hits, evaluated.length),
    precisionAt5: share2(precision, withAny.length),
    suggestionsPerRule: share2(suggestions, evaluated.length),
    noSuggestion: share2(evaluated.length - withAny.length, evaluated.length),
    noiseRules: quiet.length,
    noise: share2(noise, quiet.length)
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
  const h = createHash("sha256").update(name).digest().readUInt32BE(0);
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
  const baselines = strings2(values.baseline);
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

// src/commands.ts
init_did_you_mean();

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
var NOTHING2 = { update: () => {
}, end: () => {
} };
function progressReporter(io, options) {
  if (options.disabled === true || io.stderrIsTTY !== true) return NOTHING2;
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 500;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let shown = false;
  const count2 = (n) => n.toLocaleString("en-US");
  return {
    update(done, total) {
      const t = now();
      if (t - started < delay || t - lastDraw < interval && done < total) return;
      lastDraw = t;
      shown = true;
      io.stderr(`${CLEAR_LINE}detlint: ${options.label} ${count2(done)} of ${count2(total)}`);
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
import { existsSync as existsSync6, mkdirSync as mkdirSync4, readdirSync as readdirSync4, readFileSync as readFileSync7, writeFileSync as writeFileSync4 } from "node:fs";
import path9 from "node:path";
function skipped(name) {
  return name.startsWith(".") || name === "node_modules";
}
var MAX_FILES = 5e4;
function findRuleFiles(root) {
  const found = /* @__PURE__ */ new Map();
  let seen = 0;
  const walk2 = (dir, rel) => {
    let entries;
    try {
      entries = readdirSync4(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (seen >= MAX_FILES) return;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipped(e.name)) walk2(path9.join(dir, e.name), relPath);
        continue;
      }
      if (!e.isFile() || !RULE_EXTENSIONS.includes(path9.extname(e.name).toLowerCase())) continue;
      seen++;
      let text2;
      try {
        text2 = readFileSync7(path9.join(dir, e.name), "utf8");
      } catch {
        continue;
      }
      const format = FORMATS.find((f) => f.detect(relPath, text2));
      if (format) found.set(format.vendor, [...found.get(format.vendor) ?? [], relPath]);
    }
  };
  walk2(root, "");
  return found;
}
function ruleGlobs(files) {
  const globs = /* @__PURE__ */ new Set();
  for (const f of files) {
    const slash = f.indexOf("/");
    const ext = path9.extname(f).toLowerCase();
    globs.add(slash < 0 ? `**/*${ext}` : `${f.slice(0, slash)}/**/*${ext}`);
  }
  const all = [...globs];
  return all.filter((g) => g.startsWith("**/") || !all.includes(`**/*${path9.extname(g)}`)).sort();
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
    const root = path9.resolve(io.cwd, typeof values.dir === "string" ? values.dir : ".");
    if (!existsSync6(root)) throw new UsageError(`init: --dir: no such folder: ${String(values.dir)}`);
    const found = findRuleFiles(root);
    const configName = CONFIG_NAMES.find((n) => existsSync6(path9.join(root, n))) ?? CONFIG_NAMES[0];
    const files = [
      [configName, configText(found)],
      [path9.join(".github", "workflows", "detlint.yml"), workflowText(configName)]
    ];
    const existing = files.flatMap(
      ([f]) => existsSync6(path9.join(root, f)) ? [f.split(path9.sep).join("/")] : []
    );
    if (existing.length > 0 && values.force !== true)
      throw new UsageError(
        `init: ${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; nothing written (give --force to overwrite)`
      );
    for (const [file, text2] of files) {
      const abs = path9.join(root, file);
      mkdirSync4(path9.dirname(abs), { recursive: true });
      writeFileSync4(abs, text2);
      io.stderr(`detlint: wrote ${file.split(path9.sep).join("/")}
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
function emit2(text2, output, io, flag = "--output") {
  if (output === void 0) return io.stdout(text2);
  writeOutputFile(output, text2, flag, io.cwd);
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
    const flagged = namedBaselines(strings2(values.baseline), cliEnv(io));
    const configured = namedBaselines(settings.baseline, cliEnv(io), "baseline");
    const baselines = flagged.paths;
    const progress2 = progressReporter(io, { label: "reading files", disabled: values.quiet === true });
    const outcome = withProgress(
      progress2,
      (update) => runCheck({
        targets: positionals,
        corpus: positionals,
        baselines: [...baselines, ...configured.paths],
        catalogFiles: [...flagged.files, ...configured.files, ...strings2(values.catalog)],
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
    const [missing2] = outcome.missing;
    if (missing2 !== void 0)
      throw new UsageError(`${origin(missing2)}: no such file or folder: ${JSON.stringify(missing2)}`);
    failOnNoRules(origin, outcome.noRules);
    const report = values.quiet === true ? { ...outcome.report, findings: outcome.report.findings.filter((f) => f.severity === "error") } : outcome.report;
    const output = stringFlag(values.output);
    const text2 = format === "json" ? renderJson(report) : format === "sarif" ? renderSarifText(report, { toolVersion: VERSION }) : format === "markdown" ? renderSummary(report) : renderText(report, {
      color: output === void 0 && colorEnabled(values, io),
      verbose: values.verbose === true
    });
    emit2(text2, output, io);
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
    writeOutputFile(output, serializeCatalogBytes(catalog), "-o", io.cwd);
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
    const named2 = namedBaselines(strings2(values.baseline), cliEnv(io));
    const catalogs = [...named2.files, ...strings2(values.catalog)];
    const baselines = named2.paths;
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
    const doc = readJsonFile(path12.resolve(io.cwd, input), input);
    const version = stringFlag(values["attack-version"]);
    const moves = stringFlag(values.moves);
    const source = stringFlag(values.source);
    const table2 = importAttackData(doc, input, {
      ...version !== void 0 ? { attackVersion: version } : {},
      ...source !== void 0 ? { source } : {},
      ...moves !== void 0 ? { moves: { doc: readJsonFile(path12.resolve(io.cwd, moves), moves), file: moves } } : {}
    });
    emit2(renderAttackTable(table2), output, io, "-o");
    const all = Object.values(table2.techniques);
    io.stderr(
      `detlint: ATT&CK v${table2.attack_version} table of ${all.length} techniques (${all.filter((t) => t.revoked).length} revoked, ${all.filter((t) => t.deprecated).length} deprecated) written to ${output}
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
function siteContext(io) {
  return {
    usage: (message3) => new UsageError(message3),
    catalog: (values, onRule) => {
      const named2 = namedBaselines(strings2(values.baseline), cliEnv(io));
      const settings = loadCliSettings(values.config, io.cwd);
      const { attack } = attackOption(values.attack, settings, io.cwd);
      const catalogs = [...named2.files, ...strings2(values.catalog)];
      return withAttack(
        catalogFrom("--baseline", named2.paths, catalogs, settings, io, void 0, onRule),
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
    const { runCatalogSite: runCatalogSite2 } = await Promise.resolve().then(() => (init_command(), command_exports));
    io.stdout(runCatalogSite2(parsed, siteContext(io)));
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
    const { runCatalogNavigator: runCatalogNavigator2 } = await Promise.resolve().then(() => (init_command(), command_exports));
    io.stdout(runCatalogNavigator2(parsed, siteContext(io)));
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
function corpusCacheDir(values, io) {
  const dir = stringFlag(values["cache-dir"]);
  return dir !== void 0 ? path12.resolve(io.cwd, dir) : userCacheDir(cliEnv(io));
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
    return corpusFetch(positionals, corpusCacheDir(values, io), corpusIO(io));
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
    return corpusList(corpusCacheDir(values, io), corpusIO(io));
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
  const width2 = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const list3 = COMMANDS.map((c) => `  ${c.name.padEnd(width2)}${c.summary}`).join("\n");
  return `detlint ${VERSION} \u2014 lint detection rules against a catalog of rules

Usage: detlint COMMAND [options]

Commands:
${list3}

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
  const single2 = COMMANDS.find((c) => c.name === command);
  if (single2) return runSpec(single2, argv.slice(1), io);
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
function main(args, cli) {
  const { argv, io } = withDebug(args, cli);
  try {
    return runSync(argv, io);
  } catch (err) {
    return failure(err, io);
  }
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
    return failure(err, io);
  }
}
async function runCli(args, cli) {
  const { argv, io } = withDebug(args, cli);
  const spec = COMMANDS.find((c) => c.runAsync !== void 0 && c.name === argv.slice(0, 2).join(" "));
  try {
    if (spec?.runAsync === void 0) return runSync(argv, io);
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
export {
  AttackError,
  CHECKS,
  CatalogBuilder,
  CatalogError,
  ConfigError,
  FORMATS,
  RULE_EXTENSIONS,
  VERSION,
  buildCatalog,
  buildCorpusCatalog,
  defaultSettings,
  findConfigFile,
  loadAttackFile,
  loadCatalogFile,
  loadConfigFile,
  main,
  mergeCatalogs,
  parseCatalog,
  parseConfigText,
  readOne,
  readRuleFile,
  renderComment,
  renderJson,
  renderPageMarkdown,
  renderPageText,
  renderSarifText,
  renderSummary,
  renderText,
  runCheck,
  runChecks,
  runCli,
  saveCatalogFile,
  serializeCatalog,
  stixToTable,
  techniquePage,
  withAttack
};
