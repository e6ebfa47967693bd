import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateAffected, type OsvAffected, type OsvRange } from './affected.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md). */
const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));

interface CorpusRecord {
  readonly affected?: ReadonlyArray<OsvAffected & { readonly ranges?: readonly OsvRange[] }>;
}

function* records(ecosystemFolder: string): Generator<[string, CorpusRecord]> {
  const folder = `${corpusRoot}${ecosystemFolder}`;
  assert.ok(existsSync(folder), `OSV corpus missing at ${folder}`);
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    yield [file.replace(/\.json$/, ''), JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as CorpusRecord];
  }
}

function withoutGit(entry: OsvAffected): OsvAffected {
  return { ...(entry.package ? { package: entry.package } : {}), ranges: (entry.ranges ?? []).filter((range) => range.type !== 'GIT') };
}

describe('evaluateAffected on the OSV corpus', () => {
  it('parses every range bound of the Go, crates.io and npm records', () => {
    const unevaluated: string[] = [];
    let bounds = 0;
    for (const folder of ['Go', 'crates.io', 'npm', 'npm-ghsa']) {
      for (const [id, record] of records(folder)) {
        for (const entry of record.affected ?? []) {
          for (const range of withoutGit(entry).ranges ?? []) {
            for (const event of range.events) {
              for (const bound of Object.values(event) as string[]) {
                if (bound === '0' || bound.includes('*')) continue;
                bounds++;
                const verdict = evaluateAffected(bound, { ...entry, versions: [], ranges: [range] });
                if (verdict.status === 'unknown') unevaluated.push(`${id} ${bound}: ${verdict.reason}`);
              }
            }
          }
        }
      }
    }
    assert.deepEqual(unevaluated, []);
    assert.ok(bounds > 10_000, `only ${bounds} bounds checked`);
  });

  it('puts every PyPI version OSV listed as affected inside the record ranges, but for known data quirks', () => {
    const outside: string[] = [];
    const unparsable: string[] = [];
    let checked = 0;
    for (const [id, record] of records('PyPI')) {
      for (const entry of record.affected ?? []) {
        const rangesOnly = withoutGit(entry);
        if (rangesOnly.ranges!.length === 0) continue;
        for (const version of entry.versions ?? []) {
          checked++;
          const verdict = evaluateAffected(version, rangesOnly);
          if (verdict.status === 'unknown') unparsable.push(version);
          else if (verdict.status === 'not-affected') outside.push(`${id} ${version}`);
        }
      }
    }
    assert.ok(checked > 100_000, `only ${checked} listed versions checked`);
    assert.deepEqual(outside, [
      // Overlapping pairs in one events list ([2.11, 2.11.7) and [0, 2.11.6)): the schema's
      // sorted walk lets fixed 2.11.6 end both; OSV expanded each pair on its own.
      'PYSEC-2021-114 2.11.6',
      // Listed although they are at or above the record's own fixed version.
      'PYSEC-2023-177 23.9.0',
      'PYSEC-2023-177 23.9.0.post1',
      // Pre-releases of the introduced versions 3.2 and 4.2 sort below them under PEP 440.
      'PYSEC-2023-61 3.2a1',
      'PYSEC-2023-61 3.2b1',
      'PYSEC-2023-61 3.2rc1',
      'PYSEC-2023-61 4.2a1',
      'PYSEC-2023-61 4.2b1',
      'PYSEC-2023-61 4.2rc1',
    ]);
    // Legacy releases such as 2.0.0-final or 0.9-eevee have no PEP 440 order; only the versions list can match them.
    assert.equal(unparsable.length, 108);
  });
});
