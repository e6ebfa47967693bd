import type { Fix, FixEdit } from '../../../core/finding.ts';
import type { Job, Permissions, WorkflowFile } from '../workflow-model.ts';
import { positionOf, type YamlSource } from '../yaml-source.ts';
import { orderedScopes, type ScopeLevels } from './scopes.ts';

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
