import type { ScalarView } from './scalar-view.ts';

export interface ShellLine {
  text: string;
  /** Index of the line's first character in the view. */
  start: number;
}

/** Lines of a script view with their offsets, so a finding can point at the exact line. */
export function shellLines(view: ScalarView): ShellLine[] {
  const lines: ShellLine[] = [];
  let start = 0;
  for (const text of view.text.split('\n')) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

/** `$NAME`, `${NAME}`, PowerShell `$env:NAME` and cmd `%NAME%` references in a line. */
export function shellVariableReferences(line: string): string[] {
  // A dollar with optional brace or `env:` then an identifier, or an identifier between percent signs.
  return [...line.matchAll(/\$(?:\{|env:)?([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g)].map((match) => (match[1] ?? match[2])!);
}

/** `NAME=value`, `export NAME=…`, `local NAME=…` at the start of a line: the name and the value text. */
export function shellAssignment(line: string): { name: string; value: string } | undefined {
  // Optional export/local/declare/readonly keyword, an identifier, `=`, then the rest of the line.
  const match = /^\s*(?:(?:export|local|declare|readonly)\s+(?:-\w+\s+)*)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
  return match ? { name: match[1]!, value: match[2]! } : undefined;
}
