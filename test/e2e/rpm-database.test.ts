import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { rpmBerkeleyParser } from '../../src/scanners/deps/ecosystems/rpm-berkeley/rpm-berkeley.ts';
import { rpmSqliteParser } from '../../src/scanners/deps/ecosystems/rpm-sqlite/rpm-sqlite.ts';
import type { BinaryPackageParser } from '../../src/scanners/deps/inventory-package.ts';

/**
 * rampart's rpm database readers against rpm itself (the `rpm` Debian package, installed by
 * .ci/run): packages built with rpmbuild, installed into a fresh SQLite database, must read back
 * as `rpm -qa` lists them; the committed Berkeley DB fixture must read as rpm reads it.
 */
const work = mkdtempSync(join(tmpdir(), 'rampart-rpmdb-'));
after(() => rmSync(work, { recursive: true, force: true }));

const queryFormat = '%{NAME} %{EPOCHNUM}:%{VERSION}-%{RELEASE} %{ARCH} %{SOURCERPM} %{LICENSE}\\n';

function rpm(args: string[]): string {
  return execFileSync('rpm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** What rampart reads, in the same shape as the query format above. */
function rampartList(parser: BinaryPackageParser, path: string, bytes: Uint8Array): string[] {
  const result = parser.parseBytes({ path, bytes });
  assert.deepEqual(result.errors, []);
  return result.packages.map((item) => {
    // An optional leading `epoch:`, which rpm's %{EPOCHNUM} prints as 0 when absent.
    const [, epoch] = /^(?:(\d+):)?/.exec(item.version!)!;
    const versionRelease = item.version!.replace(/^\d+:/, '');
    const upstream = new URLSearchParams(item.purl!.split('?')[1]).get('upstream') ?? item.name;
    return `${item.name} ${epoch ?? '0'}:${versionRelease} ${item.architecture} ${upstream} ${item.licenses?.[0]}`;
  }).sort();
}

/** rpm's list, with the source rpm file name cut to the source package name as rampart records it. */
function rpmList(output: string): string[] {
  // ` name-version-release.src.rpm ` → ` name `: the source file name without version, release and suffix.
  return output.trim().split('\n').map((line) => line.replace(/ (\S+)-[^-\s]+-[^-\s]+\.src\.rpm /, ' $1 ')).sort();
}

describe('rpm databases read as rpm reads them', () => {
  it('an rpmdb.sqlite that rpm itself wrote, from packages rpmbuild built', () => {
    const top = join(work, 'build');
    const specs = [
      { name: 'alpha', version: '2.4.1', release: '3.el9', epoch: 2, arch: 'x86_64', license: 'MIT' },
      { name: 'beta', version: '0.9~rc1', release: '1.el9_2', epoch: 0, arch: 'noarch', license: 'GPL-2.0-or-later' },
      { name: 'gamma', version: '10.0', release: '7.el9', epoch: 0, arch: 'x86_64', license: 'Apache-2.0' },
    ];
    for (const spec of specs) {
      const file = join(work, `${spec.name}.spec`);
      writeFileSync(file, [`Name: ${spec.name}`, `Version: ${spec.version}`, `Release: ${spec.release}`, ...(spec.epoch ? [`Epoch: ${spec.epoch}`] : []), `Summary: test ${spec.name}`, `License: ${spec.license}`, `BuildArch: ${spec.arch}`, '%description', 'test', `%package -n lib${spec.name}`, `Summary: library of ${spec.name}`, `%description -n lib${spec.name}`, 'lib', '%files', `%files -n lib${spec.name}`, ''].join('\n'));
      execFileSync('rpmbuild', ['--define', `_topdir ${top}`, '-bb', file], { stdio: 'ignore' });
    }
    const packages = readdirSync(join(top, 'RPMS'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.rpm')).map((name) => join(top, 'RPMS', name));
    assert.equal(packages.length, 6);
    const dbpath = join(work, 'db');
    mkdirSync(dbpath);
    rpm(['--dbpath', dbpath, '--define', '_db_backend sqlite', '--initdb']);
    rpm(['--dbpath', dbpath, '--define', '_db_backend sqlite', '-i', '--justdb', '--nodeps', '--noscripts', '--ignorearch', '--ignoreos', ...packages]);
    const expected = rpmList(rpm(['--dbpath', dbpath, '--define', '_db_backend sqlite', '-qa', '--queryformat', queryFormat]));
    assert.equal(expected.length, 6);
    assert.deepEqual(rampartList(rpmSqliteParser, 'var/lib/rpm/rpmdb.sqlite', readFileSync(join(dbpath, 'rpmdb.sqlite'))), expected);
  });

  it('the committed Berkeley DB fixtures (4096- and 512-byte pages, headers on overflow chains)', () => {
    for (const fixture of ['amzn2', 'centos7']) {
      const source = new URL(`../../src/scanners/deps/ecosystems/rpm-berkeley/fixtures/${fixture}/var/lib/rpm/Packages`, import.meta.url);
      const dbpath = join(work, `bdb-${fixture}`);
      mkdirSync(dbpath);
      copyFileSync(source, join(dbpath, 'Packages'));
      const expected = rpmList(rpm(['--dbpath', dbpath, '--define', '_db_backend bdb_ro', '-qa', '--queryformat', queryFormat]));
      assert.equal(expected.length, 3);
      assert.deepEqual(rampartList(rpmBerkeleyParser, 'var/lib/rpm/Packages', readFileSync(source)), expected, fixture);
    }
  });
});
