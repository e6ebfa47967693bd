import { normalizePackageName } from './package-names.ts';
import { buildPurl } from './purl.ts';
import type { Ecosystem, InventoryLocation, InventoryPackage, UnresolvedReason } from './inventory-package.ts';

export interface PackageFields {
  ecosystem: Ecosystem;
  name: string;
  version: string | undefined;
  unresolved?: { reason: UnresolvedReason; detail: string } | undefined;
  direct: boolean | undefined;
  dev: boolean | undefined;
  location: InventoryLocation;
  dependencyPath?: string[] | undefined;
  licenses?: string[] | undefined;
}

/** Every parser builds packages here, so names are normalised and purls built the same way everywhere. */
export function createPackage(fields: PackageFields): InventoryPackage {
  const name = normalizePackageName(fields.ecosystem, fields.name);
  const unresolved = fields.unresolved ?? (fields.version === undefined ? { reason: 'unpinned' as const, detail: 'no version given' } : undefined);
  const item: InventoryPackage = {
    ecosystem: fields.ecosystem,
    name,
    version: fields.version,
    purl: buildPurl(fields.ecosystem, name, fields.version),
    direct: fields.direct,
    dev: fields.dev,
    location: fields.location,
  };
  if (unresolved) item.unresolved = unresolved;
  if (fields.dependencyPath && fields.dependencyPath.length > 0) item.dependencyPath = fields.dependencyPath;
  if (fields.licenses && fields.licenses.length > 0) item.licenses = fields.licenses;
  return item;
}

/** Shorthand for a parser's result with one error and nothing else. */
export function failedParse(path: string, line: number | undefined, message: string) {
  return { packages: [], errors: [{ path, ...(line === undefined ? {} : { line }), code: 'RAMPART_E_PARSE', message }], notices: [] };
}
