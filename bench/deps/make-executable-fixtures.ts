/**
 * Writes the synthetic executables under the go-binary and cargo-auditable fixture folders (the
 * real Go binary there was built once with `go build -trimpath -ldflags='-s -w'`, see
 * check-go-binaries.ts). Rerun after changing src/scanners/deps/ecosystems/go-binary/fixtures/build-executable.ts, then regenerate
 * the `.expect.json` files and review the diff.
 *
 *   node --import tsx bench/deps/make-executable-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { buildExecutable, goBuildInfoSection, goModinfoEnd, goModinfoStart } from '../../src/scanners/deps/ecosystems/go-binary/fixtures/build-executable.ts';

const ecosystems = join(dirname(fileURLToPath(import.meta.url)), '../../src/scanners/deps/ecosystems');
const code = { name: '.text', segment: '__TEXT', data: new Uint8Array(48).fill(0xcc) };

function write(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(join(ecosystems, path)), { recursive: true });
  writeFileSync(join(ecosystems, path), bytes);
}

const serverModinfo = [
  'path\texample.com/server/cmd/server',
  'mod\texample.com/server\tv1.4.2\th1:c2VydmVyLW1vZHVsZS1zdW0tZmFrZS0wMDAwMDAwMDA=',
  'dep\tgithub.com/gorilla/websocket\tv1.4.0\th1:d2Vic29ja2V0LW1vZHVsZS1zdW0tZmFrZS0wMDAwMDA=',
  'dep\tgolang.org/x/net\tv0.7.0\th1:bmV0LW1vZHVsZS1zdW0tZmFrZS0wMDAwMDAwMDAwMDA=',
  'dep\tgithub.com/old/yaml\tv2.0.0+incompatible\t',
  '=>\tgopkg.in/yaml.v3\tv3.0.0\th1:eWFtbC1tb2R1bGUtc3VtLWZha2UtMDAwMDAwMDAwMDA=',
  'build\t-compiler=gc',
  'build\tCGO_ENABLED=0',
  'build\tGOOS=darwin',
  'build\tvcs=git',
  'build\tvcs.revision=0123456789abcdef0123456789abcdef01234567',
  '',
].join('\n');

write('go-binary/fixtures/darwin/server', buildExecutable({ format: 'mach-o64', sections: [code, { name: '__go_buildinfo', segment: '__DATA', data: goBuildInfoSection('go1.20.1', serverModinfo), writable: true }] }));
write('go-binary/fixtures/windows/tool.exe', buildExecutable({ format: 'pe32+', sections: [code, { name: '.data', data: goBuildInfoSection('go1.22.0', serverModinfo.replace('GOOS=darwin', 'GOOS=windows')), writable: true }] }));

// A GOPATH-mode build (as Debian packages Go programs): a path, no module lines; 32-bit.
write('go-binary/fixtures/gopath/usr/bin/tool', buildExecutable({ format: 'elf32', sections: [code, { name: '.go.buildinfo', data: goBuildInfoSection('go1.19.8', 'path\tgithub.com/example/tool/cmd/tool\nbuild\t-compiler=gc\nbuild\tGOARCH=386\n', { pointerSize: 4 }), writable: true }] }));

// Go 1.16: pointers from the header to Go string headers, then the strings.
const legacyAddress = 0x5a0000;
const legacyVersion = Buffer.from('go1.16.15');
const legacyModinfo = Buffer.concat([goModinfoStart, Buffer.from('path\texample.com/legacy\nmod\texample.com/legacy\t(devel)\t\ndep\tgithub.com/dgrijalva/jwt-go\tv3.2.0+incompatible\th1:7qlOGliEKZXTDg6OTjfoBKDXWrumCAMpl/TFQ4/5kLM=\n'), goModinfoEnd]);
const legacy = Buffer.alloc(64 + legacyVersion.length + legacyModinfo.length);
legacy.write('\xff Go buildinf:', 0, 'latin1');
legacy[14] = 8;
legacy.writeBigUInt64LE(BigInt(legacyAddress + 32), 16);
legacy.writeBigUInt64LE(BigInt(legacyAddress + 48), 24);
legacy.writeBigUInt64LE(BigInt(legacyAddress + 64), 32);
legacy.writeBigUInt64LE(BigInt(legacyVersion.length), 40);
legacy.writeBigUInt64LE(BigInt(legacyAddress + 64 + legacyVersion.length), 48);
legacy.writeBigUInt64LE(BigInt(legacyModinfo.length), 56);
legacyVersion.copy(legacy, 64);
legacyModinfo.copy(legacy, 64 + legacyVersion.length);
write('go-binary/fixtures/legacy/usr/local/bin/legacy', buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data: legacy, address: legacyAddress, writable: true }] }));

// Cut inside the build info section: the section table says more bytes than the file has.
const whole = buildExecutable({ format: 'elf64', sections: [code, { name: '.go.buildinfo', data: goBuildInfoSection('go1.21.0', serverModinfo), writable: true }] });
write('go-binary/fixtures/malformed/truncated', whole.subarray(0, 300));

const auditable = {
  packages: [
    { name: 'rampart-demo', version: '0.3.0', source: 'local', dependencies: [1, 2, 4, 5], root: true },
    { name: 'smallvec', version: '1.6.0', source: 'crates.io' },
    { name: 'time', version: '0.1.43', source: 'crates.io', dependencies: [3] },
    { name: 'libc', version: '0.2.150', source: 'crates.io' },
    { name: 'cc', version: '1.0.83', source: 'crates.io', kind: 'build' },
    { name: 'internal-helpers', version: '0.1.0', source: 'git', dependencies: [3] },
  ],
};
const depSection = deflateSync(JSON.stringify(auditable));
write('cargo-auditable/fixtures/linux/usr/bin/rampart-demo', buildExecutable({ format: 'elf64', sections: [code, { name: '.dep-v0', data: depSection }] }));
write('cargo-auditable/fixtures/windows/rampart-demo.exe', buildExecutable({ format: 'pe32+', sections: [code, { name: '.dep-v0', data: depSection }] }));
write('cargo-auditable/fixtures/malformed/not-zlib', buildExecutable({ format: 'elf64', sections: [code, { name: '.dep-v0', data: Buffer.from('{"packages":[]}') }] }));
