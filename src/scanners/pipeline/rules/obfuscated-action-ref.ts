import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { allUsesFields, type PipelineFile, type ScalarField } from '../workflow-model.ts';

// Owners whose canonical spelling is all lower case; another casing is only ever a disguise.
const lowerCaseOwners: ReadonlySet<string> = new Set(['actions', 'github', 'docker', 'aws-actions', 'google-github-actions']);

/**
 * GitHub normalises `uses:` paths and owner names, so `actions/checkout/./@v4`,
 * `actions//checkout@v4` or `ACTIONS/checkout@v4` run the same code as the plain spelling,
 * while allow-lists, pin checkers, Dependabot and reviewers compare the text and see something
 * else. An attacker slipping an action past review or policy uses exactly these spellings.
 */
export const obfuscatedActionRef: PipelineRule = {
  id: 'obfuscated-action-ref',
  title: 'Action reference spelled to hide what runs',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-116', 'supply-chain'],
  equivalents: ['obfuscation'],
  description: 'A `uses:` path with empty (`//`), `.` or `..` segments, a trailing `/`, more than one `@`, or a well-known lower-case owner (`actions`, `github`, `docker`, …) written in another case: it resolves to an action other than the one its text suggests to people and tools.',
  remediation: 'Write the canonical reference: `owner/repo[/path]@<full-sha> # vX.Y.Z`, with no `.`/`..`/empty segments, no trailing slash and the owner spelled as on GitHub.',
  check: (file) => [...allUsesFields(file)].flatMap((field) => checkUses(file, field)),
};

function checkUses(file: PipelineFile, field: ScalarField): FindingDraft[] {
  const uses = field.value.trim();
  if (uses.startsWith('docker://') || uses.includes('${{')) return [];
  const at = uses.lastIndexOf('@');
  const path = at === -1 ? uses : uses.slice(0, at);
  // `./` alone is the repository's own root action.
  const extraAt = uses.indexOf('@') !== at ? 'has more than one `@`' : undefined;
  const problem = extraAt ?? (path === './' ? undefined : (pathProblem(path.startsWith('./') ? path.slice(2) : path) ?? caseProblem(path)));
  if (!problem) return [];
  const message = `${uses} ${problem}: reviewers, allow-lists and pin checkers read a different action from the one GitHub runs, so a swapped or unapproved action can hide behind this spelling.`;
  return [draft('obfuscated-action-ref', rangeOf(file.source, field.span), message, uses)];
}

function pathProblem(path: string): string | undefined {
  const segments = path.split('/');
  if (segments.some((segment) => segment === '..')) return 'has a `..` segment';
  if (segments.some((segment) => segment === '.')) return 'has a `.` segment';
  if (path.endsWith('/')) return 'ends its path with `/`';
  if (segments.some((segment) => segment === '')) return 'has an empty `//` segment';
  return undefined;
}

function caseProblem(path: string): string | undefined {
  const owner = path.split('/')[0] ?? '';
  if (owner === owner.toLowerCase() || !lowerCaseOwners.has(owner.toLowerCase())) return undefined;
  return `spells the owner "${owner.toLowerCase()}" as "${owner}"`;
}
