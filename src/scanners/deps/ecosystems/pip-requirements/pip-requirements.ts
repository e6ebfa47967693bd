import { posix } from 'node:path';
import type { ScanError } from '../../../../core/finding.ts';
import { createPackage } from '../../create-package.ts';
import type { InventoryNotice, InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult, UnresolvedReason } from '../../inventory-package.ts';

/** pip requirements files: `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, `requirements/base.txt`. */
export const pipRequirementsParser = {
  id: 'pip-requirements',
  ecosystem: 'PyPI',
  claims: (path) => isRequirementsPath(path),
  parse,
} as const satisfies LockfileParser;

/** A `.txt` whose name has `requirements` as a word, or any `.txt` in a `requirements/` folder. */
const requirementsName = /(?:^|[-_.])requirements(?:[-_.][\w.-]*)?\.txt$/;
/** File names that mark a development-only set (`requirements-dev.txt`, `test-requirements.txt`). */
const devName = /(?:^|[-_./])(?:dev|devel|develop|test|tests|testing|lint|docs|ci)(?:[-_.]|$)/;
/** A requirement: name, optional `[extras]`, then the version specifiers, up to an optional `; marker`. */
const requirementLine = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*([^;]*?)\s*(?:;\s*(.*))?$/;
/** `name @ url` (PEP 508 direct reference). */
const directReference = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*@\s*(\S+)/;
/** Exactly one `==` or `===` clause without a wildcard: the only spelling that pins a version. */
const exactPin = /^===?\s*([^\s,*]+)$/;
const maxIncludeDepth = 8;

function isRequirementsPath(path: string): boolean {
  const name = posix.basename(path);
  if (!name.endsWith('.txt')) return false;
  return requirementsName.test(name) || /(?:^|\/)requirements\/[^/]+\.txt$/.test(path);
}

interface ParseState {
  input: LockfileInput;
  packages: InventoryPackage[];
  notices: InventoryNotice[];
  errors: ScanError[];
  visited: Set<string>;
}

function parse(input: LockfileInput): LockfileParseResult {
  const state: ParseState = { input, packages: [], notices: [], errors: [], visited: new Set([input.path]) };
  parseFile(state, input.path, input.text, 0);
  return { packages: state.packages, errors: state.errors, notices: state.notices };
}

function parseFile(state: ParseState, path: string, text: string, depth: number): void {
  const isCompiled = /^\s+# via\b/m.test(text);
  const viaByLine = isCompiled ? viaComments(text) : new Map<number, string[]>();
  const dev = devName.test(posix.basename(path).toLowerCase());
  for (const { line, content } of logicalLines(text)) {
    if (content.startsWith('-')) {
      handleOption(state, path, line, content, depth);
      continue;
    }
    const item = requirementPackage(path, line, content, dev, viaByLine.get(line));
    if (item === 'unnamed') state.notices.push({ path, line, message: 'a URL or path without #egg=<name>: its package cannot be named, so it is not listed' });
    else if (item) state.packages.push(item);
    else state.errors.push({ path, line, code: 'RAMPART_E_PARSE', message: 'not a requirement pip would accept' });
  }
}

/** Joins `\` continuations, drops comments and blank lines, strips `--hash` options; line = the first physical line. */
function logicalLines(text: string): { line: number; content: string }[] {
  const result: { line: number; content: string }[] = [];
  const rows = text.split(/\r?\n/);
  for (let index = 0; index < rows.length; index++) {
    const start = index;
    let content = rows[index]!;
    while (content.endsWith('\\') && index + 1 < rows.length) content = `${content.slice(0, -1)} ${rows[++index]!}`;
    // A comment starts at `#` at the line start or after whitespace (a `#` inside a URL fragment is not one).
    content = content.replace(/(?:^|\s)#.*$/, '').replace(/\s--hash[=\s]\S+/g, '').trim();
    if (content !== '') result.push({ line: start + 1, content });
  }
  return result;
}

/** pip-compile writes `# via <parent>` (or `# via` then `#   <parent>` lines) under each pin; `-r file` means the user asked for it. */
function viaComments(text: string): Map<number, string[]> {
  const via = new Map<number, string[]>();
  const rows = text.split(/\r?\n/);
  let owner: number | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    // Requirement lines start in column 0; their comments are indented.
    if (/^[A-Za-z0-9]/.test(row)) owner = index + 1;
    const comment = /^\s+#\s*(.*)$/.exec(row);
    if (owner === undefined || !comment) continue;
    const parent = comment[1]!.replace(/^via\b\s*/, '').trim();
    if (parent !== '') via.set(owner, [...(via.get(owner) ?? []), parent]);
  }
  return via;
}

function requirementPackage(path: string, line: number, content: string, dev: boolean, via: string[] | undefined): InventoryPackage | 'unnamed' | undefined {
  const location = { path, startLine: line, startColumn: 1 };
  const direct = via === undefined ? true : via.some((parent) => parent.startsWith('-r ') || parent.startsWith('-c '));
  const reference = directReference.exec(content);
  if (reference) return unresolvedPackage(reference[1]!, 'url', reference[2]!, location, direct, dev);
  const egg = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(content);
  // A bare URL or path (`git+https://…#egg=name`, `./libs/pkg`): only the egg fragment names it.
  if (/^(?:[a-z+]+:\/\/|\.{0,2}\/|[a-z+]+:)/i.test(content)) return egg ? unresolvedPackage(egg[1]!, 'url', content, location, direct, dev) : 'unnamed';
  const match = requirementLine.exec(content);
  if (!match) return undefined;
  const [, name, , specifier] = match;
  const pin = exactPin.exec(specifier!.trim());
  if (!pin) return unresolvedPackage(name!, 'unpinned', specifier!.trim() || 'no version specifier', location, direct, dev);
  return createPackage({ ecosystem: 'PyPI', name: name!, version: pin[1]!, direct, dev, location });
}

function unresolvedPackage(name: string, reason: UnresolvedReason, detail: string, location: InventoryPackage['location'], direct: boolean, dev: boolean): InventoryPackage {
  return createPackage({ ecosystem: 'PyPI', name, version: undefined, unresolved: { reason, detail }, direct, dev, location });
}

function handleOption(state: ParseState, path: string, line: number, content: string, depth: number): void {
  // `-r file`, `--requirement=file`, `-e target`, `--editable target`.
  const option = /^(-r|--requirement|-c|--constraint|-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(content);
  if (!option) return;
  const [, flag, target] = option;
  if (flag === '-e' || flag === '--editable') {
    const egg = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target!);
    const name = egg?.[1] ?? posix.basename(target!.replace(/\/+$/, ''));
    state.packages.push(unresolvedPackage(name, 'editable', target!, { path, startLine: line, startColumn: 1 }, true, devName.test(posix.basename(path))));
    return;
  }
  if (flag === '-c' || flag === '--constraint') return;
  includeFile(state, path, line, target!, depth);
}

function includeFile(state: ParseState, fromPath: string, line: number, target: string, depth: number): void {
  const includedPath = posix.normalize(posix.join(posix.dirname(fromPath), target));
  if (state.visited.has(includedPath)) return;
  if (depth >= maxIncludeDepth) {
    state.notices.push({ path: fromPath, line, message: `-r ${target}: includes nest deeper than ${maxIncludeDepth}; not followed` });
    return;
  }
  state.visited.add(includedPath);
  const text = state.input.related?.read(includedPath);
  if (text === undefined) {
    state.notices.push({ path: fromPath, line, message: `-r ${target}: the file could not be read, so its requirements are not listed` });
    return;
  }
  parseFile(state, includedPath, text, depth + 1);
}
