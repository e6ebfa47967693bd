import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOsvRecord } from '../../vulndb/osv-record.ts';
import { baseEcosystem, normalizePackageName } from '../../vulndb/package-name.ts';
import { startDatabaseBuild } from '../../vulndb/store.ts';
import { createDepsScanner } from './index.ts';
import type { Ecosystem, InventoryPackage } from './inventory-package.ts';
import { matchPackage, severityOfScore, type MatchableRecord, type RecordLookup } from './match-vulnerabilities.ts';

function record(fields: Record<string, unknown>): MatchableRecord {
  const raw = { modified: '2024-01-01T00:00:00Z', ...fields };
  const parsed = parseOsvRecord(raw);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  const databaseSpecific = (raw as { database_specific?: Record<string, unknown> }).database_specific;
  return { record: parsed.record, databaseSpecific, withdrawn: parsed.record.withdrawn !== undefined };
}

function range(ecosystem: string, name: string, events: Record<string, string>[], type = 'ECOSYSTEM'): unknown {
  return { package: { ecosystem, name }, ranges: [{ type, events }] };
}

/** A lookup over records, keyed as the store keys them (normalised name per ecosystem). */
function lookupOf(records: readonly MatchableRecord[]): RecordLookup {
  return (ecosystem, name) =>
    records.filter((candidate) => candidate.record.affected.some((entry) => entry.package !== undefined && baseEcosystem(entry.package.ecosystem) === ecosystem && normalizePackageName(ecosystem, entry.package.name) === normalizePackageName(ecosystem, name)));
}

function pkg(ecosystem: Ecosystem, name: string, version: string | undefined): InventoryPackage {
  return { ecosystem, name, version, direct: true, dev: false, location: { path: 'lock', startLine: 1 } };
}

describe('matchPackage', () => {
  it('merges advisories that are aliases of each other, also through a chain of aliases', () => {
    const records = [
      record({ id: 'PYSEC-2024-1', aliases: ['CVE-2024-1'], affected: [range('PyPI', 'demo', [{ introduced: '0' }, { fixed: '1.1' }])] }),
      record({ id: 'GHSA-xxxx-yyyy-zzzz', aliases: ['CVE-2024-1'], affected: [range('PyPI', 'demo', [{ introduced: '0' }, { fixed: '1.1' }])], database_specific: { severity: 'CRITICAL' } }),
      record({ id: 'OSV-2024-9', aliases: ['GHSA-xxxx-yyyy-zzzz'], affected: [range('PyPI', 'demo', [{ introduced: '0' }, { fixed: '1.2' }])] }),
      record({ id: 'PYSEC-2024-2', aliases: ['CVE-2024-2'], affected: [range('PyPI', 'demo', [{ introduced: '1.0' }, { fixed: '1.3' }])] }),
    ];
    const match = matchPackage(pkg('PyPI', 'demo', '1.0'), lookupOf(records));
    assert.ok(match);
    assert.deepEqual(match.groups.map((group) => [group.id, group.aliases]), [
      ['GHSA-xxxx-yyyy-zzzz', ['CVE-2024-1', 'OSV-2024-9', 'PYSEC-2024-1']],
      ['PYSEC-2024-2', ['CVE-2024-2']],
    ]);
    assert.equal(match.groups[0]!.severity, 'critical');
    assert.equal(match.groups[1]!.severity, undefined);
    assert.equal(match.clearingUpgrade, '1.3');
  });

  it('ignores withdrawn records', () => {
    const records = [record({ id: 'PYSEC-2024-3', withdrawn: '2024-02-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'demo' }, versions: ['1.0'] }] })];
    assert.equal(matchPackage(pkg('PyPI', 'demo', '1.0'), lookupOf(records)), undefined);
  });

  it('treats last_affected as inclusive and offers no fix when none is named', () => {
    const records = [record({ id: 'GO-2024-1', affected: [range('Go', 'example.com/mod', [{ introduced: '0' }, { last_affected: '1.4.0' }])] })];
    assert.ok(matchPackage(pkg('Go', 'example.com/mod', 'v1.4.0'), lookupOf(records)));
    assert.equal(matchPackage(pkg('Go', 'example.com/mod', 'v1.4.0'), lookupOf(records))!.clearingUpgrade, undefined);
    assert.equal(matchPackage(pkg('Go', 'example.com/mod', 'v1.4.1'), lookupOf(records)), undefined);
  });

  it('compares with each ecosystem\'s scheme: PEP 440 pre-releases, semver build-free order, crates', () => {
    const py = [record({ id: 'PYSEC-2024-4', affected: [range('PyPI', 'demo', [{ introduced: '0' }, { fixed: '2.0rc1' }])] })];
    assert.ok(matchPackage(pkg('PyPI', 'demo', '2.0b3'), lookupOf(py)));
    assert.equal(matchPackage(pkg('PyPI', 'demo', '2.0'), lookupOf(py)), undefined);
    const npm = [record({ id: 'GHSA-npm1-npm1-npm1', affected: [range('npm', 'left-pad', [{ introduced: '1.0.0' }, { fixed: '1.10.0' }], 'SEMVER')] })];
    assert.ok(matchPackage(pkg('npm', 'left-pad', '1.9.0'), lookupOf(npm)));
    assert.equal(matchPackage(pkg('npm', 'left-pad', '1.10.0-rc.1'), lookupOf(npm))?.groups.length, 1);
    assert.equal(matchPackage(pkg('npm', 'left-pad', '0.9.0'), lookupOf(npm)), undefined);
    const crates = [record({ id: 'RUSTSEC-2024-1', affected: [range('crates.io', 'smallvec', [{ introduced: '0.6.3' }, { fixed: '0.6.10' }], 'SEMVER')] })];
    assert.ok(matchPackage(pkg('crates.io', 'smallvec', '0.6.9'), lookupOf(crates)));
    assert.equal(matchPackage(pkg('crates.io', 'smallvec', '0.6.10'), lookupOf(crates)), undefined);
  });

  it('matches PyPI names whatever their spelling (PEP 503)', () => {
    const records = [record({ id: 'PYSEC-2024-5', affected: [range('PyPI', 'Zope.Interface', [{ introduced: '0' }, { fixed: '5.0' }])] })];
    assert.equal(matchPackage(pkg('PyPI', 'zope-interface', '4.0'), lookupOf(records))?.groups[0]?.id, 'PYSEC-2024-5');
  });

  it('uses only the affected entries for this package when a record names several', () => {
    const records = [record({ id: 'GHSA-mult-ipl-eeee', affected: [range('npm', 'a', [{ introduced: '0' }, { fixed: '2.0.0' }]), range('npm', 'b', [{ introduced: '0' }, { fixed: '9.0.0' }])] })];
    assert.equal(matchPackage(pkg('npm', 'a', '3.0.0'), lookupOf(records)), undefined);
    assert.equal(matchPackage(pkg('npm', 'b', '3.0.0'), lookupOf(records))?.clearingUpgrade, '9.0.0');
  });

  it('skips packages without an exact registry version', () => {
    const records = [record({ id: 'PYSEC-2024-6', affected: [range('PyPI', 'demo', [{ introduced: '0' }])] })];
    assert.equal(matchPackage(pkg('PyPI', 'demo', undefined), lookupOf(records)), undefined);
    assert.equal(matchPackage({ ...pkg('PyPI', 'demo', '1.0'), unresolved: { reason: 'url', detail: 'git+https://example.com/demo' } }, lookupOf(records)), undefined);
  });

  it('maps stated CVSS scores to the v3 rating bands', () => {
    assert.deepEqual([0, 2.5, 4, 6.9, 7, 8.9, 9, 10].map(severityOfScore), ['info', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });
});

describe('deps scanner database notices', () => {
  const temp = mkdtempSync(join(tmpdir(), 'rampart-deps-db-'));
  after(() => rmSync(temp, { recursive: true, force: true }));
  const text = 'demo==1.0\n';

  it('without a database, parses the lockfile, reports nothing and says once how to get one', () => {
    const scanner = createDepsScanner({ database: join(temp, 'missing.sqlite') });
    const output = scanner.scanFile({ path: 'requirements.txt', read: async () => null }, { text, bytes: text.length });
    assert.deepEqual(output, { drafts: [], errors: [], notices: [] });
    const notices = scanner.scanNotices?.({ files: 1 }) ?? [];
    assert.equal(notices.length, 1);
    assert.equal(notices[0]!.code, 'RAMPART_N_NO_DATABASE');
    assert.match(notices[0]!.message, /rampart db update/);
    assert.match(notices[0]!.message, /rampart db import DIR/);
    assert.deepEqual(scanner.scanNotices?.({ files: 0 }), [], 'no lockfile was scanned, so no database was needed');
  });

  it('warns once about a database older than the limit and still matches with it', () => {
    const path = join(temp, 'old.sqlite');
    const build = startDatabaseBuild(path);
    const json = JSON.stringify({ id: 'PYSEC-2024-7', modified: '2024-01-01T00:00:00Z', affected: [range('PyPI', 'demo', [{ introduced: '0' }, { fixed: '1.1' }])] });
    const parsed = parseOsvRecord(JSON.parse(json));
    assert.ok(parsed.ok);
    build.add(parsed.record, json);
    build.commit([], new Date('2024-01-01T00:00:00Z'));
    const stale = createDepsScanner({ database: path, now: '2024-01-09T00:00:00Z' });
    assert.deepEqual(stale.scanNotices?.({ files: 1 }).map((notice) => notice.code), ['RAMPART_N_DATABASE_STALE']);
    const output = stale.scanFile({ path: 'requirements.txt', read: async () => null }, { text, bytes: text.length });
    assert.deepEqual(output.drafts.map((draft) => [draft.vulnerability?.id, draft.vulnerability?.fixedVersions, draft.startLine]), [['PYSEC-2024-7', ['1.1'], 1]]);
    assert.deepEqual(createDepsScanner({ database: path, now: '2024-01-07T00:00:00Z' }).scanNotices?.({ files: 1 }), []);
    assert.deepEqual(createDepsScanner({ database: path, now: '2024-01-09T00:00:00Z', maxDatabaseAgeDays: 30 }).scanNotices?.({ files: 1 }), []);
  });
});

describe('advisory group severity', () => {
  const lookupFor = (fields: Record<string, unknown>) => lookupOf([record({ id: 'GHSA-sev0-sev0-sev0', affected: [range('npm', 'x', [{ introduced: '0' }, { fixed: '2.0.0' }])], ...fields })]);

  it('computes it from the CVSS vector first, and keeps the vector and score', () => {
    const group = matchPackage(pkg('npm', 'x', '1.0.0'), lookupFor({ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }], database_specific: { severity: 'LOW' } }))!.groups[0]!;
    assert.equal(group.severity, 'critical');
    assert.equal(group.cvss?.score, 9.8);
    assert.equal(group.cvss?.vector, 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
  });

  it('falls back to the GitHub level, then a stated score, then leaves it to the rule default', () => {
    assert.equal(matchPackage(pkg('npm', 'x', '1.0.0'), lookupFor({ database_specific: { severity: 'MODERATE' } }))!.groups[0]!.severity, 'medium');
    assert.equal(matchPackage(pkg('npm', 'x', '1.0.0'), lookupFor({ database_specific: { cvss_score: 9.1 } }))!.groups[0]!.severity, 'critical');
    assert.equal(matchPackage(pkg('npm', 'x', '1.0.0'), lookupFor({}))!.groups[0]!.severity, undefined);
  });
});

describe('matchPackage on OS packages', () => {
  const debian12 = record({ id: 'DSA-5678-1', aliases: ['CVE-2024-0727'], affected: [range('Debian:12', 'openssl', [{ introduced: '0' }, { fixed: '3.0.13-1~deb12u1' }])] });
  const debian11 = record({ id: 'DSA-5600-1', affected: [range('Debian:11', 'openssl', [{ introduced: '0' }, { fixed: '1.1.1w-0+deb11u2' }])] });
  const alpine = record({ id: 'ALPINE-CVE-2024-0727', affected: [range('Alpine:v3.20', 'openssl', [{ introduced: '0' }, { fixed: '3.3.2-r1' }])] });
  const lookup = lookupOf([debian12, debian11, alpine]);

  function osPackage(ecosystem: Ecosystem, name: string, version: string, source: { name: string; version: string }, release: string | undefined): InventoryPackage {
    return { ...pkg(ecosystem, name, version), source, ...(release ? { distribution: { id: ecosystem.toLowerCase(), release } } : {}) };
  }

  it('matches the source package at its version, in the same release only', () => {
    const libssl = osPackage('Debian', 'libssl3', '3.0.11-1~deb12u2', { name: 'openssl', version: '3.0.11-1~deb12u2' }, '12');
    const match = matchPackage(libssl, lookup);
    assert.deepEqual(match?.groups.map((group) => group.id), ['DSA-5678-1']);
    assert.equal(match?.clearingUpgrade, '3.0.13-1~deb12u1');
    assert.equal(match?.package.name, 'libssl3', 'the finding stays on the installed binary package');
  });

  it('uses dpkg ordering (a ~ pre-release sorts before its release) and apk ordering', () => {
    assert.equal(matchPackage(osPackage('Debian', 'openssl', '3.0.13-1~deb12u1', { name: 'openssl', version: '3.0.13-1~deb12u1' }, '12'), lookup), undefined);
    assert.ok(matchPackage(osPackage('Alpine', 'libcrypto3', '3.3.2-r0', { name: 'openssl', version: '3.3.2-r0' }, 'v3.20'), lookup));
    assert.equal(matchPackage(osPackage('Alpine', 'libcrypto3', '3.3.2-r1', { name: 'openssl', version: '3.3.2-r1' }, 'v3.20'), lookup), undefined);
  });

  it('matches nothing when the release is unknown, rather than every release', () => {
    assert.equal(matchPackage(osPackage('Debian', 'libssl3', '1.1.1n-0', { name: 'openssl', version: '1.1.1n-0' }, undefined), lookup), undefined);
  });
});

describe('matchPackage on rpm packages', () => {
  // Shaped like the OSV exports: AlmaLinux and SUSE name source packages, Red Hat binary or source
  // ones, with epochs in fixed versions and Red Hat releases as CPE parts.
  const alma = record({ id: 'ALSA-2024:1234', aliases: ['CVE-2024-0727'], affected: [range('AlmaLinux:9', 'openssl', [{ introduced: '0' }, { fixed: '1:3.0.7-27.el9' }])] });
  const rhel = record({ id: 'RHSA-2024:5678', affected: [range('Red Hat:enterprise_linux:9::baseos', 'openssl-libs', [{ introduced: '0' }, { fixed: '1:3.0.7-28.el9_4' }])] });
  const rhelSource = record({ id: 'RHSA-2024:6000', affected: [range('Red Hat:enterprise_linux:9::baseos', 'openssl', [{ introduced: '0' }, { fixed: '1:3.0.7-29.el9_4' }])] });
  const rhelEus = record({ id: 'RHSA-2024:9999', affected: [range('Red Hat:rhel_eus:9.2::baseos', 'openssl-libs', [{ introduced: '0' }, { fixed: '1:3.0.7-99.el9_2' }])] });
  const lookup = lookupOf([alma, rhel, rhelSource, rhelEus]);
  const installed = (ecosystem: Ecosystem, version: string, id: string, release: string | undefined): InventoryPackage => ({
    ...pkg(ecosystem, 'openssl-libs', version),
    source: { name: 'openssl', version },
    ...(release ? { distribution: { id, release } } : {}),
  });

  it('matches the source package with rpm ordering, epoch included, in its own distribution and release', () => {
    const match = matchPackage(installed('AlmaLinux', '1:3.0.7-24.el9', 'almalinux', '9'), lookup);
    assert.deepEqual(match?.groups.map((group) => group.id), ['ALSA-2024:1234']);
    assert.equal(match?.package.name, 'openssl-libs', 'the finding stays on the installed binary package');
    assert.equal(matchPackage(installed('AlmaLinux', '1:3.0.7-27.el9', 'almalinux', '9'), lookup), undefined);
    assert.equal(matchPackage(installed('AlmaLinux', '1:3.0.7-24.el9', 'almalinux', '8'), lookup), undefined);
  });

  it('reads a version without epoch as epoch 0, older than any epoch-1 fix', () => {
    assert.ok(matchPackage(installed('AlmaLinux', '3.0.9-1.el9', 'almalinux', '9'), lookup));
  });

  it('matches Red Hat advisories by binary or source name, of the plain product line of the major release only', () => {
    assert.deepEqual(matchPackage(installed('Red Hat', '1:3.0.7-27.el9', 'rhel', '9'), lookup)?.groups.map((group) => group.id).sort(), ['RHSA-2024:5678', 'RHSA-2024:6000']);
    assert.deepEqual(matchPackage(installed('Red Hat', '1:3.0.7-28.el9_4', 'rhel', '9'), lookup)?.groups.map((group) => group.id), ['RHSA-2024:6000']);
    assert.equal(matchPackage(installed('Red Hat', '1:3.0.7-27.el9', 'fedora', undefined), lookup), undefined);
  });

  it('matches SUSE advisories of any Linux Enterprise product (module) of the same version and service pack only', () => {
    const suse = record({ id: 'SUSE-SU-2024:0001-1', affected: [range('SUSE:Linux Enterprise Module for Basesystem 15 SP5', 'openssl-3', [{ introduced: '0' }, { fixed: '3.0.8-150500.5.20.1' }])] });
    const micro = record({ id: 'SUSE-SU-2024:0002-1', affected: [range('SUSE:Linux Enterprise Micro 5.5', 'openssl-3', [{ introduced: '0' }, { fixed: '3.0.8-150500.5.99.1' }])] });
    const suseLookup = lookupOf([suse, micro]);
    const sles = (release: string): InventoryPackage => ({ ...pkg('SUSE', 'libopenssl3', '3.0.8-150500.5.8.1'), source: { name: 'openssl-3', version: '3.0.8-150500.5.8.1' }, distribution: { id: 'sles', release } });
    assert.deepEqual(matchPackage(sles('Linux Enterprise Server 15 SP5'), suseLookup)?.groups.map((group) => group.id), ['SUSE-SU-2024:0001-1']);
    assert.equal(matchPackage(sles('Linux Enterprise Server 15 SP4'), suseLookup), undefined);
  });
});
