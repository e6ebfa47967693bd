import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { allEnvBlocks, type EnvVar, type PipelineFile } from '../workflow-model.ts';

// The variables that turn on runner diagnostics and step debug output.
const debugVariables: ReadonlySet<string> = new Set(['ACTIONS_RUNNER_DEBUG', 'ACTIONS_STEP_DEBUG']);

/**
 * Debug logging makes actions print request bodies, headers, resolved inputs and environment dumps
 * that are normally hidden. Masking only catches a secret's exact text, so a token that appears
 * encoded, split or transformed in that output ends up readable by everyone who can see the run's
 * logs (for a public repository, anyone). Left on in the workflow file, it stays on for every run.
 */
export const debugLoggingEnabled: PipelineRule = {
  id: 'debug-logging-enabled',
  title: 'Debug logging left on in the workflow',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-532'],
  // Neither zizmor nor poutine has this check.
  equivalents: [],
  description: '`ACTIONS_RUNNER_DEBUG` or `ACTIONS_STEP_DEBUG` set to `true` in a workflow, job or step `env:`, or in a composite action step.',
  remediation: 'Remove the variable from the file; when a run needs debugging, use "Re-run jobs → Enable debug logging" for that one run, or set the variable as a repository variable for as long as needed.',
  check: (file) => allEnvBlocks(file).flatMap((env) => env.filter(isEnabling).map((variable) => finding(file, variable))),
};

function isEnabling(variable: EnvVar): boolean {
  return debugVariables.has(variable.name) && variable.value?.value.trim().toLowerCase() === 'true';
}

function finding(file: PipelineFile, variable: EnvVar): FindingDraft {
  return draft('debug-logging-enabled', rangeOf(file.source, variable.keySpan), `${variable.name} is on for every run of this workflow: debug output (request details, resolved inputs, environment dumps) can show secrets in forms log masking does not catch, to anyone who can read the logs.`, variable.name);
}
