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
