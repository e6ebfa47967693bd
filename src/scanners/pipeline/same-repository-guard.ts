import { findExpressions } from './expressions/find-expressions.ts';
import { parseExpression, type ExpressionNode } from './expressions/parse-expression.ts';
import type { ScalarField } from './workflow-model.ts';

/** Contexts naming the repository the pull request (or triggering run) comes from. */
const headRepositoryNames = new Set(['github.event.pull_request.head.repo.full_name', 'github.event.workflow_run.head_repository.full_name']);
const headRepositoryForkFlags = new Set(['github.event.pull_request.head.repo.fork', 'github.event.workflow_run.head_repository.fork']);

/**
 * True when an `if:` lets the job or step run only for pull requests from the repository itself
 * (`head.repo.full_name == github.repository`, or `head.repo.fork` false), so fork authors, who
 * have no write access, never reach it. Only guards that must hold (`&&` chains) count.
 */
export function isSameRepositoryGuard(condition: ScalarField | undefined): boolean {
  if (!condition) return false;
  const bodies = condition.value.includes('${{') ? findExpressions(condition.value).map((occurrence) => occurrence.body) : [condition.value];
  return bodies.some((body) => {
    const node = parseExpression(body);
    return node !== undefined && requiresSameRepository(node);
  });
}

function requiresSameRepository(node: ExpressionNode): boolean {
  if (node.kind === 'not') return isContext(node.operand, headRepositoryForkFlags);
  if (node.kind !== 'binary') return false;
  if (node.operator === '&&') return requiresSameRepository(node.left) || requiresSameRepository(node.right);
  if (node.operator !== '==') return false;
  const pair = [node.left, node.right];
  const namesMatch = pair.some((side) => isContext(side, headRepositoryNames)) && pair.some((side) => isContext(side, new Set(['github.repository'])));
  const notFork = pair.some((side) => isContext(side, headRepositoryForkFlags)) && pair.some((side) => side.kind === 'literal' && (side.value === false || side.value === 'false'));
  return namesMatch || notFork;
}

function isContext(node: ExpressionNode, names: ReadonlySet<string>): boolean {
  return node.kind === 'context' && names.has(node.path.join('.'));
}
