import { isMap, isSeq, type Document } from 'yaml';
import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { deployActionIn, deployCommandIn } from '../policy/deploy-signals.ts';
import { actionName, actionRef, withValue } from '../step-actions.ts';
import { hasTrigger, privilegedOutsiderTriggers } from '../triggers.ts';
import type { Step, WorkflowFile } from '../workflow-model.ts';

/**
 * GitHub Actions caches written on the default branch are restored by every other run of the
 * repository, including release runs. Code that runs in a pull_request_target, issue_comment or
 * workflow_run job, or any compromised build step, can write a poisoned cache entry; a release
 * workflow that restores it then builds and publishes the attacker's files with its signing keys
 * and tokens. This is how the Ultralytics PyPI release was poisoned in December 2024.
 */
export const cachePoisoning: PipelineRule = {
  id: 'cache-poisoning',
  title: 'Cache restored in a release workflow',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-349', 'supply-chain'],
  equivalents: ['cache-poisoning', 'job_all_secrets'],
  description: 'A step that restores a GitHub Actions cache (`actions/cache`, a `setup-*` action with caching on, rust-cache, sccache, composer-install, a `type=gha` Docker cache…) in a job that publishes: in a workflow triggered by `release`, or by pushed tags or release branches when it does not also check pull requests, or in a job with a publishing step. High when the same workflow can also be started by outsiders.',
  remediation: 'Build releases without caches: drop `actions/cache`, set `cache: false` / `cache: ""` / `package-manager-cache: false` on `setup-*` actions, and run publishing in a workflow of its own that only `release` or tag pushes start.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    const releaseReason = releaseTriggerOf(file);
    return file.jobs.flatMap((job) => {
      const reason = releaseReason ?? publisherStepIn(job.steps);
      if (!reason) return [];
      return job.steps.flatMap((step) => cacheFinding(file, step, reason));
    });
  },
};

// A major version: `v5`, `v6.1.0` (a ref, or the comment after a SHA pin).
const majorVersion = /^v(\d+)/;
// The comment after a SHA-pinned `uses:` on the same line: `# v6.1.0`.
const trailingComment = /^[ \t]*#[ \t]*(\S+)/;

function cacheFinding(file: WorkflowFile, step: Step, reason: string): FindingDraft[] {
  const versionComment = step.uses ? trailingComment.exec(restOfLine(file.source.text, step.uses.span.end))?.[1] : undefined;
  const cache = cacheUseOf(step, versionComment);
  if (!cache || !step.uses) return [];
  const outsider = hasTrigger(file, privilegedOutsiderTriggers);
  const message = outsider
    ? `${cache} restores a cache in a workflow that ${reason} and that ${outsider} lets outsiders start: a poisoned cache entry written by their run becomes part of the release.`
    : `${cache} restores a cache in a workflow that ${reason}: any run that can write the repository's caches (a pull_request_target or issue_comment job, a compromised build step) can plant files this release then ships.`;
  const finding = draft('cache-poisoning', rangeOf(file.source, step.uses.span), message, `${actionName(step) ?? ''}:${reason}`);
  return [outsider ? { ...finding, severity: 'high' as const } : finding];
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

/** Why the workflow as a whole publishes, from its triggers, or undefined. */
function releaseTriggerOf(file: WorkflowFile): string | undefined {
  if (file.triggers.some((trigger) => trigger.name === 'release')) return 'runs on release events';
  // A workflow that also checks pull requests is CI: its tag and branch runs test rather than
  // ship, so only a publishing step of its own makes a job a release job.
  if (file.triggers.some((trigger) => ciTriggers.has(trigger.name))) return undefined;
  const push = pushFilters(file.source.doc);
  if (push.hasTags) return 'runs on pushed tags';
  if (push.branches.some((branch) => releaseBranch.test(branch))) return 'runs on pushes to release branches';
  return undefined;
}

const ciTriggers: ReadonlySet<string> = new Set(['pull_request', 'merge_group']);

// A branch filter naming release branches: release, releases/*, release-1.x, stable.
const releaseBranch = /^(?:release|releases|stable)(?:$|[/\-_*.])/i;

function pushFilters(doc: Document.Parsed): { hasTags: boolean; branches: string[] } {
  const on = doc.get('on', true);
  const push = isMap(on) ? on.get('push', true) : undefined;
  if (!isMap(push)) return { hasTags: false, branches: [] };
  const tags = push.get('tags', true);
  const branches = push.get('branches', true);
  const branchNames = isSeq(branches) ? branches.items.map((item) => String((item as { value?: unknown }).value ?? '')) : [];
  return { hasTags: tags !== undefined && tags !== null, branches: branchNames };
}

/** Actions that publish a release or an image, beyond the deploy actions policy rules know. */
const releaseActions: readonly string[] = ['softprops/action-gh-release', 'ncipollo/release-action', 'goreleaser/goreleaser-action', 'changesets/action', 'googleapis/release-please-action'];

/** A step of the job that publishes, as words for the message, or undefined. */
function publisherStepIn(steps: readonly Step[]): string | undefined {
  for (const step of steps) {
    const name = actionName(step);
    if (name && releaseActions.includes(name)) return `publishes with ${name}`;
    const action = step.uses ? deployActionIn(step.uses.value) : undefined;
    if (action) return `publishes with ${action}`;
    const command = step.run ? deployCommandIn(step.run.value) : undefined;
    if (command) return `publishes (${command})`;
  }
  return undefined;
}

type CacheToggle = { kind: 'always' } | { kind: 'opt-in'; input: string } | { kind: 'opt-out'; input: string };

/** Actions that restore caches, and the input that turns caching on or off. */
const cacheAwareActions: ReadonlyMap<string, CacheToggle> = new Map([
  ['actions/cache', { kind: 'always' }],
  ['swatinem/rust-cache', { kind: 'always' }],
  ['mozilla-actions/sccache-action', { kind: 'always' }],
  ['ramsey/composer-install', { kind: 'always' }],
  ['actions/setup-python', { kind: 'opt-in', input: 'cache' }],
  ['actions/setup-java', { kind: 'opt-in', input: 'cache' }],
  ['actions/setup-dotnet', { kind: 'opt-in', input: 'cache' }],
  ['ruby/setup-ruby', { kind: 'opt-in', input: 'bundler-cache' }],
  ['pyo3/maturin-action', { kind: 'opt-in', input: 'sccache' }],
  ['actions/setup-go', { kind: 'opt-out', input: 'cache' }],
  ['astral-sh/setup-uv', { kind: 'opt-out', input: 'enable-cache' }],
  ['actions-rust-lang/setup-rust-toolchain', { kind: 'opt-out', input: 'cache' }],
  ['gradle/actions', { kind: 'opt-out', input: 'cache-disabled' }],
]);

/** The action name when this step restores a cache, or undefined. */
function cacheUseOf(step: Step, versionComment: string | undefined): string | undefined {
  const name = actionName(step);
  if (!name) return undefined;
  if (name === 'actions/setup-node') return setupNodeCaches(step, versionComment) ? name : undefined;
  // setup-buildx caches the buildx binary it downloads, which it does only for a pinned `version:`.
  if (name === 'docker/setup-buildx-action') return withValue(step, 'version') !== undefined && !isLiteralFalse(withValue(step, 'cache-binary') ?? 'true') ? name : undefined;
  if (name === 'docker/build-push-action') return /type=gha/.test(withValue(step, 'cache-from') ?? '') ? name : undefined;
  const toggle = cacheAwareActions.get(name);
  if (!toggle) return undefined;
  // actions/cache/save only writes; the restore half is what poisons a build.
  if (name === 'actions/cache' && /^actions\/cache\/save(?:@|$)/i.test(step.uses?.value.trim() ?? '')) return undefined;
  if (toggle.kind === 'always') return name;
  const value = withValue(step, toggle.input);
  if (toggle.kind === 'opt-in') return value !== undefined && mayBeOn(value) ? name : undefined;
  // gradle's input says "disabled": true there means no cache.
  if (name === 'gradle/actions') return value !== undefined && isLiteralTrue(value) ? undefined : name;
  return value !== undefined && isLiteralFalse(value) ? undefined : name;
}

/** setup-node caches with `cache: <manager>`, and from v5 on by default when package.json names a package manager. */
function setupNodeCaches(step: Step, versionComment: string | undefined): boolean {
  const cache = withValue(step, 'cache');
  if (cache !== undefined && cache.trim() !== '' && mayBeOn(cache)) return true;
  const major = Number(majorVersion.exec(actionRef(step) ?? '')?.[1] ?? majorVersion.exec(versionComment ?? '')?.[1] ?? 0);
  if (major < 5) return false;
  const packageManagerCache = withValue(step, 'package-manager-cache');
  return packageManagerCache === undefined || !isLiteralFalse(packageManagerCache);
}

/** A toggle value that may turn caching on: anything but an empty string or a literal false. */
function mayBeOn(value: string): boolean {
  return value.trim() !== '' && !isLiteralFalse(value);
}

function isLiteralFalse(value: string): boolean {
  return /^(?:false|no|off|0)$/i.test(value.trim());
}

function isLiteralTrue(value: string): boolean {
  return /^(?:true|yes|on|1)$/i.test(value.trim());
}
