import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pickCvssScore, scoreCvssVector } from './index.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md). */
const corpusRoot = fileURLToPath(new URL('../../../../shared/corpus/osv/', import.meta.url));

interface CorpusRecord {
  readonly id: string;
  readonly severity?: ReadonlyArray<{ readonly type: string; readonly score: string }>;
  readonly database_specific?: { readonly severity?: string };
}

function* corpusRecords(): Generator<CorpusRecord> {
  assert.ok(existsSync(corpusRoot), `OSV corpus missing at ${corpusRoot}`);
  for (const folder of readdirSync(corpusRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = `${corpusRoot}${folder.name}`;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      yield JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as CorpusRecord;
    }
  }
}

/** Every CVSS v3/v4 severity entry of every record, as [record id, type, vector]. */
function corpusVectors(): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  for (const record of corpusRecords()) {
    for (const entry of record.severity ?? []) {
      if (entry.type === 'CVSS_V3' || entry.type === 'CVSS_V4') found.push([record.id, entry.type, entry.score]);
    }
  }
  return found;
}

describe('CVSS scoring on the OSV corpus', () => {
  const vectors = corpusVectors();

  it('finds the corpus vectors', () => {
    assert.ok(vectors.filter(([, type]) => type === 'CVSS_V3').length > 1000);
    assert.ok(vectors.filter(([, type]) => type === 'CVSS_V4').length > 50);
  });

  for (const [type, major] of [['CVSS_V3', '3.'], ['CVSS_V4', '4.']] as const) {
    it(`scores every ${type} vector within 0-10 with a version matching its type`, () => {
      const failures: string[] = [];
      for (const [id, , vector] of vectors.filter(([, t]) => t === type)) {
        const result = scoreCvssVector(vector);
        if ('error' in result) failures.push(`${id}: ${result.error}`);
        else if (!(result.score >= 0 && result.score <= 10) || !result.version.startsWith(major)) failures.push(`${id} ${vector}: ${JSON.stringify(result)}`);
      }
      assert.deepEqual(failures, []);
    });
  }

  it('agrees with the GitHub-reviewed advisories\' own severity label', () => {
    // GHSA labels come from the same CVSS score; MODERATE is GitHub's word for medium.
    const label: Readonly<Record<string, string>> = { LOW: 'low', MODERATE: 'medium', HIGH: 'high', CRITICAL: 'critical' };
    const compared: string[] = [];
    for (const record of corpusRecords()) {
      const stated = record.database_specific?.severity;
      if (!stated || !record.id.startsWith('GHSA-')) continue;
      compared.push(`${record.id} ${label[stated]}`);
      const picked = pickCvssScore(record.severity ?? []);
      assert.equal(picked?.severity, label[stated], `${record.id}: ${JSON.stringify(picked)}`);
    }
    assert.ok(compared.length >= 7, compared.join(', '));
  });
});
