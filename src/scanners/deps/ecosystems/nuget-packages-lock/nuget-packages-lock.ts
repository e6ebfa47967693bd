import { createPackage, failedParse } from '../../create-package.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, jsonKeyId, locateJsonKeys, parseJsonDocument, stringOf } from '../../json-document.ts';

/** NuGet packages.lock.json: per target framework, packages with `type` Direct, Transitive, CentralTransitive or Project. */
export const nugetPackagesLockParser = {
  id: 'nuget-packages-lock',
  ecosystem: 'NuGet',
  claims: (path) => /(?:^|\/)packages\.lock\.json$/.test(path),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const lock = parsed.value;
  if (!isRecord(lock) || !isRecord(lock.dependencies)) return failedParse(input.path, 1, 'no "dependencies" object: not a NuGet packages.lock.json');
  const lines = locateJsonKeys(input.text, (parent) => parent.length === 2 && parent[0] === 'dependencies');
  const packages: InventoryPackage[] = [];
  for (const [framework, entries] of Object.entries(lock.dependencies)) {
    if (!isRecord(entries)) continue;
    for (const [name, entry] of Object.entries(entries)) {
      // Project references are other projects of the solution, not packages.
      if (!isRecord(entry) || entry.type === 'Project') continue;
      const position = lines.get(jsonKeyId(['dependencies', framework, name]));
      packages.push(
        createPackage({
          ecosystem: 'NuGet',
          name,
          version: stringOf(entry.resolved),
          direct: entry.type === 'Direct',
          dev: undefined,
          location: { path: input.path, startLine: position?.line ?? 1, ...(position ? { startColumn: position.column } : {}) },
        }),
      );
    }
  }
  return { packages, errors: [], notices: [] };
}
