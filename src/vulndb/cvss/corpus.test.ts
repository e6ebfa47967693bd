import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreCvssVector } from './index.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md). */
const corpusRoot = fileURLToPath(new URL('../../../../shared/corpus/osv/', import.meta.url));

interface CorpusRecord {
  readonly id: string;
  readonly severity?: ReadonlyArray<{ readonly type: string; readonly score: string }>;
}

/** Every CVSS v3/v4 severity entry of every record, as [record id, type, vector]. */
function corpusVectors(): Array<[string, string, string]> {
  assert.ok(existsSync(corpusRoot), `OSV corpus missing at ${corpusRoot}`);
  const found: Array<[string, string, string]> = [];
  for (const folder of readdirSync(corpusRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = `${corpusRoot}${folder.name}`;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      const record = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as CorpusRecord;
      for (const entry of record.severity ?? []) {
        if (entry.type === 'CVSS_V3' || entry.type === 'CVSS_V4') found.push([record.id, entry.type, entry.score]);
      }
    }
  }
  return found;
}

describe('CVSS scoring on the OSV corpus', () => {
  const vectors = corpusVectors();

  it('finds the corpus vectors', () => {
    assert.ok(vectors.filter(([, type]) => type === 'CVSS_V3').length > 100);
  });

  it('scores every CVSS_V3 vector within 0-10 with a version matching its type', () => {
    const failures: string[] = [];
    for (const [id, type, vector] of vectors.filter(([, t]) => t === 'CVSS_V3')) {
      const result = scoreCvssVector(vector);
      if ('error' in result) failures.push(`${id} ${type}: ${result.error}`);
      else if (!(result.score >= 0 && result.score <= 10) || !result.version.startsWith('3.')) failures.push(`${id} ${vector}: ${JSON.stringify(result)}`);
    }
    assert.deepEqual(failures, []);
  });
});
