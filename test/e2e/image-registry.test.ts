import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOciLayout, type TestImage } from '../../src/sources/image/fixtures/build-image.ts';
import { fakeGithubToken, runCli } from '../support/cli-harness.ts';
import { pushLayout, registryPassword, registryUser, startLocalRegistry, type LocalRegistry } from '../support/local-registry.ts';

interface JsonReport {
  target: { kind: string; ref: string };
  findings: { ruleId: string; location: { path: string; layer?: string } }[];
}

const token = fakeGithubToken();
const home = mkdtempSync(join(tmpdir(), 'rampart-registry-home-'));
/** No developer Docker config or vulnerability database leaks into these runs. */
const env = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), ...extra });

const appImage: TestImage = {
  layers: [
    { createdBy: '/bin/sh -c #(nop) COPY file:1 in /app/', entries: [{ name: 'app/.env', content: `GITHUB_TOKEN=${token}\n` }, { name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' }] },
    { createdBy: '/bin/sh -c rm /app/.env', entries: [{ name: 'app/.wh..env', content: '' }, { name: 'app/package-lock.json', content: JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/lodash': { version: '4.17.20' } } }) }, { name: 'app/node_modules/lodash/package.json', content: JSON.stringify({ name: 'lodash', version: '4.17.20' }) }] },
  ],
  config: { config: { Env: ['PATH=/usr/bin'] } },
};

/** Two single-platform layouts merged into one OCI layout whose index lists both; only the arm64 image holds a secret. */
async function multiPlatformLayout(): Promise<string> {
  const amd64 = await writeOciLayout({ layers: [{ entries: [{ name: 'app/main.js', content: 'console.log(1)\n' }] }] });
  const arm64 = await writeOciLayout({ layers: [{ entries: [{ name: 'app/.env', content: `GITHUB_TOKEN=${token}\n` }] }], config: { architecture: 'arm64', variant: 'v8' } });
  const layout = mkdtempSync(join(tmpdir(), 'rampart-multi-'));
  mkdirSync(join(layout, 'blobs'));
  for (const part of [amd64, arm64]) cpSync(join(part.path, 'blobs'), join(layout, 'blobs'), { recursive: true });
  writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const entry = (part: typeof amd64, platform: Record<string, string>) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${part.manifestDigest}`, size: readFileSync(join(part.path, 'blobs', 'sha256', part.manifestDigest)).length, platform });
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry(amd64, { os: 'linux', architecture: 'amd64' }), entry(arm64, { os: 'linux', architecture: 'arm64', variant: 'v8' })] });
  writeFileSync(join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: `sha256:${sha256(index)}`, size: index.length }] }));
  writeFileSync(join(layout, 'blobs', 'sha256', sha256(index)), index);
  return layout;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('rampart image REF: pulling from a real registry (docker-registry, skopeo)', () => {
  let open: LocalRegistry;
  let secured: LocalRegistry;
  let layout: string;
  let work: string;

  before(async () => {
    [open, secured] = await Promise.all([startLocalRegistry(), startLocalRegistry({ basicAuth: true })]);
    layout = (await writeOciLayout(appImage)).path;
    pushLayout(layout, `${open.host}/team/app:1.0`);
    pushLayout(layout, `${secured.host}/team/app:1.0`, { credentials: `${registryUser}:${registryPassword}` });
    const multi = await multiPlatformLayout();
    pushLayout(multi, `${open.host}/team/multi:1`, { all: true });
    pushLayout(layout, `${open.host}/team/docker-v2:1.0`, { dockerV2: true });
    pushLayout(multi, `${open.host}/team/docker-list:1`, { all: true, dockerV2: true });
    work = mkdtempSync(join(tmpdir(), 'rampart-registry-work-'));
  });
  after(() => {
    open?.stop();
    secured?.stop();
  });

  it('reports exactly what scanning the same OCI layout on disk reports', async () => {
    const fromDisk = await runCli(['image', layout, '-f', 'json', '-q'], { cwd: work, env: env() });
    const pulled = await runCli(['image', `${open.host}/team/app:1.0`, '--insecure-registry', open.host, '-f', 'json', '-q'], { cwd: work, env: env() });
    assert.equal(pulled.code, fromDisk.code, pulled.stderr);
    const local = JSON.parse(fromDisk.stdout) as JsonReport;
    const remote = JSON.parse(pulled.stdout) as JsonReport;
    assert.deepEqual(remote.target, { kind: 'image', ref: `${open.host}/team/app:1.0` });
    assert.ok(remote.findings.some((finding) => finding.ruleId === 'github-token' && finding.location.path === 'app/.env'), pulled.stdout);
    assert.deepEqual(remote.findings, local.findings);
  });

  it('lists the same inventory with inventory --image and names the image in sbom --image', async () => {
    const fromDisk = await runCli(['inventory', '--image', layout, '-f', 'json'], { cwd: work, env: env() });
    const pulled = await runCli(['inventory', '--image', `${open.host}/team/app:1.0`, '--insecure-registry', open.host, '-f', 'json'], { cwd: work, env: env() });
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.match(pulled.stdout, /lodash/);
    assert.equal(pulled.stdout, fromDisk.stdout);
    const sbom = await runCli(['sbom', '--image', `${open.host}/team/app:1.0`, '--insecure-registry', open.host], { cwd: work, env: env() });
    assert.equal(sbom.code, 0, sbom.stderr);
    assert.equal((JSON.parse(sbom.stdout) as { metadata: { component: { name: string } } }).metadata.component.name, `${open.host}/team/app:1.0`);
  });

  it('reads a Docker schema 2 manifest as it reads an OCI one', async () => {
    const oci = await runCli(['image', `${open.host}/team/app:1.0`, '--insecure-registry', open.host, '-f', 'json', '-q'], { cwd: work, env: env() });
    const docker = await runCli(['image', `${open.host}/team/docker-v2:1.0`, '--insecure-registry', open.host, '-f', 'json', '-q'], { cwd: work, env: env() });
    assert.equal(docker.code, 1, docker.stderr);
    const findings = (outcome: { stdout: string }) => (JSON.parse(outcome.stdout) as JsonReport).findings;
    assert.ok(findings(docker).some((finding) => finding.ruleId === 'github-token'));
    assert.deepEqual(findings(docker).map((finding) => [finding.ruleId, finding.location.path]), findings(oci).map((finding) => [finding.ruleId, finding.location.path]));
  });

  for (const repository of ['multi', 'docker-list']) {
    it(`chooses the platform of a multi-platform ${repository === 'multi' ? 'OCI index' : 'Docker manifest list'} (linux/amd64 by default)`, async () => {
    const reference = `${open.host}/team/${repository}:1`;
    const amd64 = await runCli(['image', reference, '--insecure-registry', open.host, '-f', 'json', '-q'], { cwd: work, env: env() });
    const arm64 = await runCli(['image', reference, '--insecure-registry', open.host, '--platform', 'linux/arm64', '-f', 'json', '-q'], { cwd: work, env: env() });
    const secrets = (outcome: { stdout: string }) => (JSON.parse(outcome.stdout) as JsonReport).findings.filter((finding) => finding.ruleId === 'github-token').length;
    assert.equal(secrets(amd64), 0, amd64.stderr);
    assert.equal(secrets(arm64), 1, arm64.stderr);
    });
  }

  it('pulls by digest', async () => {
    const manifestDigest = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')).manifests[0].digest as string;
    const pulled = await runCli(['image', `${open.host}/team/app@${manifestDigest}`, '--insecure-registry', open.host, '-f', 'json', '-q'], { cwd: work, env: env() });
    assert.equal(pulled.code, 1, pulled.stderr);
    assert.ok((JSON.parse(pulled.stdout) as JsonReport).findings.some((finding) => finding.ruleId === 'github-token'));
  });

  it('logs in to a basic-auth registry with RAMPART_REGISTRY_USERNAME/PASSWORD or ~/.docker/config.json, and explains a refusal', async () => {
    const reference = `${secured.host}/team/app:1.0`;
    const anonymous = await runCli(['image', reference, '--insecure-registry', secured.host, '-q'], { cwd: work, env: env() });
    assert.equal(anonymous.code, 2);
    assert.match(anonymous.stderr, /RAMPART_E_REGISTRY: .*team\/app: the registry requires a login \(HTTP 401\)/);
    assert.match(anonymous.stderr, /RAMPART_REGISTRY_USERNAME/);

    const withEnv = await runCli(['image', reference, '--insecure-registry', secured.host, '-q'], { cwd: work, env: env({ RAMPART_REGISTRY_USERNAME: registryUser, RAMPART_REGISTRY_PASSWORD: registryPassword }) });
    assert.equal(withEnv.code, 1, withEnv.stderr);

    const dockerConfig = mkdtempSync(join(tmpdir(), 'rampart-docker-config-'));
    writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [secured.host]: { auth: Buffer.from(`${registryUser}:${registryPassword}`).toString('base64') } } }));
    const withConfig = await runCli(['sbom', '--image', reference, '--insecure-registry', secured.host], { cwd: work, env: env({ DOCKER_CONFIG: dockerConfig }) });
    assert.equal(withConfig.code, 0, withConfig.stderr);

    const helperConfig = mkdtempSync(join(tmpdir(), 'rampart-docker-config-'));
    writeFileSync(join(helperConfig, 'config.json'), JSON.stringify({ credsStore: 'desktop' }));
    const withHelper = await runCli(['image', reference, '--insecure-registry', secured.host], { cwd: work, env: env({ DOCKER_CONFIG: helperConfig }) });
    assert.equal(withHelper.code, 2);
    assert.match(withHelper.stderr, /rampart: note: .*docker-credential-desktop.*never runs programs/);

    const wrong = await runCli(['image', reference, '--insecure-registry', secured.host, '-q'], { cwd: work, env: env({ RAMPART_REGISTRY_USERNAME: registryUser, RAMPART_REGISTRY_PASSWORD: 'fake-wrong-password' }) });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /refused the credentials from RAMPART_REGISTRY_USERNAME\/RAMPART_REGISTRY_PASSWORD/);
    assert.ok(!wrong.stderr.includes('fake-wrong-password'));
  });

  it('speaks HTTPS to a registry that is not named with --insecure-registry, and fails at once with a hint', async () => {
    const outcome = await runCli(['image', `${open.host}/team/app:1.0`, '-q'], { cwd: work, env: env() });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_REGISTRY: .*cannot speak TLS with 127\.0\.0\.1/);
    assert.match(outcome.stderr, /--insecure-registry/);
  });

  it('prefers an existing path over a reference with the same spelling', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-shadow-'));
    cpSync(layout, join(dir, 'alpine'), { recursive: true });
    const outcome = await runCli(['image', 'alpine', '-f', 'json', '-q'], { cwd: dir, env: env() });
    assert.equal(outcome.code, 1, outcome.stderr);
    assert.deepEqual((JSON.parse(outcome.stdout) as JsonReport).target, { kind: 'image', ref: 'alpine' });
  });
});
