/**
 * Runs the committed bundle (`node dist/index.js`) as GitHub's runner would: an event
 * payload file, the `GITHUB_*` environment, `INPUT_*` inputs, and output and summary files;
 * then reads back what it printed and wrote.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const ACTION = path.join(REPO_ROOT, 'dist/index.js')
export const CLI = path.join(REPO_ROOT, 'dist/cli.cjs')

export interface WorkflowCommand {
  kind: 'error' | 'warning' | 'notice'
  props: Record<string, string>
  message: string
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
  /** `::warning::` lines without a file: the run's own warnings, not annotations. */
  warnings: string[]
  /** Annotations: workflow commands with a file. */
  annotations: WorkflowCommand[]
  /** Plain log lines. */
  infos: string[]
  ms: number
}

export interface RunOptions {
  apiUrl: string
  workspace: string
  eventName: string
  payload: Record<string, unknown>
  inputs: Record<string, string>
  /** GITHUB_SHA. */
  sha?: string
  /**
   * More environment. `DETLINT_ATTACK_BASE_URL` defaults to the stand-in's `/attack/`: no
   * run ever reaches MITRE's server.
   */
  env?: Record<string, string>
  timeoutMs?: number
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = line.match(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/)
    if (!m) continue
    const props: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = pair.indexOf('=')
      props[pair.slice(0, i)] = unescapeProperty(pair.slice(i + 1))
    }
    out.push({ kind: m[1] as WorkflowCommand['kind'], props, message: unescapeData(m[3]) })
  }
  return out
}

/** `name<<delimiter\nvalue\ndelimiter` blocks of GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

/** Runs the action once; resolves when the process exits (killed after `timeoutMs`). */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(opts.workspace, '..', 'runner-'))
  const eventPath = path.join(temp, 'event.json')
  const outputPath = path.join(temp, 'output.txt')
  const summaryPath = path.join(temp, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(opts.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/rules',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: opts.sha ?? 'f'.repeat(40),
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: temp,
    DETLINT_ATTACK_BASE_URL: `${opts.apiUrl}/attack/`,
    ...opts.env
  }
  // Inputs as the runner passes them: INPUT_ and the name upper-cased, hyphens kept.
  for (const [name, value] of Object.entries(opts.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const started = Date.now()
  const child = spawn(process.execPath, [ACTION], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000)
  const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)))
  clearTimeout(timer)
  const commands = parseCommands(stdout)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands,
    warnings: commands.filter(c => c.kind === 'warning' && c.props.file === undefined).map(c => c.message),
    annotations: commands.filter(c => c.props.file !== undefined),
    infos: stdout.split(/\r?\n/).filter(l => l !== '' && !l.startsWith('::')),
    ms: Date.now() - started
  }
}
