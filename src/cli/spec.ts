/**
 * The command table's types and the parts every command shares: parsing its flags (with a
 * "did you mean" for a mistyped one), its `--help` (generated from the same flags, so help and
 * parser cannot drift apart), and the small value readers.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../did-you-mean.js'
import type { Downloader } from '../corpus/fetch.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** Downloads a named corpus's tarball (default `@actions/tool-cache`'s `downloadTool`). */
  download?: Downloader
  /** `--debug`: the stack of every internal error on stderr. */
  debug?: boolean
  /** Standard output is a terminal: colours by default. Absent: not a terminal. */
  stdoutIsTTY?: boolean
  /** Standard error is a terminal: progress lines. Absent: not a terminal. */
  stderrIsTTY?: boolean
  /** The environment, for NO_COLOR and FORCE_COLOR. Absent: an empty one. */
  env?: Readonly<Record<string, string | undefined>>
}

export interface FlagSpec {
  /** Long name without the dashes: `baseline` for `--baseline`. */
  name: string
  /** One-letter alias: `o` for `-o`. */
  short?: string
  /** Placeholder of the flag's value (`DIR`); a flag without one is a switch. */
  value?: string
  /** May be given more than once (the values form a list). */
  multiple?: boolean
  /** Its lines in `--help` (a `\n` starts another line). */
  help: string
}

export type FlagValue = string | boolean | Array<string | boolean> | undefined

export interface ParsedArgs {
  values: Record<string, FlagValue>
  positionals: string[]
}

export interface CommandSpec {
  /** `check`, or `catalog show` for a subcommand (the group is the first word). */
  name: string
  /** What follows `detlint NAME` in the usage line: `PATH... [options]`. */
  usage: string
  /** One line for `detlint --help`. */
  summary: string
  /** What the command does, for its `--help` (plain text, wrapped by hand). */
  description: string
  /** The flags it parses; `--help`, `--color` and `--no-color` are added to every command. */
  flags: readonly FlagSpec[]
  run(args: ParsedArgs, io: CliIO): number
  /**
   * A command that waits on the network (`corpus fetch`): run by `runCli`, the executable's
   * entry; `run` then only explains that it cannot run synchronously.
   */
  runAsync?: (args: ParsedArgs, io: CliIO) => Promise<number>
}

/** Flags every command takes. */
export const COMMON_FLAGS: readonly FlagSpec[] = [
  { name: 'color', help: 'colour the output even when it is not a terminal' },
  {
    name: 'no-color',
    help: 'never colour the output (NO_COLOR=1 does the same; FORCE_COLOR=1 forces colour)'
  },
  { name: 'help', short: 'h', help: 'show this help' }
]

export function allFlags(spec: CommandSpec): FlagSpec[] {
  return [...spec.flags, ...COMMON_FLAGS]
}

/** `--baseline DIR`, `-o, --output FILE`. */
function flagLabel(flag: FlagSpec): string {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}`
  return flag.short ? `-${flag.short}, ${long}` : long
}

/** The command's `--help`: usage, description, and every flag it parses. */
export function commandHelp(spec: CommandSpec): string {
  const flags = allFlags(spec)
  const width = Math.max(...flags.map(f => flagLabel(f).length)) + 2
  const lines = flags.flatMap(f =>
    f.help.split('\n').map((text, i) => `  ${(i === 0 ? flagLabel(f) : '').padEnd(width)}${text}`)
  )
  return `Usage: detlint ${spec.name} ${spec.usage}\n\n${spec.description.trimEnd()}\n\nOptions:\n${lines.join('\n')}\n`
}

const UNKNOWN_OPTION = /Unknown option '([^']+)'/

/** Parses a command's arguments strictly: an unknown flag is a usage error with a suggestion. */
export function parseCommandArgs(spec: CommandSpec, args: string[]): ParsedArgs {
  const flags = allFlags(spec)
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const f of flags)
    options[f.name] = {
      type: f.value ? 'string' : 'boolean',
      ...(f.short ? { short: f.short } : {}),
      ...(f.multiple ? { multiple: true } : {})
    }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { values: values as Record<string, FlagValue>, positionals }
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    const unknown = UNKNOWN_OPTION.exec(msg)?.[1]
    const known = flags.map(f => `--${f.name}`)
    const text =
      unknown !== undefined
        ? `unknown option ${JSON.stringify(unknown)}${didYouMean(unknown.replace(/=.*/, ''), known)}`
        : msg.replace(/^TypeError \[\w+\]: /, '')
    throw usageError(spec, text)
  }
}

/** A usage error of `spec`, pointing at its help. */
export function usageError(spec: CommandSpec, message: string): UsageError {
  return new UsageError(
    `${spec.name}: ${message}\nRun \`detlint ${spec.name} --help\` for its usage and options.`
  )
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string, fallback: T): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `${key}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}` +
      (typeof value === 'string' ? didYouMean(value, allowed) : '')
  )
}

/** A repeatable flag's values (or a single one) as a list of strings. */
export function strings(v: unknown): string[] {
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string'
      ? [v]
      : []
}

/** A string flag's value, or undefined. */
export function stringFlag(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}
