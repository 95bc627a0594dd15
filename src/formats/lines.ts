/**
 * Line-anchored tests for format detection, without a multiline regex.
 *
 * A `/^.../m` regex that does not match is tried at every character of the text: detecting
 * the format of a 20 kB Splunk detection that way reads it character by character, several
 * times (once per pattern). `LinePattern` tries the pattern only where `^` matches under the
 * `m` flag (offset 0 and after `\n`, `\r`, U+2028 or U+2029), and only at the lines whose
 * first character can start a match, over line starts found once per text (`lineStarts`).
 * The answer is the one the `/^.../m` regex gives.
 */
import { lineStarts } from '../yaml/positioned.js'

export class LinePattern {
  private readonly sticky: RegExp
  /** `first` as a lookup table over Latin-1; `firstOther`: its characters above U+00FF. */
  private readonly first = new Uint8Array(256)
  private readonly firstOther: string

  /**
   * `pattern`: the regex without its leading `^` (other flags are kept; `m` is added, so a
   * `$` still matches at a line end), matching at least one character. `first`: every
   * character a match can start with, as the pattern's flags read it (both cases under `i`).
   * `blanks`: the pattern starts with `[ \t]*`, and `first` holds the characters that can
   * follow those blanks (a line of indented text is then passed over without the regex).
   */
  constructor(
    pattern: RegExp,
    first: string,
    private readonly blanks = false
  ) {
    this.sticky = new RegExp(pattern.source, pattern.flags.replace(/[gmy]/g, '') + 'my')
    let other = ''
    for (const c of first) {
      const code = c.charCodeAt(0)
      if (code < 256) this.first[code] = 1
      else other += c
    }
    this.firstOther = other
  }

  /** Does some line of `text` start with a match? (`/^pattern/m.test(text)`.) */
  test(text: string): boolean {
    // The starts of lines ended by `\n` (shared with the YAML parse of the same text).
    const starts = lineStarts(text)
    for (let i = 0; i < starts.length; i++) if (this.at(text, starts[i])) return true
    // Lines also end at `\r`, U+2028 and U+2029, which most texts have none of (a `\r` of a
    // `\r\n` starts a line at the `\n`, which `first` never holds).
    if (text.indexOf('\r') === -1 && text.indexOf('\u2028') === -1 && text.indexOf('\u2029') === -1)
      return false
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if ((c === 10 || c === 13 || c === 0x2028 || c === 0x2029) && this.at(text, i + 1)) return true
    }
    return false
  }

  /** Does a match start at `start`, a line start? */
  private at(text: string, start: number): boolean {
    let i = start
    if (this.blanks) while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
    if (i >= text.length) return false
    const c = text.charCodeAt(i)
    if (c < 256 ? this.first[c] === 0 : this.firstOther.indexOf(text[i]) === -1) return false
    this.sticky.lastIndex = start
    return this.sticky.test(text)
  }
}
