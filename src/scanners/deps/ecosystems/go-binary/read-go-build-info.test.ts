import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildExecutable, buildUniversal, goBuildInfoSection, goModinfoEnd, goModinfoStart, type SyntheticFormat } from './fixtures/build-executable.ts';
import { byteSourceOf, readExecutableLayout, sniffExecutable } from '../../executable-layout.ts';
import { cargoAuditableParser } from '../cargo-auditable/cargo-auditable.ts';
import { goBinaryParser } from './go-binary.ts';
import { goBuildPackages, toolchainVersion } from './go-build-packages.ts';
import { readGoBuildInfo } from './read-go-build-info.ts';

const modinfo = 'path\texample.com/app\nmod\texample.com/app\t(devel)\t\ndep\tgolang.org/x/text\tv0.3.0\th1:abc=\nbuild\tGOOS=linux\n';
const code = { name: '.text', data: new Uint8Array(64).fill(0x90) };

function read(bytes: Uint8Array) {
  return readGoBuildInfo(byteSourceOf(bytes));
}

describe('readGoBuildInfo', () => {
  const named: Record<SyntheticFormat, string> = { elf64: '.go.buildinfo', elf32: '.go.buildinfo', 'elf64-be': '.go.buildinfo', 'mach-o64': '__go_buildinfo', 'pe32+': '.data', pe32: '.data' };
  for (const [format, name] of Object.entries(named) as [SyntheticFormat, string][]) {
    it(`reads the inline (Go 1.18+) form from a ${format} file's ${name}`, () => {
      const binary = buildExecutable({ format, sections: [{ ...code, segment: '__TEXT' }, { name, data: goBuildInfoSection('go1.19.8', modinfo), writable: true }] });
      assert.deepEqual(read(binary), { kind: 'found', goVersion: 'go1.19.8', modinfo });
    });
  }

  it('reads the first architecture of a universal Mach-O, and leaves Java class files alone', () => {
    const slice = buildExecutable({ format: 'mach-o64', sections: [{ ...code, segment: '__TEXT' }, { name: '__go_buildinfo', data: goBuildInfoSection('go1.21.5', modinfo), writable: true }] });
    const universal = buildUniversal([slice, slice]);
    assert.equal(sniffExecutable(universal), 'mach-o');
    assert.deepEqual(read(universal), { kind: 'found', goVersion: 'go1.21.5', modinfo });
    assert.equal(read(universal.subarray(0, 0x1000 + 40)).kind, 'error');
    // A class file: the same magic, then minor version 0 and major version 52.
    assert.equal(sniffExecutable(Uint8Array.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52])), undefined);
  });

  it('finds the header in the writable segment of an ELF file without section headers, on a 16-byte boundary only', () => {
    const decoy = Buffer.concat([Buffer.alloc(8), Buffer.from('\xff Go buildinf:', 'latin1'), Buffer.alloc(10)]);
    const data = Buffer.concat([decoy, Buffer.alloc(16 - (decoy.length % 16)), goBuildInfoSection('go1.21.0', modinfo)]);
    const binary = buildExecutable({ format: 'elf64', withoutSectionHeaders: true, sections: [code, { name: '.data', data, writable: true }] });
    const layout = readExecutableLayout(byteSourceOf(binary));
    assert.ok(layout.ok && layout.layout.sections.length === 0);
    assert.deepEqual(read(binary), { kind: 'found', goVersion: 'go1.21.0', modinfo });
  });

  it('follows the pointers of the form Go 1.13 to 1.17 wrote', () => {
    const address = 0x4c0000;
    const version = Buffer.from('go1.16.15');
    const framed = Buffer.concat([goModinfoStart, Buffer.from(modinfo), goModinfoEnd]);
    const data = Buffer.alloc(64 + version.length + framed.length);
    data.write('\xff Go buildinf:', 0, 'latin1');
    data[14] = 8;
    data[15] = 0;
    data.writeBigUInt64LE(BigInt(address + 32), 16);
    data.writeBigUInt64LE(BigInt(address + 48), 24);
    data.writeBigUInt64LE(BigInt(address + 64), 32);
    data.writeBigUInt64LE(BigInt(version.length), 40);
    data.writeBigUInt64LE(BigInt(address + 64 + version.length), 48);
    data.writeBigUInt64LE(BigInt(framed.length), 56);
    version.copy(data, 64);
    framed.copy(data, 64 + version.length);
    const binary = buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data, address, writable: true }] });
    assert.deepEqual(read(binary), { kind: 'found', goVersion: 'go1.16.15', modinfo });
  });

  it('says not-go for executables without the header', () => {
    assert.deepEqual(read(buildExecutable({ format: 'elf64', sections: [code, { name: '.data', data: new Uint8Array(256), writable: true }] })), { kind: 'not-go' });
    assert.deepEqual(read(buildExecutable({ format: 'pe32+', sections: [code] })), { kind: 'not-go' });
  });

  it('says not-go, not error, for files that only start like an executable', () => {
    assert.deepEqual(read(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x41)])), { kind: 'not-go' });
    assert.deepEqual(read(Buffer.from('MZ')), { kind: 'not-go' });
    assert.deepEqual(read(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 9, 1]), Buffer.alloc(100)])), { kind: 'not-go' });
  });

  it('reports a truncated file or a section that claims bytes past the end as an error', () => {
    const binary = buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data: goBuildInfoSection('go1.19.8', modinfo), writable: true }] });
    const truncated = read(binary.subarray(0, binary.length - 100));
    assert.equal(truncated.kind, 'error');
    assert.equal(read(binary.subarray(0, 40)).kind, 'error');

    // Section header 2 (.go.buildinfo) claims 2^40 bytes.
    const lying = Buffer.from(binary);
    const shoff = Number(lying.readBigUInt64LE(0x28));
    lying.writeBigUInt64LE(2n ** 40n, shoff + 2 * 64 + 32);
    const result = read(lying);
    assert.equal(result.kind, 'error');
    assert.match(result.kind === 'error' ? result.message : '', /\.go\.buildinfo claims bytes/);

    // Sixty million section headers.
    const many = Buffer.from(binary);
    many.writeUInt16LE(0, 0x3c);
    many.writeBigUInt64LE(60_000_000n, shoff + 32);
    assert.equal(read(many).kind, 'error');
  });

  it('refuses an inline string longer than its section', () => {
    const section = Buffer.from(goBuildInfoSection('go1.19.8', modinfo));
    section[32] = 0xff;
    section[33] = 0xff;
    section[34] = 0x7f;
    const result = read(buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data: section, writable: true }] }));
    assert.equal(result.kind, 'error');
  });

  it('reads no module text when the sentinels are missing', () => {
    const header = Buffer.alloc(32);
    header.write('\xff Go buildinf:', 0, 'latin1');
    header[14] = 8;
    header[15] = 2;
    const data = Buffer.concat([header, Buffer.from([8]), Buffer.from('go1.19.8'), Buffer.from([0])]);
    assert.deepEqual(read(buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data, writable: true }] })), { kind: 'found', goVersion: 'go1.19.8', modinfo: '' });
  });
});

describe('goBuildPackages', () => {
  it('lists stdlib, the main module without a version, dependencies and replacements', () => {
    const text = [
      'path\texample.com/app',
      'mod\texample.com/app\t(devel)\t',
      'dep\tgolang.org/x/text\tv0.3.0\th1:abc=',
      'dep\tgithub.com/old/name\tv1.0.0\th1:x=',
      '=>\tgithub.com/new/name\tv1.2.0\th1:y=',
      'dep\texample.com/local\tv0.1.0\t',
      '=>\t../local\t(devel)\t',
      'build\t-compiler=gc',
      '',
    ].join('\n');
    const { packages, notices } = goBuildPackages('bin/app', 'go1.20.3', text);
    assert.deepEqual(notices, []);
    assert.deepEqual(packages.map((item) => [item.name, item.version, item.purl, item.unresolved?.reason, item.direct]), [
      ['stdlib', '1.20.3', 'pkg:golang/stdlib@1.20.3', undefined, undefined],
      ['example.com/app', undefined, 'pkg:golang/example.com/app', 'unpinned', true],
      ['golang.org/x/text', 'v0.3.0', 'pkg:golang/golang.org/x/text@v0.3.0', undefined, undefined],
      ['github.com/new/name', 'v1.2.0', 'pkg:golang/github.com/new/name@v1.2.0', undefined, undefined],
      ['example.com/local', undefined, 'pkg:golang/example.com/local', 'local-replace', undefined],
    ]);
    assert.ok(packages.every((item) => item.ecosystem === 'Go' && item.location.path === 'bin/app' && item.dev === false));
  });

  it('keeps a main module version stamped from version control', () => {
    const { packages } = goBuildPackages('app', 'go1.24.0', 'path\texample.com/app\nmod\texample.com/app\tv1.4.2\th1:z=\n');
    assert.deepEqual(packages.map((item) => [item.name, item.version]), [['stdlib', '1.24.0'], ['example.com/app', 'v1.4.2']]);
  });

  it('turns toolchain versions into OSV stdlib versions and says so when it cannot', () => {
    assert.equal(toolchainVersion('go1.19.8'), '1.19.8');
    assert.equal(toolchainVersion('go1.20'), '1.20.0');
    assert.equal(toolchainVersion('go1.21rc2'), '1.21.0-rc.2');
    assert.equal(toolchainVersion('go1.22.1 X:boringcrypto'), '1.22.1');
    assert.equal(toolchainVersion('devel go1.23-abcdef'), undefined);
    const { packages, notices } = goBuildPackages('app', 'devel go1.23-abcdef', '');
    assert.deepEqual(packages, []);
    assert.equal(notices.length, 1);
  });
});

describe('goBinaryParser', () => {
  it('says when a Go binary was built without modules and lists only the standard library', () => {
    const binary = buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data: goBuildInfoSection('go1.19.8', 'path\tgithub.com/example/tool\nbuild\tGOOS=linux\n'), writable: true }] });
    const result = goBinaryParser.parseBytes({ path: 'usr/bin/tool', bytes: binary });
    assert.deepEqual(result.packages.map((item) => `${item.name}@${item.version}`), ['stdlib@1.19.8']);
    assert.equal(result.notices.length, 1);
    assert.match(result.notices[0]!.message, /built without modules/);
  });

  it('reports a damaged executable as one error naming it', () => {
    const result = goBinaryParser.parseBytes({ path: 'usr/bin/broken', bytes: buildExecutable({ format: 'elf64', sections: [code] }).subarray(0, 100) });
    assert.deepEqual(result.errors.map((error) => [error.path, error.code]), [['usr/bin/broken', 'RAMPART_E_PARSE']]);
  });
});

describe('executables cut short or damaged', () => {
  const real = readFileSync(new URL('fixtures/linux/app', import.meta.url));

  it('never throws and never reports packages past the cut, wherever a real Go binary is truncated', () => {
    for (let cut = 0; cut < real.length; cut += 3917) {
      const result = goBinaryParser.parseBytes({ path: 'app', bytes: real.subarray(0, cut) });
      assert.ok(result.packages.length === 0 || cut > 765_000, `cut at ${cut}`);
      for (const error of result.errors) assert.equal(error.path, 'app');
      cargoAuditableParser.parseBytes({ path: 'app', bytes: real.subarray(0, cut) });
    }
  });

  it('never throws when any header byte of a real Go binary is overwritten', () => {
    for (let at = 0; at < 64; at++) {
      for (const value of [0x00, 0xff, 0x80]) {
        const damaged = Buffer.from(real);
        damaged[at] = value;
        const result = goBinaryParser.parseBytes({ path: 'app', bytes: damaged });
        assert.ok(Array.isArray(result.packages) && Array.isArray(result.errors));
      }
    }
  });
});
