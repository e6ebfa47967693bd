import type { FindingDraft } from '../../../core/finding.ts';
import { findExpressions } from '../expressions/find-expressions.ts';
import { parseExpression, type ExpressionNode } from '../expressions/parse-expression.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { allSteps, type PipelineFile, type ScalarField } from '../workflow-model.ts';

/**
 * GitHub evaluates an `if:` as one expression only when the whole value is a single `${{ … }}`
 * (or bare expression). Anything else around the braces, even the trailing newline of an
 * `if: |` block, turns the value into a non-empty string, which is always true: the guard in
 * front of a deploy or a secret-using step silently stops guarding. `contains('a,b', x)` on a
 * string literal is a substring test, so a branch or label named `a` or `,b` also passes.
 */
export const unsoundCondition: PipelineRule = {
  id: 'unsound-condition',
  title: 'Condition that is always true or matches more than intended',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-670'],
  equivalents: ['unsound-condition', 'unsound-contains'],
  description: 'An `if:` whose value mixes `${{ … }}` with other text (`${{ a }} && ${{ b }}`, or a block scalar `if: |` whose final newline is kept), so it is a non-empty string and always true; or `contains(\'literal string\', x)` used as a list membership test, which is a substring match.',
  remediation: 'Write the whole condition as one expression (`if: ${{ a && b }}` or `if: a && b`), use `|-` or a plain scalar instead of `|`/`>`, and test membership against a real list: `contains(fromJSON(\'["refs/heads/main","refs/heads/dev"]\'), github.ref)` or explicit `==` comparisons.',
  check: (file) => conditions(file).flatMap((field) => [...alwaysTrue(file, field), ...substringMembership(file, field)]),
};

function conditions(file: PipelineFile): ScalarField[] {
  const fields: (ScalarField | undefined)[] = [];
  if (file.kind === 'workflow') fields.push(...file.jobs.map((job) => job.if));
  for (const { step } of allSteps(file)) fields.push(step.if);
  return fields.filter((field): field is ScalarField => field !== undefined);
}

function alwaysTrue(file: PipelineFile, field: ScalarField): FindingDraft[] {
  const occurrences = findExpressions(field.value);
  if (occurrences.length === 0) return [];
  const rest = occurrences.reduceRight((text, occurrence) => text.slice(0, occurrence.start) + text.slice(occurrence.end), field.value);
  if (rest === '') return [];
  const why = rest.trim() === '' ? 'the block scalar keeps whitespace or a newline next to `${{ … }}`' : `the text ${JSON.stringify(rest.trim())} sits outside \`\${{ … }}\``;
  const message = `This condition is always true because ${why}, so it is read as a non-empty string: the step or job runs for anyone who triggers the workflow, whatever the guard was meant to exclude.`;
  return [draft('unsound-condition', rangeOf(file.source, field.span), message, `always-true:${field.value.trim()}`)];
}

function substringMembership(file: PipelineFile, field: ScalarField): FindingDraft[] {
  const bodies = field.value.includes('${{') ? findExpressions(field.value).map((occurrence) => occurrence.body) : [field.value];
  const calls = bodies.map(parseExpression).flatMap((node) => (node ? literalContains(node) : []));
  return calls.map((call) => ({
    ...draft('unsound-condition', rangeOf(file.source, field.span), `contains(${JSON.stringify(call.haystack)}, ${call.needle}) is a substring test on a string, not a list lookup: any value that is part of that string (a branch or label named "${shortPart(call.haystack)}") passes this check.`, `contains:${call.haystack}:${call.needle}`),
    severity: 'medium' as const,
  }));
}

function literalContains(node: ExpressionNode): { haystack: string; needle: string }[] {
  switch (node.kind) {
    case 'call': {
      const [haystack, needle] = node.args;
      const inner = node.args.flatMap(literalContains);
      if (node.name === 'contains' && haystack?.kind === 'literal' && typeof haystack.value === 'string' && needle && needle.kind !== 'literal') {
        return [{ haystack: haystack.value, needle: describe(needle) }, ...inner];
      }
      return inner;
    }
    case 'binary':
      return [...literalContains(node.left), ...literalContains(node.right)];
    case 'not':
      return literalContains(node.operand);
    default:
      return [];
  }
}

function describe(node: ExpressionNode): string {
  if (node.kind === 'context') return node.path.join('.');
  if (node.kind === 'call') return `${node.name}(…)`;
  return 'a value';
}

/** A fragment of the literal an attacker could name a branch or label after: its first few characters. */
function shortPart(haystack: string): string {
  const first = haystack.split(/[\s,]+/).find((part) => part.length > 1) ?? haystack;
  return first.slice(0, Math.max(1, first.length - 1));
}
