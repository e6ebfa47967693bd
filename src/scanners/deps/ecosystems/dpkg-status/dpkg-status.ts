import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { createPackage } from '../../create-package.ts';
import { buildPurl } from '../../purl.ts';
import { readDistribution } from '../../os-release.ts';
import { keepEdgesToInstalled } from '../../installed-edges.ts';

/** dpkg's database: `var/lib/dpkg/status`, or one file per package in `status.d/` (distroless images), at any root. */
const statusPath = /(?:^|\/)var\/lib\/dpkg\/(?:status|status\.d\/[^/]+)$/;

interface Stanza {
  fields: Map<string, string>;
  line: number;
}

/** RFC 822-style paragraphs: `Field: value`, continuation lines start with a space, blank lines separate. */
function readStanzas(text: string): { stanzas: Stanza[]; badLine?: number } {
  const stanzas: Stanza[] = [];
  let current: Stanza | undefined;
  let lastField: string | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (/^[ \t]/.test(line)) {
      if (!current || !lastField) return { stanzas, badLine: index + 1 };
      current.fields.set(lastField, `${current.fields.get(lastField)}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return { stanzas, badLine: index + 1 };
    if (!current) stanzas.push((current = { fields: new Map(), line: index + 1 }));
    lastField = line.slice(0, colon);
    current.fields.set(lastField, line.slice(colon + 1).trim());
  }
  return { stanzas };
}

/** `Source: openssl (3.0.11-1~deb12u1)` names the source and, when it differs, its version. */
function sourceOf(fields: Map<string, string>, name: string, version: string): { name: string; version: string } {
  const source = fields.get('Source');
  if (!source) return { name, version };
  // A source name, then an optional version in parentheses.
  const match = /^(\S+)(?:\s+\(([^)]+)\))?$/.exec(source);
  return match ? { name: match[1]!, version: match[2] ?? version } : { name, version };
}

/** `Depends: libc6 (>= 2.34), libssl3 | libssl1.1` → the first alternative of each, without version or arch qualifiers. */
function dependencyNames(depends: string | undefined): string[] {
  if (!depends) return [];
  return depends.split(',').map((part) => part.split('|')[0]!.trim().split(/[\s(:]/)[0]!).filter(Boolean);
}

export const dpkgStatusParser: LockfileParser = {
  id: 'dpkg-status',
  ecosystem: 'Debian',
  claims: (path) => statusPath.test(path) && !path.endsWith('.md5sums'),
  parse(input: LockfileInput): LockfileParseResult {
    const { stanzas, badLine } = readStanzas(input.text);
    if (badLine !== undefined) {
      return { packages: [], errors: [{ path: input.path, line: badLine, code: 'RAMPART_E_PARSE', message: `line ${badLine} is neither "Field: value" nor a continuation line` }], notices: [] };
    }
    const rootPrefix = input.path.slice(0, input.path.search(/var\/lib\/dpkg\//));
    const distribution = readDistribution(input.related, rootPrefix);
    const ecosystem = distribution?.id === 'ubuntu' ? 'Ubuntu' : 'Debian';
    const packages: InventoryPackage[] = [];
    for (const stanza of stanzas) {
      const name = stanza.fields.get('Package');
      const version = stanza.fields.get('Version');
      // Only "install ok installed": removed packages leave config-files stanzas behind. Distroless status.d files have no Status.
      const status = stanza.fields.get('Status');
      if (!name || !version || (status !== undefined && !/\sinstalled$/.test(status))) continue;
      const architecture = stanza.fields.get('Architecture');
      const item = createPackage({ ecosystem, name, version, direct: undefined, dev: false, location: { path: input.path, startLine: stanza.line } });
      item.source = sourceOf(stanza.fields, name, version);
      if (architecture) item.architecture = architecture;
      if (distribution) item.distribution = distribution;
      item.purl = buildPurl(ecosystem, name, version, {
        ...(architecture ? { arch: architecture } : {}),
        ...(distribution ? { distro: `${distribution.id}-${distribution.release}` } : {}),
        ...(item.source.name !== name ? { upstream: item.source.name } : {}),
      });
      const dependsOn = dependencyNames(stanza.fields.get('Depends')).map((dependency) => ({ name: dependency, version: undefined }));
      if (dependsOn.length > 0) item.dependsOn = dependsOn;
      packages.push(item);
    }
    keepEdgesToInstalled(packages);
    return { packages, errors: [], notices: [] };
  },
};
