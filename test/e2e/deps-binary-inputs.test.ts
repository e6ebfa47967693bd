import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/finding.ts';
import { writeDockerArchive } from '../../src/sources/image/fixtures/build-image.ts';
import { makeTree, runCli } from '../support/cli-harness.ts';

const rpmFixtures = new URL('../../src/scanners/deps/ecosystems/rpm-sqlite/fixtures/', import.meta.url);
const almaDatabase = readFileSync(new URL('alma9/usr/lib/sysimage/rpm/rpmdb.sqlite', rpmFixtures));
const osRelease = 'NAME="AlmaLinux"\nID="almalinux"\nVERSION_ID="9.3"\n';

/** One AlmaLinux advisory for the source of a package of the fixture database (libtinyssl 1:3.0.7-27.el9, from tinyssl), fixed one release later. */
const advisory = {
  schema_version: '1.6.0',
  id: 'ALSA-2099:0001',
  modified: '2026-01-01T00:00:00Z',
  aliases: ['CVE-2099-0001'],
  summary: 'tinyssl: a test flaw',
  affected: [{ package: { ecosystem: 'AlmaLinux:9', name: 'tinyssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1:3.0.7-28.el9' }] }] }],
};

/** A Maven advisory for the log4j-core bundled in the fixture Spring Boot jar. */
const mavenAdvisory = {
  schema_version: '1.6.0',
  id: 'GHSA-test-log4j',
  modified: '2026-01-01T00:00:00Z',
  aliases: ['CVE-2021-44228'],
  affected: [{ package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }] }] }],
};
const springBootJar = readFileSync(new URL('../../src/scanners/deps/ecosystems/java-archive/fixtures/spring-boot/app.jar', import.meta.url));

const home = mkdtempSync(join(tmpdir(), 'rampart-binary-inputs-'));
const db = join(home, 'osv.db');

interface Summary {
  path: string;
  line: number;
  id: string;
  package: string;
  fixed: string[] | undefined;
}

function summarize(result: ScanResult): Summary[] {
  return result.findings.map((finding) => ({
    path: finding.location.path,
    line: finding.location.startLine,
    id: finding.vulnerability!.id,
    package: `${finding.package!.ecosystem}/${finding.package!.name}@${finding.package!.version}`,
    fixed: finding.vulnerability!.fixedVersions,
  }));
}

const expected: Summary[] = [{ path: 'usr/lib/sysimage/rpm/rpmdb.sqlite', line: 1, id: 'ALSA-2099:0001', package: 'AlmaLinux/libtinyssl@1:3.0.7-27.el9', fixed: ['1:3.0.7-28.el9'] }];

describe('binary package inputs (rpm database) end to end', () => {
  before(async () => {
    const records = join(home, 'records');
    mkdirSync(records);
    writeFileSync(join(records, 'ALSA-2099-0001.json'), JSON.stringify(advisory));
    writeFileSync(join(records, 'GHSA-test-log4j.json'), JSON.stringify(mavenAdvisory));
    const imported = await runCli(['db', 'import', records, '--db', db], { cwd: home });
    assert.equal(imported.code, 0, imported.stderr);
  });

  it('rampart scan reads the rpm database of a directory tree as bytes and matches its packages', async () => {
    const tree = makeTree({ 'etc/os-release': osRelease });
    try {
      mkdirSync(join(tree.root, 'usr/lib/sysimage/rpm'), { recursive: true });
      writeFileSync(join(tree.root, 'usr/lib/sysimage/rpm/rpmdb.sqlite'), almaDatabase);
      const outcome = await runCli(['scan', '.', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never', '--db', db], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.deepEqual(result.errors, []);
      assert.deepEqual(summarize(result), expected);
      assert.equal(result.stats.byScanner.deps?.files, 1);
    } finally {
      tree.cleanup();
    }
  });

  it('rampart inventory lists the same packages from a directory and from an image', async () => {
    const tree = makeTree({ 'etc/os-release': osRelease });
    try {
      mkdirSync(join(tree.root, 'usr/lib/sysimage/rpm'), { recursive: true });
      writeFileSync(join(tree.root, 'usr/lib/sysimage/rpm/rpmdb.sqlite'), almaDatabase);
      const fromTree = await runCli(['inventory', '.', '--format', 'json'], { cwd: tree.root });
      assert.equal(fromTree.code, 0, fromTree.stderr);
      const archive = await writeDockerArchive({ layers: [{ entries: [{ name: 'etc/os-release', content: osRelease }] }, { entries: [{ name: 'usr/lib/sysimage/rpm/rpmdb.sqlite', content: almaDatabase }] }] });
      const fromImage = await runCli(['inventory', '--image', 'image.tar', '--format', 'json'], { cwd: dirname(archive) });
      assert.equal(fromImage.code, 0, fromImage.stderr);
      const purls = (stdout: string) => (JSON.parse(stdout) as { packages: { purl: string }[] }).packages.map((item) => item.purl).sort();
      assert.deepEqual(purls(fromTree.stdout), [
        'pkg:rpm/almalinux/libtinyssl@3.0.7-27.el9?arch=x86_64&distro=almalinux-9&epoch=1&upstream=tinyssl',
        'pkg:rpm/almalinux/tinycurl@7.76.1-26.el9?arch=x86_64&distro=almalinux-9',
        'pkg:rpm/almalinux/tinydata@1.0-1.el9?arch=noarch&distro=almalinux-9',
      ]);
      assert.deepEqual(purls(fromImage.stdout), purls(fromTree.stdout));
    } finally {
      tree.cleanup();
    }
  });

  it('rampart image matches the rpm database of an image, with the os-release of a lower layer', async () => {
    const archive = await writeDockerArchive({ layers: [{ entries: [{ name: 'etc/os-release', content: osRelease }] }, { entries: [{ name: 'usr/lib/sysimage/rpm/rpmdb.sqlite', content: almaDatabase }] }] });
    const outcome = await runCli(['image', 'image.tar', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never', '--db', db, '-q'], { cwd: dirname(archive) });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.deepEqual(summarize(JSON.parse(outcome.stdout) as ScanResult), expected);
  });

  it('an SBOM of the image (CycloneDX and SPDX) carries the rpm packages back: scanning it finds the same', async () => {
    const archive = await writeDockerArchive({ layers: [{ entries: [{ name: 'etc/os-release', content: osRelease }] }, { entries: [{ name: 'usr/lib/sysimage/rpm/rpmdb.sqlite', content: almaDatabase }] }] });
    for (const format of ['cyclonedx', 'spdx']) {
      const sbom = await runCli(['sbom', '--image', 'image.tar', '--format', format, '-o', `bom-${format}.json`], { cwd: dirname(archive) });
      assert.equal(sbom.code, 0, sbom.stderr);
      const outcome = await runCli(['scan', '--sbom', `bom-${format}.json`, '--format', 'json', '--fail-on', 'never', '--db', db, '-q'], { cwd: dirname(archive) });
      assert.equal(outcome.code, 0, outcome.stderr);
      const found = summarize(JSON.parse(outcome.stdout) as ScanResult).map(({ id, package: name, fixed }) => ({ id, package: name, fixed }));
      assert.deepEqual(found, expected.map(({ id, package: name, fixed }) => ({ id, package: name, fixed })), format);
    }
  });

  it('finds a vulnerable library bundled in a Spring Boot jar, in a directory and in an image, located inside the archive', async () => {
    const nested = { path: 'srv/app.jar!/BOOT-INF/lib/log4j-core-2.14.1.jar', line: 1, id: 'GHSA-test-log4j', package: 'Maven/org.apache.logging.log4j:log4j-core@2.14.1', fixed: ['2.15.0'] };
    const tree = makeTree({ 'README.md': 'app\n' });
    try {
      mkdirSync(join(tree.root, 'srv'));
      writeFileSync(join(tree.root, 'srv/app.jar'), springBootJar);
      const outcome = await runCli(['scan', '.', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never', '--db', db], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.deepEqual(summarize(result), [nested]);
      assert.match(result.notices.map((notice) => notice.message).join('\n'), /1 bundled Java archive\(s\) without Maven coordinates .*mystery-1\.0\.jar/);
    } finally {
      tree.cleanup();
    }
    const archive = await writeDockerArchive({ layers: [{ entries: [{ name: 'srv/app.jar', content: springBootJar }] }] });
    const fromImage = await runCli(['image', 'image.tar', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never', '--db', db, '-q'], { cwd: dirname(archive) });
    assert.equal(fromImage.code, 0, fromImage.stderr);
    assert.deepEqual(summarize(JSON.parse(fromImage.stdout) as ScanResult), [nested]);
  });
});
