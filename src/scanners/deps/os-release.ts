import type { DistributionRelease } from '../../core/package-inventory.ts';
import type { RelatedFileReader } from '../../core/source-file.ts';

/** `KEY=value` or `KEY="value"` lines of os-release(5). */
export function parseOsRelease(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    // A variable name, `=`, then the value with optional surrounding quotes.
    const match = /^([A-Z_][A-Z0-9_]*)=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(.*))$/.exec(line.trim());
    if (match) fields.set(match[1]!, (match[2] ?? match[3] ?? match[4] ?? '').replace(/\\(.)/g, '$1'));
  }
  return fields;
}

/**
 * The distribution of the root filesystem a package database sits in: `rootPrefix` is the path
 * of that root inside the scan (`''` for an image, `rootfs/` for an unpacked tree). Releases are
 * spelled as the distribution's advisories spell them.
 */
export function readDistribution(related: RelatedFileReader | undefined, rootPrefix: string): DistributionRelease | undefined {
  const text = related?.read(`${rootPrefix}etc/os-release`) ?? related?.read(`${rootPrefix}usr/lib/os-release`);
  if (!text) return undefined;
  const fields = parseOsRelease(text);
  const id = fields.get('ID')?.toLowerCase();
  const versionId = fields.get('VERSION_ID');
  if (!id || !versionId) return undefined;
  if (id === 'debian') return { id, release: versionId.split('.')[0]! };
  if (id === 'alpine') return { id, release: `v${versionId.split('.').slice(0, 2).join('.')}` };
  return { id, release: versionId };
}
