/** Short, safe renderings of rule text inside diagnostic messages. */

/** Quotes user text for a message: backticks, shortened, control characters shown. */
export function quote(text: string, max = 60): string {
  const t = text.length > max ? text.slice(0, max - 1) + '…' : text
  let out = ''
  for (const c of t) {
    const code = c.charCodeAt(0)
    if (c === '\n') out += '\\n'
    else if (c === '\t') out += '\\t'
    else if (code < 32 || code === 127) out += '?'
    else if (c === '`') out += "'"
    else out += c
  }
  return '`' + out + '`'
}
