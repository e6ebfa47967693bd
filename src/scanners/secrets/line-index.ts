/** Maps string offsets to 1-based line and column, built once per file only when a finding needs it. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
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
    if (this.starts) return this.starts;
    const starts = [0];
    let index = this.text.indexOf('\n');
    while (index !== -1) {
      starts.push(index + 1);
      index = this.text.indexOf('\n', index + 1);
    }
    this.starts = starts;
    return starts;
  }
}
