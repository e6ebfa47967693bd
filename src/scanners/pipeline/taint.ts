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

/**
 * Says where a context path's tainted text comes from (`github.head_ref`, or
 * `steps.x.outputs.y ← github.head_ref`), or undefined when the path is not tainted.
 */
export type TaintClassifier = (path: readonly string[]) => string | undefined;

/** Contexts whose text outsiders write: pull request, issue and comment text, fork branch names. */
export const attackerClassifier: TaintClassifier = (path) => (isAttackerControlled(path) ? path.join('.') : undefined);

/** How deep `env.A` → `env.B` → … chains are followed; real workflows use one or two hops. */
const maxEnvHops = 4;

/**
 * The tainted contexts whose text reaches the value of an expression body, written as a reader
 * would trace them: `github.head_ref` or `env.BRANCH ← github.head_ref`.
 */
export function attackerSources(body: string, scopes: EnvScopes, classify: TaintClassifier = attackerClassifier, hops = 0): string[] {
  const node = parseExpression(body);
  if (!node) return [];
  const found: string[] = [];
  for (const path of valueSources(node)) {
    if (path[0] === 'env' && path.length >= 2) {
      const name = declaredName(path[1]!, scopes);
      for (const source of envVarSources(name, scopes, classify, hops)) found.push(`env.${name} ← ${source}`);
      continue;
    }
    const source = classify(path);
    if (source) found.push(source);
  }
  return found;
}

/** The env var name as declared (expressions read `env.*` case-insensitively and lower-case it). */
function declaredName(name: string, scopes: EnvScopes): string {
  for (const scope of scopes) for (const variable of scope) if (variable.name.toLowerCase() === name) return variable.name;
  return name;
}

/**
 * `inputs.<name>` that callers fill in with free text: every input of a composite action, and
 * string inputs of a reusable workflow. A caller may pass a pull request title straight through.
 */
export function callerInputClassifier(file: PipelineFile): TaintClassifier | undefined {
  const describe = (path: readonly string[]) => path.join('.');
  if (file.kind === 'action') return file.using === 'composite' ? (path) => (path[0] === 'inputs' && path.length >= 2 ? describe(path) : undefined) : undefined;
  const call = file.triggers.find((trigger) => trigger.name === 'workflow_call');
  const names = new Set((call?.inputs ?? []).filter((input) => input.type === undefined || input.type === 'string').map((input) => input.name.toLowerCase()));
  if (names.size === 0) return undefined;
  return (path) => (path[0] === 'inputs' && path[1] !== undefined && names.has(path[1]) ? describe(path) : undefined);
}

/** Tainted text reachable from an env var, looked up from the innermost scope outwards. */
export function envVarSources(name: string, scopes: EnvScopes, classify: TaintClassifier = attackerClassifier, hops = 0): string[] {
  if (hops >= maxEnvHops) return [];
  for (let level = 0; level < scopes.length; level += 1) {
    // Context property names are case-insensitive in expressions.
    const variable = scopes[level]!.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!variable) continue;
    if (!variable.value) return [];
    // An env value sees only the scopes outside the one that defines it.
    const outer = scopes.slice(level + 1);
    return findExpressions(variable.value.value).flatMap((occurrence) => attackerSources(occurrence.body, outer, classify, hops + 1));
  }
  return [];
}

/** Env var names visible from a place whose value carries tainted text, with where it came from. */
export function taintedEnvVars(scopes: EnvScopes, classify: TaintClassifier = attackerClassifier): Map<string, string> {
  const tainted = new Map<string, string>();
  const names = new Set(scopes.flatMap((scope) => scope.map((variable) => variable.name)));
  for (const name of names) {
    const [source] = envVarSources(name, scopes, classify);
    if (source) tainted.set(name, source);
  }
  return tainted;
}
