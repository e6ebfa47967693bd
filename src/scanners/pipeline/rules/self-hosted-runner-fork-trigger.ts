import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FindingDraft } from '../../../core/finding.ts';
import type { Confidence } from '../../../core/severity.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { readScalar } from '../read-model-nodes.ts';
import { isSameRepositoryGuard } from '../same-repository-guard.ts';
import type { Job, WorkflowFile } from '../workflow-model.ts';
import { entry, mapEntries, seqItems, type MapEntry, type YamlSource } from '../yaml-source.ts';

// Events a fork author or any commenter can start without write access to the repository.
const forkReachableTriggers: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment']);

// Events whose fork runs a same-repository `if:` can rule out (a commenter is not a fork).
const pullRequestTriggers: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

// `${{ matrix.name }}` and nothing else around it; captures the matrix key.
const matrixReference = /^\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}$/;

/**
 * A self-hosted runner is a machine of yours that usually outlives the job: on a workflow anyone can
 * start from a fork or a comment, an outsider's code or input runs on it and can plant a backdoor
 * for the next jobs (and their secrets), read credentials cached on disk, or reach the internal
 * network it sits in. GitHub advises never to use self-hosted runners with public repositories.
 */
export const selfHostedRunnerForkTrigger: PipelineRule = {
  id: 'self-hosted-runner-fork-trigger',
  title: 'Self-hosted runner reachable from forks',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-284', 'CWE-829'],
  equivalents: ['self-hosted-runner', 'pr_runs_on_self_hosted'],
  description: 'A job on `runs-on: self-hosted` (alone, in a label list, through a matrix value, or a runner `group:`) in a workflow started by `pull_request`, `pull_request_target`, `pull_request_review(_comment)` or `issue_comment`.',
  remediation: 'Run jobs that outsiders can start on GitHub-hosted runners; keep self-hosted runners for `push`, `workflow_dispatch` or protected environments, make them ephemeral (`--ephemeral`, one job per machine), or restrict the job with `if: github.event.pull_request.head.repo.full_name == github.repository`.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    const triggers = file.triggers.map((trigger) => trigger.name).filter((name) => forkReachableTriggers.has(name));
    if (triggers.length === 0) return [];
    const isOnlyPullRequests = triggers.every((name) => pullRequestTriggers.has(name));
    return jobRunners(file).flatMap(({ job, runsOn, matrix }) => {
      if (isOnlyPullRequests && isSameRepositoryGuard(job.if)) return [];
      const confidence = selfHostedConfidence(file.source, runsOn.value, matrix);
      return confidence ? [finding(file, job, runsOn, triggers, confidence)] : [];
    });
  },
};

function jobRunners(file: WorkflowFile): { job: Job; runsOn: MapEntry; matrix: MapEntry[] }[] {
  const source = file.source;
  const jobNodes = new Map(mapEntries(source, entry(mapEntries(source, source.doc.contents), 'jobs')?.value).map((item) => [item.key, item.value] as const));
  return file.jobs.flatMap((job) => {
    const entries = mapEntries(source, jobNodes.get(job.id));
    const runsOn = entry(entries, 'runs-on');
    if (!runsOn) return [];
    const matrix = mapEntries(source, entry(mapEntries(source, entry(entries, 'strategy')?.value), 'matrix')?.value);
    return [{ job, runsOn, matrix }];
  });
}

/** How sure it is that `runs-on` picks a self-hosted runner, or undefined when it does not. */
function selfHostedConfidence(source: YamlSource, node: Node | undefined, matrix: MapEntry[]): Confidence | undefined {
  if (isMap(node)) {
    const entries = mapEntries(source, node);
    if (hasSelfHostedLabel(source, entry(entries, 'labels')?.value, matrix)) return 'medium';
    // A runner group is usually self-hosted, but larger GitHub-hosted runners also sit in groups.
    return entry(entries, 'group') ? 'low' : undefined;
  }
  return hasSelfHostedLabel(source, node, matrix) ? 'medium' : undefined;
}

/** `self-hosted`, a list holding it, or `${{ matrix.x }}` where some value of x does. */
function hasSelfHostedLabel(source: YamlSource, node: Node | undefined, matrix: MapEntry[]): boolean {
  if (isSeq(node)) return seqItems(source, node).some((item) => hasSelfHostedLabel(source, item, matrix));
  if (!isScalar(node)) return false;
  const label = readScalar(source, node)?.value.trim() ?? '';
  if (label.toLowerCase() === 'self-hosted') return true;
  const key = matrixReference.exec(label)?.[1];
  if (!key) return false;
  const listed = seqItems(source, entry(matrix, key)?.value);
  const included = seqItems(source, entry(matrix, 'include')?.value).flatMap((item) => entry(mapEntries(source, item), key)?.value ?? []);
  // Matrix values are read without following further matrix references.
  return [...listed, ...included].some((value) => hasSelfHostedLabel(source, value, []));
}

function finding(file: WorkflowFile, job: Job, runsOn: MapEntry, triggers: string[], confidence: Confidence): FindingDraft {
  const events = triggers.join(', ');
  return { ...draft('self-hosted-runner-fork-trigger', rangeOf(file.source, runsOn.keySpan), `Job ${job.id} runs on a self-hosted runner in a workflow that outsiders can start (${events}): their code or input runs on your machine and can persist there, read what later jobs leave behind, or reach your internal network.`, `${job.id}:${events}`), confidence };
}
