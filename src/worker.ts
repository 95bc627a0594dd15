/**
 * The worker thread of the catalog build (dist/worker.js, beside the CLI and the action):
 * parses the corpus files it is given into catalog entries. See catalog/parallel.ts.
 */
import { serveWorker } from './catalog/parallel.js'
import { parseCorpusFile } from './engine.js'

serveWorker(parseCorpusFile)
