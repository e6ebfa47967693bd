import type { FixEdit } from '../core/finding.ts';

/** An edit whose replacement is final text (any lookup it needed is done). */
export type TextEdit = Omit<FixEdit, 'resolve'>;

/** The edits of one fix: applied together or not at all. */
export interface EditGroup {
  key: string;
  edits: readonly TextEdit[];
}

export interface EditOutcome {
  text: string;
  applied: string[];
  /** Groups left out because an edit overlaps one already accepted (`with` names its group). */
  conflicts: { key: string; with: string }[];
  /** Groups whose positions do not exist in the text (the file changed since it was scanned). */
  outOfRange: string[];
}

interface PlacedEdit {
  key: string;
  start: number;
  end: number;
  replacement: string;
}

/**
 * Applies groups in the order given. A group whose edit overlaps an edit already accepted is left
 * out whole; an edit identical to an accepted one (same range, same text) is shared, so several
 * findings may carry the same fix. Insertions at the same point conflict unless identical, because
 * their order would be a guess.
 */
export function applyEditGroups(text: string, groups: readonly EditGroup[]): EditOutcome {
  const lineStarts = lineStartsOf(text);
  const accepted: PlacedEdit[] = [];
  const outcome: EditOutcome = { text, applied: [], conflicts: [], outOfRange: [] };
  for (const group of groups) {
    const placed = placeGroup(text, lineStarts, group);
    if (!placed) {
      outcome.outOfRange.push(group.key);
      continue;
    }
    const clash = firstClash(placed, accepted);
    if (clash !== undefined) {
      outcome.conflicts.push({ key: group.key, with: clash });
      continue;
    }
    for (const edit of placed) if (!accepted.some((other) => isSameEdit(other, edit))) accepted.push(edit);
    outcome.applied.push(group.key);
  }
  outcome.text = spliceEdits(text, accepted, text.includes('\r\n'));
  return outcome;
}

/** Offsets of a group's edits, or undefined when a position is outside the text or edits overlap each other. */
function placeGroup(text: string, lineStarts: readonly number[], group: EditGroup): PlacedEdit[] | undefined {
  const placed: PlacedEdit[] = [];
  for (const edit of group.edits) {
    const start = offsetOf(text, lineStarts, edit.startLine, edit.startColumn);
    const end = offsetOf(text, lineStarts, edit.endLine, edit.endColumn);
    if (start === undefined || end === undefined || end < start) return undefined;
    const candidate = { key: group.key, start, end, replacement: edit.replacement };
    if (placed.some((other) => overlaps(other, candidate))) return undefined;
    placed.push(candidate);
  }
  return placed;
}

function firstClash(edits: readonly PlacedEdit[], accepted: readonly PlacedEdit[]): string | undefined {
  for (const edit of edits) {
    const clash = accepted.find((other) => !isSameEdit(other, edit) && overlaps(other, edit));
    if (clash) return clash.key;
  }
  return undefined;
}

function isSameEdit(a: PlacedEdit, b: PlacedEdit): boolean {
  return a.start === b.start && a.end === b.end && a.replacement === b.replacement;
}

/** Ranges sharing a character, an insertion strictly inside a range, or two insertions at one point. */
function overlaps(a: PlacedEdit, b: PlacedEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Back to front so earlier offsets stay valid; at one offset the replacement goes in before the insertion that precedes it. */
function spliceEdits(text: string, edits: readonly PlacedEdit[], isCrlf: boolean): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of ordered) {
    // Bare newlines in the replacement follow the file's line endings.
    const replacement = isCrlf ? edit.replacement.replace(/(?<!\r)\n/g, '\r\n') : edit.replacement;
    result = result.slice(0, edit.start) + replacement + result.slice(edit.end);
  }
  return result;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** 1-based line and column (UTF-16 units) to an offset; a column may point just past the line's last character. */
function offsetOf(text: string, lineStarts: readonly number[], line: number, column: number): number | undefined {
  const lineStart = lineStarts[line - 1];
  if (lineStart === undefined || column < 1) return undefined;
  const nextStart = lineStarts[line] ?? text.length + 1;
  const offset = lineStart + column - 1;
  return offset < nextStart ? offset : undefined;
}
