import { createPackage, failedParse } from '../../create-package.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, jsonKeyId, locateJsonKeys, parseJsonDocument, stringOf } from '../../json-document.ts';
import { normalizePackageName } from '../../package-names.ts';
import { readSiblingToml } from '../../toml-document.ts';

/** Pipfile.lock: `default` (production) and `develop` maps of name → { version: "==x" }. */
export const pipfileLockParser = {
  id: 'pipfile-lock',
  ecosystem: 'PyPI',
  claims: (path) => /(?:^|\/)Pipfile\.lock$/.test(path),
  parse,
} as const satisfies LockfileParser;

const sections = [
  { key: 'default', dev: false },
  { key: 'develop', dev: true },
] as const;

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const lock = parsed.value;
  if (!isRecord(lock) || (!isRecord(lock.default) && !isRecord(lock.develop))) return failedParse(input.path, 1, 'no "default" or "develop" object: not a Pipfile.lock');
  const lines = locateJsonKeys(input.text, (parent) => parent.length === 1 && (parent[0] === 'default' || parent[0] === 'develop'));
  const declared = readPipfileNames(input);
  const packages: InventoryPackage[] = [];
  for (const { key, dev } of sections) {
    const entries = lock[key];
    if (!isRecord(entries)) continue;
    for (const [name, entry] of Object.entries(entries)) {
      if (!isRecord(entry)) continue;
      const position = lines.get(jsonKeyId([key, name]));
      const pin = /^===?(.+)$/.exec(stringOf(entry.version) ?? '');
      const source = stringOf(entry.git) ?? stringOf(entry.path) ?? stringOf(entry.file);
      packages.push(
        createPackage({
          ecosystem: 'PyPI',
          name,
          version: pin?.[1],
          unresolved: source !== undefined ? { reason: entry.editable === true ? 'editable' : 'url', detail: source } : pin ? undefined : { reason: 'unpinned', detail: stringOf(entry.version) ?? 'no version' },
          // Pipfile.lock lists everything installed; the Pipfile beside it, not the lock, says what is direct.
          direct: declared ? declared.has(normalizePackageName('PyPI', name)) : undefined,
          dev,
          location: { path: input.path, startLine: position?.line ?? 1, ...(position ? { startColumn: position.column } : {}) },
        }),
      );
    }
  }
  return { packages, errors: [], notices: [] };
}

/** Names under `[packages]` and `[dev-packages]` of the Pipfile (TOML) beside the lock. */
function readPipfileNames(input: LockfileInput): Set<string> | undefined {
  const document = readSiblingToml(input, 'Pipfile');
  if (!document) return undefined;
  const names = ['packages', 'dev-packages'].flatMap((table) => (isRecord(document[table]) ? Object.keys(document[table]) : []));
  return new Set(names.map((name) => normalizePackageName('PyPI', name)));
}
