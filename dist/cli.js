#!/usr/bin/env node
import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);

// src/commands.ts
import { writeFileSync as writeFileSync3 } from "node:fs";
import path6 from "node:path";
import { parseArgs } from "node:util";

// src/config.ts
import { readFileSync } from "node:fs";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$2(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$1(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result2 = 0;
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    return sign * result2;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result3 = sign * parseFloat(value);
    return Number.isFinite(result3) ? result3 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = Number(source);
  if (Number.isFinite(result2)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result2 = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    result2 *= sign;
  } else result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result2 = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result2[index] = binary.charCodeAt(index);
  return result2;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match2 = YAML_DATE_REGEXP.exec(source);
  if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match2 === null) return NOT_RESOLVED;
  const year = +match2[1];
  const month = +match2[2] - 1;
  const day = +match2[3];
  if (!match2[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match2[4];
  const minute = +match2[5];
  const second = +match2[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match2[7]) {
    let value = match2[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match2[9]) {
    const offsetHour = +match2[10];
    const offsetMinute = +(match2[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match2[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result2 = {};
  for (const key of keys) if (object[key] !== void 0) result2[key] = object[key];
  return result2;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result2 = [];
  for (const tag of tags) {
    let index = result2.length;
    for (let previousIndex = 0; previousIndex < result2.length; previousIndex++) {
      const previous = result2[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result2[index] = tag;
  }
  return result2;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix2 = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix2.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix2.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix2.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix2;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match2;
  let foundLineNo = -1;
  while (match2 = re.exec(mark.buffer)) {
    lineEnds.push(match2.index);
    lineStarts2.push(match2.index + match2[0].length);
    if (mark.position <= match2.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result2 = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result2 = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result2}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result2 += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result2.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message2, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message2, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result2 += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result2 += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result2 += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit2 = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit2;
        }
        result2 += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result2 = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result2 += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result2 += " ";
      } else result2 += "\n".repeat(emptyLines);
    } else result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result2 += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result2 += "\n";
  }
  return result2;
}
function getScalarValue(input, scalar2) {
  if (scalar2.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd: valueEnd2 } = scalar2;
  if (scalar2.fast) return input.slice(valueStart, valueEnd2);
  switch (scalar2.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd2);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd2);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd2, scalar2.indent, scalar2.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd2, scalar2.indent, scalar2.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd2);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result2 = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result2 += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result2 += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result2;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message2) {
  YAMLException.throwAt(state.source, state.position, message2, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result2 = scalarTag.resolve(source, true, tagName);
      if (result2 === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result2,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd2, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd: valueEnd2,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message2) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message2, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result2 = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result2;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match2 = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match2 !== null) {
    state.position = start + match2.index + match2[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit2 = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit2 >= 0) {
      if (digit2 === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit2 - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd2 = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd2 = linePosition + column;
      } else if (column > 0) valueEnd2 = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd2 = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd2 = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd2);
  addScalarEvent(state, valueStart, valueEnd2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match2 === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match2[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix2] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix2)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix2;
    state.directives.push({
      kind: "tag",
      handle,
      prefix: prefix2
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/ir.ts
var VENDORS = ["sigma", "elastic", "splunk"];
var SEVERITIES = ["error", "warning", "notice"];
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

// src/findings.ts
var SUPPRESSIBLE_CHECKS = [
  "noisy-indicator",
  "missing-common-exclusion",
  "parse-error",
  "technique-unknown",
  "technique-revoked",
  "technique-missing"
];
var RANK = { error: 3, warning: 2, notice: 1 };
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
    "parse-error": 0,
    "invalid-suppression": 0,
    "unused-suppression": 0,
    "technique-unknown": 0,
    "technique-revoked": 0,
    "technique-missing": 0
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

// src/yaml/positioned.ts
var BOM = 65279;
var lastText = null;
var lastStarts = [0];
function lineStarts(text) {
  if (text !== lastText) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    lastText = text;
    lastStarts = starts;
  }
  return lastStarts;
}
var LineIndex = class {
  starts;
  bom;
  constructor(text) {
    this.starts = lineStarts(text);
    this.bom = text.charCodeAt(0) === BOM;
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
var NULL_WORDS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
function isNullWord(value) {
  return value.length <= 4 && NULL_WORDS.has(value);
}
var STYLE_NAMES = {
  [SCALAR_STYLE.PLAIN]: "plain",
  [SCALAR_STYLE.SINGLE_QUOTED]: "single",
  [SCALAR_STYLE.DOUBLE_QUOTED]: "double",
  [SCALAR_STYLE.LITERAL_BLOCK]: "literal",
  [SCALAR_STYLE.FOLDED_BLOCK]: "folded"
};
var Builder = class {
  constructor(text, lines, maxAliasExpansion, mergeKeys2) {
    this.text = text;
    this.lines = lines;
    this.mergeKeys = mergeKeys2;
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
        case EVENT_ID.DOCUMENT:
          this.doc = { root: null, line: 0, explicitStart: ev.explicitStart };
          this.documents.push(this.doc);
          this.anchors.clear();
          this.stack = [
            { node: null, anchor: null, key: null, skipValue: false, hasKey: false, hasMerge: false }
          ];
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const line = this.lines.lineOf(ev.start);
          const column = this.lines.columnOf(ev.start, line);
          const flow = ev.style === 2;
          const node = ev.type === EVENT_ID.MAPPING ? { kind: "map", entries: [], flow, line, column, offset: ev.start } : { kind: "seq", items: [], flow, line, column, offset: ev.start };
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
        case EVENT_ID.SCALAR: {
          const node = this.scalar(ev);
          if (ev.anchorStart >= 0) this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), node);
          this.attach(node);
          break;
        }
        case EVENT_ID.ALIAS: {
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
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame || !frame.node) break;
          if (frame.hasMerge && frame.node.kind === "map") frame.node.entries = this.merge(frame.node.entries);
          if (frame.anchor !== null) this.anchors.set(frame.anchor, frame.node);
          this.attach(frame.node);
          break;
        }
      }
    }
    this.documents.forEach((d, i) => d.line = this.documentLine(d, i));
    return null;
  }
  scalar(ev) {
    const text = this.text;
    const style = STYLE_NAMES[ev.style] ?? "plain";
    const tag = ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null;
    const value = ev.valueStart >= 0 ? getScalarValue(text, ev) : "";
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
    const text = this.text;
    if (top?.node?.kind === "seq") {
      const dash = text.indexOf("-", this.lastEnd);
      if (dash !== -1) {
        this.lastEnd = dash + 1;
        return dash;
      }
    }
    let i = this.lastEnd;
    while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "	"))
      i++;
    return Math.min(i, text.length);
  }
  /** A block scalar starts at its first content character, else at its `|`/`>` indicator. */
  blockScalarOffset(start, end) {
    const text = this.text;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    }
    for (let i = Math.min(start, text.length) - 1; i >= 0; i--) {
      const c = text[i];
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
    const text = this.text;
    for (let line = root.line; line >= 1; line--) {
      const start = this.lines.lineStart(line);
      if (text.startsWith("---", start)) return line;
      if (start < root.offset && line < root.line && !/^\s*(#.*)?$/.test(lineText(text, start))) break;
    }
    return root.line;
  }
};
function lineText(text, start) {
  const end = text.indexOf("\n", start);
  return text.slice(start, end === -1 ? text.length : end);
}
function parseYaml(text, options = {}) {
  const lines = new LineIndex(text);
  let events;
  try {
    events = parseEvents(text, { maxDepth: options.maxDepth ?? 100 });
  } catch (err) {
    return { documents: [], error: yamlProblem(err, lines), warnings: [], lines };
  }
  const builder = new Builder(text, lines, options.maxAliasExpansion ?? 1e5, options.mergeKeys ?? false);
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
  if (err instanceof YAMLException) {
    const mark = err.mark;
    const message3 = err.reason || err.message;
    if (mark) {
      const pos = typeof mark.position === "number" && mark.position >= 0 ? lines.position(mark.position) : { line: mark.line + 1, column: mark.column + 1 };
      return { message: message3, line: Math.max(1, pos.line), column: Math.max(1, pos.column) };
    }
    return { message: message3, line: 1, column: 1 };
  }
  const message2 = err instanceof Error ? err.message : String(err);
  return { message: message2, line: 1, column: 1 };
}
function scalarOffsetAt(text, node, index) {
  if (node.contentStart < 0) return node.offset;
  const units = sourceUnits(text, node);
  const value = node.value;
  let k = 0;
  const stop = Math.min(Math.max(index, 0), value.length);
  for (let i = 0; i < stop; i++) if (!isSpace(value.charCodeAt(i))) k++;
  return unitOffset(units, k, index >= value.length, node);
}
var UNITS = /* @__PURE__ */ new WeakMap();
function scalarOffsetMapper(text, node) {
  if (node.contentStart < 0) return () => node.offset;
  return unitMapper(sourceUnits(text, node), node);
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
function sourceUnits(text, node) {
  const known = UNITS.get(node);
  if (known !== void 0) return known;
  const out = [];
  UNITS.set(node, out);
  const end = Math.min(node.contentEnd, text.length);
  let i = node.contentStart;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (node.style === "single" && c === 39 && text.charCodeAt(i + 1) === 39) {
      out.push({ offset: i, width: 2 });
      i += 2;
      continue;
    }
    if (node.style === "double" && c === 92) {
      const width2 = escapeWidth(text, i);
      if (DECODES_TO_SPACE.has(text[i + 1])) {
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
var DECODES_TO_SPACE = /* @__PURE__ */ new Set(["\n", "\r", "t", "n", "r", " ", "	"]);
function escapeWidth(text, i) {
  const n = text[i + 1];
  if (n === "x") return 4;
  if (n === "u") return 6;
  if (n === "U") return 10;
  if (n === "\r" && text[i + 2] === "\n") return 3;
  return 2;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// src/config.ts
var ConfigError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "ConfigError";
  }
};
var DEFAULT_RULE_GLOBS = ["**/*.yml", "**/*.yaml"];
function defaultSettings() {
  return {
    failOn: "error",
    rules: [...DEFAULT_RULE_GLOBS],
    ignore: [],
    baseline: [],
    suppress: [],
    splunk: { macros: [], dataSources: [] },
    checks: {
      "noisy-indicator": { enabled: true, severity: "warning", threshold: 20, maxPaths: 64, examples: 3 },
      "missing-common-exclusion": {
        enabled: true,
        severity: "warning",
        minRules: 3,
        minShare: 0.25,
        top: 5,
        examples: 3,
        untagged: "logsource"
      },
      "parse-error": { enabled: true, severity: "error" },
      "invalid-suppression": { enabled: true, severity: "warning" },
      "unused-suppression": { enabled: true, severity: "notice" },
      "technique-unknown": { enabled: true, severity: "warning" },
      "technique-revoked": { enabled: true, severity: "warning" },
      "technique-missing": { enabled: true, severity: "notice" }
    },
    attack: null
  };
}
var FAIL_ON = ["error", "warning", "notice", "none"];
function parseFailOn(value, key = "fail-on") {
  const v = value.trim().toLowerCase();
  if (FAIL_ON.includes(v)) return v;
  throw new ConfigError(`${key}: expected one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(value)}`);
}
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function show(v) {
  return JSON.stringify(v) ?? String(v);
}
function checkKeys(obj, where, allowed) {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      const prefix2 = where ? `${where}.` : "";
      throw new ConfigError(`${prefix2}${k}: unknown key (expected one of ${allowed.join(", ")})`);
    }
  }
}
function readString(v, key) {
  if (typeof v !== "string") throw new ConfigError(`${key}: expected a string, got ${show(v)}`);
  return v;
}
function readStringList(v, key) {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) throw new ConfigError(`${key}: expected a list of strings, got ${show(v)}`);
  return v.map((x, i) => readString(x, `${key}[${i}]`));
}
function readNumber(v, key, min, max, integer) {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || integer && !Number.isInteger(v)) {
    const what = integer ? "a whole number" : "a number";
    throw new ConfigError(`${key}: expected ${what} from ${min} to ${max}, got ${show(v)}`);
  }
  return v;
}
function readBool(v, key) {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new ConfigError(`${key}: expected true or false, got ${show(v)}`);
}
function readSeverity(v, key) {
  if (typeof v === "string" && SEVERITIES.includes(v)) return v;
  throw new ConfigError(`${key}: expected one of ${SEVERITIES.join(", ")}, got ${show(v)}`);
}
var PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
function readShare(v, key) {
  const percent = typeof v === "string" ? PERCENT.exec(v) : null;
  if (percent && Number(percent[1]) <= 100) return Number(percent[1]) / 100;
  if (typeof v === "string")
    throw new ConfigError(
      `${key}: expected a number from 0 to 1 or a percentage from 0% to 100%, got ${show(v)}`
    );
  return readNumber(v, key, 0, 1, false);
}
function applyCommon(target, src, where) {
  if ("enabled" in src) target.enabled = readBool(src.enabled, `${where}.enabled`);
  if ("severity" in src) {
    if (src.severity === "off") target.enabled = false;
    else target.severity = readSeverity(src.severity, `${where}.severity`);
  }
}
var TOP_LEVEL_KEYS = [
  "fail-on",
  "rules",
  "ignore",
  "baseline",
  "suppress",
  "checks",
  "splunk",
  "attack"
];
var SUPPRESS_KEYS = ["rule", "path", "checks", "reason"];
var SPLUNK_KEYS = ["macros", "data-sources"];
var CHECK_KEYS = {
  "noisy-indicator": ["enabled", "severity", "threshold", "max-paths", "examples"],
  "missing-common-exclusion": [
    "enabled",
    "severity",
    "min-rules",
    "min-share",
    "top",
    "examples",
    "untagged"
  ],
  "parse-error": ["enabled", "severity"],
  "invalid-suppression": ["enabled", "severity"],
  "unused-suppression": ["enabled", "severity"],
  "technique-unknown": ["enabled", "severity"],
  "technique-revoked": ["enabled", "severity"],
  "technique-missing": ["enabled", "severity"]
};
function readNonEmpty(v, key, what) {
  if (typeof v !== "string" || v.trim() === "")
    throw new ConfigError(`${key}: expected ${what}, got ${show(v)}`);
  return v.trim();
}
function readSuppressibleCheck(v, key) {
  if (typeof v === "string" && SUPPRESSIBLE_CHECKS.includes(v))
    return v;
  throw new ConfigError(`${key}: expected one of ${SUPPRESSIBLE_CHECKS.join(", ")}, got ${show(v)}`);
}
function readSuppressChecks(v, key) {
  if (typeof v === "string") return [readSuppressibleCheck(v, key)];
  if (!Array.isArray(v) || v.length === 0)
    throw new ConfigError(
      `${key}: expected a list of one or more checks (leave it out to suppress every check), got ${show(v)}`
    );
  return [...new Set(v.map((x, i) => readSuppressibleCheck(x, `${key}[${i}]`)))];
}
function readSuppression(raw, where, file) {
  if (!isPlain(raw))
    throw new ConfigError(
      `${where}: expected a mapping with rule or path, checks and reason, got ${show(raw)}`
    );
  checkKeys(raw, where, SUPPRESS_KEYS);
  const rule = "rule" in raw ? readNonEmpty(raw.rule, `${where}.rule`, "a rule id") : null;
  const glob = "path" in raw ? readNonEmpty(raw.path, `${where}.path`, "a glob of rule files").replace(/^(\.\/)+/, "") : null;
  if (rule === null && glob === null)
    throw new ConfigError(`${where}: give rule (a rule id) or path (a glob of rule files), or both`);
  const checks = "checks" in raw ? readSuppressChecks(raw.checks, `${where}.checks`) : [];
  const reason = raw.reason;
  if (typeof reason !== "string" || reason.trim() === "")
    throw new ConfigError(
      `${where}.reason: required: say why these findings are accepted, got ${"reason" in raw ? show(reason) : "nothing"}`
    );
  return { rule, path: glob, checks, reason: reason.trim(), where, file, line: null };
}
function readSuppressions(v, file) {
  if (!Array.isArray(v))
    throw new ConfigError(
      `suppress: expected a list of entries with rule or path, checks and reason, got ${show(v)}`
    );
  return v.map((raw, i) => readSuppression(raw, `suppress[${i}]`, file));
}
function readSplunk(v) {
  if (!isPlain(v))
    throw new ConfigError(`splunk: expected a mapping with macros and data-sources, got ${show(v)}`);
  checkKeys(v, "splunk", SPLUNK_KEYS);
  return {
    macros: "macros" in v ? readStringList(v.macros, "splunk.macros") : [],
    dataSources: "data-sources" in v ? readStringList(v["data-sources"], "splunk.data-sources") : []
  };
}
function applyConfig(base, doc, source = ".detlint.yml") {
  const s = structuredClone(base);
  if (doc === null || doc === void 0) return s;
  if (!isPlain(doc)) throw new ConfigError(`${source}: expected a mapping at the top level, got ${show(doc)}`);
  checkKeys(doc, "", TOP_LEVEL_KEYS);
  if ("fail-on" in doc) s.failOn = parseFailOn(readString(doc["fail-on"], "fail-on"));
  if ("rules" in doc) s.rules = readStringList(doc.rules, "rules");
  if ("ignore" in doc) s.ignore = readStringList(doc.ignore, "ignore");
  if ("baseline" in doc) s.baseline = readStringList(doc.baseline, "baseline");
  if ("suppress" in doc) s.suppress = readSuppressions(doc.suppress, source);
  if ("splunk" in doc) s.splunk = readSplunk(doc.splunk);
  if ("attack" in doc)
    s.attack = readNonEmpty(doc.attack, "attack", "the path of an ATT&CK table or STIX bundle");
  if ("checks" in doc) {
    const checks = doc.checks;
    if (!isPlain(checks)) throw new ConfigError(`checks: expected a mapping, got ${show(checks)}`);
    checkKeys(checks, "checks", Object.keys(CHECK_KEYS));
    for (const [id, raw] of Object.entries(checks)) {
      const where = `checks.${id}`;
      if (raw === "off" || raw === false) {
        s.checks[id].enabled = false;
        continue;
      }
      if (!isPlain(raw)) throw new ConfigError(`${where}: expected a mapping or "off", got ${show(raw)}`);
      checkKeys(raw, where, CHECK_KEYS[id]);
      applyCommon(s.checks[id], raw, where);
      if (id === "noisy-indicator") {
        const c = s.checks["noisy-indicator"];
        if ("threshold" in raw) c.threshold = readNumber(raw.threshold, `${where}.threshold`, 1, 1e9, true);
        if ("max-paths" in raw)
          c.maxPaths = readNumber(raw["max-paths"], `${where}.max-paths`, 1, 1e5, true);
        if ("examples" in raw) c.examples = readNumber(raw.examples, `${where}.examples`, 0, 50, true);
      } else if (id === "missing-common-exclusion") {
        const c = s.checks["missing-common-exclusion"];
        if ("min-rules" in raw) c.minRules = readNumber(raw["min-rules"], `${where}.min-rules`, 1, 1e9, true);
        if ("min-share" in raw) c.minShare = readShare(raw["min-share"], `${where}.min-share`);
        if ("top" in raw) c.top = readNumber(raw.top, `${where}.top`, 1, 100, true);
        if ("examples" in raw) c.examples = readNumber(raw.examples, `${where}.examples`, 0, 50, true);
        if ("untagged" in raw) {
          const u = raw.untagged;
          if (u !== "logsource" && u !== "skip")
            throw new ConfigError(`${where}.untagged: expected logsource or skip, got ${show(u)}`);
          c.untagged = u;
        }
      }
    }
  }
  return s;
}
function parseConfigText(text, source, base = defaultSettings()) {
  let doc;
  try {
    const docs = [];
    loadAll(text, (d) => void docs.push(d), { schema: CORE_SCHEMA, filename: source });
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
  if (settings.suppress.length > 0) locateSuppressions(settings.suppress, text);
  return settings;
}
function locateSuppressions(entries, text) {
  const root = parseYaml(text).documents[0]?.root;
  if (root?.kind !== "map") return;
  const list2 = root.entries.find((e) => e.key.value === "suppress")?.value;
  if (list2?.kind !== "seq") return;
  entries.forEach((entry, i) => {
    const item = list2.items[i];
    if (item) entry.line = item.line;
  });
}
function loadConfigFile(path7, required, base = defaultSettings()) {
  let text;
  try {
    text = readFileSync(path7, "utf8");
  } catch (err) {
    if (!required && err.code === "ENOENT") return structuredClone(base);
    const msg = err instanceof Error ? err.message : String(err);
    throw new ConfigError(`config: cannot read ${JSON.stringify(path7)}: ${msg}`);
  }
  return parseConfigText(text, path7, base);
}

// src/engine.ts
import { readFileSync as readFileSync6 } from "node:fs";
import path5 from "node:path";

// src/formats/sigma/collection.ts
function mergeMaps(base, over, onConflict, path7 = "") {
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
    const keyPath = path7 ? `${path7}.${k}` : k;
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
        (path7, kept, dropped) => conflicts.push({ path: path7, kept, dropped })
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
function tokenize(text) {
  const tokens = [];
  let i = 0;
  const n = text.length;
  let pipe = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === 124) {
      pipe = i;
      break;
    }
    if (c === 40 || c === 41) {
      tokens.push({ type: c === 40 ? "(" : ")", text: text[i], start: i });
      i++;
      continue;
    }
    if (isWordChar(c)) {
      const start = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      tokens.push({ type: "word", text: text.slice(start, i), start });
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    tokens.push({ type: "bad", text: ch, start: i });
    i += ch.length;
  }
  let end = pipe === -1 ? n : pipe;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  tokens.push({ type: "eof", text: "", start: end });
  return { tokens, pipe };
}
var ConditionError = class {
  constructor(message2, start, tooDeep = false) {
    this.message = message2;
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
function parseCondition(text) {
  const { tokens, pipe } = tokenize(text);
  try {
    return { ast: new Parser(tokens).parse(), error: null, pipe };
  } catch (err) {
    if (err instanceof ConditionError)
      return { ast: null, error: { message: err.message, start: err.start, tooDeep: err.tooDeep }, pipe };
    throw err;
  }
}
function matchesPattern(pattern2, name) {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern2.length && pattern2[p] !== "*" && pattern2[p] === name[n]) {
      p++;
      n++;
    } else if (p < pattern2.length && pattern2[p] === "*") {
      star = p++;
      mark = n;
    } else if (star !== -1) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern2.length && pattern2[p] === "*") p++;
  return p === pattern2.length;
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
  constructor(path7) {
    this.path = path7;
  }
  path;
  items = [];
  add(severity, code, message2, pos) {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message: message2
    });
  }
  error(code, message2, pos) {
    this.add("error", code, message2, pos);
  }
  warning(code, message2, pos) {
    this.add("warning", code, message2, pos);
  }
  notice(code, message2, pos) {
    this.add("notice", code, message2, pos);
  }
};

// src/formats/sigma/diagnostics.ts
var Diagnostics = class extends DiagnosticCollector {
};

// src/text.ts
function quote(text, max = 60) {
  const t = text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
  let out = "";
  for (const c of t) {
    const code = c.charCodeAt(0);
    if (c === "\n") out += "\\n";
    else if (c === "	") out += "\\t";
    else if (code < 32 || code === 127) out += "?";
    else if (c === "`") out += "'";
    else out += c;
  }
  return "`" + out + "`";
}

// src/normalize/field-map.ts
var EVENT_DATA_PREFIX = "winlog.event_data.";
var REGISTRY_CATEGORIES = [
  "registry_add",
  "registry_delete",
  "registry_event",
  "registry_rename",
  "registry_set"
];
var FILE_CATEGORIES = [
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
var EVENT_CATEGORIES = [
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
var WINDOWS_EVENT_FIELDS = [
  {
    about: "Common to every Windows event (Sysmon, Security, System, ...)",
    fields: {
      EventID: "event.code",
      Channel: "winlog.channel",
      Provider_Name: "winlog.provider_name",
      Computer: "host.name",
      // pySigma splunk: Computer → <dataset>.dest
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
      // pySigma: no ECS name (the Sysmon `SHA256=…,IMPHASH=…` list)
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
var NON_EVENT_LOG_SERVICES = ["iis"];
var LOG_FIELDS = [
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
var CIM_FIELDS = {
  process_name: "process.name",
  process_exec: "process.name",
  process_path: "process.executable",
  process_id: "process.pid",
  process_guid: "process.entity_id",
  process_hash: "winlog.event_data.Hashes",
  // Splunk data_sources: Hashes → Processes.process_hash
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
var CIM_DATASET_FIELDS = {
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
var CIM_ROOT_DATASETS = {
  Network_Traffic: "All_Traffic",
  Network_Resolution: "DNS",
  Change: "All_Changes",
  Risk: "All_Risk",
  Web: "Web",
  Authentication: "Authentication",
  Email: "All_Email",
  Intrusion_Detection: "IDS_Attacks"
};
var CIM_CATEGORY_DATASETS = {
  process_creation: "Processes",
  ...Object.fromEntries(FILE_CATEGORIES.map((c) => [c, "Filesystem"])),
  ...Object.fromEntries(REGISTRY_CATEGORIES.map((c) => [c, "Registry"])),
  network_connection: "All_Traffic",
  dns_query: "DNS",
  proxy: "Web",
  webserver: "Web"
};
var SPLUNK_RAW_FIELDS = {
  EventCode: "event.code",
  Process_Command_Line: "process.command_line",
  New_Process_Name: "process.executable",
  Creator_Process_Name: "process.parent.executable",
  Logon_Type: "winlog.event_data.LogonType",
  Message: "message"
};
var ELASTIC_FIELDS = {
  "process.name.caseless": "process.name",
  // the endpoint's case-folded copy of process.name
  "winlog.event_id": "event.code",
  "winlog.computer_name": "host.name"
};

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
var EVENT = compileScoped(WINDOWS_EVENT_FIELDS);
var EVENT_CATEGORY_SET = new Set(EVENT_CATEGORIES);
var NON_EVENT_LOG = new Set(NON_EVENT_LOG_SERVICES);
var LOG_BY_CATEGORY = /* @__PURE__ */ new Map();
var LOG_BY_SERVICE = /* @__PURE__ */ new Map();
for (const t of LOG_FIELDS) {
  const m = new Map(Object.entries(t.fields));
  for (const c of t.categories ?? []) LOG_BY_CATEGORY.set(c, m);
  for (const s of t.services ?? []) LOG_BY_SERVICE.set(s, m);
}
var lowerKeys = (r) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));
var CIM_ANY = lowerKeys(CIM_FIELDS);
var CIM_BY_DATASET = new Map(Object.entries(CIM_DATASET_FIELDS).map(([d, r]) => [d, lowerKeys(r)]));
var CIM_BY_CATEGORY = new Map(Object.entries(CIM_CATEGORY_DATASETS));
var CIM_ROOTS = new Map(Object.entries(CIM_ROOT_DATASETS));
var SPLUNK_RAW = new Map(Object.entries(SPLUNK_RAW_FIELDS));
var ELASTIC = new Map(Object.entries(ELASTIC_FIELDS));
var SIGMA_EVENT_DATA_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
var SPLUNK_EVENT_DATA_NAME = /^(?:[A-Z][A-Za-z0-9]*|param[0-9]+)$/;
var eventDataNames = /* @__PURE__ */ new Map();
function eventData(field) {
  let name = eventDataNames.get(field);
  if (name === void 0) {
    name = EVENT_DATA_PREFIX + field;
    eventDataNames.set(field, name);
  }
  return name;
}
var datasets = /* @__PURE__ */ new Map();
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
var SCOPE_FIELDS = new Set(
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
function isScopeField(field) {
  return field !== null && SCOPE_FIELDS.has(field.toLowerCase());
}

// src/wildcard.ts
var BACKSLASH = 92;
var STAR = 42;
var QUESTION = 63;
function parsePattern(text) {
  const parts = [];
  let lit2 = "";
  let run6 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const n = text.charCodeAt(i + 1);
      if (n === STAR || n === QUESTION || n === BACKSLASH) {
        lit2 += text.slice(run6, i);
        run6 = ++i;
      }
    } else if (c === STAR || c === QUESTION) {
      lit2 += text.slice(run6, i);
      if (lit2) parts.push({ lit: lit2 });
      lit2 = "";
      parts.push(c === STAR ? "*" : "?");
      run6 = i + 1;
    }
  }
  lit2 += text.slice(run6);
  if (lit2) parts.push({ lit: lit2 });
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
function escapeLiteral(lit2) {
  let out = "";
  let run6 = 0;
  for (let i = 0; i < lit2.length; i++) {
    const c = lit2.charCodeAt(i);
    let escape2 = c === STAR || c === QUESTION;
    if (c === BACKSLASH) {
      const n = lit2.charCodeAt(i + 1);
      escape2 = i + 1 === lit2.length || n === STAR || n === QUESTION || n === BACKSLASH;
    }
    if (escape2) {
      out += lit2.slice(run6, i) + "\\";
      run6 = i;
    }
  }
  return out === "" ? lit2 : out + lit2.slice(run6);
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
function wildcardMatches(pattern2, text, caseSensitive) {
  const subject = caseSensitive ? text : text.toLowerCase();
  const pieces = [[]];
  for (const p of parsePattern(pattern2)) {
    if (p === "*") pieces.push([]);
    else pieces[pieces.length - 1].push(p === "?" ? p : { lit: caseSensitive ? p.lit : p.lit.toLowerCase() });
  }
  return piecesMatch(pieces, subject);
}
function starMatches(pattern2, text) {
  return piecesMatch(
    pattern2.split("*").map((lit2) => lit2 === "" ? [] : [{ lit: lit2 }]),
    text
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
function pieceAt(piece, text, at) {
  for (const p of piece) {
    if (typeof p === "object") {
      if (!text.startsWith(p.lit, at)) return false;
      at += p.lit.length;
    } else if (at++ >= text.length) return false;
  }
  return true;
}
function findPiece(piece, text, from, to) {
  const n = pieceLength(piece);
  if (piece.length === 1 && typeof piece[0] === "object") {
    const i = text.indexOf(piece[0].lit, from);
    return i !== -1 && i + n <= to ? i : -1;
  }
  for (let i = from; i + n <= to; i++) if (pieceAt(piece, text, i)) return i;
  return -1;
}

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
  const conflict = (severity, message2, t) => {
    problems.push({ severity, code: "sigma/modifier-conflict", message: message2, index: t.index });
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
  const keyPos = (index) => ctx.lines.position(scalarOffsetAt(ctx.text, key, index));
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
  const linked = spec.all ? andFlat(children) : orFlat(children);
  return spec.neq ? { kind: "not", child: linked } : linked;
}
var SPECIAL = /[*?\\]/;
var NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
var IPV4_CIDR = /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$/;
var IPV6_CIDR = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:\/\d{1,3})?$/;
function valueExpr(sourceField, v, spec, ctx) {
  const text = v.value;
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
      const p = predicate(sourceField, "regex", text, !spec.flags.includes("i"), v, ctx);
      if (spec.flags) p.flags = spec.flags;
      if (spec.transforms.length > 0) p.transforms = spec.transforms.slice();
      return p;
    }
    case "cidr":
      if (!IPV4_CIDR.test(text) && !IPV6_CIDR.test(text))
        ctx.diags.warning("sigma/invalid-value", `${quote(text)} is not an IP address or CIDR range`, v);
      return predicate(sourceField, "cidr", text, false, v, ctx);
    case "compare":
      if (!NUMBER.test(text))
        ctx.diags.warning("sigma/invalid-value", `${quote(text)} is not a number to compare with`, v);
      return predicate(sourceField, spec.compare ?? "gt", text, false, v, ctx);
    case "exists": {
      const flag = text.toLowerCase();
      if (sourceField === null || flag !== "true" && flag !== "false" || v.isNull) {
        ctx.diags.error("sigma/invalid-value", `\`exists\` takes true or false, not ${quote(text)}`, v);
        return null;
      }
      const p = predicate(sourceField, "exists", null, false, v, ctx);
      return flag === "true" ? p : { kind: "not", child: p };
    }
    case "fieldref":
      if (SPECIAL.test(text) && hasWildcard(parsePattern(text)))
        ctx.diags.error(
          "sigma/invalid-value",
          `a field reference cannot contain wildcards: ${quote(text)}`,
          v
        );
      return predicate(sourceField, "fieldref", text, false, v, ctx);
  }
}
function stringPredicate(sourceField, v, spec, ctx) {
  const text = v.value;
  if (!SPECIAL.test(text)) return plainStringPredicate(sourceField, v, spec, ctx);
  let parts = parsePattern(text);
  if (spec.base64 && hasWildcard(parts))
    ctx.diags.error(
      "sigma/invalid-value",
      `a base64-encoded value cannot contain wildcards: ${quote(text)} (escape \`*\` and \`?\` with \`\\\`)`,
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
  const text = v.value;
  const wild = spec.prefix || spec.suffix;
  const value = !wild ? text : text === "" ? "*" : (spec.prefix ? "*" : "") + text + (spec.suffix ? "*" : "");
  const op = sourceField === null ? "keyword" : wild ? "wildcard" : "eq";
  const p = predicate(sourceField, op, value, spec.cased, v, ctx);
  if (spec.transforms.length > 0) p.transforms = spec.transforms.slice();
  return p;
}
function keywordPredicate(v, ctx) {
  const text = v.value;
  const parts = SPECIAL.test(text) ? normalizeParts(parsePattern(text)) : text === "" ? [] : [{ lit: text }];
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
function opaque(text, reason, at) {
  return { kind: "opaque", text, reason, pos: { line: at.line, column: at.column } };
}

// src/formats/lines.ts
var LinePattern = class {
  /**
   * `pattern`: the regex without its leading `^` (other flags are kept; `m` is added, so a
   * `$` still matches at a line end), matching at least one character. `first`: every
   * character a match can start with, as the pattern's flags read it (both cases under `i`).
   * `blanks`: the pattern starts with `[ \t]*`, and `first` holds the characters that can
   * follow those blanks (a line of indented text is then passed over without the regex).
   */
  constructor(pattern2, first, blanks = false) {
    this.blanks = blanks;
    this.sticky = new RegExp(pattern2.source, pattern2.flags.replace(/[gmy]/g, "") + "my");
    let other = "";
    for (const c of first) {
      const code = c.charCodeAt(0);
      if (code < 256) this.first[code] = 1;
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
  test(text) {
    const starts = lineStarts(text);
    for (let i = 0; i < starts.length; i++) if (this.at(text, starts[i])) return true;
    if (text.indexOf("\r") === -1 && text.indexOf("\u2028") === -1 && text.indexOf("\u2029") === -1)
      return false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c === 10 || c === 13 || c === 8232 || c === 8233) && this.at(text, i + 1)) return true;
    }
    return false;
  }
  /** Does a match start at `start`, a line start? */
  at(text, start) {
    let i = start;
    if (this.blanks) while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (i >= text.length) return false;
    const c = text.charCodeAt(i);
    if (c < 256 ? this.first[c] === 0 : this.firstOther.indexOf(text[i]) === -1) return false;
    this.sticky.lastIndex = start;
    return this.sticky.test(text);
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
function readString2(node, name, diags) {
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
    const text = readString2(value, `logsource.${k}`, diags);
    if (text !== null) out[k] = text;
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
  detect(path7, text) {
    return YAML_PATH.test(path7) && SIGMA_KEY.test(text);
  },
  parse(path7, text) {
    try {
      return parseSigma(path7, text);
    } catch (err) {
      const message2 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path7,
        line: 1,
        column: 1,
        severity: "error",
        code: "sigma/internal-error",
        message: `the Sigma reader failed on this file: ${message2}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseSigma(path7, text) {
  const fileDiags = new Diagnostics(path7);
  const yaml = parseYaml(text, { mergeKeys: true });
  if (yaml.error) {
    fileDiags.error("sigma/yaml-error", `YAML: ${yaml.error.message}`, yaml.error);
    return { rules: [], diagnostics: fileDiags.items };
  }
  for (const w of yaml.warnings) fileDiags.warning("sigma/yaml-warning", `YAML: ${w.message}`, w);
  const file = { path: path7, text, lines: yaml.lines };
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
    const skipped = notARule(step.map);
    if (skipped) {
      fileDiags.notice("sigma/not-a-rule", skipped, step.map);
      continue;
    }
    rules.push(readRule(step.map, step.documentLine, step.conflicts, file));
  }
  return { rules, diagnostics: fileDiags.items };
}
function documentName(index, count) {
  return count === 1 ? "the document" : `document ${index + 1}`;
}
function notARule(map) {
  let detection = false;
  let filter2 = false;
  for (const e of map.entries) {
    const k = e.key.value;
    if (k === "correlation")
      return "a Sigma correlation document is not a detection rule; it is skipped (correlations are not supported)";
    if (k === "detection") detection = true;
    else if (k === "filter") filter2 = true;
  }
  return filter2 && !detection ? "a Sigma filter document is not a detection rule; it is skipped (filters are not supported)" : null;
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
  const title = readString2(titleNode, "title", diags);
  if (title === null && (titleNode === void 0 || titleNode.kind === "scalar"))
    diags.warning("sigma/invalid-metadata", "the rule has no `title`", titleNode ?? start);
  const tags = readTags(top.get("tags"), diags);
  const logsource = readLogsource(top.get("logsource"), start, diags);
  const detection = readDetection(top.get("detection"), start, { ...file, logsource, diags });
  return {
    vendor: "sigma",
    path: file.path,
    line,
    id: readString2(top.get("id"), "id", diags),
    title: title ?? "",
    techniques: techniquesFromTags(tags),
    tags,
    logsource,
    queries: detection.queries,
    logicPos: detection.logicPos,
    level: readString2(top.get("level"), "level", diags),
    status: readString2(top.get("status"), "status", diags),
    diagnostics: diags.items
  };
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
  const text = node.value;
  const posAt = (index) => ctx.lines.position(scalarOffsetAt(ctx.text, node, index));
  const parsed = parseCondition(text);
  if (parsed.pipe !== -1)
    ctx.diags.notice(
      "sigma/aggregation",
      `legacy aggregation ${quote(text.slice(parsed.pipe).trim())} is not supported (Sigma correlations replace it); the condition is read up to the \`|\``,
      posAt(parsed.pipe)
    );
  if (!parsed.ast) {
    const error = parsed.error ?? { message: "invalid condition", start: 0 };
    const pos = posAt(error.start);
    ctx.diags.error(
      error.tooDeep === true ? "sigma/too-deep" : "sigma/condition-syntax",
      `condition ${quote(text.trim())}: ${error.message}`,
      pos
    );
    return {
      kind: "opaque",
      text,
      reason: `condition syntax error: ${error.message}`,
      pos: { line: node.line, column: node.column }
    };
  }
  return resolveCondition(parsed.ast, {
    identifiers,
    posAt,
    unknown: (message2, pos) => ctx.diags.error("sigma/unknown-identifier", message2, pos)
  });
}

// src/query/source.ts
function verbatimSource(path7, text, start) {
  const lineStarts2 = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts2.push(i + 1);
  return {
    path: path7,
    text,
    pos(offset) {
      const o = Math.max(0, Math.min(offset, text.length));
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
function innerSource(outer, text, offsetOf) {
  return { path: outer.path, text, pos: (offset) => outer.pos(offsetOf(offset)) };
}
function queryDiagnostic(source, offset, severity, code, message2) {
  const { line, column } = source.pos(offset);
  return { path: source.path, line, column, severity, code, message: message2 };
}

// src/query/spl/lexer.ts
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160;
}
function stringEnd(text, i, end) {
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return { end: j + 1, terminated: true };
    else j++;
  }
  return { end, terminated: false };
}
function bracketEnd(text, i, end) {
  let depth = 0;
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 34) {
      j = stringEnd(text, j, end).end;
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
function macroEnd(text, i, end) {
  const j = text.indexOf("`", i + 1);
  return j === -1 || j >= end ? { end, terminated: false } : { end: j + 1, terminated: true };
}
function isSearchOpStart(text, i) {
  const c = text.charCodeAt(i);
  return c === 61 || c === 60 || c === 62 || c === 33 && text.charCodeAt(i + 1) === 61;
}
function endsSearchWord(c) {
  return c === 40 || c === 41 || c === 34 || c === 44 || c === 96;
}
function scanShared(text, i, end, c) {
  const delimited = (kind, s) => ({
    kind,
    end: s.end,
    unterminated: !s.terminated
  });
  if (c === 40) return { kind: "lparen", end: i + 1, unterminated: false };
  if (c === 41) return { kind: "rparen", end: i + 1, unterminated: false };
  if (c === 44) return { kind: "comma", end: i + 1, unterminated: false };
  if (c === 34) return delimited("string", stringEnd(text, i, end));
  if (c === 91) return delimited("subsearch", bracketEnd(text, i, end));
  if (c === 96) return delimited("macro", macroEnd(text, i, end));
  return null;
}
function lex(text, start, end, scan) {
  const out = [];
  let i = start;
  let spaced = true;
  while (i < end) {
    const c = text.charCodeAt(i);
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
function lexSearch(text, start, end) {
  return lex(text, start, end, (i, c) => {
    const shared = scanShared(text, i, end, c);
    if (shared) return shared;
    if (isSearchOpStart(text, i)) {
      const two = text.slice(i, i + 2);
      const width2 = two === "!=" || two === "<=" || two === ">=" || two === "==" ? 2 : 1;
      return { kind: "op", end: i + width2, unterminated: false };
    }
    let j = i;
    while (j < end) {
      const w = text.charCodeAt(j);
      if (isSpace2(w) || endsSearchWord(w) || isSearchOpStart(text, j)) break;
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
function stringValue(text, tok) {
  const inner = text.slice(tok.start + 1, tok.unterminated ? tok.end : tok.end - 1);
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
function lexEval(text, start, end) {
  return lex(text, start, end, (i, c) => {
    const shared = scanShared(text, i, end, c);
    if (shared) return shared;
    if (c === 39) {
      const j2 = text.indexOf("'", i + 1);
      return j2 === -1 || j2 >= end ? { kind: "field", end, unterminated: true } : { kind: "field", end: j2 + 1, unterminated: false };
    }
    let j = i;
    if (isDigit(c) || c === 46 && isDigit(text.charCodeAt(i + 1))) {
      while (j < end && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      if (j < end && (text[j] === "e" || text[j] === "E")) {
        let k = j + 1;
        if (text[k] === "+" || text[k] === "-") k++;
        if (isDigit(text.charCodeAt(k))) {
          j = k;
          while (j < end && isDigit(text.charCodeAt(j))) j++;
        }
      }
      if (!(j < end && isIdentStart(text.charCodeAt(j))))
        return { kind: "number", end: j, unterminated: false };
      while (j < end && isIdentPart(text.charCodeAt(j))) j++;
      return { kind: "ident", end: j, unterminated: false };
    }
    if (isIdentStart(c)) {
      j++;
      while (j < end) {
        const w = text.charCodeAt(j);
        if (isIdentPart(w)) j++;
        else if (w === 46 && j + 1 < end && isIdentPart(text.charCodeAt(j + 1))) j++;
        else break;
      }
      return { kind: "ident", end: j, unterminated: false };
    }
    if (EVAL_OPS2.has(text.slice(i, i + 2))) return { kind: "op", end: i + 2, unterminated: false };
    if (EVAL_OPS1.has(text[i])) return { kind: "op", end: i + 1, unterminated: false };
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
  constructor(text, toks) {
    this.text = text;
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
function statsArgs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
  const outputs = aggregations(c, BY);
  const by = [];
  while (c.i < c.toks.length) {
    c.i++;
    by.push(...fieldList(c, BY));
  }
  return { outputs, by };
}
function topArgs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
  const listed = fieldList(c, BY);
  const by = [...listed];
  while (c.i < c.toks.length) {
    c.i++;
    by.push(...fieldList(c, BY));
  }
  return { outputs: ["count", "percent"], by };
}
var TSTATS_STOP = /* @__PURE__ */ new Set(["from", "where", "by", "groupby"]);
function tstatsArgs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
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
function fromArgs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
  return dataModelSpec(c);
}
function datamodelCommandArgs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
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
function evalOutputs(text, start, end) {
  const toks = lexEval(text, start, end);
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
      if (n?.kind === "op" && text.slice(n.start, n.end) === "=") {
        const raw = text.slice(t.start, t.end);
        if (t.kind === "ident") out.push(raw);
        else if (t.kind === "string") out.push(stringValue(text, t));
        else if (t.kind === "field") out.push(raw.slice(1, -1));
      }
    }
    segmentStart = false;
  }
  return out;
}
function renamePairs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
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
function lookupOutputs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
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
function lookupInputs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
  const out = [];
  let table = false;
  while (c.i < c.toks.length && !c.isWord(c.peek(), "output", "outputnew")) {
    const t = c.peek();
    if (t.kind === "word" && c.peek(1)?.kind === "op" && !table) {
      c.i++;
      c.skipValue();
      continue;
    }
    const n = c.name(t);
    if (n === null) {
      c.i++;
      continue;
    }
    if (!table) {
      table = true;
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
function rexOutputs(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
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
      const re = stringValue(text, t);
      for (const m of re.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)) out.push(m[1]);
    }
    c.i++;
  }
  return sed ? [field] : out;
}
function iplocationOutputs(text, start, end) {
  const m = /\bprefix\s*=\s*"?([^\s"]*)"?/i.exec(text.slice(start, end));
  const prefix2 = m ? m[1] : "";
  return ["City", "Country", "Region", "lat", "lon", "MetroCode", "Timezone"].map((f) => prefix2 + f);
}
function joinFilters(text, start, end) {
  const args = text.slice(start, end);
  const type = /\btype\s*=\s*"?(\w+)/i.exec(args)?.[1]?.toLowerCase() ?? "inner";
  return type === "inner" && lexSearch(text, start, end).some((t) => t.kind === "subsearch");
}
function regexArgs(text, start, end) {
  const toks = lexSearch(text, start, end);
  const c = new Cursor(text, toks);
  if (toks.length === 0) return null;
  const first = toks[0];
  if (toks.length >= 3 && toks[1].kind === "op") {
    const op = c.src(toks[1]);
    const field = c.name(first);
    if (field === null || op !== "=" && op !== "!=") return null;
    const v = toks[2];
    const regex2 = v.kind === "string" ? stringValue(text, v) : text.slice(v.start, toks[toks.length - 1].end);
    return { field, negated: op === "!=", regex: regex2, offset: v.start };
  }
  const regex = first.kind === "string" ? stringValue(text, first) : text.slice(first.start, toks[toks.length - 1].end);
  return { field: "_raw", negated: false, regex, offset: first.start };
}
function spathOutput(text, start, end) {
  const m = /\boutput\s*=\s*"?([^\s"]+)"?/i.exec(text.slice(start, end));
  return m ? m[1] : null;
}
function listedFields(text, start, end) {
  const c = new Cursor(text, lexSearch(text, start, end));
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
var EvalSyntaxError = class extends Error {
  constructor(message2, offset, tooDeep = false) {
    super(message2);
    this.offset = offset;
    this.tooDeep = tooDeep;
  }
  offset;
  tooDeep;
};
var COMPARISONS = /* @__PURE__ */ new Set(["=", "==", "!=", "<>", "<", "<=", ">", ">="]);
function parseEval(text, start, end) {
  return new EvalParser(text, lexEval(text, start, end), end).parseAll();
}
var EvalParser = class {
  constructor(text, toks, end) {
    this.text = text;
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
  nested(t, parse3) {
    if (++this.depth > MAX_QUERY_DEPTH)
      throw new EvalSyntaxError(`the expression nests deeper than ${MAX_QUERY_DEPTH} levels`, t.start, true);
    try {
      return parse3();
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
      const list2 = this.parseArgs(at);
      const close = this.toks[this.i - 1];
      return { k: "in", start: l.start, end: close.end, x: l, list: list2 };
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
function opaque2(node, h, reason) {
  return h.opaque(h.text.slice(node.start, node.end), reason, node.start);
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
  let lit2 = r;
  if (isLiteral(l) && r.k === "field") {
    field = r;
    lit2 = l;
    op = FLIPPED[op] ?? op;
  }
  if (field.k !== "field" || !isLiteral(lit2))
    return opaque2(node, h, "a comparison that is not between a field and a value");
  const value = literalValue(lit2);
  if (op === "=" || op === "==") return h.pred(field.name, "eq", value, lit2.start, true);
  if (op === "!=" || op === "<>")
    return { kind: "not", child: h.pred(field.name, "eq", value, lit2.start, true) };
  return h.pred(field.name, ORDER_OPS[op], value, lit2.start, true);
}
function like(f, p, node, h) {
  if (f.k !== "field" || p.k !== "str")
    return opaque2(node, h, "a like() that is not a field against a string");
  const parts = [];
  let lit2 = "";
  for (const c of p.value) {
    if (c === "%" || c === "_") {
      if (lit2) parts.push({ lit: lit2 });
      lit2 = "";
      parts.push(c === "%" ? "*" : "?");
    } else lit2 += c;
  }
  if (lit2) parts.push({ lit: lit2 });
  const wild = parts.some((x) => x === "*" || x === "?");
  return wild ? h.pred(f.name, "wildcard", buildPattern(normalizeParts(parts)), p.start, true) : h.pred(f.name, "eq", p.value, p.start, true);
}
function inList(x, list2, node, h) {
  if (x.k !== "field" || list2.length === 0 || !list2.every(isLiteral))
    return opaque2(node, h, "an IN that is not a field against values");
  const children = list2.map(
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
  /** The name without dataset prefixes (`Processes.process_name` → `process_name`). */
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
  const text = out.chunks.join("");
  const origin = new Int32Array(text.length + 1);
  let k = 0;
  for (let c = 0; c < out.chunks.length; c++) {
    const o = out.origins[c];
    const n = out.chunks[c].length;
    if (out.sequential[c]) for (let j = 0; j < n; j++) origin[k + j] = o + j;
    else origin.fill(o, k, k + n);
    k += n;
  }
  origin[text.length] = search.length;
  return { text, origin, expansions: out.expansions, problems: out.problems };
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
function emitSpan(out, text, from, to, at) {
  if (at === null) emit(out, text.slice(from, to), from, true);
  else emit(out, text.slice(from, to), at);
}
function expandText(text, at, out, stack, depth) {
  let plain = 0;
  let i = 0;
  const n = text.length;
  const offset = (k) => at === null ? k : at;
  while (i < n && !(out.full && at !== null)) {
    MARKUP.lastIndex = i;
    if (!MARKUP.test(text)) break;
    i = MARKUP.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = skipString(text, i);
      continue;
    }
    if (c === 92) {
      i += 2;
      continue;
    }
    emitSpan(out, text, plain, i, at);
    if (text.startsWith("```", i)) {
      const close2 = text.indexOf("```", i + 3);
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
    const close = text.indexOf("`", i + 1);
    if (close === -1) {
      out.problems.push({
        kind: "unterminated",
        name: "",
        arity: 0,
        offset: offset(i),
        message: "a macro call (`) is not closed"
      });
      emitSpan(out, text, i, n, at);
      plain = n;
      i = n;
      break;
    }
    expandCall(text, i, close + 1, at, out, stack, depth);
    i = close + 1;
    plain = i;
  }
  if (plain < n) emitSpan(out, text, plain, n, at);
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
function skipString(text, i) {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return j + 1;
    else j++;
  }
  return text.length;
}
function expandCall(text, start, end, at, out, stack, depth) {
  const callOffset = at === null ? start : at;
  const call2 = parseCall(text.slice(start + 1, end - 1));
  const keepCall = () => emitSpan(out, text, start, end, at);
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
function splitArgs(text) {
  if (text.trim() === "") return [];
  const args = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = skipString(text, i) - 1;
    } else if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      args.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  args.push(text.slice(from).trim());
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
function splitPipeline(text) {
  const cuts = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    PIPELINE_MARKUP.lastIndex = i;
    if (!PIPELINE_MARKUP.test(text)) break;
    i = PIPELINE_MARKUP.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i, n).end;
    else if (c === 91) i = bracketEnd(text, i, n).end;
    else if (c === 96) {
      const j = text.indexOf("`", i + 1);
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
    const at = firstNonSpace(text, start, end);
    if (k === 0 && at === end && bounds.length > 1) return;
    if (k === 0) {
      COMMAND.lastIndex = at;
      const m2 = COMMAND.exec(text);
      const explicit = m2 !== null && m2[0].toLowerCase() === "search" && isBoundary(text, at + 6, end);
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
    const m = at < end ? COMMAND.exec(text) : null;
    const word = m !== null && m.index === at && isBoundary(text, at + m[0].length, end) ? m[0] : "";
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
function firstNonSpace(text, start, end) {
  let i = start;
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}
function isBoundary(text, i, end) {
  if (i >= end) return true;
  const c = text[i];
  return /\s/.test(c) || c === "(" || c === "[" || c === '"' || c === "`";
}
function trimRange(text, start, end) {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

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
  error(offset, code, message2) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, "error", code, message2));
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
  nested(t, parse3) {
    if (++this.depth > MAX_QUERY_DEPTH) throw new TooDeep(t.start);
    try {
      return parse3();
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
  glue(list2) {
    const first = this.peek();
    if (first === void 0 || first.kind !== "word" && first.kind !== "string") return null;
    const pieces = [first];
    this.i++;
    let depth = 0;
    let fallback = null;
    for (; ; ) {
      const t = this.peek();
      if (t === void 0 || t.spaced && depth === 0 || !this.glues(t, depth, list2)) break;
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
  glues(t, depth, list2) {
    switch (t.kind) {
      case "word":
      case "string":
      case "op":
      case "lparen":
        return true;
      case "rparen":
        return depth > 0;
      case "comma":
        return !list2 || depth > 0;
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
    const missing = v === void 0 || v.kind !== "word" && v.kind !== "string" || v.spaced && v.kind === "word" && ["AND", "OR", "NOT"].includes(this.text(v));
    const value = missing ? null : this.glue(false);
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
      const cmp3 = op === "<" ? "lt" : op === "<=" ? "lte" : op === ">" ? "gt" : "gte";
      node = this.leaf(this.h.pred(field, cmp3, literal(parts), value.start, false));
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
function quoteToken(text) {
  return "`" + text.replace(/`/g, "'") + "`";
}
function valueParts(value, text) {
  const parts = [];
  let lit2 = "";
  let prev = value.start;
  for (const t of value.pieces) {
    lit2 += text.slice(prev, t.start);
    prev = t.end;
    const decoded = t.kind === "string" ? stringValue(text, t) : t.kind === "word" ? unescapeSpl(text.slice(t.start, t.end)) : text.slice(t.start, t.end);
    for (const c of decoded) {
      if (c === "*") {
        if (lit2) parts.push({ lit: lit2 });
        lit2 = "";
        if (parts[parts.length - 1] !== "*") parts.push("*");
      } else lit2 += c;
    }
  }
  if (lit2) parts.push({ lit: lit2 });
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
  opaque(text, reason, offset) {
    return { kind: "opaque", text, reason, pos: this.posAt(offset) };
  }
  error(offset, message2) {
    this.diag(offset, "error", "spl/syntax", message2);
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
  diag(offset, severity, code, message2) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    this.diagnostics.push(queryDiagnostic(this.source, this.exp.origin[o], severity, code, message2));
  }
  macroProblem(p) {
    const at = (severity, code) => {
      this.diagnostics.push(queryDiagnostic(this.source, p.offset, severity, code, p.message));
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
    const { text } = this;
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
        if (joinFilters(text, ...args))
          this.filter(
            this.opaque(text.slice(stage.at, stage.end).trim(), "an inner join with a subsearch", stage.at)
          );
        return;
      case "eval":
        return this.scope.computed(evalOutputs(text, ...args));
      case "rename":
        for (const [from, to] of renamePairs(text, ...args)) this.scope.rename(from, to);
        return;
      case "lookup": {
        const outputs = lookupOutputs(text, ...args);
        if (outputs !== null) return this.scope.computed(outputs);
        this.scope.see(lookupInputs(text, ...args));
        return this.scope.closeUnknown();
      }
      case "rex":
        return this.scope.computed(rexOutputs(text, ...args));
      case "iplocation":
        return this.scope.computed(iplocationOutputs(text, ...args));
      case "eventstats":
      case "streamstats":
        return this.scope.computed(statsArgs(text, ...args).outputs);
      case "transaction":
        return this.scope.computed(["duration", "eventcount", "closed_txn", "field_match_sum", "linecount"]);
      case "table":
      case "fields":
        return this.scope.see(listedFields(text, ...args));
      case "spath": {
        const out = spathOutput(text, ...args);
        if (out !== null) this.scope.rename(out, out);
        return;
      }
    }
    if (TRANSFORMING.has(cmd)) {
      const agg = cmd === "top" || cmd === "rare" || cmd === "sitop" || cmd === "sirare" ? topArgs(text, ...args) : statsArgs(text, ...args);
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

// src/formats/splunk/definitions.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2, readdirSync, statSync } from "node:fs";
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
  const list2 = (configured, kind) => {
    const out = (configured ?? []).map((f) => path.resolve(f));
    if (context?.file !== void 0) {
      const found = folderBeside(path.dirname(path.resolve(context.file)), kind);
      if (found !== null) out.push(found);
    }
    return [...new Set(out)];
  };
  return {
    macros: list2(context?.splunkMacros, "macros"),
    dataSources: list2(context?.splunkDataSources, "data_sources")
  };
}
function loadFolder(folder, kind) {
  const cacheKey2 = `${kind}\0${folder}`;
  const cached = folders.get(cacheKey2);
  if (cached && cached.generation === generation) return cached.contents;
  const files = readFolder(folder);
  const hash = createHash("sha256");
  for (const f of files) hash.update(`${f.name}\0${f.text.length}\0${f.text}\0`);
  const fingerprint = hash.digest("hex");
  if (cached && cached.contents.fingerprint === fingerprint) {
    cached.generation = generation;
    return cached.contents;
  }
  const contents = {
    folder,
    fingerprint,
    macros: /* @__PURE__ */ new Map(),
    dataSources: /* @__PURE__ */ new Map(),
    dataSourcesFolded: /* @__PURE__ */ new Map()
  };
  for (const f of files) {
    const doc = parseDefinition(f.text);
    if (doc === null) continue;
    if (kind === "macros") addMacro(contents, doc);
    else addDataSource(contents, doc);
  }
  folders.set(cacheKey2, { contents, generation });
  return contents;
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
      out.push({ name, text: readFileSync2(path.join(folder, name), "utf8") });
    } catch {
    }
  }
  return out;
}
function parseDefinition(text) {
  const attempt2 = (t) => {
    const doc = load(t, { schema: CORE_SCHEMA });
    return typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc : null;
  };
  try {
    return attempt2(text);
  } catch {
    try {
      return attempt2(text.replace(/^(?![A-Za-z_"'][\w"' -]*:(?:\s|$)|#|-|\s|$)/gm, " "));
    } catch {
      return null;
    }
  }
}
function str(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}
function addMacro(contents, doc) {
  const written = str(doc.name);
  const definition = str(doc.definition);
  if (written === null || definition === null) return;
  const name = written.trim().replace(/\(\d+\)$/, "");
  const args = Array.isArray(doc.arguments) ? doc.arguments.map((a) => str(a) ?? "").filter((a) => a !== "") : [];
  const key = macroKey(name, args.length);
  if (!contents.macros.has(key)) contents.macros.set(key, { name, args, definition });
}
function addDataSource(contents, doc) {
  const name = str(doc.name)?.trim();
  if (!name) return;
  const separator = str(doc.separator);
  const code = /\b(\d+)$/.exec(name);
  const def = {
    name,
    source: str(doc.source),
    sourcetype: str(doc.sourcetype),
    separator,
    eventCode: code && separator !== null && /^event_?(code|id)$/i.test(separator) ? code[1] : null
  };
  if (!contents.dataSources.has(name)) contents.dataSources.set(name, def);
  const folded = name.toLowerCase();
  if (!contents.dataSourcesFolded.has(folded)) contents.dataSourcesFolded.set(folded, def);
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
      const key = macroKey(name, arity);
      for (const m of macros) {
        const def = m.macros.get(key);
        if (def) return def;
      }
      return void 0;
    },
    dataSource(name) {
      for (const s of sources) {
        const def = s.dataSources.get(name) ?? s.dataSourcesFolded.get(name.toLowerCase());
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
  const hash = createHash("sha256");
  for (const m of f.macros) hash.update(`macros\0${loadFolder(m, "macros").fingerprint}\0`);
  for (const d of f.dataSources)
    hash.update(`data_sources\0${loadFolder(d, "data_sources").fingerprint}\0`);
  return hash.digest("hex");
}

// src/formats/splunk/diagnostics.ts
var Diagnostics2 = class extends DiagnosticCollector {
};

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
  for (const code of codes) {
    const cat = code.startsWith("sysmon:") ? SYSMON_CATEGORIES[code.slice(7)] : WINDOWS_CATEGORIES[code];
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
function isSpace3(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function scalarOffsets(text, node) {
  if (node.contentStart < 0 || !oneCharacterUnits(text, node)) return scalarOffsetMapper(text, node);
  const end = Math.min(node.contentEnd, text.length);
  if (end - node.contentStart === node.value.length && text.startsWith(node.value, node.contentStart))
    return verbatimOffsets(node);
  const units = [];
  for (let i = node.contentStart; i < end; i++)
    if (!isSpace3(text.charCodeAt(i))) units.push({ offset: i, width: 1 });
  return unitMapper(units, node);
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
function oneCharacterUnits(text, node) {
  if (node.style === "single") return text.slice(node.contentStart, node.contentEnd).indexOf("''") === -1;
  if (node.style === "double") return text.slice(node.contentStart, node.contentEnd).indexOf("\\") === -1;
  return true;
}
function scalarPositions(text, node, lines) {
  const offsetOf = scalarOffsets(text, node);
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
function readString3(node, name, diags) {
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
function isSplunkDetection(path7, text) {
  return YAML_PATH2.test(path7) && SEARCH_KEY.test(text) && NAME_KEY.test(text) && !SIGMA_KEY2.test(text) && !NOT_A_DETECTION.test(text);
}
function splunkDependencies(file, bytes, context) {
  if (!bytes.includes("search")) return "";
  return isSplunkDetection(file, bytes.toString("utf8")) ? definitionsFingerprint({ ...context, file }) : "";
}
var splunkFormat = {
  vendor: "splunk",
  detect: isSplunkDetection,
  parse(path7, text, context) {
    try {
      return parseSplunk(path7, text, context);
    } catch (err) {
      const message2 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path7,
        line: 1,
        column: 1,
        severity: "error",
        code: "splunk/internal-error",
        message: `the Splunk reader failed on this file: ${message2}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseSplunk(path7, text, context) {
  const fileDiags = new Diagnostics2(path7);
  const yaml = parseYaml(text);
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
  const diags = new Diagnostics2(path7);
  const rule = readDetection2(root, { path: path7, text, lines: yaml.lines, line: doc.line, defs, diags });
  return { rules: [rule], diagnostics: fileDiags.items };
}
function readDetection2(root, ctx) {
  const { diags } = ctx;
  const top = entriesOf(root, diags);
  const start = { line: ctx.line, column: 1 };
  const name = readString3(top.get("name"), "name", diags);
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
  const type = readString3(top.get("type"), "type", diags);
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
  const fp = readString3(top.get("known_false_positives"), "known_false_positives", diags);
  if (fp !== null) properties.knownFalsePositives = fp;
  return {
    vendor: "splunk",
    path: ctx.path,
    line: ctx.line,
    id: readString3(top.get("id"), "id", diags),
    title: name ?? "",
    techniques: tags.techniques,
    tags: tags.stories,
    logsource,
    queries: expr === null && !search ? [] : [{ label: "", expr: expr ?? { kind: "and", children: [] } }],
    logicPos: search?.pos ?? start,
    level: null,
    status: readString3(top.get("status"), "status", diags),
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
function isSysmonEventId(code) {
  const n = Number(code);
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
function splitCode(code) {
  const colon = code.lastIndexOf(":");
  return [colon === -1 ? "" : code.slice(0, colon), Number(code.slice(colon + 1))];
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

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message2, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message2}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message2, ctx, ptr) {
    throw new _TomlError(message2, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral3 = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral3 && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit2 = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit2 < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit2;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral3 && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match2 = date.match(DATE_TIME_RE);
        if (match2) {
          if (!match2[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match2[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match2[2] && +match2[2] > 23) {
            date = "";
          } else {
            offset = match2[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str4 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str4 = str4.replaceAll("_", "");
  return state > 1 ? parseFloat(str4) : parseInteger(ctx, str4, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str4 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str4 = str4.replaceAll("_", "");
  return parseInteger(ctx, str4, base, startPtr);
}
function parseInteger(ctx, str4, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str4, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str4) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str4);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str4, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str4, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str4 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str4);
      case 2:
        return Temporal.PlainDateTime.from(str4);
      case 3:
        return Temporal.PlainDate.from(str4);
      case 4:
        return Temporal.PlainTime.from(str4);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/formats/elastic/diagnostics.ts
var Diagnostics3 = class extends DiagnosticCollector {
};

// src/formats/elastic/layout.ts
function pathKey(path7) {
  let out = "";
  for (let i = 0; i < path7.length; i++) {
    const s = path7[i];
    if (i > 0) out += "\0";
    out += typeof s === "number" ? `#${s}` : s;
  }
  return out;
}
function locate(layout, path7) {
  for (let n = path7.length; n > 0; n--) {
    const key = pathKey(path7.slice(0, n));
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
function scanToml(text) {
  const values = /* @__PURE__ */ new Map();
  const tables2 = /* @__PURE__ */ new Map();
  const arrays = /* @__PURE__ */ new Map();
  const n = text.length;
  let i = 0;
  let tableKey = "";
  const skipSpaces = () => {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
  };
  const skipToLineEnd = () => {
    const e = text.indexOf("\n", i);
    i = e === -1 ? n : e + 1;
  };
  const readKey = () => {
    const parts = [];
    for (; ; ) {
      skipSpaces();
      const c = text.charCodeAt(i);
      if (c === 34) {
        const end = basicEnd(text, i + 1);
        parts.push(decodeBasicKey(text.slice(i + 1, end)));
        i = Math.min(n, end + 1);
      } else if (c === 39) {
        const e = text.indexOf("'", i + 1);
        const end = e === -1 ? n : e;
        parts.push(text.slice(i + 1, end));
        i = Math.min(n, end + 1);
      } else {
        const start = i;
        while (i < n && isBareKeyChar(text.charCodeAt(i))) i++;
        if (i === start) return parts;
        parts.push(text.slice(start, i));
      }
      skipSpaces();
      if (text.charCodeAt(i) !== 46) return parts;
      i++;
    }
  };
  const resolve = (parts, newElement) => {
    let key = "";
    for (let k = 0; k < parts.length; k++) {
      key = k === 0 ? parts[k] : `${key}\0${parts[k]}`;
      const count = arrays.get(key);
      if (k === parts.length - 1 && newElement) {
        arrays.set(key, (count ?? 0) + 1);
        key += `\0#${count ?? 0}`;
      } else if (count !== void 0) key += `\0#${count - 1}`;
    }
    return key;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
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
      const double = text.charCodeAt(i + 1) === 91;
      i += double ? 2 : 1;
      tableKey = resolve(readKey(), double);
      tables2.set(tableKey, start);
      skipToLineEnd();
      continue;
    }
    const keyStart = i;
    const parts = readKey();
    skipSpaces();
    if (parts.length === 0 || text.charCodeAt(i) !== 61) {
      if (i === keyStart) i++;
      skipToLineEnd();
      continue;
    }
    i++;
    skipSpaces();
    const style = styleAt(text, i);
    const own = parts.length === 1 ? parts[0] : parts.join("\0");
    values.set(tableKey === "" ? own : `${tableKey}\0${own}`, { offset: i, style });
    i = valueEnd(text, i, style);
    skipToLineEnd();
  }
  return { values, tables: tables2 };
}
function styleAt(text, i) {
  if (text.startsWith("'''", i)) return "literal-ml";
  if (text[i] === "'") return "literal";
  if (text.startsWith('"""', i)) return "basic-ml";
  if (text[i] === '"') return "basic";
  return "other";
}
function basicEnd(text, from) {
  let j = from;
  while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
  return Math.min(j, text.length);
}
function multilineEnd(text, i, delim, escapes) {
  const e = escapes ? nextUnescaped(text, i + 3, delim) : text.indexOf(delim, i + 3);
  if (e === -1) return text.length;
  let close = e;
  while (close < e + 2 && text[close + 3] === delim[0]) close++;
  return close + 3;
}
function nextUnescaped(text, from, delim) {
  let j = from;
  for (; ; ) {
    const e = text.indexOf(delim, j);
    if (e === -1) return -1;
    let k = e - 1;
    while (k >= from && text.charCodeAt(k) === 92) k--;
    if ((e - 1 - k) % 2 === 0) return e;
    j = e + 1;
  }
}
function valueEnd(text, i, style) {
  switch (style) {
    case "literal-ml":
      return multilineEnd(text, i, "'''", false);
    case "basic-ml":
      return multilineEnd(text, i, '"""', true);
    case "literal": {
      const e = text.indexOf("'", i + 1);
      return e === -1 ? text.length : e + 1;
    }
    case "basic":
      return basicEnd(text, i + 1) + 1;
    case "other":
      return text[i] === "[" || text[i] === "{" ? bracketEnd2(text, i) : i;
  }
}
function bracketEnd2(text, i) {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 91 || c === 123) {
      depth++;
      j++;
    } else if (c === 93 || c === 125) {
      depth--;
      j++;
      if (depth <= 0) return j;
    } else if (c === 35) {
      const e = text.indexOf("\n", j);
      j = e === -1 ? text.length : e + 1;
    } else if (c === 34 || c === 39) {
      j = Math.max(j + 1, valueEnd(text, j, styleAt(text, j)));
    } else j++;
  }
  return text.length;
}
function decodeBasicKey(raw) {
  return raw.includes("\\") ? decodeBasic(raw, 0, raw.length).value : raw;
}
function decodeBasic(text, from, to) {
  let value = "";
  const offsets = [];
  let j = from;
  const push4 = (s, at) => {
    value += s;
    for (let k = 0; k < s.length; k++) offsets.push(at);
  };
  while (j < to) {
    const c = text[j];
    if (c !== "\\") {
      push4(c, j);
      j++;
      continue;
    }
    const e = text[j + 1];
    const simple = BASIC_ESCAPES[e];
    if (simple !== void 0) {
      push4(simple, j);
      j += 2;
    } else if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      const hex = text.slice(j + 2, j + 2 + len);
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
      while (k < to && (text[k] === " " || text[k] === "	" || text[k] === "\n" || text[k] === "\r")) k++;
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

// src/formats/elastic/toml.ts
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
var RuleFile = class {
  constructor(path7, text, diags) {
    this.path = path7;
    this.text = text;
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
  pos(path7) {
    const offset = locate(this.layout, path7);
    return offset === null ? { line: 1, column: 1 } : this.lines.position(offset);
  }
  /** An optional string under `table`; another type is reported and ignored. */
  string(table, key, where) {
    const v = table[key];
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
  strings(table, key, where) {
    const v = table[key];
    if (v === void 0) return null;
    const warn2 = (message2) => this.diags.warning(
      "elastic/invalid-metadata",
      message2(dotted([...where, key])),
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
function dotted(path7) {
  let out = "";
  for (const s of path7) {
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

// src/formats/elastic/filters.ts
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
  filters.forEach((filter2, i) => {
    const at = [...where, i];
    if (!isTable(filter2)) {
      file.diags.warning(
        "elastic/invalid-metadata",
        `a filter should be a table, not ${typeName(filter2)}`,
        file.pos(at)
      );
      return;
    }
    const meta = isTable(filter2.meta) ? filter2.meta : {};
    if (meta.disabled === true) return;
    let body = filter2.query;
    let bodyAt = [...at, "query"];
    if (body === void 0) {
      const rest = {};
      for (const [k, v] of Object.entries(filter2)) if (k !== "meta" && k !== "$state") rest[k] = v;
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
    const list2 = (key) => {
      const v = body[key];
      if (v === void 0) return [];
      return Array.isArray(v) ? v.map((x, i) => [x, [...at, key, i]]) : [[v, [...at, key]]];
    };
    const conjuncts = [];
    for (const key of ["must", "filter"]) {
      for (const [q, where] of list2(key)) {
        const e = this.read(q, where);
        if (e !== null) conjuncts.push(e);
      }
    }
    const should = [];
    let shouldAll = false;
    for (const [q, where] of list2("should")) {
      const e = this.read(q, where);
      if (e === null) shouldAll = true;
      else should.push(e);
    }
    if (should.length > 0 && !shouldAll) conjuncts.push(or(should));
    for (const [q, where] of list2("must_not")) {
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
        const text = scalar(v);
        if (text !== null) preds.push(this.pred(field, "eq", text, true, [...at, field, i]));
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
  unsupported(node, at, reason) {
    const pos = this.file.pos(at);
    this.file.diags.notice("elastic/unsupported-filter", `\`${dotted(at)}\`: ${reason}; kept as text`, pos);
    let text;
    try {
      text = JSON.stringify(node) ?? String(node);
    } catch {
      text = String(node);
    }
    return { kind: "opaque", text, reason, pos };
  }
};
function scalar(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return null;
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
  const product = single(signals.os) ?? single(inputs.tags.map((t) => OS_TAGS.get(t.trim().toLowerCase())));
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
function operatorAt(text, i, c) {
  const next = text.charCodeAt(i + 1);
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
      const ch = text[i];
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
function isDigit3(c) {
  return c >= 48 && c <= 57;
}
function isLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function lex2(text) {
  const tokens = [];
  const problems = [];
  const n = text.length;
  let i = 0;
  const problem = (code, offset, message2) => {
    problems.push({ code, offset, message: message2 });
  };
  const readName2 = (from) => {
    let j = from;
    let count = 0;
    let escaped = null;
    for (; ; ) {
      const c = text.charCodeAt(j);
      if (c === 96) {
        if (escaped === null) escaped = count === 0 ? [] : text.slice(from, j - 1).split(".");
        let part = "";
        let k = j + 1;
        for (; ; ) {
          const e = text.indexOf("`", k);
          const eol = text.indexOf("\n", k);
          if (e === -1 || eol !== -1 && eol < e) {
            problem(
              "eql/unterminated-string",
              j,
              "unterminated escaped field name: the closing `` ` `` is missing"
            );
            const stop = eol === -1 ? n : eol;
            part += text.slice(k, stop);
            k = stop;
            break;
          }
          part += text.slice(k, e);
          k = e + 1;
          if (text.charCodeAt(k) !== 96) break;
          part += "`";
          k++;
        }
        escaped.push(part);
        count++;
        j = k;
      } else if (count === 0 ? isIdentStart2(c) : isIdentPart2(c)) {
        let k = j + 1;
        while (k < n && isIdentPart2(text.charCodeAt(k))) k++;
        if (escaped !== null) escaped.push(text.slice(j, k));
        count++;
        j = k;
      } else {
        break;
      }
      const d = text.charCodeAt(j + 1);
      if (text.charCodeAt(j) !== 46 || !(isIdentPart2(d) || d === 96)) break;
      j++;
    }
    if (count === 0) return null;
    const value = escaped !== null ? escaped.join(".") : text.slice(from, j);
    return { value, end: j, dotted: count > 1 || escaped !== null };
  };
  const readEscaped = (from, quote2) => {
    const q = quote2.charCodeAt(0);
    let j = from + 1;
    let value = "";
    for (; ; ) {
      const run6 = j;
      let c = text.charCodeAt(j);
      while (j < n && c !== q && c !== 92 && c !== 10 && c !== 13) c = text.charCodeAt(++j);
      if (j > run6) value += text.slice(run6, j);
      if (j >= n || c === 10 || c === 13) {
        problem("eql/unterminated-string", from, "unterminated string: the closing quote is missing");
        return { value, end: j };
      }
      if (c === q) return { value, end: j + 1 };
      const e = text[j + 1];
      if (e !== void 0 && SIMPLE_ESCAPES[e] !== void 0) {
        value += SIMPLE_ESCAPES[e];
        j += 2;
      } else if (e === "u" && text[j + 2] === "{") {
        const close = text.indexOf("}", j + 3);
        const hex = close === -1 ? "" : text.slice(j + 3, close);
        const cp = /^[0-9a-fA-F]{1,8}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (Number.isNaN(cp) || cp > 1114111) {
          problem(
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
        problem(
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
      if (j >= n || text[j] === "\n" || text[j] === "\r") {
        problem("eql/unterminated-string", from, "unterminated string: the closing quote is missing");
        return { value: text.slice(from + 2, j), end: j };
      }
      if (text[j] === "\\" && text[j + 1] === quote2) j += 2;
      else if (text[j] === quote2) return { value: text.slice(from + 2, j), end: j + 1 };
      else j++;
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const e = text.indexOf("\n", i);
      i = e === -1 ? n : e + 1;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const e = text.indexOf("*/", i + 2);
      if (e === -1) {
        problem("eql/unterminated-comment", i, "unterminated comment: `/*` has no closing `*/`");
        i = n;
      } else i = e + 2;
      continue;
    }
    const start = i;
    if (c === 34 && text.startsWith('"""', i)) {
      const e = text.indexOf('"""', i + 3);
      if (e === -1) {
        problem("eql/unterminated-string", i, 'unterminated raw string: `"""` has no closing `"""`');
        tokens.push({ kind: "string", value: text.slice(i + 3), start, end: n });
        i = n;
        continue;
      }
      let close = e;
      while (close < e + 2 && text.charCodeAt(close + 3) === 34) close++;
      tokens.push({ kind: "string", value: text.slice(i + 3, close), start, end: close + 3 });
      i = close + 3;
      continue;
    }
    if (c === 34 || c === 39) {
      const s = readEscaped(i, text[i]);
      tokens.push({ kind: "string", value: s.value, start, end: s.end });
      i = s.end;
      continue;
    }
    if (c === 63) {
      const d = text.charCodeAt(i + 1);
      if (d === 34 || d === 39) {
        const s = readRaw(i, text[i + 1]);
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
      problem("eql/unexpected-character", i, "`?` should be followed by a field name (`?field`)");
      i++;
      continue;
    }
    if (isDigit3(c) || c === 46 && isDigit3(text.charCodeAt(i + 1))) {
      let j = i;
      while (isDigit3(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46 && isDigit3(text.charCodeAt(j + 1))) {
        j++;
        while (isDigit3(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j);
      if ((e === 101 || e === 69) && /^[eE][+-]?\d/.test(text.slice(j, j + 3))) {
        j += text[j + 1] === "+" || text[j + 1] === "-" ? 2 : 1;
        while (isDigit3(text.charCodeAt(j))) j++;
      }
      if (isLetter(text.charCodeAt(j))) {
        let k = j;
        while (isLetter(text.charCodeAt(k))) k++;
        tokens.push({ kind: "duration", value: text.slice(i, k), start, end: k });
        i = k;
        continue;
      }
      tokens.push({ kind: "number", value: text.slice(i, j), start, end: j });
      i = j;
      continue;
    }
    if (isIdentStart2(c) || c === 96) {
      const name = readName2(i);
      if (name) {
        let { end } = name;
        let value = name.value;
        let insensitive = false;
        if (!name.dotted && text.charCodeAt(end) === 126) {
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
    const op = operatorAt(text, i, c);
    if (op !== null) {
      tokens.push({ kind: "op", value: op, start, end: i + op.length });
      i += op.length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    problem("eql/unexpected-character", i, `unexpected character \`${ch}\``);
    i += ch.length;
  }
  tokens.push({ kind: "eof", value: "", start: n, end: n });
  return { tokens, problems };
}

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
  opaque(start, end, reason) {
    return { kind: "opaque", text: this.source.text.slice(start, end), reason, pos: this.source.pos(start) };
  }
  pred(field, op, value, caseSensitive, at) {
    return {
      kind: "pred",
      field: field.name,
      sourceField: field.name,
      op,
      value,
      caseSensitive,
      pos: this.source.pos(at)
    };
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
    } else if (left.k === "call" && right.k === "bool" && (op === "==" || op === "!=")) {
      const test = this.callPredicate(left);
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
    const strings2 = rest.every((a) => a.k === "string") ? rest : null;
    if (first?.k === "field" && strings2 !== null && strings2.length > 0) {
      const shape = WILDCARD_FUNCTIONS.get(name);
      if (shape !== void 0)
        return or(
          strings2.map(
            (s) => this.pred(first, "wildcard", buildPattern(shape(s.value)), !call2.insensitive, s.start)
          )
        );
      if (name === "cidrmatch") return or(strings2.map((s) => this.pred(first, "cidr", s.value, false, s.start)));
    }
    return this.opaque(call2.start, call2.end, `function \`${call2.name}\` not interpreted`);
  }
  /** A value standing alone as a condition (`true`, `?field`, `length(x)`). */
  condition(v) {
    if (v.k === "call") return this.callPredicate(v);
    if (v.k === "bool" || v.k === "null" || v.k === "number" || v.k === "string")
      return this.opaque(v.start, v.end, "constant condition");
    if (v.k === "field") return this.opaque(v.start, v.end, "a field used as a condition");
    return this.opaque(v.start, v.end, computedReason([v]));
  }
  equality(field, lit2, caseSensitive) {
    if (lit2.k === "null") return this.pred(field, "null", null, false, lit2.start);
    return this.pred(field, "eq", literalText2(lit2), caseSensitive, lit2.start);
  }
  fieldLiteral(field, op, lit2) {
    switch (op) {
      case "==":
        return this.equality(field, lit2, true);
      case "!=":
        return lit2.k === "null" ? this.pred(field, "exists", null, false, lit2.start) : not(this.equality(field, lit2, true));
      case "<":
      case "<=":
      case ">":
      case ">=":
        return lit2.k === "null" ? null : this.pred(field, RANGE_OPS[op], literalText2(lit2), true, lit2.start);
      case ":":
        return this.match(field, lit2, false);
      case "!:": {
        const m = this.match(field, lit2, false);
        return m === null ? null : not(m);
      }
      case "like":
      case "like~":
        return lit2.k === "string" ? this.match(field, lit2, op === "like") : null;
      case "regex":
      case "regex~": {
        if (lit2.k !== "string") return null;
        const p = this.pred(field, "regex", lit2.value, op === "regex", lit2.start);
        if (op === "regex~") p.flags = "i";
        return p;
      }
      case "in":
      case "in~":
        return this.equality(field, lit2, op === "in");
    }
  }
  /** `:` / `like`: a wildcard when the value has `*` or `?`, else an equality. */
  match(field, lit2, caseSensitive) {
    if (lit2.k !== "string") return this.equality(field, lit2, caseSensitive);
    const v = lit2.value;
    return v.includes("*") || v.includes("?") ? this.pred(field, "wildcard", eqlWildcard(v), caseSensitive, lit2.start) : this.pred(field, "eq", v, caseSensitive, lit2.start);
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
function literalText2(lit2) {
  switch (lit2.k) {
    case "string":
    case "bool":
      return lit2.value;
    case "number":
      return lit2.text;
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
    else if (v.k === "computed") for (const c of v.calls) calls.push(c.name);
  }
  if (calls.length === 0) return "computed comparison not interpreted";
  const unique2 = [...new Set(calls)];
  return `function ${unique2.map((c) => `\`${c}\``).join(", ")} not interpreted`;
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
var EqlParser = class {
  constructor(source) {
    this.source = source;
    const { tokens, problems } = lex2(source.text);
    this.tokens = tokens;
    for (const p of problems) this.report("error", p.code, p.offset, p.message);
    this.build = new PredicateBuilder(source);
  }
  source;
  tokens;
  diagnostics = [];
  build;
  i = 0;
  depth = 0;
  lastErrorOffset = -1;
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
  isKeyword(word, k = 0) {
    const t = this.peek(k);
    return t.kind === "name" && t.keyword === true && t.value === word;
  }
  report(severity, code, offset, message2) {
    if (severity === "error") {
      if (offset === this.lastErrorOffset) return;
      this.lastErrorOffset = offset;
    }
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message2));
  }
  /** Reports a syntax error at the current token. */
  complain(message2) {
    const t = this.peek();
    this.report("error", "eql/syntax", t.start, `${message2}, found ${describe2(t)}`);
  }
  /** Reports a syntax error at the current token and aborts to the nearest recovery point. */
  fail(message2) {
    this.complain(message2);
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
      const missing = this.isOp("!");
      if (missing) this.next();
      const step = this.step();
      if (missing) step.info.missing = true;
      steps.push(step.info);
      categories.push(step.info.category);
      queries.push({
        label: `step ${steps.length}`,
        expr: missing ? { kind: "not", child: step.expr } : step.expr
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
    if (this.isOp("]")) this.next();
    else {
      const { line, column } = this.source.pos(open2.start);
      this.complain(`expected \`]\` to close the step opened at ${line}:${column}`);
      this.skipTo("]");
    }
    for (; ; ) {
      if (this.isKeyword("by") && info.by === void 0) {
        this.next();
        info.by = this.guard(() => this.keys(), []);
      } else if (this.isKeyword("with") && info.runs === void 0) {
        this.next();
        const params = this.guard(() => this.params(), []);
        for (const [name, value, at] of params) {
          const runs = Number(value);
          if (name === "runs" && Number.isInteger(runs) && runs > 0) info.runs = runs;
          else
            this.report(
              "error",
              "eql/syntax",
              at,
              `expected \`runs=\` and a positive integer, found \`${name}=${value}\``
            );
        }
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
      const text = this.source.text.slice(bar.end, end).trim();
      if (text === "") this.report("error", "eql/syntax", bar.start, "expected a pipe command after `|`");
      else out.push(text);
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
  /** `descendant of [...]` and the like: not supported by Elasticsearch; kept as text. */
  relationship() {
    const name = this.next();
    this.next();
    if (!this.isOp("[")) this.fail(`expected \`[\` after \`${name.value} of\``);
    this.next();
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
        if (!t.dotted && !t.optional && this.isOp("(")) return this.call(t);
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
      const text = t.kind === "name" ? (t.optional ? "?" : "") + t.value : t.value;
      return `\`${text.length > 40 ? text.slice(0, 39) + "\u2026" : text}\``;
    }
  }
}

// src/query/eql/index.ts
function parseEql(source) {
  try {
    return new EqlParser(source).parse();
  } catch (err) {
    const message2 = err instanceof Error ? err.message : String(err);
    return {
      queries: [],
      diagnostics: [
        queryDiagnostic(source, 0, "error", "eql/internal-error", `the EQL parser failed: ${message2}`)
      ],
      properties: {}
    };
  }
}

// src/query/esql/lexer.ts
var BACKSLASH2 = 92;
var QUOTE = 34;
function isBlank2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
function isLetter2(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isDigit4(c) {
  return c >= 48 && c <= 57;
}
function isIdBody(c) {
  return isLetter2(c) || isDigit4(c) || c === 95;
}
function scanString(text, i) {
  const n = text.length;
  if (text.startsWith('"""', i)) {
    const close = text.indexOf('"""', i + 3);
    if (close === -1) {
      const eol = text.indexOf("\n", i);
      return { end: eol === -1 ? n : eol, unterminated: true };
    }
    let end = close + 3;
    for (let k = 0; k < 2 && text.charCodeAt(end) === QUOTE; k++) end++;
    return { end, unterminated: false };
  }
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return { end: j + 1, unterminated: false };
    if (c === 10 || c === 13) return { end: j, unterminated: true };
    j += c === BACKSLASH2 ? 2 : 1;
  }
  return { end: n, unterminated: true };
}
function scanComment(text, i) {
  if (text.charCodeAt(i) !== 47) return null;
  const d = text.charCodeAt(i + 1);
  if (d === 47) {
    const eol = text.indexOf("\n", i);
    return { end: eol === -1 ? text.length : eol, unterminated: false };
  }
  if (d === 42) {
    const close = text.indexOf("*/", i + 2);
    return close === -1 ? { end: text.length, unterminated: true } : { end: close + 2, unterminated: false };
  }
  return null;
}
function scanQuotedIdent(text, i) {
  let j = i + 1;
  const n = text.length;
  while (j < n) {
    if (text.charCodeAt(j) === 96) {
      if (text.charCodeAt(j + 1) === 96) {
        j += 2;
        continue;
      }
      return { end: j + 1, unterminated: false };
    }
    if (text.charCodeAt(j) === 10) break;
    j++;
  }
  return { end: j, unterminated: true };
}
function decodeString(text, start, end, withOffsets, badEscape) {
  const offsets = [];
  if (text.startsWith('"""', start)) {
    const closed = end - start >= 6 && text.startsWith('"""', end - 3);
    const contentEnd2 = Math.max(start + 3, closed ? end - 3 : end);
    if (withOffsets) for (let k = start + 3; k <= contentEnd2; k++) offsets.push(k);
    return { value: text.slice(start + 3, contentEnd2), offsets };
  }
  const terminated = end - start >= 2 && text.charCodeAt(end - 1) === QUOTE && !escapedAt(text, start, end - 1);
  const contentEnd = terminated ? end - 1 : end;
  let value = "";
  let run6 = start + 1;
  let i = start + 1;
  while (i < contentEnd) {
    if (text.charCodeAt(i) !== BACKSLASH2) {
      if (withOffsets) offsets.push(i);
      i++;
      continue;
    }
    const e = text[i + 1];
    const decoded = e === '"' || e === "\\" ? e : e === "t" ? "	" : e === "n" ? "\n" : e === "r" ? "\r" : null;
    if (decoded === null || i + 1 >= contentEnd) {
      badEscape?.(i);
      if (withOffsets) offsets.push(i);
      i++;
      continue;
    }
    value += text.slice(run6, i) + decoded;
    if (withOffsets) offsets.push(i);
    i += 2;
    run6 = i;
  }
  value += text.slice(run6, contentEnd);
  if (withOffsets) offsets.push(contentEnd);
  return { value, offsets };
}
function escapedAt(text, start, at) {
  let k = at - 1;
  let count = 0;
  while (k > start && text.charCodeAt(k) === BACKSLASH2) {
    k--;
    count++;
  }
  return count % 2 === 1;
}
var TWO_CHAR_OPS = /* @__PURE__ */ new Set(["==", "!=", "=~", "<=", ">=", "::"]);
function tokenize2(source, start, end, diagnostics) {
  const text = source.text;
  const tokens = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isBlank2(c)) {
      i++;
      continue;
    }
    const comment = c === 47 ? scanComment(text, i) : null;
    if (comment) {
      i = Math.min(comment.end, end);
      continue;
    }
    const s = i;
    if (c === QUOTE) {
      const str4 = scanString(text, i);
      const stop = Math.min(str4.end, end);
      const { value } = decodeString(
        text,
        s,
        stop,
        false,
        (offset) => diagnostics.push(
          queryDiagnostic(
            source,
            offset,
            "warning",
            "esql/invalid-escape",
            `\`${text.slice(offset, offset + 2)}\` is not an ES|QL escape (Elasticsearch rejects it): write \`\\\\\` for a backslash, or use a \`"""\` string`
          )
        )
      );
      tokens.push({ type: "string", start: s, end: stop, value });
      i = stop;
      continue;
    }
    if (c === 96) {
      const q = scanQuotedIdent(text, i);
      const stop = Math.min(q.end, end);
      const inner = text.slice(s + 1, q.unterminated ? stop : stop - 1).replace(/``/g, "`");
      tokens.push({ type: "quoted-ident", start: s, end: stop, value: inner });
      i = stop;
      continue;
    }
    if (isLetter2(c) || (c === 95 || c === 64) && isIdBody(text.charCodeAt(i + 1))) {
      i++;
      while (i < end && isIdBody(text.charCodeAt(i))) i++;
      tokens.push({ type: "ident", start: s, end: i, value: text.slice(s, i) });
      continue;
    }
    if (isDigit4(c) || c === 46 && isDigit4(text.charCodeAt(i + 1))) {
      i = scanNumber(text, i, end);
      tokens.push({ type: "number", start: s, end: i, value: text.slice(s, i) });
      continue;
    }
    if (c === 63) {
      i++;
      if (text.charCodeAt(i) === 63) i++;
      while (i < end && isIdBody(text.charCodeAt(i))) i++;
      tokens.push({ type: "param", start: s, end: i, value: text.slice(s, i) });
      continue;
    }
    const two = text.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ type: "op", start: s, end: i + 2, value: two });
      i += 2;
      continue;
    }
    const ch = text[i];
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
    const cp = String.fromCodePoint(text.codePointAt(i) ?? c);
    tokens.push({ type: "bad", start: s, end: i + cp.length, value: cp });
    i += cp.length;
  }
  tokens.push({ type: "eof", start: end, end, value: "" });
  return tokens;
}
function scanNumber(text, i, end) {
  while (i < end && isDigit4(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < end && isDigit4(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (isDigit4(text.charCodeAt(j))) {
      i = j;
      while (i < end && isDigit4(text.charCodeAt(i))) i++;
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
  const text = source.text;
  const n = text.length;
  const commands = [];
  let start = 0;
  let depth = 0;
  let fork = false;
  let named2 = false;
  const close = (end) => {
    commands.push({ ...readName(text, start, end), pipe: start - 1 });
    start = end + 1;
    depth = 0;
    fork = false;
    named2 = false;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!named2 && !isBlank2(c) && !(c === 47 && scanComment(text, i))) {
      named2 = true;
      fork = text.slice(i, i + 4).toUpperCase() === "FORK" && !isIdBody(text.charCodeAt(i + 4));
    }
    if (c === QUOTE) {
      const s = scanString(text, i);
      if (s.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            "error",
            "esql/unterminated-string",
            text.startsWith('"""', i) ? 'this `"""` string is never closed' : 'this string is never closed on its line: add the closing `"`'
          )
        );
      i = s.end;
      continue;
    }
    if (c === 96) {
      const q = scanQuotedIdent(text, i);
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
    const comment = c === 47 ? scanComment(text, i) : null;
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
function readName(text, start, end) {
  let i = skipBlank(text, start, end);
  const s = i;
  while (i < end && (isLetter2(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
  let name = text.slice(s, i).toUpperCase();
  const second = SECOND_WORDS[name];
  if (second) {
    const j = skipBlank(text, i, end);
    if (text.slice(j, j + second.length).toUpperCase() === second && !isIdBody(text.charCodeAt(j + second.length))) {
      name += " " + second;
      i = j + second.length;
    }
  }
  return { name, start: s, argsStart: i, end };
}
function skipBlank(text, i, end) {
  while (i < end) {
    if (isBlank2(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const comment = scanComment(text, i);
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
function readSources(text, start, end) {
  const out = { indices: [], bad: [] };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isBlank2(c) || c === 44) {
      i++;
      continue;
    }
    const comment = c === 47 ? scanComment(text, i) : null;
    if (comment) {
      i = comment.end;
      continue;
    }
    if (c === 34) {
      const s2 = scanString(text, i);
      const stop = Math.min(s2.end, end);
      out.indices.push({ name: decodeString(text, i, stop, false).value, start: i });
      i = stop;
      continue;
    }
    const s = i;
    while (i < end && isSourceChar(text, i)) i++;
    if (i === s) {
      out.bad.push(i);
      i++;
      continue;
    }
    const name = text.slice(s, i);
    if (name.toUpperCase() === "METADATA") break;
    out.indices.push({ name, start: s });
  }
  return out;
}
function isSourceChar(text, i) {
  const c = text.charCodeAt(i);
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
      const d = text.charCodeAt(i + 1);
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
  const pattern2 = tokens.find((t) => t.type === "string");
  return pattern2 ? keys(pattern2.value) : [];
}
function dissectKeys(pattern2) {
  const out = [];
  let i = pattern2.indexOf("%{");
  while (i !== -1) {
    const close = pattern2.indexOf("}", i + 2);
    if (close === -1) break;
    let key = pattern2.slice(i + 2, close);
    if (key.endsWith("->")) key = key.slice(0, -2);
    const modifier = key[0];
    if (modifier === "+") key = key.slice(1);
    const slash = key.indexOf("/");
    if (slash !== -1) key = key.slice(0, slash);
    if (key && modifier !== "?" && modifier !== "*" && modifier !== "&") out.push(key);
    i = pattern2.indexOf("%{", close + 1);
  }
  return out;
}
function grokKeys(pattern2) {
  const out = [];
  let i = pattern2.indexOf("%{");
  while (i !== -1) {
    const close = pattern2.indexOf("}", i + 2);
    if (close === -1) break;
    const parts = pattern2.slice(i + 2, close).split(":");
    if (parts.length >= 2 && parts[1]) out.push(parts[1]);
    i = pattern2.indexOf("%{", close + 1);
  }
  let g = pattern2.indexOf("(?<");
  while (g !== -1) {
    const close = pattern2.indexOf(">", g + 3);
    if (close === -1) break;
    const name = pattern2.slice(g + 3, close);
    if (name && !name.startsWith("=") && !name.startsWith("!")) out.push(name);
    g = pattern2.indexOf("(?<", close + 1);
  }
  return out;
}

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
function keywordType(text) {
  if (text.length < 2 || text.length > 3) return null;
  const lower2 = text.toLowerCase();
  return lower2 === "and" || lower2 === "or" || lower2 === "not" ? lower2 : null;
}
function tokenize3(source, diagnostics) {
  const text = source.text;
  const n = text.length;
  const tokens = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
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
        tokens.push({ type: text[i], start, end: i + 1, value: text[i] });
        i++;
        continue;
      case 60:
      case 62: {
        const op = text.charCodeAt(i + 1) === 61 ? text.slice(i, i + 2) : text[i];
        i += op.length;
        tokens.push({ type: "range", start, end: i, value: op });
        continue;
      }
      case 34: {
        const { value, end, terminated } = readQuoted(text, i);
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
      const d = text.charCodeAt(i);
      if (d === BACKSLASH3) {
        const e = text.charCodeAt(i + 1);
        if (isUnicodeEscape(text, i, n)) {
          i += 6;
          continue;
        }
        if (i + 1 >= n || !(isEscapable(e) || isWhitespaceEscape(e) || startsKeyword(text, i + 1))) {
          diagnostics.push(
            queryDiagnostic(
              source,
              i,
              "warning",
              "kql/invalid-escape",
              i + 1 >= n ? "a backslash ends the query: it is kept as a literal backslash" : `\`\\${String.fromCodePoint(text.codePointAt(i + 1) ?? e)}\` is not a KQL escape: the backslash is kept literally (write \`\\\\\` for a backslash)`
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
    const raw = text.slice(start, i);
    tokens.push({ type: keywordType(raw) ?? "word", start, end: i, value: raw });
  }
  tokens.push({ type: "eof", start: n, end: n, value: "" });
  return tokens;
}
function isUnicodeEscape(text, i, end) {
  return text.charCodeAt(i + 1) === 117 && i + 6 <= end && isHex(text.charCodeAt(i + 2)) && isHex(text.charCodeAt(i + 3)) && isHex(text.charCodeAt(i + 4)) && isHex(text.charCodeAt(i + 5));
}
function isWhitespaceEscape(c) {
  return c === 116 || c === 114 || c === 110;
}
function startsKeyword(text, i) {
  for (const k of ["and", "or", "not"]) if (text.slice(i, i + k.length).toLowerCase() === k) return true;
  return false;
}
function readQuoted(text, start) {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) return { value: decodeQuoted(text, start + 1, i), end: i + 1, terminated: true };
    i += c === BACKSLASH3 ? 2 : 1;
  }
  const eol = text.indexOf("\n", start);
  const end = eol === -1 ? n : eol;
  return { value: decodeQuoted(text, start + 1, end), end, terminated: false };
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function decodeQuoted(text, start, end) {
  let out = "";
  let run6 = start;
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) !== BACKSLASH3 || i + 1 >= end) {
      i++;
      continue;
    }
    const e = text[i + 1];
    let decoded = null;
    let width2 = 2;
    if (e === '"' || e === "\\") decoded = e;
    else if (e === "t") decoded = "	";
    else if (e === "r") decoded = "\r";
    else if (e === "n") decoded = "\n";
    else if (isUnicodeEscape(text, i, end)) {
      decoded = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      width2 = 6;
    }
    if (decoded === null) {
      i++;
      continue;
    }
    out += text.slice(run6, i) + decoded;
    i += width2;
    run6 = i;
  }
  return out + text.slice(run6, end);
}
function decodeUnquoted(text, start, end) {
  const parts = [];
  let lit2 = "";
  let run6 = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 42 && !(c === BACKSLASH3 && i + 1 < end)) {
      i++;
      continue;
    }
    lit2 += text.slice(run6, i);
    if (c === 42) {
      if (lit2) parts.push({ lit: lit2 });
      lit2 = "";
      parts.push("*");
      i++;
    } else {
      const e = text.charCodeAt(i + 1);
      if (isUnicodeEscape(text, i, end)) {
        lit2 += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (isWhitespaceEscape(e)) {
        lit2 += e === 116 ? "	" : e === 114 ? "\r" : "\n";
        i += 2;
      } else if (isEscapable(e) || startsKeyword(text, i + 1)) {
        lit2 += text[i + 1];
        i += 2;
      } else {
        lit2 += "\\";
        i++;
      }
    }
    run6 = i;
  }
  lit2 += text.slice(run6, end);
  if (lit2) parts.push({ lit: lit2 });
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
    let skipped = false;
    for (; ; ) {
      const t = this.peek();
      if (t.type === "and") {
        this.next();
        push(children, this.not());
      } else if (t.type === "or" || t.type === "eof") break;
      else if (t.type === ")" || t.type === "}") {
        if (!this.isStrayCloser(t)) break;
        this.skipStrayCloser(t);
        skipped = true;
        continue;
      } else if (t.type === ":" || t.type === "{" || t.type === "range") {
        this.error(t.start, "kql/syntax", `unexpected ${describe3(t)}: a field name should come before it`);
        this.next();
        skipped = true;
        continue;
      } else {
        if (!skipped)
          this.error(
            t.start,
            "kql/syntax",
            `expected \`and\`, \`or\` or the end of the query before ${describe3(t)}; read as \`and\``
          );
        push(children, this.not());
      }
      skipped = false;
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
    let skipped = false;
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
            skipped = true;
            continue;
          }
          this.error(t.start, "kql/syntax", `expected a field or a value, found ${describe3(t)}`);
          return null;
        case "and":
        case "or":
          this.error(t.start, "kql/syntax", `expected a field or a value before ${describe3(t)}`);
          return null;
        case "eof":
          if (!skipped)
            this.error(t.start, "kql/syntax", "the query ends where a field or a value is expected");
          return null;
        case ":":
        case "{":
        case "range":
          this.error(t.start, "kql/syntax", `unexpected ${describe3(t)}: a field name should come before it`);
          this.next();
          skipped = true;
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
    let skipped = false;
    for (; ; ) {
      const t = this.peek();
      if (t.type === "and") {
        this.next();
        push(children, this.valueTerm(field));
      } else if (t.type === "or" || t.type === "eof" || t.type === ")" || t.type === "}") break;
      else if (t.type === ":" || t.type === "{" || t.type === "range") {
        this.error(t.start, "kql/syntax", `unexpected ${describe3(t)} in the values of \`${field}\``);
        this.next();
        skipped = true;
        continue;
      } else {
        if (!skipped)
          this.error(
            t.start,
            "kql/syntax",
            `expected \`and\`, \`or\` or \`)\` before ${describe3(t)}; read as \`and\``
          );
        push(children, this.valueTerm(field));
      }
      skipped = false;
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
  const text = source.text;
  const n = text.length;
  const tokens = [];
  const error = (offset, code, message2) => {
    diagnostics.push(queryDiagnostic(source, offset, "error", code, message2));
  };
  const push4 = (type, start, end, value = text.slice(start, end)) => {
    tokens.push({ type, start, end, value });
  };
  let i = 0;
  let inRange = false;
  while (i < n) {
    const c = text.charCodeAt(i);
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
        i = readPhrase(text, i, tokens, error);
      } else {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (isBlank4(d) || d === 93 || d === 125) break;
          i += d === BACKSLASH4 ? 2 : 1;
        }
        i = Math.min(i, n);
        const raw2 = text.slice(start, i);
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
        push4(text[i], i, i + 1);
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
        error(i, "lucene/syntax", `\`${text[i]}\` closes no range`);
        i++;
        continue;
      case 94:
      case 126: {
        i++;
        while (i < n && isNumberChar(text.charCodeAt(i))) i++;
        push4(c === 94 ? "^" : "~", start, i, text.slice(start + 1, i));
        continue;
      }
      case 34:
        i = readPhrase(text, i, tokens, error);
        continue;
      case 47: {
        i = readRegex(text, i, tokens, error);
        continue;
      }
      case 38:
      // &&
      case 124:
        if (text.charCodeAt(i + 1) === c) {
          push4(c === 38 ? "and" : "or", i, i + 2);
          i += 2;
          continue;
        }
        break;
      case 60:
      case 62:
        if (tokens.length > 0 && tokens[tokens.length - 1].type === ":") {
          const w = text.charCodeAt(i + 1) === 61 ? 2 : 1;
          push4("cmp", i, i + w);
          i += w;
          continue;
        }
        break;
    }
    while (i < n) {
      const d = text.charCodeAt(i);
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
    const raw = text.slice(start, i);
    push4(raw === "AND" ? "and" : raw === "OR" ? "or" : raw === "NOT" ? "not" : "term", start, i);
  }
  tokens.push({ type: "eof", start: n, end: n, value: "" });
  return tokens;
}
function isNumberChar(c) {
  return c >= 48 && c <= 57 || c === 46;
}
function readPhrase(text, start, tokens, error) {
  const n = text.length;
  let out = "";
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      tokens.push({ type: "phrase", start, end: i + 1, value: out });
      return i + 1;
    }
    if (c === BACKSLASH4 && i + 1 < n) {
      out += text[i + 1];
      i += 2;
    } else {
      out += text[i];
      i++;
    }
  }
  error(start, "lucene/unterminated-string", 'this quoted phrase is never closed: add the closing `"`');
  const eol = text.indexOf("\n", start);
  const end = eol === -1 ? n : eol;
  tokens.push({ type: "phrase", start, end, value: decodePhrase(text, start + 1, end) });
  return end;
}
function decodePhrase(text, start, end) {
  let out = "";
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === BACKSLASH4 && i + 1 < end) i++;
    out += text[i];
  }
  return out;
}
function readRegex(text, start, tokens, error) {
  const n = text.length;
  let out = "";
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47) {
      tokens.push({ type: "regex", start, end: i + 1, value: out });
      return i + 1;
    }
    if (c === BACKSLASH4 && i + 1 < n) {
      out += text[i + 1] === "/" ? "/" : text.slice(i, i + 2);
      i += 2;
    } else {
      out += text[i];
      i++;
    }
  }
  error(start, "lucene/unterminated-regex", "this regular expression is never closed: add the closing `/`");
  tokens.push({ type: "regex", start, end: n, value: out });
  return n;
}
function decodeTerm(raw) {
  const parts = [];
  let lit2 = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      lit2 += raw[++i];
    } else if (c === "*" || c === "?") {
      if (lit2) parts.push({ lit: lit2 });
      lit2 = "";
      parts.push(c);
    } else lit2 += c;
  }
  if (lit2) parts.push({ lit: lit2 });
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
  diag(offset, severity, code, message2) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message2));
  }
  /** Clauses side by side, up to `)` (when one is open) or the end. */
  clauses(field) {
    const list2 = [];
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
      list2.push(this.or(field));
      if (this.i === before) this.next();
    }
    return this.combine(list2);
  }
  combine(list2) {
    const clauses = list2.filter((c) => c.expr !== null);
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
    const bound2 = (t) => {
      if (t.type === "phrase") return t.value;
      return t.value === "*" ? null : literal2(decodeTerm(t.value));
    };
    const lo = bound2(lower2);
    const hi = bound2(upper);
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
  opaque(t, field, suffix, reason) {
    const written = this.source.text.slice(t.start, this.peek().start).trim() || t.value + suffix;
    const text = field === null ? written : `${field}:${written}`;
    return { kind: "opaque", text, reason, pos: this.source.pos(t.start) };
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
  constructor(message2, offset, code = "esql/syntax") {
    this.message = message2;
    this.offset = offset;
    this.code = code;
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
    const literal4 = literalText(parts.filter((p) => typeof p === "object"));
    if (subject.fold && !this.foldable(literal4, subject.fold, t.start))
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
        const lit2 = escapeLiteral(arg.value);
        const pattern2 = node.name === "STARTS_WITH" ? lit2 + "*" : node.name === "ENDS_WITH" ? "*" + lit2 : "*" + lit2 + "*";
        return this.pred(subject.field, "wildcard", pattern2, !subject.fold, arg.start);
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
  opaque(start, end, reason) {
    return { kind: "opaque", text: this.text(start, end), reason, pos: this.ctx.source.pos(start) };
  }
  warn(offset, code, message2) {
    this.diagnostics.push(queryDiagnostic(this.ctx.source, offset, "warning", code, message2));
  }
};
function hasInvalidLikeEscape(pattern2) {
  for (let i = 0; i < pattern2.length; i++) {
    if (pattern2[i] !== "\\") continue;
    const n = pattern2[i + 1];
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
  const text = source.text;
  const result2 = { expr: null, indices: [], stages: [], diagnostics };
  if (skipBlank(text, 0, text.length) === text.length) return result2;
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
          empty ? "an empty command: nothing follows this `|`" : `expected a command name, found ${quote(text.slice(cmd.start, cmd.start + 1))}`
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

// src/formats/elastic/query.ts
var LANGUAGES = ["kuery", "eql", "esql", "lucene"];
function isLanguage(v) {
  return LANGUAGES.includes(v);
}
var LITERAL_QUERY_OPENING = /query[ \t]*=[ \t]*('''(?:\r?\n)?|')/y;
function atLineStart(text, at) {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}
function querySource(file, value) {
  const text = file.text;
  let found = -1;
  let matches = 0;
  if (value !== "") {
    for (let q = text.indexOf("query"); q !== -1 && matches < 2; q = text.indexOf("query", q + 5)) {
      if (!atLineStart(text, q)) continue;
      LITERAL_QUERY_OPENING.lastIndex = q;
      const m = LITERAL_QUERY_OPENING.exec(text);
      if (m === null) continue;
      const at2 = q + m[0].length;
      const closing = m[1].startsWith("'''") ? "'''" : "'";
      if (text.slice(at2, at2 + value.length) !== value || !text.startsWith(closing, at2 + value.length))
        continue;
      found = at2;
      matches++;
    }
  }
  if (matches === 1) return { source: verbatimSource(file.path, value, file.position(found)), exact: true };
  const loc = file.layout.values.get(pathKey(["rule", "query"]));
  if (loc !== void 0) {
    const source = stringSource(file, loc.offset, loc.style, value);
    if (source !== null) return { source, exact: true };
  }
  const at = loc === void 0 ? file.pos(["rule"]) : file.lines.position(loc.offset);
  return { source: verbatimSource(file.path, value, at), exact: false };
}
function stringSource(file, offset, style, value) {
  const text = file.text;
  const quotes = style === "literal-ml" || style === "basic-ml" ? 3 : 1;
  let start = offset + quotes;
  if (quotes === 3) {
    if (text.charCodeAt(start) === 10) start++;
    else if (text.charCodeAt(start) === 13 && text.charCodeAt(start + 1) === 10) start += 2;
  }
  switch (style) {
    case "literal-ml":
    case "literal":
      return text.startsWith(value, start) ? verbatimSource(file.path, value, file.lines.position(start)) : null;
    case "basic-ml":
    case "basic": {
      const decoded = decodeBasic(text, start, basicContentEnd(text, start, style === "basic-ml"));
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
function basicContentEnd(text, start, multiline) {
  let j = start;
  while (j < text.length) {
    const c = text[j];
    if (c === "\\") j += 2;
    else if (multiline ? text.startsWith('"""', j) : c === '"') {
      if (!multiline) return j;
      let close = j;
      while (close < j + 2 && text[close + 3] === '"') close++;
      return close;
    } else j++;
  }
  return text.length;
}
function parseQuery(language, source) {
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
      const r = parseEql(source);
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

// src/formats/elastic/techniques.ts
var FRAMEWORK = "MITRE ATT&CK";
var TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/i;
function readTechniques2(rule, file) {
  const threat = rule.threat;
  if (threat === void 0) return [];
  const found = /* @__PURE__ */ new Set();
  const where = ["rule", "threat"];
  if (!Array.isArray(threat)) {
    warn(file, where, `\`rule.threat\` should be a list of tables ([[rule.threat]]), not ${typeName(threat)}`);
    return [];
  }
  threat.forEach((entry, i) => {
    if (!isTable(entry)) {
      warn(file, [...where, i], `a \`rule.threat\` entry should be a table, not ${typeName(entry)}`);
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
function addId(table, key, where, file, found) {
  const id = table.id;
  if (typeof id === "string" && TECHNIQUE_ID.test(id.trim())) found.add(id.trim().toUpperCase());
  else
    warn(
      file,
      where(),
      id === void 0 ? `a \`${key}\` entry has no \`id\`` : `\`${typeof id === "string" ? id : typeName(id)}\` is not an ATT&CK technique ID (T1234 or T1234.001); ignored`
    );
}
function warn(file, where, message2) {
  file.diags.warning("elastic/invalid-threat", message2, file.pos(where));
}

// src/formats/elastic/index.ts
var TOML_PATH = /\.toml$/i;
var RULE_TABLE = new LinePattern(/[ \t]*\[[ \t]*rule[ \t]*\][ \t]*(?:#[^\n]*)?\r?$/, "[", true);
var RULE_ID = new LinePattern(/[ \t]*rule_id[ \t]*=/, "r", true);
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
  detect(path7, text) {
    return TOML_PATH.test(path7) && RULE_TABLE.test(text) && RULE_ID.test(text);
  },
  parse(path7, text) {
    try {
      return parseElastic(path7, text);
    } catch (err) {
      const message2 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path7,
        line: 1,
        column: 1,
        severity: "error",
        code: "elastic/internal-error",
        message: `the Elastic reader failed on this file: ${message2}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseElastic(path7, text) {
  const fileDiags = new Diagnostics3(path7);
  let doc;
  try {
    doc = parse(text, { unsafeKeyBehaviour: "drop", maxDepth: 200 });
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const message2 = err.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    fileDiags.error("elastic/toml-error", `TOML: ${message2}`, { line: err.line, column: err.column });
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
  return {
    rules: [readRule2(doc, rule, new RuleFile(path7, text, new Diagnostics3(path7)))],
    diagnostics: fileDiags.items
  };
}
function readRule2(doc, rule, file) {
  const where = ["rule"];
  const rulePos = () => file.pos(where);
  const id = file.string(rule, "rule_id", where);
  if (rule.rule_id === void 0)
    file.diags.warning("elastic/invalid-metadata", "the rule has no `rule_id`", rulePos());
  const name = file.string(rule, "name", where);
  if (rule.name === void 0)
    file.diags.warning("elastic/invalid-metadata", "the rule has no `name`", rulePos());
  const severity = file.string(rule, "severity", where);
  const tags = file.strings(rule, "tags", where) ?? [];
  const index = file.strings(rule, "index", where);
  const metadata = isTable(doc.metadata) ? doc.metadata : {};
  const maturity = file.string(metadata, "maturity", ["metadata"]);
  const techniques = readTechniques2(rule, file);
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
  for (const q of queries)
    for (const p of predicates(q.expr))
      if (p.sourceField !== null) p.field = canonicalField("elastic", logsource, p.sourceField);
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
  const { source, exact } = querySource(file, value);
  const logicPos = source.pos(0);
  if (!exact)
    file.diags.warning(
      "elastic/query-position",
      "the query was not found in the file where expected; its positions are approximate",
      file.pos([...where, "query"])
    );
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
  const missing = missingSteps(properties);
  for (const q of queries) {
    if (missing.has(q.label) && q.expr.kind === "not")
      q.expr = { kind: "not", child: andFlat([q.expr.child, ...conjuncts]) };
    else q.expr = andFlat([q.expr, ...conjuncts]);
  }
}
function missingSteps(properties) {
  const out = /* @__PURE__ */ new Set();
  const sequence = properties.sequence;
  if (typeof sequence !== "object" || sequence === null || Array.isArray(sequence)) return out;
  const steps = sequence.steps;
  if (Array.isArray(steps))
    steps.forEach((step, i) => {
      if (typeof step === "object" && step !== null && !Array.isArray(step) && step.missing === true)
        out.add(`step ${i + 1}`);
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
function readRuleFile(path7, text, context) {
  const format = FORMATS.find((f) => f.detect(path7, text));
  if (!format) return { rules: [], diagnostics: [] };
  try {
    return format.parse(path7, text, context);
  } catch (err) {
    const message2 = err instanceof Error ? err.message : String(err);
    return {
      rules: [],
      diagnostics: [
        {
          path: path7,
          line: 1,
          column: 1,
          severity: "error",
          code: "internal-error",
          message: `detlint could not read this file: ${message2}`
        }
      ]
    };
  }
}

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
  const count = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const n = (count.get(d.code) ?? 0) + 1;
    count.set(d.code, n);
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
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import path3 from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str4) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str4.indexOf(a);
  let bi = str4.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str4.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str4.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str4.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str4) {
  return !isNaN(str4) ? parseInt(str4, 10) : str4.charCodeAt(0);
}
function escapeBraces(str4) {
  return str4.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str4) {
  return str4.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str4, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str4.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str4.slice(0, r[0]),
    body: str4.slice(r[0] + 1, r[1]),
    post: str4.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str4, budget) {
  budget.remaining -= str4.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str4.length - 1; i >= 0; i--) {
    const c = str4.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str4.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str4, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str4, str4, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str4.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str4 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str4, options = {}) {
  if (!str4) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str4.slice(0, 2) === "{}") {
    str4 = "\\{\\}" + str4.slice(2);
  }
  return expand_(escapeBraces(str4), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str4) {
  return "{" + str4 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width2 = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad2 = n.some(isPadded);
  const cost = pad2 ? width2 : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad2) {
        const need = width2 - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str4, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str4];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str4;
  for (; ; ) {
    const m = balancedWithBudget(str4, masked, budget);
    if (!m) {
      return combine(acc, str4, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal4 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str4 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str4 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal4();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal4();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal4();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal4();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal4();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str4 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal4();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal4();
    }
    acc = next;
    if (!m.post.length)
      break;
    str4 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width2) => {
  if (width2) {
    return fixed(String(a).padStart(width2, "0"), String(b).padStart(width2, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width2 = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width2 && width2 - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width2));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate2 = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate2 = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate2 ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate2 ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize5 = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run6 = "";
  const flush = () => {
    for (const ch of run6.normalize(form))
      out.push(lit(ch));
    run6 = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run6 += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show2 = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk3 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk3(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk3(n.sub, indent + "  ");
        return walk3(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk3(n.next, indent);
  };
  walk3(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run6, i, top) {
    for (const r of state.runs) {
      if (r.neg === run6.neg && sameState(r.state, run6.state))
        return;
    }
    state.runs.push(run6);
    if (!run6.state.match) {
      this.add(state, run6.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run6 of state.runs) {
        if (run6.state.dead) {
          this.addRun(next, run6, i + 1, top);
          continue;
        }
        const sub = this.step(run6.state, c, i, false);
        this.addRun(next, { t: "run", neg: run6.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern2, options = {}) {
    if (pattern2.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern2);
    }
    this.pattern = pattern2;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal4 = /^[?*+@]\(\)$/.test(pattern2);
    const toks = tokenize5(pattern2, nocase, noext || literal4, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str4 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str4 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show2(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern2) => {
  if (typeof pattern2 !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern2.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern2, options) => {
  assertValidPattern(pattern2);
  if (!options?.nocomment && pattern2.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern2, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern2, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern2);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern2) ?? new Minimatch(pattern2, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern2, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path2 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern2, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern2, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern2, options = {}) => orig(p, pattern2, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern2, options = {}) {
        super(pattern2, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern2, options = {}) => orig.filter(pattern2, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern2, options = {}) => orig.braceExpand(pattern2, ext(def, options)),
    match: (list2, pattern2, options = {}) => orig.match(list2, pattern2, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern2, options = {}) => {
  assertValidPattern(pattern2);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern2)) {
    return [pattern2];
  }
  let p = pattern2.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list2, pattern2, options = {}) => {
  const mm = new Minimatch(pattern2, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern2);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern2, start) => {
  let i = start + 1;
  if (pattern2.charAt(i) === "!" || pattern2.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal3 = (pattern2, noext) => {
  if (!noext && (pattern2 === "+()" || pattern2 === "@()"))
    return pattern2;
  let lit2 = "";
  for (let i = 0; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "\\") {
      lit2 += pattern2.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern2, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern2.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern2.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern2.charAt(i + 1) === "(" && pattern2.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern2) => {
  let n = 0;
  for (let i = 0; i < pattern2.length - 1; i++) {
    const c = pattern2.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern2.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern2) => {
  if (extglobCount(pattern2) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern2) => {
  if (/^[?*+@]\(\)$/.test(pattern2) || pattern2.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "\\") {
      if (++i === pattern2.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern2, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern2.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern2, options = {}) {
    assertValidPattern(pattern2);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern2;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern2 of this.set) {
      for (const part of pattern2) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern2 = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern2.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern2) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern2 = this.pattern;
    let negate2 = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern2.length && pattern2.charAt(i) === "!"; i++) {
      negate2 = !negate2;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern2.slice(negateOffset);
    this.negate = negate2;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved2, pattern2, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved2) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern2);
    if (ph !== -1) {
      const host = pattern2[ph];
      const share = pattern2[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved2[fh].toLowerCase() === host.toLowerCase() && resolved2[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern2[0] === "string" && /^[a-z]:$/i.test(pattern2[0]);
      const patternUNC = !patternDrive && pattern2[0] === "" && pattern2[1] === "" && pattern2[2] === "?" && typeof pattern2[3] === "string" && /^[a-z]:$/i.test(pattern2[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern2[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved2;
    if (pattern2.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern2, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern2, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern2, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern2, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern2, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern2);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern2, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern2.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern2.lastIndexOf(GLOBSTAR);
    const head = pattern2.slice(patternIndex, firstgs);
    const body = pattern2.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern2.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern2, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern2.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern2[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern: pattern2 } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern2.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern2.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern2) {
    assertValidPattern(pattern2);
    const options = this.options;
    if (pattern2 === "**")
      return GLOBSTAR;
    if (pattern2 === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern2.includes(rangeMark) ? void 0 : literal3(pattern2, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern2.toUpperCase() !== pattern2.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern2);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern2);
      m = new Matcher(pattern2, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern2, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved2 = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern2 = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern2[0], filename) : shape ? this.#matchShape(resolved2, pattern2, shape) : options.matchBase && pattern2.length === 1 ? this.#matchRow([filename], [filename], pattern2, partial) : this.#matchRow(ff, resolved2, pattern2, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function displayPath(file, root) {
  const rel = path3.relative(root, file);
  const shown = rel === "" || path3.isAbsolute(rel) ? file : rel;
  return shown.split(path3.sep).join("/");
}
function walk(dir, out, rulesOnly = true) {
  let entries;
  try {
    entries = readdirSync2(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path3.join(dir, e.name), out, rulesOnly);
    } else if (e.isFile() && (!rulesOnly || RULE_EXTENSIONS.includes(path3.extname(e.name).toLowerCase()))) {
      out.push(path3.join(dir, e.name));
    }
  }
}
function matchesAny(rel, patterns) {
  return patterns.some((p) => minimatch(rel, p, { dot: true }));
}
function listRuleFiles(inputs, options = {}) {
  const root = options.root ?? process.cwd();
  const ignore = options.ignore ?? [];
  const found = [];
  const missing = [];
  for (const input of inputs) {
    const abs = path3.resolve(root, input);
    let st;
    try {
      st = statSync2(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(abs, found);
    else found.push(abs);
  }
  const files = [...new Set(found)].filter((f) => ignore.length === 0 || !matchesAny(displayPath(f, root), ignore)).sort();
  return { files, missing };
}
var GLOB_CHARS = /[*?[\]{}!]/;
function globBase(pattern2) {
  const segs = pattern2.split("/");
  const base = [];
  for (const seg of segs.slice(0, -1)) {
    if (GLOB_CHARS.test(seg)) break;
    base.push(seg);
  }
  return base.join("/") || ".";
}
function globFiles(root, patterns, ignore = []) {
  const out = /* @__PURE__ */ new Set();
  for (const pattern2 of patterns) {
    const candidates = [];
    walk(path3.resolve(root, globBase(pattern2)), candidates, false);
    for (const f of candidates) {
      const rel = displayPath(f, root);
      if (minimatch(rel, pattern2, { dot: true }) && !matchesAny(rel, ignore)) out.add(f);
    }
  }
  return [...out].sort();
}
function resolveSources(entries, root, ignore = []) {
  const globs = entries.filter((e) => GLOB_CHARS.test(e));
  const plain = entries.filter((e) => !GLOB_CHARS.test(e));
  const listed = listRuleFiles(plain, { root, ignore });
  const files = [.../* @__PURE__ */ new Set([...listed.files, ...globFiles(root, globs, ignore)])].sort();
  return { files, missing: listed.missing };
}

// src/catalog/index.ts
import { readFileSync as readFileSync4, writeFileSync } from "node:fs";

// src/normalize/values.ts
var PATH_NAME_FIELDS = /* @__PURE__ */ new Map([
  ["process.executable", "process.name"],
  ["process.parent.executable", "process.parent.name"],
  ["file.path", "file.name"],
  ["dll.path", "dll.name"]
]);
var HIVE_PREFIX_FIELDS = ["registry.path", "registry.key"];
var HIVE_VALUE_FIELDS = ["registry.hive"];
var REGISTRY_HIVES = [
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
var VALUE_ALIASES = /* @__PURE__ */ new Map([
  [
    "network.direction",
    /* @__PURE__ */ new Map([
      ["true", "egress"],
      ["false", "ingress"]
    ])
  ]
]);
var FIELD_RULES = /* @__PURE__ */ new Map();
for (const [path7, name] of PATH_NAME_FIELDS) FIELD_RULES.set(path7, { rule: "pathName", name });
for (const f of HIVE_PREFIX_FIELDS) FIELD_RULES.set(f, { rule: "hivePrefix" });
for (const f of HIVE_VALUE_FIELDS) FIELD_RULES.set(f, { rule: "hiveValue" });
for (const [f, aliases] of VALUE_ALIASES) FIELD_RULES.set(f, { rule: "alias", aliases });
var HIVE_ROWS = REGISTRY_HIVES.map(([spelling, short]) => ({
  lower: spelling.toLowerCase(),
  upperShort: short.toUpperCase(),
  lowerShort: short.toLowerCase()
}));
var BACKSLASH5 = 92;
var SLASH = 47;
var STAR2 = 42;
var QUESTION2 = 63;
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
var NAME_PATH_FIELDS = new Map([...PATH_NAME_FIELDS].map(([path7, name]) => [name, path7]));
function pathFieldOf(nameField) {
  return NAME_PATH_FIELDS.get(nameField);
}
var CANONICAL = 1;
var WILDCARD = 2;
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
function patternLiteral(pattern2) {
  return pattern2.indexOf("\\") === -1 ? pattern2 : literalText(parsePattern(pattern2));
}
function pathBasename(pattern2) {
  const n = pattern2.length;
  if (n < 3 || pattern2.charCodeAt(0) !== STAR2) return null;
  const sep2 = pattern2.charCodeAt(1);
  if (sep2 !== BACKSLASH5 && sep2 !== SLASH) return null;
  for (let i = 2; i < n; i++) {
    const c = pattern2.charCodeAt(i);
    if (c === STAR2 || c === QUESTION2 || c === BACKSLASH5 || c === SLASH) return null;
  }
  return pattern2.slice(2);
}
function startsWithFolded(text, lower2) {
  if (text.length < lower2.length) return false;
  for (let i = 0; i < lower2.length; i++) {
    let c = text.charCodeAt(i);
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

// src/normalize/keys.ts
var KEY_VERSION = 2;
var ENCODING_TRANSFORMS = /* @__PURE__ */ new Set(["base64", "base64offset", "wide", "utf16", "utf16le", "utf16be"]);
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
var scratch = { field: null, op: "eq", value: null };
function predicateKey(pred) {
  const enc = encodingSuffix(pred);
  const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== "", scratch);
  return `${c.field ?? "*"}|${c.op}${enc}|${c.value ?? ""}`;
}
var KeyInterner = class {
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
      key = group.prefix + value;
      this.keys.set(key, { field: c.field, op: group.op, value: c.value });
      group.byValue.set(value, key);
    }
    return key;
  }
  /** The keys of a field (`*` for none) and an op. */
  groupOf(field, op) {
    let ops = this.root.get(field);
    if (ops === void 0) this.root.set(field, ops = /* @__PURE__ */ new Map());
    let group = ops.get(op);
    if (group === void 0) ops.set(op, group = { op, prefix: `${field}|${op}|`, byValue: /* @__PURE__ */ new Map() });
    return group;
  }
};
function eventKind(logsource) {
  return `${logsource.product ?? ""}/${logsource.category ?? ""}/${logsource.service ?? ""}`.toLowerCase();
}

// src/normalize/events.ts
var SYSMON_TITLES = {
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
var SECURITY_TITLES = {
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
var SYSTEM_TITLES = {
  "104": "Event log cleared",
  "6005": "Event log service started",
  "6006": "Event log service stopped",
  "7034": "Service terminated unexpectedly",
  "7036": "Service state changed",
  "7040": "Service start type changed",
  "7045": "Service installed"
};
var APPLICATION_TITLES = {
  "1000": "Application error",
  "1001": "Windows Error Reporting",
  "1033": "Windows Installer installed a product",
  "11707": "Product installed"
};
var POWERSHELL_TITLES = {
  "4103": "Module logging (pipeline execution)",
  "4104": "Script block logging",
  "4105": "Script block invocation started",
  "4106": "Script block invocation completed"
};
var WINDOWS_POWERSHELL_TITLES = {
  "400": "Engine started",
  "403": "Engine stopped",
  "600": "Provider started",
  "800": "Pipeline execution details"
};
var SOURCES = [
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
function channel(name, titles2) {
  return titles2 ? { provider: name, channels: [name], titles: titles2 } : { provider: name, channels: [name] };
}
var SOURCE_INFO = new Map(SOURCES);
var SOURCE_RANK = new Map(SOURCES.map(([id], i) => [id, i]));
var WINDOWS_SOURCES = SOURCES.filter(([, s]) => s.channels !== void 0).map(
  ([id]) => id
);
var WINDOWS_SOURCE_SET = new Set(WINDOWS_SOURCES);
var CHANNEL_SOURCES = new Map(
  SOURCES.flatMap(([id, s]) => (s.channels ?? []).map((c) => [c.toLowerCase(), id]))
);
var SERVICE_ALIASES = /* @__PURE__ */ new Map([
  ["powershell-classic", "windows-powershell"],
  ["ldap_debug", "ldap"],
  ["microsoft-servicebus-client", "servicebus-client"]
]);
var PROVIDER_SOURCES = /* @__PURE__ */ new Map([
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
var CATEGORY_EVENTS = /* @__PURE__ */ new Map([
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
var CATEGORY_REFINEMENTS = /* @__PURE__ */ new Map([
  ["process_creation", /* @__PURE__ */ new Map([["end", "process_termination"]])],
  ["file_event", /* @__PURE__ */ new Map([["deletion", "file_delete"]])]
]);
var PRODUCT_SERVICE_SOURCES = /* @__PURE__ */ new Map([
  ["aws/cloudtrail", "cloudtrail"],
  ["okta/okta", "okta"],
  ["m365/audit", "o365"],
  ["github/audit", "github"],
  ["linux/auditd", "auditd"]
]);
var NAMED_EVENT_FIELDS = /* @__PURE__ */ new Map([
  ["cloudtrail", ["eventName", "event.action", "api.operation"]],
  ["okta", ["eventType", "event.action"]],
  ["o365", ["Operation", "event.action"]],
  ["github", ["action", "event.action"]],
  ["auditd", ["type"]]
]);
var SECURITY_ACTIONS = /* @__PURE__ */ new Map([
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
var INDEX_STREAMS = [
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
var NOTHING = { sources: [], events: [] };
var patternCache = /* @__PURE__ */ new Map();
function admitOfPattern(pattern2) {
  let found = patternCache.get(pattern2);
  if (found === void 0) {
    found = computeAdmit(pattern2);
    patternCache.set(pattern2, found);
  }
  return found;
}
function computeAdmit(pattern2) {
  if (pattern2.startsWith("-")) return NOTHING;
  const colon = pattern2.lastIndexOf(":");
  const p = (colon === -1 ? pattern2 : pattern2.slice(colon + 1)).trim().toLowerCase();
  if (p === "") return NOTHING;
  const matched = INDEX_STREAMS.filter((s) => starMatches(p, s.name));
  if (matched.length === 1 && matched[0].event !== void 0)
    return { sources: [], events: [`${matched[0].source}:${matched[0].event}`] };
  return { sources: [...new Set(matched.map((s) => s.source))], events: [] };
}
var EVENT_LOG_WORDS = /* @__PURE__ */ new Map([
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
var DATA_SOURCE_NAMES = [
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
function numbers(s) {
  return s.split(/[\s,]+/).filter((x) => x !== "");
}
var SELECTOR_SOURCES = [
  [/linux-sysmon|sysmon:linux/, "sysmon-linux"],
  [/^wineventlog_(security|system|application)$/, "$1"],
  [/^linux:audit$/, "auditd"],
  [/^aws:cloudtrail/, "cloudtrail"],
  [/^oktaim2:|^okta_log$|^okta:/, "okta"],
  [/^o365:management:activity$/, "o365"],
  [/^crowdstrike:events:sensor$/, "crowdstrike"]
];
var selectorCache = /* @__PURE__ */ new Map();
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
function wildcardChannel(pattern2) {
  let found;
  for (const [name, source] of CHANNEL_SOURCES)
    if (starMatches(pattern2, name)) {
      if (found !== void 0 && found !== source) return void 0;
      found = source;
    }
  return found;
}
var CHANNEL_FIELDS = /* @__PURE__ */ new Set([
  "winlog.channel",
  "channel",
  "event.provider",
  "winlog.provider_name",
  "provider_name",
  "data_stream.dataset",
  "event.dataset"
]);
var CHANNEL_FIELD_LENGTHS = new Set([...CHANNEL_FIELDS].map((f) => f.length));
var WATCHED_FIELDS = /* @__PURE__ */ new Set([
  "event.type",
  ...[...NAMED_EVENT_FIELDS.values()].flat()
]);
var EMPTY = [];
function readPredicates(rule, withCodes) {
  const reading = { codes: [], values: /* @__PURE__ */ new Map() };
  for (const q of rule.queries) walk2(q.expr, EMPTY, reading, withCodes);
  return reading;
}
function walk2(expr, context, out, withCodes) {
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
      for (const c of expr.children) walk2(c, ctx, out, withCodes);
      return;
    }
    case "or":
      for (const c of expr.children) walk2(c, context, out, withCodes);
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
    const list2 = out.values.get(f);
    if (list2) list2.push(p.value);
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
function resolveCode(code, context, scope) {
  const pinned = context.length > 0;
  const specific = pinned ? context : WINDOWS_SOURCES.filter((s) => scope.sources.has(s));
  const any = !pinned && scope.anyWindows;
  if (!any && specific.length === 1) return `${specific[0]}:${code}`;
  for (const s of specific) if (knows(s, code)) return `${s}:${code}`;
  if (any) {
    for (const s of WINDOWS_SOURCES) if (knows(s, code)) return `${s}:${code}`;
  }
  if (specific.length === 1) return `${specific[0]}:${code}`;
  const n = Number(code);
  if (isSysmonRange(n) && (any || specific.includes("sysmon"))) return `sysmon:${code}`;
  if (isSecurityRange(n) && (any || specific.includes("security"))) return `security:${code}`;
  return `windows:${code}`;
}
function knows(source, code) {
  return SOURCE_INFO.get(source)?.titles?.[code] !== void 0;
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
  for (const { code, context } of reading.codes) {
    out.add(fixedChannel !== null ? `${fixedChannel}:${code}` : resolveCode(code, context, scope));
    explicit = true;
  }
  if (category !== "") addCategoryEvents(category, scope, !explicit, out);
  addNamedEvents(scope, reading, out);
}
function elasticEvents(rule, out) {
  const ls = rule.logsource;
  const scope = newScope();
  const index = ls.index ?? EMPTY;
  for (const pattern2 of index) {
    const admit = admitOfPattern(pattern2);
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
  for (const { code, context } of reading.codes) {
    if (context.length === 0 && !hasWindows(scope)) continue;
    out.add(resolveCode(code, context, scope));
    explicit = true;
  }
  if (scope.anyWindows || scope.sources.has("security"))
    for (const action of reading.values.get("event.action") ?? EMPTY)
      for (const code of SECURITY_ACTIONS.get(action.toLowerCase()) ?? EMPTY) {
        out.add(`security:${code}`);
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
    for (const name of names) if (typeof name === "string") addDataSource2(name, scope, out);
  }
  for (const id of out) scope.sources.add(sourceOf(id));
  const linux = product === "linux" || scope.sources.has("sysmon-linux") && !scope.sources.has("sysmon");
  const codes = ls.eventCodes ?? EMPTY;
  if (codes.length > 0 && !hasWindows(scope) && !linux) scope.anyWindows = true;
  const named2 = /* @__PURE__ */ new Set();
  for (const id of out) if (isWindowsSource(sourceOf(id))) named2.add(id.slice(id.indexOf(":") + 1));
  for (const code of codes) {
    if (code.startsWith("sysmon:")) out.add(linux ? `sysmon-linux:${code.slice(7)}` : code);
    else if (/^\d+$/.test(code) && !named2.has(code)) out.add(resolveCode(code, EMPTY, scope));
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
  const list2 = reading.values.get(field);
  if (list2) list2.push(value);
  else reading.values.set(field, [value]);
}
var nameCache = /* @__PURE__ */ new Map();
function addDataSource2(name, scope, out) {
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
    for (const pattern2 of DATA_SOURCE_NAMES) {
      const m = pattern2.test.exec(n);
      if (!m) continue;
      ids.push(...pattern2.ids(m));
      if (pattern2.source) sources.push(pattern2.source(m));
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

// src/attack/table.ts
import { readFileSync as readFileSync3 } from "node:fs";
var ATTACK_TABLE_FORMAT = 1;
var TECHNIQUE_ID2 = /^T\d{4}(?:\.\d{3})?$/;
var TACTIC_ID = /^TA\d{4}$/;
var SHORTNAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var AttackError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "AttackError";
  }
};
function isPlain2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function show3(v) {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var Checker = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(where, message2) {
    throw new AttackError(`${this.file}: ${where}: ${message2}`);
  }
  object(v, where) {
    if (!isPlain2(v)) this.fail(where, `expected an object, got ${show3(v)}`);
    return v;
  }
  keys(obj, where, allowed) {
    for (const k of Object.keys(obj))
      if (!allowed.includes(k))
        this.fail(`${where}.${k}`, `unknown key (expected one of ${allowed.join(", ")})`);
  }
  string(v, where) {
    if (typeof v !== "string" || v.trim() === "")
      this.fail(where, `expected a non-empty string, got ${show3(v)}`);
    return v;
  }
  pattern(v, where, re, what) {
    if (typeof v !== "string" || !re.test(v)) this.fail(where, `expected ${what}, got ${show3(v)}`);
    return v;
  }
  trueFlag(v, where) {
    if (typeof v !== "boolean") this.fail(where, `expected true or false, got ${show3(v)}`);
    return v;
  }
};
var TOP_KEYS = [
  "format_version",
  "attack_version",
  "source",
  "license",
  "tactics",
  "techniques",
  "v18_to_v19"
];
var TECHNIQUE_KEYS = ["name", "tactics", "revoked", "replaced_by", "deprecated"];
var ID_TEXT = "a technique ID like T1234 or T1234.001";
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
    c.fail(`${where}.tactics`, `expected a list of tactic shortnames, got ${show3(t.tactics)}`);
  const tactics = t.tactics.map((s, i) => {
    const w = `${where}.tactics[${i}]`;
    const slug = c.pattern(s, w, SHORTNAME, "a tactic shortname like execution");
    if (shortnames.size > 0 && !shortnames.has(slug))
      c.fail(w, `${show3(slug)} is not the shortname of a tactic in tactics`);
    return slug;
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
function validateAttackTable(doc, file) {
  const c = new Checker(file);
  if (!isPlain2(doc))
    throw new AttackError(`${file}: expected an ATT&CK table (a JSON object), got ${show3(doc)}`);
  c.keys(doc, "(top level)", TOP_KEYS);
  if ("format_version" in doc && doc.format_version !== ATTACK_TABLE_FORMAT)
    c.fail(
      "format_version",
      `this detlint reads format ${ATTACK_TABLE_FORMAT}, got ${show3(doc.format_version)} (a newer detlint may read it)`
    );
  const table = {
    format_version: ATTACK_TABLE_FORMAT,
    attack_version: c.string(doc.attack_version, "attack_version"),
    tactics: {},
    techniques: {}
  };
  if ("source" in doc) table.source = c.string(doc.source, "source");
  if ("license" in doc) table.license = c.string(doc.license, "license");
  if ("tactics" in doc) table.tactics = readTactics(c, doc.tactics);
  const shortnames = new Set(Object.values(table.tactics).map((t) => t.shortname));
  if (!("techniques" in doc)) c.fail("techniques", "required: the table of techniques by ID");
  const techniques = c.object(doc.techniques, "techniques");
  for (const [id, v] of Object.entries(techniques)) table.techniques[id] = readTechnique(c, id, v, shortnames);
  for (const [id, t] of Object.entries(table.techniques))
    if (t.replaced_by !== void 0 && !(t.replaced_by in table.techniques))
      c.fail(`techniques.${id}.replaced_by`, `${t.replaced_by} is not in techniques`);
  if ("v18_to_v19" in doc) table.v18_to_v19 = readMoves(c, doc.v18_to_v19);
  return table;
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
    movedTo: new Set([...moves.values()].map((m) => m.id))
  };
}
function isStixBundle(doc) {
  return isPlain2(doc) && doc.type === "bundle" && Array.isArray(doc.objects);
}
function parseJsonText(text, file) {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new AttackError(`${file}: not valid JSON: ${msg}`);
  }
}
function readJsonFile(file, shown = file) {
  let text;
  try {
    text = readFileSync3(file, "utf8");
  } catch (err) {
    const code = err.code;
    const reason = code === "ENOENT" ? "no such file" : err instanceof Error ? err.message : String(err);
    throw new AttackError(`${shown}: cannot read the ATT&CK data: ${reason}`);
  }
  return parseJsonText(text, shown);
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
      ...t.deprecated ? { deprecated: true } : {}
    })),
    ...data.v18_to_v19 !== void 0 ? { v18_to_v19: sortedRecord(data.v18_to_v19, (m) => ({ id: m.id, name: m.name })) } : {}
  };
  return `${JSON.stringify(ordered, null, 1)}
`;
}
function sortedRecord(rec, map) {
  const out = {};
  for (const k of Object.keys(rec).sort()) out[k] = map(rec[k]);
  return out;
}

// src/attack/normalize.ts
function parentOf(id) {
  const dot = id.indexOf(".");
  return dot < 0 ? id : id.slice(0, dot);
}
var MAX_CHAIN = 16;
function replacementChain(table, id) {
  const chain = [id];
  let current = id;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const next = table.techniques.get(current)?.replaced_by;
    if (next === void 0 || chain.includes(next)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}
function currentId(table, id, options = {}) {
  const chain = replacementChain(table, id);
  let current = chain[chain.length - 1];
  if (options.moves !== false) {
    const moved = table.moves.get(current);
    if (moved !== void 0) current = moved.id;
  }
  return current;
}
function isNewerThanTable(table, id) {
  if (table.techniques.has(id)) return false;
  const parent = parentOf(id);
  if (table.movedTo.has(id) || table.movedTo.has(parent)) return true;
  for (const to of table.movedTo) if (parentOf(to) === parent) return true;
  if (Number(parent.slice(1)) > table.maxTechnique) return true;
  if (parent === id) return false;
  return table.techniques.has(parent) && Number(id.slice(parent.length + 1)) > (table.maxSubtechnique.get(parent) ?? 0);
}
function techniqueStatus(table, id) {
  const t = table.techniques.get(id);
  if (t === void 0) return { kind: isNewerThanTable(table, id) ? "newer" : "unknown" };
  if (t.revoked) {
    const chain = replacementChain(table, id);
    return { kind: "revoked", chain, replacement: chain.length > 1 ? chain[chain.length - 1] : null };
  }
  if (t.deprecated) return { kind: "deprecated" };
  return { kind: "current" };
}

// src/version.ts
var VERSION = "0.1.0";
var SOURCE_HASH = true ? "1b24a6314a81b115" : "source";

// src/catalog/index.ts
var CATALOG_FORMAT = "detlint-catalog";
var CATALOG_VERSION = 2;
var CatalogError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "CatalogError";
  }
};
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareRules(a, b) {
  return cmp(a.vendor, b.vendor) || cmp(a.path, b.path) || a.line - b.line || cmp(a.id ?? "", b.id ?? "") || cmp(a.title, b.title);
}
function catalogRule(rule, keys) {
  const indicatorKeys = /* @__PURE__ */ new Set();
  const exclusionKeys = /* @__PURE__ */ new Set();
  for (const q of rule.queries) {
    const conjuncts = q.expr.kind === "and" ? q.expr.children : [q.expr];
    for (const c of conjuncts)
      if (c.kind === "not") collectKeys(c.child, exclusionKeys, keys);
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
    exclusions: [...exclusionKeys]
  };
}
function collectKeys(expr, out, keys) {
  switch (expr.kind) {
    case "pred":
      if (expr.derived !== true) out.add(keys.key(expr));
      return;
    case "and":
    case "or":
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
  const list2 = map.get(key);
  if (list2) list2.push(i);
  else map.set(key, [i]);
}
function techniqueGroups(techniques, attack) {
  const out = /* @__PURE__ */ new Set();
  for (const t of techniques) {
    const id = attack ? currentId(attack, t) : t;
    out.add(id);
    out.add(parentOf(id));
  }
  return [...out].sort(cmp);
}
function peerGroups(techniques, attack) {
  return [...new Set(techniques.map((t) => parentOf(attack ? currentId(attack, t) : t)))].sort(cmp);
}
function indexTechniques(rules, attack) {
  const map = /* @__PURE__ */ new Map();
  rules.forEach((r, i) => {
    for (const t of techniqueGroups(r.techniques, attack)) pushIndex(map, t, i);
  });
  return map;
}
function indexCatalog(rules, keys, attack) {
  rules.sort(compareRules);
  const catalog = {
    rules,
    keys,
    indicatorRules: /* @__PURE__ */ new Map(),
    exclusionRules: /* @__PURE__ */ new Map(),
    techniqueRules: indexTechniques(rules, attack),
    eventKindRules: /* @__PURE__ */ new Map()
  };
  if (attack) catalog.attack = attack;
  rules.forEach((r, i) => {
    for (const k of r.indicators) pushIndex(catalog.indicatorRules, k, i);
    for (const k of r.exclusions) pushIndex(catalog.exclusionRules, k, i);
    pushIndex(catalog.eventKindRules, r.eventKind, i);
  });
  return catalog;
}
function withAttack(catalog, attack) {
  if (attack === catalog.attack) return catalog;
  const out = { ...catalog, techniqueRules: indexTechniques(catalog.rules, attack) };
  if (attack) out.attack = attack;
  else delete out.attack;
  return out;
}
var CatalogBuilder = class {
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
function mergeCatalogs(catalogs, attack) {
  const keys = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const rules = [];
  for (const c of catalogs) {
    for (const [k, v] of c.keys) if (!keys.has(k)) keys.set(k, v);
    for (const r of c.rules) {
      const id = `${r.vendor}\0${r.path}\0${r.line}\0${r.id ?? ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rules.push({ ...r });
    }
  }
  return indexCatalog(rules, keys, attack ?? catalogs.find((c) => c.attack)?.attack);
}
function serializeCatalog(catalog) {
  const keyList = [...catalog.keys.keys()].sort(cmp);
  const index = new Map(keyList.map((k, i) => [k, i]));
  const file = {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    generator: `detlint ${VERSION}`,
    keys: keyList.map((k) => {
      const p = catalog.keys.get(k);
      return { field: p.field, op: p.op, value: p.value };
    }),
    rules: catalog.rules.map((r) => ({
      vendor: r.vendor,
      id: r.id,
      title: r.title,
      path: r.path,
      line: r.line,
      level: r.level,
      techniques: r.techniques,
      eventKind: r.eventKind,
      events: r.events,
      indicators: r.indicators.map((k) => index.get(k)).sort(byNumber),
      exclusions: r.exclusions.map((k) => index.get(k)).sort(byNumber)
    }))
  };
  return JSON.stringify(file) + "\n";
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
function str2(v, where) {
  return typeof v === "string" ? v : fail(where, `expected a string, got ${JSON.stringify(v)}`);
}
function strOrNull(v, where) {
  return v === null ? null : str2(v, where);
}
function indexList(v, where, max) {
  if (!Array.isArray(v)) fail(where, "expected a list of key indices");
  return v.map(
    (x, i) => Number.isInteger(x) && x >= 0 && x < max ? x : fail(`${where}[${i}]`, `expected a key index below ${max}, got ${JSON.stringify(x)}`)
  );
}
function parseCatalog(text, source, attack) {
  let doc;
  try {
    doc = JSON.parse(text);
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
  if (!Array.isArray(doc.keys) || !Array.isArray(doc.rules)) fail(source, 'expected "keys" and "rules" lists');
  const keyList = doc.keys.map((k, i) => {
    const where = `${source}: keys[${i}]`;
    if (!isObject(k)) fail(where, "expected an object");
    return {
      field: strOrNull(k.field, `${where}.field`),
      op: str2(k.op, `${where}.op`),
      value: strOrNull(k.value, `${where}.value`)
    };
  });
  const keyStrings = keyList.map(formatKey);
  const keys = new Map(keyStrings.map((k, i) => [k, keyList[i]]));
  const rules = doc.rules.map((r, i) => {
    const where = `${source}: rules[${i}]`;
    if (!isObject(r)) fail(where, "expected an object");
    const vendor = str2(r.vendor, `${where}.vendor`);
    if (!VENDORS.includes(vendor))
      fail(`${where}.vendor`, `unknown vendor ${JSON.stringify(vendor)}`);
    if (!Array.isArray(r.techniques)) fail(`${where}.techniques`, "expected a list");
    if (!Array.isArray(r.events)) fail(`${where}.events`, "expected a list");
    return {
      vendor,
      id: strOrNull(r.id, `${where}.id`),
      title: str2(r.title, `${where}.title`),
      path: str2(r.path, `${where}.path`),
      line: typeof r.line === "number" ? r.line : fail(`${where}.line`, "expected a number"),
      level: strOrNull(r.level ?? null, `${where}.level`),
      techniques: [
        ...new Set(r.techniques.map((t, j) => str2(t, `${where}.techniques[${j}]`)))
      ],
      eventKind: str2(r.eventKind, `${where}.eventKind`),
      events: [...new Set(r.events.map((e, j) => str2(e, `${where}.events[${j}]`)))].sort(
        compareEvents
      ),
      indicators: [...new Set(indexList(r.indicators, `${where}.indicators`, keyList.length))].map(
        (x) => keyStrings[x]
      ),
      exclusions: [...new Set(indexList(r.exclusions, `${where}.exclusions`, keyList.length))].map(
        (x) => keyStrings[x]
      )
    };
  });
  return indexCatalog(rules, keys, attack);
}
function loadCatalogFile(file, attack) {
  let text;
  try {
    text = readFileSync4(file, "utf8");
  } catch (err) {
    fail(
      `catalog ${JSON.stringify(file)}`,
      `cannot read: ${err instanceof Error ? err.message : String(err)}`
    );
  }
  return parseCatalog(text, file, attack);
}
function saveCatalogFile(catalog, file) {
  writeFileSync(file, serializeCatalog(catalog));
}

// src/catalog/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync5, renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path4 from "node:path";
var CACHE_FORMAT = "detlint-catalog-cache";
var CACHE_VERSION = 3;
var CacheError = class extends Error {
};
function sha256(data) {
  return createHash2("sha256").update(data).digest("hex");
}
function fileKey(bytes, dependencies) {
  const own = sha256(bytes);
  return dependencies === "" ? own : sha256(`${own}\0${dependencies}`);
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
function buildCatalogCached(files, reader, options) {
  const key = cacheKey(options.ignore, options.version);
  const notices = [];
  const loaded2 = loadCache(options.cacheFile, key, notices);
  const entries = [];
  let reused = 0;
  let parsed = 0;
  let changed = loaded2 === null;
  for (const file of files) {
    const shown = reader.shown(file);
    const bytes = reader.bytes(file);
    const hash = bytes === null ? null : fileKey(bytes, reader.dependencies?.(file, bytes) ?? "");
    const cached = hash === null ? void 0 : loaded2?.get(shown);
    if (cached && cached.sha256 === hash) {
      reused++;
      entries.push(cached);
      continue;
    }
    parsed++;
    const failed = reader.failed === void 0 ? void 0 : (err) => reader.failed?.(file, err);
    const entry = freshEntry(shown, hash ?? "", reader.rules(file, bytes), failed);
    if (hash !== null) changed = true;
    entries.push(entry);
  }
  const stored = entries.filter((e) => e.sha256 !== "");
  if (changed || stored.length !== loaded2?.size) writeCache(options.cacheFile, key, stored, notices);
  const status = reused === 0 ? parsed === 0 && loaded2 !== null ? "hit" : "miss" : parsed === 0 ? "hit" : "partial";
  const cache2 = { status, reused, parsed };
  if (notices.length > 0) cache2.notice = notices.join(" ");
  return { catalog: catalogFromEntries(entries), cache: cache2 };
}
function loadCache(file, key, notices) {
  let text;
  try {
    text = readFileSync5(file, "utf8");
  } catch (err) {
    if (err.code !== "ENOENT")
      notices.push(
        `cannot read the catalog cache ${file} (${message(err)}); building the catalog without it.`
      );
    return null;
  }
  try {
    return parseCache(text, key);
  } catch (err) {
    if (!(err instanceof CacheError)) throw err;
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
    exclusions: indices(v.exclusions, `${where}.exclusions`, keys)
  };
}
function readEntry(v, where) {
  if (!isObject2(v)) fail2(where, "expected an object");
  const hash = str3(v.sha256, `${where}.sha256`);
  if (!/^[0-9a-f]{64}$/.test(hash)) fail2(`${where}.sha256`, "expected a sha256 in hex");
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
function parseCache(text, key) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    fail2("JSON", message(err));
  }
  if (!isObject2(doc) || doc.format !== CACHE_FORMAT) fail2("format", `not "${CACHE_FORMAT}"`);
  if (doc.version !== CACHE_VERSION || doc.key !== key) return null;
  const entries = /* @__PURE__ */ new Map();
  list(doc.files, "files").forEach((f, i) => {
    const entry = readEntry(f, `files[${i}]`);
    entries.set(entry.path, entry);
  });
  return entries;
}
function serializeCache(key, entries) {
  const files = [...entries].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((e) => {
    const index = new Map([...e.keys.keys()].map((k, i) => [k, i]));
    return {
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
        exclusions: r.exclusions.map((k) => index.get(k))
      }))
    };
  });
  return JSON.stringify({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    generator: `detlint ${VERSION}`,
    key,
    files
  }) + "\n";
}
function writeCache(file, key, entries, notices) {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    mkdirSync(path4.dirname(path4.resolve(file)), { recursive: true });
    writeFileSync2(tmp, serializeCache(key, entries));
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    notices.push(
      `could not write the catalog cache ${file} (${message(err)}); the next run builds the catalog again.`
    );
  }
}

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
      const literal4 = (ps) => ps.length === 1 && typeof ps[0] === "object" ? ps[0].lit : null;
      const prefix2 = base === "keyword" ? "keyword " : "";
      if (parts.length === 3 && first === "*" && last === "*" && literal4(inner) !== null)
        return `${prefix2}contains "${literal4(inner)}"${enc}`;
      if (parts.length === 2 && first === "*" && literal4([last]) !== null)
        return `${prefix2}ends with "${literal4([last])}"${enc}`;
      if (parts.length === 2 && last === "*" && literal4([first]) !== null)
        return `${prefix2}starts with "${literal4([first])}"${enc}`;
      return `${prefix2}matches "${v}"${enc}`;
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

// src/checks/types.ts
function ruleRefs(catalog, indices2, n) {
  const byVendor = new Map(VENDORS.map((v) => [v, []]));
  for (const i of indices2) {
    const r = catalog.rules[i];
    byVendor.get(r.vendor)?.push({ vendor: r.vendor, id: r.id, title: r.title, path: r.path });
  }
  const queues = [...byVendor.values()].map((list2) => list2.sort(byTitle));
  const picked = [];
  for (let round = 0; picked.length < n; round++) {
    const before = picked.length;
    for (const q of queues) if (round < q.length && picked.length < n) picked.push(q[round]);
    if (picked.length === before) break;
  }
  return picked.sort(byTitle);
}
function byTitle(a, b) {
  return a.title < b.title ? -1 : a.title > b.title ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function without(list2, skip) {
  if (!list2) return [];
  return skip.size === 0 ? [...list2] : list2.filter((i) => !skip.has(i));
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
function append(path7, more) {
  for (const s of more) path7.push(s);
  return path7;
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
      const path7 = specific.length > 0 ? specific : fullPath;
      if (path7.length === 0) continue;
      const noisy = path7.every((s) => s !== "opaque" && reach(predicateKey(s)).length >= opts.threshold);
      if (!noisy) continue;
      for (const step of path7) {
        const pred = step;
        const key = predicateKey(pred);
        const id = `${query.label}\0${key}\0${pred.pos.line}:${pred.pos.column}`;
        if (reported.has(id)) continue;
        reported.add(id);
        const users = reach(key);
        const parts = catalog.keys.get(key);
        const what = describePredicate(pred.sourceField, pred.op, pred.value);
        const alone = path7.length === 1 ? "on its own" : `together with ${path7.length - 1} other equally common condition${path7.length === 2 ? "" : "s"}`;
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

// src/normalize/spell.ts
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
  const lit2 = (p) => p !== void 0 && typeof p !== "string" ? escapeLiteral(p.lit) : null;
  const [a, b, c] = parts;
  if (parts.length === 3 && a === "*" && c === "*" && lit2(b) !== null)
    return `${field}|contains: ${yamlQuote(lit2(b))}`;
  if (parts.length === 2 && b === "*" && lit2(a) !== null)
    return `${field}|startswith: ${yamlQuote(lit2(a))}`;
  if (parts.length === 2 && a === "*" && lit2(b) !== null)
    return `${field}|endswith: ${yamlQuote(lit2(b))}`;
  return `${field}: ${yamlQuote(value)}`;
}
function splMatch(field, op, value) {
  let text = "";
  if (op === "eq") {
    if (value.includes("*")) return null;
    text = value;
  } else {
    for (const p of parsePattern(value)) {
      if (p === "?") return null;
      if (p === "*") text += "*";
      else if (p.lit.includes("*")) return null;
      else text += p.lit;
    }
  }
  return /^[\w.:/*-]+$/.test(text) ? `${field}=${text}` : `${field}="${text.replace(/(["\\])/g, "\\$1")}"`;
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
  const pattern2 = buildPattern(["*", { lit: `\\${parts.value}` }]);
  return vendor === "sigma" ? sigmaMatch(onPath, "wildcard", pattern2) : splMatch(onPath, "wildcard", pattern2);
}

// src/checks/missing-common-exclusion.ts
function covers(own, candidate) {
  if (own.value === null || candidate.value === null) return false;
  if (own.field !== candidate.field) return coversByName(own, candidate);
  if (own.op === candidate.op && own.value === candidate.value) return true;
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
var FILTER_HINT = {
  sigma: "add it as a filter (`and not filter_...`)",
  elastic: "exclude it in the query (`and not ...`)",
  splunk: "exclude it in the search (`NOT ...`) or in the detection's `_filter` macro"
};
function run2(rule, ctx) {
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
        const list2 = support.get(key);
        if (list2) list2.push(i);
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
    const share = c.support.length / c.peers;
    const pct = Math.round(share * 100);
    const on = describeEventKind(kind);
    const spelled = spellKey(rule.vendor, rule.logsource, parts);
    const scope = c.technique ? `${c.technique} rules on ${on}` : `rules on ${on} (this rule has no technique tag)`;
    return {
      check: "missing-common-exclusion",
      severity: opts.severity,
      path: rule.path,
      line: rule.logicPos.line,
      endLine: rule.logicPos.line,
      column: rule.logicPos.column,
      message: `${c.support.length} of ${c.peers} ${scope} (${pct}%) exclude ${describePredicate(parts.field, parts.op, parts.value)}, and this rule does not. If the same false positives apply here, ${FILTER_HINT[rule.vendor]}` + (spelled === null ? "." : `: \`${spelled}\`.`),
      ruleId: rule.id,
      ruleTitle: rule.title,
      evidence: {
        kind: "missing-common-exclusion",
        key: c.key,
        field: parts.field,
        op: parts.op,
        value: parts.value,
        support: c.support.length,
        peers: c.peers,
        share,
        technique: c.technique,
        eventKind: kind,
        examples: ruleRefs(catalog, c.support, opts.examples)
      }
    };
  });
}
var missingCommonExclusion = {
  id: "missing-common-exclusion",
  defaultSeverity: "warning",
  description: "A false-positive filter that many rules for the same technique and event use, which this rule lacks.",
  run: run2
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

// src/checks/technique-common.ts
function techniquePos(rule, text, id) {
  if (text !== void 0) {
    const re = new RegExp(`(?<![A-Za-z0-9])${id.replace(".", "\\.")}(?![0-9]|\\.[0-9])`, "i");
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = Math.max(0, rule.line - 1); i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m) return { line: i + 1, column: m.index + 1 };
    }
  }
  return { line: rule.line, column: 1 };
}
function named(table, id) {
  const name = table?.techniques.get(id)?.name ?? table?.moves.get(id)?.name;
  return name === void 0 ? id : `${id} (${name})`;
}
function techniqueFinding(rule, pos, severity, message2, evidence2) {
  return {
    check: evidence2.kind,
    severity,
    path: rule.path,
    line: pos.line,
    endLine: pos.line,
    column: pos.column,
    message: message2,
    ruleId: rule.id,
    ruleTitle: rule.title,
    evidence: evidence2
  };
}

// src/checks/technique-unknown.ts
function moveNote(table, id) {
  const exact = [];
  const near = [];
  for (const [from, to] of table.moves) {
    if (to.id === id) exact.push(from);
    else if (parentOf(to.id) === parentOf(id)) near.push([from, to.id]);
  }
  if (exact.length > 0) return ` (the next version moves ${exact.join(", ")} to ${id})`;
  if (near.length > 0) return ` (the next version moves ${near[0][0]} to ${near[0][1]})`;
  return "";
}
function run3(rule, ctx) {
  const table = ctx.attack;
  if (table === void 0) return [];
  const opts = ctx.settings.checks["technique-unknown"];
  const out = [];
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id);
    if (status.kind !== "unknown" && status.kind !== "newer") continue;
    const newer = status.kind === "newer";
    const message2 = newer ? `${id} is not in ATT&CK v${table.version} (${table.file}) but is newer than that table${moveNote(table, id)}. Nothing to change in the rule; point \`attack\` at a newer ATT&CK table to check it.` : `${id} is not a technique in ATT&CK v${table.version} (${table.file}). Check the ID for a typo, or point \`attack\` at a newer ATT&CK table if the technique is new.`;
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), newer ? "notice" : opts.severity, message2, {
        kind: "technique-unknown",
        code: newer ? "attack/newer" : "attack/unknown",
        technique: id,
        replacement: null,
        attackVersion: table.version
      })
    );
  }
  return out;
}
var techniqueUnknown = {
  id: "technique-unknown",
  defaultSeverity: "warning",
  description: "A technique ID the ATT&CK table does not know; an ID newer than the table is a notice.",
  needsAttack: true,
  run: run3
};

// src/checks/technique-revoked.ts
function run4(rule, ctx) {
  const table = ctx.attack;
  if (table === void 0) return [];
  const opts = ctx.settings.checks["technique-revoked"];
  const out = [];
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id);
    if (status.kind !== "revoked" && status.kind !== "deprecated") continue;
    const version = `ATT&CK v${table.version}`;
    let message2;
    let replacement = null;
    if (status.kind === "revoked" && status.replacement !== null) {
      replacement = status.replacement;
      const via = status.chain.length > 2 ? ` (through ${status.chain.slice(1, -1).join(", ")})` : "";
      const fix = rule.techniques.includes(replacement) ? `the rule already names ${replacement}: remove ${id}` : `name ${replacement} instead`;
      message2 = `${named(table, id)} is revoked in ${version} and replaced by ${named(table, replacement)}${via}: ${fix}.`;
    } else if (status.kind === "revoked") {
      message2 = `${named(table, id)} is revoked in ${version}, with no replacement: remove it or name a current technique.`;
    } else {
      message2 = `${named(table, id)} is deprecated in ${version}, with no replacement: remove it or name a current technique that describes the behaviour.`;
    }
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message2, {
        kind: "technique-revoked",
        code: status.kind === "revoked" ? "attack/revoked" : "attack/deprecated",
        technique: id,
        replacement,
        attackVersion: table.version
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
  run: run4
};

// src/checks/technique-missing.ts
var WHERE = {
  sigma: "a tag such as `attack.t1059.001`",
  elastic: "a `[[rule.threat.technique]]` entry",
  splunk: "an ID in `tags.mitre_attack_id`"
};
function run5(rule, ctx) {
  if (rule.techniques.length > 0) return [];
  const opts = ctx.settings.checks["technique-missing"];
  const message2 = `The rule names no ATT&CK technique: add the technique it detects as ${WHERE[rule.vendor]}, so it is grouped with the rules that detect the same thing.`;
  return [
    techniqueFinding(rule, { line: rule.line, column: 1 }, opts.severity, message2, {
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
  run: run5
};

// src/checks/index.ts
var CHECKS = [
  noisyIndicator,
  missingCommonExclusion,
  techniqueUnknown,
  techniqueRevoked,
  techniqueMissing
];
function checkRuns(check, settings, attack) {
  return settings.checks[check.id].enabled && (check.needsAttack !== true || attack !== void 0);
}
function selfIndices(rule, catalog) {
  const self = /* @__PURE__ */ new Set();
  catalog.rules.forEach((r, i) => {
    if (r.vendor !== rule.vendor) return;
    if (r.path === rule.path && r.line === rule.line || rule.id !== null && r.id === rule.id) self.add(i);
  });
  return self;
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

// src/checks/suppression.ts
function invalidSuppressionFinding(p, path7, region, settings) {
  const opts = settings.checks["invalid-suppression"];
  if (!opts.enabled) return [];
  return [
    {
      check: "invalid-suppression",
      severity: opts.severity,
      path: path7,
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
function parseInlineSuppressions(text) {
  const out = { suppressions: [], problems: [] };
  if (!text.includes("detlint-")) return out;
  const lines = text.replace(/^\uFEFF/, "").split(LINE_BREAK);
  lines.forEach((lineText2, index) => {
    const m = DIRECTIVE.exec(lineText2);
    if (m) readDirective2(m, index, lines, out);
  });
  return out;
}
function readDirective2(m, index, lines, out) {
  const [, lead, name, rest] = m;
  const line = index + 1;
  const column = lead.indexOf("#") + 1;
  const problem = (code, message2, col, checks2, reason2) => out.problems.push({ line, column: col, code, message: message2, checks: checks2, reason: reason2 });
  if (!isDirectiveName(name)) {
    if (NEAR_DIRECTIVE.test(name))
      problem(
        "detlint/suppression-unknown-directive",
        `detlint-${name} is not a detlint directive (expected detlint-disable or detlint-disable-next-line), so it suppresses nothing.`,
        column,
        [],
        ""
      );
    return;
  }
  const directive = `detlint-${name}`;
  const sep2 = SEPARATOR.exec(rest);
  const namesText = sep2 ? rest.slice(0, sep2.index) : rest;
  const reason = sep2 ? rest.slice(sep2.index + sep2[0].length).trim() : "";
  const restColumn = lead.length + directive.length + 1;
  const tokens = [...namesText.matchAll(CHECK_TOKEN)].map((t) => ({
    name: t[0],
    column: restColumn + (t.index ?? 0)
  }));
  const named2 = tokens.map((t) => t.name);
  const shown = named2.length > 0 ? `${directive} ${named2.join(" ")}` : directive;
  if (reason === "")
    problem(
      "detlint/suppression-without-reason",
      `${shown} gives no reason, so it suppresses nothing: add one after " -- ", e.g. "# ${shown} -- why this finding is accepted".`,
      column,
      named2,
      reason
    );
  const checks = [];
  for (const t of tokens) {
    if (isSuppressible(t.name)) {
      if (!checks.includes(t.name)) checks.push(t.name);
    } else if (UNSUPPRESSIBLE.includes(t.name)) {
      problem(
        "detlint/suppression-not-suppressible",
        `${directive} cannot suppress ${t.name}: findings about suppressions are never suppressed (turn the check off in .detlint.yml instead).`,
        t.column,
        named2,
        reason
      );
    } else {
      problem(
        "detlint/suppression-unknown-check",
        `${directive} names an unknown check ${JSON.stringify(t.name)} (expected one of ${SUPPRESSIBLE_CHECKS.join(", ")}), so it suppresses nothing for it.`,
        t.column,
        named2,
        reason
      );
    }
  }
  if (reason === "" || tokens.length > 0 && checks.length === 0) return;
  let target = null;
  if (name === "disable-next-line") {
    target = nextContentLine(lines, index);
    if (target === null) {
      problem(
        "detlint/suppression-without-target",
        `${shown} has no line after it to suppress (only blank lines and comments follow).`,
        column,
        named2,
        reason
      );
      return;
    }
  }
  out.suppressions.push({ kind: name, line, column, checks, reason, target });
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
function sameRule(id, rule) {
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
  const glob = new Minimatch(s.path, { dot: true });
  return { s, inPath: (p) => glob.match(p) };
}
function configCovers({ s, inPath }, f) {
  return namesCheck(s.checks, f.check) && (s.rule === null || sameRule(f.ruleId, s.rule)) && inPath(f.path);
}
function configJudgedOn({ s, inPath }, files) {
  for (const file of files) {
    if (!inPath(file.path)) continue;
    for (const r of file.regions)
      if ((s.rule === null || sameRule(r.ruleId, s.rule)) && ranAny(r, s.checks)) return r;
  }
  return null;
}
function applySuppressions(input) {
  const { settings } = input;
  const byPath = new Map(input.files.map((f) => [f.path, f]));
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
    const file = byPath.get(f.path);
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
    const path7 = input.configPath(e.s.file);
    findings.push(...unusedSuppressionFinding({ kind: "config", suppression: e.s, path: path7, region }, settings));
  }
  return { findings, suppressed };
}

// src/engine.ts
function ioError(shown, err) {
  const msg = err instanceof Error ? err.message : String(err);
  const d = {
    path: shown,
    line: 1,
    column: 1,
    severity: "error",
    code: "io-error",
    message: `cannot read the file: ${msg}`
  };
  return { path: shown, result: { rules: [], diagnostics: [d] }, text: "" };
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
  if (bytes instanceof Error) return ioError(shown, bytes);
  const text = bytes.toString("utf8");
  try {
    return { path: shown, result: capResult(parser(shown, text, { ...context, file })), text };
  } catch (error) {
    const failure = { path: shown, stage: "reading it", error };
    failures?.push(failure);
    return { path: shown, result: { rules: [], diagnostics: [internalErrorDiagnostic(failure)] }, text };
  }
}
function readBytes(file) {
  try {
    return readFileSync6(file);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
function readContext(settings, root) {
  return {
    splunkMacros: settings.splunk.macros.map((d) => path5.resolve(root, d)),
    splunkDataSources: settings.splunk.dataSources.map((d) => path5.resolve(root, d))
  };
}
function readOne(file, root, context = {}, failures) {
  return parseBytes(file, displayPath(file, root), readBytes(file), context, readRuleFile, failures);
}
function allDiagnostics(result2) {
  return [...result2.diagnostics, ...result2.rules.flatMap((r) => r.diagnostics)];
}
var FileReader = class {
  constructor(root, settings, keep = /* @__PURE__ */ new Set(), parser = readRuleFile) {
    this.root = root;
    this.keep = keep;
    this.parser = parser;
    this.context = readContext(settings, root);
    refreshSplunkDefinitions();
  }
  root;
  keep;
  parser;
  files = /* @__PURE__ */ new Map();
  /** What readers may use beyond a file's text: the configured Splunk folders. */
  context;
  /** Everything thrown on a file, in order. */
  failures = [];
  shown(file) {
    return displayPath(file, this.root);
  }
  bytes(file) {
    const b = readBytes(file);
    return b instanceof Error ? null : b;
  }
  rules(file, bytes) {
    if (bytes === null) return this.read(file).result.rules;
    const kept = this.files.get(file);
    if (kept) return kept.result.rules;
    const r = parseBytes(file, this.shown(file), bytes, this.context, this.parser, this.failures);
    if (this.keep.has(file)) this.files.set(file, r);
    return r.result.rules;
  }
  /** A rule of `file` that could not be added to the catalog. */
  failed(file, err) {
    this.failures.push({ path: this.shown(file), stage: "adding it to the catalog", error: err });
  }
  dependencies(file, bytes) {
    return splunkDependencies(file, bytes, this.context);
  }
  read(file) {
    let r = this.files.get(file);
    if (!r) {
      r = parseBytes(file, this.shown(file), readBytes(file), this.context, this.parser, this.failures);
      if (this.keep.has(file)) this.files.set(file, r);
    }
    return r;
  }
};
function corpusCatalog(files, reader, settings, cacheFile) {
  if (cacheFile === void 0) {
    const builder = new CatalogBuilder();
    for (const f of files)
      for (const r of reader.read(f).result.rules)
        try {
          builder.add(r);
        } catch (err) {
          reader.failed(f, err);
        }
    return { catalog: builder.finish(), cache: { status: "off", reused: 0, parsed: files.length } };
  }
  return buildCatalogCached(files, reader, { cacheFile, ignore: settings.ignore });
}
function buildCorpusCatalog(sources, root, settings, cacheFile) {
  const corpus = resolveSources(sources, root, settings.ignore);
  const cache2 = cacheFile === void 0 ? void 0 : path5.resolve(root, cacheFile);
  const reader = new FileReader(root, settings);
  return {
    ...corpusCatalog(corpus.files, reader, settings, cache2),
    missing: corpus.missing,
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
function internalErrorFinding(failure, settings, rule) {
  return parseErrorFinding(internalErrorDiagnostic(failure), settings, rule);
}
function checkTargets(files, reader, catalog, settings, attack, checks) {
  const findings = [];
  const checked = [];
  let rulesChecked = 0;
  const failedFiles = /* @__PURE__ */ new Map();
  for (const failure of reader.failures) {
    const list2 = failedFiles.get(failure.path) ?? [];
    failedFiles.set(failure.path, list2.concat(failure));
  }
  for (const f of files) {
    const shown = reader.shown(f);
    const own = [];
    try {
      const { result: result2, text } = reader.read(f);
      own.push(...parseErrorFindings(result2, settings));
      for (const failure of failedFiles.get(shown) ?? [])
        if (failure.stage !== "reading it") own.push(internalErrorFinding(failure, settings));
      for (const rule of result2.rules) {
        rulesChecked++;
        if (rule.diagnostics.some((d) => d.severity === "error")) continue;
        try {
          own.push(...runChecks(rule, catalog, settings, { attack, text, checks }));
        } catch (error) {
          const failure = { path: shown, stage: "checking it", error };
          reader.failures.push(failure);
          own.push(internalErrorFinding(failure, settings, rule));
        }
      }
      if (result2.rules.length > 0 || result2.diagnostics.length > 0)
        checked.push({
          path: shown,
          regions: regionsOf(result2.rules, settings, attack, checks),
          inline: parseInlineSuppressions(text)
        });
    } catch (error) {
      const failure = { path: shown, stage: "checking it", error };
      reader.failures.push(failure);
      own.push(internalErrorFinding(failure, settings));
    }
    findings.push(...own);
  }
  return { findings, checked, rulesChecked };
}
function runCheck(req) {
  const { settings, root } = req;
  const targets = resolveSources(req.targets, root, settings.ignore);
  const corpus = resolveSources(req.corpus, root, settings.ignore);
  const reader = new FileReader(root, settings, new Set(targets.files), req.parser);
  const cacheFile = req.cacheFile === void 0 ? void 0 : path5.resolve(root, req.cacheFile);
  const built = corpusCatalog(corpus.files, reader, settings, cacheFile);
  let catalog = built.catalog;
  for (const c of req.catalogFiles ?? []) catalog = mergeCatalogs([catalog, loadCatalogFile(c)]);
  catalog = withAttack(catalog, req.attack);
  const checked = checkTargets(targets.files, reader, catalog, settings, req.attack, req.checks ?? CHECKS);
  const { findings, suppressed } = applySuppressions({
    findings: checked.findings,
    files: checked.checked,
    settings,
    configPath: (file) => file === null ? ".detlint.yml" : displayPath(path5.resolve(root, file), root)
  });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const report = {
    findings,
    summary: summarize(
      findings,
      {
        filesChecked: targets.files.length,
        rulesChecked: checked.rulesChecked,
        catalogRules: catalog.rules.length
      },
      settings.failOn,
      suppressed.length
    ),
    suppressed
  };
  return { report, catalog, missing: targets.missing, cache: built.cache, failures: reader.failures };
}

// src/report/common.ts
function sortedFindings(findings) {
  return [...findings].sort(compareFindings);
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
function severityCounts(summary2) {
  return [
    plural(summary2.errors, "error"),
    plural(summary2.warnings, "warning"),
    plural(summary2.notices, "notice")
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
function normalizePath(path7) {
  return path7.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
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
function exampleTitles(examples, more) {
  const titles2 = examples.map((r) => cleanText(r.title)).join("; ");
  return more > 0 ? `${titles2}, and ${formatCount(more)} more` : titles2;
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
      const lines = [
        `exclusion: ${cleanText(describeEvidence(e))}`,
        `support: ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)})`,
        `peers: ${cleanText(describePeers(e.technique, e.eventKind))}`
      ];
      if (e.examples.length > 0) lines.push(`examples: ${exampleTitles(e.examples, moreThanExamples(e))}`);
      return lines;
    }
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
      return [`code: ${cleanText(e.code)}`, ...techniqueFacts(e).map(cleanText)];
  }
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
    case "parse-error":
      return `Code ${cleanText(e.code)} at column ${e.column}.`;
    case "invalid-suppression":
    case "unused-suppression": {
      const reason = e.reason ? `reason: ${cleanText(e.reason)}` : "no reason";
      return `Code ${cleanText(e.code)}: ${suppressionSource(e)} for ${cleanText(suppressedChecks(e))}; ${reason}.`;
    }
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
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
  for (const run6 of content.match(/`+/g) ?? []) longest = Math.max(longest, run6.length);
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
      const lit2 = (i) => {
        const p = parts[i];
        return typeof p === "object" ? p.lit : null;
      };
      if (parts.length === 3 && parts[0] === "*" && parts[2] === "*" && lit2(1) !== null)
        return { op: `contains${enc}`, value: lit2(1) };
      if (parts.length === 2 && parts[0] === "*" && lit2(1) !== null)
        return { op: `ends with${enc}`, value: lit2(1) };
      if (parts.length === 2 && parts[1] === "*" && lit2(0) !== null)
        return { op: `starts with${enc}`, value: lit2(0) };
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
function cmp2(a, b) {
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
  sorted(tie = cmp2) {
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
      const list2 = indices2.filter((i) => catalog.rules[i].vendor === vendor).map((i) => {
        const r = catalog.rules[i];
        return { vendor: r.vendor, title: r.title, path: r.path, line: r.line, id: r.id };
      });
      return { vendor, ...take(list2, limit) };
    })
  };
}
var MARKDOWN = { text: escapeMarkdown };
var TEXT = { text: cleanText };
function namedId(p, id, name) {
  return name === null ? p.text(id) : `${p.text(id)} ${p.text(name)}`;
}
function vendorCounts(list2) {
  return list2.map((v) => `${v.vendor} ${formatCount(v.rules)}`).join(", ");
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

// src/parse-output.ts
function parsePaths(inputs, cwd, context = {}, failures) {
  const { files, missing } = resolveSources(inputs, cwd);
  const rules = [];
  const diagnostics = [];
  for (const f of files) {
    const { result: result2 } = readOne(f, cwd, context, failures);
    rules.push(...result2.rules);
    diagnostics.push(...allDiagnostics(result2));
  }
  for (const m of missing)
    diagnostics.push({
      path: m,
      line: 1,
      column: 1,
      severity: "error",
      code: "io-error",
      message: "no such file or folder"
    });
  return { rules, diagnostics, missing };
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
    }))
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
  const [open2, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    out(open2 + close);
    return;
  }
  out(open2);
  entries.forEach(([key, v], i) => {
    out((i === 0 ? "\n" : ",\n") + inner + (key === null ? "" : JSON.stringify(key) + ": "));
    streamJson(v, inner, depth + 1, out);
  });
  out("\n" + indent + close);
}
function predText(prefix2, { pred, label }) {
  const step = label ? ` [${label}]` : "";
  const cs = pred.caseSensitive ? " (case-sensitive)" : "";
  const tr = pred.transforms && pred.transforms.length > 0 ? ` (${pred.transforms.join(", ")})` : "";
  return `    ${prefix2} ${cleanText(describePredicate(pred.sourceField, pred.op, pred.value))}${cs}${tr}${step}  line ${pred.pos.line}`;
}
function renderParseText(parsed) {
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
  lines.push(`${parsed.rules.length} rules, ${parsed.diagnostics.length} diagnostics (${errors} errors)`);
  return lines.join("\n") + "\n";
}

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

// src/report/text.ts
var ANSI = {
  reset: "\x1B[0m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m"
};
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "cyan" };
var SEVERITY_WIDTH = "warning".length;
function renderText(report, options = {}) {
  const paint = (text, ...styles) => options.color && styles.length > 0 ? `${styles.map((s) => ANSI[s]).join("")}${text}${ANSI.reset}` : text;
  const blocks = sortedFindings(report.findings).map((f) => {
    const where = paint(`${cleanText(normalizePath(f.path))}:${f.line}:${f.column}`, "bold");
    const severity = paint(f.severity.padEnd(SEVERITY_WIDTH), SEVERITY_STYLE[f.severity]);
    const head = `${where}  ${severity}  ${paint(f.check, "dim")}  ${cleanText(f.message)}`;
    const evidence2 = evidenceLines(f.evidence).map((line) => `    ${paint(line, "dim")}`);
    return [head, ...evidence2].join("\n");
  });
  const summary2 = summaryLine(report.summary);
  const style = report.summary.failed ? "red" : report.summary.findings > 0 ? "yellow" : "green";
  const tail = paint(summary2, style, "bold");
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
  "parse-error",
  "invalid-suppression",
  "unused-suppression",
  "technique-unknown",
  "technique-revoked",
  "technique-missing"
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
    summary: "A false-positive filter that many rules for the same technique and event use, which this rule lacks.",
    description: "A false-positive filter that many rules for the same ATT&CK technique and the same kind of event use, which this rule lacks. Consider adding it under a `filter_*` selection with `and not`.",
    helpMarkdown: [
      "A false-positive filter that many rules for the same ATT&CK technique and the same kind of event use,",
      "which this rule lacks.",
      "",
      "**What to do**",
      "",
      "- If the same false positives apply to this rule, add the exclusion under a `filter_*` selection and",
      "  combine it with `and not` (Sigma: `condition: selection and not filter_*`).",
      "- If they do not apply, leave the rule as it is; the peers listed in the finding show where the",
      "  exclusion comes from. `checks.missing-common-exclusion.min-rules` and `min-share` in",
      "  `.detlint.yml` set how common an exclusion must be before it is reported."
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
        examples: e.examples.map(ruleRef)
      };
    case "parse-error":
      return { kind: e.kind, code: e.code, column: e.column };
    case "invalid-suppression":
    case "unused-suppression":
      return { kind: e.kind, code: e.code, source: e.source, checks: [...e.checks], reason: e.reason };
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
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
    suppressed: sortedFindings(report.suppressed ?? []).map(suppressedFinding)
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- detlint:report -->";
var SUMMARY_MAX_BYTES = 1024 * 1024;
var DEFAULT_TITLE = "detlint";
var MAX_MESSAGE = 1e3;
var MAX_TITLE = 200;
var MAX_VALUE = 300;
var MAX_PATH = 400;
var SEVERITY_LABEL = {
  error: "\u274C error",
  warning: "\u26A0\uFE0F warning",
  notice: "\u2139\uFE0F notice"
};
function statusLine(summary2) {
  if (summary2.failed)
    return `\u274C **Failing**: ${severityCounts(summary2)}; findings at or above \`${summary2.failOn}\` fail this check.`;
  if (summary2.findings > 0) {
    const why = summary2.failOn === "none" ? "`fail-on` is `none`, so they do not fail this check" : `none is at or above \`${summary2.failOn}\`, so they do not fail this check`;
    return `\u26A0\uFE0F **${plural(summary2.findings, "finding")}** (${severityCounts(summary2)}); ${why}.`;
  }
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
function findingRow(f) {
  const message2 = escapeMarkdown(clip(f.message, MAX_MESSAGE));
  return `| ${lineRange(f)} | ${SEVERITY_LABEL[f.severity]} | ${f.check} | ${message2} |
`;
}
function titles(e) {
  const list2 = e.examples.map((r) => escapeMarkdown(clip(r.title, MAX_TITLE))).join(" \xB7 ");
  const more = moreThanExamples(e);
  return more > 0 ? `${list2}, and ${formatCount(more)} more` : list2;
}
function evidenceTable(e) {
  if (e.kind === "noisy-indicator") return indicatorTable([e]);
  if (e.kind === "missing-common-exclusion") return exclusionTable([{ ...e, rules: e.support }]);
  return null;
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
      const technique = e.technique ? `${escapeMarkdown(e.technique)} rules` : "rules without a technique tag";
      const lines = [
        `Support: ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)})`,
        `Peers: ${technique} on ${codeSpan(clip(describeEventKind(e.eventKind), MAX_VALUE), { table: false })}`
      ];
      if (e.examples.length > 0) lines.push(`Examples: ${titles(e)}`);
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
      return [
        `Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })}`,
        ...techniqueFacts(e).map((line) => escapeMarkdown(clip(line, MAX_VALUE)))
      ];
  }
}
function evidenceItem(f) {
  const rule = f.ruleTitle ? ` \xB7 rule: ${escapeMarkdown(clip(f.ruleTitle, MAX_TITLE))}` : "";
  const head = `- **Line ${lineRange(f)}** \xB7 ${f.check}${rule}
`;
  const table = evidenceTable(f.evidence);
  const body = table ? `
${renderMarkdownTable(table, "  ").join("\n")}

` : "";
  return head + body + evidenceDetails(f.evidence).map((line) => `  - ${line}
`).join("");
}
function fileFrame(path7) {
  return {
    head: `### ${codeSpan(clip(normalizePath(path7), MAX_PATH), { table: false })}

| Line | Severity | Check | Message |
| ---: | :-- | :-- | :-- |
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
function render(report, opts) {
  const findings = sortedFindings(report.findings);
  const head = (opts.marker ? `${COMMENT_MARKER}
` : "") + `## ${escapeMarkdown(opts.title)}

${statusLine(report.summary)}

${summaryTable(report.summary)}

`;
  const help = checksHelp(findings);
  const footer = opts.runUrl ? `<sub>Details: [workflow run](${opts.runUrl})</sub>
` : "";
  const total = findings.length;
  const noteCost = (shown2) => shown2 === total ? 0 : opts.measure(opts.truncationNote(total - shown2, total));
  const files = [];
  let used = opts.measure(head + help + footer);
  let shown = 0;
  for (let i = 0; i < total && used <= opts.limit; i++) {
    const f = findings[i];
    let block = files[files.length - 1];
    if (!block || block.path !== f.path) {
      block = { path: f.path, frame: fileFrame(f.path), rows: [], items: [] };
      files.push(block);
      used += opts.measure(block.frame.head + block.frame.mid + block.frame.tail);
    }
    const row = findingRow(f);
    const item = evidenceItem(f);
    block.rows.push(row);
    block.items.push(item);
    used += opts.measure(row) + opts.measure(item);
    if (used + noteCost(i + 1) <= opts.limit) shown = i + 1;
  }
  const note = shown < total ? opts.truncationNote(total - shown, total) : "";
  let out = head + note;
  let left = shown;
  for (const block of files) {
    if (left === 0) break;
    const n = Math.min(left, block.rows.length);
    left -= n;
    out += block.frame.head + block.rows.slice(0, n).join("") + block.frame.mid + block.items.slice(0, n).join("") + block.frame.tail;
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
    limit: SUMMARY_MAX_BYTES,
    measure: byteLength,
    truncationNote: (omitted, total) => `> [!NOTE]
> ${leftOut(omitted, total)} of this summary to stay under GitHub's 1 MiB limit for job summaries. The JSON and SARIF reports of this run list them all.

`
  });
}
function leftOut(omitted, total) {
  return `${formatCount(omitted)} of ${plural(total, "finding")} ${omitted === 1 ? "is" : "are"} left out`;
}

// src/report/sarif.ts
import { createHash as createHash3 } from "node:crypto";
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
function artifactUri(path7) {
  return normalizePath(path7).split("/").map(encodeURIComponent).join("/");
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
    case "parse-error":
      return e.code;
    case "invalid-suppression":
    case "unused-suppression":
      return `${e.code}\0${e.source}\0${e.checks.join(",")}\0${e.reason}`;
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
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
  return createHash3("sha256").update(JSON.stringify(identity)).digest("hex");
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
        examples: e.examples.map((r) => r.title)
      };
    case "parse-error":
      return { code: e.code, column: e.column };
    case "invalid-suppression":
    case "unused-suppression":
      return { code: e.code, source: e.source, checks: [...e.checks], reason: e.reason };
    case "technique-unknown":
    case "technique-revoked":
    case "technique-missing":
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
function isPlain3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mitreId(obj) {
  const refs = obj.external_references;
  if (!Array.isArray(refs)) return null;
  for (const r of refs)
    if (isPlain3(r) && r.source_name === "mitre-attack" && typeof r.external_id === "string")
      return r.external_id;
  return null;
}
function phases(obj) {
  const list2 = obj.kill_chain_phases;
  if (!Array.isArray(list2)) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of list2)
    if (isPlain3(p) && p.kill_chain_name === "mitre-attack" && typeof p.phase_name === "string")
      out.add(p.phase_name);
  return [...out].sort();
}
function better(a, b) {
  const rank = (p) => (p.technique.revoked ? 2 : 0) + (p.technique.deprecated ? 1 : 0);
  return rank(b) < rank(a) ? b : a;
}
function stixToTable(doc, file, options = {}) {
  if (!isPlain3(doc) || doc.type !== "bundle" || !Array.isArray(doc.objects))
    throw new AttackError(`${file}: expected a STIX bundle ({"type": "bundle", "objects": [...]})`);
  const byStixId = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  const tactics = {};
  const revokedBy = /* @__PURE__ */ new Map();
  let collectionVersion = null;
  doc.objects.forEach((obj) => {
    if (!isPlain3(obj)) return;
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
      license: "ATT&CK(R) is a registered trademark of The MITRE Corporation; data under MITRE ATT&CK terms of use",
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

// src/commands.ts
var UsageError = class extends Error {
  constructor(message2) {
    super(message2);
    this.name = "UsageError";
  }
};
var MAIN_HELP = `detlint ${VERSION} \u2014 lint detection rules against a catalog of rules

Usage:
  detlint parse PATH... [--format json|text]
  detlint check PATH... [--baseline DIR]... [--catalog FILE]... [--config FILE] [--cache FILE]
                [--attack FILE] [--fail-on error|warning|notice|none] [--format text|json|markdown|sarif]
                [--output FILE]
  detlint catalog build DIR... -o FILE [--cache FILE]
  detlint catalog show TECHNIQUE (--catalog FILE | --baseline DIR...) [--attack FILE] [--limit N]
                [--format text|markdown]
  detlint attack import STIX.json -o FILE [--attack-version VERSION]

Run \`detlint COMMAND --help\` for a command's options. \`--debug\` (any command) prints the stack
of every internal error on stderr.
Exit codes: 0 fine; 1 findings at or above --fail-on (parse: error diagnostics); 2 usage or
configuration error; 3 internal error.
`;
var HELP = {
  parse: `Usage: detlint parse PATH... [--format json|text]

Reads rule files (folders are walked for .yml/.yaml) into detlint's vendor-neutral form and
prints each rule's techniques, logsource, indicators and exclusions, and every diagnostic.

Options:
  --format json|text   output format (default text)
  --config FILE        settings file, for its splunk macro and data-source folders
                       (default .detlint.yml when present)
  -h, --help           show this help
`,
  check: `Usage: detlint check PATH... [options]

Checks the rules under PATH (files or folders) against a catalog built from the same
PATHs plus every --baseline folder and --catalog file. The rule under check never counts
towards its own numbers.

Options:
  --baseline DIR     add a folder (or file, or glob) of rules to the catalog; repeatable
  --catalog FILE     merge a catalog built by \`detlint catalog build\`; repeatable
  --config FILE      settings file (default .detlint.yml when present)
  --cache FILE       catalog cache: reuse what unchanged files add to the catalog, parse only
                     the changed ones, and update FILE (keep it with actions/cache)
  --attack FILE      ATT&CK data: a table from \`detlint attack import\` or MITRE's STIX
                     bundle (default \`attack\` from the config); turns on technique-unknown
                     and technique-revoked
  --fail-on LEVEL    error | warning | notice | none (default from the config, else error)
  --format FORMAT    text | json | markdown | sarif (default text)
  --output FILE      write the report to FILE instead of standard output
  -h, --help         show this help
`,
  "catalog build": `Usage: detlint catalog build DIR... -o FILE [--cache FILE]

Builds a catalog (versioned JSON, deterministic bytes) from folders of rules.

Options:
  -o, --output FILE  where to write the catalog (required)
  --config FILE      settings file, for its ignore globs (default .detlint.yml when present)
  --cache FILE       catalog cache: parse only the files changed since FILE was written
  -h, --help         show this help
`,
  "catalog show": `Usage: detlint catalog show TECHNIQUE (--catalog FILE | --baseline DIR...) [options]

Prints the catalog's page for an ATT&CK technique (e.g. T1059.001), across vendors: the
technique's name and tactics, rules by vendor, events covered, fields filtered most, top
indicator values with their corpus reach, exclusions, and the rules themselves. A parent
technique (T1059) includes its sub-techniques' rules. Each rule counts once per row.

Options:
  --catalog FILE     a catalog built by \`detlint catalog build\`; repeatable
  --baseline DIR     a folder of rules to build the catalog from; repeatable
  --config FILE      settings file, for its ignore globs and \`attack\` (default .detlint.yml
                     when present)
  --attack FILE      ATT&CK data: a table from \`detlint attack import\` or MITRE's STIX
                     bundle (default \`attack\` from the config); names the technique and its
                     tactics, and files revoked IDs under their replacements
  --limit N          rows per table (default ${DEFAULT_PAGE_LIMIT}; 0 for all)
  --format FORMAT    text | markdown (default text)
  -h, --help         show this help
`,
  "attack import": `Usage: detlint attack import STIX.json -o FILE [--attack-version VERSION]

Converts MITRE's ATT&CK Enterprise STIX bundle (2.0 or 2.1, e.g. enterprise-attack-18.1.json
from github.com/mitre-attack/attack-stix-data) into detlint's compact ATT&CK table: technique
names and tactics, revoked \u2192 replacement, deprecated. The output bytes depend only on the
input. A compact table is accepted too, and written back in canonical form.

Options:
  -o, --output FILE         where to write the table (required)
  --attack-version VERSION  the ATT&CK version to record (default: the bundle's collection version)
  -h, --help                show this help
`
};
function parse2(args, options, command) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new UsageError(`${command}: ${msg}

${HELP[command] ?? MAIN_HELP}`);
  }
}
function oneOf(value, allowed, key, fallback) {
  if (value === void 0) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(`${key}: expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
function loadSettings(configPath, cwd) {
  if (typeof configPath === "string") return loadConfigFile(path6.resolve(cwd, configPath), true);
  return loadConfigFile(path6.join(cwd, ".detlint.yml"), false, defaultSettings());
}
function cmdParse(args, io) {
  const { values, positionals } = parse2(
    args,
    { format: { type: "string" }, config: { type: "string" } },
    "parse"
  );
  if (values.help) return io.stdout(HELP.parse), 0;
  const format = oneOf(values.format, ["json", "text"], "--format", "text");
  if (positionals.length === 0) throw new UsageError(`parse: give at least one PATH

${HELP.parse}`);
  const settings = loadSettings(values.config, io.cwd);
  const failures = [];
  const result2 = parsePaths(positionals, io.cwd, readContext(settings, io.cwd), failures);
  reportFailures(failures, io);
  if (format === "json") writeParseJson(result2, io.stdout);
  else io.stdout(renderParseText(result2));
  return result2.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
function cmdCheck(args, io) {
  const { values, positionals } = parse2(
    args,
    {
      baseline: { type: "string", multiple: true },
      catalog: { type: "string", multiple: true },
      config: { type: "string" },
      cache: { type: "string" },
      attack: { type: "string" },
      "fail-on": { type: "string" },
      format: { type: "string" },
      output: { type: "string" }
    },
    "check"
  );
  if (values.help) return io.stdout(HELP.check), 0;
  const format = oneOf(values.format, ["text", "json", "markdown", "sarif"], "--format", "text");
  if (positionals.length === 0) throw new UsageError(`check: give at least one PATH

${HELP.check}`);
  const settings = loadSettings(values.config, io.cwd);
  if (typeof values["fail-on"] === "string") settings.failOn = parseFailOn(values["fail-on"], "--fail-on");
  const baselines = strings(values.baseline);
  const outcome = runCheck({
    targets: positionals,
    corpus: [...positionals, ...baselines, ...settings.baseline],
    catalogFiles: strings(values.catalog),
    settings,
    root: io.cwd,
    ...typeof values.cache === "string" ? { cacheFile: values.cache } : {},
    ...attackOption(values.attack, settings, io.cwd)
  });
  reportCache(values.cache, outcome.cache, io);
  reportFailures(outcome.failures, io);
  if (outcome.missing.length > 0)
    throw new UsageError(`check: no such file or folder: ${outcome.missing.join(", ")}`);
  const missingBaselines = resolveSources(baselines, io.cwd).missing;
  if (missingBaselines.length > 0)
    throw new UsageError(`--baseline: no such file or folder: ${missingBaselines.join(", ")}`);
  const { report } = outcome;
  const text = format === "json" ? renderJson(report) : format === "sarif" ? renderSarifText(report, { toolVersion: VERSION }) : format === "markdown" ? renderSummary(report) : renderText(report);
  if (typeof values.output === "string") writeFileSync3(values.output, text);
  else io.stdout(text);
  return report.summary.failed ? 1 : 0;
}
function attackOption(flag, settings, cwd) {
  const file = typeof flag === "string" ? flag : settings.attack;
  if (file === null) return {};
  return { attack: loadAttackFile(path6.resolve(cwd, file), file) };
}
function cmdAttack(args, io) {
  const [sub, ...rest] = args;
  if (sub === "import") {
    const { values, positionals } = parse2(
      rest,
      { output: { type: "string", short: "o" }, "attack-version": { type: "string" } },
      "attack import"
    );
    if (values.help) return io.stdout(HELP["attack import"]), 0;
    if (positionals.length !== 1)
      throw new UsageError(`attack import: give exactly one STIX.json

${HELP["attack import"]}`);
    if (typeof values.output !== "string")
      throw new UsageError(`attack import: -o FILE is required

${HELP["attack import"]}`);
    const [input] = positionals;
    const doc = readJsonFile(path6.resolve(io.cwd, input), input);
    const version = values["attack-version"];
    const table = isStixBundle(doc) ? stixToTable(doc, input, typeof version === "string" ? { attackVersion: version } : {}) : attackTableFileOf(doc, input);
    writeFileSync3(path6.resolve(io.cwd, values.output), renderAttackTable(table));
    const all = Object.values(table.techniques);
    io.stderr(
      `detlint: ATT&CK v${table.attack_version} table of ${all.length} techniques (${all.filter((t) => t.revoked).length} revoked, ${all.filter((t) => t.deprecated).length} deprecated) written to ${values.output}
`
    );
    return 0;
  }
  if (sub === void 0 || sub === "--help" || sub === "-h") {
    io.stdout(HELP["attack import"]);
    return sub === void 0 ? 2 : 0;
  }
  throw new UsageError(`attack: unknown subcommand ${JSON.stringify(sub)} (expected import)`);
}
function reportCache(file, cache2, io) {
  if (typeof file !== "string") return;
  if (cache2.notice) io.stderr(`detlint: notice: ${cache2.notice}
`);
  io.stderr(
    `detlint: catalog cache ${file}: ${cache2.status} (${cache2.reused} files reused, ${cache2.parsed} parsed)
`
  );
}
function catalogFrom(dirs, catalogs, settings, io, cacheFile) {
  const built = buildCorpusCatalog(dirs, io.cwd, settings, cacheFile);
  if (built.missing.length > 0) throw new UsageError(`no such file or folder: ${built.missing.join(", ")}`);
  reportCache(cacheFile, built.cache, io);
  reportFailures(built.failures, io);
  return mergeCatalogs([built.catalog, ...catalogs.map((file) => loadCatalogFile(file))]);
}
function pageLimit(value) {
  if (value === void 0) return DEFAULT_PAGE_LIMIT;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  throw new UsageError(`--limit: expected a whole number (0 for no limit), got ${JSON.stringify(value)}`);
}
function cmdCatalog(args, io) {
  const [sub, ...rest] = args;
  if (sub === "build") {
    const { values, positionals } = parse2(
      rest,
      { output: { type: "string", short: "o" }, config: { type: "string" }, cache: { type: "string" } },
      "catalog build"
    );
    if (values.help) return io.stdout(HELP["catalog build"]), 0;
    if (positionals.length === 0)
      throw new UsageError(`catalog build: give at least one DIR

${HELP["catalog build"]}`);
    if (typeof values.output !== "string")
      throw new UsageError(`catalog build: -o FILE is required

${HELP["catalog build"]}`);
    const cacheFile = typeof values.cache === "string" ? values.cache : void 0;
    const catalog = catalogFrom(positionals, [], loadSettings(values.config, io.cwd), io, cacheFile);
    saveCatalogFile(catalog, values.output);
    io.stderr(
      `detlint: catalog of ${catalog.rules.length} rules and ${catalog.keys.size} keys written to ${values.output}
`
    );
    return 0;
  }
  if (sub === "show") {
    const { values, positionals } = parse2(
      rest,
      {
        catalog: { type: "string", multiple: true },
        baseline: { type: "string", multiple: true },
        config: { type: "string" },
        attack: { type: "string" },
        limit: { type: "string" },
        format: { type: "string" }
      },
      "catalog show"
    );
    if (values.help) return io.stdout(HELP["catalog show"]), 0;
    const format = oneOf(values.format, ["text", "markdown"], "--format", "text");
    const limit = pageLimit(values.limit);
    if (positionals.length !== 1)
      throw new UsageError(`catalog show: give exactly one TECHNIQUE

${HELP["catalog show"]}`);
    const technique = positionals[0];
    if (!/^T\d{4}(\.\d{3})?$/i.test(technique))
      throw new UsageError(
        `catalog show: TECHNIQUE: expected an ATT&CK ID like T1059 or T1059.001, got ${JSON.stringify(technique)}`
      );
    const catalogs = strings(values.catalog);
    const baselines = strings(values.baseline);
    if (catalogs.length === 0 && baselines.length === 0)
      throw new UsageError(`catalog show: give --catalog FILE or --baseline DIR

${HELP["catalog show"]}`);
    const settings = loadSettings(values.config, io.cwd);
    const { attack } = attackOption(values.attack, settings, io.cwd);
    const catalog = withAttack(catalogFrom(baselines, catalogs, settings, io), attack);
    const page = techniquePage(catalog, technique, limit);
    io.stdout(format === "markdown" ? renderPageMarkdown(page) : renderPageText(page));
    return 0;
  }
  if (sub === "--help" || sub === "-h" || sub === void 0) {
    io.stdout(HELP["catalog build"] + "\n" + HELP["catalog show"]);
    return sub === void 0 ? 2 : 0;
  }
  throw new UsageError(`catalog: unknown subcommand ${JSON.stringify(sub)} (expected build or show)`);
}
function main(argv, cli) {
  const io = { ...cli, debug: cli.debug === true || argv.includes("--debug") };
  const [command, ...args] = argv.filter((a) => a !== "--debug");
  try {
    switch (command) {
      case "parse":
        return cmdParse(args, io);
      case "check":
        return cmdCheck(args, io);
      case "catalog":
        return cmdCatalog(args, io);
      case "attack":
        return cmdAttack(args, io);
      case "--version":
      case "-v":
        io.stdout(`${VERSION}
`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout(MAIN_HELP);
        return 0;
      case void 0:
        io.stderr(MAIN_HELP);
        return 2;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}

${MAIN_HELP}`);
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof CatalogError || err instanceof AttackError) {
      io.stderr(`detlint: ${err.message}
`);
      return 2;
    }
    const msg = err instanceof Error ? (io.debug ? err.stack : err.message) ?? err.message : String(err);
    io.stderr(`detlint: internal error: ${msg}${io.debug ? "" : " (run with --debug for the stack)"}
`);
    return 3;
  }
}

// src/cli.ts
process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
});
