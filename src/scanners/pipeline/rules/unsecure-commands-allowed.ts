import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { allEnvBlocks, type EnvVar, type PipelineFile } from '../workflow-model.ts';

/**
 * The old `::set-env` and `::add-path` workflow commands were disabled because any text a step
 * prints can issue them: a log line from a test, a fetched web page or a pull request title can
 * set `LD_PRELOAD` or `PATH` for the rest of the job and take it over.
 * `ACTIONS_ALLOW_UNSECURE_COMMANDS` turns them back on.
 */
export const unsecureCommandsAllowed: PipelineRule = {
  id: 'unsecure-commands-allowed',
  title: 'Deprecated set-env/add-path commands re-enabled',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-77'],
  equivalents: ['insecure-commands'],
  description: '`ACTIONS_ALLOW_UNSECURE_COMMANDS` set to true (or from an expression) in a workflow, job or step `env:`.',
  remediation: 'Remove the variable and write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead; update actions that still print `::set-env`.',
  check: (file) => allEnvBlocks(file).flatMap((env) => env.filter(isEnabling).map((variable) => finding(file, variable))),
};

function isEnabling(variable: EnvVar): boolean {
  if (variable.name !== 'ACTIONS_ALLOW_UNSECURE_COMMANDS' || !variable.value) return false;
  const value = variable.value.value.trim().toLowerCase();
  return value === 'true' || value.includes('${{');
}

function finding(file: PipelineFile, variable: EnvVar): FindingDraft {
  return draft('unsecure-commands-allowed', rangeOf(file.source, variable.keySpan), 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables ::set-env and ::add-path: any text printed by a step (test output, fetched content, a pull request title) can set PATH or LD_PRELOAD and take over the rest of the job.', 'ACTIONS_ALLOW_UNSECURE_COMMANDS');
}
