/**
 * Reading one file (`src/source-file.ts`): regular files only, never more than the limit,
 * links named when broken or looping, and text decoded from UTF-8, UTF-16 or UTF-32.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decodeSource, invalidUtf8Offset, readSourceBytes, statFingerprint } from '../src/source-file.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'detlint-source-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const posixOnly = process.platform === 'win32' ? it.skip : it

/** Makes a FIFO with `mkfifo`; false where the system has none. */
function mkfifo(file: string): boolean {
  try {
    execFileSync('mkfifo', [file])
    return true
  } catch {
    return false
  }
}

describe('readSourceBytes', () => {
  it('reads a regular file whole', () => {
    const f = path.join(dir, 'a.yml')
    writeFileSync(f, 'title: x\n')
    // With the stat fingerprint of what was read, as statFingerprint gives it.
    expect(readSourceBytes(f)).toEqual({
      ok: true,
      bytes: Buffer.from('title: x\n'),
      stat: statFingerprint(f)
    })
  })

  it('refuses a file over the limit, and reads one exactly at it', () => {
    const f = path.join(dir, 'big.yml')
    writeFileSync(f, 'x'.repeat(2048))
    expect(readSourceBytes(f, 2047)).toEqual({
      ok: false,
      code: 'io/too-large',
      message: '2048 bytes, more than the size limit of 2047 bytes (max-file-size): not read'
    })
    expect(readSourceBytes(f, 1024)).toMatchObject({ ok: false, code: 'io/too-large' })
    expect(readSourceBytes(f, 1024)).toHaveProperty('message', expect.stringContaining('1 kB'))
    expect(readSourceBytes(f, 2048)).toMatchObject({ ok: true })
  })

  posixOnly('refuses a FIFO at once, without waiting for a writer', () => {
    const f = path.join(dir, 'pipe.yml')
    if (!mkfifo(f)) return
    const started = Date.now()
    expect(readSourceBytes(f)).toEqual({
      ok: false,
      code: 'io/not-regular',
      message: 'a FIFO (named pipe), not a regular file: not read'
    })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  posixOnly('refuses a link to /dev/zero without reading from it', () => {
    if (!existsSync('/dev/zero')) return
    const f = path.join(dir, 'zero.yml')
    symlinkSync('/dev/zero', f)
    expect(readSourceBytes(f)).toEqual({
      ok: false,
      code: 'io/not-regular',
      message: 'a character device, not a regular file: not read'
    })
  })

  posixOnly('refuses /dev/zero itself without reading from it', () => {
    if (!existsSync('/dev/zero')) return
    expect(readSourceBytes('/dev/zero')).toEqual({
      ok: false,
      code: 'io/not-regular',
      message: 'a character device, not a regular file: not read'
    })
  })

  posixOnly('names a broken link and a link loop as such', () => {
    const broken = path.join(dir, 'broken.yml')
    symlinkSync(path.join(dir, 'gone.yml'), broken)
    expect(readSourceBytes(broken)).toEqual({
      ok: false,
      code: 'io/broken-symlink',
      message: `a broken symbolic link (to ${JSON.stringify(path.join(dir, 'gone.yml'))}): its target does not exist`
    })
    symlinkSync(path.join(dir, 'b.yml'), path.join(dir, 'a.yml'))
    symlinkSync(path.join(dir, 'a.yml'), path.join(dir, 'b.yml'))
    expect(readSourceBytes(path.join(dir, 'a.yml'))).toMatchObject({ ok: false, code: 'io/symlink-loop' })
  })

  posixOnly('reads through a link to a regular file', () => {
    writeFileSync(path.join(dir, 'real.yml'), 'a: 1\n')
    symlinkSync(path.join(dir, 'real.yml'), path.join(dir, 'link.yml'))
    expect(readSourceBytes(path.join(dir, 'link.yml'))).toEqual({
      ok: true,
      bytes: Buffer.from('a: 1\n'),
      stat: statFingerprint(path.join(dir, 'real.yml'))
    })
  })

  it('says no such file for a path that does not exist, and refuses a folder', () => {
    expect(readSourceBytes(path.join(dir, 'none.yml'))).toMatchObject({ ok: false, code: 'io/missing' })
    expect(readSourceBytes(dir)).toEqual({
      ok: false,
      code: 'io/not-regular',
      message: 'a folder, not a regular file: not read'
    })
  })
})

describe('statFingerprint', () => {
  posixOnly('gives the size and modification time of what readSourceBytes reads, a link followed', () => {
    const f = path.join(dir, 'real.yml')
    writeFileSync(f, 'title: x\n')
    utimesSync(f, 1_700_000_000, 1_700_000_000)
    expect(statFingerprint(f)).toBe('9:1700000000000')
    symlinkSync(f, path.join(dir, 'link.yml'))
    expect(statFingerprint(path.join(dir, 'link.yml'))).toBe('9:1700000000000')
  })

  posixOnly('is null for what readSourceBytes does not read', () => {
    writeFileSync(path.join(dir, 'big.yml'), 'x'.repeat(2048))
    expect(statFingerprint(path.join(dir, 'big.yml'), 2047)).toBeNull()
    expect(statFingerprint(path.join(dir, 'big.yml'), 2048)).toMatch(/^2048:\d/)
    expect(statFingerprint(path.join(dir, 'missing.yml'))).toBeNull()
    expect(statFingerprint(path.join(dir, 'missing', 'below.yml'))).toBeNull()
    mkdirSync(path.join(dir, 'folder.yml'))
    expect(statFingerprint(path.join(dir, 'folder.yml'))).toBeNull()
    symlinkSync(path.join(dir, 'gone.yml'), path.join(dir, 'broken.yml'))
    expect(statFingerprint(path.join(dir, 'broken.yml'))).toBeNull()
    symlinkSync(path.join(dir, 'b.yml'), path.join(dir, 'a.yml'))
    symlinkSync(path.join(dir, 'a.yml'), path.join(dir, 'b.yml'))
    expect(statFingerprint(path.join(dir, 'a.yml'))).toBeNull()
  })
})

describe('decodeSource', () => {
  const text = 'title: Ünïcode 🛡\nid: x\n'
  const utf32 = (le: boolean): Buffer => {
    const cps = [...text].map(c => c.codePointAt(0) as number)
    const b = Buffer.alloc(4 + cps.length * 4)
    if (le) b.writeUInt32LE(0xfeff, 0)
    else b.writeUInt32BE(0xfeff, 0)
    cps.forEach((cp, i) => (le ? b.writeUInt32LE(cp, 4 + i * 4) : b.writeUInt32BE(cp, 4 + i * 4)))
    return b
  }
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])

  it.each([
    ['utf-16le', utf16le],
    ['utf-16be', utf16be],
    ['utf-32le', utf32(true)],
    ['utf-32be', utf32(false)]
  ])('decodes %s by its byte order mark', (encoding, bytes) => {
    expect(decodeSource(bytes)).toEqual({ text, encoding, problems: [] })
  })

  it('keeps UTF-8 (with its byte order mark) as it is', () => {
    const bom = Buffer.from('\ufeff' + text, 'utf8')
    expect(decodeSource(bom)).toEqual({ text: '\ufeff' + text, encoding: 'utf-8', problems: [] })
    // A U+FFFD written in the file is valid UTF-8, not a problem.
    expect(decodeSource(Buffer.from('a: \ufffd\n')).problems).toEqual([])
  })

  it('reports the first invalid UTF-8 byte on its line and column', () => {
    const bytes = Buffer.concat([
      Buffer.from('title: x\ndescription: caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n')
    ])
    const got = decodeSource(bytes)
    expect(got.text).toBe('title: x\ndescription: caf\ufffd\n')
    expect(got.problems).toEqual([
      {
        line: 2,
        column: 17,
        severity: 'error',
        code: 'file/invalid-utf8',
        message:
          'invalid UTF-8 at byte 25 (0xe9 0x0a): the file is read with U+FFFD in place of the bad bytes; save it as UTF-8'
      }
    ])
  })
})

describe('invalidUtf8Offset', () => {
  it.each([
    ['ascii', [0x61, 0x62], -1],
    ['two-byte', [0xc3, 0xa9], -1],
    ['four-byte', [0xf0, 0x9f, 0x9b, 0xa1], -1],
    ['lone continuation', [0x61, 0x80], 1],
    ['overlong', [0xc0, 0xaf], 0],
    ['overlong three-byte', [0xe0, 0x80, 0xaf], 0],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated', [0x61, 0xe2, 0x82], 1]
  ])('%s', (_name, bytes, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset)
  })
})
