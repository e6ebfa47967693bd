import { createPackage, failedParse } from '../../create-package.ts';
import type { LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';

/**
 * Installed distributions: `site-packages/<dist>.dist-info/METADATA` (or Debian's `dist-packages`),
 * and the older `<dist>.egg-info/PKG-INFO` anywhere (setuptools also writes it beside sources).
 */
const installedMetadata = /(?:^|\/)(?:(?:site|dist)-packages\/[^/]+\.dist-info\/METADATA|[^/]+\.egg-info\/PKG-INFO)$/;

/** Installed Python packages, read from the core-metadata headers pip and setuptools write. */
export const pythonDistInfoParser = {
  id: 'python-dist-info',
  ecosystem: 'PyPI',
  claims: (path) => installedMetadata.test(path),
  parse,
} as const satisfies LockfileParser;

interface Header {
  value: string;
  line: number;
}

/** The RFC 822 header block: it ends at the first blank line, after which comes the long description. */
function readHeaders(text: string): { headers: Map<string, Header>; badLine?: number } {
  const headers = new Map<string, Header>();
  const lines = text.split('\n');
  let last: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') break;
    // A continuation line (a folded License text) starts with whitespace.
    if (/^[ \t]/.test(line)) {
      if (last === undefined) return { headers, badLine: index + 1 };
      continue;
    }
    // A header name is letters, digits and dashes, then a colon.
    const match = /^([A-Za-z0-9-]+):(.*)$/.exec(line);
    if (!match) return { headers, badLine: index + 1 };
    last = match[1]!.toLowerCase();
    // Repeated headers (Classifier, Requires-Dist) keep their first value; only single ones are read.
    if (!headers.has(last)) headers.set(last, { value: match[2]!.trim(), line: index + 1 });
  }
  return { headers };
}

/** License-Expression (metadata 2.4) is SPDX; a one-line License is kept, a pasted licence text is not. */
function licenceOf(headers: Map<string, Header>): string[] | undefined {
  const expression = headers.get('license-expression')?.value;
  if (expression) return [expression];
  const license = headers.get('license')?.value;
  return license && license !== 'UNKNOWN' && license.length <= 100 ? [license] : undefined;
}

function parse(input: LockfileInput): LockfileParseResult {
  const { headers, badLine } = readHeaders(input.text);
  if (badLine !== undefined) return failedParse(input.path, badLine, `line ${badLine} is neither "Header: value" nor a continuation line`);
  const name = headers.get('name');
  const version = headers.get('version')?.value;
  if (!name?.value || !version) return failedParse(input.path, 1, 'no Name and Version headers: not package metadata');
  const item = createPackage({
    ecosystem: 'PyPI',
    name: name.value,
    version,
    direct: undefined,
    dev: false,
    location: { path: input.path, startLine: name.line },
    licenses: licenceOf(headers),
  });
  return { packages: [item], errors: [], notices: [] };
}
