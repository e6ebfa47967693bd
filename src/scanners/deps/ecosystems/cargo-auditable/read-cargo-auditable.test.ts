import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { buildExecutable, type SyntheticFormat } from '../go-binary/fixtures/build-executable.ts';
import { byteSourceOf } from '../../executable-layout.ts';
import { cargoAuditablePackages } from './cargo-auditable-packages.ts';
import { readCargoAuditable } from './read-cargo-auditable.ts';

const list = {
  packages: [
    { name: 'app', version: '0.1.0', source: 'local', dependencies: [1, 3, 4], root: true },
    { name: 'time', version: '0.1.43', source: 'crates.io', dependencies: [2] },
    { name: 'libc', version: '0.2.150', source: 'crates.io' },
    { name: 'cc', version: '1.0.83', source: 'crates.io', kind: 'build' },
    { name: 'private', version: '2.0.0', source: 'git', dependencies: [2] },
  ],
};

function binaryWith(format: SyntheticFormat, data: Uint8Array): Uint8Array {
  return buildExecutable({ format, sections: [{ name: '.text', segment: '__TEXT', data: new Uint8Array(32) }, { name: '.dep-v0', data, writable: false }] });
}

describe('readCargoAuditable', () => {
  for (const format of ['elf64', 'elf32', 'mach-o64', 'pe32+'] as const) {
    it(`reads the compressed dependency list of a ${format} file`, () => {
      const result = readCargoAuditable(byteSourceOf(binaryWith(format, deflateSync(JSON.stringify(list)))));
      assert.equal(result.kind, 'found');
      assert.deepEqual(result.kind === 'found' ? result.packages.map((item) => [item.name, item.source, item.kind, item.root, item.dependencies]) : [], [
        ['app', 'local', 'runtime', true, [1, 3, 4]],
        ['time', 'crates.io', 'runtime', false, [2]],
        ['libc', 'crates.io', 'runtime', false, []],
        ['cc', 'crates.io', 'build', false, []],
        ['private', 'git', 'runtime', false, [2]],
      ]);
    });
  }

  it('says absent for a binary without the section', () => {
    assert.deepEqual(readCargoAuditable(byteSourceOf(buildExecutable({ format: 'elf64', sections: [{ name: '.text', data: new Uint8Array(32) }] }))), { kind: 'absent' });
  });

  it('stops a decompression bomb at the output cap', () => {
    const bomb = deflateSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const result = readCargoAuditable(byteSourceOf(binaryWith('elf64', bomb)));
    assert.equal(result.kind, 'error');
    assert.match(result.kind === 'error' ? result.message : '', /decompresses to more than/);
  });

  it('reports data that is not zlib, not JSON, or indexes outside the list', () => {
    for (const data of [Buffer.from('not zlib at all'), deflateSync('{"packages": ['), deflateSync('{"other": 1}'), deflateSync(JSON.stringify({ packages: [{ name: 'a', version: '1.0.0', dependencies: [7] }] }))]) {
      assert.equal(readCargoAuditable(byteSourceOf(binaryWith('elf64', data))).kind, 'error');
    }
  });

  it('reports a truncated binary', () => {
    const binary = binaryWith('elf64', deflateSync(JSON.stringify(list)));
    assert.equal(readCargoAuditable(byteSourceOf(binary.subarray(0, binary.length - 80))).kind, 'error');
  });
});

describe('cargoAuditablePackages', () => {
  it('makes crates.io packages matchable, others unresolved, with edges, direct and build-only flags', () => {
    const result = readCargoAuditable(byteSourceOf(binaryWith('elf64', deflateSync(JSON.stringify(list)))));
    assert.equal(result.kind, 'found');
    const packages = cargoAuditablePackages('usr/bin/app', result.kind === 'found' ? result.packages : []);
    assert.deepEqual(packages.map((item) => [item.name, item.version, item.purl, item.unresolved?.reason, item.direct, item.dev]), [
      ['app', '0.1.0', 'pkg:cargo/app@0.1.0', 'url', true, false],
      ['time', '0.1.43', 'pkg:cargo/time@0.1.43', undefined, true, false],
      ['libc', '0.2.150', 'pkg:cargo/libc@0.2.150', undefined, false, false],
      ['cc', '1.0.83', 'pkg:cargo/cc@1.0.83', undefined, true, true],
      ['private', '2.0.0', 'pkg:cargo/private@2.0.0', 'url', true, false],
    ]);
    assert.deepEqual(packages[0]!.dependsOn, [{ name: 'time', version: '0.1.43' }, { name: 'cc', version: '1.0.83' }, { name: 'private', version: '2.0.0' }]);
    assert.deepEqual(packages[2]!.dependencyPath, ['time', 'libc']);
    assert.ok(packages.every((item) => item.ecosystem === 'crates.io' && item.location.path === 'usr/bin/app'));
  });
});
