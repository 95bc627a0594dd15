#!/usr/bin/env node
import { createRequire as __detlintCreateRequire } from 'node:module';
const require = __detlintCreateRequire(import.meta.url);
import {
  ATTACK_TABLE_FORMAT,
  AttackError,
  BodyWriter,
  CATALOG_VERSION,
  CIM_CATEGORY_DATASETS,
  CIM_DATASET_FIELDS,
  CIM_FIELDS,
  CIM_ROOT_DATASETS,
  CORPUS_NAMES,
  CatalogBuilder,
  CatalogError,
  ConfigError,
  DEFAULT_PAGE_LIMIT,
  EVENT_DATA_PREFIX,
  KEY_VERSION,
  KeyInterner,
  LOG_FIELDS,
  LineIndex,
  MAX_SUPPORTERS,
  OutputPathError,
  SOURCE_HASH,
  SPLUNK_RAW_FIELDS,
  SUPPRESSIBLE_CHECKS,
  TECHNIQUE_ID,
  VENDORS,
  VERSION,
  WINDOWS_EVENT_FIELDS,
  and,
  attackTable,
  bodyIsWhole,
  buildPattern,
  canonicalField,
  catalogRule,
  checkoutAdvice,
  cleanText,
  clip,
  codeSpan,
  combineCatalogs,
  compareFindings,
  corpusLabel,
  corpusPrefix,
  createHash,
  decodeSource,
  defaultSettings,
  describeEventKind,
  describePredicate,
  didYouMean,
  errorCode,
  errorText,
  escapeLiteral,
  escapeMarkdown,
  eventKind,
  eventsCovered,
  evidenceLines,
  evidenceSentence,
  exclusionTable,
  exclusions,
  familyOf,
  fileSource,
  formatCount,
  formatKey,
  formatPercent,
  hasWildcard,
  indexCatalog,
  indicatorTable,
  indicators,
  isCommit,
  isScopeField,
  isSpan,
  isStixBundle,
  keyField,
  keyParts,
  lineStarts,
  literalText,
  loadCatalogFile,
  loadConfigFile,
  mergeCatalogs,
  moreThanExamples,
  neighbours,
  normalizeParts,
  normalizePath,
  or,
  ownCopy,
  parentOf,
  parseCatalog,
  parseCorpusRef,
  parseFailOn,
  parseJsonText,
  parsePattern,
  parseSize,
  parseYaml,
  pathFieldOf,
  peerGroups,
  plural,
  predicateKey,
  predicates,
  pushIndex,
  quote,
  randomBytes,
  readHeaderLine,
  readJsonFile,
  readSourceBytes,
  renderAttackTable,
  renderMarkdownTable,
  renderPageMarkdown,
  renderPageText,
  replacementChain,
  require_js_yaml_cjs,
  ruleQuery,
  saveCatalogFile,
  scalarOffsetAt,
  scalarOffsetMapper,
  sectionText,
  serializeCatalogBytes,
  severityCounts,
  similarityIndex,
  skippedLine,
  sortedFindings,
  sortedSkipped,
  sourceUrl,
  splitBaseline,
  splitExclusions,
  standalonePatternCounts,
  statFingerprint,
  subSource,
  summarize,
  suppressedChecks,
  suppressionSource,
  techniqueFacts,
  techniquePage,
  techniqueStatus,
  validateAttackTable,
  valueTokens,
  wildcardMatches,
  withAttack,
  writeOutputFile
} from "./chunks/chunk-EELRSFXG.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-SGMHL7FU.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
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
      let negated = EMPTY;
      const lead = pattern2[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
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
          prev = EMPTY;
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
            prev = EMPTY;
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
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern2[index];
        if (char === ESCAPE) {
          const escaped = pattern2[index + 1];
          if (escaped === SLASH && index + 2 === length) {
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
    var WILDCARD = "[^\\/]*";
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
        (_, run8, space) => space ? run8.slice(0, run8.length - run8.length % 2) + SPACE : run8,
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
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
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
        (_, index, str3) => index + 6 < str3.length ? str3.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
        (_, p1) => p1 + WILDCARD,
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
        (match2, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match2,
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
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
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
    var separatorAfter = (run8, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run8.length && !run8[index].wildcard; index++) {
        separator += run8[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
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
      let out = EMPTY;
      let run8 = [];
      const flush = () => {
        let lastWildcard;
        run8.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run8.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run8, at)})[^\\/])*`;
        });
        run8 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run8.push(token);
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
      if (body[body.length - 1] === SLASH) {
        prefix2 = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix2.slice(0, -1);
      const last = prefix2[prefix2.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path11) => {
      const end = path11.length - 1;
      const index = path11.lastIndexOf(
        SLASH,
        path11[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path11 : path11.slice(index + 1);
    };
    var parentOf2 = (path11) => {
      if (path11.charCodeAt(0) === SLASH_CODE || path11.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path11.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path11.length - 1;
      const cut = path11.lastIndexOf(
        SLASH,
        path11.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path11.slice(0, cut + 1);
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
        const str3 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str3, "i") : new RegExp(str3);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str3) => {
      let count = 0;
      while (str3[str3.length - count - 1] === ESCAPE) {
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
      let body = stripBOM && pattern2[0] === BOM ? pattern2.slice(1) : pattern2;
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
        this._stripBOM = !this._split || pattern2[0] === BOM;
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
      testLiteral(path11) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path11)) {
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
      test(path11, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path11) : path11;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path11
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
    var throwError = (message3, Ctor) => {
      throw new Ctor(message3);
    };
    var checkPath = (path11, originalPath, doThrow) => {
      if (!isString(path11)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path11) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path11)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path11) => {
      const first = path11.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path11.length === 1) {
        return true;
      }
      const second = path11.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path11.length === 2 || path11.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache2, path11) {
        checkPath(
          path11,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path11 ? this._t(path11, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path11 = convertPath(target);
        if (!path11 || path11.charCodeAt(path11.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path11);
        }
        const dir = this._t(path11, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal4 = this._rules.testLiteral(path11);
        return literal4.ignored || literal4.unignored ? literal4 : dir;
      }
      _t(path11, cache2) {
        const cached2 = cache2[path11];
        if (cached2) {
          return cached2;
        }
        const parentPath = parentOf2(path11);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path11] = parent && parent.ignored ? parent : this._rules.test(path11, MODE_IGNORE);
      }
      ignores(path11) {
        return this._test(path11, this._ignoreCache, convertPath(path11)).ignored;
      }
      createFilter() {
        return (path11) => !this.ignores(path11);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path11) {
        return this._test(path11, this._testCache, convertPath(path11));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path11) => checkPath(convertPath(path11), path11, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str3) => /^\\\\\?\\/.test(str3) || /["<>|\u0000-\u001F]+/u.test(str3) ? str3 : str3.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path11) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path11) || isNotRelative(path11);
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

// src/commands.ts
import path10 from "node:path";

// src/engine.ts
import path5 from "node:path";

// src/formats/sigma/collection.ts
function mergeMaps(base, over, onConflict, path11 = "") {
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
    const keyPath = path11 ? `${path11}.${k}` : k;
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
        (path11, kept, dropped) => conflicts.push({ path: path11, kept, dropped })
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
    const lower = t.text.toLowerCase();
    if (this.isKeyword(this.peek(), "of")) {
      if (lower !== "1" && lower !== "any" && lower !== "all")
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
        quantifier: lower === "all" ? "all" : "one",
        pattern: p.text.toLowerCase() === "them" ? "them" : p.text,
        start: t.start
      };
    }
    if (lower === "and" || lower === "or")
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
  const lower = t.text.toLowerCase();
  return lower === "and" || lower === "or" || lower === "not";
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
  constructor(path11) {
    this.path = path11;
  }
  path;
  items = [];
  add(severity, code, message3, pos) {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message: message3
    });
  }
  error(code, message3, pos) {
    this.add("error", code, message3, pos);
  }
  warning(code, message3, pos) {
    this.add("warning", code, message3, pos);
  }
  notice(code, message3, pos) {
    this.add("notice", code, message3, pos);
  }
};

// src/formats/sigma/diagnostics.ts
var Diagnostics = class extends DiagnosticCollector {
};

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
  const linked2 = spec.all ? andFlat(children) : orFlat(children);
  return spec.neq ? { kind: "not", child: linked2 } : linked2;
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
  detect(path11, text) {
    return YAML_PATH.test(path11) && SIGMA_KEY.test(text);
  },
  parse(path11, text) {
    try {
      return parseSigma(path11, text);
    } catch (err) {
      const message3 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path11,
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
function parseSigma(path11, text) {
  const fileDiags = new Diagnostics(path11);
  const yaml = parseYaml(text, { mergeKeys: true });
  if (yaml.error) {
    fileDiags.error("sigma/yaml-error", `YAML: ${yaml.error.message}`, yaml.error);
    return { rules: [], diagnostics: fileDiags.items };
  }
  for (const w of yaml.warnings) fileDiags.warning("sigma/yaml-warning", `YAML: ${w.message}`, w);
  const file = { path: path11, text, lines: yaml.lines };
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
    unknown: (message3, pos) => ctx.diags.error("sigma/unknown-identifier", message3, pos)
  });
}

// src/query/source.ts
function verbatimSource(path11, text, start) {
  const lineStarts2 = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts2.push(i + 1);
  return {
    path: path11,
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
function queryDiagnostic(source, offset, severity, code, message3) {
  const { line, column } = source.pos(offset);
  return { path: source.path, line, column, severity, code, message: message3 };
}

// src/query/spl/lexer.ts
function isSpace(c) {
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
    if (isSpace(c)) {
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
      if (isSpace(w) || endsSearchWord(w) || isSearchOpStart(text, j)) break;
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
  constructor(message3, offset, tooDeep = false) {
    super(message3);
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
  error(offset, code, message3) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, "error", code, message3));
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
      const cmp = op === "<" ? "lt" : op === "<=" ? "lte" : op === ">" ? "gt" : "gte";
      node = this.leaf(this.h.pred(field, cmp, literal(parts), value.start, false));
    }
    return node;
  }
  /** `field=value`: exists, eq, wildcard or cidr; a selector when the field chooses the data. */
  match(field, parts, offset) {
    const pred = isAll(parts) ? this.h.pred(field, "exists", null, offset, false) : parts.some((p) => p === "*") ? this.h.pred(field, "wildcard", buildPattern(parts), offset, false) : CIDR.test(literal(parts)) ? this.h.pred(field, "cidr", literal(parts), offset, false) : this.h.pred(field, "eq", literal(parts), offset, false);
    const lower = field.toLowerCase();
    if (TIME_MODIFIERS.has(lower)) return { k: "meta", pred, time: true };
    return SELECTOR_FIELDS.has(lower) ? { k: "meta", pred } : this.leaf(pred);
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
  diag(offset, severity, code, message3) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    this.diagnostics.push(queryDiagnostic(this.source, this.exp.origin[o], severity, code, message3));
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
var import_js_yaml = __toESM(require_js_yaml_cjs(), 1);
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
    const list2 = index.get(name);
    if (list2 === void 0) index.set(name, [i]);
    else list2.push(i);
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
function parseDefinition(text) {
  const plain = plainDefinition(text);
  return plain !== void 0 ? plain : loadDefinition(text);
}
function loadDefinition(text) {
  const attempt2 = (t) => {
    const doc = (0, import_js_yaml.load)(t, { schema: import_js_yaml.CORE_SCHEMA });
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
function definitionsFingerprint(context) {
  const f = definitionFolders(context);
  if (f.macros.length === 0 && f.dataSources.length === 0) return "";
  const hash = createHash("sha256");
  for (const m of f.macros) hash.update(`macros\0${fingerprintOf(loadFolder(m, "macros"))}\0`);
  for (const d of f.dataSources)
    hash.update(`data_sources\0${fingerprintOf(loadFolder(d, "data_sources"))}\0`);
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
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function scalarOffsets(text, node) {
  if (node.contentStart < 0 || !oneCharacterUnits(text, node)) return scalarOffsetMapper(text, node);
  const end = Math.min(node.contentEnd, text.length);
  if (end - node.contentStart === node.value.length && text.startsWith(node.value, node.contentStart))
    return verbatimOffsets(node);
  const offsets = new Int32Array(Math.max(end - node.contentStart, 0));
  let n = 0;
  for (let i = node.contentStart; i < end; i++) if (!isSpace2(text.charCodeAt(i))) offsets[n++] = i;
  const value = node.value;
  const nonSpaceBefore = new Int32Array(value.length + 1);
  for (let i = 0; i < value.length; i++)
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (isSpace2(value.charCodeAt(i)) ? 0 : 1);
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
  while (end > 0 && isSpace2(value.charCodeAt(end - 1))) end--;
  return (index) => {
    let i = Math.max(index, 0);
    if (i < value.length) while (i < end && isSpace2(value.charCodeAt(i))) i++;
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
function isSplunkDetection(path11, text) {
  return YAML_PATH2.test(path11) && SEARCH_KEY.test(text) && NAME_KEY.test(text) && !SIGMA_KEY2.test(text) && !NOT_A_DETECTION.test(text);
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
  parse(path11, text, context) {
    try {
      return parseSplunk(path11, text, context);
    } catch (err) {
      const message3 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path11,
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
function parseSplunk(path11, text, context) {
  const fileDiags = new Diagnostics2(path11);
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
  const diags = new Diagnostics2(path11);
  const rule = readDetection2(root, { path: path11, text, lines: yaml.lines, line: doc.line, defs, diags });
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
  constructor(message3, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message3}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message3, ctx, ptr) {
    throw new _TomlError(message3, { toml: ctx.s, ptr: ptr ?? ctx.p });
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
  let str3 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str3 = str3.replaceAll("_", "");
  return state > 1 ? parseFloat(str3) : parseInteger(ctx, str3, 10, startPtr);
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
  let str3 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str3 = str3.replaceAll("_", "");
  return parseInteger(ctx, str3, base, startPtr);
}
function parseInteger(ctx, str3, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str3, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str3) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str3);
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
function readDate(ctx, str3, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str3, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str3 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str3);
      case 2:
        return Temporal.PlainDateTime.from(str3);
      case 3:
        return Temporal.PlainDate.from(str3);
      case 4:
        return Temporal.PlainTime.from(str3);
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
function isSpace3(c) {
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
  const problem = (code, offset, message3) => {
    problems.push({ code, offset, message: message3 });
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
      if (text.charCodeAt(j) !== 46) break;
      const d = text.charCodeAt(j + 1);
      if (isIdentPart2(d) || d === 96) j++;
      else if (spacedDots && isSpace3(d)) {
        let k = j + 1;
        while (isSpace3(text.charCodeAt(k))) k++;
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
      const run8 = j;
      let c = text.charCodeAt(j);
      while (j < n && c !== q && c !== 92 && c !== 10 && c !== 13) c = text.charCodeAt(++j);
      if (j > run8) value += text.slice(run8, j);
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
  report(severity, code, offset, message3) {
    if (severity === "error") {
      if (offset === this.lastErrorOffset) return;
      this.lastErrorOffset = offset;
    }
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message3));
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

// src/query/esql/lexer.ts
var BACKSLASH = 92;
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
    j += c === BACKSLASH ? 2 : 1;
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
  let run8 = start + 1;
  let i = start + 1;
  while (i < contentEnd) {
    if (text.charCodeAt(i) !== BACKSLASH) {
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
    value += text.slice(run8, i) + decoded;
    if (withOffsets) offsets.push(i);
    i += 2;
    run8 = i;
  }
  value += text.slice(run8, contentEnd);
  if (withOffsets) offsets.push(contentEnd);
  return { value, offsets };
}
function escapedAt(text, start, at) {
  let k = at - 1;
  let count = 0;
  while (k > start && text.charCodeAt(k) === BACKSLASH) {
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
      const str3 = scanString(text, i);
      const stop = Math.min(str3.end, end);
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
var BACKSLASH2 = 92;
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
  return isSpecial(c) || c === BACKSLASH2 || c === 42 || c === 32;
}
function keywordType(text) {
  if (text.length < 2 || text.length > 3) return null;
  const lower = text.toLowerCase();
  return lower === "and" || lower === "or" || lower === "not" ? lower : null;
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
      if (d === BACKSLASH2) {
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
    i += c === BACKSLASH2 ? 2 : 1;
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
  let run8 = start;
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) !== BACKSLASH2 || i + 1 >= end) {
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
    out += text.slice(run8, i) + decoded;
    i += width;
    run8 = i;
  }
  return out + text.slice(run8, end);
}
function decodeUnquoted(text, start, end) {
  const parts = [];
  let lit2 = "";
  let run8 = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 42 && !(c === BACKSLASH2 && i + 1 < end)) {
      i++;
      continue;
    }
    lit2 += text.slice(run8, i);
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
    run8 = i;
  }
  lit2 += text.slice(run8, end);
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

// src/query/lucene/lexer.ts
var BACKSLASH3 = 92;
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
  const error = (offset, code, message3) => {
    diagnostics.push(queryDiagnostic(source, offset, "error", code, message3));
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
          i += d === BACKSLASH3 ? 2 : 1;
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
      if (d === BACKSLASH3) {
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
    if (c === BACKSLASH3 && i + 1 < n) {
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
    if (text.charCodeAt(i) === BACKSLASH3 && i + 1 < end) i++;
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
    if (c === BACKSLASH3 && i + 1 < n) {
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
  diag(offset, severity, code, message3) {
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message3));
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
    const [lower, , upper, close] = parts;
    if (field === null) return this.opaque(open2, null, "", "range without a field");
    const bound2 = (t) => {
      if (t.type === "phrase") return t.value;
      return t.value === "*" ? null : literal2(decodeTerm(t.value));
    };
    const lo = bound2(lower);
    const hi = bound2(upper);
    const children = [];
    if (lo !== null) children.push(this.pred(field, open2.value === "[" ? "gte" : "gt", lo, true, lower.start));
    if (hi !== null)
      children.push(this.pred(field, close.value === "]" ? "lte" : "lt", hi, true, upper.start));
    if (children.length === 0) return this.pred(field, "exists", null, false, lower.start);
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
  constructor(message3, offset, code = "esql/syntax") {
    this.message = message3;
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
  warn(offset, code, message3) {
    this.diagnostics.push(queryDiagnostic(this.ctx.source, offset, "warning", code, message3));
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

// src/formats/elastic/layout.ts
function pathKey(path11) {
  let out = "";
  for (let i = 0; i < path11.length; i++) {
    const s = path11[i];
    if (i > 0) out += "\0";
    out += typeof s === "number" ? `#${s}` : s;
  }
  return out;
}
function locate(layout, path11) {
  for (let n = path11.length; n > 0; n--) {
    const key = pathKey(path11.slice(0, n));
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
  let matches2 = 0;
  if (value !== "") {
    for (let q = text.indexOf("query"); q !== -1 && matches2 < 2; q = text.indexOf("query", q + 5)) {
      if (!atLineStart(text, q)) continue;
      LITERAL_QUERY_OPENING.lastIndex = q;
      const m = LITERAL_QUERY_OPENING.exec(text);
      if (m === null) continue;
      const at2 = q + m[0].length;
      const closing = m[1].startsWith("'''") ? "'''" : "'";
      if (text.slice(at2, at2 + value.length) !== value || !text.startsWith(closing, at2 + value.length))
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
  constructor(path11, text, diags) {
    this.path = path11;
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
  pos(path11) {
    const offset = locate(this.layout, path11);
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
function dotted(path11) {
  let out = "";
  for (const s of path11) {
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
var TECHNIQUE_ID2 = /^T\d{4}(?:\.\d{3})?$/i;
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
  if (typeof id === "string" && TECHNIQUE_ID2.test(id.trim())) found.add(id.trim().toUpperCase());
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
  detect(path11, text) {
    return TOML_PATH.test(path11) && RULE_TABLE.test(text);
  },
  parse(path11, text) {
    try {
      return parseElastic(path11, text);
    } catch (err) {
      const message3 = err instanceof Error ? err.message : String(err);
      const d = {
        path: path11,
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
function parseElastic(path11, text) {
  const fileDiags = new Diagnostics3(path11);
  let doc;
  try {
    doc = parse(text, { unsafeKeyBehaviour: "drop", maxDepth: 200 });
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
  const file = new RuleFile(path11, text, new Diagnostics3(path11));
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
function detectFormat(path11, text) {
  const format = FORMATS.find((f) => f.detect(path11, text));
  if (format) return { format, indent: 0 };
  if (!/\.ya?ml$/i.test(path11)) return null;
  const indent = commonIndent(text);
  if (indent === 0) return null;
  const flat2 = dedent(text, indent);
  const found = FORMATS.find((f) => f.detect(path11, flat2));
  return found ? { format: found, indent } : null;
}
function firstContentLine(text) {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  return i === -1 ? 1 : i + 1;
}
function readRuleFile(path11, text, context) {
  const found = detectFormat(path11, text);
  if (!found) return { rules: [], diagnostics: [] };
  const { format, indent } = found;
  let result2;
  try {
    result2 = format.parse(path11, text, context);
  } catch (err) {
    const message3 = err instanceof Error ? err.message : String(err);
    return {
      rules: [],
      diagnostics: [
        {
          path: path11,
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
    path: path11,
    line: firstContentLine(text),
    column: indent + 1,
    severity: "notice",
    code: "file/indented",
    message: `every line of this file is indented by ${indent} ${indent === 1 ? "character" : "characters"}; it is read as a rule, but other tools may not find its keys: remove the indentation`
  };
  return { ...result2, diagnostics: [diagnostic, ...result2.diagnostics] };
}
function whyNotARule(path11, text) {
  if (/\.ya?ml$/i.test(path11)) {
    if (text.trim() === "") return "an empty YAML file";
    return "YAML that is neither a Sigma rule (no top-level detection, logsource or correlation) nor a Splunk detection (no search)";
  }
  if (/\.toml$/i.test(path11)) {
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
function capResult(result2) {
  for (const rule of result2.rules) rule.diagnostics = capDiagnostics(rule.diagnostics);
  return { ...result2, diagnostics: capDiagnostics(result2.diagnostics) };
}

// src/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import {
  existsSync,
  lstatSync,
  readdirSync as readdirSync2,
  readFileSync as readFileSync2,
  realpathSync,
  statSync as statSync2
} from "node:fs";
import path3 from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str3) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str3.indexOf(a);
  let bi = str3.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str3.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str3.indexOf(a, i + 1);
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
        bi = str3.indexOf(b, i + 1);
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
function numeric(str3) {
  return !isNaN(str3) ? parseInt(str3, 10) : str3.charCodeAt(0);
}
function escapeBraces(str3) {
  return str3.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str3) {
  return str3.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str3, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str3.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str3.slice(0, r[0]),
    body: str3.slice(r[0] + 1, r[1]),
    post: str3.slice(r[1] + 1),
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
function commaSetFollows(str3, budget) {
  budget.remaining -= str3.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str3.length - 1; i >= 0; i--) {
    const c = str3.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str3.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str3, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str3, str3, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str3.split(",");
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
    str3 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str3, options = {}) {
  if (!str3) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str3.slice(0, 2) === "{}") {
    str3 = "\\{\\}" + str3.slice(2);
  }
  return expand_(escapeBraces(str3), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str3) {
  return "{" + str3 + "}";
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
function expand_(str3, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str3];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str3;
  for (; ; ) {
    const m = balancedWithBudget(str3, masked, budget);
    if (!m) {
      return combine(acc, str3, [""], max, maxLength, dropEmpties, budget);
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
      str3 = m.post;
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
        str3 = m.pre + "{" + m.body + escClose + m.post;
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
          str3 = m.post;
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
    str3 = m.post;
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
  let run8 = "";
  const flush = () => {
    for (const ch of run8.normalize(form))
      out.push(lit(ch));
    run8 = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run8 += it.ch;
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
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
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
  addRun(state, run8, i, top) {
    for (const r of state.runs) {
      if (r.neg === run8.neg && sameState(r.state, run8.state))
        return;
    }
    state.runs.push(run8);
    if (!run8.state.match) {
      this.add(state, run8.neg.next, i, top);
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
      for (const run8 of state.runs) {
        if (run8.state.dead) {
          this.addRun(next, run8, i + 1, top);
          continue;
        }
        const sub = this.step(run8.state, c, i, false);
        this.addRun(next, { t: "run", neg: run8.neg, state: sub }, i + 1, top);
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
    const str3 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str3 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
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
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules"]);
var GLOB_CHARS = /[*?[\]{}!]/;
var lastRoot = "";
var lastRootPlain = false;
var UNPLAIN_TAIL = /(?:^|[\\/])\.\.?(?:[\\/]|$)|^[\\/]|[\\/][\\/]|[\\/]$/;
function displayPath(file, root) {
  if (file.length > root.length + 1 && file.charAt(root.length) === path3.sep && file.startsWith(root)) {
    if (root !== lastRoot) {
      lastRoot = root;
      lastRootPlain = path3.isAbsolute(root) && path3.resolve(root) === root;
    }
    const tail = file.slice(root.length + 1);
    if (lastRootPlain && !UNPLAIN_TAIL.test(tail)) return path3.sep === "/" ? tail : posix(tail);
  }
  const cut = file.lastIndexOf(path3.sep);
  const name = file.slice(cut + 1);
  if (cut > 0 && path3.isAbsolute(file) && name !== "" && name !== "." && name !== ".." && !/[\\/]/.test(name)) {
    const folder = shownFolder(file.slice(0, cut), root);
    if (folder !== null) return folder === "" ? name : `${folder}/${name}`;
  }
  const rel = path3.relative(root, file);
  const shown = rel === "" || path3.isAbsolute(rel) ? file : rel;
  return shown.split(path3.sep).join("/");
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
    const rel = path3.relative(root, folder);
    shown = path3.isAbsolute(rel) ? null : posix(rel);
    shownFolders.set(folder, shown);
  }
  return shown;
}
function posix(p) {
  return p.split(path3.sep).join("/");
}
function isRuleExtension(name) {
  return RULE_EXTENSIONS.includes(path3.extname(name).toLowerCase());
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
    let d = path3.resolve(dir);
    while (!existsSync(path3.join(d, ".git"))) {
      const up = path3.dirname(d);
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
    return _GitIgnores.above(dir).enter(path3.resolve(dir));
  }
  /** The layers for a subfolder: these plus its own `.gitignore`, when it has one. */
  enter(dir) {
    let text;
    try {
      text = readFileSync2(path3.join(dir, ".gitignore"), "utf8");
    } catch {
      return this;
    }
    return new _GitIgnores([...this.layers, { base: dir, ig: (0, import_ignore.default)().add(text) }]);
  }
  /**
   * Does a `.gitignore` ignore this path (a folder when `dir`)? As in git, the deepest file
   * with a rule for the path decides (`!name` below re-includes what a parent ignores).
   */
  ignores(abs, dir) {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { base, ig } = this.layers[i];
      const rel = posix(path3.relative(base, abs));
      if (rel === "" || rel.startsWith("../") || path3.isAbsolute(rel)) continue;
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
    const prefix2 = dir.endsWith(path3.sep) ? dir : dir + path3.sep;
    const realPrefix = real.endsWith(path3.sep) ? real : real + path3.sep;
    for (const e of entries) this.visit(prefix2 + e.name, e, here, chain, realPrefix);
  }
  visit(abs, e, ignores, chain, realPrefix) {
    let isDir = e.isDirectory();
    const link = e.isSymbolicLink();
    if (link) {
      try {
        isDir = statSync2(abs).isDirectory();
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
      if (this.options.enterDir(abs)) this.walk(abs, ignores, chain, link ? void 0 : realPrefix + e.name);
      return;
    }
    if (this.options.gitignore && ignores.ignores(abs, false)) return;
    if (this.options.keepFile(abs)) this.files.push(abs);
  }
  unreadable(dir, err) {
    if (errorCode(err) === "ELOOP") return this.loop(dir);
    const code = errorCode(err);
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : errorText(err);
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
function globBase(pattern2) {
  const segs = pattern2.split("/");
  const base = [];
  for (const seg of segs.slice(0, -1)) {
    if (GLOB_CHARS.test(seg)) break;
    base.push(seg);
  }
  return base.join("/") || ".";
}
function existsLiterally(abs) {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
function isDirectory2(abs) {
  try {
    return statSync2(abs).isDirectory();
  } catch {
    return false;
  }
}
function matchesAny(rel, patterns) {
  return patterns.some((p) => minimatch(rel, p, { dot: true }));
}
function expandEntry(entry, root, gitignore) {
  const abs = path3.resolve(root, entry);
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
  const pattern2 = posix(entry);
  const full = new Minimatch(pattern2, { dot: false });
  const partial = new Minimatch(pattern2, { dot: false, partial: true });
  const base = path3.resolve(root, globBase(pattern2));
  const segments = new Set(pattern2.split("/"));
  const rel = (f) => posix(path3.relative(root, f));
  const walker = new Walker({
    keepFile: (f) => full.match(rel(f)),
    enterDir: (d) => partial.match(rel(d)),
    // Without dot matching, only a segment that spells the dot reaches a dot folder.
    spelled: (d) => partial.match(rel(d)) && (path3.basename(d).startsWith(".") || segments.has(path3.basename(d))),
    gitignore
  });
  if (isDirectory2(base)) walker.walk(base, ignores(base), []);
  return { files: walker.files, problems: walker.problems, missing: false };
}
function resolveSources(entries, root, options = {}) {
  const opts = Array.isArray(options) ? { ignore: options } : options;
  const ignore = opts.ignore ?? [];
  const all = /* @__PURE__ */ new Set();
  const missing = [];
  const expanded = [];
  const problems = [];
  for (const entry of new Set(entries)) {
    const got = expandEntry(entry, root, opts.gitignore === true);
    if (got.missing) missing.push(entry);
    const kept = got.files.filter((f) => ignore.length === 0 || !matchesAny(displayPath(f, root), ignore));
    expanded.push({ entry, files: [...new Set(kept)].sort(), problems: got.problems.length });
    for (const f of kept) all.add(f);
    problems.push(...got.problems);
  }
  const seen = /* @__PURE__ */ new Set();
  const unique2 = problems.filter((p) => !seen.has(p.file) && seen.add(p.file));
  return { files: [...all].sort(), missing, entries: expanded, problems: unique2 };
}

// src/catalog/cache.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path4 from "node:path";
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
  const cache2 = { status, reused, parsed };
  if (notices.length > 0) cache2.notice = notices.join(" ");
  return { catalog, cache: cache2 };
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
function fail(where, what) {
  throw new CacheError(`${where}: ${what}`);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function list(v, where) {
  return Array.isArray(v) ? v : fail(where, "expected a list");
}
function str2(v, where) {
  return typeof v === "string" ? v : fail(where, "expected a string");
}
function strOrNull(v, where) {
  return v === null ? null : str2(v, where);
}
function indices(v, where, keys) {
  return list(v, where).map(
    (x, i) => Number.isInteger(x) && x >= 0 && x < keys.length ? keys[x] : fail(`${where}[${i}]`, `expected a key index below ${keys.length}`)
  );
}
function readRule3(v, where, keys) {
  if (!isObject(v)) fail(where, "expected an object");
  const vendor = str2(v.vendor, `${where}.vendor`);
  if (!VENDORS.includes(vendor)) fail(`${where}.vendor`, "unknown vendor");
  if (typeof v.line !== "number") fail(`${where}.line`, "expected a number");
  return {
    vendor,
    id: strOrNull(v.id, `${where}.id`),
    title: str2(v.title, `${where}.title`),
    path: str2(v.path, `${where}.path`),
    line: v.line,
    level: strOrNull(v.level, `${where}.level`),
    techniques: list(v.techniques, `${where}.techniques`).map((t, i) => str2(t, `${where}.techniques[${i}]`)),
    eventKind: str2(v.eventKind, `${where}.eventKind`),
    events: list(v.events, `${where}.events`).map((e, i) => str2(e, `${where}.events[${i}]`)),
    indicators: indices(v.indicators, `${where}.indicators`, keys),
    exclusions: indices(v.exclusions, `${where}.exclusions`, keys),
    standalone: indices(v.standalone, `${where}.standalone`, keys)
  };
}
var SHA256 = /^[0-9a-f]{64}$/;
function readEntry(v, where) {
  if (!isObject(v)) fail(where, "expected an object");
  const hash = str2(v.sha256, `${where}.sha256`);
  if (!SHA256.test(hash)) fail(`${where}.sha256`, "expected a sha256 in hex");
  const keys = /* @__PURE__ */ new Map();
  const keyStrings = list(v.keys, `${where}.keys`).map((k, i) => {
    const at = `${where}.keys[${i}]`;
    if (!Array.isArray(k) || k.length !== 3) fail(at, "expected [field, op, value]");
    const parts = { field: strOrNull(k[0], at), op: str2(k[1], at), value: strOrNull(k[2], at) };
    const s = formatKey(parts);
    keys.set(s, parts);
    return s;
  });
  if (keys.size !== keyStrings.length) fail(`${where}.keys`, "a key is listed twice");
  const rules = list(v.rules, `${where}.rules`).map((r, i) => readRule3(r, `${where}.rules[${i}]`, keyStrings));
  return { path: str2(v.path, `${where}.path`), sha256: hash, keys, rules };
}
function parseCache(bytes, key, file) {
  let doc;
  let bodyStart = 0;
  let head;
  try {
    head = readHeaderLine(bytes);
  } catch (err) {
    return fail("header", `cannot read: ${message(err)}`);
  }
  if (head !== null) ({ header: doc, bodyStart } = head);
  else
    try {
      doc = JSON.parse(bytes.bytes(0, bytes.size).toString("utf8"));
    } catch (err) {
      fail("JSON", message(err));
    }
  if (!isObject(doc) || doc.format !== CACHE_FORMAT) fail("format", `not "${CACHE_FORMAT}"`);
  if (doc.version !== CACHE_VERSION || doc.key !== key) return null;
  if (head === null || !bodyIsWhole(doc, bytes.size, bodyStart))
    fail("body", "the file is cut short or was changed after it was written");
  const sections = isObject(doc.sections) ? doc.sections : fail("sections", "expected an object");
  const at = (name) => {
    const v = sections[name];
    return isSpan(v, doc.body) ? v : fail(`sections.${name}`, "expected [start, end] within the file");
  };
  const section = (name) => {
    let json;
    try {
      json = sectionText(bytes, bodyStart, at(name));
    } catch (err) {
      if (err instanceof CacheError) throw err;
      return fail(name, `cannot read: ${message(err)}`);
    }
    try {
      return JSON.parse(json);
    } catch (err) {
      return fail(name, `not valid JSON: ${message(err)}`);
    }
  };
  const files = /* @__PURE__ */ new Map();
  list(section("files"), "files").forEach((f, i) => {
    if (!Array.isArray(f) || f.length !== 5 || f[2] !== 0 && f[2] !== 1)
      fail(`files[${i}]`, "expected [path, sha256, 0 or 1, stat, own]");
    const hash = str2(f[1], `files[${i}][1]`);
    if (!SHA256.test(hash)) fail(`files[${i}][1]`, "expected a sha256 in hex");
    const stat = str2(f[3], `files[${i}][3]`);
    if (stat !== "" && !Number.isFinite(fingerprintTime(stat)))
      fail(`files[${i}][3]`, 'expected "<size>:<mtimeMs>" or ""');
    const own = str2(f[4], `files[${i}][4]`);
    if (own !== "" && !SHA256.test(own)) fail(`files[${i}][4]`, 'expected a sha256 in hex or ""');
    files.set(str2(f[0], `files[${i}][0]`), { key: hash, inBase: f[2] === 1, stat, own });
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
    mkdirSync(path4.dirname(path4.resolve(file)), { recursive: true });
    writeFileSync(
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
      const channel = new MessageChannel();
      const worker = new Worker(file, { workerData: setup });
      worker.on("error", () => {
      });
      worker.unref();
      const job = { id, workers: slots.workers, chunk, tasks: [...tasks], shared, port: channel.port2 };
      worker.postMessage(job, [channel.port2]);
      threads.push({ worker, port: channel.port1, progress: 0, since: Date.now() });
    } catch {
      break;
    }
  }
  return threads;
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
  for (let round2 = 0; picked.length < n; round2++) {
    const before = picked.length;
    for (const q of queues) if (round2 < q.length && picked.length < n) picked.push(q[round2]);
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
function append(path11, more) {
  for (const s of more) path11.push(s);
  return path11;
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
      const path11 = specific.length > 0 ? specific : fullPath;
      if (path11.length === 0) continue;
      const noisy = path11.every((s) => s !== "opaque" && reach(predicateKey(s)).length >= opts.threshold);
      if (!noisy) continue;
      for (const step of path11) {
        const pred = step;
        const key = predicateKey(pred);
        const id = `${query.label}\0${key}\0${pred.pos.line}:${pred.pos.column}`;
        if (reported.has(id)) continue;
        reported.add(id);
        const users = reach(key);
        const parts = catalog.keys.get(key);
        const what = describePredicate(pred.sourceField, pred.op, pred.value);
        const alone = path11.length === 1 ? "on its own" : `together with ${path11.length - 1} other equally common condition${path11.length === 2 ? "" : "s"}`;
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

// src/normalize/covers.ts
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
  const cut = Math.max(last.lit.lastIndexOf("\\"), last.lit.lastIndexOf("/"));
  if (cut < 0) return false;
  const base = last.lit.slice(cut + 1);
  return base !== "" && covers(own, { field: own.field, op: "eq", value: base });
}
function ipv4Range(text) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim());
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
function coversCidr(range2, candidate) {
  if (candidate.op !== "cidr" && candidate.op !== "eq") return false;
  const outer = ipv4Range(range2);
  const inner = ipv4Range(candidate.value);
  return outer !== null && inner !== null && outer[0] <= inner[0] && inner[1] <= outer[1];
}

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
    return names.find((n) => canonicalField("splunk", logsource, n) === canonical) ?? eventData(canonical) ?? own();
  }
  return EVENT_NAMES.find((n) => canonicalField("sigma", logsource, n) === canonical) ?? eventData(canonical) ?? own();
}
function eventData(canonical) {
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

// src/checks/exclusion-support.ts
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
    const list2 = out.get(f);
    if (list2) list2.push([k, parts]);
    else out.set(f, [[k, parts]]);
  }
  return out;
}
function supportVia(key, parts, exact, fields) {
  if (exact.has(key)) return key;
  const field = parts.field ?? "*";
  const path11 = parts.field === null ? void 0 : pathFieldOf(parts.field);
  for (const f of path11 === void 0 ? [field] : [field, path11]) {
    const list2 = fields.get(f);
    if (list2 !== void 0) {
      for (let i = 0; i < list2.length; i++) if (covers(parts, list2[i][1])) return list2[i][0];
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
  const count = standalonePatternCounts(catalog, catalog.eventKindRules.get(kind) ?? []);
  out = [...count].filter(([, n]) => n >= COMMON_PATTERN_RULES).map(([k]) => k);
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
    const on = describeEventKind(kind);
    const scope = c.technique ? `${c.technique} rules on ${on}` : `rules on ${on} (this rule has no technique tag)`;
    const message3 = `${c.support.length} of ${c.peers} ${scope} (${Math.round(share * 100)}%) exclude ${describePredicate(parts.field, parts.op, parts.value)}`;
    return finding(rule, opts, message3, {
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
var RANK = { notice: 1, warning: 2, error: 3 };
function parseErrorFinding(d, settings, rule) {
  const configured = settings.checks["parse-error"].severity;
  const severity = d.severity === "error" || RANK[d.severity] > RANK[configured] ? configured : d.severity;
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

// src/attack/tags.ts
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
function knownTactics(table) {
  const out = /* @__PURE__ */ new Map();
  for (const t of table.tactics.values()) out.set(t.shortname, t.name);
  for (const list2 of table.tacticSplits.values()) for (const t of list2) out.set(t.shortname, t.name);
  return out;
}
function slug(text) {
  return text.toLowerCase().replace(/_/g, "-");
}
function readAttackTag(tag, table) {
  const text = tag.trim();
  if (!PREFIX.test(text)) return null;
  const body = text.slice("attack.".length);
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
  const tactics = table ? knownTactics(table) : null;
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
function tacticsOf(table, id) {
  const chain = replacementChain(table, id);
  const last = chain[chain.length - 1];
  const t = table.techniques.get(last) ?? table.techniques.get(parentOf(last));
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
function tagPos(rule, text, tag) {
  if (text !== void 0) {
    const escaped = tag.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`, "i");
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
function knownAsNewer(table, id) {
  return table.movedTo.has(id) || table.movedTo.has(parentOf(id));
}
function tagFindings(rule, ctx, table) {
  if (rule.vendor !== "sigma") return [];
  const severity = ctx.settings.checks["technique-unknown"].severity;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const tag of rule.tags) {
    const read = readAttackTag(tag, table);
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
        attackVersion: table?.version ?? null
      })
    );
  }
  return out;
}
function run4(rule, ctx) {
  const table = ctx.attack;
  const out = tagFindings(rule, ctx, table);
  if (table === void 0) return out;
  const opts = ctx.settings.checks["technique-unknown"];
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id);
    if (status.kind !== "unknown" && status.kind !== "newer") continue;
    if (knownAsNewer(table, id)) continue;
    const moves = table.moves.size > 0 ? ` nor among its moves to ATT&CK v${nextVersion(table.version)}` : "";
    const message3 = `${id} is not a technique in ATT&CK v${table.version} (${table.file})${moves}. Check the ID for a typo and correct it; if the technique is newer than the table, point \`attack\` at a newer ATT&CK table (\`attack: download\` with \`attack-version\`, or a file).`;
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message3, {
        kind: "technique-unknown",
        code: "attack/unknown",
        technique: id,
        replacement: null,
        attackVersion: table.version
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
function run5(rule, ctx) {
  const table = ctx.attack;
  if (table === void 0) return [];
  const opts = ctx.settings.checks["technique-revoked"];
  const out = [];
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id);
    if (status.kind !== "revoked" && status.kind !== "deprecated") continue;
    const version = `ATT&CK v${table.version}`;
    let message3;
    let replacement = null;
    if (status.kind === "revoked" && status.replacement !== null) {
      replacement = status.replacement;
      const via = status.chain.length > 2 ? ` (through ${status.chain.slice(1, -1).join(", ")})` : "";
      const fix = rule.techniques.includes(replacement) ? `the rule already names ${replacement}: remove ${id}` : `name ${replacement} instead`;
      message3 = `${named(table, id)} is revoked in ${version} and replaced by ${named(table, replacement)}${via}: ${fix}.`;
    } else if (status.kind === "revoked") {
      message3 = `${named(table, id)} is revoked in ${version}, with no replacement: remove it or name a current technique.`;
    } else {
      message3 = `${named(table, id)} is deprecated in ${version}, with no replacement: remove it or name a current technique that describes the behaviour.`;
    }
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message3, {
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
function fittingTactics(table, techniques) {
  const fit = /* @__PURE__ */ new Set();
  for (const id of techniques) {
    const tactics = tacticsOf(table, id);
    if (tactics === null) return null;
    for (const t of tactics) {
      fit.add(t);
      for (const split of table.tacticSplits.get(t) ?? []) fit.add(split.shortname);
    }
  }
  return fit;
}
function shortnameOf(table, tag) {
  const read = readAttackTag(tag, table);
  if (read?.kind === "tactic") return read.shortname;
  const id = /^attack\.(ta\d{4})$/i.exec(tag.trim())?.[1].toUpperCase();
  return id === void 0 ? null : table.tactics.get(id)?.shortname ?? null;
}
function run7(rule, ctx) {
  const table = ctx.attack;
  if (table === void 0 || rule.vendor !== "sigma" || rule.techniques.length === 0) return [];
  const fit = fittingTactics(table, rule.techniques);
  if (fit === null) return [];
  const names = knownTactics(table);
  const severity = ctx.settings.checks["tactic-mismatch"].severity;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const tag of rule.tags) {
    const shortname = shortnameOf(table, tag);
    if (shortname === null || fit.has(shortname) || seen.has(shortname)) continue;
    seen.add(shortname);
    const own = [...fit].filter((t) => [...table.tactics.values()].some((x) => x.shortname === t)).sort();
    const next = [...fit].filter((t) => !own.includes(t)).sort();
    const fits = [...own, ...next].map((t) => `\`attack.${t}\``).join(", ");
    const techniques = rule.techniques.map((id) => named(table, id)).join(", ");
    const message3 = `\`${tag.trim()}\` names the tactic ${names.get(shortname) ?? shortname}, which none of the rule's techniques belongs to in ATT&CK v${table.version} (${techniques}). Tactics that fit: ${fits}; tag one of those, or add the technique that serves this tactic.`;
    out.push(
      techniqueFinding(rule, tagPos(rule, ctx.text, tag), severity, message3, {
        kind: "tactic-mismatch",
        code: "attack/tactic-mismatch",
        technique: tag.trim(),
        replacement: null,
        attackVersion: table.version
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

// src/checks/suppression.ts
function invalidSuppressionFinding(p, path11, region, settings) {
  const opts = settings.checks["invalid-suppression"];
  if (!opts.enabled) return [];
  return [
    {
      check: "invalid-suppression",
      severity: opts.severity,
      path: path11,
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
  lines.forEach((lineText, index) => {
    const m = DIRECTIVE.exec(lineText);
    if (m) readDirective(m, index, lines, out);
  });
  return out;
}
function readDirective(m, index, lines, out) {
  const [, lead, name, rest] = m;
  const line = index + 1;
  const column = lead.indexOf("#") + 1;
  const problem = (code, message3, col, checks2, reason2) => out.problems.push({ line, column: col, code, message: message3, checks: checks2, reason: reason2 });
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
    const path11 = input.configPath(e.s.file);
    findings.push(...unusedSuppressionFinding({ kind: "config", suppression: e.s, path: path11, region }, settings));
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
  const { text, problems } = decodeSource(bytes.bytes);
  let result2;
  try {
    result2 = capResult(parser(shown, text, { ...context, file }));
  } catch (error) {
    const failure2 = { path: shown, stage: "reading it", error };
    failures?.push(failure2);
    return { path: shown, result: { rules: [], diagnostics: [internalErrorDiagnostic(failure2)] }, text };
  }
  if (result2.rules.length === 0 && result2.diagnostics.length === 0)
    return { path: shown, result: result2, text, skipped: whyNotARule(shown, text) };
  const encoding = problems.map((p) => ({ path: shown, ...p }));
  return { path: shown, result: { ...result2, diagnostics: [...encoding, ...result2.diagnostics] }, text };
}
function readContext(settings, root) {
  return {
    splunkMacros: settings.splunk.macros.map((d) => path5.resolve(root, d)),
    splunkDataSources: settings.splunk.dataSources.map((d) => path5.resolve(root, d))
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
  const cache2 = cacheFile === void 0 ? void 0 : path5.resolve(root, cacheFile);
  const total = corpus.files.length;
  const reader = new FileReader(root, settings, void 0, progress2 && ((read) => progress2(read, total)));
  const built = corpusCatalog(corpus.files, reader, settings, cache2, onRule);
  const rulePaths = new Set(built.catalog.rules.map((r) => r.path));
  return {
    ...built,
    missing: corpus.missing,
    noRules: entriesWithoutRules(corpus, (f) => rulePaths.has(displayPath(f, root))),
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
    const list2 = failedFiles.get(failure2.path) ?? [];
    failedFiles.set(failure2.path, list2.concat(failure2));
  }
  for (const f of files) {
    const shown = reader.shown(f);
    const own = [];
    try {
      const { result: result2, text, skipped: why } = reader.read(f);
      own.push(...parseErrorFindings(result2, settings));
      for (const failure2 of failedFiles.get(shown) ?? [])
        if (failure2.stage !== "reading it") own.push(internalErrorFinding(failure2, settings));
      for (const rule of result2.rules) {
        rulesChecked++;
        if (rule.diagnostics.some((d) => d.severity === "error")) continue;
        try {
          own.push(...runChecks(rule, catalog, settings, { attack, text, checks }));
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
          inline: parseInlineSuppressions(text)
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
  const literal4 = new Set(req.targets.map((t) => path5.resolve(req.root, t)));
  return targets.files.filter((f) => !inBaseline.has(f) || literal4.has(f));
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
  const cacheFile = req.cacheFile === void 0 ? void 0 : path5.resolve(root, req.cacheFile);
  const built = corpusCatalog(union(own, baseline), reader, settings, cacheFile, req.onRule);
  const rulePaths = new Set(built.catalog.rules.map((r) => r.path));
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
    configPath: (file) => file === null ? ".detlint.yml" : displayPath(path5.resolve(root, file), root)
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
    ...entriesWithoutRules(baseline, (f) => rulePaths.has(displayPath(f, root)))
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
var UNCLEAN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
function printable(text) {
  return UNCLEAN.test(text) ? cleanText(text) : text;
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
    const prefix2 = `{
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
      const text = JSON.stringify({ [name]: batch }, null, 2);
      next();
      out(text.slice(prefix2, text.length - "\n  ]\n}".length));
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
function predText(prefix2, { pred, label }) {
  const step = label ? ` [${label}]` : "";
  const cs = pred.caseSensitive ? " (case-sensitive)" : "";
  const tr = pred.transforms && pred.transforms.length > 0 ? ` (${pred.transforms.join(", ")})` : "";
  return `    ${prefix2} ${printable(describePredicate(pred.sourceField, pred.op, pred.value))}${cs}${tr}${step}  line ${pred.pos.line}`;
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
function fileUrl(links, path11, line) {
  if (!links.blobBase) return null;
  const base = links.blobBase.endsWith("/") ? links.blobBase : `${links.blobBase}/`;
  const encoded = normalizePath(path11).split("/").map(encodeURIComponent).join("/");
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
  const list2 = e.examples.map(ruleTitle).join(" \xB7 ");
  const more = moreThanExamples(e);
  return more > 0 ? `${list2}, and ${formatCount(more)} more` : list2;
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
      const keys = (list2) => list2.map((k) => codeSpan(clip(k, MAX_VALUE), { table: false })).join(", ");
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
function artifactUri(path11) {
  return normalizePath(path11).split("/").map(encodeURIComponent).join("/");
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
  const list2 = obj.kill_chain_phases;
  if (!Array.isArray(list2)) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of list2)
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

// src/corpus/cli.ts
import { existsSync as existsSync4 } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path7 from "node:path";

// src/corpus/fetch.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, mkdtempSync, readdirSync as readdirSync3, renameSync as renameSync2, rmSync as rmSync2, statSync as statSync3 } from "node:fs";
import path6 from "node:path";
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
  return path6.join(dir, buildTag(), `${c.spec.name}@${c.ref}.catalog.json`);
}
function cachedCatalog(dir, c) {
  const file = catalogFile(dir, c);
  if (!existsSync3(file)) return null;
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
  mkdirSync2(dest, { recursive: true });
  const { x: extractTar } = await import("./chunks/index.min-LE72OA6G.js");
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
  for (const n of c.spec.nested ?? []) if (existsSync3(path6.join(root, n))) found.push(n);
  return found.filter((f) => statSync3(path6.join(root, f)).isDirectory());
}
async function fetchCorpus(c, options) {
  const url = tarballUrl(options.apiUrl, c);
  mkdirSync2(options.tempDir, { recursive: true });
  const scratch = mkdtempSync(path6.join(options.tempDir, `detlint-${c.spec.name}-`));
  try {
    const { downloadTool, HTTPError } = await import("./chunks/tool-cache-LCWUH4VX.js");
    const download = options.download ?? downloadTool;
    let tarball;
    try {
      tarball = await download(
        url,
        path6.join(scratch, "corpus.tar.gz"),
        options.token ? `Bearer ${options.token}` : void 0,
        { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" }
      );
    } catch (err) {
      throw new CorpusError(
        `cannot download ${corpusLabel(c)} from ${url} (${refusal(err, c, Boolean(options.token), HTTPError)}). Instead, ${checkoutAdvice(c)}.`
      );
    }
    const prefix2 = corpusPrefix(c);
    const root = path6.join(scratch, "src");
    const repoRoot = path6.join(root, ...prefix2.split("/"));
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
        macros: [`${prefix2}/${c.spec.splunk.macros}`],
        dataSources: [`${prefix2}/${c.spec.splunk.dataSources}`]
      };
    const { catalog } = buildCorpusCatalog(
      folders2.map((f) => `${prefix2}/${f}`),
      root,
      settings
    );
    const file = catalogFile(options.dir, c);
    mkdirSync2(path6.dirname(file), { recursive: true });
    const tmp = path6.join(scratch, "catalog.json");
    saveCatalogFile(catalog, tmp);
    try {
      renameSync2(tmp, file);
    } catch {
      saveCatalogFile(catalog, file);
    }
    return { file, catalog, url };
  } finally {
    rmSync2(scratch, { recursive: true, force: true });
  }
}
function listCached(dir) {
  const here = path6.join(dir, buildTag());
  const current = (existsSync3(here) ? readdirSync3(here) : []).filter((f) => f.endsWith(".catalog.json")).sort().map((f) => ({ name: f.slice(0, -".catalog.json".length), file: path6.join(here, f) }));
  let stale = 0;
  for (const d of existsSync3(dir) ? readdirSync3(dir) : [])
    if (d !== buildTag() && d.startsWith("catalog"))
      stale += readdirSync3(path6.join(dir, d)).filter((f) => f.endsWith(".catalog.json")).length;
  return { current, stale };
}

// src/corpus/cli.ts
var CACHE_DIR_ENV = "DETLINT_CACHE_DIR";
function userCacheDir(env) {
  if (env[CACHE_DIR_ENV]) return path7.resolve(env[CACHE_DIR_ENV]);
  const base = env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME : path7.join(env.HOME || homedir(), ".cache");
  return path7.join(base, "detlint");
}
function corpusDir(cacheDir) {
  return path7.join(cacheDir, "corpus");
}
function namedBaselines(entries, env, key = "--baseline") {
  const { corpora, paths } = splitBaseline(entries, key);
  const dir = corpusDir(userCacheDir(env));
  const files = corpora.map((c) => {
    const file = catalogFile(dir, c);
    if (existsSync4(file)) return file;
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
        tempDir: path7.join(env.TMPDIR || tmpdir()),
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

// src/cli/spec.ts
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
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
function stringFlag(v) {
  return typeof v === "string" ? v : void 0;
}

// src/cli/settings.ts
import { existsSync as existsSync5 } from "node:fs";
import path8 from "node:path";

// src/attack/builtin.ts
import { readFileSync as readFileSync3 } from "node:fs";
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
      return readFileSync3(file, "utf8");
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
  let dir = path8.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const file = path8.join(dir, name);
      if (existsSync5(file)) return file;
    }
    const parent = path8.dirname(dir);
    if (existsSync5(path8.join(dir, ".git")) || parent === dir) return null;
    dir = parent;
  }
}
function rebase(settings, configDir, cwd) {
  if (path8.resolve(configDir) === path8.resolve(cwd)) return settings;
  const move = (p) => path8.isAbsolute(p) ? p : path8.relative(cwd, path8.resolve(configDir, p)).split(path8.sep).join("/") || ".";
  return {
    ...settings,
    baseline: settings.baseline.map(move),
    attack: settings.attack === null ? null : move(settings.attack),
    splunk: { macros: settings.splunk.macros.map(move), dataSources: settings.splunk.dataSources.map(move) }
  };
}
function loadCliSettings(configFlag, cwd) {
  if (typeof configFlag === "string") return loadConfigFile(path8.resolve(cwd, configFlag), true);
  const found = findConfigFile(cwd);
  if (found === null) return defaultSettings();
  return rebase(loadConfigFile(found, true), path8.dirname(found), cwd);
}
function attackOption(flag, settings, cwd) {
  const file = typeof flag === "string" ? flag : settings.attack;
  if (file === null) return { attack: builtinAttackTable() };
  if (ATTACK_OFF.has(file.trim().toLowerCase())) return {};
  return { attack: loadAttackFile(path8.resolve(cwd, file), file) };
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
  const baselines = strings(values.baseline);
  const cache2 = typeof values.cache === "string" ? values.cache : void 0;
  const built = buildCorpusCatalog([...targets, ...baselines, ...settings.baseline], io.cwd, settings, cache2);
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
import { existsSync as existsSync6, mkdirSync as mkdirSync3, readdirSync as readdirSync4, readFileSync as readFileSync4, writeFileSync as writeFileSync2 } from "node:fs";
import path9 from "node:path";
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
      entries = readdirSync4(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (seen >= MAX_FILES) return;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipped(e.name)) walk(path9.join(dir, e.name), relPath);
        continue;
      }
      if (!e.isFile() || !RULE_EXTENSIONS.includes(path9.extname(e.name).toLowerCase())) continue;
      seen++;
      let text;
      try {
        text = readFileSync4(path9.join(dir, e.name), "utf8");
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
    const ext2 = path9.extname(f).toLowerCase();
    globs.add(slash < 0 ? `**/*${ext2}` : `${f.slice(0, slash)}/**/*${ext2}`);
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
    for (const [file, text] of files) {
      const abs = path9.join(root, file);
      mkdirSync3(path9.dirname(abs), { recursive: true });
      writeFileSync2(abs, text);
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
function emit2(text, output, io, flag = "--output") {
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
function reportCache(file, cache2, io) {
  if (typeof file !== "string") return;
  if (cache2.notice) io.stderr(`detlint: notice: ${cache2.notice}
`);
  io.stderr(
    `detlint: catalog cache ${file}: ${cache2.status} (${cache2.reused} files reused, ${cache2.parsed} parsed)
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
    emit2(text, output, io);
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
    const named2 = namedBaselines(strings(values.baseline), cliEnv(io));
    const catalogs = [...named2.files, ...strings(values.catalog)];
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
    const doc = readJsonFile(path10.resolve(io.cwd, input), input);
    const version = stringFlag(values["attack-version"]);
    const moves = stringFlag(values.moves);
    const source = stringFlag(values.source);
    const table = importAttackData(doc, input, {
      ...version !== void 0 ? { attackVersion: version } : {},
      ...source !== void 0 ? { source } : {},
      ...moves !== void 0 ? { moves: { doc: readJsonFile(path10.resolve(io.cwd, moves), moves), file: moves } } : {}
    });
    emit2(renderAttackTable(table), output, io, "-o");
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
function siteContext(io) {
  return {
    usage: (message3) => new UsageError(message3),
    catalog: (values, onRule) => {
      const named2 = namedBaselines(strings(values.baseline), cliEnv(io));
      const settings = loadCliSettings(values.config, io.cwd);
      const { attack } = attackOption(values.attack, settings, io.cwd);
      const catalogs = [...named2.files, ...strings(values.catalog)];
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
    const { runCatalogSite } = await import("./chunks/command-JPABGQJ2.js");
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
    const { runCatalogNavigator } = await import("./chunks/command-JPABGQJ2.js");
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
function corpusCacheDir(values, io) {
  const dir = stringFlag(values["cache-dir"]);
  return dir !== void 0 ? path10.resolve(io.cwd, dir) : userCacheDir(cliEnv(io));
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
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const list2 = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join("\n");
  return `detlint ${VERSION} \u2014 lint detection rules against a catalog of rules

Usage: detlint COMMAND [options]

Commands:
${list2}

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
}).then(async (code) => {
  process.exitCode = code;
  await Promise.all([process.stdout, process.stderr].map(drained));
  process.exit(code);
});
function drained(stream) {
  return new Promise((resolve) => {
    if (stream.writableLength === 0 || stream.destroyed) resolve();
    else stream.write("", () => resolve());
  });
}
