import type { ExpressionNode } from './parse-expression.ts';

/** Functions whose result is a boolean or a hash: no input text reaches the output. */
const opaqueFunctions = new Set(['contains', 'startswith', 'endswith', 'hashfiles', 'success', 'failure', 'always', 'cancelled']);

/**
 * Context paths whose text can end up in the expression's value. Comparisons and `!` yield
 * booleans, so `github.event.issue.title == 'x'` contributes nothing; `a || b` may yield either.
 */
export function valueSources(node: ExpressionNode): string[][] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'context':
      return [node.path];
    case 'access':
      return valueSources(node.object).map((path) => [...path, ...node.path]);
    case 'call':
      return opaqueFunctions.has(node.name) ? [] : node.args.flatMap(valueSources);
    case 'not':
      return [];
    case 'binary':
      // `a && b` is `b` when `a` is truthy and a falsy `a` ('', 0, null, false) otherwise: only `b`'s text gets through.
      if (node.operator === '&&') return valueSources(node.right);
      return node.operator === '||' ? [...valueSources(node.left), ...valueSources(node.right)] : [];
  }
}

/** Every context path read anywhere in the expression, for conditions. */
export function allContexts(node: ExpressionNode): string[][] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'context':
      return [node.path];
    case 'access':
      return allContexts(node.object);
    case 'call':
      return node.args.flatMap(allContexts);
    case 'not':
      return allContexts(node.operand);
    case 'binary':
      return [...allContexts(node.left), ...allContexts(node.right)];
  }
}
