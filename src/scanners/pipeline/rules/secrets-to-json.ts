import { isScalar, visit, type Scalar } from 'yaml';
import type { FindingDraft } from '../../../core/finding.ts';
import { findExpressions } from '../expressions/find-expressions.ts';
import { parseExpression, type ExpressionNode } from '../expressions/parse-expression.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import type { PipelineFile } from '../workflow-model.ts';
import { spanOf } from '../yaml-source.ts';

// `json(` in any case, as in toJSON( or fromJson (, with optional spaces before the bracket.
const jsonCall = /json\s*\(/i;

type Misuse = { kind: 'all-secrets' } | { kind: 'unmasked-field' | 'unmasked-value'; secret: string };

/**
 * The runner masks each secret's exact value in logs, nothing more. `toJSON(secrets)` hands every
 * secret of the repository to one step, so anything that step runs or prints can leak all of them
 * at once. `fromJSON(secrets.X).field` pulls a value out of a JSON secret: that value was never
 * registered for masking (nor is the decoded form of a JSON-quoted secret), so it appears in clear
 * in any log line that prints it.
 */
export const secretsToJson: PipelineRule = {
  id: 'secrets-to-json',
  title: 'Secrets serialised or unpacked past log masking',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-200', 'CWE-532', 'least-privilege'],
  equivalents: ['overprovisioned-secrets', 'unredacted-secrets'],
  description: '`toJSON(secrets)` anywhere in an expression, or a secret decoded with `fromJSON(secrets.X)` (alone or with a field read out of it).',
  remediation: 'Pass each secret a step needs by name (`${{ secrets.NPM_TOKEN }}`); store structured credentials as one secret per value instead of a JSON blob, or call `::add-mask::` on each extracted value before anything prints it.',
  // Both misuses need a toJSON( or fromJSON( call: files without one skip the walk over every scalar.
  check: (file) => (jsonCall.test(file.source.text) ? expressionScalars(file).flatMap((scalar) => scalarFindings(file, scalar)) : []),
};

/** Every scalar of the document holding an expression, wherever it sits (env, with, run, if …). */
function expressionScalars(file: PipelineFile): Scalar[] {
  const found: Scalar[] = [];
  visit(file.source.doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.includes('${{')) found.push(node);
    },
  });
  return found;
}

function scalarFindings(file: PipelineFile, scalar: Scalar): FindingDraft[] {
  const view = viewScalar(file.source, { value: String(scalar.value), span: spanOf(scalar), style: scalar.type });
  return findExpressions(view.text).flatMap((occurrence) => {
    const tree = parseExpression(occurrence.body);
    if (!tree) return [];
    return findMisuses(tree).map((misuse) => draft('secrets-to-json', viewRange(file.source, view, occurrence.start, occurrence.end), messageFor(misuse), fingerprintFor(misuse)));
  });
}

function findMisuses(node: ExpressionNode): Misuse[] {
  switch (node.kind) {
    case 'call': {
      const inner = node.args.flatMap(findMisuses);
      if (node.name === 'tojson' && node.args.some(isWholeSecretsContext)) return [{ kind: 'all-secrets' }, ...inner];
      const secret = unpackedSecret(node);
      return secret ? [{ kind: 'unmasked-value', secret }, ...inner] : inner;
    }
    case 'access': {
      // A field of the decoded secret is one finding, not a second one for the call beneath it.
      const secret = unpackedSecret(node.object);
      if (secret && node.object.kind === 'call') return [{ kind: 'unmasked-field', secret }, ...node.object.args.flatMap(findMisuses)];
      return findMisuses(node.object);
    }
    case 'not':
      return findMisuses(node.operand);
    case 'binary':
      return [...findMisuses(node.left), ...findMisuses(node.right)];
    default:
      return [];
  }
}

/** `secrets` itself (or `secrets.*`), not one named secret. */
function isWholeSecretsContext(node: ExpressionNode): boolean {
  return node.kind === 'context' && node.path[0] === 'secrets' && (node.path.length === 1 || (node.path.length === 2 && node.path[1] === '*'));
}

/** The secret name when the node is `fromJSON(secrets.X)`. */
function unpackedSecret(node: ExpressionNode): string | undefined {
  if (node.kind !== 'call' || node.name !== 'fromjson') return undefined;
  const [argument] = node.args;
  if (argument?.kind !== 'context' || argument.path[0] !== 'secrets' || argument.path.length !== 2) return undefined;
  return argument.path[1];
}

function messageFor(misuse: Misuse): string {
  if (misuse.kind === 'all-secrets') return 'toJSON(secrets) hands every repository secret to this step: anything it runs or prints, or a compromised action it calls, can leak them all at once.';
  if (misuse.kind === 'unmasked-value') return `fromJSON(secrets.${misuse.secret}) decodes the secret into text the runner never registered for masking (quotes and escapes removed, or a field inside it): any log line that prints it shows the credential in clear.`;
  return `A field read out of fromJSON(secrets.${misuse.secret}) is not masked in logs: any step output or error that prints it shows the credential in clear to everyone who can read the run.`;
}

function fingerprintFor(misuse: Misuse): string {
  return misuse.kind === 'all-secrets' ? 'toJSON(secrets)' : `fromJSON(secrets.${misuse.secret})`;
}
