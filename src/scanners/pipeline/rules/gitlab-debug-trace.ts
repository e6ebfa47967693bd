import type { FindingDraft } from '../../../core/finding.ts';
import type { GitlabVariable } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';

// The variables that make the runner print every command with every variable's value.
const traceVariables: ReadonlySet<string> = new Set(['CI_DEBUG_TRACE', 'CI_DEBUG_SERVICES']);

/**
 * With `CI_DEBUG_TRACE` on, the runner traces every shell command with variables expanded and
 * dumps the job's variables, masked ones included, into the job log; `CI_DEBUG_SERVICES` does the
 * same for service containers. Anyone who can read the job log (every visitor of a public
 * project's pipelines) can then read the deploy keys, tokens and passwords the job holds. Set in
 * the file, it stays on for every run.
 */
export const gitlabDebugTrace: GitlabRule = {
  id: 'gitlab-debug-trace',
  title: 'GitLab debug trace left on',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-532', 'gitlab'],
  equivalents: ['debug_enabled'],
  description: '`CI_DEBUG_TRACE` (high) or `CI_DEBUG_SERVICES` (low: only service containers\' output is added to the log) set to `true` in the global or a job\'s `variables:`.',
  remediation: 'Remove the variable from `.gitlab-ci.yml`. To debug one job, set `CI_DEBUG_TRACE: "true"` as a variable of a single manual pipeline run (Run pipeline → variables), in a project whose job logs only maintainers can read, and rotate any secret that job held.',
  check: (pipeline) => [...pipeline.variables, ...pipeline.jobs.flatMap((job) => job.variables)].filter(isEnabling).map((variable) => finding(variable)),
};

function isEnabling(variable: GitlabVariable): boolean {
  return traceVariables.has(variable.name) && variable.value?.value.trim().toLowerCase() === 'true';
}

function finding(variable: GitlabVariable): FindingDraft {
  const at = (message: string) => gitlabDraft('gitlab-debug-trace', variable.key.file, variable.key.keySpan, message, variable.name);
  if (variable.name === 'CI_DEBUG_SERVICES') {
    // Service logs show secrets only when a service prints them; the job's own variables are not dumped.
    return { ...at('CI_DEBUG_SERVICES is on for every run: service containers\' logs go into the job log, where anyone who can read it sees whatever a service prints, credentials passed to it included.'), severity: 'low' };
  }
  return at(`${variable.name} is on for every run: the job log shows every command with its variables expanded, masked secrets included, to anyone who can read the log.`);
}
