import type { EntryLabel } from './labels.ts';

/** A labelled line inside one file being built; `value` is kept only until the file is written, for its preview. */
export interface LineMark {
  line: number;
  label: EntryLabel;
  value: string;
}

/** Collects a file's lines and remembers which line holds which labelled value. */
export class FileBuilder {
  readonly lines: string[] = [];
  readonly marks: LineMark[] = [];

  /** Adds one line (text with newlines adds several); a label marks the first as holding a secret or a trap. */
  add(text: string, label?: EntryLabel, value = ''): void {
    const [first, ...rest] = text.split('\n');
    this.lines.push(first ?? '');
    if (label) this.marks.push({ line: this.lines.length, label, value });
    for (const line of rest) this.lines.push(line);
  }

  /** Adds several unlabelled lines (a block of filler). */
  addAll(text: string): void {
    for (const line of text.split('\n')) this.lines.push(line);
  }

  /** Adds a multi-line value whose first line carries the label (PEM keys, certificates). */
  addLabelledBlock(text: string, label: EntryLabel, value = text): void {
    const [first, ...rest] = text.split('\n');
    this.add(first ?? '', label, value);
    for (const line of rest) this.lines.push(line);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
