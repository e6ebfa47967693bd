import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { writeDockerArchive, writeOciLayout } from '../../src/sources/image/fixtures/build-image.ts';
import { fakeGithubToken, runCli } from '../support/cli-harness.ts';

interface JsonReport {
  target: { kind: string; ref: string };
  findings: { ruleId: string; location: { path: string; startLine: number; layer?: string; layerCreatedBy?: string } }[];
  errors: { code: string; message: string }[];
}

const token = fakeGithubToken();

const image = {
  layers: [
    { createdBy: '/bin/sh -c #(nop) COPY file:1 in /app/', entries: [{ name: 'app/.env', content: `GITHUB_TOKEN=${token}\n` }, { name: 'app/main.js', content: 'console.log(1)\n' }] },
    { createdBy: '/bin/sh -c rm /app/.env', entries: [{ name: 'app/.wh..env', content: '' }] },
  ],
  config: { config: { Env: ['PATH=/usr/bin', `DEPLOY_TOKEN=${fakeGithubToken('Zr2Xp6Lk9Nv3Hb7Jd1Fs5Gc0Tq4Wm8')}`] } },
};

describe('rampart image', () => {
  it('finds a secret in a file a later layer deleted, naming the layer and its instruction, and one in the config env', async () => {
    const archive = await writeDockerArchive(image);
    const outcome = await runCli(['image', 'image.tar', '-f', 'json', '-q'], { cwd: dirname(archive) });
    assert.equal(outcome.code, 1, outcome.stderr);
    const report = JSON.parse(outcome.stdout) as JsonReport;
    assert.deepEqual(report.target, { kind: 'image', ref: 'image.tar' });
    const byPath = new Map(report.findings.map((finding) => [finding.location.path, finding]));
    const deleted = byPath.get('app/.env');
    assert.ok(deleted, JSON.stringify(report.findings));
    assert.equal(deleted.ruleId, 'github-token');
    assert.equal(deleted.location.layerCreatedBy, 'COPY file:1 in /app/');
    assert.match(deleted.location.layer ?? '', /^sha256:[a-f0-9]{64}$/);
    assert.ok(byPath.get('<image config>'), 'the DEPLOY_TOKEN in Env');
    assert.ok(!outcome.stdout.includes(token), 'secrets are redacted');
  });

  it('scans an OCI layout directory the same way and exits 0 when the image is clean', async () => {
    const clean = await writeOciLayout({ layers: [{ entries: [{ name: 'app/main.js', content: 'console.log(1)\n' }] }] });
    const outcome = await runCli(['image', clean.path, '-q'], { cwd: clean.path });
    assert.equal(outcome.code, 0, outcome.stderr + outcome.stdout);
  });

  it('exits 2 with RAMPART_E_IMAGE for something that is not an image', async () => {
    const notImage = await writeOciLayout({ layers: [] });
    const outcome = await runCli(['image', `${notImage.path}/index.json`], { cwd: notImage.path });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_IMAGE|neither a docker-archive/);
  });
});

describe('rampart image: OS packages', () => {
  it('inventories dpkg packages from the final filesystem and matches them by source package and release', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const work = mkdtempSync(join(tmpdir(), 'rampart-image-os-'));
    mkdirSync(join(work, 'osv'));
    writeFileSync(join(work, 'osv', 'DSA-5678-1.json'), JSON.stringify({
      id: 'DSA-5678-1', modified: '2024-02-01T00:00:00Z', aliases: ['CVE-2024-0727'], summary: 'openssl - security update',
      affected: [{ package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.13-1~deb12u1' }] }] }],
    }));
    writeFileSync(join(work, 'osv', 'DSA-5600-1.json'), JSON.stringify({
      id: 'DSA-5600-1', modified: '2024-02-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'Debian:11', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.9.9' }] }] }],
    }));
    const imported = await runCli(['db', 'import', 'osv', '--db', 'osv.sqlite'], { cwd: work });
    assert.equal(imported.code, 0, imported.stderr);
    const status = (name: string, source: string, version: string) => `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nSource: ${source}\nVersion: ${version}\n`;
    const archive = await writeDockerArchive({
      layers: [
        { entries: [{ name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' }, { name: 'var/lib/dpkg/status', content: status('libssl3', 'openssl', '3.0.9-1') }] },
        { createdBy: '/bin/sh -c apt-get update && apt-get install -y libssl3', entries: [{ name: 'var/lib/dpkg/status', content: `${status('libssl3', 'openssl', '3.0.11-1~deb12u2')}\n${status('zlib1g', 'zlib', '1:1.2.13.dfsg-1')}` }] },
      ],
    });
    const outcome = await runCli(['image', archive, '--db', join(work, 'osv.sqlite'), '-f', 'json', '-q', '--scanners', 'deps', '--fail-on', 'medium'], { cwd: work });
    assert.equal(outcome.code, 1, outcome.stderr + outcome.stdout);
    const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string; message: string; location: { path: string; startLine: number; layerCreatedBy?: string }; package?: { name: string; version: string; purl?: string }; vulnerability?: { id: string; fixedVersions?: string[] } }[] };
    assert.equal(report.findings.length, 1, JSON.stringify(report.findings, null, 1));
    const [finding] = report.findings;
    assert.deepEqual([finding!.package?.name, finding!.package?.version, finding!.vulnerability?.id, finding!.vulnerability?.fixedVersions], ['libssl3', '3.0.11-1~deb12u2', 'DSA-5678-1', ['3.0.13-1~deb12u1']]);
    assert.equal(finding!.location.path, 'var/lib/dpkg/status');
    assert.equal(finding!.location.layerCreatedBy, 'RUN apt-get update && apt-get install -y libssl3');
    assert.match(finding!.message, /libssl3 3\.0\.11-1~deb12u2 \(Debian 12, built from source openssl/);
    assert.match(finding!.package?.purl ?? '', /^pkg:deb\/debian\/libssl3@3\.0\.11-1~deb12u2\?arch=amd64&distro=debian-12&upstream=openssl$/);
  });
});
