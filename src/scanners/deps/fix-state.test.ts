import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseOsvRecord } from '../../vulndb/osv-record.ts';
import { baseEcosystem, normalizePackageName } from '../../vulndb/package-name.ts';
import type { Ecosystem, InventoryPackage } from './inventory-package.ts';
import { matchPackage, type MatchableRecord, type RecordLookup } from './match-vulnerabilities.ts';

/**
 * Records in the shapes the distributions publish (trimmed): Debian's DEBIAN-CVE records copy the
 * security tracker's urgency to `affected[].ecosystem_specific.urgency` and leave `fixed` out
 * while a release is unfixed; Ubuntu's UBUNTU-CVE records give the CVE in `upstream`, the
 * priority as a severity of type `Ubuntu`, the binaries in `ecosystem_specific`, and also leave
 * `fixed` out; Alpine's records come from secdb fixes and always name one.
 */
function record(fields: Record<string, unknown>): MatchableRecord {
  const parsed = parseOsvRecord({ modified: '2025-01-01T00:00:00Z', ...fields });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  return { record: parsed.record, databaseSpecific: undefined, withdrawn: false };
}

function lookupOf(records: readonly MatchableRecord[]): RecordLookup {
  return (ecosystem, name) =>
    records.filter((candidate) => candidate.record.affected.some((entry) => entry.package !== undefined && baseEcosystem(entry.package.ecosystem) === ecosystem && normalizePackageName(ecosystem, entry.package.name) === name));
}

function osPackage(ecosystem: Ecosystem, name: string, version: string, source: { name: string; version: string }, release: string): InventoryPackage {
  return { ecosystem, name, version, source, distribution: { id: ecosystem.toLowerCase(), release }, direct: undefined, dev: false, location: { path: 'var/lib/dpkg/status', startLine: 1 } };
}

const debianEntry = (release: string, name: string, urgency: string, fixed?: string) => ({
  package: { ecosystem: `Debian:${release}`, name },
  ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(fixed ? [{ fixed }] : [])] }],
  ecosystem_specific: { urgency },
});

const ubuntuEntry = (ecosystem: string, name: string, versions: string[], fixed?: string) => ({
  package: { ecosystem, name, purl: `pkg:deb/ubuntu/${name}?arch=source` },
  ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(fixed ? [{ fixed }] : [])] }],
  versions,
  ecosystem_specific: fixed ? { binaries: [{ binary_name: `lib${name}3`, binary_version: fixed }], availability: 'No subscription required' } : {},
});

function statesOf(item: InventoryPackage, records: readonly MatchableRecord[]): Record<string, { state: string; fixedVersion?: string }> {
  const match = matchPackage(item, lookupOf(records));
  assert.ok(match, 'the package is affected');
  return Object.fromEntries(match.groups.map((group) => [group.id, { state: group.fix.state, ...(group.fix.fixedVersion ? { fixedVersion: group.fix.fixedVersion } : {}) }]));
}

describe('fix states of Debian advisories (DEBIAN-CVE-*)', () => {
  const glibc = osPackage('Debian', 'libc6', '2.36-9+deb12u4', { name: 'glibc', version: '2.36-9+deb12u4' }, '12');

  it('tells fixed, unfixed, will-not-fix (unimportant) and end-of-life apart, per release', () => {
    const records = [
      record({ id: 'DEBIAN-CVE-2024-2961', upstream: ['CVE-2024-2961'], affected: [debianEntry('12', 'glibc', 'not yet assigned', '2.36-9+deb12u7'), debianEntry('11', 'glibc', 'not yet assigned', '2.31-13+deb11u9')] }),
      record({ id: 'DEBIAN-CVE-2025-0001', upstream: ['CVE-2025-0001'], affected: [debianEntry('12', 'glibc', 'low'), debianEntry('13', 'glibc', 'low', '2.40-1')] }),
      record({ id: 'DEBIAN-CVE-2010-4756', upstream: ['CVE-2010-4756'], affected: [debianEntry('12', 'glibc', 'unimportant')] }),
      record({ id: 'DEBIAN-CVE-2019-9192', upstream: ['CVE-2019-9192'], affected: [debianEntry('12', 'glibc', 'unimportant**')] }),
    ];
    assert.deepEqual(statesOf(glibc, records), {
      'DEBIAN-CVE-2010-4756': { state: 'wont-fix' },
      'DEBIAN-CVE-2019-9192': { state: 'wont-fix' },
      'DEBIAN-CVE-2024-2961': { state: 'fixed', fixedVersion: '2.36-9+deb12u7' },
      // The fix in Debian 13 says nothing about Debian 12.
      'DEBIAN-CVE-2025-0001': { state: 'unfixed' },
    });
  });

  it('reads end-of-life from the urgency of the installed release only', () => {
    const buster = osPackage('Debian', 'busybox', '1:1.30.1-4', { name: 'busybox', version: '1:1.30.1-4' }, '10');
    const bookworm = osPackage('Debian', 'busybox', '1:1.35.0-4', { name: 'busybox', version: '1:1.35.0-4' }, '12');
    const records = [record({ id: 'DEBIAN-CVE-2018-1000500', upstream: ['CVE-2018-1000500'], affected: [debianEntry('10', 'busybox', 'end-of-life'), debianEntry('12', 'busybox', 'unimportant')] })];
    assert.deepEqual(statesOf(buster, records), { 'DEBIAN-CVE-2018-1000500': { state: 'end-of-life' } });
    assert.deepEqual(statesOf(bookworm, records), { 'DEBIAN-CVE-2018-1000500': { state: 'wont-fix' } });
  });
});

describe('Ubuntu advisories (UBUNTU-CVE-*)', () => {
  const records = [
    record({
      id: 'UBUNTU-CVE-2024-0727',
      upstream: ['CVE-2024-0727'],
      severity: [{ type: 'Ubuntu', score: 'low' }],
      affected: [
        ubuntuEntry('Ubuntu:22.04:LTS', 'openssl', ['3.0.2-0ubuntu1', '3.0.2-0ubuntu1.14'], '3.0.2-0ubuntu1.15'),
        ubuntuEntry('Ubuntu:Pro:22.04:LTS', 'openssl', ['3.0.2-0ubuntu1.15'], '3.0.2-0ubuntu1.99+esm1'),
        ubuntuEntry('Ubuntu:24.04:LTS', 'openssl', ['3.0.13-0ubuntu3'], '3.0.13-0ubuntu3.1'),
      ],
    }),
    record({ id: 'UBUNTU-CVE-2023-50495', upstream: ['CVE-2023-50495'], severity: [{ type: 'Ubuntu', score: 'low' }], affected: [ubuntuEntry('Ubuntu:22.04:LTS', 'openssl', ['3.0.2-0ubuntu1.14'])] }),
    record({ id: 'UBUNTU-CVE-2016-2781', upstream: ['CVE-2016-2781'], severity: [{ type: 'Ubuntu', score: 'negligible' }], affected: [ubuntuEntry('Ubuntu:22.04:LTS', 'openssl', [])] }),
    // Fixes under Ubuntu Pro (ESM) need a subscription a plain image does not have.
    record({ id: 'UBUNTU-CVE-2022-0001', upstream: ['CVE-2022-0001'], affected: [ubuntuEntry('Ubuntu:Pro:22.04:LTS', 'openssl', ['3.0.2-0ubuntu1.14'])] }),
    record({ id: 'UBUNTU-CVE-2025-9999', upstream: ['CVE-2025-9999'], affected: [ubuntuEntry('Ubuntu:25.04', 'openssl', ['3.4.1-1ubuntu1'])] }),
  ];

  it('matches a binary package by its source on the release os-release names (22.04 → Ubuntu:22.04:LTS), not Ubuntu Pro', () => {
    const libssl = osPackage('Ubuntu', 'libssl3', '3.0.2-0ubuntu1.14', { name: 'openssl', version: '3.0.2-0ubuntu1.14' }, '22.04');
    assert.deepEqual(statesOf(libssl, records), {
      'UBUNTU-CVE-2016-2781': { state: 'wont-fix' },
      'UBUNTU-CVE-2023-50495': { state: 'unfixed' },
      'UBUNTU-CVE-2024-0727': { state: 'fixed', fixedVersion: '3.0.2-0ubuntu1.15' },
    });
  });

  it('takes the severity from Ubuntu\'s priority when no CVSS vector scores the advisory', () => {
    const libssl = osPackage('Ubuntu', 'libssl3', '3.0.2-0ubuntu1.14', { name: 'openssl', version: '3.0.2-0ubuntu1.14' }, '22.04');
    const match = matchPackage(libssl, lookupOf(records));
    assert.deepEqual(Object.fromEntries(match!.groups.map((group) => [group.id, group.severity])), { 'UBUNTU-CVE-2016-2781': 'info', 'UBUNTU-CVE-2023-50495': 'low', 'UBUNTU-CVE-2024-0727': 'low' });
  });

  it('matches a non-LTS release, whose ecosystem has no :LTS suffix', () => {
    const plucky = osPackage('Ubuntu', 'openssl', '3.4.1-1ubuntu1', { name: 'openssl', version: '3.4.1-1ubuntu1' }, '25.04');
    assert.deepEqual(statesOf(plucky, records), { 'UBUNTU-CVE-2025-9999': { state: 'unfixed' } });
  });

  it('does not apply 22.04 advisories to a 22.10 image, nor a Debian package to Ubuntu records', () => {
    const kinetic = osPackage('Ubuntu', 'openssl', '3.0.2-0ubuntu1.14', { name: 'openssl', version: '3.0.2-0ubuntu1.14' }, '22.10');
    assert.equal(matchPackage(kinetic, lookupOf(records)), undefined);
    const debian = osPackage('Debian', 'openssl', '3.0.2-0ubuntu1.14', { name: 'openssl', version: '3.0.2-0ubuntu1.14' }, '22.04');
    assert.equal(matchPackage(debian, lookupOf(records)), undefined);
  });
});

describe('Alpine advisories (ALPINE-CVE-*) and language ecosystems', () => {
  it('an Alpine record always names its fix', () => {
    const busybox = osPackage('Alpine', 'busybox-binsh', '1.36.1-r15', { name: 'busybox', version: '1.36.1-r15' }, 'v3.19');
    const records = [record({ id: 'ALPINE-CVE-2023-42366', upstream: ['CVE-2023-42366'], affected: [{ package: { ecosystem: 'Alpine:v3.19', name: 'busybox' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.36.1-r16' }] }] }] })];
    assert.deepEqual(statesOf(busybox, records), { 'ALPINE-CVE-2023-42366': { state: 'fixed', fixedVersion: '1.36.1-r16' } });
  });

  it('an npm advisory bounded only by last_affected is unfixed, and one fix per advisory is kept when no upgrade clears both', () => {
    const item: InventoryPackage = { ecosystem: 'npm', name: 'demo', version: '1.0.0', direct: true, dev: false, location: { path: 'package-lock.json', startLine: 1 } };
    const records = [
      record({ id: 'GHSA-aaaa-bbbb-cccc', affected: [{ package: { ecosystem: 'npm', name: 'demo' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { last_affected: '9.9.9' }] }] }] }),
      record({ id: 'GHSA-dddd-eeee-ffff', affected: [{ package: { ecosystem: 'npm', name: 'demo' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.1' }] }] }] }),
    ];
    const match = matchPackage(item, lookupOf(records));
    assert.equal(match?.clearingUpgrade, undefined);
    assert.deepEqual(statesOf(item, records), { 'GHSA-aaaa-bbbb-cccc': { state: 'unfixed' }, 'GHSA-dddd-eeee-ffff': { state: 'fixed', fixedVersion: '1.0.1' } });
  });
});
