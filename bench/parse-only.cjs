// The parse-only baseline of `npm run bench`: reads every .yml, .yaml and .toml file under the
// folders given and parses it with js-yaml or smol-toml, nothing else; prints the file count.
// What a catalog build is compared with: the cost of reading the same files at all.
// With --events first, YAML goes through js-yaml's event stream instead of `loadAll`: every
// event of `parseEvents` taken and every scalar's text decoded (`getScalarValue`), the least a
// reader built on that stream (as detlint's positioned YAML is) must do.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: js-yaml's CommonJS build, as a plain script loads it */
const fs = require('node:fs')
const path = require('node:path')
const yaml = require('js-yaml')
const toml = require('smol-toml')

// Read once: the named exports of js-yaml's CommonJS build are getters.
const SCALAR = yaml.EVENT_ID.SCALAR
const { getScalarValue, parseEvents } = yaml

const args = process.argv.slice(2)
const events = args[0] === '--events'
if (events) args.shift()

let files = 0
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p)
    else if (/\.(ya?ml|toml)$/.test(e.name)) {
      const text = fs.readFileSync(p, 'utf8')
      try {
        if (p.endsWith('.toml')) toml.parse(text)
        else if (events) {
          for (const event of parseEvents(text)) if (event.type === SCALAR) getScalarValue(text, event)
        } else yaml.loadAll(text)
      } catch {
        // a file that does not parse still counts: it was read and tried
      }
      files++
    }
  }
}
for (const dir of args) walk(dir)
console.log(files)
