// Reads XLIFF files back with an independent XLIFF 2.0 reader (the npm package `xliff`) and prints,
// for each, one JSON line: {"file", "sourceLanguage", "targetLanguage", "units": {FILE_ID:
// {UNIT_ID: {"source", "target"}}}}. Used by xliff_readback.py.
// Usage: node xliff_readback.mjs NODE_MODULES_DIR FILE...
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const [modules, ...files] = process.argv.slice(2)
const require = createRequire(path.join(path.resolve(modules), 'noop.js'))
const xliff2js = require('xliff/xliff2js')

for (const file of files) {
  const js = await xliff2js(readFileSync(file, 'utf8'))
  const units = {}
  for (const [fileId, resources] of Object.entries(js.resources || {})) {
    units[fileId] = {}
    for (const [unitId, unit] of Object.entries(resources)) {
      units[fileId][unitId] = { source: unit.source, target: unit.target }
    }
  }
  process.stdout.write(JSON.stringify({
    file, sourceLanguage: js.sourceLanguage, targetLanguage: js.targetLanguage, units
  }) + '\n')
}
