import type { EnvVar, Job, Step, WorkflowFile } from '../workflow-model.ts';
import { actionPermissions, type ActionPermissions } from './action-permissions.ts';
import { githubScriptNeeds } from './github-script-needs.ts';
import { runStepNeeds, type StepNeeds } from './run-step-needs.ts';
import { mergeLevels, type ScopeLevels, type TokenScope } from './scopes.ts';
import { countJobTokenReferences, mentionsJobToken, tokenSource } from './token-references.ts';

/** The least a job's token must grant, and what the file cannot tell. */
export interface JobNeeds {
  needs: ScopeLevels;
  /** Scopes some step may use in ways the file does not show; `all` when nothing can be said. */
  unknown: ReadonlySet<TokenScope> | 'all';
  /** Why needs are unknown, for messages (first reason only matters). */
  reasons: string[];
}

const knowledgeBase = new Map(actionPermissions.map((entry) => [entry.action.toLowerCase(), entry]));

/** The knowledge-base entry for a `uses:` value (path without ref, any case). */
export function lookUpAction(uses: string): ActionPermissions | undefined {
  const [path] = uses.trim().split('@');
  return knowledgeBase.get(path!.toLowerCase());
}

/** Unions what every step of a job needs; reusable-workflow calls are known only when in the knowledge base. */
export function jobNeeds(file: WorkflowFile, job: Job): JobNeeds {
  if (job.uses) return reusableCallNeeds(job.uses.value);
  if (hasHiddenTokenUse(file, job)) return { needs: {}, unknown: 'all', reasons: ['the job token is passed outside its steps (container or service credentials)'] };
  let needs: ScopeLevels = {};
  const unknown = new Set<TokenScope>();
  const reasons: string[] = [];
  const state = { gitHasJobToken: false, dockerHasJobToken: false };
  for (const step of job.steps) {
    const result = stepNeeds(file, job, step, state);
    needs = mergeLevels(needs, result.needs);
    if (result.unknown === 'all') return { needs, unknown: 'all', reasons: [result.reason ?? `step ${step.index + 1} is not understood`] };
    for (const scope of result.unknown) unknown.add(scope);
    if (result.reason) reasons.push(result.reason);
  }
  return { needs, unknown, reasons };
}

function reusableCallNeeds(uses: string): JobNeeds {
  const entry = lookUpAction(uses);
  if (!entry || entry.needs === 'unknown') return { needs: {}, unknown: 'all', reasons: [`the called workflow ${uses.trim()} is not analysed`] };
  return { needs: entry.needs, unknown: new Set(), reasons: [] };
}

/** The job token in `container:` or `services:` credentials, which steps do not show. */
function hasHiddenTokenUse(file: WorkflowFile, job: Job): boolean {
  const jobText = file.source.text.slice(job.span.start, job.span.end);
  const inSteps = job.steps.reduce((count, step) => count + countJobTokenReferences(file.source.text.slice(step.span.start, step.span.end)), 0);
  const inEnv = job.env.filter((variable) => variable.value && mentionsJobToken(variable.value.value)).length;
  return countJobTokenReferences(jobText) > inSteps + inEnv;
}

interface CredentialState {
  gitHasJobToken: boolean;
  dockerHasJobToken: boolean;
}

function stepNeeds(file: WorkflowFile, job: Job, step: Step, state: CredentialState): StepNeeds {
  const env = [...file.env, ...job.env, ...step.env];
  if (step.run) {
    const tokenInEnvironment = env.some((variable) => variable.value !== undefined && mentionsJobToken(variable.value.value)) || mentionsJobToken(step.run.value);
    return runStepNeeds(step.run.value, { tokenInEnvironment, ...state });
  }
  const uses = step.uses?.value.trim();
  if (!uses) return { needs: {}, unknown: new Set() };
  if (uses.startsWith('docker://')) return stepPassesToken(step) ? { needs: {}, unknown: 'all', reason: `${uses} receives the job token` } : { needs: {}, unknown: new Set() };
  const entry = lookUpAction(uses);
  if (!entry) return { needs: {}, unknown: 'all', reason: `${uses.split('@')[0]} is not in the permissions knowledge base` };
  const getsToken = receivesJobToken(entry, step, env);
  if (entry.needs === 'unknown') return unknownNeeds(entry, step, getsToken);
  let needs = getsToken ? entry.needs : onlyOidc(entry.needs);
  for (const condition of entry.conditional ?? []) {
    if (step.with.has(condition.input) === condition.present) needs = mergeLevels(needs, getsToken ? condition.needs : onlyOidc(condition.needs));
  }
  updateCredentials(entry, step, getsToken, state);
  const open = (entry.mayNeed ?? []).filter((scope) => getsToken || scope === 'id-token');
  return { needs, unknown: new Set(open) };
}

/** github-script: the REST calls its script makes, when the script shows them all. */
function unknownNeeds(entry: ActionPermissions, step: Step, getsToken: boolean): StepNeeds {
  if (!getsToken) return { needs: {}, unknown: new Set() };
  const script = entry.action === 'actions/github-script' ? step.with.get('script')?.value?.value : undefined;
  const needs = script === undefined ? undefined : githubScriptNeeds(script);
  if (needs) return { needs, unknown: new Set() };
  return { needs: {}, unknown: 'all', reason: `${entry.action} runs code whose API calls the file does not show` };
}

function stepPassesToken(step: Step): boolean {
  return [...step.with.values()].some((input) => input.value && mentionsJobToken(input.value.value)) || step.env.some((variable) => variable.value && mentionsJobToken(variable.value.value));
}

/** Whether the action calls GitHub with the job token (not a PAT or app token it was given). */
function receivesJobToken(entry: ActionPermissions, step: Step, env: readonly EnvVar[]): boolean {
  const inputs = (entry.tokenInputs ?? []).filter((name) => step.with.has(name));
  if (inputs.length > 0) return inputs.some((name) => tokenSource(step.with.get(name)?.value?.value ?? '') !== 'other');
  if (entry.tokenEnv) return env.some((variable) => entry.tokenEnv!.includes(variable.name) && variable.value !== undefined && tokenSource(variable.value.value) !== 'other');
  return entry.tokenInputDefault !== false;
}

function onlyOidc(needs: ScopeLevels): ScopeLevels {
  return needs['id-token'] ? { 'id-token': needs['id-token'] } : {};
}

/** actions/checkout keeps its token in .git/config, docker/login-action in the Docker config. */
function updateCredentials(entry: ActionPermissions, step: Step, getsToken: boolean, state: CredentialState): void {
  if (entry.action === 'actions/checkout') {
    const persist = step.with.get('persist-credentials')?.value?.value.trim().toLowerCase();
    state.gitHasJobToken = getsToken && persist !== 'false';
  }
  if (entry.action === 'docker/login-action' && getsToken) state.dockerHasJobToken = true;
}
