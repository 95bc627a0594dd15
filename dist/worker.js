import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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

// node_modules/js-yaml/dist/js-yaml.cjs.js
var require_js_yaml_cjs = __commonJS({
  "node_modules/js-yaml/dist/js-yaml.cjs.js"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
    function defineScalarTag(tagName, options) {
      var _options$implicit, _options$matchByTagPr, _options$implicitFirs, _options$represent, _options$representTag;
      return {
        tagName,
        nodeKind: "scalar",
        implicit: (_options$implicit = options.implicit) !== null && _options$implicit !== void 0 ? _options$implicit : false,
        matchByTagPrefix: (_options$matchByTagPr = options.matchByTagPrefix) !== null && _options$matchByTagPr !== void 0 ? _options$matchByTagPr : false,
        implicitFirstChars: (_options$implicitFirs = options.implicitFirstChars) !== null && _options$implicitFirs !== void 0 ? _options$implicitFirs : null,
        resolve: options.resolve,
        identify: options.identify,
        represent: (_options$represent = options.represent) !== null && _options$represent !== void 0 ? _options$represent : ((data) => String(data)),
        representTagName: (_options$representTag = options.representTagName) !== null && _options$representTag !== void 0 ? _options$representTag : (() => tagName)
      };
    }
    function defineSequenceTag(tagName, options) {
      var _options$matchByTagPr2, _options$finalize, _options$represent2, _options$representTag2;
      const carrierIsResult = options.finalize === void 0;
      return {
        tagName,
        nodeKind: "sequence",
        implicit: false,
        matchByTagPrefix: (_options$matchByTagPr2 = options.matchByTagPrefix) !== null && _options$matchByTagPr2 !== void 0 ? _options$matchByTagPr2 : false,
        create: options.create,
        addItem: options.addItem,
        finalize: (_options$finalize = options.finalize) !== null && _options$finalize !== void 0 ? _options$finalize : ((carrier) => carrier),
        carrierIsResult,
        identify: options.identify,
        represent: (_options$represent2 = options.represent) !== null && _options$represent2 !== void 0 ? _options$represent2 : ((data) => data),
        representTagName: (_options$representTag2 = options.representTagName) !== null && _options$representTag2 !== void 0 ? _options$representTag2 : (() => tagName)
      };
    }
    function defineMappingTag(tagName, options) {
      var _options$matchByTagPr3, _options$finalize2, _options$represent3, _options$representTag3;
      const carrierIsResult = options.finalize === void 0;
      return {
        tagName,
        nodeKind: "mapping",
        implicit: false,
        matchByTagPrefix: (_options$matchByTagPr3 = options.matchByTagPrefix) !== null && _options$matchByTagPr3 !== void 0 ? _options$matchByTagPr3 : false,
        create: options.create,
        addPair: options.addPair,
        has: options.has,
        keys: options.keys,
        get: options.get,
        finalize: (_options$finalize2 = options.finalize) !== null && _options$finalize2 !== void 0 ? _options$finalize2 : ((carrier) => carrier),
        carrierIsResult,
        identify: options.identify,
        represent: (_options$represent3 = options.represent) !== null && _options$represent3 !== void 0 ? _options$represent3 : ((data) => data),
        representTagName: (_options$representTag3 = options.representTagName) !== null && _options$representTag3 !== void 0 ? _options$representTag3 : (() => tagName)
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
      const result = parseYamlInteger$2(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED;
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
      const result = parseYamlInteger$1(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED;
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
        let result = 0;
        for (const part of value.split(":")) result = result * 60 + Number(part);
        return sign * result;
      }
      if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger(source) {
      if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
      const result = parseYamlInteger(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED;
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
      const result = sign * parseFloat(value);
      if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
      return NOT_RESOLVED;
    }
    function representYamlFloat$2(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
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
        const result2 = sign * parseFloat(value);
        return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
      }
      if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
      const result = Number(source);
      if (Number.isFinite(result)) return result;
      return NOT_RESOLVED;
    }
    function representYamlFloat$1(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
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
      let result = 0;
      if (value.includes(":")) {
        for (const part of value.split(":")) result = result * 60 + Number(part);
        result *= sign;
      } else result = sign * parseFloat(value);
      if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
      return NOT_RESOLVED;
    }
    function representYamlFloat(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
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
      const result = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
      return result;
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
      const result = {};
      for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
      return result;
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
    function _typeof(o) {
      "@babel/helpers - typeof";
      return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, _typeof(o);
    }
    function toPrimitive(t, r) {
      if ("object" != _typeof(t) || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t, r || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t);
    }
    function toPropertyKey(t) {
      var i = toPrimitive(t, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    function _defineProperty(e, r, t) {
      return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t, e;
    }
    function ownKeys(e, r) {
      var t = Object.keys(e);
      if (Object.getOwnPropertySymbols) {
        var o = Object.getOwnPropertySymbols(e);
        r && (o = o.filter(function(r2) {
          return Object.getOwnPropertyDescriptor(e, r2).enumerable;
        })), t.push.apply(t, o);
      }
      return t;
    }
    function _objectSpread2(e) {
      for (var r = 1; r < arguments.length; r++) {
        var t = null != arguments[r] ? arguments[r] : {};
        r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
          _defineProperty(e, r2, t[r2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
          Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
        });
      }
      return e;
    }
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
      const result = [];
      for (const tag of tags) {
        let index = result.length;
        for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
          const previous = result[previousIndex];
          if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
            index = previousIndex;
            break;
          }
        }
        result[index] = tag;
      }
      return result;
    }
    var Schema = class Schema2 {
      constructor(tags) {
        _defineProperty(this, "tags", void 0);
        _defineProperty(
          this,
          /** @internal */
          "implicitScalarTags",
          void 0
        );
        _defineProperty(
          this,
          /**
          * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
          * the resolvers that may match that key, in schema order; a key absent from
          * the map uses
          * {@link Schema.implicitScalarAnyFirstChar}
          * (resolvers that declared no first-char constraint, so they apply to any
          * first character).
          */
          "implicitScalarByFirstChar",
          void 0
        );
        _defineProperty(this, "implicitScalarAnyFirstChar", void 0);
        _defineProperty(
          this,
          /**
          * The default scalar tag (`!!str`), resolved once so the composer's fallback
          * for unresolved plain scalars avoids a keyed lookup per scalar.
          *
          * @internal
          */
          "defaultScalarTag",
          void 0
        );
        _defineProperty(
          this,
          /**
          * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
          * value is identified by its default tag, the tag is implicit and not
          * printed. Undefined if the schema does not define them (then such values
          * can't be dumped).
          *
          * @internal
          */
          "defaultSequenceTag",
          void 0
        );
        _defineProperty(
          this,
          /** @internal */
          "defaultMappingTag",
          void 0
        );
        _defineProperty(this, "exact", void 0);
        _defineProperty(this, "prefix", void 0);
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
        var _this$implicitScalarB;
        const candidates = (_this$implicitScalarB = this.implicitScalarByFirstChar.get(source.charAt(0))) !== null && _this$implicitScalarB !== void 0 ? _this$implicitScalarB : this.implicitScalarAnyFirstChar;
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
    var CORE_SCHEMA2 = new Schema([
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
    var DUMP_SCHEMA = YAML11_SCHEMA.withTags(_objectSpread2(_objectSpread2({}, intYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
      const result = intYaml11Tag.resolve(source, isExplicit, tagName);
      return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
    } }), _objectSpread2(_objectSpread2({}, floatYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
      const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
      return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
    } }));
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
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_SNIPPET_OPTIONS), options);
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
      let result = "";
      const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
      const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
      for (let i = 1; i <= opts.linesBefore; i++) {
        if (foundLineNo - i < 0) break;
        const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
        result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
      }
      const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
      result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
      for (let i = 1; i <= opts.linesAfter; i++) {
        if (foundLineNo + i >= lineEnds.length) break;
        const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
        result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
      }
      return result.replace(/\n$/, "");
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
    var YAMLException2 = class YAMLException3 extends Error {
      /**
      * Optional `mark` contains source snippet data. Usually, use
      * {@link YAMLException.throwAt} instead of passing it directly.
      */
      constructor(reason, mark) {
        super();
        _defineProperty(this, "reason", void 0);
        _defineProperty(this, "mark", void 0);
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
      static throwAt(source, position, message, filename = "") {
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
        throw new YAMLException3(message, mark);
      }
    };
    var EVENT_ID2 = {
      DOCUMENT: 1,
      SEQUENCE: 2,
      MAPPING: 3,
      SCALAR: 4,
      ALIAS: 5,
      POP: 6
    };
    var SCALAR_STYLE2 = {
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
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, captureEnd);
    }
    function getSingleQuotedValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 39) {
          result += input.slice(captureStart, position) + "'";
          position += 2;
          captureStart = captureEnd = position;
        } else if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, end);
    }
    function getDoubleQuotedValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 92) {
          result += input.slice(captureStart, position);
          position++;
          const escaped = input.charCodeAt(position);
          if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
          else if (escaped < 256 && simpleEscapeCheck[escaped]) {
            result += simpleEscapeMap[escaped];
            position++;
          } else {
            let hexLength = escapedHexLen$1(escaped);
            let hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              position++;
              const digit2 = fromHexCode$1(input.charCodeAt(position));
              hexResult = (hexResult << 4) + digit2;
            }
            result += charFromCodepoint(hexResult);
            position++;
          }
          captureStart = captureEnd = position;
        } else if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, end);
    }
    function getBlockValue(input, start, end, indent, chomping, folded) {
      const textIndent = indent < 0 ? 0 : indent;
      const region = input.slice(start, end).replace(/\r\n?/g, "\n");
      const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
      let result = "";
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
            result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            result += "\n".repeat(emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) result += " ";
          } else result += "\n".repeat(emptyLines);
        } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
        result += content;
        didReadContent = true;
        emptyLines = 0;
      }
      if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      else if (chomping !== CHOMPING_MODE.STRIP) {
        if (didReadContent) result += "\n";
      }
      return result;
    }
    function getScalarValue2(input, scalar2) {
      if (scalar2.valueStart === NO_RANGE$3) return "";
      const { valueStart, valueEnd: valueEnd2 } = scalar2;
      if (scalar2.fast) return input.slice(valueStart, valueEnd2);
      switch (scalar2.style) {
        case SCALAR_STYLE2.SINGLE_QUOTED:
          return getSingleQuotedValue(input, valueStart, valueEnd2);
        case SCALAR_STYLE2.DOUBLE_QUOTED:
          return getDoubleQuotedValue(input, valueStart, valueEnd2);
        case SCALAR_STYLE2.LITERAL_BLOCK:
          return getBlockValue(input, valueStart, valueEnd2, scalar2.indent, scalar2.chomping, false);
        case SCALAR_STYLE2.FOLDED_BLOCK:
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
    var HEX = "0123456789ABCDEF";
    function percentByte(byte) {
      return "%" + HEX[byte >> 4] + HEX[byte & 15];
    }
    function tagPercentEncode(source, isSuffix) {
      const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
      let result = "";
      for (let index = 0; index < source.length; index++) {
        let ch = source.charCodeAt(index);
        if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
          result += source[index];
          continue;
        }
        if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
        if (ch < 128) result += percentByte(ch);
        else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
        else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
        else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
      }
      return result;
    }
    function tagPercentDecode(source) {
      let result = "";
      let index = 0;
      while (index < source.length) {
        if (source.charCodeAt(index) !== 37) {
          result += source[index++];
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
        if (ch < 65536) result += String.fromCharCode(ch);
        else {
          ch -= 65536;
          result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return result;
    }
    function tagNameFull(rawTag2, tagHandlers) {
      var _ref, _tagHandlers$handle;
      if (rawTag2.startsWith("!<") && rawTag2.endsWith(">")) return tagPercentDecode(rawTag2.slice(2, -1));
      const handleEnd = rawTag2.indexOf("!", 1);
      const handle = handleEnd === -1 ? "!" : rawTag2.slice(0, handleEnd + 1);
      return tagPercentDecode((_ref = (_tagHandlers$handle = tagHandlers === null || tagHandlers === void 0 ? void 0 : tagHandlers[handle]) !== null && _tagHandlers$handle !== void 0 ? _tagHandlers$handle : DEFAULT_TAG_HANDLERS[handle]) !== null && _ref !== void 0 ? _ref : handle) + tagPercentDecode(rawTag2.slice(handle.length));
    }
    function tagNameShort(fullTag) {
      let tag = fullTag;
      if (tag.charCodeAt(0) === 33) {
        tag = tag.slice(1);
        return `!${tagPercentEncode(tag, true)}`;
      }
      if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
      return `!<${tagPercentEncode(tag, false)}>`;
    }
    var NO_RANGE$2 = -1;
    var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
    var DEFAULT_CONSTRUCTOR_OPTIONS = {
      filename: "",
      schema: CORE_SCHEMA2,
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
    function throwError$1(state, message) {
      YAMLException2.throwAt(state.source, state.position, message, state.filename);
    }
    function finalizeCollection(state, position, tag, carrier) {
      try {
        return tag.finalize(carrier);
      } catch (error) {
        if (error instanceof YAMLException2) throw error;
        YAMLException2.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
      }
    }
    function constructScalar(state, event) {
      const source = getScalarValue2(state.source, event);
      const rawTag2 = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
      const strTag2 = state.schema.defaultScalarTag;
      if (rawTag2 !== "") {
        var _state$schema$lookupM;
        if (rawTag2 === "!") return {
          value: source,
          tag: strTag2
        };
        const tagName = tagNameFull(rawTag2, state.tagHandlers);
        const scalarTag = state.schema.lookupScalarTag(tagName);
        if (scalarTag) {
          const result = scalarTag.resolve(source, true, tagName);
          if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
          return {
            value: result,
            tag: scalarTag
          };
        }
        const collectionTagDef = (_state$schema$lookupM = state.schema.lookupMappingTag(tagName)) !== null && _state$schema$lookupM !== void 0 ? _state$schema$lookupM : state.schema.lookupSequenceTag(tagName);
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
      if (event.style === SCALAR_STYLE2.PLAIN) return state.schema.resolveImplicitScalarTag(source);
      return {
        value: strTag2.resolve(source, false, strTag2.tagName),
        tag: strTag2
      };
    }
    function collectionTagName(state, event, defaultTagName) {
      const rawTag2 = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
      return rawTag2 === "" || rawTag2 === "!" ? defaultTagName : tagNameFull(rawTag2, state.tagHandlers);
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
        var _frame$overridable;
        chargeMergeWork(state);
        if (frame.tag.has(frame.value, sourceKey)) continue;
        const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
        if (err) throwError$1(state, err);
        (_frame$overridable = frame.overridable) !== null && _frame$overridable !== void 0 || (frame.overridable = /* @__PURE__ */ new Set());
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
      var _frame$overridable2, _frame$overridable3;
      state.position = frame.keyPosition;
      if (frame.keyIsMerge) {
        mergeSource(state, frame, value, tag);
        return;
      }
      if (!state.json && frame.tag.has(frame.value, key) && !((_frame$overridable2 = frame.overridable) === null || _frame$overridable2 === void 0 ? void 0 : _frame$overridable2.has(key))) throwError$1(state, "duplicated mapping key");
      const err = frame.tag.addPair(frame.value, key, value);
      if (err) throwError$1(state, err);
      (_frame$overridable3 = frame.overridable) === null || _frame$overridable3 === void 0 || _frame$overridable3.delete(key);
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
      const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_CONSTRUCTOR_OPTIONS), options), {}, {
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
      });
      while (state.eventIndex < state.events.length) {
        const event = state.events[state.eventIndex++];
        state.position = eventPosition$1(event);
        switch (event.type) {
          case EVENT_ID2.DOCUMENT:
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
          case EVENT_ID2.SCALAR: {
            const { value, tag } = constructScalar(state, event);
            storeAnchor(state, event, value, tag, true);
            addValue(state, value, tag);
            break;
          }
          case EVENT_ID2.SEQUENCE: {
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
          case EVENT_ID2.MAPPING: {
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
          case EVENT_ID2.ALIAS: {
            if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
            const name = state.source.slice(event.anchorStart, event.anchorEnd);
            const anchor = state.anchors.get(name);
            if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
            if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
            addValue(state, anchor.value, anchor.tag);
            break;
          }
          case EVENT_ID2.POP: {
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
        type: EVENT_ID2.DOCUMENT,
        explicitStart,
        explicitEnd,
        directives: state.directives
      });
    }
    function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
      state.events.push({
        type: EVENT_ID2.SEQUENCE,
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
        type: EVENT_ID2.MAPPING,
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
        type: EVENT_ID2.MAPPING,
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
        type: EVENT_ID2.SCALAR,
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
        type: EVENT_ID2.ALIAS,
        anchorStart,
        anchorEnd
      });
    }
    function addPopEvent(state) {
      state.events.push({ type: EVENT_ID2.POP });
    }
    function addEmptyScalarEvent(state) {
      addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE2.PLAIN);
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
    function throwError(state, message) {
      YAMLException2.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
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
      const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
      restoreState(state, snapshot);
      return result;
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
          addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
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
          addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
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
      const style = ch === 124 ? SCALAR_STYLE2.LITERAL_BLOCK : SCALAR_STYLE2.FOLDED_BLOCK;
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
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
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
                  type: EVENT_ID2.MAPPING,
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
          var _state$events$fallbac;
          const fallbackState = snapshotState(state);
          const flowIndent = parentIndent + 1;
          if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && ((_state$events$fallbac = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac === void 0 ? void 0 : _state$events$fallbac.type) === EVENT_ID2.MAPPING) {
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
              var _state$events$fallbac2;
              const fallbackState = snapshotState(state);
              const propertyIndent = propertyStart.position - propertyStart.lineStart;
              restoreState(state, propertyStart);
              if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && ((_state$events$fallbac2 = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac2 === void 0 ? void 0 : _state$events$fallbac2.type) === EVENT_ID2.MAPPING) hasContent = true;
              else restoreState(state, fallbackState);
            }
            if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
          }
        } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
      }
      allowBlockScalars = allowBlockScalars && !hasContent;
      if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
        addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.PLAIN);
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
      if ((documentEvent === null || documentEvent === void 0 ? void 0 : documentEvent.type) === EVENT_ID2.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
      addPopEvent(state);
      if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
    }
    function parseEvents2(input, options) {
      const length = input.length;
      const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options), {}, {
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
      });
      const nullpos = input.indexOf("\0");
      if (nullpos !== -1) YAMLException2.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
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
    var DEFAULT_LOAD_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), DEFAULT_CONSTRUCTOR_OPTIONS);
    function loadDocuments(input, options = {}) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_LOAD_OPTIONS), options);
      const source = String(input);
      const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
      const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
      return constructFromEvents(parseEvents2(source, pick(opts, PARSER_OPT_KEYS)), _objectSpread2(_objectSpread2({}, pick(opts, CONSTRUCTOR_OPT_KEYS)), {}, { source }));
    }
    function loadAll(input, iteratorOrOptions, options) {
      let iterator = null;
      if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
      else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
      const documents = loadDocuments(input, options);
      if (iterator === null) return documents;
      for (const document of documents) iterator(document);
    }
    function load3(input, options) {
      const documents = loadDocuments(input, options);
      if (documents.length === 0) throw new YAMLException2("expected a document, but the input is empty");
      if (documents.length === 1) return documents[0];
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
    var INVALID = /* @__PURE__ */ Symbol("INVALID");
    function buildRepresentTypes(schema) {
      const defaultTags = new Set([
        schema.defaultScalarTag,
        schema.defaultSequenceTag,
        schema.defaultMappingTag
      ].filter((t) => t !== void 0));
      const implicitScalars = schema.implicitScalarTags;
      const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
      const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
      return [
        ...implicitScalars.map((tag) => ({
          tag,
          implicitTag: true
        })),
        ...explicitTags.map((tag) => ({
          tag,
          implicitTag: false
        })),
        ...defaultTagsLast.map((tag) => ({
          tag,
          implicitTag: true
        }))
      ];
    }
    function matchTag(state, object) {
      for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
        const { tag, implicitTag } = state.representTypes[index];
        if (tag.identify(object)) {
          let tagName;
          if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
          else tagName = tag.tagName;
          return {
            tag,
            tagName,
            implicitTag
          };
        }
      }
      return null;
    }
    function build2(state, object) {
      if (!state.noRefs && object !== null && typeof object === "object") {
        const existing = state.refs.get(object);
        if (existing) {
          if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
          return {
            kind: "alias",
            anchor: existing.anchor
          };
        }
      }
      const matched = matchTag(state, object);
      if (!matched) {
        if (object === void 0) return INVALID;
        if (state.skipInvalid) return INVALID;
        throw new YAMLException2(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
      }
      const { tag, tagName, implicitTag } = matched;
      const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
      if (tag.nodeKind === "scalar") return {
        kind: "scalar",
        tag: nodeTagName,
        tagged: !implicitTag,
        style: SCALAR_STYLE2.PLAIN,
        value: tag.represent(object)
      };
      if (tag.nodeKind === "sequence") {
        const container = tag.represent(object);
        const node2 = {
          kind: "sequence",
          tag: nodeTagName,
          tagged: !implicitTag,
          style: COLLECTION_STYLE.BLOCK,
          items: []
        };
        if (!state.noRefs) state.refs.set(object, node2);
        for (let index = 0, length = container.length; index < length; index += 1) {
          let item = build2(state, container[index]);
          if (item === INVALID && container[index] === void 0) item = build2(state, null);
          if (item === INVALID) continue;
          node2.items.push(item);
        }
        return node2;
      }
      const map = tag.represent(object);
      const node = {
        kind: "mapping",
        tag: nodeTagName,
        tagged: !implicitTag,
        style: COLLECTION_STYLE.BLOCK,
        items: []
      };
      if (!state.noRefs) state.refs.set(object, node);
      for (const [objectKey, objectValue] of map) {
        const key = build2(state, objectKey);
        if (key === INVALID) continue;
        const value = build2(state, objectValue);
        if (value === INVALID) continue;
        node.items.push({
          key,
          value
        });
      }
      return node;
    }
    function jsToAst(input, schema, options = {}) {
      var _options$noRefs, _options$skipInvalid;
      const root = build2({
        representTypes: buildRepresentTypes(schema),
        noRefs: (_options$noRefs = options.noRefs) !== null && _options$noRefs !== void 0 ? _options$noRefs : false,
        skipInvalid: (_options$skipInvalid = options.skipInvalid) !== null && _options$skipInvalid !== void 0 ? _options$skipInvalid : false,
        refs: /* @__PURE__ */ new Map(),
        refCounter: 0
      }, input);
      return [{
        contents: root === INVALID ? null : root,
        directives: []
      }];
    }
    var VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
    var VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
    function visitNode(node, visitor, ctx) {
      const control = visitor(node, ctx);
      if (control === VISIT_BREAK) return true;
      if (control === VISIT_SKIP) return false;
      const depth = ctx.depth + 1;
      switch (node.kind) {
        case "sequence":
          for (const item of node.items) if (visitNode(item, visitor, {
            depth,
            parent: node,
            isKey: false
          })) return true;
          break;
        case "mapping":
          for (const { key, value } of node.items) {
            if (visitNode(key, visitor, {
              depth,
              parent: node,
              isKey: true
            })) return true;
            if (visitNode(value, visitor, {
              depth,
              parent: node,
              isKey: false
            })) return true;
          }
      }
      return false;
    }
    function visit2(documents, visitor) {
      for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
        depth: 0,
        parent: null,
        isKey: false
      })) return;
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
      if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE2.SINGLE_QUOTED)) return SCALAR_STYLE2.SINGLE_QUOTED;
      return SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function applyQuoteFlowKeysOption(layout) {
      if (!layout.presenterOptions.quoteFlowKeys) return;
      if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE2.PLAIN) return;
      layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function doubleQuoteForInvisibles(layout) {
      if (layout.style === SCALAR_STYLE2.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function doubleQuoteWhitespaceOnly(layout) {
      if (layout.style === SCALAR_STYLE2.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function applyForceQuotesOption(layout) {
      if (!layout.presenterOptions.forceQuotes) return;
      if (layout.isKey || layout.style !== SCALAR_STYLE2.PLAIN) return;
      if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
      layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE2.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
    }
    function tryLongOrMultilineAsBlock(layout) {
      if (layout.style !== SCALAR_STYLE2.PLAIN || layout.isKey) return;
      const value = layout.node.value;
      const multiline = value.indexOf("\n") !== -1;
      if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE2.LITERAL_BLOCK)) {
        if (multiline) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
        return;
      }
      const w = layout.presenterOptions.lineWidth;
      if (w === -1) {
        if (multiline) layout.style = SCALAR_STYLE2.LITERAL_BLOCK;
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
      if (shouldFold) layout.style = SCALAR_STYLE2.FOLDED_BLOCK;
      else if (multiline) layout.style = SCALAR_STYLE2.LITERAL_BLOCK;
    }
    function quoteInvalidPlain(layout) {
      if (layout.style === SCALAR_STYLE2.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE2.PLAIN)) layout.style = _preferredQuotedStyle(layout);
    }
    function fallbackToDoubleQuoted(layout) {
      if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function setBit(mask, bit) {
      return mask | 1 << bit;
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
    var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
    var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
    function canUsePlain(layout) {
      const str2 = layout.node.value;
      if (str2 !== "") {
        if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str2)) return false;
        if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str2)) return false;
        if (layout.shiftOfContent === 0) {
          const firstLineBreak = str2.indexOf("\n");
          if (firstLineBreak !== -1) {
            const content = str2.slice(firstLineBreak + 1);
            if (C_FORBIDDEN_CONTENT.test(content)) return false;
          }
        }
      }
      const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str2).tag.tagName;
      if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
      if (!layout.node.tagged && str2 === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
      return true;
    }
    function canUseSingleQuoted(layout) {
      const str2 = layout.node.value;
      if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str2)) return false;
      if (/[ \t]\n|\n[ \t]/.test(str2)) return false;
      if (!layout.isKey && layout.shiftOfContent === 0) {
        const firstLineBreak = str2.indexOf("\n");
        if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str2.slice(firstLineBreak + 1))) return false;
      }
      return true;
    }
    function canUseBlock(layout) {
      if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
      const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
      if (contentIndent < 1) return false;
      if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
      if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
      return true;
    }
    function detectAllowedStyles(layout) {
      let mask = setBit(0, SCALAR_STYLE2.DOUBLE_QUOTED);
      if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE2.PLAIN);
      if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE2.SINGLE_QUOTED);
      if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE2.LITERAL_BLOCK), SCALAR_STYLE2.FOLDED_BLOCK);
      layout.allowedStylesMask = mask;
    }
    function renderScalar(layout) {
      switch (layout.style) {
        case SCALAR_STYLE2.PLAIN:
          return renderPlain(layout);
        case SCALAR_STYLE2.SINGLE_QUOTED:
          return renderSingleQuoted(layout);
        case SCALAR_STYLE2.LITERAL_BLOCK:
          return renderLiteralBlock(layout);
        case SCALAR_STYLE2.FOLDED_BLOCK:
          return renderFoldedBlock(layout);
        case SCALAR_STYLE2.DOUBLE_QUOTED:
          return renderDoubleQuoted(layout);
      }
    }
    function renderPlain(layout) {
      return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
    }
    function renderSingleQuoted(layout) {
      return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
    }
    function renderLiteralBlock(layout) {
      const value = layout.node.value;
      return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
    }
    function renderFoldedBlock(layout) {
      const value = layout.node.value;
      const w = layout.presenterOptions.lineWidth;
      let availableWidth = Infinity;
      if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
      return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
    }
    function renderDoubleQuoted(layout) {
      return `"${escapeString(layout.node.value)}"`;
    }
    function encodeFlowBreaks(string, shiftOfContent) {
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) return string;
      const pad = " ".repeat(shiftOfContent);
      let result = string.slice(0, nextLF);
      const lineRe = /(\n+)([^\n]*)/g;
      lineRe.lastIndex = nextLF;
      let match2;
      while (match2 = lineRe.exec(string)) {
        const breaks = match2[1].length;
        const line = match2[2];
        result += "\n".repeat(breaks + 1) + pad + line;
      }
      return result;
    }
    function indentString(string, spaces) {
      const indent = " ".repeat(spaces);
      let position = 0;
      let result = "";
      const length = string.length;
      while (position < length) {
        let line;
        const next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result += indent;
        result += line;
      }
      return result;
    }
    function needIndentIndicator(string) {
      return /^\n* /.test(string);
    }
    function blockHeader(string, shiftOfParent, shiftOfContent) {
      const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
      const clip = string[string.length - 1] === "\n";
      return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}
`;
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function isMoreIndented(char) {
      return char === " " || char === "	";
    }
    function foldLine(line, width) {
      if (line === "" || isMoreIndented(line[0])) return line;
      const breakRe = / [^ \t]/g;
      let match2;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result = "";
      while (match2 = breakRe.exec(line)) {
        next = match2.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result += `
${line.slice(start, end)}`;
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
      else result += line.slice(start);
      return result.slice(1);
    }
    function foldBlockScalar(string, width) {
      const lineRe = /(\n+)([^\n]*)/g;
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) nextLF = string.length;
      lineRe.lastIndex = nextLF;
      let result = foldLine(string.slice(0, nextLF), width);
      let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
      let moreIndented;
      let match2;
      while (match2 = lineRe.exec(string)) {
        const prefix2 = match2[1];
        const line = match2[2];
        moreIndented = line !== "" && isMoreIndented(line[0]);
        result += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result;
    }
    var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
    function escapeCharacter(character) {
      switch (character) {
        case "\0":
          return "\\0";
        case "\x07":
          return "\\a";
        case "\b":
          return "\\b";
        case "	":
          return "\\t";
        case "\n":
          return "\\n";
        case "\v":
          return "\\v";
        case "\f":
          return "\\f";
        case "\r":
          return "\\r";
        case "\x1B":
          return "\\e";
        case '"':
          return '\\"';
        case "\\":
          return "\\\\";
        case "\x85":
          return "\\N";
        case "\xA0":
          return "\\_";
        case "\u2028":
          return "\\L";
        case "\u2029":
          return "\\P";
      }
      const code = character.charCodeAt(0);
      const hex = code.toString(16).toUpperCase();
      if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
      return `\\u${"0".repeat(4 - hex.length)}${hex}`;
    }
    function escapeString(string) {
      return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
    }
    var CHAR_LINE_FEED = 10;
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
    function nodeTagShort(node) {
      return node.tagged ? node.tag : tagNameShort(node.tag);
    }
    function createPresenterState(options) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), options);
      if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
      return _objectSpread2(_objectSpread2({}, opts), {}, {
        defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
        openEnded: false
      });
    }
    function generateNextLine(state, level) {
      return `
${" ".repeat(state.indent * level)}`;
    }
    function scalarLayout(state, node, parent, level, isKey, flowOnly) {
      return {
        node,
        parent,
        level,
        isKey,
        flowOnly,
        shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
        shiftOfContent: state.indent * Math.max(1, level),
        shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
        presenterOptions: state,
        allowedStylesMask: 0,
        style: node.style
      };
    }
    function writeFlowSequence(state, level, node) {
      let result = "";
      for (let index = 0, length = node.items.length; index < length; index += 1) {
        const item = writeNode(state, level, node.items[index], node, {}).text;
        if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
        result += item;
      }
      const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
      return `[${pad}${result}${pad}]`;
    }
    function writeBlockSequence(state, level, node, compact) {
      let result = "";
      for (let index = 0, length = node.items.length; index < length; index += 1) {
        const item = writeNode(state, level + 1, node.items[index], node, {
          block: true,
          compact: state.seqInlineFirst,
          isblockseq: true
        }).text;
        if (!compact || result !== "") result += generateNextLine(state, level);
        if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
        else result += "- ";
        result += item;
      }
      return result;
    }
    function writeFlowMapping(state, level, node) {
      let result = "";
      for (const { key, value } of node.items) {
        let pairBuffer = "";
        if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
        const keyRender = writeNode(state, level, key, node, { iskey: true });
        const keyText = keyRender.text;
        const valueText = writeNode(state, level, value, node, {}).text;
        const sep2 = state.flowSkipColonSpace || valueText === "" ? "" : " ";
        const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
        const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
        pairBuffer += `${keyText}${keyColonSep}:${sep2}${valueText}`;
        result += pairBuffer;
      }
      const pad = state.flowBracketPadding && result !== "" ? " " : "";
      return `{${pad}${result}${pad}}`;
    }
    function writeBlockMapping(state, level, node, compact) {
      let result = "";
      for (let index = 0, length = node.items.length; index < length; index += 1) {
        let pairBuffer = "";
        if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
        const { key, value } = node.items[index];
        const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE2.LITERAL_BLOCK || key.style === SCALAR_STYLE2.FOLDED_BLOCK);
        const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
          block: true,
          compact: true,
          isblockseq: !cannotBeCompact(state, key, level + 1)
        }) : writeNode(state, level + 1, key, node, {
          block: true,
          compact: true,
          iskey: true
        });
        const keyText = keyRender.text;
        const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
        const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
        const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
        if (explicitPair) {
          if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
          else pairBuffer += "? ";
        }
        pairBuffer += keyText;
        if (explicitPair) pairBuffer += generateNextLine(state, level);
        const valueText = writeNode(state, level + 1, value, node, {
          block: true,
          compact: explicitPair,
          isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
        }).text;
        const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
        const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
        if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
        else pairBuffer += `${keyColonSep}: `;
        pairBuffer += valueText;
        result += pairBuffer;
      }
      return result;
    }
    function cannotBeCompact(state, node, level) {
      if (node.kind === "alias") return true;
      return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
    }
    function writeNode(state, level, node, parent, ctx) {
      var _ctx$compact;
      if (node.kind === "alias") {
        state.openEnded = false;
        return {
          text: `*${node.anchor}`,
          noBody: false
        };
      }
      const { block = false, iskey = false, isblockseq = false } = ctx;
      let compact = (_ctx$compact = ctx.compact) !== null && _ctx$compact !== void 0 ? _ctx$compact : false;
      const hasAnchor = node.anchor !== void 0;
      if (cannotBeCompact(state, node, level)) compact = false;
      let body;
      let shouldPrintTag = node.tagged;
      const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
      if (node.kind === "mapping") {
        if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
        else body = writeFlowMapping(state, level, node);
      } else if (node.kind === "sequence") {
        if (useBlockCollection) {
          if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
          else body = writeBlockSequence(state, level, node, compact);
        } else body = writeFlowSequence(state, level, node);
      } else {
        const layout = scalarLayout(state, node, parent, level, iskey, !block);
        detectAllowedStyles(layout);
        for (const rule of state.scalarStyleRules) rule(layout);
        body = renderScalar(layout);
        state.openEnded = (layout.style === SCALAR_STYLE2.LITERAL_BLOCK || layout.style === SCALAR_STYLE2.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
        shouldPrintTag = node.tagged || body === "" && layout.flowOnly && (parent === null || parent === void 0 ? void 0 : parent.kind) === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE2.PLAIN && node.tag !== state.defaultScalarTagName;
      }
      if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
      if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
      const noBody = body === "";
      let text = body;
      if (shouldPrintTag || hasAnchor) {
        const props = [];
        const tag = shouldPrintTag ? nodeTagShort(node) : null;
        const anchor = hasAnchor ? `&${node.anchor}` : null;
        if (state.tagBeforeAnchor) {
          if (tag !== null) props.push(tag);
          if (anchor !== null) props.push(anchor);
        } else {
          if (anchor !== null) props.push(anchor);
          if (tag !== null) props.push(tag);
        }
        const sep2 = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
        text = `${props.join(" ")}${sep2}${body}`;
      }
      return {
        text,
        noBody
      };
    }
    function rootStartsOwnLine(node) {
      return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
    }
    function writeDocumentDirectives(doc) {
      let result = "";
      for (const directive of doc.directives) {
        if (directive.kind === "yaml") {
          result += `%YAML ${directive.version}
`;
          continue;
        }
        const { handle, prefix: prefix2 } = directive;
        result += `%TAG ${handle} ${prefix2}
`;
      }
      return result;
    }
    function present(documents, options) {
      const state = createPresenterState(options);
      let result = "";
      let previousEnded = false;
      for (let index = 0; index < documents.length; index += 1) {
        const doc = documents[index];
        state.openEnded = false;
        const directives = writeDocumentDirectives(doc);
        const hasDirectives = directives !== "";
        const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
        result += directives;
        if (doc.contents === null) {
          if (marker) result += "---\n";
        } else if (marker) {
          const body = writeNode(state, 0, doc.contents, null, {
            block: true,
            compact: true
          }).text;
          const sep2 = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
          result += `---${sep2}${body}
`;
        } else result += writeNode(state, 0, doc.contents, null, {
          block: true,
          compact: true
        }).text + "\n";
        previousEnded = doc.explicitEnd || state.openEnded;
        if (previousEnded) result += "...\n";
      }
      return result;
    }
    var DEFAULT_DUMP_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), {}, {
      schema: DUMP_SCHEMA,
      skipInvalid: false,
      noRefs: false,
      flowLevel: -1,
      sortKeys: false,
      transform: () => {
      }
    });
    function defaultCompareFn(a, b) {
      const x = String(a);
      const y = String(b);
      if (x < y) return -1;
      if (x > y) return 1;
      return 0;
    }
    function dump(input, options = {}) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_DUMP_OPTIONS), options);
      const documents = jsToAst(input, opts.schema, {
        noRefs: opts.noRefs,
        skipInvalid: opts.skipInvalid
      });
      if (opts.flowLevel >= 0) visit2(documents, (node, ctx) => {
        if (ctx.depth < opts.flowLevel) return;
        if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
        return VISIT_SKIP;
      });
      if (opts.sortKeys) {
        const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
        visit2(documents, (node) => {
          if (node.kind !== "mapping") return;
          node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
        });
      }
      opts.transform(documents);
      return present(documents, _objectSpread2(_objectSpread2({}, pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS))), {}, { schema: opts.schema }));
    }
    var NO_RANGE = -1;
    function eventPosition(event) {
      if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
      if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
      if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
      if ("start" in event) return event.start;
      return 0;
    }
    function rawTag(state, event) {
      return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
    }
    function anchorName(state, event) {
      return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
    }
    function buildScalar(state, event) {
      const value = getScalarValue2(state.source, event);
      const raw = rawTag(state, event);
      let tag;
      let tagged = false;
      if (raw !== "") {
        tagged = true;
        tag = raw;
      } else if (event.style === SCALAR_STYLE2.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
      else tag = state.schema.defaultScalarTag.tagName;
      return {
        kind: "scalar",
        tag,
        tagged,
        style: event.style,
        anchor: anchorName(state, event),
        value
      };
    }
    function buildCollection(state, event, defaultTagName) {
      const raw = rawTag(state, event);
      let tag;
      let tagged = false;
      if (raw === "") tag = defaultTagName;
      else {
        tag = raw;
        tagged = true;
      }
      return {
        tag,
        tagged,
        style: event.style,
        anchor: anchorName(state, event)
      };
    }
    function addNode(state, node) {
      const frame = state.frames[state.frames.length - 1];
      if (frame.kind === "document") frame.doc.contents = node;
      else if (frame.kind === "sequence") frame.node.items.push(node);
      else if (frame.key) {
        frame.node.items.push({
          key: frame.key,
          value: node
        });
        frame.key = null;
      } else frame.key = node;
    }
    function eventsToAst(events, options) {
      const state = {
        source: options.source,
        schema: options.schema,
        eventIndex: 0,
        position: 0,
        frames: [],
        documents: []
      };
      while (state.eventIndex < events.length) {
        const event = events[state.eventIndex++];
        state.position = eventPosition(event);
        switch (event.type) {
          case EVENT_ID2.DOCUMENT: {
            const doc = {
              contents: null,
              explicitStart: event.explicitStart,
              explicitEnd: event.explicitEnd,
              directives: event.directives
            };
            state.frames.push({
              kind: "document",
              doc
            });
            break;
          }
          case EVENT_ID2.SCALAR:
            addNode(state, buildScalar(state, event));
            break;
          case EVENT_ID2.SEQUENCE: {
            const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
            const node = {
              kind: "sequence",
              tag,
              tagged,
              style,
              anchor,
              items: []
            };
            state.frames.push({
              kind: "sequence",
              node
            });
            break;
          }
          case EVENT_ID2.MAPPING: {
            const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
            const node = {
              kind: "mapping",
              tag,
              tagged,
              style,
              anchor,
              items: []
            };
            state.frames.push({
              kind: "mapping",
              node,
              key: null
            });
            break;
          }
          case EVENT_ID2.ALIAS:
            addNode(state, {
              kind: "alias",
              anchor: state.source.slice(event.anchorStart, event.anchorEnd)
            });
            break;
          case EVENT_ID2.POP: {
            const frame = state.frames.pop();
            if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
            if (frame.kind === "document") state.documents.push(frame.doc);
            else addNode(state, frame.node);
            break;
          }
        }
      }
      return state.documents;
    }
    var EVENT_DOCUMENT = EVENT_ID2.DOCUMENT;
    var EVENT_SEQUENCE = EVENT_ID2.SEQUENCE;
    var EVENT_MAPPING = EVENT_ID2.MAPPING;
    var EVENT_SCALAR = EVENT_ID2.SCALAR;
    var EVENT_ALIAS = EVENT_ID2.ALIAS;
    var EVENT_POP = EVENT_ID2.POP;
    var SCALAR_STYLE_PLAIN = SCALAR_STYLE2.PLAIN;
    var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE2.SINGLE_QUOTED;
    var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE2.DOUBLE_QUOTED;
    var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE2.LITERAL_BLOCK;
    var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE2.FOLDED_BLOCK;
    var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
    var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
    var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
    var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
    var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
    exports.CHOMPING_CLIP = CHOMPING_CLIP;
    exports.CHOMPING_KEEP = CHOMPING_KEEP;
    exports.CHOMPING_MODE = CHOMPING_MODE;
    exports.CHOMPING_STRIP = CHOMPING_STRIP;
    exports.COLLECTION_STYLE = COLLECTION_STYLE;
    exports.COLLECTION_STYLE_BLOCK = COLLECTION_STYLE_BLOCK;
    exports.COLLECTION_STYLE_FLOW = COLLECTION_STYLE_FLOW;
    exports.CORE_SCHEMA = CORE_SCHEMA2;
    exports.DEFAULT_SCALAR_STYLE_RULES = DEFAULT_SCALAR_STYLE_RULES;
    exports.DUMP_SCHEMA = DUMP_SCHEMA;
    exports.EVENT_ALIAS = EVENT_ALIAS;
    exports.EVENT_DOCUMENT = EVENT_DOCUMENT;
    exports.EVENT_ID = EVENT_ID2;
    exports.EVENT_MAPPING = EVENT_MAPPING;
    exports.EVENT_POP = EVENT_POP;
    exports.EVENT_SCALAR = EVENT_SCALAR;
    exports.EVENT_SEQUENCE = EVENT_SEQUENCE;
    exports.FAILSAFE_SCHEMA = FAILSAFE_SCHEMA;
    exports.JSON_SCHEMA = JSON_SCHEMA;
    exports.NOT_RESOLVED = NOT_RESOLVED;
    exports.SCALAR_STYLE = SCALAR_STYLE2;
    exports.SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE_DOUBLE_QUOTED;
    exports.SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE_FOLDED_BLOCK;
    exports.SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE_LITERAL_BLOCK;
    exports.SCALAR_STYLE_PLAIN = SCALAR_STYLE_PLAIN;
    exports.SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE_SINGLE_QUOTED;
    exports.Schema = Schema;
    exports.VISIT_BREAK = VISIT_BREAK;
    exports.VISIT_SKIP = VISIT_SKIP;
    exports.YAML11_SCHEMA = YAML11_SCHEMA;
    exports.YAMLException = YAMLException2;
    exports.binaryTag = binaryTag;
    exports.boolCoreTag = boolCoreTag;
    exports.boolJsonTag = boolJsonTag;
    exports.boolYaml11Tag = boolYaml11Tag;
    exports.constructFromEvents = constructFromEvents;
    exports.defineMappingTag = defineMappingTag;
    exports.defineScalarTag = defineScalarTag;
    exports.defineSequenceTag = defineSequenceTag;
    exports.dump = dump;
    exports.eventsToAst = eventsToAst;
    exports.floatCoreTag = floatCoreTag;
    exports.floatJsonTag = floatJsonTag;
    exports.floatYaml11Tag = floatYaml11Tag;
    exports.getScalarValue = getScalarValue2;
    exports.intCoreTag = intCoreTag;
    exports.intJsonTag = intJsonTag;
    exports.intYaml11Tag = intYaml11Tag;
    exports.jsToAst = jsToAst;
    exports.legacyMapTag = legacyMapTag;
    exports.load = load3;
    exports.loadAll = loadAll;
    exports.mapTag = mapTag;
    exports.mergeTag = mergeTag;
    exports.nullCoreTag = nullCoreTag;
    exports.nullJsonTag = nullJsonTag;
    exports.nullYaml11Tag = nullYaml11Tag;
    exports.omapTag = omapTag;
    exports.pairsTag = pairsTag;
    exports.parseEvents = parseEvents2;
    exports.present = present;
    exports.realMapTag = realMapTag;
    exports.seqTag = seqTag;
    exports.setTag = setTag;
    exports.strTag = strTag;
    exports.timestampTag = timestampTag;
    exports.visit = visit2;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM2 = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern2, start) => {
      const { length } = pattern2;
      let index = start + 1;
      let negated = EMPTY2;
      const lead = pattern2[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY2;
      let prev = EMPTY2;
      for (; ; ) {
        const char = pattern2[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern2[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern2[index + 1] !== "]") {
          index++;
          let to = pattern2[index];
          if (to === ESCAPE) {
            to = pattern2[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY2;
        } else if (char === "[" && pattern2[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern2[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern2[end - 1] === ":") {
            const name = pattern2.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY2;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern2[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern2) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern2;
      let out = EMPTY2;
      let index = 0;
      while (index < length) {
        const char = pattern2[index];
        if (char === ESCAPE) {
          const escaped = pattern2[index + 1];
          if (escaped === SLASH2 && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern2.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern2, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD2 = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match2) => `\\${match2}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern2) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern2) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD2,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match2, p1, p2) => p2 === EMPTY2 ? p1 + TRAILING_WILDCARD : match2,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match2, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix2 = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix2}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY2;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD2) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD2, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD2.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY2;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD2 : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern2) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern2)) {
        pattern2 = "**";
      }
      const { source, sources } = extractBrackets(pattern2);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern2);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern2)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match2, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix2) => {
      if (body[body.length - 1] === SLASH2) {
        prefix2 = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix2.slice(0, -1);
      const last = prefix2[prefix2.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH2);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH2,
        path3[end] === SLASH2 ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf2 = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY2;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH2,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY2 : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern2) => pattern2 && isString(pattern2);
    var splitPattern = (pattern2) => (pattern2[pattern2.length - 1] === "\r" ? pattern2.slice(0, -1) : pattern2).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern2, mark, body, ignoreCase, negative, prefix2) {
        this.pattern = pattern2;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix2);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern2, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern2[0] === BOM2 ? pattern2.slice(1) : pattern2;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern2,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern2, index) {
        if (pattern2 && pattern2[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern2._rules._rules);
          this._basenameCount += pattern2._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern2);
        const raw = isStr ? pattern2 : pattern2.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern2.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern2) {
        this._added = false;
        this._split = isString(pattern2);
        this._stripBOM = !this._split || pattern2[0] === BOM2;
        makeArray(
          this._split ? splitPattern(pattern2) : pattern2
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern2) {
        if (this._rules.add(pattern2)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern2) {
        return this.add(pattern2);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal4 = this._rules.testLiteral(path3);
        return literal4.ignored || literal4.unignored ? literal4 : dir;
      }
      _t(path3, cache2) {
        const cached = cache2[path3];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf2(path3);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/catalog/parallel.ts
import {
  MessageChannel,
  Worker,
  parentPort,
  receiveMessageOnPort,
  workerData
} from "node:worker_threads";

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
function ownCopy(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}

// src/wildcard.ts
var BACKSLASH = 92;
var STAR = 42;
var QUESTION = 63;
function parsePattern(text) {
  const parts = [];
  let lit2 = "";
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const n = text.charCodeAt(i + 1);
      if (n === STAR || n === QUESTION || n === BACKSLASH) {
        lit2 += text.slice(run, i);
        run = ++i;
      }
    } else if (c === STAR || c === QUESTION) {
      lit2 += text.slice(run, i);
      if (lit2) parts.push({ lit: lit2 });
      lit2 = "";
      parts.push(c === STAR ? "*" : "?");
      run = i + 1;
    }
  }
  lit2 += text.slice(run);
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
  let run = 0;
  for (let i = 0; i < lit2.length; i++) {
    const c = lit2.charCodeAt(i);
    let escape2 = c === STAR || c === QUESTION;
    if (c === BACKSLASH) {
      const n = lit2.charCodeAt(i + 1);
      escape2 = i + 1 === lit2.length || n === STAR || n === QUESTION || n === BACKSLASH;
    }
    if (escape2) {
      out += lit2.slice(run, i) + "\\";
      run = i;
    }
  }
  return out === "" ? lit2 : out + lit2.slice(run);
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
for (const [path3, name] of PATH_NAME_FIELDS) FIELD_RULES.set(path3, { rule: "pathName", name });
for (const f of HIVE_PREFIX_FIELDS) FIELD_RULES.set(f, { rule: "hivePrefix" });
for (const f of HIVE_VALUE_FIELDS) FIELD_RULES.set(f, { rule: "hiveValue" });
for (const [f, aliases] of VALUE_ALIASES) FIELD_RULES.set(f, { rule: "alias", aliases });
var HIVE_ROWS = REGISTRY_HIVES.map(([spelling, short]) => ({
  lower: spelling.toLowerCase(),
  upperShort: short.toUpperCase(),
  lowerShort: short.toLowerCase()
}));
var BACKSLASH2 = 92;
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
var NAME_PATH_FIELDS = new Map([...PATH_NAME_FIELDS].map(([path3, name]) => [name, path3]));
var CANONICAL = 1;
var WILDCARD = 2;
function scanPattern(p) {
  const n = p.length;
  const slash = p.indexOf("\\");
  if (slash === -1 || p.indexOf("\\\\", slash) === -1 && p.indexOf("\\*", slash) === -1 && p.indexOf("\\?", slash) === -1 && p.charCodeAt(n - 1) !== BACKSLASH2)
    return p.indexOf("*") !== -1 || p.indexOf("?") !== -1 ? CANONICAL | WILDCARD : CANONICAL;
  let wild = 0;
  for (let i = 0; i < n; i++) {
    const c = p.charCodeAt(i);
    if (c === BACKSLASH2) {
      const next = p.charCodeAt(i + 1);
      if (next === STAR2 || next === QUESTION2) i++;
      else if (next === BACKSLASH2) {
        const after = p.charCodeAt(i + 2);
        if (i + 2 < n && after !== STAR2 && after !== QUESTION2 && after !== BACKSLASH2) return wild;
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
  if (sep2 !== BACKSLASH2 && sep2 !== SLASH) return null;
  for (let i = 2; i < n; i++) {
    const c = pattern2.charCodeAt(i);
    if (c === STAR2 || c === QUESTION2 || c === BACKSLASH2 || c === SLASH) return null;
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
  if (first !== 104 && first !== 72 && first !== BACKSLASH2) return value;
  for (const row of HIVE_ROWS) {
    const n = row.lower.length;
    if (value.charCodeAt(n) !== BACKSLASH2 || !startsWithFolded(value, row.lower)) continue;
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
var ENCODING_TRANSFORMS = /* @__PURE__ */ new Set(["base64", "base64offset", "wide", "utf16", "utf16le", "utf16be"]);
function encodingSuffix(pred) {
  const t = pred.transforms;
  if (t === void 0 || t.length === 0) return "";
  let out = "";
  for (const x of t) if (ENCODING_TRANSFORMS.has(x)) out += "+" + x;
  return out;
}
var scratch = { field: null, op: "eq", value: null };
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
function eventKind(logsource) {
  return `${logsource.product ?? ""}/${logsource.category ?? ""}/${logsource.service ?? ""}`.toLowerCase();
}

// src/catalog/parallel.ts
var STALL_MS = 3e4;
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
var FRONT = 0;
var SIGNAL = 1;
var HEADER = 2;
var WORKING = 1;
var STOPPED = 2;
var NOBODY = 0;
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
function toWire(p) {
  if (p === null) return null;
  const index = /* @__PURE__ */ new Map();
  const keys = [];
  for (const [k, parts] of p.keys) {
    index.set(k, index.size);
    keys.push(parts.field, parts.op, parts.value);
  }
  const at = (k) => index.get(k);
  const rules = p.rules.map((r) => ({
    ...r,
    indicators: r.indicators.map(at),
    exclusions: r.exclusions.map(at),
    standalone: r.standalone.map(at)
  }));
  const failures = p.failures.map(
    ({ stage, error }) => error instanceof Error ? { stage, name: error.name, message: error.message, stack: error.stack ?? null } : { stage, thrown: String(error) }
  );
  return { keys, rules, failures };
}
function serveWorker(parse2) {
  const port = parentPort;
  if (port === null) return;
  const setup = workerData;
  const { fault } = testOptions();
  port.once("message", (job) => {
    const mem = new Int32Array(job.shared);
    const slots = new Slots(job.workers, Math.ceil(job.tasks.length / job.chunk));
    const stop = () => {
      Atomics.store(mem, slots.state(job.id), STOPPED);
      Atomics.add(mem, SIGNAL, 1);
      Atomics.notify(mem, SIGNAL);
    };
    process.on("exit", stop);
    Atomics.store(mem, slots.state(job.id), WORKING);
    try {
      for (let claimed = 0; ; claimed++) {
        const c = Atomics.add(mem, FRONT, 1);
        if (c >= slots.chunks) break;
        if (Atomics.compareExchange(mem, slots.owner(c), NOBODY, FIRST_WORKER + job.id) !== NOBODY) break;
        if (claimed === 1 && fault !== void 0) injectFault(fault);
        const files = [];
        for (let i = c * job.chunk; i < Math.min(job.tasks.length, (c + 1) * job.chunk); i++) {
          files.push(toWire(parse2(job.tasks[i], setup)));
          Atomics.add(mem, slots.progress(job.id), 1);
        }
        const d = { chunk: c, json: JSON.stringify(files) };
        job.port.postMessage(d);
        Atomics.add(mem, SIGNAL, 1);
        Atomics.notify(mem, SIGNAL);
      }
    } finally {
      stop();
      job.port.close();
      port.close();
    }
  });
}
function injectFault(fault) {
  if (fault === "exit") process.exit(1);
  if (fault === "throw") throw new Error("injected worker fault");
  if (fault === "hang") for (; ; ) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

// src/yaml/positioned.ts
var import_js_yaml = __toESM(require_js_yaml_cjs(), 1);
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
var { DOCUMENT, MAPPING, SEQUENCE, SCALAR, ALIAS, POP } = import_js_yaml.EVENT_ID;
var scalarValue = import_js_yaml.getScalarValue;
var STYLE_NAMES = {
  [import_js_yaml.SCALAR_STYLE.PLAIN]: "plain",
  [import_js_yaml.SCALAR_STYLE.SINGLE_QUOTED]: "single",
  [import_js_yaml.SCALAR_STYLE.DOUBLE_QUOTED]: "double",
  [import_js_yaml.SCALAR_STYLE.LITERAL_BLOCK]: "literal",
  [import_js_yaml.SCALAR_STYLE.FOLDED_BLOCK]: "folded"
};
var Builder = class {
  constructor(text, lines, maxAliasExpansion, mergeKeys) {
    this.text = text;
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
    const value = ev.valueStart >= 0 ? scalarValue(text, ev) : "";
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
    events = (0, import_js_yaml.parseEvents)(text, { maxDepth: options.maxDepth ?? 100 });
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
  if (err instanceof import_js_yaml.YAMLException) {
    const mark = err.mark;
    const message2 = err.reason || err.message;
    if (mark) {
      const pos = typeof mark.position === "number" && mark.position >= 0 ? lines.position(mark.position) : { line: mark.line + 1, column: mark.column + 1 };
      return { message: message2, line: Math.max(1, pos.line), column: Math.max(1, pos.column) };
    }
    return { message: message2, line: 1, column: 1 };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { message, line: 1, column: 1 };
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
      const width = escapeWidth(text, i);
      if (DECODES_TO_SPACE.has(text[i + 1])) {
        i += width;
        continue;
      }
      out.push({ offset: i, width });
      i += width;
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

// src/formats/sigma/collection.ts
function mergeMaps(base, over, onConflict, path3 = "") {
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
    const keyPath = path3 ? `${path3}.${k}` : k;
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
        (path3, kept, dropped) => conflicts.push({ path: path3, kept, dropped })
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
  constructor(message, start, tooDeep = false) {
    this.message = message;
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
  constructor(path3) {
    this.path = path3;
  }
  path;
  items = [];
  add(severity, code, message, pos) {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message
    });
  }
  error(code, message, pos) {
    this.add("error", code, message, pos);
  }
  warning(code, message, pos) {
    this.add("warning", code, message, pos);
  }
  notice(code, message, pos) {
    this.add("notice", code, message, pos);
  }
};

// src/formats/sigma/diagnostics.ts
var Diagnostics = class extends DiagnosticCollector {
};

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
  const conflict = (severity, message, t) => {
    problems.push({ severity, code: "sigma/modifier-conflict", message, index: t.index });
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
    const text = readString(value, `logsource.${k}`, diags);
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
  detect(path3, text) {
    return YAML_PATH.test(path3) && SIGMA_KEY.test(text);
  },
  parse(path3, text) {
    try {
      return parseSigma(path3, text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const d = {
        path: path3,
        line: 1,
        column: 1,
        severity: "error",
        code: "sigma/internal-error",
        message: `the Sigma reader failed on this file: ${message}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseSigma(path3, text) {
  const fileDiags = new Diagnostics(path3);
  const yaml = parseYaml(text, { mergeKeys: true });
  if (yaml.error) {
    fileDiags.error("sigma/yaml-error", `YAML: ${yaml.error.message}`, yaml.error);
    return { rules: [], diagnostics: fileDiags.items };
  }
  for (const w of yaml.warnings) fileDiags.warning("sigma/yaml-warning", `YAML: ${w.message}`, w);
  const file = { path: path3, text, lines: yaml.lines };
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
    unknown: (message, pos) => ctx.diags.error("sigma/unknown-identifier", message, pos)
  });
}

// src/query/source.ts
function verbatimSource(path3, text, start) {
  const lineStarts2 = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts2.push(i + 1);
  return {
    path: path3,
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
function queryDiagnostic(source, offset, severity, code, message) {
  const { line, column } = source.pos(offset);
  return { path: source.path, line, column, severity, code, message };
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
      const width = two === "!=" || two === "<=" || two === ">=" || two === "==" ? 2 : 1;
      return { kind: "op", end: i + width, unterminated: false };
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
  constructor(message, offset, tooDeep = false) {
    super(message);
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
      const list = this.parseArgs(at);
      const close = this.toks[this.i - 1];
      return { k: "in", start: l.start, end: close.end, x: l, list };
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
function inList(x, list, node, h) {
  if (x.k !== "field" || list.length === 0 || !list.every(isLiteral))
    return opaque2(node, h, "an IN that is not a field against values");
  const children = list.map(
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
  for (const cut of cuts) {
    bounds.push([from, cut]);
    from = cut + 1;
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
  error(offset, code, message) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, "error", code, message));
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
  glue(list) {
    const first = this.peek();
    if (first === void 0 || first.kind !== "word" && first.kind !== "string") return null;
    const pieces = [first];
    this.i++;
    let depth = 0;
    let fallback = null;
    for (; ; ) {
      const t = this.peek();
      if (t === void 0 || t.spaced && depth === 0 || !this.glues(t, depth, list)) break;
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
  glues(t, depth, list) {
    switch (t.kind) {
      case "word":
      case "string":
      case "op":
      case "lparen":
        return true;
      case "rparen":
        return depth > 0;
      case "comma":
        return !list || depth > 0;
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
      const cmp2 = op === "<" ? "lt" : op === "<=" ? "lte" : op === ">" ? "gt" : "gte";
      node = this.leaf(this.h.pred(field, cmp2, literal(parts), value.start, false));
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
    const result = () => ({
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
      return result();
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
    return result();
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
  error(offset, message) {
    this.diag(offset, "error", "spl/syntax", message);
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
  diag(offset, severity, code, message) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    this.diagnostics.push(queryDiagnostic(this.source, this.exp.origin[o], severity, code, message));
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

// src/hash.ts
import { createRequire } from "node:module";
var crypto;
function load() {
  return crypto ??= createRequire(import.meta.url)("node:crypto");
}
function createHash(algorithm) {
  return load().createHash(algorithm);
}

// src/formats/splunk/definitions.ts
var import_js_yaml2 = __toESM(require_js_yaml_cjs(), 1);
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
var folders = /* @__PURE__ */ new Map();
var beside = /* @__PURE__ */ new Map();
var loaded = /* @__PURE__ */ new Map();
var resolved = /* @__PURE__ */ new Map();
var generation = 0;
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
  const list = (configured, kind) => {
    const out = (configured ?? []).map((f) => path.resolve(f));
    if (context?.file !== void 0) {
      const found = folderBeside(path.dirname(path.resolve(context.file)), kind);
      if (found !== null) out.push(found);
    }
    return [...new Set(out)];
  };
  return {
    macros: list(context?.splunkMacros, "macros"),
    dataSources: list(context?.splunkDataSources, "data_sources")
  };
}
function loadFolder(folder, kind) {
  const cacheKey = `${kind}\0${folder}`;
  const cached = folders.get(cacheKey);
  if (cached && cached.generation === generation) return cached.contents;
  const files = readFolder(folder);
  if (cached && fingerprintOf(cached.contents) === filesFingerprint(files)) {
    cached.generation = generation;
    return cached.contents;
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
    const list = index.get(name);
    if (list === void 0) index.set(name, [i]);
    else list.push(i);
  };
  contents.files.forEach(({ glance }, i) => {
    if (glance === null) contents.unnamed.push(i);
    else {
      add(contents.byName, glance, i);
      add(contents.byFoldedName, glance.toLowerCase(), i);
    }
  });
  folders.set(cacheKey, { contents, generation });
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
function nameAtAGlance(text, kind) {
  let found = null;
  NAME_LINE.lastIndex = 0;
  for (let m = NAME_LINE.exec(text); m !== null; m = NAME_LINE.exec(text)) {
    if (found !== null) return null;
    found = m;
  }
  if (found === null || /^(?:["']name["'][ \t]*:|\?)/m.test(text)) return null;
  const next = found.index + found[0].length + 1;
  if (next < text.length && /[\s#]/.test(text[next])) return null;
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
function firstDefinition(contents, named2, read, matches) {
  const a = named2 ?? [];
  const b = contents.unnamed;
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const file = contents.files[j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++]];
    const doc = docOf(file);
    const def = doc === null ? null : read(doc);
    if (def !== null && matches(def)) return def;
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
function parseDefinition(text) {
  const plain = plainDefinition(text);
  return plain !== void 0 ? plain : loadDefinition(text);
}
function loadDefinition(text) {
  const attempt2 = (t) => {
    const doc = (0, import_js_yaml2.load)(t, { schema: import_js_yaml2.CORE_SCHEMA });
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
var DEFINITION_KEYS = /* @__PURE__ */ new Set(["name", "definition", "arguments", "source", "sourcetype", "separator"]);
var TAG_ANCHOR_ALIAS = /(?:^|[\s,[{])[!&*]/;
var MAYBE_NOT_STRING = /^(?:$|[-+.\d~]|(?:null|true|false)$)/i;
function plainDefinition(text) {
  if (TAG_ANCHOR_ALIAS.test(text)) return void 0;
  const parsed = parseYaml(text);
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
  const code = /\b(\d+)$/.exec(name);
  return {
    name,
    source: str(doc.source),
    sourcetype: str(doc.sourcetype),
    separator,
    eventCode: code && separator !== null && /^event_?(code|id)$/i.test(separator) ? code[1] : null
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
  const offsets = new Int32Array(Math.max(end - node.contentStart, 0));
  let n = 0;
  for (let i = node.contentStart; i < end; i++) if (!isSpace3(text.charCodeAt(i))) offsets[n++] = i;
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
function isSplunkDetection(path3, text) {
  return YAML_PATH2.test(path3) && SEARCH_KEY.test(text) && NAME_KEY.test(text) && !SIGMA_KEY2.test(text) && !NOT_A_DETECTION.test(text);
}
var splunkFormat = {
  vendor: "splunk",
  detect: isSplunkDetection,
  parse(path3, text, context) {
    try {
      return parseSplunk(path3, text, context);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const d = {
        path: path3,
        line: 1,
        column: 1,
        severity: "error",
        code: "splunk/internal-error",
        message: `the Splunk reader failed on this file: ${message}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseSplunk(path3, text, context) {
  const fileDiags = new Diagnostics2(path3);
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
  const diags = new Diagnostics2(path3);
  const rule = readDetection2(root, { path: path3, text, lines: yaml.lines, line: doc.line, defs, diags });
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
  const result = parseSpl(source, {
    lookup: (name, arity) => ctx.defs.macro(name, arity) ?? builtinMacro(name, arity),
    isExclusionHook: (name) => name.endsWith("_filter")
  });
  const pos = { line: node.line, column: node.column };
  if (result.exclusionHooks.length === 0)
    ctx.diags.notice(
      "splunk/missing-filter-macro",
      "the search has no `<name>_filter` macro, the hook Splunk content uses for local exclusions",
      pos
    );
  return { result, pos };
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
function buildLogsource(result, dataSources) {
  const selectors = result?.selectors ?? [];
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
  if (result?.expr) {
    for (const p of positivePredicates(result.expr))
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
    dataModel: result?.dataModel ?? null,
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
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
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
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
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
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
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
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
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
function isSpace4(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
function isLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function lex2(text, options = {}) {
  const spacedDots = options.spacedDots === true;
  const tokens = [];
  const problems = [];
  const n = text.length;
  let i = 0;
  const problem2 = (code, offset, message) => {
    problems.push({ code, offset, message });
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
            problem2(
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
      if (text.charCodeAt(j) !== 46) break;
      const d = text.charCodeAt(j + 1);
      if (isIdentPart2(d) || d === 96) j++;
      else if (spacedDots && isSpace4(d)) {
        let k = j + 1;
        while (isSpace4(text.charCodeAt(k))) k++;
        const e = text.charCodeAt(k);
        if (!(isIdentStart2(e) || e === 96)) break;
        if (escaped === null) escaped = text.slice(from, j).split(".");
        j = k;
      } else break;
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
      const run = j;
      let c = text.charCodeAt(j);
      while (j < n && c !== q && c !== 92 && c !== 10 && c !== 13) c = text.charCodeAt(++j);
      if (j > run) value += text.slice(run, j);
      if (j >= n || c === 10 || c === 13) {
        problem2("eql/unterminated-string", from, "unterminated string: the closing quote is missing");
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
      if (j >= n || text[j] === "\n" || text[j] === "\r") {
        problem2("eql/unterminated-string", from, "unterminated string: the closing quote is missing");
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
        problem2("eql/unterminated-comment", i, "unterminated comment: `/*` has no closing `*/`");
        i = n;
      } else i = e + 2;
      continue;
    }
    const start = i;
    if (c === 34 && text.startsWith('"""', i)) {
      const e = text.indexOf('"""', i + 3);
      if (e === -1) {
        problem2("eql/unterminated-string", i, 'unterminated raw string: `"""` has no closing `"""`');
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
      problem2("eql/unexpected-character", i, "`?` should be followed by a field name (`?field`)");
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
    problem2("eql/unexpected-character", i, `unexpected character \`${ch}\``);
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
    const strings = rest.every((a) => a.k === "string") ? rest : null;
    if (first?.k === "field" && strings !== null && strings.length > 0) {
      const shape = WILDCARD_FUNCTIONS.get(name);
      if (shape !== void 0)
        return or(
          strings.map(
            (s) => this.pred(first, "wildcard", buildPattern(shape(s.value)), !call2.insensitive, s.start)
          )
        );
      if (name === "cidrmatch") return or(strings.map((s) => this.pred(first, "cidr", s.value, false, s.start)));
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
    else if (v.k === "search") calls.push("_arraysearch");
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
  report(severity, code, offset, message) {
    if (severity === "error") {
      if (offset === this.lastErrorOffset) return;
      this.lastErrorOffset = offset;
    }
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message));
  }
  /** Reports a syntax error at the current token. */
  complain(message) {
    const t = this.peek();
    this.report("error", "eql/syntax", t.start, `${message}, found ${describe2(t)}`);
  }
  /** Reports a syntax error at the current token and aborts to the nearest recovery point. */
  fail(message) {
    this.complain(message);
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
    this.closeStep(open2);
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
      const text = t.kind === "name" ? (t.optional ? "?" : "") + t.value : t.value;
      return `\`${text.length > 40 ? text.slice(0, 39) + "\u2026" : text}\``;
    }
  }
}

// src/query/eql/index.ts
function parseEql(source, options = {}) {
  try {
    return new EqlParser(source, options.dialect).parse();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      queries: [],
      diagnostics: [
        queryDiagnostic(source, 0, "error", "eql/internal-error", `the EQL parser failed: ${message}`)
      ],
      properties: {}
    };
  }
}

// src/query/esql/lexer.ts
var BACKSLASH3 = 92;
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
    j += c === BACKSLASH3 ? 2 : 1;
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
  let run = start + 1;
  let i = start + 1;
  while (i < contentEnd) {
    if (text.charCodeAt(i) !== BACKSLASH3) {
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
    value += text.slice(run, i) + decoded;
    if (withOffsets) offsets.push(i);
    i += 2;
    run = i;
  }
  value += text.slice(run, contentEnd);
  if (withOffsets) offsets.push(contentEnd);
  return { value, offsets };
}
function escapedAt(text, start, at) {
  let k = at - 1;
  let count = 0;
  while (k > start && text.charCodeAt(k) === BACKSLASH3) {
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
      const str2 = scanString(text, i);
      const stop = Math.min(str2.end, end);
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
var BACKSLASH4 = 92;
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
  return isSpecial(c) || c === BACKSLASH4 || c === 42 || c === 32;
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
      if (d === BACKSLASH4) {
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
    i += c === BACKSLASH4 ? 2 : 1;
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
  let run = start;
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) !== BACKSLASH4 || i + 1 >= end) {
      i++;
      continue;
    }
    const e = text[i + 1];
    let decoded = null;
    let width = 2;
    if (e === '"' || e === "\\") decoded = e;
    else if (e === "t") decoded = "	";
    else if (e === "r") decoded = "\r";
    else if (e === "n") decoded = "\n";
    else if (isUnicodeEscape(text, i, end)) {
      decoded = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      width = 6;
    }
    if (decoded === null) {
      i++;
      continue;
    }
    out += text.slice(run, i) + decoded;
    i += width;
    run = i;
  }
  return out + text.slice(run, end);
}
function decodeUnquoted(text, start, end) {
  const parts = [];
  let lit2 = "";
  let run = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 42 && !(c === BACKSLASH4 && i + 1 < end)) {
      i++;
      continue;
    }
    lit2 += text.slice(run, i);
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
    run = i;
  }
  lit2 += text.slice(run, end);
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
var BACKSLASH5 = 92;
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
  const error = (offset, code, message) => {
    diagnostics.push(queryDiagnostic(source, offset, "error", code, message));
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
          i += d === BACKSLASH5 ? 2 : 1;
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
      if (d === BACKSLASH5) {
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
    if (c === BACKSLASH5 && i + 1 < n) {
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
    if (text.charCodeAt(i) === BACKSLASH5 && i + 1 < end) i++;
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
    if (c === BACKSLASH5 && i + 1 < n) {
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
  diag(offset, severity, code, message) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message));
  }
  /** Clauses side by side, up to `)` (when one is open) or the end. */
  clauses(field) {
    const list = [];
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
      list.push(this.or(field));
      if (this.i === before) this.next();
    }
    return this.combine(list);
  }
  combine(list) {
    const clauses = list.filter((c) => c.expr !== null);
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
  constructor(message, offset, code = "esql/syntax") {
    this.message = message;
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
    const result = node.name === "KQL" ? parseKql(inner) : parseLucene(inner);
    this.diagnostics.push(...result.diagnostics);
    if (!result.expr) return this.opaque(node.start, node.end, MATCH_ALL);
    for (const p of predicates(result.expr))
      if (p.field !== null && this.ctx.isDerived(p.field)) p.derived = true;
    return result.expr;
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
  warn(offset, code, message) {
    this.diagnostics.push(queryDiagnostic(this.ctx.source, offset, "warning", code, message));
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
  const result = { expr: null, indices: [], stages: [], diagnostics };
  if (skipBlank(text, 0, text.length) === text.length) return result;
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
    result.stages.push(cmd.name);
    if (k === 0) readFirst(cmd, source, result);
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
  result.expr = clauses.length === 0 ? null : andFlat(clauses);
  return result;
}
function readFirst(cmd, source, result) {
  if (cmd.name === "FROM" || cmd.name === "TS") {
    const sources = readSources(source.text, cmd.argsStart, cmd.end);
    for (const b of sources.bad)
      result.diagnostics.push(
        queryDiagnostic(
          source,
          b,
          "error",
          "esql/syntax",
          `unexpected ${quote(source.text[b])} in the ${cmd.name} sources`
        )
      );
    result.indices = sources.indices.map((s) => s.name);
    if (sources.indices.length === 0)
      result.diagnostics.push(
        queryDiagnostic(source, cmd.start, "error", "esql/syntax", `${cmd.name} names no index pattern`)
      );
    return;
  }
  result.diagnostics.push(
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
function pathKey(path3) {
  let out = "";
  for (let i = 0; i < path3.length; i++) {
    const s = path3[i];
    if (i > 0) out += "\0";
    out += typeof s === "number" ? `#${s}` : s;
  }
  return out;
}
function locate(layout, path3) {
  for (let n = path3.length; n > 0; n--) {
    const key = pathKey(path3.slice(0, n));
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
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
var RuleFile = class {
  constructor(path3, text, diags) {
    this.path = path3;
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
  pos(path3) {
    const offset = locate(this.layout, path3);
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
    const warn2 = (message) => this.diags.warning(
      "elastic/invalid-metadata",
      message(dotted([...where, key])),
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
function dotted(path3) {
  let out = "";
  for (const s of path3) {
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
function warn(file, where, message) {
  file.diags.warning("elastic/invalid-threat", message, file.pos(where));
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
    const list = (key) => {
      const v = body[key];
      if (v === void 0) return [];
      return Array.isArray(v) ? v.map((x, i) => [x, [...at, key, i]]) : [[v, [...at, key]]];
    };
    const conjuncts = [];
    for (const key of ["must", "filter"]) {
      for (const [q, where] of list(key)) {
        const e = this.read(q, where);
        if (e !== null) conjuncts.push(e);
      }
    }
    const should = [];
    let shouldAll = false;
    for (const [q, where] of list("should")) {
      const e = this.read(q, where);
      if (e === null) shouldAll = true;
      else should.push(e);
    }
    if (should.length > 0 && !shouldAll) conjuncts.push(or(should));
    for (const [q, where] of list("must_not")) {
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
  detect(path3, text) {
    return TOML_PATH.test(path3) && RULE_TABLE.test(text);
  },
  parse(path3, text) {
    try {
      return parseElastic(path3, text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const d = {
        path: path3,
        line: 1,
        column: 1,
        severity: "error",
        code: "elastic/internal-error",
        message: `the Elastic reader failed on this file: ${message}`
      };
      return { rules: [], diagnostics: [d] };
    }
  }
};
function parseElastic(path3, text) {
  const fileDiags = new Diagnostics3(path3);
  let doc;
  try {
    doc = parse(text, { unsafeKeyBehaviour: "drop", maxDepth: 200 });
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const message = err.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    fileDiags.error("elastic/toml-error", `TOML: ${message}`, { line: err.line, column: err.column });
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
  const file = new RuleFile(path3, text, new Diagnostics3(path3));
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
  const missing = missingSteps(properties);
  for (const q of queries) {
    if (missing.has(q.label) && q.expr.kind === "not")
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
function commonIndent(text) {
  let indent = Infinity;
  for (const line of text.split(/\r?\n/)) {
    const body = line.trimStart();
    if (body === "" || body.startsWith("#") || body === "---" || body === "...") continue;
    indent = Math.min(indent, line.length - body.length);
    if (indent === 0) return 0;
  }
  return Number.isFinite(indent) ? indent : 0;
}
function dedent(text, n) {
  return text.replace(/^[ \t]+/gm, (lead) => lead.slice(Math.min(n, lead.length)));
}
function detectFormat(path3, text) {
  const format = FORMATS.find((f) => f.detect(path3, text));
  if (format) return { format, indent: 0 };
  if (!/\.ya?ml$/i.test(path3)) return null;
  const indent = commonIndent(text);
  if (indent === 0) return null;
  const flat2 = dedent(text, indent);
  const found = FORMATS.find((f) => f.detect(path3, flat2));
  return found ? { format: found, indent } : null;
}
function firstContentLine(text) {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  return i === -1 ? 1 : i + 1;
}
function readRuleFile(path3, text, context) {
  const found = detectFormat(path3, text);
  if (!found) return { rules: [], diagnostics: [] };
  const { format, indent } = found;
  let result;
  try {
    result = format.parse(path3, text, context);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      rules: [],
      diagnostics: [
        {
          path: path3,
          line: 1,
          column: 1,
          severity: "error",
          code: "internal-error",
          message: `detlint could not read this file: ${message}`
        }
      ]
    };
  }
  for (const rule of result.rules) {
    if (rule.id !== null) rule.id = ownCopy(rule.id);
    rule.title = ownCopy(rule.title);
  }
  if (indent === 0) return result;
  const diagnostic = {
    path: path3,
    line: firstContentLine(text),
    column: indent + 1,
    severity: "notice",
    code: "file/indented",
    message: `every line of this file is indented by ${indent} ${indent === 1 ? "character" : "characters"}; it is read as a rule, but other tools may not find its keys: remove the indentation`
  };
  return { ...result, diagnostics: [diagnostic, ...result.diagnostics] };
}
function whyNotARule(path3, text) {
  if (/\.ya?ml$/i.test(path3)) {
    if (text.trim() === "") return "an empty YAML file";
    return "YAML that is neither a Sigma rule (no top-level detection, logsource or correlation) nor a Splunk detection (no search)";
  }
  if (/\.toml$/i.test(path3)) {
    if (text.trim() === "") return "an empty TOML file";
    if (/^[ \t]*\[[ \t]*rule[ \t]*\]/m.test(text)) return "TOML with a [rule] table but no rule_id";
    return "TOML without an Elastic [rule] table";
  }
  return `not a rule file: detlint reads ${RULE_EXTENSIONS.join(", ")} files`;
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
function capResult(result) {
  for (const rule of result.rules) rule.diagnostics = capDiagnostics(rule.diagnostics);
  return { ...result, diagnostics: capDiagnostics(result.diagnostics) };
}

// src/files.ts
var import_ignore = __toESM(require_ignore(), 1);

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
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
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
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
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
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
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
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
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
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
      if (pad) {
        const need = width - c.length;
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
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
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
      str2 = m.post;
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
        str2 = m.pre + "{" + m.body + escClose + m.post;
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
          str2 = m.post;
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
    str2 = m.post;
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
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
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
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
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
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
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
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
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
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
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
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
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
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
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
    match: (list, pattern2, options = {}) => orig.match(list, pattern2, ext(def, options)),
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
var match = (list, pattern2, options = {}) => {
  const mm = new Minimatch(pattern2, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern2);
  }
  return list;
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
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
function problem(code, message) {
  return { ok: false, code, message };
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
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
function readCarefully(file, maxBytes) {
  const before = inspect(file);
  if (!isStats(before)) return before;
  if (!before.isFile()) return notRegular(before);
  if (before.size > maxBytes) return tooLarge(`${before.size} bytes`, maxBytes);
  let fd;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code = errorCode(err);
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : errorText(err);
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
  const text = bytes.toString("utf8");
  const bad = text.includes("\uFFFD") ? invalidUtf8Offset(bytes) : -1;
  if (bad === -1) return { text, encoding: "utf-8", problems: [] };
  const shown = [...bytes.subarray(bad, bad + 4)].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
  return {
    text,
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
function channel(name, titles) {
  return titles ? { provider: name, channels: [name], titles } : { provider: name, channels: [name] };
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
    const list = out.values.get(f);
    if (list) list.push(p.value);
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
    for (const name of names) if (typeof name === "string") addDataSource(name, scope, out);
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
  const list = reading.values.get(field);
  if (list) list.push(value);
  else reading.values.set(field, [value]);
}
var nameCache = /* @__PURE__ */ new Map();
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

// src/catalog/model.ts
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

// src/catalog/sections.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readFileSync as readFileSync2, readSync as readSync2 } from "node:fs";
var openFiles = new FinalizationRegistry((fd) => {
  try {
    closeSync2(fd);
  } catch {
  }
});
var MAX_HEADER = 16 * 1024 * 1024;

// src/catalog/cache.ts
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

// src/normalize/spell.ts
var EVENT_NAMES = [
  ...new Set([...WINDOWS_EVENT_FIELDS, ...LOG_FIELDS].flatMap((t) => Object.keys(t.fields)))
];

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
  const { text, problems } = decodeSource(bytes.bytes);
  let result;
  try {
    result = capResult(parser(shown, text, { ...context, file }));
  } catch (error) {
    const failure = { path: shown, stage: "reading it", error };
    failures?.push(failure);
    return { path: shown, result: { rules: [], diagnostics: [internalErrorDiagnostic(failure)] }, text };
  }
  if (result.rules.length === 0 && result.diagnostics.length === 0)
    return { path: shown, result, text, skipped: whyNotARule(shown, text) };
  const encoding = problems.map((p) => ({ path: shown, ...p }));
  return { path: shown, result: { ...result, diagnostics: [...encoding, ...result.diagnostics] }, text };
}
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

// src/worker.ts
serveWorker(parseCorpusFile);
