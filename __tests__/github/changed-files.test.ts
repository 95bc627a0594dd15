import { describe, expect, test } from '@jest/globals'
import {
  CHANGED_FILES_CAP,
  COMPARE_FILES_CAP,
  listChangedFiles,
  listComparedFiles
} from '../../src/github/changed-files.js'
import { FakeGitHub, httpError } from './fake-octokit.js'

const PR = { owner: 'acme', repo: 'rules', pull_number: 7 }

function files(n: number, status = 'modified'): Array<{ filename: string; status: string }> {
  return Array.from({ length: n }, (_, i) => ({
    filename: `rules/r${String(i).padStart(4, '0')}.yml`,
    status
  }))
}

describe('listChangedFiles', () => {
  test('pages through every file, 100 a page', async () => {
    const gh = new FakeGitHub()
    gh.files = files(250)
    const result = await listChangedFiles(gh.client(), PR)
    expect(result.files).toHaveLength(250)
    expect(result.truncated).toBe(false)
    const calls = gh.callsTo('pulls.listFiles')
    expect(calls.map(c => c.params.page)).toEqual([1, 2, 3])
    for (const c of calls)
      expect(c.params).toMatchObject({ owner: 'acme', repo: 'rules', pull_number: 7, per_page: 100 })
    expect(result.files[249].filename).toBe('rules/r0249.yml')
  })

  test('keeps removed files and renames, with their status (the caller decides)', async () => {
    const gh = new FakeGitHub()
    gh.files = [
      { filename: 'rules/a.yml', status: 'added' },
      { filename: 'rules/b.yml', status: 'removed' },
      { filename: 'rules/c.yml', status: 'renamed', previous_filename: 'rules/old-c.yml' }
    ]
    const result = await listChangedFiles(gh.client(), PR)
    expect(result).toEqual({
      files: [
        { filename: 'rules/a.yml', status: 'added' },
        { filename: 'rules/b.yml', status: 'removed' },
        { filename: 'rules/c.yml', status: 'renamed', previous_filename: 'rules/old-c.yml' }
      ],
      truncated: false
    })
  })

  test("says when GitHub's 3,000-file cap is reached", async () => {
    const gh = new FakeGitHub()
    gh.files = files(3500)
    const result = await listChangedFiles(gh.client(), PR)
    expect(result.files).toHaveLength(CHANGED_FILES_CAP)
    expect(result.truncated).toBe(true)
  })

  test('an empty pull request', async () => {
    const gh = new FakeGitHub()
    expect(await listChangedFiles(gh.client(), PR)).toEqual({ files: [], truncated: false })
    expect(gh.callsTo('pulls.listFiles')).toHaveLength(1)
  })

  test('API errors propagate', async () => {
    const gh = new FakeGitHub()
    gh.listFilesError = new Error('boom')
    await expect(listChangedFiles(gh.client(), PR)).rejects.toThrow('boom')
  })
})

describe('listComparedFiles', () => {
  const REF = { owner: 'acme', repo: 'rules', base: 'a'.repeat(40), head: 'b'.repeat(40) }

  test('asks for base...head with paging, and keeps renames and removals', async () => {
    const gh = new FakeGitHub()
    gh.compareFiles = [
      { filename: 'rules/a.yml', status: 'added' },
      { filename: 'rules/b.yml', status: 'removed' },
      { filename: 'rules/c.yml', status: 'renamed', previous_filename: 'rules/old-c.yml' }
    ]
    const result = await listComparedFiles(gh.client(), REF)
    expect(result).toEqual({ files: gh.compareFiles, truncated: false })
    const calls = gh.callsTo('repos.compareCommitsWithBasehead')
    expect(calls).toHaveLength(1)
    expect(calls[0].params).toEqual({
      owner: 'acme',
      repo: 'rules',
      basehead: `${REF.base}...${REF.head}`,
      per_page: 100,
      page: 1
    })
  })

  test('follows Link rel="next" while pages bring new files', async () => {
    const gh = new FakeGitHub()
    const client = gh.client()
    const pages: Record<number, { files: Array<{ filename: string; status: string }>; next: boolean }> = {
      1: { files: files(300).slice(0, 150), next: true },
      2: { files: files(300).slice(150), next: true },
      3: { files: [], next: false }
    }
    ;(client.rest.repos as { compareCommitsWithBasehead: unknown }).compareCommitsWithBasehead = async (p: {
      page: number
    }) => ({
      data: { files: pages[p.page].files },
      headers: pages[p.page].next ? { link: `<https://api.github.com/x?page=${p.page + 1}>; rel="next"` } : {}
    })
    const result = await listComparedFiles(client, REF)
    expect(result.files).toHaveLength(300)
    // 300 files: GitHub's cap may have been reached.
    expect(result.truncated).toBe(true)
  })

  test("says when GitHub's 300-file cap is reached", async () => {
    const gh = new FakeGitHub()
    gh.compareFiles = files(450)
    const result = await listComparedFiles(gh.client(), REF)
    expect(result.files).toHaveLength(COMPARE_FILES_CAP)
    expect(result.truncated).toBe(true)
  })

  test('API errors propagate', async () => {
    const gh = new FakeGitHub()
    gh.compareError = httpError(404, 'Not Found')
    await expect(listComparedFiles(gh.client(), REF)).rejects.toThrow('Not Found')
  })
})
