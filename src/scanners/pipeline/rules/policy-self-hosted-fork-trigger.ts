import { isMap, isSeq, type Node } from 'yaml';
import type { FindingDraft } from '../../../core/finding.ts';
import type { Confidence } from '../../../core/severity.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { readJobFields } from '../policy/job-fields.ts';
import { readScalar } from '../read-model-nodes.ts';
import { privilegedOutsiderTriggers } from '../triggers.ts';
import { entry, mapEntries, seqItems, type MapEntry, type YamlSource } from '../yaml-source.ts';

// Labels of GitHub-hosted runner images: ubuntu-latest, ubuntu-24.04-arm, windows-2022, macos-14-large …
const githubHostedLabel = /^(?:ubuntu|windows|macos)-[a-z0-9.-]+$/i;

// `${{ matrix.name }}` and nothing else around it; captures the matrix key.
const matrixReference = /^\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}$/;

/**
 * An organisation that forbids its own runners on workflows outsiders can start wants no
 * exceptions: a same-repository `if:` guard is one typo away from letting a fork's code onto a
 * machine that keeps state between jobs and sits inside the company network.
 */
export const policySelfHostedForkTrigger: PipelineRule = {
  id: 'policy-self-hosted-fork-trigger',
  title: 'Non-GitHub-hosted runner on a fork-reachable workflow (policy)',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'policy'],
  equivalents: ['self-hosted-runner', 'pr_runs_on_self_hosted'],
  description: 'With `pipeline.policy.forbidSelfHostedRunnersOnForkTriggers: true`, any job whose `runs-on:` is not a GitHub-hosted image label (`self-hosted`, a custom label, a runner `group:`, or a matrix value that is one) in a workflow started by `pull_request`, `pull_request_target`, comments, issues, discussions, forks or stars, whatever its `if:` says. Stricter than self-hosted-runner-fork-trigger, which accepts a same-repository guard.',
  remediation: 'Run these jobs on GitHub-hosted runners (`ubuntu-latest`) and move work that needs your own machines to a workflow started by `push`, `workflow_dispatch` or a protected environment.',
  check(file, { policy }) {
    if (!policy.forbidSelfHostedRunnersOnForkTriggers || file.kind !== 'workflow') return [];
    const triggers = file.triggers.map((trigger) => trigger.name).filter((name) => name === 'pull_request' || privilegedOutsiderTriggers.has(name));
    if (triggers.length === 0) return [];
    const fields = readJobFields(file);
    return file.jobs.flatMap((job): FindingDraft[] => {
      const { runsOn, matrix } = fields.get(job.id) ?? {};
      const runner = runsOn && ownRunner(file.source, runsOn.value, matrix ?? []);
      if (!runner) return [];
      const message = `Job ${job.id} runs on ${runner.what} in a workflow outsiders can start (${triggers.join(', ')}), which the organisation policy forbids: their code could persist on the machine or reach the internal network.`;
      return [{ ...draft('policy-self-hosted-fork-trigger', rangeOf(file.source, runsOn.keySpan), message, `${job.id}:${triggers.join(',')}`), confidence: runner.confidence }];
    });
  },
};

/** What in `runs-on` picks a runner that is not GitHub-hosted, or undefined. */
function ownRunner(source: YamlSource, node: Node | undefined, matrix: readonly MapEntry[]): { what: string; confidence: Confidence } | undefined {
  if (isMap(node)) {
    const entries = mapEntries(source, node);
    const group = readScalar(source, entry(entries, 'group')?.value)?.value;
    if (group) return { what: `runner group ${group}`, confidence: 'medium' };
    return ownRunner(source, entry(entries, 'labels')?.value, matrix);
  }
  const labels = runnerLabels(source, node, matrix);
  if (labels.some((label) => label.toLowerCase() === 'self-hosted')) return { what: 'a self-hosted runner', confidence: 'high' };
  const custom = labels.find((label) => !label.includes('${{') && !githubHostedLabel.test(label));
  return custom ? { what: `the custom runner label ${custom}`, confidence: 'medium' } : undefined;
}

/** Scalar labels of `runs-on`, with `${{ matrix.x }}` replaced by every value x takes. */
function runnerLabels(source: YamlSource, node: Node | undefined, matrix: readonly MapEntry[]): string[] {
  if (isSeq(node)) return seqItems(source, node).flatMap((item) => runnerLabels(source, item, matrix));
  const label = readScalar(source, node)?.value.trim();
  if (!label) return [];
  const key = matrixReference.exec(label)?.[1];
  if (!key || matrix.length === 0) return [label];
  const listed = seqItems(source, entry(matrix, key)?.value);
  const included = seqItems(source, entry(matrix, 'include')?.value).flatMap((item) => entry(mapEntries(source, item), key)?.value ?? []);
  return [...listed, ...included].flatMap((value) => runnerLabels(source, value, []));
}
