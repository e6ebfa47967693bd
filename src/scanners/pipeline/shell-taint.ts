import { findExpressions } from './expressions/find-expressions.ts';
import type { ScalarView } from './scalar-view.ts';
import { shellAssignment, shellLines, shellVariableReferences, type ShellLine } from './shell-lines.ts';
import { attackerSources, taintedEnvVars, type EnvScopes, type TaintClassifier } from './taint.ts';

export interface TracedLine {
  line: ShellLine;
  index: number;
  lines: readonly ShellLine[];
  /** Where tainted text in a piece of this script comes from, given the variables assigned so far. */
  taintOf(text: string): string | undefined;
}

/**
 * Walks a script line by line, following taint from expressions and `env:` into shell variables
 * (`slug=$(echo "$TITLE" | tr …)` taints `slug`). Assignments count from their line on.
 */
export function* traceShell(view: ScalarView, scopes: EnvScopes, classify: TaintClassifier): Generator<TracedLine> {
  const tainted = taintedEnvVars(scopes, classify);
  const taintOf = (text: string): string | undefined => {
    for (const occurrence of findExpressions(text)) {
      const [source] = attackerSources(occurrence.body, scopes, classify);
      if (source) return source;
    }
    for (const name of shellVariableReferences(text)) {
      const source = tainted.get(name);
      if (source) return `$${name} ← ${source}`;
    }
    return undefined;
  };
  const lines = shellLines(view);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const assignment = shellAssignment(line.text);
    if (assignment) {
      const source = taintOf(assignment.value);
      if (source) tainted.set(assignment.name, source);
    }
    yield { line, index, lines, taintOf };
  }
}

// A here-document start, `<<EOF`, `<<-'EOF'` or `<< "EOF"`: its delimiter word.
const hereDocument = /<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?/;

/** The lines of a here-document that starts on line `index`, if one does. */
export function hereDocumentBody(lines: readonly ShellLine[], index: number): ShellLine[] {
  const start = hereDocument.exec(lines[index]!.text);
  if (!start) return [];
  const end = lines.findIndex((line, position) => position > index && line.text.trim() === start[1]);
  return lines.slice(index + 1, end === -1 ? lines.length : end);
}
