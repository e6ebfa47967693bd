import { createPackage } from '../../create-package.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import type { ScanError } from '../../../../core/finding.ts';

/** Gradle dependency locking: `group:artifact:version=configuration,…` per line (gradle.lockfile, buildscript-gradle.lockfile). */
export const gradleLockfileParser = {
  id: 'gradle-lockfile',
  ecosystem: 'Maven',
  claims: (path) => /(?:^|\/)(?:[\w.-]+-)?gradle\.lockfile$/.test(path),
  parse,
} as const satisfies LockfileParser;

/** `group:artifact:version=conf1,conf2`; group and artifact have no `:`, the version no `=`. */
const lockLine = /^([^:\s]+):([^:\s]+):([^=\s]+)=(.*)$/;
/** Configurations used only to compile or run tests. */
const testConfiguration = /^test/i;

function parse(input: LockfileInput): LockfileParseResult {
  const packages: InventoryPackage[] = [];
  const errors: ScanError[] = [];
  const rows = input.text.split(/\r?\n/);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!.trim();
    if (row === '' || row.startsWith('#') || row.startsWith('empty=')) continue;
    const match = lockLine.exec(row);
    if (!match) {
      errors.push({ path: input.path, line: index + 1, code: 'RAMPART_E_PARSE', message: 'expected group:artifact:version=configurations' });
      continue;
    }
    const configurations = match[4]!.split(',').filter(Boolean);
    packages.push(
      createPackage({
        ecosystem: 'Maven',
        name: `${match[1]}:${match[2]}`,
        version: match[3],
        // The lockfile flattens the graph: direct and transitive look the same.
        direct: undefined,
        dev: configurations.length > 0 && configurations.every((name) => testConfiguration.test(name)),
        location: { path: input.path, startLine: index + 1, startColumn: 1 },
      }),
    );
  }
  return { packages, errors, notices: [] };
}
