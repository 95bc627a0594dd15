/** The Octokit client the GitHub modules take as a parameter (never a global). */
import type { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>
