import { isAttackerControlled } from './expressions/attacker-contexts.ts';
import { valueSources } from './expressions/expression-sources.ts';
import { findExpressions } from './expressions/find-expressions.ts';
import { parseExpression } from './expressions/parse-expression.ts';
import type { EnvVar, Job, PipelineFile, Step } from './workflow-model.ts';

/** `env:` blocks visible from a place, innermost first (step, job, workflow). */
export type EnvScopes = readonly (readonly EnvVar[])[];

export function envScopesOf(file: PipelineFile, job: Job | undefined, step: Step | undefined): EnvScopes {
  const scopes: EnvVar[][] = [];
  if (step) scopes.push(step.env);
  if (job) scopes.push(job.env);
  if (file.kind === 'workflow') scopes.push(file.env);
  return scopes;
}

/** How deep `env.A` → `env.B` → … chains are followed; real workflows use one or two hops. */
const maxEnvHops = 4;

/**
 * The attacker-controlled contexts whose text reaches the value of an expression body, written
 * as a reader would trace them: `github.head_ref` or `env.BRANCH ← github.head_ref`.
 */
export function attackerSources(body: string, scopes: EnvScopes, isTainted: TaintClassifier = isAttackerControlled, hops = 0): string[] {
  const node = parseExpression(body);
  if (!node) return [];
  const found: string[] = [];
  for (const path of valueSources(node)) {
    if (path[0] === 'env' && path.length >= 2) {
      for (const source of envVarSources(path[1]!, scopes, isTainted, hops)) found.push(`env.${path[1]} ← ${source}`);
      continue;
    }
    if (isTainted(path)) found.push(path.join('.'));
  }
  return found;
}

/** Decides whether a context path carries tainted text. */
export type TaintClassifier = (path: readonly string[]) => boolean;

/**
 * `inputs.<name>` that callers fill in with free text: every input of a composite action, and
 * string inputs of a reusable workflow. A caller may pass a pull request title straight through.
 */
export function callerInputClassifier(file: PipelineFile): TaintClassifier | undefined {
  const names = new Set<string>();
  if (file.kind === 'action' && file.using === 'composite') return (path) => path[0] === 'inputs' && path.length >= 2;
  if (file.kind === 'workflow') {
    const call = file.triggers.find((trigger) => trigger.name === 'workflow_call');
    for (const input of call?.inputs ?? []) if (input.type === undefined || input.type === 'string') names.add(input.name.toLowerCase());
  }
  if (names.size === 0) return undefined;
  return (path) => path[0] === 'inputs' && path[1] !== undefined && names.has(path[1]);
}

/** Attacker contexts that flow into an env var, looked up from the innermost scope outwards. */
export function envVarSources(name: string, scopes: EnvScopes, isTainted: TaintClassifier = isAttackerControlled, hops = 0): string[] {
  if (hops >= maxEnvHops) return [];
  for (let level = 0; level < scopes.length; level += 1) {
    const variable = scopes[level]!.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!variable) continue;
    if (!variable.value) return [];
    // An env value sees only the scopes outside the one that defines it.
    const outer = scopes.slice(level + 1);
    return findExpressions(variable.value.value).flatMap((occurrence) => attackerSources(occurrence.body, outer, isTainted, hops + 1));
  }
  return [];
}

/** Env var names visible from a place whose value carries attacker text, with where it came from. */
export function taintedEnvVars(scopes: EnvScopes, isTainted: TaintClassifier = isAttackerControlled): Map<string, string> {
  const tainted = new Map<string, string>();
  const names = new Set(scopes.flatMap((scope) => scope.map((variable) => variable.name)));
  for (const name of names) {
    const [source] = envVarSources(name, scopes, isTainted);
    if (source) tainted.set(name, source);
  }
  return tainted;
}
