import type { FindingDraft } from '../../../core/finding.ts';
import { allContexts } from '../expressions/expression-sources.ts';
import { findExpressions } from '../expressions/find-expressions.ts';
import { parseExpression } from '../expressions/parse-expression.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { isCheckout, withValue } from '../step-actions.ts';
import { hasTrigger } from '../triggers.ts';
import { isSameRepositoryGuard } from '../same-repository-guard.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import type { Job, ScalarField, Step, WorkflowFile } from '../workflow-model.ts';

// Triggers that run with the base repository's secrets and a write token for events from forks.
const privilegedTriggers: ReadonlySet<string> = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);

// Contexts naming the commit or branch of the pull request (or triggering run), i.e. fork code.
const headRefContexts = [
  'github.head_ref',
  'github.event.pull_request.head.sha',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.merge_commit_sha',
  'github.event.workflow_run.head_sha',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.id',
];

// `refs/pull/<n>/head` or `/merge`, or `pull/<n>/head` (n may be an expression): a fork's commits fetched by number.
const pullRef = /(?:^|\/)pull\/[^/\n]+\/(?:head|merge)\b/;
// `gh pr checkout` in a script switches the workspace to the pull request's code.
const ghPrCheckout = /\bgh\s+pr\s+checkout\b/;

/**
 * `pull_request_target`, `workflow_run` and `issue_comment` run with the base repository's secrets
 * and a token that can write, even for pull requests from forks. Checking out the pull request's
 * code there and then building or running it (npm install, make, a test script) runs the
 * attacker's code with those privileges: the "pwn request".
 */
export const dangerousTriggerCheckout: PipelineRule = {
  id: 'dangerous-trigger-checkout',
  title: 'Untrusted pull request code checked out in a privileged workflow',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-829', 'pwn-request'],
  equivalents: ['dangerous-triggers', 'untrusted_checkout_exec'],
  description: 'A `pull_request_target`, `workflow_run` or `issue_comment` workflow that checks out the pull request head (by ref, SHA, `refs/pull/…` or `gh pr checkout`); confidence is high when a later step of the job runs code. Jobs or steps guarded by `if:` to same-repository pull requests (`head.repo.full_name == github.repository`) are not reported.',
  remediation: 'Build untrusted code in a `pull_request` workflow (no secrets, read-only token) and pass results to a privileged `workflow_run` workflow as data; or check out only the base branch here.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    const trigger = hasTrigger(file, privilegedTriggers);
    if (!trigger) return [];
    return file.jobs.flatMap((job) => job.steps.flatMap((step) => checkStep(file, trigger, job, step)));
  },
};

function checkStep(file: WorkflowFile, trigger: string, job: Job, step: Step): FindingDraft[] {
  const field = untrustedCheckoutField(step);
  if (!field || isSameRepositoryGuard(job.if) || isSameRepositoryGuard(step.if)) return [];
  const isCliCheckout = field === step.run;
  const runsCodeLater = isCliCheckout || job.steps.some((later) => later.index > step.index && (later.run !== undefined || later.uses?.value.startsWith('./')));
  const range = isCliCheckout ? cliCheckoutRange(file, field) : rangeOf(file.source, field.span);
  const what = isCliCheckout ? 'gh pr checkout' : field.value.trim();
  const message = `On ${trigger}, this step checks out the pull request's code (${what}) with the base repository's secrets and write token${runsCodeLater ? ', and the job runs it' : ''}: a fork can run its own code with those privileges.`;
  return [{ ...draft('dangerous-trigger-checkout', range, message, `${job.id}:${what}`), confidence: runsCodeLater ? 'high' : 'medium' }];
}

function cliCheckoutRange(file: WorkflowFile, run: ScalarField) {
  const view = viewScalar(file.source, run);
  const match = ghPrCheckout.exec(view.text)!;
  return viewRange(file.source, view, match.index, match.index + match[0].length);
}

function untrustedCheckoutField(step: Step) {
  if (step.run && ghPrCheckout.test(step.run.value)) return step.run;
  if (!isCheckout(step)) return undefined;
  const ref = step.with.get('ref')?.value;
  if (!ref) return undefined;
  if (pullRef.test(ref.value) || namesHeadRef(ref.value)) return ref;
  return withValue(step, 'repository')?.includes('head.repo') ? ref : undefined;
}

function namesHeadRef(text: string): boolean {
  return findExpressions(text).some((occurrence) => {
    const node = parseExpression(occurrence.body);
    return node !== undefined && allContexts(node).some((path) => headRefContexts.includes(path.join('.')));
  });
}
