/**
 * The CLI's settings: `--config FILE`, else the nearest `.detlint.yml` (or `.detlint.yaml`)
 * from the working folder up to the repository root, else the defaults.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defaultSettings, loadConfigFile, type Settings } from '../config.js'
import { loadAttackFile, type AttackTable } from '../attack/index.js'
import { ATTACK_OFF, builtinAttackTable } from '../attack/builtin.js'

export const CONFIG_NAMES = ['.detlint.yml', '.detlint.yaml'] as const

/**
 * The nearest config file from `cwd` upwards, stopping after the folder that holds `.git`
 * (the repository root) or at the file system's root; null when there is none.
 */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd)
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name)
      if (existsSync(file)) return file
    }
    const parent = path.dirname(dir)
    if (existsSync(path.join(dir, '.git')) || parent === dir) return null
    dir = parent
  }
}

/**
 * Settings paths are written relative to the config file's folder (the repository root);
 * the CLI resolves paths from `cwd`, so a config found above it has its folders rebased.
 * Globs (`rules`, `ignore`) are matched as written.
 */
function rebase(settings: Settings, configDir: string, cwd: string): Settings {
  if (path.resolve(configDir) === path.resolve(cwd)) return settings
  const move = (p: string): string =>
    path.isAbsolute(p) ? p : path.relative(cwd, path.resolve(configDir, p)).split(path.sep).join('/') || '.'
  return {
    ...settings,
    baseline: settings.baseline.map(move),
    attack: settings.attack === null ? null : move(settings.attack),
    splunk: { macros: settings.splunk.macros.map(move), dataSources: settings.splunk.dataSources.map(move) }
  }
}

export function loadCliSettings(configFlag: unknown, cwd: string): Settings {
  if (typeof configFlag === 'string') return loadConfigFile(path.resolve(cwd, configFlag), true)
  const found = findConfigFile(cwd)
  if (found === null) return defaultSettings()
  return rebase(loadConfigFile(found, true), path.dirname(found), cwd)
}

/**
 * The ATT&CK table of `--attack`, else of the config's `attack`, else the built-in table;
 * `--attack none` (or the config's `attack: none`) turns ATT&CK data off.
 */
export function attackOption(flag: unknown, settings: Settings, cwd: string): { attack?: AttackTable } {
  const file = typeof flag === 'string' ? flag : settings.attack
  if (file === null) return { attack: builtinAttackTable() }
  if (ATTACK_OFF.has(file.trim().toLowerCase())) return {}
  return { attack: loadAttackFile(path.resolve(cwd, file), file) }
}
