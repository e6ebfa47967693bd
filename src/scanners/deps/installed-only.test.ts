import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../core/source-file.ts';
import { isDeclaredPackageFile, parserFor } from './collect-inventory.ts';
import { installedTextParsers, lockfileParsers } from './ecosystems/index.ts';
import { isBinaryParser, type PackageParser } from './inventory-package.ts';
import { createDepsScanner } from './index.ts';

// Each path with the parser that must claim it, so a renamed path cannot make the test vacuous.
const declared = [
  ['app/package-lock.json', 'npm-package-lock'],
  ['app/yarn.lock', 'yarn-lock'],
  ['app/pnpm-lock.yaml', 'pnpm-lock'],
  ['srv/requirements.txt', 'pip-requirements'],
  ['srv/poetry.lock', 'poetry-lock'],
  ['srv/Gemfile.lock', 'gemfile-lock'],
  ['srv/composer.lock', 'composer-lock'],
  ['srv/Cargo.lock', 'cargo-lock'],
  ['srv/go.mod', 'go-mod'],
  ['srv/pom.xml', 'maven-pom'],
  ['srv/packages.lock.json', 'nuget-packages-lock'],
] as const;
const installed = [
  ['var/lib/dpkg/status', 'dpkg-status'],
  ['lib/apk/db/installed', 'apk-installed'],
  ['app/node_modules/lodash/package.json', 'node-modules-package'],
  ['usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA', 'python-dist-info'],
  ['var/lib/rpm/rpmdb.sqlite', 'rpm-sqlite'],
  ['opt/app/lib/app.jar', 'java-archive'],
] as const;

const file = (path: string): SourceFile => ({ path, read: async () => null }) as unknown as SourceFile;

describe('installed packages only (image scans)', () => {
  it('tells lockfiles and manifests from records of installed packages', () => {
    for (const [path, id] of [...declared, ...installed]) assert.equal(parserFor(path)?.id, id, path);
    for (const [path] of declared) assert.equal(isDeclaredPackageFile(path), true, path);
    for (const [path] of installed) assert.equal(isDeclaredPackageFile(path), false, path);
    assert.equal(isDeclaredPackageFile('app/README.md'), false);
  });

  it('classifies every text parser: a new reader of installed packages must join installedTextParsers or images lose it', () => {
    const declaredIds = (lockfileParsers as readonly PackageParser[]).filter((parser) => !isBinaryParser(parser) && !installedTextParsers.has(parser)).map((parser) => parser.id).sort();
    assert.deepEqual(declaredIds, ['bun-lock', 'cargo-lock', 'composer-lock', 'gemfile-lock', 'go-mod', 'gradle-lockfile', 'maven-pom', 'npm-package-lock', 'nuget-packages-lock', 'pdm-lock', 'pip-requirements', 'pipfile-lock', 'pnpm-lock', 'poetry-lock', 'uv-lock', 'yarn-lock']);
  });

  it('makes the deps scanner leave lockfiles alone, and only then', () => {
    const imageScanner = createDepsScanner({ installedOnly: true });
    const treeScanner = createDepsScanner();
    assert.equal(imageScanner.claims(file('app/package-lock.json')), false);
    assert.equal(imageScanner.claims(file('app/node_modules/lodash/package.json')), true);
    assert.equal(imageScanner.claims(file('var/lib/dpkg/status')), true);
    assert.equal(treeScanner.claims(file('app/package-lock.json')), true);
  });
});
