import type { Span, YamlSource } from './yaml-source.ts';

/** A scalar value and where its source text sits in the file (quotes and block headers included). */
export interface ScalarField {
  value: string;
  span: Span;
  /** PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_LITERAL or BLOCK_FOLDED. */
  style: string | undefined;
}

export interface EnvVar {
  name: string;
  keySpan: Span;
  value: ScalarField | undefined;
}

/** Where a node sits: its key (for findings about the whole node) and its YAML path for messages. */
export interface Anchor {
  keySpan: Span;
  yamlPath: readonly (string | number)[];
}

export type PermissionLevel = 'read' | 'write' | 'none';

/** `span` is the value; `keySpan` the `permissions` key before it (fixes replace both). */
export type Permissions =
  | { kind: 'all'; level: 'read-all' | 'write-all'; span: Span; keySpan: Span }
  | { kind: 'scopes'; scopes: { scope: string; level: string; span: Span }[]; span: Span; keySpan: Span }
  | { kind: 'expression'; span: Span; keySpan: Span };

export interface WorkflowInput {
  name: string;
  /** string, boolean, number, choice, environment; undefined when not declared. */
  type: string | undefined;
}

export interface Trigger {
  name: string;
  span: Span;
  /** Only for workflow_dispatch and workflow_call. */
  inputs: WorkflowInput[];
}

/**
 * Where a step's `with:` or `env:` is written, for fixes that add entries: its key, and the
 * mapping's span when the mapping is written right there (undefined for an alias, a merge key
 * or a value that is not a mapping, which a text edit must not touch).
 */
export interface BlockPlace {
  keySpan: Span;
  mapSpan: Span | undefined;
}

export interface Step {
  index: number;
  anchor: Anchor;
  /** The whole step mapping. */
  span: Span;
  id: ScalarField | undefined;
  name: ScalarField | undefined;
  uses: ScalarField | undefined;
  run: ScalarField | undefined;
  shell: ScalarField | undefined;
  if: ScalarField | undefined;
  with: Map<string, { keySpan: Span; value: ScalarField | undefined }>;
  env: EnvVar[];
  /** Where `with:` and `env:` are written; absent keys are absent here. */
  places: { with?: BlockPlace; env?: BlockPlace };
}

export interface Job {
  id: string;
  anchor: Anchor;
  span: Span;
  name: ScalarField | undefined;
  if: ScalarField | undefined;
  permissions: Permissions | undefined;
  env: EnvVar[];
  steps: Step[];
  /** Reusable workflow call. */
  uses: ScalarField | undefined;
  /** `outputs:` of the job, read by other jobs as `needs.<job>.outputs.<name>`. */
  outputs: EnvVar[];
  /** `with:` of a reusable workflow call: the inputs this job passes to the called workflow. */
  with: EnvVar[];
  /** `secrets: inherit` on a reusable workflow call, or undefined. */
  secretsInherit: ScalarField | undefined;
  containerImage: ScalarField | undefined;
}

export interface WorkflowFile {
  kind: 'workflow';
  path: string;
  source: YamlSource;
  triggers: Trigger[];
  env: EnvVar[];
  permissions: Permissions | undefined;
  jobs: Job[];
}

/** action.yml: composite actions have steps; docker and node actions only metadata. */
export interface ActionFile {
  kind: 'action';
  path: string;
  source: YamlSource;
  using: string | undefined;
  inputs: WorkflowInput[];
  steps: Step[];
  /** `runs.image` of a Docker action. */
  image: ScalarField | undefined;
}

export type PipelineFile = WorkflowFile | ActionFile;

/** Every step of a file with the jobs that hold it (none for actions), so rules never re-walk. */
export function* allSteps(file: PipelineFile): Generator<{ job: Job | undefined; step: Step }> {
  if (file.kind === 'action') {
    for (const step of file.steps) yield { job: undefined, step };
    return;
  }
  for (const job of file.jobs) for (const step of job.steps) yield { job, step };
}

/** Steps grouped by the job that runs them (one group without a job for a composite action). */
export function stepGroups(file: PipelineFile): { job: Job | undefined; steps: Step[] }[] {
  if (file.kind === 'action') return [{ job: undefined, steps: file.steps }];
  return file.jobs.map((job) => ({ job, steps: job.steps }));
}

/** Every `uses:` in a file: reusable-workflow jobs and steps. */
export function* allUsesFields(file: PipelineFile): Generator<ScalarField> {
  if (file.kind === 'workflow') for (const job of file.jobs) if (job.uses) yield job.uses;
  for (const { step } of allSteps(file)) if (step.uses) yield step.uses;
}

/** Every `env:` block in a file: workflow, jobs and steps. */
export function allEnvBlocks(file: PipelineFile): (readonly EnvVar[])[] {
  const blocks: (readonly EnvVar[])[] = [];
  if (file.kind === 'workflow') blocks.push(file.env, ...file.jobs.map((job) => job.env));
  for (const { step } of allSteps(file)) blocks.push(step.env);
  return blocks;
}
