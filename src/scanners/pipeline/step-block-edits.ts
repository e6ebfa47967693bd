import type { FixEdit } from '../../core/finding.ts';
import type { PipelineFile, Step } from './workflow-model.ts';
import { positionOf, type Span, type YamlSource } from './yaml-source.ts';

export interface BlockEntry {
  key: string;
  /** The value as YAML text would hold it unquoted; quoted here when the context needs it. */
  value: string;
}

/** Child keys of a created block sit this much deeper than the block's key. */
const childIndent = '  ';

/**
 * The edit that adds entries to a step's `with:` or `env:`, creating the block when the step has
 * none, in the file's own layout: a new line at the mapping's indentation for block style, a
 * `, key: value` before the closing brace for flow style. Undefined when the block is an alias, a
 * merge key or not a mapping: editing the text there would change more than this step.
 */
export function addStepBlockEntries(file: PipelineFile, step: Step, block: 'with' | 'env', entries: readonly BlockEntry[]): FixEdit | undefined {
  const source = file.source;
  const place = step.places[block];
  if (place && !place.mapSpan) return undefined;
  if (place?.mapSpan) {
    if (isFlow(source, place.mapSpan)) return insertBeforeBrace(file, place.mapSpan, entries.map((item) => `${item.key}: ${flowValue(item.value)}`).join(', '));
    const indent = indentAt(source, place.mapSpan.start);
    if (indent === undefined) return undefined;
    return insertAfterLastLine(file, place.mapSpan, entries.map((item) => `${indent}${item.key}: ${blockValue(item.value)}\n`).join(''));
  }
  if (isFlow(source, step.span)) return insertBeforeBrace(file, step.span, `${block}: {${entries.map((item) => `${item.key}: ${flowValue(item.value)}`).join(', ')}}`);
  const indent = indentAt(source, step.span.start);
  if (indent === undefined) return undefined;
  const lines = entries.map((item) => `${indent}${childIndent}${item.key}: ${blockValue(item.value)}\n`).join('');
  return insertAfterLastLine(file, step.span, `${indent}${block}:\n${lines}`);
}

/** Replaces a span of the file with new text. */
export function replaceSpan(file: PipelineFile, span: Span, replacement: string): FixEdit {
  const from = positionOf(file.source, span.start);
  const to = positionOf(file.source, span.end);
  return { path: file.path, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, replacement };
}

function isFlow(source: YamlSource, span: Span): boolean {
  return source.text[span.start] === '{';
}

/** The spaces before a block mapping's first key, which every key of it shares; a `- ` of a sequence item counts as indentation. */
function indentAt(source: YamlSource, offset: number): string | undefined {
  const lineStart = source.text.lastIndexOf('\n', offset - 1) + 1;
  const before = source.text.slice(lineStart, offset);
  // Only spaces, or spaces around the dash of a sequence item.
  if (!/^[ ]*(?:-[ ]+)?$/.test(before)) return undefined;
  return ' '.repeat(before.length);
}

/** New lines go after the line holding the mapping's last character (its trailing comment stays where it is). */
function insertAfterLastLine(file: PipelineFile, span: Span, lines: string): FixEdit {
  const text = file.source.text;
  let last = span.end - 1;
  while (last > span.start && /\s/.test(text[last]!)) last--;
  const newline = text.indexOf('\n', last);
  const offset = newline === -1 ? text.length : newline + 1;
  const replacement = newline === -1 ? `\n${lines.replace(/\n$/, '')}` : lines;
  return replaceSpan(file, { start: offset, end: offset }, replacement);
}

/** Inside `{…}`: after the last entry with a comma, or straight after the brace when empty. */
function insertBeforeBrace(file: PipelineFile, span: Span, text: string): FixEdit | undefined {
  const source = file.source.text;
  const close = source.lastIndexOf('}', span.end - 1);
  if (close <= span.start) return undefined;
  let last = close - 1;
  while (last > span.start && /\s/.test(source[last]!)) last--;
  const isEmpty = last === span.start;
  const offset = last + 1;
  return replaceSpan(file, { start: offset, end: offset }, isEmpty ? text : `, ${text}`);
}

/** Plain when YAML reads it back unchanged in block context, single-quoted otherwise. */
function blockValue(value: string): string {
  // Starts with a character YAML gives a meaning, contains ": " or " #", or has outer spaces.
  const needsQuotes = /^[\s'"#&*!|>%@`[\]{},?:-]|: | #|\s$/.test(value);
  return needsQuotes ? singleQuoted(value) : value;
}

/** Flow context also gives meaning to commas and braces, so anything beyond a plain word is quoted. */
function flowValue(value: string): string {
  // Letters, digits and a few safe punctuation marks only.
  return /^[A-Za-z0-9_./-]+$/.test(value) ? value : singleQuoted(value);
}

function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
