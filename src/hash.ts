/**
 * `node:crypto`, loaded when first used: most runs (a check against a catalog file,
 * `--version`) hash nothing, and loading it costs some 6 ms of every start. Node.js loads a
 * built-in module once; `process.getBuiltinModule` is not in every Node.js 20.
 */
import type * as Crypto from 'node:crypto'
import { createRequire } from 'node:module'

let crypto: typeof Crypto | undefined

function load(): typeof Crypto {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto)
}

export function createHash(algorithm: string): Crypto.Hash {
  return load().createHash(algorithm)
}

export function randomBytes(size: number): Buffer {
  return load().randomBytes(size)
}
