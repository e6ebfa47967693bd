import type { Fix } from '../../core/finding.ts';
import { addStepBlockEntries, replaceSpan } from './step-block-edits.ts';
import type { PipelineFile, Step } from './workflow-model.ts';

// A later git command that talks to the remote and may rely on the token checkout left in .git/config.
const gitRemoteCommand = /\bgit\s+(?:push|fetch|pull|ls-remote|submodule)\b/;

/**
 * `persist-credentials: false` on a checkout step: set in place when the input is there, added
 * under `with:` (created when absent) otherwise. Unsafe when a later step of the job runs git
 * against the remote, which may have relied on the token.
 */
export function persistCredentialsFix(file: PipelineFile, checkout: Step, laterSteps: readonly Step[]): Fix | undefined {
  const existing = checkout.with.get('persist-credentials');
  const mapSpan = checkout.places.with?.mapSpan;
  let edit;
  if (existing) {
    const value = existing.value;
    if (!value || !mapSpan || value.span.start < mapSpan.start || value.span.end > mapSpan.end) return undefined;
    edit = replaceSpan(file, value.span, 'false');
  } else {
    edit = addStepBlockEntries(file, checkout, 'with', [{ key: 'persist-credentials', value: 'false' }]);
  }
  if (!edit) return undefined;
  const usesGitLater = laterSteps.some((step) => step.index > checkout.index && gitRemoteCommand.test(step.run?.value ?? ''));
  return { title: 'Set persist-credentials: false on the checkout', safety: usesGitLater ? 'unsafe' : 'safe', edits: [edit] };
}
