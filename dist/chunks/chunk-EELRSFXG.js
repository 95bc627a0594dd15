import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-SGMHL7FU.js";

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
      let match = YAML_DATE_REGEXP.exec(source);
      if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
      if (match === null) return NOT_RESOLVED;
      const year = +match[1];
      const month = +match[2] - 1;
      const day = +match[3];
      if (!match[4]) {
        const date2 = makeUtcDate(year, month, day);
        if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
        return date2;
      }
      const hour = +match[4];
      const minute = +match[5];
      const second = +match[6];
      let fraction = 0;
      if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
      if (match[7]) {
        let value = match[7].slice(0, 3);
        while (value.length < 3) value += "0";
        fraction = +value;
      }
      const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
      if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
      if (match[9]) {
        const offsetHour = +match[10];
        const offsetMinute = +(match[11] || 0);
        if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
        const offset = (offsetHour * 60 + offsetMinute) * 6e4;
        date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
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
        const prefix = createTagDefinitionListMap();
        for (const tag of compiledTags) {
          if (tag.nodeKind === "scalar" && tag.implicit) {
            if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
            implicitScalarTags.push(tag);
          }
          switch (tag.nodeKind) {
            case "scalar":
              if (tag.matchByTagPrefix) prefix.scalar.push(tag);
              else exact.scalar[tag.tagName] = tag;
              break;
            case "sequence":
              if (tag.matchByTagPrefix) prefix.sequence.push(tag);
              else exact.sequence[tag.tagName] = tag;
              break;
            case "mapping":
              if (tag.matchByTagPrefix) prefix.mapping.push(tag);
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
        this.prefix = prefix;
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
      let match;
      let foundLineNo = -1;
      while (match = re.exec(mark.buffer)) {
        lineEnds.push(match.index);
        lineStarts2.push(match.index + match[0].length);
        if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
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
      constructor(reason2, mark) {
        super();
        _defineProperty(this, "reason", void 0);
        _defineProperty(this, "mark", void 0);
        this.name = "YAMLException";
        this.reason = reason2;
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
              const digit = fromHexCode$1(input.charCodeAt(position));
              hexResult = (hexResult << 4) + digit;
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
    function getScalarValue2(input, scalar) {
      if (scalar.valueStart === NO_RANGE$3) return "";
      const { valueStart, valueEnd } = scalar;
      if (scalar.fast) return input.slice(valueStart, valueEnd);
      switch (scalar.style) {
        case SCALAR_STYLE2.SINGLE_QUOTED:
          return getSingleQuotedValue(input, valueStart, valueEnd);
        case SCALAR_STYLE2.DOUBLE_QUOTED:
          return getDoubleQuotedValue(input, valueStart, valueEnd);
        case SCALAR_STYLE2.LITERAL_BLOCK:
          return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
        case SCALAR_STYLE2.FOLDED_BLOCK:
          return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
        default:
          return getPlainValue(input, valueStart, valueEnd);
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
    function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
      state.events.push({
        type: EVENT_ID2.SCALAR,
        valueStart,
        valueEnd,
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
      const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
      if (match !== null) {
        state.position = start + match.index + match[0].length - 1;
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
        const digit = fromDecimalCode(current);
        if (current === 43 || current === 45) {
          if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
          chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
          state.position++;
        } else if (digit >= 0) {
          if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
          indent = parentIndent + digit - 1;
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
      let valueEnd = state.position;
      while (state.input.charCodeAt(state.position) !== 0) {
        const linePosition = state.position;
        let column = 0;
        while (state.input.charCodeAt(linePosition + column) === 32) column++;
        const first = state.input.charCodeAt(linePosition + column);
        if (first === 0) {
          if (contentIndent >= 0) {
            if (column > contentIndent) valueEnd = linePosition + column;
          } else if (column > 0) valueEnd = linePosition + column;
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
        valueEnd = state.position;
        if (isEol(state.input.charCodeAt(state.position))) {
          consumeLineBreak(state);
          valueEnd = state.position;
        }
      }
      checkPrintable(state, valueStart, valueEnd);
      addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
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
        const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match === null) throwError(state, "ill-formed argument of the YAML directive");
        if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
        state.directives.push({
          kind: "yaml",
          version: args[0]
        });
      } else if (name === "TAG") {
        if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
        const [handle, prefix] = args;
        if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
        if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        state.tagHandlers[handle] = prefix;
        state.directives.push({
          kind: "tag",
          handle,
          prefix
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
    function loadAll2(input, iteratorOrOptions, options) {
      let iterator = null;
      if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
      else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
      const documents = loadDocuments(input, options);
      if (iterator === null) return documents;
      for (const document of documents) iterator(document);
    }
    function load2(input, options) {
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
    function build(state, object) {
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
          let item = build(state, container[index]);
          if (item === INVALID && container[index] === void 0) item = build(state, null);
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
        const key = build(state, objectKey);
        if (key === INVALID) continue;
        const value = build(state, objectValue);
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
      const root = build({
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
      const pad2 = " ".repeat(shiftOfContent);
      let result = string.slice(0, nextLF);
      const lineRe = /(\n+)([^\n]*)/g;
      lineRe.lastIndex = nextLF;
      let match;
      while (match = lineRe.exec(string)) {
        const breaks = match[1].length;
        const line = match[2];
        result += "\n".repeat(breaks + 1) + pad2 + line;
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
      const clip2 = string[string.length - 1] === "\n";
      return `${indentIndicator}${clip2 && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip2 ? "" : "-"}
`;
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function isMoreIndented(char) {
      return char === " " || char === "	";
    }
    function foldLine(line, width2) {
      if (line === "" || isMoreIndented(line[0])) return line;
      const breakRe = / [^ \t]/g;
      let match;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result = "";
      while (match = breakRe.exec(line)) {
        next = match.index;
        if (next - start > width2) {
          end = curr > start ? curr : next;
          result += `
${line.slice(start, end)}`;
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width2 && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
      else result += line.slice(start);
      return result.slice(1);
    }
    function foldBlockScalar(string, width2) {
      const lineRe = /(\n+)([^\n]*)/g;
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) nextLF = string.length;
      lineRe.lastIndex = nextLF;
      let result = foldLine(string.slice(0, nextLF), width2);
      let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
      let moreIndented;
      let match;
      while (match = lineRe.exec(string)) {
        const prefix = match[1];
        const line = match[2];
        moreIndented = line !== "" && isMoreIndented(line[0]);
        result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width2);
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
      const pad2 = state.flowBracketPadding && node.items.length > 0 ? " " : "";
      return `[${pad2}${result}${pad2}]`;
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
        const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
        const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
        const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
        pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
        result += pairBuffer;
      }
      const pad2 = state.flowBracketPadding && result !== "" ? " " : "";
      return `{${pad2}${result}${pad2}}`;
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
        const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
        text = `${props.join(" ")}${sep}${body}`;
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
        const { handle, prefix } = directive;
        result += `%TAG ${handle} ${prefix}
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
          const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
          result += `---${sep}${body}
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
    exports.load = load2;
    exports.loadAll = loadAll2;
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

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str2, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str2, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

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
  let lit = "";
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const n = text.charCodeAt(i + 1);
      if (n === STAR || n === QUESTION || n === BACKSLASH) {
        lit += text.slice(run, i);
        run = ++i;
      }
    } else if (c === STAR || c === QUESTION) {
      lit += text.slice(run, i);
      if (lit) parts.push({ lit });
      lit = "";
      parts.push(c === STAR ? "*" : "?");
      run = i + 1;
    }
  }
  lit += text.slice(run);
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
  let run = 0;
  for (let i = 0; i < lit.length; i++) {
    const c = lit.charCodeAt(i);
    let escape = c === STAR || c === QUESTION;
    if (c === BACKSLASH) {
      const n = lit.charCodeAt(i + 1);
      escape = i + 1 === lit.length || n === STAR || n === QUESTION || n === BACKSLASH;
    }
    if (escape) {
      out += lit.slice(run, i) + "\\";
      run = i;
    }
  }
  return out === "" ? lit : out + lit.slice(run);
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
function wildcardMatches(pattern, text, caseSensitive) {
  return piecesMatch(piecesOf(pattern, caseSensitive), caseSensitive ? text : text.toLowerCase());
}
var PIECES = /* @__PURE__ */ new Map();
var MAX_PIECES = 2e4;
function piecesOf(pattern, caseSensitive) {
  const key = `${caseSensitive ? "s" : "i"}${pattern}`;
  let pieces = PIECES.get(key);
  if (pieces === void 0) {
    const out = [[]];
    for (const p of parsePattern(pattern)) {
      if (p === "*") out.push([]);
      else out[out.length - 1].push(p === "?" ? p : { lit: caseSensitive ? p.lit : p.lit.toLowerCase() });
    }
    if (PIECES.size >= MAX_PIECES) PIECES.clear();
    PIECES.set(key, pieces = out);
  }
  return pieces;
}
function starMatches(pattern, text) {
  return piecesMatch(
    pattern.split("*").map((lit) => lit === "" ? [] : [{ lit }]),
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
for (const [path2, name] of PATH_NAME_FIELDS) FIELD_RULES.set(path2, { rule: "pathName", name });
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
var NAME_PATH_FIELDS = new Map([...PATH_NAME_FIELDS].map(([path2, name]) => [name, path2]));
function pathFieldOf(nameField) {
  return NAME_PATH_FIELDS.get(nameField);
}
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
function patternLiteral(pattern) {
  return pattern.indexOf("\\") === -1 ? pattern : literalText(parsePattern(pattern));
}
function pathBasename(pattern) {
  const n = pattern.length;
  if (n < 3 || pattern.charCodeAt(0) !== STAR2) return null;
  const sep = pattern.charCodeAt(1);
  if (sep !== BACKSLASH2 && sep !== SLASH) return null;
  for (let i = 2; i < n; i++) {
    const c = pattern.charCodeAt(i);
    if (c === STAR2 || c === QUESTION2 || c === BACKSLASH2 || c === SLASH) return null;
  }
  return pattern.slice(2);
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
function admitOfPattern(pattern) {
  let found = patternCache.get(pattern);
  if (found === void 0) {
    found = computeAdmit(pattern);
    patternCache.set(pattern, found);
  }
  return found;
}
function computeAdmit(pattern) {
  if (pattern.startsWith("-")) return NOTHING;
  const colon = pattern.lastIndexOf(":");
  const p = (colon === -1 ? pattern : pattern.slice(colon + 1)).trim().toLowerCase();
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
function wildcardChannel(pattern) {
  let found;
  for (const [name, source] of CHANNEL_SOURCES)
    if (starMatches(pattern, name)) {
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
    const named = PRODUCT_SERVICE_SOURCES.get(`${product}/${service}`);
    if (named !== void 0) scope.sources.add(named);
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
  for (const pattern of index) {
    const admit = admitOfPattern(pattern);
    for (const s of admit.sources) {
      if (s === "windows") scope.anyWindows = true;
      else scope.sources.add(s);
    }
    for (const e of admit.events) scope.events.add(e);
  }
  const product = lower(ls.product);
  if (index.length === 0 && product === "windows") scope.anyWindows = true;
  const named = PRODUCT_SERVICE_SOURCES.get(`${product}/${lower(ls.service)}`);
  if (named !== void 0) scope.sources.add(named);
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
  const named = /* @__PURE__ */ new Set();
  for (const id of out) if (isWindowsSource(sourceOf(id))) named.add(id.slice(id.indexOf(":") + 1));
  for (const code of codes) {
    if (code.startsWith("sysmon:")) out.add(linux ? `sysmon-linux:${code.slice(7)}` : code);
    else if (/^\d+$/.test(code) && !named.has(code)) out.add(resolveCode(code, EMPTY, scope));
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
    for (const pattern of DATA_SOURCE_NAMES) {
      const m = pattern.test.exec(n);
      if (!m) continue;
      ids.push(...pattern.ids(m));
      if (pattern.source) sources.push(pattern.source(m));
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
import { readFileSync } from "node:fs";
var ATTACK_TABLE_FORMAT = 1;
var TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;
var TACTIC_ID = /^TA\d{4}$/;
var SHORTNAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var AttackError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "AttackError";
  }
};
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function show(v) {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var Checker = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(where, message) {
    throw new AttackError(`${this.file}: ${where}: ${message}`);
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
var TOP_KEYS = [
  "format_version",
  "attack_version",
  "source",
  "license",
  "tactics",
  "techniques",
  "v18_to_v19",
  "v18_to_v19_tactics"
];
var TECHNIQUE_KEYS = ["name", "tactics", "revoked", "replaced_by", "deprecated", "description"];
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
  c.pattern(id, where, TECHNIQUE_ID, `${ID_TEXT} as the key`);
  const t = c.object(v, where);
  c.keys(t, where, TECHNIQUE_KEYS);
  const name = c.string(t.name, `${where}.name`);
  if (!Array.isArray(t.tactics))
    c.fail(`${where}.tactics`, `expected a list of tactic shortnames, got ${show(t.tactics)}`);
  const tactics = t.tactics.map((s, i) => {
    const w = `${where}.tactics[${i}]`;
    const slug = c.pattern(s, w, SHORTNAME, "a tactic shortname like execution");
    if (shortnames.size > 0 && !shortnames.has(slug))
      c.fail(w, `${show(slug)} is not the shortname of a tactic in tactics`);
    return slug;
  });
  const out = { name, tactics };
  const revoked = "revoked" in t && c.trueFlag(t.revoked, `${where}.revoked`);
  if ("replaced_by" in t) {
    const by = c.pattern(t.replaced_by, `${where}.replaced_by`, TECHNIQUE_ID, ID_TEXT);
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
    c.pattern(from, where, TECHNIQUE_ID, `${ID_TEXT} as the key`);
    const m = c.object(v, where);
    c.keys(m, where, ["id", "name"]);
    out[from] = {
      id: c.pattern(m.id, `${where}.id`, TECHNIQUE_ID, ID_TEXT),
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
  if ("v18_to_v19_tactics" in doc) table.v18_to_v19_tactics = readTacticSplits(c, doc.v18_to_v19_tactics);
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
    movedTo: new Set([...moves.values()].map((m) => m.id)),
    tacticSplits: new Map(Object.entries(data.v18_to_v19_tactics ?? {}))
  };
}
function isStixBundle(doc) {
  return isPlain(doc) && doc.type === "bundle" && Array.isArray(doc.objects);
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
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = err.code;
    const reason2 = code === "ENOENT" ? "no such file" : err instanceof Error ? err.message : String(err);
    throw new AttackError(`${shown}: cannot read the ATT&CK data: ${reason2}`);
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
      ...t.deprecated ? { deprecated: true } : {},
      ...t.description !== void 0 ? { description: t.description } : {}
    })),
    ...data.v18_to_v19 !== void 0 ? { v18_to_v19: sortedRecord(data.v18_to_v19, (m) => ({ id: m.id, name: m.name })) } : {},
    ...data.v18_to_v19_tactics !== void 0 ? {
      v18_to_v19_tactics: sortedRecord(
        data.v18_to_v19_tactics,
        (list2) => list2.map((t) => ({ shortname: t.shortname, name: t.name }))
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

// src/catalog/lazy-map.ts
var LazyMap = class {
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

// src/catalog/model.ts
var CATALOG_FORMAT = "detlint-catalog";
var CATALOG_VERSION = 5;
var CatalogError = class extends Error {
  constructor(message) {
    super(message);
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
  const list2 = map.get(key);
  if (list2) list2.push(i);
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
var CURRENT = /* @__PURE__ */ new WeakMap();
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
    for (const [tag, list2] of byTag)
      for (const group of techniqueGroups([tag], attack)) {
        let set = byGroup.get(group);
        if (set === void 0) byGroup.set(group, set = /* @__PURE__ */ new Set());
        for (const i of list2) set.add(i);
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

// src/catalog/file.ts
import { writeFileSync } from "node:fs";

// src/ir.ts
var VENDORS = ["sigma", "elastic", "splunk"];
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

// src/similarity/features.ts
var FAMILY = /* @__PURE__ */ new Map([
  ["process.executable", "process.name"],
  ["process.parent.executable", "process.parent.name"],
  ["file.path", "file.name"],
  ["dll.path", "dll.name"]
]);
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
  const text = value.toLowerCase();
  const out = /* @__PURE__ */ new Set();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isEdge(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isInner(text.charCodeAt(end))) end++;
    let last = end - 1;
    while (last > i && !isEdge(text.charCodeAt(last))) last--;
    if (last > i) {
      out.add(text.slice(i, last + 1));
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

// src/version.ts
var VERSION = "0.1.0";
var SOURCE_HASH = true ? "af0a88fb41f72381" : "source";

// src/catalog/sections.ts
import { closeSync, fstatSync, openSync, readFileSync as readFileSync2, readSync } from "node:fs";
var BodyWriter = class {
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
    const spans2 = values.map((v, i) => {
      if (i > 0) this.put("\n,");
      return this.put(v);
    });
    this.put("\n]\n");
    return spans2;
  }
  /** The document as bytes: the header (a JSON object, its closing brace left to the body) and the body. */
  bytes(header) {
    return Buffer.concat([Buffer.from(headerLine(header), "utf8"), ...this.pieces]);
  }
};
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
var openFiles = new FinalizationRegistry((fd) => {
  try {
    closeSync(fd);
  } catch {
  }
});
function fileSource(file) {
  if (process.platform === "win32") return bufferSource(readFileSync2(file));
  const fd = openSync(file, "r");
  let st;
  try {
    st = fstatSync(fd);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  const { size, mtimeMs: mtime } = st;
  if (!st.isFile()) {
    closeSync(fd);
    return bufferSource(readFileSync2(file));
  }
  const source = {
    size,
    bytes(start, end) {
      const now = fstatSync(fd);
      if (now.size !== size || now.mtimeMs !== mtime)
        throw new Error("the file was changed while it was being read");
      const out = Buffer.allocUnsafe(end - start);
      for (let got = 0; got < out.length; ) {
        const n = readSync(fd, out, got, out.length - got, start + got);
        if (n === 0) throw new Error("the file ended before its last section");
        got += n;
      }
      return out;
    }
  };
  openFiles.register(source, fd);
  return source;
}
var MAX_HEADER = 16 * 1024 * 1024;
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

// src/catalog/file.ts
var KEYS_PER_BUCKET = 64;
function keyBucket(key, buckets) {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % buckets;
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
    const list2 = [...used].sort();
    for (const k of list2) allKeys.add(k);
    const local = new Map(list2.map((k, i) => [k, i]));
    const ids = (ks) => ks.map((k) => local.get(k)).sort(byNumber);
    const indicatorIds = members.map((i) => ids(rules[i].indicators));
    const keyEnds = [];
    let at = 1;
    const triples = list2.map((k, x) => {
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
        if (keys.get(list2[x]).op === "wildcard")
          patternCount.set(x, (patternCount.get(x) ?? 0) + 1);
    const section = {
      rules: lists,
      keyEnds,
      patterns: [...patternCount].sort((a, b) => a[0] - b[0])
    };
    kindTexts.push(JSON.stringify(section));
    const table = /* @__PURE__ */ new Map();
    const byKey = new Array(list2.length);
    const featuresOfKey = (kid) => {
      let out = byKey[kid];
      if (out === void 0) {
        const parts = keys.get(list2[kid]);
        out = (parts === void 0 ? [] : keyFeatures(parts)).map((f) => {
          let id = table.get(f);
          if (id === void 0) table.set(f, id = table.size);
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
          const f = keyField(list2[kid]);
          let id = fieldTable.get(f);
          if (id === void 0) fieldTable.set(f, id = fieldTable.size);
          own.add(id);
        }
      for (const id of own) fieldIds.push(id);
      fieldStarts.push(fieldIds.length);
    }
    const features = [...table.keys()].sort();
    const rank = new Int32Array(features.length);
    features.forEach((f, i) => rank[table.get(f)] = i);
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
var NON_ASCII = /[\u0080-\uffff]/;
var NON_ASCII_ALL = /[\u0080-\uffff]/g;
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
function str(v, where) {
  return typeof v === "string" ? v : fail(where, `expected a string, got ${JSON.stringify(v)}`);
}
function strOrNull(v, where) {
  return v === null ? null : str(v, where);
}
function strings(v, where) {
  if (!Array.isArray(v)) fail(where, "expected a list");
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") str(v[i], `${where}[${i}]`);
  return v;
}
function runs(starts, ids, rules, max, where) {
  const list2 = indexList(ids, `${where}Ids`, max);
  if (!Array.isArray(starts) || starts.length !== rules + 1 || starts[0] !== 0 || starts[rules] !== list2.length)
    fail(`${where}Starts`, `expected ${rules + 1} positions from 0 to ${list2.length}`);
  for (let i = 1; i <= rules; i++) {
    const x = starts[i];
    if (!Number.isInteger(x) || x < starts[i - 1])
      fail(
        `${where}Starts[${i}]`,
        `expected a position from ${starts[i - 1]} to ${list2.length}, got ${JSON.stringify(x)}`
      );
  }
  return [starts, list2];
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
var LoadedKind = class {
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
var StoredRule = class {
  constructor(vendor, id, title, path2, line, level, techniques, eventKind2, events, store, kind, local) {
    this.vendor = vendor;
    this.id = id;
    this.title = title;
    this.path = path2;
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
function storedFeatures(rule) {
  return rule instanceof StoredRule ? rule.features() : void 0;
}
function standaloneWith(catalog, rule, op) {
  return rule instanceof StoredRule ? rule.standaloneWith(op) : rule.standalone.filter((k) => catalog.keys.get(k)?.op === op);
}
function standalonePatternCounts(catalog, rules) {
  const count = /* @__PURE__ */ new Map();
  const add = (k, n) => {
    count.set(k, (count.get(k) ?? 0) + n);
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
  for (const [kind, list2] of stored) {
    if (list2.size === kind.members.length) for (const [k, n] of kind.patternCounts()) add(k, n);
    else for (const r of list2) for (const k of standaloneWith(catalog, r, "wildcard")) add(k, 1);
  }
  return count;
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
function unique(list2) {
  if (list2.length > 16) return new Set(list2).size === list2.length ? list2 : [...new Set(list2)];
  for (let i = 1; i < list2.length; i++)
    for (let j = 0; j < i; j++) if (list2[i] === list2[j]) return [...new Set(list2)];
  return list2;
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
  const vendor = str(row[0], `${where}[0]`);
  if (!VENDORS.includes(vendor))
    fail(`${where}[0]`, `unknown vendor ${JSON.stringify(vendor)}`);
  strOrNull(row[1], `${where}[1]`);
  str(row[2], `${where}[2]`);
  str(row[3], `${where}[3]`);
  if (typeof row[4] !== "number") fail(`${where}[4]`, "expected a line number");
  strOrNull(row[5], `${where}[5]`);
  strings(row[6], `${where}[6]`);
  if (!Number.isInteger(row[7]) || row[7] < 0 || row[7] >= kinds) fail(`${where}[7]`, "expected a kind index");
  strings(row[8], `${where}[8]`);
  return fail(where, "not a rule row");
}
function parseCatalog(text, source, attack) {
  const bytes = typeof text === "string" ? bufferSource(Buffer.from(text, "utf8")) : Buffer.isBuffer(text) ? bufferSource(text) : text;
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
  const loaded = new Array(kinds.length);
  const knownKeys = /* @__PURE__ */ new Map();
  const similarity = new Array(kinds.length);
  const kindOf2 = (ki) => loaded[ki] ?? (loaded[ki] = loadKind(ki));
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
      unique(row[6]),
      kind,
      sortedEvents(unique(row[8])),
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
      const list2 = exclusionIndex(kindOf2(kindIndex.get(kind))).get(key);
      if (list2 !== void 0) for (const i of list2) out.push(i);
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
        str(e[0], `${source}: ${where}[${i}][0]`),
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
  let text;
  try {
    text = fileSource(file);
  } catch (err) {
    fail(
      `catalog ${JSON.stringify(file)}`,
      `cannot read: ${err instanceof Error ? err.message : String(err)}`
    );
  }
  return parseCatalog(text, file, attack);
}
function saveCatalogFile(catalog, file) {
  writeFileSync(file, serializeCatalogBytes(catalog));
}

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
  const fieldOf = (field) => {
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
  const table = attack ?? catalogs.find((c) => c.attack)?.attack;
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
    techniqueRules: indexTechniques(rules, table),
    eventKindRules,
    fields: new LazyMap(fieldOf, () => fieldUses(rules))
  };
  if (table) catalog.attack = table;
  return catalog;
}

// src/config.ts
var import_js_yaml2 = __toESM(require_js_yaml_cjs(), 1);
import { readFileSync as readFileSync3 } from "node:fs";

// schema/detlint.schema.json
var detlint_schema_default = {
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

// src/did-you-mean.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closest(typed, known) {
  const t = typed.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.ceil(t.length / 3)));
  let best = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = (0, import_fastest_levenshtein.distance)(t, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}
function didYouMean(typed, known, quote2 = true) {
  const best = closest(typed, known);
  if (best === null) return "";
  return ` (did you mean ${quote2 ? JSON.stringify(best) : best}?)`;
}

// src/config-validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/detlint/detlint/main/schema/detlint.schema.json", "title": "detlint configuration (.detlint.yml)", "description": "Settings for detlint, the detection-rule linter: which files are rules, what the catalog is built from, each check's severity and thresholds, and accepted findings. detlint validates the same keys and values as this schema; an error names the key and the value.", "type": ["object", "null"], "additionalProperties": false, "properties": { "fail-on": { "description": "The lowest severity that fails the check: error, warning, notice, or none (never fail). Case does not matter.", "errorMessage": "one of error, warning, notice, none", "default": "error", "anyOf": [{ "enum": ["error", "warning", "notice", "none"] }, { "type": "string", "pattern": "^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$" }] }, "rules": { "description": "Globs (relative to the repository root) of the repository's rule files: the files the action checks and the default catalog. A string or a list.", "default": ["**/*.{yml,yaml,toml}"], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "ignore": { "description": "Globs (relative to the repository root) of paths never checked nor catalogued. A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "baseline": { "description": "Extra catalog sources: named public corpora (sigma, elastic, splunk, elastic-endpoint; name@ref for another commit, tag or branch), downloaded and cached by detlint, or folders, files or globs of rules (a local folder named like a corpus: sigma/). A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "max-file-size": { "description": "The size limit per file: a bigger file is not read and gets one parse-error finding. A whole number of bytes, or a number with a unit: 512kB, 5MB, 1GB (1,024-based). At most 1 GB.", "errorMessage": "a size from 1 byte to 1 GB: a whole number of bytes or a number with kB, MB or GB", "default": 5242880, "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1073741824 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$" }] }, "suppress": { "description": "Accepted findings: each entry names a rule id and/or a path glob, optionally the checks, and the reason (required). An entry that suppressed nothing while its rule was checked is reported as unused-suppression.", "errorMessage": "a list of entries with rule or path, checks and reason", "default": [], "type": "array", "items": { "$ref": "#/definitions/suppression" } }, "checks": { "description": "Per-check settings. Each check takes a mapping, or off (false) to turn it off.", "type": "object", "additionalProperties": false, "properties": { "noisy-indicator": { "description": "A predicate that many catalog rules check, relied on without a more specific condition beside it.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] }, "threshold": { "description": "A predicate is noisy when at least this many other catalog rules check it.", "type": "integer", "minimum": 1, "maximum": 1e9, "default": 20 }, "max-paths": { "description": "Satisfying paths of a rule expanded at most, before falling back to its top-level branches.", "type": "integer", "minimum": 1, "maximum": 1e5, "default": 64 }, "examples": { "description": "Catalog rules named as examples in a finding.", "type": "integer", "minimum": 0, "maximum": 50, "default": 3 } } }] }, "missing-common-exclusion": { "description": "A false-positive filter that the rules most like this one (or, with peers: technique, the rules of its technique) use as a filter of its own, which this rule lacks.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] }, "peers": { "description": "Which rules are peers: similar (the rules of the same kind of event most alike in the fields and values they detect) or technique (every rule sharing a parent technique and the kind of event).", "default": "similar", "enum": ["similar", "technique"] }, "neighbours": { "description": "With peers: similar, how many of the most similar rules are peers.", "type": "integer", "minimum": 1, "maximum": 1e3, "default": 20 }, "technique-weight": { "description": "With peers: similar, a peer sharing a parent technique with the rule counts this many times.", "type": "number", "minimum": 1, "maximum": 100, "default": 2 }, "per-field": { "description": "Findings on one field at most.", "type": "integer", "minimum": 1, "maximum": 100, "default": 3 }, "min-rules": { "description": "Peers that must exclude a key as a filter of its own (or a narrower key it covers), at least.", "type": "integer", "minimum": 1, "maximum": 1e9, "default": 2 }, "min-share": { "description": 'Share of the peers that must exclude it, at least (with peers: similar, weighted by similarity): a number from 0 to 1 (0.2) or a percentage ("20%").', "errorMessage": "a number from 0 to 1 or a percentage from 0% to 100%", "default": 0.2, "anyOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$" }] }, "top": { "description": "Findings per rule at most, best supported first.", "type": "integer", "minimum": 1, "maximum": 100, "default": 5 }, "examples": { "description": "Catalog rules named as examples in a finding.", "type": "integer", "minimum": 0, "maximum": 50, "default": 3 }, "untagged": { "description": "Rules without ATT&CK technique tags: logsource compares them with every catalog rule of the same kind of event; skip leaves them out of this check.", "default": "logsource", "enum": ["logsource", "skip"] } } }] }, "duplicate-rule": { "description": "A rule whose indicators are the same as (or nearly those of) a catalog rule on the same kind of event, in any vendor.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "parse-error": { "description": "A file or rule that could not be read, with its line and column.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "error", "enum": ["error", "warning", "notice", "off"] } } }] }, "invalid-suppression": { "description": "A detlint suppression comment that cannot be used: no reason, an unknown check, a typo.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "unused-suppression": { "description": "A suppression (comment or suppress entry) that suppressed nothing although its checks ran on its rule.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "notice", "enum": ["error", "warning", "notice", "off"] } } }] }, "technique-unknown": { "description": "A technique ID the ATT&CK table does not know; an ID newer than the table is a notice. Runs only with ATT&CK data (attack).", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "technique-revoked": { "description": "A revoked or deprecated ATT&CK technique; the finding names the replacement. Runs only with ATT&CK data (attack).", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "warning", "enum": ["error", "warning", "notice", "off"] } } }] }, "technique-missing": { "description": "A rule that names no ATT&CK technique.", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "notice", "enum": ["error", "warning", "notice", "off"] } } }] }, "tactic-mismatch": { "description": "A Sigma tactic tag that none of the rule's techniques belongs to in the ATT&CK table's version (v19's Stealth and Defense Impairment fit where Defense Evasion does).", "anyOf": [{ "$ref": "#/definitions/off" }, { "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "severity": { "description": "error, warning or notice; off turns the check off.", "default": "notice", "enum": ["error", "warning", "notice", "off"] } } }] } } }, "splunk": { "description": "Where Splunk detections find their macro and data source definitions, besides the macros/ and data_sources/ folders found beside the detections (searched after these).", "errorMessage": "a mapping with macros and data-sources", "type": "object", "additionalProperties": false, "properties": { "macros": { "description": "Folders (relative to the repository root) of Splunk macro definitions (macros/*.yml). A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "data-sources": { "description": "Folders (relative to the repository root) of Splunk data source definitions (data_sources/*.yml). A string or a list.", "default": [], "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] } } }, "attack": { "description": "ATT&CK data, relative to the repository root: detlint's compact table (detlint attack import) or MITRE's STIX enterprise bundle. Without it, technique-unknown and technique-revoked do not run.", "errorMessage": "the path of an ATT&CK table or STIX bundle", "type": "string", "pattern": "\\S" } }, "definitions": { "enabled": { "description": "false turns the check off.", "errorMessage": "true or false", "default": true, "anyOf": [{ "type": "boolean" }, { "enum": ["true", "false"] }] }, "off": { "description": "Turns the check off.", "enum": ["off", false] }, "suppressibleCheck": { "enum": ["noisy-indicator", "missing-common-exclusion", "duplicate-rule", "parse-error", "technique-unknown", "technique-revoked", "technique-missing", "tactic-mismatch"], "errorMessage": "one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch" }, "suppression": { "description": "Accept findings of a rule (by id) and/or of files (by path glob), for a reason.", "errorMessage": "a mapping with rule or path, checks and reason", "type": "object", "additionalProperties": false, "properties": { "rule": { "description": "The rule's id (compared case-insensitively).", "errorMessage": "a rule id", "type": "string", "pattern": "\\S" }, "path": { "description": "A glob of rule files, relative to the repository root (e.g. rules/hunting/**).", "errorMessage": "a glob of rule files", "type": "string", "pattern": "\\S" }, "checks": { "description": "The checks suppressed: one or a list. Leave it out to suppress every check.", "errorMessage": "one check or a list of one or more checks (leave it out to suppress every check)", "anyOf": [{ "$ref": "#/definitions/suppressibleCheck" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/suppressibleCheck" } }] }, "reason": { "description": "Why these findings are accepted. Required, shown in the JSON report next to each suppressed finding.", "errorMessage": "a reason that says why these findings are accepted", "type": "string", "pattern": "\\S" } }, "required": ["reason"], "anyOf": [{ "required": ["rule"] }, { "required": ["path"] }] } } };
var schema15 = { "description": "Turns the check off.", "enum": ["off", false] };
var schema16 = { "description": "false turns the check off.", "errorMessage": "true or false", "default": true, "anyOf": [{ "type": "boolean" }, { "enum": ["true", "false"] }] };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^\\s*([Ee][Rr][Rr][Oo][Rr]|[Ww][Aa][Rr][Nn][Ii][Nn][Gg]|[Nn][Oo][Tt][Ii][Cc][Ee]|[Nn][Oo][Nn][Ee])\\s*$", "u");
var pattern1 = new RegExp("^\\s*[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]?\\s*$", "u");
var pattern5 = new RegExp("^\\s*0*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$", "u");
var pattern2 = new RegExp("\\S", "u");
var schema12 = { "description": "Accept findings of a rule (by id) and/or of files (by path glob), for a reason.", "errorMessage": "a mapping with rule or path, checks and reason", "type": "object", "additionalProperties": false, "properties": { "rule": { "description": "The rule's id (compared case-insensitively).", "errorMessage": "a rule id", "type": "string", "pattern": "\\S" }, "path": { "description": "A glob of rule files, relative to the repository root (e.g. rules/hunting/**).", "errorMessage": "a glob of rule files", "type": "string", "pattern": "\\S" }, "checks": { "description": "The checks suppressed: one or a list. Leave it out to suppress every check.", "errorMessage": "one check or a list of one or more checks (leave it out to suppress every check)", "anyOf": [{ "$ref": "#/definitions/suppressibleCheck" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/suppressibleCheck" } }] }, "reason": { "description": "Why these findings are accepted. Required, shown in the JSON report next to each suppressed finding.", "errorMessage": "a reason that says why these findings are accepted", "type": "string", "pattern": "\\S" } }, "required": ["reason"], "anyOf": [{ "required": ["rule"] }, { "required": ["path"] }] };
var schema13 = { "enum": ["noisy-indicator", "missing-common-exclusion", "duplicate-rule", "parse-error", "technique-unknown", "technique-revoked", "technique-missing", "tactic-mismatch"], "errorMessage": "one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch" };
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

// src/config-schema.ts
var CONFIG_SCHEMA = detlint_schema_default;
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
function describe(input) {
  const node = resolve(input);
  if (node.errorMessage) return node.errorMessage;
  if (node.anyOf) return listOf(node.anyOf.map(describe));
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
  return `${key}: expected ${describe(n)}, got ${show2(data)}${hint}`;
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

// src/source-file.ts
import {
  closeSync as closeSync2,
  constants,
  fstatSync as fstatSync2,
  lstatSync,
  openSync as openSync2,
  readlinkSync,
  readSync as readSync2,
  statSync
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
    return statSync(file);
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
    st = statSync(file, { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (st === void 0 || !st.isFile() || st.size > maxBytes) return null;
  return fingerprintOf(st);
}
function fingerprintOf(st) {
  return `${st.size}:${st.mtimeMs}`;
}
function readSourceBytes(file, maxBytes = DEFAULT_MAX_FILE_SIZE) {
  let fd;
  try {
    fd = openSync2(file, OPEN_FLAGS | NO_FOLLOW);
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
    fd = openSync2(file, OPEN_FLAGS);
  } catch (err) {
    const code = errorCode(err);
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : errorText(err);
    return problem("io/unreadable", `cannot read the file: ${why}`);
  }
  return readOpen(fd, maxBytes, false);
}
function readOpen(fd, maxBytes, checkSize) {
  try {
    const st = fstatSync2(fd);
    if (!st.isFile()) return notRegular(st);
    if (checkSize && st.size > maxBytes) return tooLarge(`${st.size} bytes`, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    for (; ; ) {
      if (got === buf.length) break;
      const n = readSync2(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > maxBytes) return tooLarge("the file grew while it was read", maxBytes);
    return { ok: true, bytes: buf.subarray(0, got), stat: fingerprintOf(st) };
  } catch (err) {
    return problem("io/unreadable", `cannot read the file: ${errorText(err)}`);
  } finally {
    closeSync2(fd);
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

// src/config.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
var DEFAULT_RULE_GLOBS = ["**/*.{yml,yaml,toml}"];
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
var FAIL_ON = ["error", "warning", "notice", "none"];
function parseFailOn(value, key = "fail-on") {
  const v = value.trim().toLowerCase();
  if (FAIL_ON.includes(v)) return v;
  throw new ConfigError(`${key}: expected one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(value)}`);
}
function list(v) {
  return typeof v === "string" ? [v] : v;
}
var PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
var SIZE = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?)?b?\s*$/i;
var SIZE_UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
var MAX_FILE_SIZE_LIMIT = 1024 ** 3;
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
var CHECK_OPTION_VALUES = { "min-share": share };
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
  const checks = raw.checks === void 0 ? [] : list(raw.checks);
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
  if ("rules" in d) s.rules = list(d.rules);
  if ("ignore" in d) s.ignore = list(d.ignore);
  if ("baseline" in d) s.baseline = list(d.baseline);
  if ("max-file-size" in d) s.maxFileSize = parseSize(d["max-file-size"], "max-file-size");
  if ("suppress" in d) s.suppress = d.suppress.map((e, i) => suppression(e, i, source));
  if ("attack" in d) s.attack = d.attack.trim();
  if ("splunk" in d) {
    const splunk = d.splunk;
    s.splunk = {
      macros: "macros" in splunk ? list(splunk.macros) : [],
      dataSources: "data-sources" in splunk ? list(splunk["data-sources"]) : []
    };
  }
  for (const [id, raw] of Object.entries(d.checks ?? {})) applyCheck(s.checks[id], raw);
  return s;
}
function parseConfigText(text, source, base = defaultSettings()) {
  let doc;
  try {
    const docs = [];
    (0, import_js_yaml2.loadAll)(text, (d) => void docs.push(d), { schema: import_js_yaml2.CORE_SCHEMA, filename: source });
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
function loadConfigFile(path2, required, base = defaultSettings()) {
  let text;
  try {
    text = readFileSync3(path2, "utf8");
  } catch (err) {
    if (!required && err.code === "ENOENT") return structuredClone(base);
    const msg = err instanceof Error ? err.message : String(err);
    throw new ConfigError(`config: cannot read ${JSON.stringify(path2)}: ${msg}`);
  }
  return parseConfigText(text, path2, base);
}

// src/corpus/registry.ts
var CORPUS_NAMES = ["sigma", "elastic", "splunk", "elastic-endpoint"];
var CORPORA = {
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
var REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var NAMED = /^([a-z-]+)(?:@(.*))?$/;
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
    const named = parseCorpusRef(e, key);
    if (named === null) paths.push(e);
    else if (!corpora.some((c) => c.spec.name === named.spec.name && c.ref === named.ref)) corpora.push(named);
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
  const folders = [...c.spec.folders.map((f) => f.replace(/\*$/, "")), ...c.spec.nested ?? []];
  const dir = c.spec.repo;
  return `check out ${c.spec.owner}/${c.spec.repo} at ${c.ref} and pass ` + folders.map((f) => `--baseline path/to/${dir}/${f}`).join(" ") + (c.spec.splunk ? ` (with splunk.macros: [path/to/${dir}/${c.spec.splunk.macros}] and splunk.data-sources: [path/to/${dir}/${c.spec.splunk.dataSources}] in .detlint.yml)` : "") + " (in a workflow: actions/checkout with repository and path, then those folders as baseline)";
}
var SOURCE_PATH = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)@([A-Za-z0-9._-]+)\/(.+)$/;
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

// src/output-file.ts
import { mkdirSync, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
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
    isDir = statSync2(abs).isDirectory();
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
    writeFileSync2(abs, text);
  } catch (err) {
    throw new OutputPathError(`${option}: cannot write ${JSON.stringify(file)}: ${reason(err)}`);
  }
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
function compileScoped(tables) {
  const all = /* @__PURE__ */ new Map();
  for (const t of tables)
    if (!t.categories && !t.services) for (const [k, v] of Object.entries(t.fields)) all.set(k, v);
  const byCategory = /* @__PURE__ */ new Map();
  for (const t of tables)
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
      const literal = (ps) => ps.length === 1 && typeof ps[0] === "object" ? ps[0].lit : null;
      const prefix = base === "keyword" ? "keyword " : "";
      if (parts.length === 3 && first === "*" && last === "*" && literal(inner) !== null)
        return `${prefix}contains "${literal(inner)}"${enc}`;
      if (parts.length === 2 && first === "*" && literal([last]) !== null)
        return `${prefix}ends with "${literal([last])}"${enc}`;
      if (parts.length === 2 && last === "*" && literal([first]) !== null)
        return `${prefix}starts with "${literal([first])}"${enc}`;
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

// src/findings.ts
var SUPPRESSIBLE_CHECKS = [
  "noisy-indicator",
  "missing-common-exclusion",
  "duplicate-rule",
  "parse-error",
  "technique-unknown",
  "technique-revoked",
  "technique-missing",
  "tactic-mismatch"
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
function formatPercent(share2) {
  return Number.isFinite(share2) ? `${Math.round(share2 * 100)}%` : "?%";
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
  const indices = catalog.techniqueRules.get(id) ?? [];
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
      const list2 = indices.filter((i) => catalog.rules[i].vendor === vendor).map((i) => {
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

// src/hash.ts
import { createRequire } from "node:module";
var crypto;
function load() {
  return crypto ??= createRequire(import.meta.url)("node:crypto");
}
function createHash(algorithm) {
  return load().createHash(algorithm);
}
function randomBytes(size) {
  return load().randomBytes(size);
}

// src/similarity/index.ts
var SimilarityIndex = class {
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
    const tables = /* @__PURE__ */ new Map();
    let seen = new Int32Array(Math.max(1024, (base?.length ?? 0) + 1));
    let flat = new Uint32Array(Math.max(1024, rules.length * 16));
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
      if (size === flat.length) {
        const grown = new Uint32Array(flat.length * 2);
        grown.set(flat);
        flat = grown;
      }
      flat[size++] = id2;
    };
    const fieldList = (f) => {
      let list2 = fieldRules.get(f);
      if (list2 === void 0) fieldRules.set(f, list2 = []);
      return list2;
    };
    const addField = (f, li) => {
      const list2 = fieldList(f);
      if (list2[list2.length - 1] !== li) list2.push(li);
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
          if (size + end - from > flat.length) {
            const grown = new Uint32Array(Math.max(flat.length * 2, size + end - from));
            grown.set(flat);
            flat = grown;
          }
          for (let j = from; j < end; j++) {
            const id2 = ids[j];
            if (seen[id2] === stamp) continue;
            seen[id2] = stamp;
            df[id2]++;
            flat[size++] = id2;
          }
        } else {
          const table = s.features;
          let map = tables.get(table);
          if (map === void 0) tables.set(table, map = new Int32Array(table.length).fill(-1));
          for (let j = from; j < end; j++) {
            const f = ids[j];
            let id2 = map[f];
            if (id2 < 0) map[f] = id2 = idOf(table[f]);
            add(id2);
          }
        }
        let lists = sectionFields.get(s);
        if (lists === void 0) sectionFields.set(s, lists = new Array(s.fields.length));
        for (let j = s.fieldStarts[local], e = s.fieldStarts[local + 1]; j < e; j++) {
          const fid = s.fieldIds[j];
          const list2 = lists[fid] ??= fieldList(s.fields[fid]);
          if (list2[list2.length - 1] !== li) list2.push(li);
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
        const id2 = flat[p];
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
function sortedIndex(list2, value) {
  let lo = 0;
  let hi = list2.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const v = list2[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
var INDEXES = /* @__PURE__ */ new WeakMap();
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
var PARENTS = /* @__PURE__ */ new WeakMap();
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
  const score = scorer(catalog, index, query, options);
  const out = [];
  for (let li = 0; li < jaccard.length; li++) {
    const j = jaccard[li];
    if (j <= 0 || j * high < floor) continue;
    const nb = score(li, j);
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

export {
  require_js_yaml_cjs,
  didYouMean,
  lineStarts,
  LineIndex,
  parseYaml,
  scalarOffsetAt,
  scalarOffsetMapper,
  errorCode,
  errorText,
  statFingerprint,
  readSourceBytes,
  decodeSource,
  ConfigError,
  defaultSettings,
  parseFailOn,
  parseSize,
  loadConfigFile,
  quote,
  ownCopy,
  VENDORS,
  and,
  or,
  predicates,
  splitExclusions,
  indicators,
  exclusions,
  EVENT_DATA_PREFIX,
  WINDOWS_EVENT_FIELDS,
  LOG_FIELDS,
  CIM_FIELDS,
  CIM_DATASET_FIELDS,
  CIM_ROOT_DATASETS,
  CIM_CATEGORY_DATASETS,
  SPLUNK_RAW_FIELDS,
  canonicalField,
  isScopeField,
  parsePattern,
  buildPattern,
  escapeLiteral,
  hasWildcard,
  literalText,
  normalizeParts,
  wildcardMatches,
  createHash,
  randomBytes,
  SUPPRESSIBLE_CHECKS,
  compareFindings,
  summarize,
  pathFieldOf,
  KEY_VERSION,
  keyParts,
  formatKey,
  predicateKey,
  KeyInterner,
  eventKind,
  eventsCovered,
  eventInfo,
  ATTACK_TABLE_FORMAT,
  TECHNIQUE_ID,
  AttackError,
  validateAttackTable,
  attackTable,
  isStixBundle,
  parseJsonText,
  readJsonFile,
  renderAttackTable,
  parentOf,
  replacementChain,
  currentId,
  techniqueStatus,
  CATALOG_VERSION,
  CatalogError,
  catalogRule,
  pushIndex,
  peerGroups,
  keyField,
  indexCatalog,
  withAttack,
  CatalogBuilder,
  familyOf,
  valueTokens,
  VERSION,
  SOURCE_HASH,
  BodyWriter,
  subSource,
  fileSource,
  readHeaderLine,
  bodyIsWhole,
  isSpan,
  sectionText,
  serializeCatalogBytes,
  standalonePatternCounts,
  parseCatalog,
  loadCatalogFile,
  saveCatalogFile,
  mergeCatalogs,
  combineCatalogs,
  describePredicate,
  describeEventKind,
  similarityIndex,
  ruleQuery,
  neighbours,
  similarRules,
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
  CORPUS_NAMES,
  parseCorpusRef,
  splitBaseline,
  corpusLabel,
  isCommit,
  corpusPrefix,
  checkoutAdvice,
  sourceUrl,
  OutputPathError,
  writeOutputFile
};
