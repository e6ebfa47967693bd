/** One line-level operation of an edit script: keep, delete from the old text, add from the new. */
interface DiffOp {
  kind: ' ' | '-' | '+';
  line: string;
}

const contextLines = 3;

/**
 * A unified diff (`--- a/path`, `+++ b/path`, `@@` hunks with three lines of context), as
 * `git apply` and `patch -p1` read it. Empty when the texts are equal.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const hunks = groupHunks(ops);
  return [`--- a/${path}\n`, `+++ b/${path}\n`, ...hunks].join('');
}

/** Lines with their terminators, so a missing final newline shows up as a change. */
function splitLines(text: string): string[] {
  // Each line up to and including its newline, or a last line without one.
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Shortest edit script between two line lists (Myers' O(ND) algorithm), after trimming the common ends. */
function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  const keep = (line: string): DiffOp => ({ kind: ' ', line });
  return [...a.slice(0, prefix).map(keep), ...middle, ...a.slice(a.length - suffix).map(keep)];
}

function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const max = a.length + b.length;
  const offset = max + 1;
  let frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let depth = 0; depth <= max; depth++) {
    trace.push(frontier.slice());
    const next = frontier.slice();
    for (let diagonal = -depth; diagonal <= depth; diagonal += 2) {
      const goDown = diagonal === -depth || (diagonal !== depth && frontier[offset + diagonal - 1]! < frontier[offset + diagonal + 1]!);
      let x = goDown ? frontier[offset + diagonal + 1]! : frontier[offset + diagonal - 1]! + 1;
      let y = x - diagonal;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + diagonal] = x;
      if (x >= a.length && y >= b.length) return backtrack(a, b, trace, depth, offset);
    }
    frontier = next;
  }
  return [];
}

/** Walks the saved frontiers back from the end to recover which lines were kept, deleted or added. */
function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], lastDepth: number, offset: number): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = a.length;
  let y = b.length;
  for (let depth = lastDepth; depth > 0; depth--) {
    const frontier = trace[depth]!;
    const diagonal = x - y;
    const cameDown = diagonal === -depth || (diagonal !== depth && frontier[offset + diagonal - 1]! < frontier[offset + diagonal + 1]!);
    const previousDiagonal = cameDown ? diagonal + 1 : diagonal - 1;
    const previousX = frontier[offset + previousDiagonal]!;
    const previousY = previousX - previousDiagonal;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (x === previousX) {
      y--;
      ops.push({ kind: '+', line: b[y]! });
    } else {
      x--;
      ops.push({ kind: '-', line: a[x]! });
    }
  }
  while (x > 0) {
    x--;
    ops.push({ kind: ' ', line: a[x]! });
  }
  // Collected from the end backwards.
  return ops.map((_, index) => ops[ops.length - 1 - index]!);
}

/** Changes with their context, merged where contexts touch, each with its `@@ -old +new @@` header. */
function groupHunks(ops: readonly DiffOp[]): string[] {
  const windows: { start: number; end: number }[] = [];
  ops.forEach((op, index) => {
    if (op.kind === ' ') return;
    const start = Math.max(0, index - contextLines);
    const end = Math.min(ops.length, index + contextLines + 1);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  });
  const oldLineAt: number[] = [];
  const newLineAt: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const op of ops) {
    oldLineAt.push(oldLine);
    newLineAt.push(newLine);
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
  }
  return windows.map(({ start, end }) => renderHunk(ops.slice(start, end), oldLineAt[start]!, newLineAt[start]!));
}

function renderHunk(ops: readonly DiffOp[], oldStart: number, newStart: number): string {
  const oldCount = ops.filter((op) => op.kind !== '+').length;
  const newCount = ops.filter((op) => op.kind !== '-').length;
  const range = (start: number, count: number) => `${count === 0 ? start - 1 : start}${count === 1 ? '' : `,${count}`}`;
  const body = ops.map((op) => (op.line.endsWith('\n') ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`));
  return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body.join('')}`;
}
