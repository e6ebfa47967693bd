import type { Fix, FixEdit } from '../../../core/finding.ts';
import type { Job, Permissions, WorkflowFile } from '../workflow-model.ts';
import { positionOf, type Span, type YamlSource } from '../yaml-source.ts';
import { isTokenScope, orderedScopes, type ScopeLevels } from './scopes.ts';

/** `permissions:` followed by one `scope: level` line per scope, or `permissions: {}` when empty. */
export function renderPermissionsBlock(levels: ScopeLevels, childIndent: string): string {
  const scopes = orderedScopes(levels);
  if (scopes.length === 0) return 'permissions: {}';
  return ['permissions:', ...scopes.map(([scope, level]) => `${childIndent}${scope}: ${level}`)].join('\n');
}

/** The block as one line of YAML flow text, for messages. */
export function describePermissions(levels: ScopeLevels): string {
  const scopes = orderedScopes(levels);
  return scopes.length === 0 ? '`permissions: {}`' : `\`permissions: { ${scopes.map(([scope, level]) => `${scope}: ${level}`).join(', ')} }\``;
}

/**
 * Shrinks an existing block to `levels` (never more than it grants). A block mapping is edited
 * line by line, dropping or downgrading scopes, so comments and order stay; other forms are
 * replaced whole.
 */
export function shrinkPermissionsFix(file: WorkflowFile, permissions: Permissions, levels: ScopeLevels, safety: Fix['safety']): Fix | undefined {
  if (permissions.kind !== 'scopes' || file.source.text[permissions.span.start] === '{') return replacePermissionsFix(file, permissions, levels, safety);
  if (!permissions.scopes.some((scope) => isTokenScope(scope.scope) && levels[scope.scope])) return replacePermissionsFix(file, permissions, levels, safety);
  const edits: FixEdit[] = [];
  for (const scope of permissions.scopes) {
    const wanted = isTokenScope(scope.scope) ? levels[scope.scope] : undefined;
    if (wanted === scope.level) continue;
    const lineEdit = wanted ? levelEdit(file, scope, wanted) : deleteLineEdit(file, scope.span.start);
    if (!lineEdit) return replacePermissionsFix(file, permissions, levels, safety);
    edits.push(lineEdit);
  }
  return { title: `Set ${describePermissions(levels)}`, safety, edits };
}

/** Replaces the level word after `scope:` on its line. */
function levelEdit(file: WorkflowFile, scope: { level: string; span: Span }, level: string): FixEdit | undefined {
  const { text } = file.source;
  // The colon after the key, optional spaces, then the level word.
  const match = /^\s*:\s*/.exec(text.slice(scope.span.end));
  if (!match) return undefined;
  const start = scope.span.end + match[0].length;
  if (text.slice(start, start + scope.level.length) !== scope.level) return undefined;
  return edit(file, start, start + scope.level.length, level);
}

/** Removes the whole line a scope sits on, when nothing else shares it. */
function deleteLineEdit(file: WorkflowFile, offset: number): FixEdit | undefined {
  const { text } = file.source;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (text.slice(lineStart, offset).trim() !== '') return undefined;
  const newline = text.indexOf('\n', offset);
  return edit(file, lineStart, newline < 0 ? text.length : newline + 1, '');
}

/** Replaces an existing `permissions:` key and value; text around it (comments included) stays. */
export function replacePermissionsFix(file: WorkflowFile, permissions: Permissions, levels: ScopeLevels, safety: Fix['safety']): Fix | undefined {
  const keyColumn = positionOf(file.source, permissions.keySpan.start).column;
  if (permissions.span.end <= permissions.keySpan.end) return undefined;
  const indent = ' '.repeat(keyColumn - 1);
  const replacement = renderPermissionsBlock(levels, `${indent}${indentStep(file)}`);
  return { title: `Set ${describePermissions(levels)}`, safety, edits: [edit(file, permissions.keySpan.start, valueEnd(file, permissions), replacement)] };
}

/**
 * Adds a `permissions:` block as the first key of a job, on the line after the job's key, so a
 * comment above the job's first key stays with that key. Flow-style jobs get no fix.
 */
export function insertJobPermissionsFix(file: WorkflowFile, job: Job, levels: ScopeLevels, safety: Fix['safety']): Fix | undefined {
  const { text } = file.source;
  const lineEnd = text.indexOf('\n', job.anchor.keySpan.end);
  if (lineEnd < 0 || job.span.start <= lineEnd || text[job.span.start] === '{') return undefined;
  const keyColumn = positionOf(file.source, job.span.start).column;
  const indent = ' '.repeat(keyColumn - 1);
  const block = renderPermissionsBlock(levels, `${indent}${indentStep(file)}`);
  return { title: `Add ${describePermissions(levels)} to job ${job.id}`, safety, edits: [edit(file, lineEnd + 1, lineEnd + 1, `${indent}${block}\n`)] };
}

/** Where the value's text ends: block mappings' ranges run on over the line break and blank lines. */
function valueEnd(file: WorkflowFile, permissions: Permissions): number {
  let end = permissions.span.end;
  while (end > permissions.span.start && /\s/.test(file.source.text[end - 1]!)) end -= 1;
  return end;
}

/** The file's indentation unit: how far the first job's keys sit right of its name. */
function indentStep(file: WorkflowFile): string {
  const job = file.jobs.find((candidate) => candidate.span.start > candidate.anchor.keySpan.end && file.source.text[candidate.span.start] !== '{');
  if (!job) return '  ';
  const step = positionOf(file.source, job.span.start).column - positionOf(file.source, job.anchor.keySpan.start).column;
  return ' '.repeat(step > 0 && step <= 8 ? step : 2);
}

function edit(file: WorkflowFile, start: number, end: number, replacement: string): FixEdit {
  const from = position(file.source, start);
  const to = position(file.source, end);
  return { path: file.path, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, replacement };
}

function position(source: YamlSource, offset: number): { line: number; column: number } {
  return positionOf(source, offset);
}
