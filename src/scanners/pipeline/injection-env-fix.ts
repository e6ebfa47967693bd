import type { Fix, FixEdit } from '../../core/finding.ts';
import type { ExpressionOccurrence } from './expressions/find-expressions.ts';
import { viewScalar } from './scalar-view.ts';
import { jobShellFacts } from './job-shells.ts';
import { addStepBlockEntries, replaceSpan } from './step-block-edits.ts';
import type { Job, PipelineFile, Step } from './workflow-model.ts';

type Shell = 'posix' | 'pwsh';
type Quoting = 'double' | 'single' | 'none';

/** A plain `a.b.c` context path, so the variable can be named after it. */
const contextPath = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)+$/;
/** `env.NAME`: already an environment variable of the step; no new entry needed. */
const envReference = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;
/** Shells that read variables as `$NAME` and quote with ' and ". */
const posixShell = /^(?:bash|sh)\b/;
/** PowerShell in either of its names. */
const powerShell = /^(?:pwsh|powershell)\b/;
/** A heredoc marker: variables expand inside one, but quotes are literal text. */
const heredoc = /<<-?\s*['"]?[A-Za-z_]/;

/**
 * Moves each flagged `${{ … }}` of a step's `run:` into a step `env:` variable and reads the
 * variable in the script instead, so the value stays data. One fix per step covers every flagged
 * expression in it; each of the step's findings carries the same fix. Safe only when every
 * expression sat inside quotes of a POSIX shell (or outside single quotes in PowerShell), where
 * the variable reads back exactly the text the expression pasted; unquoted, word splitting and
 * globbing stop applying, and in a heredoc quotes become text, so the fix is marked unsafe.
 */
export function injectionEnvFix(file: PipelineFile, job: Job | undefined, step: Step, flagged: readonly ExpressionOccurrence[]): Fix | undefined {
  const run = step.run;
  if (!run || flagged.length === 0 || run.span.start < step.span.start || run.span.end > step.span.end) return undefined;
  const shell = shellOf(file, job, step);
  if (!shell) return undefined;
  const view = viewScalar(file.source, run);
  const names = new Map<string, string>();
  const newEntries: { key: string; value: string }[] = [];
  const edits: FixEdit[] = [];
  let isSafe = !heredoc.test(view.text);
  for (const occurrence of flagged) {
    const expression = view.text.slice(occurrence.start, occurrence.end);
    const name = variableFor(occurrence.body, expression, step, names, newEntries);
    const quoting = quotingAt(view.text, run.style === 'QUOTE_DOUBLE' || run.style === 'QUOTE_SINGLE' ? 1 : 0, occurrence.start);
    const reference = shell === 'pwsh' ? `$env:${name}` : posixReference(name, quoting, view.text[occurrence.end]);
    isSafe &&= shell === 'pwsh' ? quoting !== 'single' : quoting !== 'none';
    const written = escapeForStyle(reference, run.style);
    if (written === undefined || (run.style === 'PLAIN' && occurrence.start === 0)) return undefined;
    edits.push(replaceSpan(file, { start: view.fileOffset(occurrence.start), end: view.fileOffset(occurrence.end - 1) + 1 }, written));
  }
  if (newEntries.length > 0) {
    const envEdit = addStepBlockEntries(file, step, 'env', newEntries);
    if (!envEdit) return undefined;
    edits.unshift(envEdit);
  }
  const count = flagged.length;
  return { title: `Pass ${count === 1 ? 'the expression' : `${count} expressions`} to run: through env: variables`, safety: isSafe ? 'safe' : 'unsafe', edits };
}

/** Reuses a step env variable that holds the same expression, or names a new one after the context path. */
function variableFor(body: string, expression: string, step: Step, names: Map<string, string>, newEntries: { key: string; value: string }[]): string {
  const known = names.get(body);
  if (known) return known;
  const fromEnv = envReference.exec(body)?.[1];
  const existing = step.env.find((variable) => variable.value?.value.trim() === expression);
  let name = fromEnv ?? existing?.name;
  if (!name) {
    name = uniqueName(baseName(body), step, newEntries);
    newEntries.push({ key: name, value: expression });
  }
  names.set(body, name);
  return name;
}

/** `github.event.pull_request.title` → `PULL_REQUEST_TITLE`; `github.head_ref` → `HEAD_REF` (GitHub reserves GITHUB_*). */
function baseName(body: string): string {
  if (!contextPath.test(body)) return 'UNTRUSTED_VALUE';
  const parts = body.split('.').filter((part, index) => !(index === 0 && part === 'github') && part !== 'event');
  // Dashes and other characters a variable name cannot hold become underscores.
  return parts.slice(-2).join('_').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}

function uniqueName(base: string, step: Step, newEntries: readonly { key: string }[]): string {
  const taken = new Set([...step.env.map((variable) => variable.name.toUpperCase()), ...newEntries.map((item) => item.key.toUpperCase())]);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}_${suffix}`)) return `${base}_${suffix}`;
}

/** POSIX reference for the quoting around it: inside "…" the variable alone, inside '…' closing and reopening the quotes. */
function posixReference(name: string, quoting: Quoting, next: string | undefined): string {
  // A following letter, digit or underscore would extend the variable name.
  const braced = next !== undefined && /[A-Za-z0-9_]/.test(next) ? `\${${name}}` : `$${name}`;
  if (quoting === 'double') return braced;
  if (quoting === 'single') return `'"${braced}"'`;
  return `"${braced}"`;
}

/** Which shell quotes are open at an offset of the script (from `from`, past a YAML quote): a small scanner over quotes, backslashes and comments. */
function quotingAt(script: string, from: number, offset: number): Quoting {
  let quoting: Quoting = 'none';
  for (let index = from; index < offset; index++) {
    const char = script[index];
    if (quoting === 'single') {
      if (char === "'") quoting = 'none';
    } else if (char === '\\') {
      index++;
    } else if (char === '"') {
      quoting = quoting === 'double' ? 'none' : 'double';
    } else if (char === "'" && quoting === 'none') {
      quoting = 'single';
    } else if (char === '#' && quoting === 'none' && (index === 0 || /\s/.test(script[index - 1]!))) {
      // A comment (a # after whitespace) runs to the end of its line.
      const lineEnd = script.indexOf('\n', index);
      if (lineEnd === -1 || lineEnd >= offset) return 'none';
      index = lineEnd;
    }
  }
  return quoting;
}

/** The reference as it must be written inside the YAML scalar; undefined when the style cannot hold it safely. */
function escapeForStyle(reference: string, style: string | undefined): string | undefined {
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' || style === 'PLAIN') return reference;
  if (style === 'QUOTE_DOUBLE') return reference.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  if (style === 'QUOTE_SINGLE') return reference.replaceAll("'", "''");
  return undefined;
}

/** The step's shell: its own `shell:`, the job's or workflow's `defaults.run.shell`, else what the runner uses. */
function shellOf(file: PipelineFile, job: Job | undefined, step: Step): Shell | undefined {
  const facts = file.kind === 'workflow' && job ? jobShellFacts(file, job.id) : undefined;
  const declared = step.shell?.value ?? facts?.defaultShell;
  if (declared !== undefined) return posixShell.test(declared.trim()) ? 'posix' : powerShell.test(declared.trim()) ? 'pwsh' : undefined;
  const runsOn = facts?.runsOn;
  if (runsOn === undefined || runsOn.includes('${{')) return undefined;
  // Windows runners (windows-latest, self-hosted labels) default to PowerShell.
  return /windows/i.test(runsOn) ? 'pwsh' : 'posix';
}
