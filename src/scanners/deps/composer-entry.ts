import type { UnresolvedReason } from './inventory-package.ts';
import { isRecord, parseJsonDocument, stringOf } from './json-document.ts';
import type { LockfileInput } from './inventory-package.ts';

/** What a Composer package entry (composer.lock or vendor/composer/installed.json) says about its version and licences. */
export interface ComposerEntryFields {
  version: string | undefined;
  unresolved: { reason: UnresolvedReason; detail: string } | undefined;
  licenses: string[] | undefined;
}

/** A tag spelled with a leading `v` before its first digit (`v5.4.0`), as many PHP projects tag releases. */
const vPrefixedTag = /^v(?=\d)/i;

/**
 * Both Composer files describe a package the same way: `version` as tagged (`v5.4.0`), a branch
 * for unreleased code (`dev-main`, `2.x-dev`), `dist.type` "path" for a local path repository,
 * and `license` as an array of SPDX identifiers (several mean a choice among them). Advisories
 * name releases without the `v`, and so does the purl, so it is dropped here.
 */
export function composerEntryFields(entry: Record<string, unknown>): ComposerEntryFields {
  const raw = stringOf(entry.version);
  const isBranch = raw !== undefined && (raw.startsWith('dev-') || raw.endsWith('-dev'));
  const distType = isRecord(entry.dist) ? stringOf(entry.dist.type) : undefined;
  const unresolved = isBranch ? { reason: 'url' as const, detail: `branch ${raw}` } : distType === 'path' ? { reason: 'url' as const, detail: 'path repository' } : undefined;
  return {
    version: isBranch || raw === undefined ? undefined : raw.replace(vPrefixedTag, ''),
    unresolved,
    licenses: Array.isArray(entry.license) ? entry.license.filter((license): license is string => typeof license === 'string' && license !== '') : undefined,
  };
}

/** Composer's platform requirements (`php`, `ext-json`, `lib-curl`, `composer-plugin-api`) are not packages. */
const platformPackage = /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|composer(?:-plugin|-runtime)?-api|composer|(?:ext|lib)-.+)$/;

/** The project's own requirements from its composer.json (lower-cased), which make packages direct; undefined when there is none to read. */
export function readComposerManifest(input: LockfileInput, manifestPath: string): { production: Set<string>; development: Set<string> } | undefined {
  const text = input.related?.read(manifestPath);
  if (text === undefined) return undefined;
  const parsed = parseJsonDocument(manifestPath, text);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const manifest = parsed.value;
  const namesOf = (field: string): string[] => (isRecord(manifest[field]) ? Object.keys(manifest[field]).map((name) => name.toLowerCase()).filter((name) => !platformPackage.test(name)) : []);
  return { production: new Set(namesOf('require')), development: new Set(namesOf('require-dev')) };
}
