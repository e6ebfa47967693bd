/** `${{ github.token }}` or `${{ secrets.GITHUB_TOKEN }}` (any case, any spacing, inside a larger expression too). */
const jobTokenPattern = /\$\{\{[^}]*\b(?:github\.token|secrets\.github_token)\b[^}]*\}\}/gi;

/** An expression that names another stored secret or a step output (an app or PAT token). */
const otherCredentialPattern = /\$\{\{\s*(?:secrets\.(?!github_token\b)[\w-]+|steps\.[\w-]+\.outputs\.[\w-]+)\s*\}\}/i;

export type TokenSource = 'job' | 'other' | 'unclear';

export function mentionsJobToken(text: string): boolean {
  jobTokenPattern.lastIndex = 0;
  return jobTokenPattern.test(text);
}

export function countJobTokenReferences(text: string): number {
  return [...text.matchAll(jobTokenPattern)].length;
}

/**
 * Which token an input or variable carries. `unclear` (an input, a variable, a matrix value) may
 * hold the job token, so callers treat it like `job`: rampart never assumes a scope is unused.
 */
export function tokenSource(value: string): TokenSource {
  if (mentionsJobToken(value)) return 'job';
  if (otherCredentialPattern.test(value)) return 'other';
  if (!value.includes('${{')) return value.trim() === '' ? 'unclear' : 'other';
  return 'unclear';
}
