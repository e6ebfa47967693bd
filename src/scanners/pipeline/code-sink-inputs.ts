import { actionName } from './step-actions.ts';
import type { ScalarField, Step } from './workflow-model.ts';

/**
 * Action inputs that the action runs as code, from each action's documentation: an expression
 * pasted into them is as dangerous as one pasted into `run:`. Keys are lower-case `owner/repo`.
 */
export const codeSinkInputs: ReadonlyMap<string, readonly string[]> = new Map([
  // JavaScript run by Node with an authenticated Octokit client.
  ['actions/github-script', ['script']],
  // PowerShell scripts.
  ['amadevus/pwsh-script', ['script']],
  ['azure/powershell', ['inlinescript']],
  // Shell scripts run by the Azure CLI container.
  ['azure/cli', ['inlinescript']],
  // Python source.
  ['jannekem/run-python-script-action', ['script']],
  // A command line run inside the yq container.
  ['mikefarah/yq', ['cmd']],
  // lodash templates, which evaluate embedded JavaScript.
  ['tibdex/backport', ['title_template', 'body_template']],
  // Shell run inside the given image.
  ['addnab/docker-run-action', ['run']],
  // Shell run on the remote host with the workflow's credentials.
  ['appleboy/ssh-action', ['script']],
  // Shell commands that build and start the app under test.
  ['cypress-io/github-action', ['build', 'start', 'command']],
]);

/** The fields of a step that run as code: its `run:` and any code input of the action it uses. */
export function codeSinkFields(step: Step): ScalarField[] {
  const inputs = codeSinkInputs.get(actionName(step) ?? '') ?? [];
  const code = [...step.with].flatMap(([name, input]) => (input.value && inputs.includes(name.toLowerCase()) ? [input.value] : []));
  return step.run ? [step.run, ...code] : code;
}
