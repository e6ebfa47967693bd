import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDockerArchive, writeOciLayout } from '../../src/sources/image/fixtures/build-image.ts';
import { runCli } from '../support/cli-harness.ts';

interface Finding {
  ruleId: string;
  package?: { name: string; version: string };
  vulnerability?: { id: string };
}

const status = (name: string, source: string, version: string) => `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nSource: ${source}\nVersion: ${version}\n`;
const lockfile = (packages: Record<string, string>) =>
  JSON.stringify({
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: { '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(Object.keys(packages).map((name) => [name, '*'])) }, ...Object.fromEntries(Object.entries(packages).map(([name, version]) => [`node_modules/${name}`, { version }])) },
  });

const image = {
  layers: [
    {
      entries: [
        { name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
        { name: 'var/lib/dpkg/status', content: status('libssl3', 'openssl', '3.0.9-1') },
        { name: 'old/package-lock.json', content: lockfile({ 'left-pad': '1.3.0' }) },
      ],
    },
    {
      createdBy: '/bin/sh -c apt-get install -y libssl3 && rm -rf /old',
      entries: [
        { name: 'var/lib/dpkg/status', content: `${status('libssl3', 'openssl', '3.0.11-1~deb12u2')}\n${status('zlib1g', 'zlib', '1:1.2.13.dfsg-1')}` },
        { name: '.wh.old', content: '' },
        // The lockfile also names a dev dependency that was never installed; only node_modules counts.
        { name: 'app/package-lock.json', content: lockfile({ lodash: '4.17.20', 'is-odd': '3.0.0' }) },
        { name: 'app/node_modules/lodash/package.json', content: JSON.stringify({ name: 'lodash', version: '4.17.20' }) },
      ],
    },
  ],
};

function writeDatabase(): string {
  const work = mkdtempSync(join(tmpdir(), 'rampart-image-sbom-'));
  mkdirSync(join(work, 'osv'));
  writeFileSync(join(work, 'osv', 'DSA-5678-1.json'), JSON.stringify({
    id: 'DSA-5678-1', modified: '2024-02-01T00:00:00Z', summary: 'openssl - security update',
    affected: [{ package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.13-1~deb12u1' }] }] }],
  }));
  // The same advisory filed for another release must not match: the distro qualifier has to survive the round trip.
  writeFileSync(join(work, 'osv', 'DSA-5600-1.json'), JSON.stringify({
    id: 'DSA-5600-1', modified: '2024-02-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'Debian:11', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.9.9' }] }] }],
  }));
  writeFileSync(join(work, 'osv', 'GHSA-35jh-r3h4-6jhm.json'), JSON.stringify({
    id: 'GHSA-35jh-r3h4-6jhm', modified: '2024-02-01T00:00:00Z', summary: 'Command injection in lodash',
    affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }],
  }));
  return work;
}

const summary = (findings: Finding[]) => findings.map((finding) => [finding.ruleId, finding.package?.name, finding.package?.version, finding.vulnerability?.id]).sort();

describe('rampart sbom --image / inventory --image', () => {
  it('lists the final deb and npm packages of an image, and scanning that SBOM finds what rampart image finds', async () => {
    const work = writeDatabase();
    const archive = await writeDockerArchive(image);
    const sbom = await runCli(['sbom', '--image', archive, '-o', join(work, 'bom.json')], { cwd: work, env: { SOURCE_DATE_EPOCH: '0' } });
    assert.equal(sbom.code, 0, sbom.stderr);
    const { readFileSync } = await import('node:fs');
    const bom = JSON.parse(readFileSync(join(work, 'bom.json'), 'utf8')) as { metadata: { component: { type: string; name: string; version?: string } }; components: { name: string; version: string; purl: string }[] };
    assert.equal(bom.metadata.component.type, 'container');
    assert.equal(bom.metadata.component.name, archive);
    assert.match(bom.metadata.component.version ?? '', /^sha256:[a-f0-9]{64}$/);
    const purls = bom.components.map((component) => component.purl).sort();
    assert.deepEqual(purls, [
      'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12&upstream=openssl',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12&upstream=zlib',
      'pkg:npm/lodash@4.17.20',
    ]);

    const imported = await runCli(['db', 'import', 'osv', '--db', 'osv.sqlite'], { cwd: work });
    assert.equal(imported.code, 0, imported.stderr);
    const scanned = await runCli(['image', archive, '--db', 'osv.sqlite', '-f', 'json', '-q', '--scanners', 'deps'], { cwd: work });
    const fromSbom = await runCli(['scan', '--sbom', 'bom.json', '--db', 'osv.sqlite', '-f', 'json', '-q'], { cwd: work });
    const imageFindings = (JSON.parse(scanned.stdout) as { findings: Finding[] }).findings;
    const sbomFindings = (JSON.parse(fromSbom.stdout) as { findings: Finding[] }).findings;
    // lodash is both in the lockfile and installed: one finding, from node_modules.
    assert.deepEqual(summary(imageFindings), [
      ['vulnerable-dependency', 'libssl3', '3.0.11-1~deb12u2', 'DSA-5678-1'],
      ['vulnerable-dependency', 'lodash', '4.17.20', 'GHSA-35jh-r3h4-6jhm'],
    ]);
    const notices = (JSON.parse(scanned.stdout) as { notices: { code: string; message: string }[] }).notices;
    assert.ok(notices.some((notice) => notice.code === 'RAMPART_N_INVENTORY' && notice.message.startsWith('1 lockfile(s) and manifest(s) in the image were not read for packages (app/package-lock.json)')), JSON.stringify(notices));
    assert.deepEqual(summary(sbomFindings), summary(imageFindings));
  });

  it('inventories an OCI layout in JSON from installed packages only, not from lockfiles', async () => {
    const layout = await writeOciLayout(image);
    const outcome = await runCli(['inventory', '--image', layout.path, '--format', 'json'], { cwd: layout.path });
    assert.equal(outcome.code, 0, outcome.stderr);
    const listed = JSON.parse(outcome.stdout) as { files: string[]; packages: { ecosystem: string; name: string; version: string; distribution?: { release: string } }[] };
    assert.deepEqual(listed.files.sort(), ['app/node_modules/lodash/package.json', 'var/lib/dpkg/status']);
    assert.match(outcome.stderr, /note: 1 lockfile\(s\) and manifest\(s\) in the image were not read for packages \(app\/package-lock\.json\)/);
    assert.deepEqual(listed.packages.map((item) => [item.ecosystem, item.name, item.version, item.distribution?.release]).sort(), [
      ['Debian', 'libssl3', '3.0.11-1~deb12u2', '12'],
      ['Debian', 'zlib1g', '1:1.2.13.dfsg-1', '12'],
      ['npm', 'lodash', '4.17.20', undefined],
    ]);
  });
});
