import { goScheme } from '../../../../vulndb/versioning/go.ts';
import { createPackage } from '../../create-package.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import type { ScanError } from '../../../../core/finding.ts';

/**
 * go.mod: `require` lines and blocks (`// indirect` marks transitive modules) and `replace`
 * directives, which change the module and version actually built. Go has no JS parser worth a
 * dependency; the grammar (golang.org/ref/mod#go-mod-file-grammar) is line-based and small.
 */
export const goModParser = {
  id: 'go-mod',
  ecosystem: 'Go',
  claims: (path) => /(?:^|\/)go\.mod$/.test(path) && !path.includes('vendor/'),
  parse,
} as const satisfies LockfileParser;

interface Requirement {
  module: string;
  version: string;
  indirect: boolean;
  line: number;
  column: number;
}

interface Replacement {
  /** The version the replace applies to; undefined replaces every version. */
  fromVersion: string | undefined;
  to: string;
  toVersion: string | undefined;
}

type Directive = 'require' | 'replace' | 'exclude' | 'retract' | 'tool' | 'ignore' | 'godebug';
const blockDirectives: readonly string[] = ['require', 'replace', 'exclude', 'retract', 'tool', 'ignore', 'godebug'];

function parse(input: LockfileInput): LockfileParseResult {
  const requirements: Requirement[] = [];
  const replacements = new Map<string, Replacement[]>();
  const errors: ScanError[] = [];
  let block: Directive | undefined;
  const rows = input.text.split(/\r?\n/);
  for (let index = 0; index < rows.length; index++) {
    const raw = rows[index]!;
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const content = raw.replace(/\/\/.*$/, '').trim();
    if (content === '') continue;
    const lineNumber = index + 1;
    if (block) {
      if (content === ')') block = undefined;
      else handle(block, content, lineNumber, raw.indexOf(content) + 1, indirect);
      continue;
    }
    const [keyword, ...rest] = content.split(/\s+/);
    if (blockDirectives.includes(keyword!) && rest.join(' ') === '(') {
      block = keyword as Directive;
      continue;
    }
    if (blockDirectives.includes(keyword!)) handle(keyword as Directive, rest.join(' '), lineNumber, raw.indexOf(rest[0]!) + 1, indirect);
    else if (!['module', 'go', 'toolchain'].includes(keyword!)) errors.push({ path: input.path, line: lineNumber, code: 'RAMPART_E_PARSE', message: `unknown go.mod directive "${keyword}"` });
  }
  if (block) errors.push({ path: input.path, line: rows.length, code: 'RAMPART_E_PARSE', message: `the ${block} block is never closed` });

  function handle(directive: Directive, content: string, line: number, column: number, indirect: boolean): void {
    const fields = content.split(/\s+/).map(unquote);
    if (directive === 'require') {
      if (fields.length !== 2) errors.push({ path: input.path, line, code: 'RAMPART_E_PARSE', message: 'a require needs a module path and a version' });
      else requirements.push({ module: fields[0]!, version: fields[1]!, indirect, line, column });
    } else if (directive === 'replace') {
      const arrow = fields.indexOf('=>');
      if (arrow < 1 || arrow === fields.length - 1) {
        errors.push({ path: input.path, line, code: 'RAMPART_E_PARSE', message: 'a replace needs `old [version] => new [version]`' });
        return;
      }
      const list = replacements.get(fields[0]!) ?? [];
      list.push({ fromVersion: arrow === 2 ? fields[1] : undefined, to: fields[arrow + 1]!, toVersion: fields[arrow + 2] });
      replacements.set(fields[0]!, list);
    }
  }

  const packages = requirements.map((requirement) => goPackage(input.path, requirement, replacements.get(requirement.module)));
  return { packages, errors, notices: [] };
}

function goPackage(path: string, requirement: Requirement, replacements: Replacement[] | undefined): InventoryPackage {
  // A replace for this exact version wins over one for every version, as in the go command.
  const replacement = replacements?.find((item) => item.fromVersion === requirement.version) ?? replacements?.find((item) => item.fromVersion === undefined);
  const location = { path, startLine: requirement.line, startColumn: requirement.column };
  const base = { ecosystem: 'Go' as const, direct: !requirement.indirect, dev: false, location };
  if (replacement && replacement.toVersion === undefined) {
    return createPackage({ ...base, name: requirement.module, version: undefined, unresolved: { reason: 'local-replace', detail: `replaced by ${replacement.to}` } });
  }
  const name = replacement?.to ?? requirement.module;
  const version = replacement?.toVersion ?? requirement.version;
  if (!goScheme.isValid(version)) return createPackage({ ...base, name, version: undefined, unresolved: { reason: 'unpinned', detail: `not a Go module version: ${version}` } });
  return createPackage({ ...base, name, version });
}

function unquote(field: string): string {
  return field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1) : field;
}
