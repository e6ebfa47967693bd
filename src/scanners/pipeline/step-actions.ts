import type { Step } from './workflow-model.ts';

/** `owner/repo` of a step's `uses:` in lower case, without path or ref; undefined for local and docker refs. */
export function actionName(step: Step): string | undefined {
  const uses = step.uses?.value.trim();
  if (!uses || uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const [path] = uses.split('@');
  const [owner, repo] = path!.toLowerCase().split('/');
  return owner && repo ? `${owner}/${repo}` : undefined;
}

/** The ref after `@` in a step's `uses:`, or undefined. */
export function actionRef(step: Step): string | undefined {
  const uses = step.uses?.value.trim();
  if (!uses || !uses.includes('@')) return undefined;
  return uses.slice(uses.lastIndexOf('@') + 1);
}

export function isCheckout(step: Step): boolean {
  return actionName(step) === 'actions/checkout';
}

export function withValue(step: Step, input: string): string | undefined {
  return step.with.get(input)?.value?.value;
}
