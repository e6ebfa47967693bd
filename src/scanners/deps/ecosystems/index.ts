import type { PackageParser } from '../inventory-package.ts';
import { apkInstalledParser } from './apk-installed/apk-installed.ts';
import { bunLockParser } from './bun-lock/bun-lock.ts';
import { cargoAuditableParser } from './cargo-auditable/cargo-auditable.ts';
import { cargoLockParser } from './cargo-lock/cargo-lock.ts';
import { composerLockParser } from './composer-lock/composer-lock.ts';
import { gemfileLockParser } from './gemfile-lock/gemfile-lock.ts';
import { dpkgStatusParser } from './dpkg-status/dpkg-status.ts';
import { goBinaryParser } from './go-binary/go-binary.ts';
import { goModParser } from './go-mod/go-mod.ts';
import { gradleLockfileParser } from './gradle-lockfile/gradle-lockfile.ts';
import { mavenPomParser } from './maven-pom/maven-pom.ts';
import { npmPackageLockParser } from './npm-package-lock/npm-package-lock.ts';
import { nodeModulesPackageParser } from './node-modules-package/node-modules-package.ts';
import { nugetPackagesLockParser } from './nuget-packages-lock/nuget-packages-lock.ts';
import { pdmLockParser } from './pdm-lock/pdm-lock.ts';
import { pipRequirementsParser } from './pip-requirements/pip-requirements.ts';
import { rpmSqliteParser } from './rpm-sqlite/rpm-sqlite.ts';
import { rpmBerkeleyParser } from './rpm-berkeley/rpm-berkeley.ts';
import { rpmNdbParser } from './rpm-ndb/rpm-ndb.ts';
import { javaArchiveParser } from './java-archive/java-archive.ts';
import { pythonDistInfoParser } from './python-dist-info/python-dist-info.ts';
import { rubyGemspecParser } from './ruby-gemspec/ruby-gemspec.ts';
import { composerInstalledParser } from './composer-installed/composer-installed.ts';
import { pipfileLockParser } from './pipfile-lock/pipfile-lock.ts';
import { pnpmLockParser } from './pnpm-lock/pnpm-lock.ts';
import { poetryLockParser } from './poetry-lock/poetry-lock.ts';
import { uvLockParser } from './uv-lock/uv-lock.ts';
import { yarnLockParser } from './yarn-lock/yarn-lock.ts';

/** Every lockfile and manifest format and binary package input, one line each; the meta-test checks each has fixtures. */
export const lockfileParsers = [
  npmPackageLockParser,
  yarnLockParser,
  pnpmLockParser,
  bunLockParser,
  pipRequirementsParser,
  poetryLockParser,
  pipfileLockParser,
  uvLockParser,
  pdmLockParser,
  goModParser,
  cargoLockParser,
  gemfileLockParser,
  composerLockParser,
  gradleLockfileParser,
  mavenPomParser,
  nugetPackagesLockParser,
  dpkgStatusParser,
  apkInstalledParser,
  nodeModulesPackageParser,
  pythonDistInfoParser,
  rubyGemspecParser,
  composerInstalledParser,
  rpmSqliteParser,
  rpmBerkeleyParser,
  rpmNdbParser,
  javaArchiveParser,
  goBinaryParser,
  cargoAuditableParser,
] as const satisfies readonly PackageParser[];

/**
 * Text inputs that record what a package manager installed, as opposed to what a lockfile or
 * manifest declares; every binary input (rpm databases, archives, executables) is installed too.
 * An image is judged by these alone.
 */
export const installedTextParsers: ReadonlySet<PackageParser> = new Set<PackageParser>([
  dpkgStatusParser,
  apkInstalledParser,
  nodeModulesPackageParser,
  pythonDistInfoParser,
  rubyGemspecParser,
  composerInstalledParser,
]);
