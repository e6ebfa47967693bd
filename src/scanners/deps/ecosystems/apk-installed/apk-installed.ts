import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { createPackage } from '../../create-package.ts';
import { buildPurl } from '../../purl.ts';
import { readDistribution } from '../../os-release.ts';
import { keepEdgesToInstalled } from '../../installed-edges.ts';

/** apk's database of installed packages, at any root. */
const installedPath = /(?:^|\/)lib\/apk\/db\/installed$/;

interface Record {
  fields: Map<string, string>;
  line: number;
}

/** `X:value` lines, one record per package, blank lines between records. */
function readRecords(text: string): { records: Record[]; badLine?: number } {
  const records: Record[] = [];
  let current: Record | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line === '') {
      current = undefined;
      continue;
    }
    if (line[1] !== ':') return { records, badLine: index + 1 };
    if (!current) records.push((current = { fields: new Map(), line: index + 1 }));
    // Repeated keys (F:, R: for files) are not needed; the first of each wins.
    if (!current.fields.has(line[0]!)) current.fields.set(line[0]!, line.slice(2));
  }
  return { records };
}

/** `D:so:libc.musl-x86_64.so.1 musl>=1.2 cmd:sh` → package names only (no so:/cmd:/pc: virtuals, no constraints). */
function dependencyNames(depends: string | undefined): string[] {
  if (!depends) return [];
  return depends
    .split(/\s+/)
    .filter((token) => token && !token.includes(':') && !token.startsWith('!'))
    .map((token) => token.split(/[<>=~]/)[0]!)
    .filter(Boolean);
}

export const apkInstalledParser: LockfileParser = {
  id: 'apk-installed',
  ecosystem: 'Alpine',
  claims: (path) => installedPath.test(path),
  parse(input: LockfileInput): LockfileParseResult {
    const { records, badLine } = readRecords(input.text);
    if (badLine !== undefined) {
      return { packages: [], errors: [{ path: input.path, line: badLine, code: 'RAMPART_E_PARSE', message: `line ${badLine} is not an "X:value" field` }], notices: [] };
    }
    const rootPrefix = input.path.slice(0, input.path.search(/lib\/apk\/db\/installed$/));
    const distribution = readDistribution(input.related, rootPrefix);
    const packages: InventoryPackage[] = [];
    for (const record of records) {
      const name = record.fields.get('P');
      const version = record.fields.get('V');
      if (!name || !version) continue;
      const architecture = record.fields.get('A');
      const origin = record.fields.get('o') ?? name;
      const license = record.fields.get('L');
      const item = createPackage({ ecosystem: 'Alpine', name, version, direct: undefined, dev: false, location: { path: input.path, startLine: record.line }, ...(license ? { licenses: [license] } : {}) });
      item.source = { name: origin, version };
      if (architecture) item.architecture = architecture;
      if (distribution) item.distribution = distribution;
      item.purl = buildPurl('Alpine', name, version, {
        ...(architecture ? { arch: architecture } : {}),
        ...(distribution ? { distro: distribution.release.replace(/^v/, '') } : {}),
        ...(origin !== name ? { upstream: origin } : {}),
      });
      const dependsOn = dependencyNames(record.fields.get('D')).map((dependency) => ({ name: dependency, version: undefined }));
      if (dependsOn.length > 0) item.dependsOn = dependsOn;
      packages.push(item);
    }
    keepEdgesToInstalled(packages);
    return { packages, errors: [], notices: [] };
  },
};
