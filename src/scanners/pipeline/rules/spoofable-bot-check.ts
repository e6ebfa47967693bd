import type { FindingDraft } from '../../../core/finding.ts';
import { findExpressions } from '../expressions/find-expressions.ts';
import { parseExpression, type ExpressionNode } from '../expressions/parse-expression.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { allSteps, type PipelineFile, type ScalarField } from '../workflow-model.ts';

// Contexts naming whoever caused the latest event, not who wrote the code.
const actorContexts = new Set(['github.actor', 'github.triggering_actor', 'github.actor_id', 'github.triggering_actor_id']);

/**
 * `github.actor` is whoever caused the latest event, not who wrote the pull request. An attacker
 * can open a pull request and then get Dependabot or Renovate to act on it (a rebase request, a
 * dependency update on their branch), so a check like `github.actor == 'dependabot[bot]'` lets
 * their code through with the bot's trust, secrets and auto-merge.
 */
export const spoofableBotCheck: PipelineRule = {
  id: 'spoofable-bot-check',
  title: 'Bot identity checked through github.actor',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-290'],
  equivalents: ['bot-conditions'],
  description: 'An `if:` that compares `github.actor` or `github.triggering_actor` with a `…[bot]` login (or `github.actor_id` with a number), also through `contains`, `startsWith` or `endsWith`.',
  remediation: 'Check who authored the change instead: `github.event.pull_request.user.login == \'dependabot[bot]\'`, and still treat the pull request\'s code as untrusted.',
  check: (file) => conditions(file).flatMap((field) => checkCondition(file, field)),
};

function conditions(file: PipelineFile): ScalarField[] {
  const fields: (ScalarField | undefined)[] = [];
  if (file.kind === 'workflow') fields.push(...file.jobs.map((job) => job.if));
  for (const { step } of allSteps(file)) fields.push(step.if);
  return fields.filter((field): field is ScalarField => field !== undefined);
}

function checkCondition(file: PipelineFile, field: ScalarField): FindingDraft[] {
  // A condition may be a bare expression or contain `${{ … }}` wrappers; both are parsed.
  const bodies = field.value.includes('${{') ? findExpressions(field.value).map((occurrence) => occurrence.body) : [field.value];
  const compared = bodies.map(parseExpression).flatMap((node) => (node ? spoofableComparisons(node) : []));
  if (compared.length === 0) return [];
  return [draft('spoofable-bot-check', rangeOf(file.source, field.span), `This condition trusts ${compared[0]}, which is whoever caused the latest event: an attacker can make the bot act on their pull request and pass this check.`, field.value)];
}

function spoofableComparisons(node: ExpressionNode): string[] {
  switch (node.kind) {
    case 'binary':
      if (node.operator === '==') {
        const match = actorComparison(node.left, node.right) ?? actorComparison(node.right, node.left);
        if (match) return [match];
      }
      return [...spoofableComparisons(node.left), ...spoofableComparisons(node.right)];
    case 'not':
      return [];
    case 'call': {
      const [haystack, needle] = node.args;
      if (['contains', 'startswith', 'endswith'].includes(node.name) && haystack && needle) {
        const match = actorComparison(haystack, needle);
        if (match) return [match];
      }
      return node.args.flatMap(spoofableComparisons);
    }
    default:
      return [];
  }
}

function actorComparison(context: ExpressionNode, literal: ExpressionNode): string | undefined {
  if (context.kind !== 'context' || literal.kind !== 'literal') return undefined;
  const path = context.path.join('.');
  if (!actorContexts.has(path)) return undefined;
  const isIdCheck = path.endsWith('_id') && (typeof literal.value === 'number' || /^\d+$/.test(String(literal.value)));
  const isBotLogin = typeof literal.value === 'string' && /\[bot\]$/i.test(literal.value);
  if (!isIdCheck && !isBotLogin) return undefined;
  return `${path} == ${JSON.stringify(literal.value)}`;
}
