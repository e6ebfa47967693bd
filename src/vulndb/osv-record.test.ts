import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseOsvRecord } from './osv-record.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md); read in place. */
const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));

const minimal = { id: 'GHSA-aaaa-bbbb-cccc', modified: '2024-01-02T03:04:05Z' };

function rejection(value: unknown): string {
  const result = parseOsvRecord(value);
  assert.equal(result.ok, false, 'expected a rejection');
  return result.ok ? '' : result.reason;
}

describe('parseOsvRecord', () => {
  it('accepts a minimal record and defaults the lists to empty', () => {
    const result = parseOsvRecord(minimal);
    assert.ok(result.ok);
    assert.deepEqual(result.record, { ...minimal, aliases: [], related: [], severity: [], affected: [], references: [] });
  });

  it('keeps the fields rampart uses and ignores unknown ones', () => {
    const result = parseOsvRecord({
      ...minimal,
      schema_version: '1.7.0',
      future_field: { anything: true },
      aliases: ['CVE-2024-0001'],
      summary: 'Prototype pollution',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash', purl: 'pkg:npm/lodash' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
          database_specific: { source: 'x' },
        },
      ],
      references: [{ type: 'WEB', url: 'https://example.test/advisory' }],
    });
    assert.ok(result.ok);
    assert.equal('future_field' in result.record, false);
    assert.deepEqual(result.record.affected[0]?.ranges[0]?.events, [{ introduced: '0' }, { fixed: '4.17.21' }]);
    assert.equal(result.record.affected[0]?.package?.purl, 'pkg:npm/lodash');
    assert.deepEqual(result.record.aliases, ['CVE-2024-0001']);
  });

  it('rejects malformed records with the id and a reason naming the field', () => {
    assert.match(rejection([]), /not a JSON object/);
    assert.match(rejection({ modified: minimal.modified }), /id is missing/);
    assert.match(rejection({ id: 'X-1', modified: 'yesterday' }), /modified "yesterday" is not an RFC 3339/);
    assert.match(rejection({ ...minimal, aliases: 'CVE-1' }), /aliases is not a list/);
    assert.match(rejection({ ...minimal, affected: [{ package: { ecosystem: 'npm' } }] }), /affected\[0\]\.package\.name is missing/);
    assert.match(rejection({ ...minimal, affected: [{ ranges: [{ type: 'FOO', events: [{ introduced: '0' }] }] }] }), /not SEMVER, ECOSYSTEM or GIT/);
    assert.match(rejection({ ...minimal, affected: [{ ranges: [{ type: 'SEMVER', events: [{ introduced: '0', fixed: '1' }] }] }] }), /exactly one of/);
    assert.match(rejection({ ...minimal, affected: [{ ranges: [{ type: 'SEMVER', events: [] }] }] }), /has no events/);
    assert.match(rejection({ ...minimal, severity: [{ type: 'CVSS_V3', score: 'CVSS:4.0/AV:N' }] }), /not a CVSS_V3 vector/);
    const result = parseOsvRecord({ ...minimal, affected: [{ ranges: [{ type: 'GIT', repo: 'https://g.test/r', events: [{ fixed: 'abc123' }] }] }] });
    assert.deepEqual(result, { ok: false, id: minimal.id, reason: 'affected[0].ranges[0].events[0].fixed "abc123" is not a full commit hash' });
  });

  it('accepts every corpus record except the PyPI ones with malformed GIT events', () => {
    assert.ok(existsSync(corpusRoot), `OSV corpus missing at ${corpusRoot}`);
    const rejected: string[] = [];
    let accepted = 0;
    for (const folder of ['Go', 'PyPI', 'crates.io', 'npm', 'npm-ghsa']) {
      for (const name of readdirSync(`${corpusRoot}${folder}`).filter((file) => file.endsWith('.json'))) {
        const result = parseOsvRecord(JSON.parse(readFileSync(`${corpusRoot}${folder}/${name}`, 'utf8')));
        if (result.ok) accepted += 1;
        else rejected.push(`${folder}/${result.id}: ${result.reason}`);
      }
    }
    assert.equal(rejected.length, 7, rejected.join('\n'));
    assert.ok(rejected.every((line) => line.startsWith('PyPI/PYSEC-') && line.includes('is not a full commit hash')), rejected.join('\n'));
    assert.equal(accepted, 8628 - 7);
  });
});
