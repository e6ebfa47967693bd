import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDockerArchive } from '../../src/sources/image/fixtures/build-image.ts';
import { runCli } from '../support/cli-harness.ts';

const ecosystems = new URL('../../src/scanners/deps/ecosystems/', import.meta.url).pathname;
/** A real go1.19.8 linux/amd64 binary (stripped) linking golang.org/x/text v0.3.0 and a directory replacement. */
const goBinary = readFileSync(join(ecosystems, 'go-binary/fixtures/linux/app'));
/** A synthetic cargo-auditable ELF whose list has time 0.1.43 and libc 0.2.150 from crates.io. */
const rustBinary = readFileSync(join(ecosystems, 'cargo-auditable/fixtures/linux/usr/bin/rampart-demo'));

const work = mkdtempSync(join(tmpdir(), 'rampart-deps-executables-'));
const db = join(work, 'osv.sqlite');
after(() => rmSync(work, { recursive: true, force: true }));

function advisory(id: string, ecosystem: string, name: string, fixed: string): Record<string, unknown> {
  return { id, modified: '2024-01-01T00:00:00Z', summary: `${name} test advisory`, affected: [{ package: { ecosystem, name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed }] }] }] };
}

interface Finding {
  location: { path: string; startLine: number; layer?: string };
  package?: { ecosystem: string; name: string; version: string; purl?: string };
  vulnerability?: { id: string; fixedVersions?: string[] };
}

const summary = (findings: Finding[]) => findings.map((finding) => [finding.location.path, finding.package?.name, finding.package?.version, finding.vulnerability?.id]).sort((a, b) => String(a).localeCompare(String(b)));

describe('Go and cargo-auditable executables', () => {
  before(async () => {
    mkdirSync(join(work, 'osv'));
    const records = [
      advisory('GO-TEST-0001', 'Go', 'golang.org/x/text', '0.3.3'),
      // The binary's toolchain is go1.19.8: affected below 1.19.9, not by the one fixed in 1.19.6.
      advisory('GO-TEST-0002', 'Go', 'stdlib', '1.19.9'),
      advisory('GO-TEST-0003', 'Go', 'stdlib', '1.19.6'),
      advisory('RUSTSEC-TEST-0001', 'crates.io', 'time', '0.2.23'),
      // A crate of the same name in a git source is not the crates.io one.
      advisory('RUSTSEC-TEST-0002', 'crates.io', 'internal-helpers', '9.0.0'),
    ];
    for (const record of records) writeFileSync(join(work, 'osv', `${record.id}.json`), JSON.stringify(record));
    const imported = await runCli(['db', 'import', 'osv', '--db', db], { cwd: work });
    assert.equal(imported.code, 0, imported.stderr);
  });

  it('finds vulnerable modules, the standard library and crates in executables of a directory', async () => {
    const tree = mkdtempSync(join(work, 'tree-'));
    mkdirSync(join(tree, 'bin'));
    writeFileSync(join(tree, 'bin', 'app'), goBinary);
    writeFileSync(join(tree, 'bin', 'rampart-demo'), rustBinary);
    cpSync('/dev/null', join(tree, 'bin', 'empty'));
    const outcome = await runCli(['scan', '.', '--scanners', 'deps', '--db', db, '-f', 'json', '--fail-on', 'never'], { cwd: tree });
    assert.equal(outcome.code, 0, outcome.stderr);
    const report = JSON.parse(outcome.stdout) as { findings: Finding[]; errors: unknown[] };
    assert.deepEqual(report.errors, []);
    assert.deepEqual(summary(report.findings), [
      ['bin/app', 'golang.org/x/text', 'v0.3.0', 'GO-TEST-0001'],
      ['bin/app', 'stdlib', '1.19.8', 'GO-TEST-0002'],
      ['bin/rampart-demo', 'time', '0.1.43', 'RUSTSEC-TEST-0001'],
    ]);
    const text = report.findings.find((finding) => finding.package?.name === 'golang.org/x/text')!;
    assert.equal(text.location.startLine, 1);
    assert.equal(text.package?.purl, 'pkg:golang/golang.org/x/text@v0.3.0');
    assert.deepEqual(text.vulnerability?.fixedVersions, ['0.3.3']);
  });

  it('lists the packages of executables in the inventory', async () => {
    const tree = mkdtempSync(join(work, 'inventory-'));
    writeFileSync(join(tree, 'app'), goBinary);
    writeFileSync(join(tree, 'demo.exe'), readFileSync(join(ecosystems, 'cargo-auditable/fixtures/windows/rampart-demo.exe')));
    const outcome = await runCli(['inventory', '.', '-f', 'json'], { cwd: tree });
    assert.equal(outcome.code, 0, outcome.stderr);
    const inventory = JSON.parse(outcome.stdout) as { files: string[]; packages: { ecosystem: string; name: string; version?: string; location: { path: string } }[] };
    assert.deepEqual(inventory.files.sort(), ['app', 'demo.exe']);
    assert.deepEqual(inventory.packages.filter((item) => item.location.path === 'app').map((item) => `${item.name}@${item.version ?? '-'}`), ['stdlib@1.19.8', 'example.com/app@-', 'example.com/local@-', 'golang.org/x/text@v0.3.0']);
    assert.equal(inventory.packages.filter((item) => item.location.path === 'demo.exe' && item.ecosystem === 'crates.io').length, 6);
  });

  it('writes the packages of executables into an SBOM that scans to the same vulnerabilities', async () => {
    const tree = mkdtempSync(join(work, 'sbom-'));
    writeFileSync(join(tree, 'app'), goBinary);
    writeFileSync(join(tree, 'rampart-demo'), rustBinary);
    const written = await runCli(['sbom', '.', '-o', join(work, 'bom.json')], { cwd: tree });
    assert.equal(written.code, 0, written.stderr);
    const bom = JSON.parse(readFileSync(join(work, 'bom.json'), 'utf8')) as { components: { purl?: string }[] };
    const purls = bom.components.map((component) => component.purl).filter((purl) => purl !== undefined);
    for (const purl of ['pkg:golang/stdlib@1.19.8', 'pkg:golang/golang.org/x/text@v0.3.0', 'pkg:cargo/time@0.1.43']) assert.ok(purls.includes(purl), `${purl} in ${purls.join(', ')}`);
    const scanned = await runCli(['scan', '--sbom', join(work, 'bom.json'), '--db', db, '-f', 'json', '--fail-on', 'never'], { cwd: tree });
    assert.equal(scanned.code, 0, scanned.stderr);
    const ids = (JSON.parse(scanned.stdout) as { findings: Finding[] }).findings.map((finding) => finding.vulnerability?.id);
    // A git-sourced crate's purl carries no qualifier saying so (as for Cargo.lock git sources), so
    // read back from the SBOM it also meets RUSTSEC-TEST-0002: only the registry findings are compared.
    assert.deepEqual(ids.filter((id) => id !== 'RUSTSEC-TEST-0002').sort(), ['GO-TEST-0001', 'GO-TEST-0002', 'RUSTSEC-TEST-0001']);
  });

  it('reads executables of an image\'s final filesystem only', async () => {
    const archive = await writeDockerArchive({
      layers: [
        { entries: [{ name: 'usr/local/bin/old-app', content: goBinary }, { name: 'usr/bin/rampart-demo', content: rustBinary }] },
        { createdBy: '/bin/sh -c rm /usr/local/bin/old-app', entries: [{ name: 'usr/local/bin/.wh.old-app', content: '' }, { name: 'srv/app', content: goBinary }] },
      ],
    });
    const outcome = await runCli(['image', archive, '--scanners', 'deps', '--db', db, '-f', 'json', '-q', '--fail-on', 'never'], { cwd: work });
    assert.equal(outcome.code, 0, outcome.stderr);
    const report = JSON.parse(outcome.stdout) as { findings: Finding[] };
    assert.deepEqual(summary(report.findings), [
      ['srv/app', 'golang.org/x/text', 'v0.3.0', 'GO-TEST-0001'],
      ['srv/app', 'stdlib', '1.19.8', 'GO-TEST-0002'],
      ['usr/bin/rampart-demo', 'time', '0.1.43', 'RUSTSEC-TEST-0001'],
    ]);
    assert.ok(report.findings.every((finding) => finding.location.layer?.startsWith('sha256:')));
  });
});
