import { isUnknown, type IacValue } from '../../iac-value.ts';
import type { Expression, HclBody, TemplatePart, TraversalStep } from './hcl-syntax.ts';

/**
 * Candidate addresses a body refers to, read from its syntax (`aws_s3_bucket.b.id` →
 * `aws_s3_bucket.b`, `data.aws_iam_policy_document.p.json` → `data.aws_iam_policy_document.p`,
 * `module.vpc.id` → `module.vpc`). The caller keeps those that name a declared resource.
 */
export function referencedNames(body: HclBody): ReadonlySet<string> {
  // Syntax does not change: a local module evaluated once per call walks each body once.
  let names = namesByBody.get(body);
  if (!names) {
    names = new Set();
    collectNames(body, names);
    namesByBody.set(body, names);
  }
  return names;
}

const namesByBody = new WeakMap<HclBody, Set<string>>();

function collectNames(body: HclBody, into: Set<string>): void {
  for (const attribute of body.attributes) walkExpression(attribute.expression, into);
  for (const block of body.blocks) collectNames(block.body, into);
}

function walkExpression(expression: Expression, into: Set<string>): void {
  switch (expression.kind) {
    case 'scope': {
      const address = addressOf(expression.name, expression.steps);
      if (address) into.add(address);
      walkSteps(expression.steps, into);
      return;
    }
    case 'template':
      walkParts(expression.parts, into);
      return;
    case 'tuple':
      for (const item of expression.items) walkExpression(item, into);
      return;
    case 'object':
      for (const entry of expression.entries) {
        if (!entry.keyIsName) walkExpression(entry.key, into);
        walkExpression(entry.value, into);
      }
      return;
    case 'traverse':
      walkExpression(expression.target, into);
      walkSteps(expression.steps, into);
      return;
    case 'call':
      for (const argument of expression.args) walkExpression(argument, into);
      return;
    case 'conditional':
      walkExpression(expression.condition, into);
      walkExpression(expression.whenTrue, into);
      walkExpression(expression.whenFalse, into);
      return;
    case 'unary':
      walkExpression(expression.operand, into);
      return;
    case 'binary':
      walkExpression(expression.left, into);
      walkExpression(expression.right, into);
      return;
    case 'for':
      walkExpression(expression.collection, into);
      if (expression.keyExpression) walkExpression(expression.keyExpression, into);
      walkExpression(expression.valueExpression, into);
      if (expression.condition) walkExpression(expression.condition, into);
      return;
    default:
      return;
  }
}

function walkParts(parts: readonly TemplatePart[], into: Set<string>): void {
  for (const part of parts) {
    if (part.kind === 'interpolation') walkExpression(part.expression, into);
    else if (part.kind === 'if') {
      walkExpression(part.condition, into);
      walkParts(part.whenTrue, into);
      walkParts(part.whenFalse, into);
    } else if (part.kind === 'for') {
      walkExpression(part.collection, into);
      walkParts(part.body, into);
    }
  }
}

function walkSteps(steps: readonly TraversalStep[], into: Set<string>): void {
  for (const step of steps) {
    if (step.kind === 'index') walkExpression(step.key, into);
    else if (step.kind === 'splat') walkSteps(step.steps, into);
  }
}

function addressOf(name: string, steps: readonly TraversalStep[]): string | undefined {
  const [first, second] = steps;
  if (first?.kind !== 'attribute') return undefined;
  if (name === 'data') return second?.kind === 'attribute' ? `data.${first.name}.${second.name}` : undefined;
  return `${name}.${first.name}`;
}

/** Resource addresses carried by unknown values anywhere inside a value. */
export function unknownReferences(value: IacValue, into: Set<string>, depth = 0): void {
  if (depth > 64) return;
  if (value === null || typeof value !== 'object') return;
  if (isUnknown(value)) for (let index = 0; index < value.refersTo.length; index++) into.add(value.refersTo[index]!);
  else if (Array.isArray(value)) for (let index = 0; index < value.length; index++) unknownReferences(value[index]!, into, depth + 1);
  // for…in, not Object.values: no array per object walked (every attribute of every instance is).
  else for (const key in value) unknownReferences(value[key]!, into, depth + 1);
}
