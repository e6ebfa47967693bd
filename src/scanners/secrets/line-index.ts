import { lineAndColumnAt, lineStartsOf } from '../../core/line-starts.ts';

/** Maps string offsets to 1-based line and column, built once per file only when a finding needs it. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const { row, column } = lineAndColumnAt(this.lineStarts(), offset);
    return { line: row + 1, column: column + 1 };
  }

  lineText(line: number): string {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  private lineStarts(): number[] {
    this.starts ??= lineStartsOf(this.text);
    return this.starts;
  }
}
