import { createPackage } from '../../create-package.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { stringOf } from '../../json-document.ts';
import { readPyprojectDependencies } from '../../pyproject-dependencies.ts';
import { normalizePackageName } from '../../package-names.ts';
import { readPackageTables } from '../../toml-document.ts';

/** pdm.lock: `[[package]]` tables with `groups` (`default` is production). */
export const pdmLockParser = {
  id: 'pdm-lock',
  ecosystem: 'PyPI',
  claims: (path) => /(?:^|\/)pdm\.lock$/.test(path),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const tables = readPackageTables(input.path, input.text);
  if (!tables.ok) return { packages: [], errors: [tables.error], notices: [] };
  const { entries, lines } = tables;
  const declared = readPyprojectDependencies(input);
  const packages: InventoryPackage[] = entries.map((entry, index) => {
    const name = normalizePackageName('PyPI', stringOf(entry.name) ?? '');
    const groups = Array.isArray(entry.groups) ? entry.groups.map(String) : undefined;
    const source = stringOf(entry.git) ?? stringOf(entry.url) ?? stringOf(entry.path);
    return createPackage({
      ecosystem: 'PyPI',
      name,
      version: stringOf(entry.version),
      unresolved: source === undefined ? undefined : { reason: entry.editable === true ? 'editable' : 'url', detail: source },
      direct: declared ? declared.production.has(name) || declared.development.has(name) : undefined,
      dev: groups ? !groups.includes('default') : undefined,
      location: { path: input.path, startLine: lines[index] ?? 1, startColumn: 1 },
    });
  });
  return { packages, errors: [], notices: [] };
}
