import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOciLayout } from '../../src/sources/image/fixtures/build-image.ts';
import { runCli } from '../support/cli-harness.ts';

const gemspec = (name: string, version: string) => `# -*- encoding: utf-8 -*-\n# stub: ${name} ${version} ruby lib\n\nGem::Specification.new do |s|\n  s.name = "${name}".freeze\n  s.version = "${version}"\n  s.licenses = ["MIT".freeze]\nend\n`;
const installed = (packages: Record<string, string>) =>
  JSON.stringify({ packages: Object.entries(packages).map(([name, version]) => ({ name, version, type: 'library' })), dev: false, 'dev-package-names': [] }, null, 4);

describe('rampart inventory --image: installed Ruby and PHP packages', () => {
  it('lists the gems and Composer packages of the final filesystem, not those a later layer replaced', async () => {
    const work = mkdtempSync(join(tmpdir(), 'rampart-image-installed-'));
    const { path: layout } = await writeOciLayout({
      layers: [
        {
          entries: [
            { name: 'usr/local/bundle/specifications/rack-2.2.6.gemspec', content: gemspec('rack', '2.2.6') },
            { name: 'usr/lib/ruby/gems/3.1.0/specifications/default/json-2.6.1.gemspec', content: gemspec('json', '2.6.1') },
            { name: 'srv/app/vendor/composer/installed.json', content: installed({ 'symfony/yaml': 'v5.4.0' }) },
          ],
        },
        {
          createdBy: 'RUN bundle update rack && composer update',
          entries: [
            { name: 'usr/local/bundle/specifications/.wh.rack-2.2.6.gemspec', content: '' },
            { name: 'usr/local/bundle/specifications/rack-2.2.8.gemspec', content: gemspec('rack', '2.2.8') },
            { name: 'srv/app/vendor/composer/installed.json', content: installed({ 'symfony/yaml': 'v5.4.2', 'psr/log': '3.0.0' }) },
          ],
        },
      ],
    }, join(work, 'layout'));
    const outcome = await runCli(['inventory', '--image', layout, '--format', 'json'], { cwd: work });
    assert.equal(outcome.code, 0, outcome.stderr);
    const report = JSON.parse(outcome.stdout) as { packages: { ecosystem: string; name: string; version: string; purl: string }[] };
    assert.deepEqual(report.packages.map((item) => item.purl).sort(), ['pkg:composer/psr/log@3.0.0', 'pkg:composer/symfony/yaml@5.4.2', 'pkg:gem/json@2.6.1', 'pkg:gem/rack@2.2.8']);
  });
});

describe('rampart image: fix states and --ignore-unfixed', () => {
  it('labels each OS advisory fixed, unfixed or wont-fix, and --ignore-unfixed keeps only the fixed ones', async () => {
    const work = mkdtempSync(join(tmpdir(), 'rampart-image-fixstate-'));
    mkdirSync(join(work, 'osv'));
    const entry = (urgency: string, fixed?: string) => ({ package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(fixed ? [{ fixed }] : [])] }], ecosystem_specific: { urgency } });
    const records = {
      'DEBIAN-CVE-2024-0727': entry('low', '3.0.13-1~deb12u1'),
      'DEBIAN-CVE-2025-0001': entry('not yet assigned'),
      'DEBIAN-CVE-2007-6755': entry('unimportant'),
    };
    for (const [id, affected] of Object.entries(records)) writeFileSync(join(work, 'osv', `${id}.json`), JSON.stringify({ id, modified: '2025-01-01T00:00:00Z', upstream: [id.slice(7)], affected: [affected] }));
    assert.equal((await runCli(['db', 'import', 'osv', '--db', 'osv.sqlite'], { cwd: work })).code, 0);
    const { path: layout } = await writeOciLayout({
      layers: [{ entries: [{ name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' }, { name: 'var/lib/dpkg/status', content: 'Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\nSource: openssl\nVersion: 3.0.11-1~deb12u2\n' }] }],
    }, join(work, 'layout'));
    const states = async (extra: string[]) => {
      const outcome = await runCli(['image', layout, '--scanners', 'deps', '--db', 'osv.sqlite', '--format', 'json', '--quiet', ...extra], { cwd: work });
      assert.ok(outcome.code === 0 || outcome.code === 1, outcome.stderr);
      const report = JSON.parse(outcome.stdout) as { findings: { message: string; vulnerability: { id: string; fixState: string; fixedVersions?: string[] } }[] };
      return Object.fromEntries(report.findings.map((finding) => [finding.vulnerability.id, [finding.vulnerability.fixState, finding.vulnerability.fixedVersions?.[0] ?? null, /no fixed version|no fix will be|upgrade to/i.exec(finding.message)?.[0] ?? null]]));
    };
    assert.deepEqual(await states([]), {
      'DEBIAN-CVE-2007-6755': ['wont-fix', null, 'No fix will be'],
      'DEBIAN-CVE-2024-0727': ['fixed', '3.0.13-1~deb12u1', 'Upgrade to'],
      'DEBIAN-CVE-2025-0001': ['unfixed', null, 'No fixed version'],
    });
    assert.deepEqual(await states(['--ignore-unfixed']), { 'DEBIAN-CVE-2024-0727': ['fixed', '3.0.13-1~deb12u1', 'Upgrade to'] });
  });
});

describe('rampart scan --ignore-unfixed', () => {
  it('reaches the deps scanner in worker threads too, leaving out an npm advisory with no fixed version', async () => {
    const work = mkdtempSync(join(tmpdir(), 'rampart-scan-unfixed-'));
    mkdirSync(join(work, 'osv'));
    mkdirSync(join(work, 'app'));
    const advisory = (id: string, events: Record<string, string>[]) => JSON.stringify({ id, modified: '2025-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'demo' }, ranges: [{ type: 'SEMVER', events }] }] });
    writeFileSync(join(work, 'osv', 'GHSA-aaaa-bbbb-cccc.json'), advisory('GHSA-aaaa-bbbb-cccc', [{ introduced: '0' }, { last_affected: '9.0.0' }]));
    writeFileSync(join(work, 'osv', 'GHSA-dddd-eeee-ffff.json'), advisory('GHSA-dddd-eeee-ffff', [{ introduced: '0' }, { fixed: '1.0.1' }]));
    assert.equal((await runCli(['db', 'import', 'osv', '--db', 'osv.sqlite'], { cwd: work })).code, 0);
    writeFileSync(join(work, 'app', 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { demo: '1.0.0' } }, 'node_modules/demo': { version: '1.0.0' } } }, null, 2));
    const ids = async (extra: string[]) => {
      const outcome = await runCli(['scan', 'app', '--scanners', 'deps', '--db', 'osv.sqlite', '--format', 'json', '--quiet', '--jobs', '2', ...extra], { cwd: work });
      const report = JSON.parse(outcome.stdout) as { findings: { vulnerability: { id: string; fixState: string } }[] };
      return report.findings.map((finding) => `${finding.vulnerability.id} ${finding.vulnerability.fixState}`).sort();
    };
    assert.deepEqual(await ids([]), ['GHSA-aaaa-bbbb-cccc unfixed', 'GHSA-dddd-eeee-ffff fixed']);
    assert.deepEqual(await ids(['--ignore-unfixed']), ['GHSA-dddd-eeee-ffff fixed']);
  });
});
