import type { ScalarField } from './workflow-model.ts';
import { positionOf, type YamlSource } from './yaml-source.ts';

/**
 * A scalar's text as written in the file, with quote escapes undone, and a map back to file
 * offsets. Searching this instead of the parsed value keeps exact lines and columns inside
 * block scalars (`run: |`) without re-deriving indentation.
 */
export interface ScalarView {
  text: string;
  fileOffset(index: number): number;
}

export function viewScalar(source: YamlSource, field: ScalarField): ScalarView {
  const raw = source.text.slice(field.span.start, field.span.end);
  if (field.style === 'QUOTE_SINGLE') return unescape(raw, field.span.start, (text, index) => (text[index] === "'" && text[index + 1] === "'" ? 1 : 0));
  if (field.style === 'QUOTE_DOUBLE') return unescape(raw, field.span.start, (text, index) => (text[index] === '\\' && (text[index + 1] === '"' || text[index + 1] === '\\') ? 1 : 0));
  return { text: raw, fileOffset: (index) => field.span.start + index };
}

/** Drops one character wherever `skip` says so, remembering where each kept character came from. */
function unescape(raw: string, base: number, skip: (text: string, index: number) => number): ScalarView {
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    index += skip(raw, index);
    if (index >= raw.length) break;
    text += raw[index];
    offsets.push(base + index);
  }
  return { text, fileOffset: (index) => offsets[index] ?? base + raw.length };
}

/** The 1-based line/column range of [start, end) in a view. */
export function viewRange(source: YamlSource, view: ScalarView, start: number, end: number) {
  const from = positionOf(source, view.fileOffset(start));
  const to = positionOf(source, view.fileOffset(Math.max(start, end - 1)) + 1);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}
