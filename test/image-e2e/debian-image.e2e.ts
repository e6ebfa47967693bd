/**
 * End-to-end test on a real image (`npm run test:image-e2e`, run by .ci/run after `npm test`):
 * a Debian bookworm root filesystem made by debootstrap from Debian's packages, a Node app
 * installed by `npm ci` from an old package-lock.json, and a layer that deletes files, packed by
 * tar, umoci and skopeo as an OCI layout, an OCI archive and a docker-archive, and pushed by
 * skopeo to Debian's docker-registry on 127.0.0.1, which rampart pulls from over plain HTTP.
 * rampart's inventory of every input must equal
 * what dpkg-query reads from the same root filesystem and what npm installed, and `rampart image`
 * must report the same findings whatever the input format. Needs root, debootstrap, umoci,
 * skopeo, dpkg-query and the Debian mirror; it fails, never skips, when one is missing.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding, ScanResult } from '../../src/core/finding.ts';
import { fakeGithubToken, runCli } from '../support/cli-harness.ts';
import { pushLayout, startLocalRegistry, type LocalRegistry } from '../support/local-registry.ts';
import { dpkgQuery, ensureDebianRootfs, imageCacheDir, prettyName } from './debian-rootfs.ts';
import { ensureInstalledApp, lockfileInstalledSet } from './install-app.ts';
import { packImage, run, type PackedImage } from './pack-image.ts';

const osvCorpus = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));
const log = (line: string): void => void process.stderr.write(`[image-e2e ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

interface InventoryPackage {
  ecosystem: string;
  name: string;
  version: string;
  source?: { name: string; version: string };
  location: { path: string };
}

interface Input {
  label: string;
  target: string;
  /** Flags the input needs (a plain-HTTP registry must be named). */
  flags: string[];
}

/** An old lockfile in a folder the top layer deletes: the image no longer ships it, so its package must not be listed. */
const deletedLockfile = JSON.stringify({ name: 'old-app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'old-app', version: '1.0.0' }, 'node_modules/lodash': { version: '4.17.20' } } }, null, 2);

describe('rampart on a debootstrapped Debian image with a Node app', () => {
  let work: string;
  let rootfs: string;
  let image: PackedImage;
  let database: string;
  let registry: LocalRegistry | undefined;
  const inputs: Input[] = [];

  before(async () => {
    const started = performance.now();
    work = mkdtempSync(join(tmpdir(), 'rampart-image-e2e-'));
    const cacheDir = imageCacheDir();
    rootfs = ensureDebianRootfs({ cacheDir, log });
    log(`root filesystem: ${prettyName(rootfs)}`);
    const app = ensureInstalledApp(cacheDir, log);
    image = packImage(join(work, 'image'), layers(app), { workingDir: '/app', cmd: ['node', 'index.js'], env: ['NODE_ENV=production'] }, log);
    const ociArchive = join(work, 'image', 'image-oci-archive.tar');
    run('skopeo', ['--insecure-policy', 'copy', '--quiet', `oci:${image.ociLayout}:${image.tag}`, `oci-archive:${ociArchive}:${image.tag}`]);
    registry = await startLocalRegistry();
    const reference = `${registry.host}/e2e/app:1`;
    pushLayout(`${image.ociLayout}:${image.tag}`, reference);
    inputs.push(
      { label: 'OCI layout', target: image.ociLayout, flags: [] },
      { label: 'OCI archive', target: ociArchive, flags: [] },
      { label: 'docker-archive', target: image.dockerArchive, flags: [] },
      { label: 'registry', target: reference, flags: ['--insecure-registry', registry.host] },
    );
    database = join(work, 'osv.sqlite');
    log(`image built (${(image.uncompressedBytes / 1e6).toFixed(0)} MB of layers) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  after(() => {
    registry?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Base root filesystem; the app with a secret and an old lockfile; a layer deleting both. */
  function layers(app: string) {
    const appLayer = join(work, 'layers', 'app');
    cpSync(app, join(appLayer, 'app'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(appLayer, 'app', '.npmrc'), `//npm.pkg.github.com/:_authToken=${fakeGithubToken()}\n`);
    mkdirSync(join(appLayer, 'opt', 'old-app'), { recursive: true });
    writeFileSync(join(appLayer, 'opt', 'old-app', 'package-lock.json'), deletedLockfile);
    const cleanupLayer = join(work, 'layers', 'cleanup');
    mkdirSync(join(cleanupLayer, 'app'), { recursive: true });
    mkdirSync(join(cleanupLayer, 'opt'), { recursive: true });
    writeFileSync(join(cleanupLayer, 'app', '.wh..npmrc'), '');
    writeFileSync(join(cleanupLayer, 'opt', '.wh.old-app'), '');
    return [
      { dir: rootfs, createdBy: 'debootstrap --variant=minbase bookworm / http://deb.debian.org/debian' },
      { dir: appLayer, createdBy: 'COPY app /app (npm ci) and /opt/old-app' },
      { dir: cleanupLayer, createdBy: '/bin/sh -c rm -rf /app/.npmrc /opt/old-app' },
    ];
  }

  it('lists exactly the packages dpkg-query and npm see, from every input format', async () => {
    const expectedDpkg = dpkgQuery(rootfs);
    const expectedNpm = lockfileInstalledSet();
    assert.ok(expectedDpkg.length > 50, `debootstrap installed ${expectedDpkg.length} packages`);
    for (const input of inputs) {
      const started = performance.now();
      const outcome = await runCli(['inventory', '--image', input.target, ...input.flags, '-f', 'json'], { cwd: work });
      assert.equal(outcome.code, 0, `${input.label}: ${outcome.stderr}`);
      const inventory = JSON.parse(outcome.stdout) as { packages: InventoryPackage[]; errors: unknown[]; notices: { path: string; message: string }[] };
      log(`inventory --image (${input.label}): ${inventory.packages.length} packages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      assert.deepEqual(inventory.errors, [], input.label);
      const dpkg = inventory.packages.filter((item) => item.ecosystem === 'Debian').map((item) => `${item.name} ${item.version} ${item.source?.name} ${item.source?.version}`).sort();
      assert.deepEqual(dpkg, expectedDpkg, `${input.label}: dpkg packages (name version source source-version)`);
      const npm = inventory.packages.filter((item) => item.ecosystem === 'npm');
      const installed = npm.filter((item) => item.location.path.startsWith('app/node_modules/')).map((item) => `${item.name}@${item.version}`).sort();
      const locked = npm.filter((item) => item.location.path === 'app/package-lock.json').map((item) => `${item.name}@${item.version}`).sort();
      assert.deepEqual(installed, expectedNpm, `${input.label}: installed node_modules packages`);
      // An image is judged by what is installed: the lockfile adds no package, and is named in one notice.
      assert.deepEqual(locked, [], `${input.label}: the lockfile is not read for packages`);
      assert.equal(npm.length, installed.length, `${input.label}: no other npm package (the deleted /opt/old-app lockfile is gone)`);
      const skipped = inventory.notices.filter((notice) => notice.message.includes('lockfile(s) and manifest(s) in the image were not read'));
      assert.deepEqual(skipped.map((notice) => notice.message.split(':')[0]), ['1 lockfile(s) and manifest(s) in the image were not read for packages (app/package-lock.json)'], input.label);
      assert.deepEqual(new Set(inventory.packages.map((item) => item.ecosystem)), new Set(['Debian', 'npm']), input.label);
    }
  });

  it('reports the same findings from every input format: the app\'s advisories, the deleted secret, the config', async () => {
    const imported = await runCli(['db', 'import', join(osvCorpus, 'npm'), join(osvCorpus, 'npm-ghsa'), '--db', database], { cwd: work });
    assert.equal(imported.code, 0, imported.stderr);
    const diffIds = layerDiffIds(image);
    const reports: { label: string; findings: string[] }[] = [];
    for (const input of inputs) {
      const started = performance.now();
      const reportPath = join(work, `report-${reports.length}.json`);
      const outcome = await runCli(['image', input.target, ...input.flags, '--db', database, '-f', 'json', '-o', reportPath, '--fail-on', 'never', '-q'], { cwd: work });
      assert.equal(outcome.code, 0, `${input.label}: ${outcome.stderr}`);
      const result = JSON.parse(readFileSync(reportPath, 'utf8')) as ScanResult;
      log(`image (${input.label}): ${result.findings.length} findings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      assert.deepEqual(result.errors, [], input.label);
      assert.ok(result.notices.some((notice) => notice.code === 'RAMPART_N_INVENTORY' && notice.message.startsWith('1 lockfile(s) and manifest(s) in the image were not read for packages (app/package-lock.json)')), `${input.label}: ${JSON.stringify(result.notices)}`);
      reports.push({ label: input.label, findings: result.findings.map((finding) => describeFinding(finding, diffIds)).sort() });
    }
    for (const report of reports.slice(1)) assert.deepEqual(report.findings, reports[0]!.findings, `${report.label} reports what ${reports[0]!.label} reports`);
    const findings = reports[0]!.findings;
    const vulnerable = findings.filter((line) => line.startsWith('vulnerable-dependency ')).map((line) => line.split(' ').slice(1, 4).join(' '));
    const advisories = ['minimist@1.2.0 GHSA-vh95-rmgr-6w4m', 'minimist@1.2.0 GHSA-xvch-5gv4-984h', 'ms@0.7.0 x_NSWG-ECO-46', 'semver@4.3.1 x_NSWG-ECO-31'];
    const expected = advisories.map((advisory) => `${advisory} app/node_modules/${advisory.split('@')[0]}/package.json`);
    assert.deepEqual(vulnerable.sort(), expected.sort(), 'each vulnerable package once, at its installed package.json: not again at its lockfile entry, nothing from the deleted /opt/old-app');
    assert.equal(vulnerable.length, advisories.length, 'findings are not doubled');
    const npmrc = findings.filter((line) => line.includes(' app/.npmrc '));
    assert.equal(npmrc.length, 1, `one secret in the deleted app/.npmrc: ${findings.join('\n')}`);
    assert.match(npmrc[0]!, /^github-\S+ .*layer=2 COPY app/, 'the secret names the layer that added it');
    for (const ruleId of ['image-runs-as-root', 'image-no-healthcheck']) assert.ok(findings.some((line) => line.startsWith(`${ruleId} `)), ruleId);
  });
});

/**
 * The OCI layout's layer digests (gzip blobs, which skopeo pushes to the registry unchanged) →
 * the position of the layer; a docker-archive names layers by diff id, mapped the same way.
 */
function layerDiffIds(image: PackedImage): Map<string, number> {
  const blob = (digest: string) => readFileSync(join(image.ociLayout, 'blobs', 'sha256', digest.slice('sha256:'.length)), 'utf8');
  const index = JSON.parse(readFileSync(join(image.ociLayout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
  const manifest = JSON.parse(blob(index.manifests[0]!.digest)) as { config: { digest: string }; layers: { digest: string }[] };
  const config = JSON.parse(blob(manifest.config.digest)) as { rootfs: { diff_ids: string[] } };
  const positions = new Map<string, number>();
  manifest.layers.forEach((layer, position) => positions.set(layer.digest, position + 1));
  config.rootfs.diff_ids.forEach((diffId, position) => positions.set(diffId, position + 1));
  positions.set(manifest.config.digest, 0);
  return positions;
}

/**
 * A finding as one comparable line. The layer is given by its position, not its digest: an OCI
 * layout names a layer by its gzip blob and a docker-archive by its uncompressed tar. The
 * fingerprint must be the same (it hashes the layer's diff id), or baselines would not carry over.
 */
function describeFinding(finding: Finding, positions: Map<string, number>): string {
  const { location } = finding;
  const layer = location.layer === undefined ? 'none' : String(positions.get(location.layer) ?? `unknown ${location.layer}`);
  const subject = finding.package ? `${finding.package.name}@${finding.package.version} ${finding.vulnerability?.id}` : '';
  return `${finding.ruleId} ${subject ? `${subject} ` : ''}${location.path} ${location.startLine}:${location.startColumn ?? 0} layer=${layer} ${location.layerCreatedBy ?? ''} ${finding.severity} ${finding.fingerprint}`;
}
