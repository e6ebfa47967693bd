import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/finding.ts';
import { packTar, writeOciLayout } from '../../src/sources/image/fixtures/build-image.ts';
import { fakeGithubToken, runCli } from '../support/cli-harness.ts';

/** Two layers: a token in a file, then a layer deleting it; gzip blobs in the OCI layout, plain tars in the docker-archive. */
const image = {
  layers: [
    { createdBy: 'COPY .npmrc /root/', entries: [{ name: 'root/.npmrc', content: `//npm.pkg.github.com/:_authToken=${fakeGithubToken()}\n` }] },
    { createdBy: 'RUN rm /root/.npmrc', entries: [{ name: 'root/.wh..npmrc', content: '' }] },
  ],
};

async function secretFindings(target: string): Promise<Finding[]> {
  const outcome = await runCli(['image', target, '--scanners', 'secrets', '-f', 'json', '-q', '--fail-on', 'never'], { cwd: mkdtempSync(join(tmpdir(), 'rampart-image-formats-')) });
  assert.equal(outcome.code, 0, outcome.stderr);
  return (JSON.parse(outcome.stdout) as { findings: Finding[] }).findings;
}

/**
 * The layout's image as a `docker save` archive, from the very same layer tars and config (the
 * fixture builder stamps tar entries with the current time, so building twice could differ).
 */
async function dockerArchiveOf(layout: { layerTars: Buffer[]; configText: string }): Promise<string> {
  const layers = layout.layerTars.map((tar, index) => ({ name: `${index}/layer.tar`, content: tar }));
  const manifest = JSON.stringify([{ Config: 'config.json', RepoTags: ['app:1'], Layers: layers.map((layer) => layer.name) }]);
  const path = join(mkdtempSync(join(tmpdir(), 'rampart-image-formats-')), 'image.tar');
  writeFileSync(path, await packTar([{ name: 'manifest.json', content: manifest }, { name: 'config.json', content: layout.configText }, ...layers]));
  return path;
}

describe('one image in two formats', () => {
  it('gives findings the same fingerprint, though the layer digests differ (gzip blob vs uncompressed tar)', async () => {
    const built = await writeOciLayout(image);
    const layout = await secretFindings(built.path);
    const archive = await secretFindings(await dockerArchiveOf(built));
    assert.equal(layout.length, 1);
    assert.equal(archive.length, 1);
    assert.notEqual(layout[0]!.location.layer, archive[0]!.location.layer, 'each format names the layer by its own blob digest');
    assert.equal(layout[0]!.fingerprint, archive[0]!.fingerprint, 'a baseline made from one format holds for the other');
  });
});
