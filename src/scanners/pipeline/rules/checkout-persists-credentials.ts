import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { isCheckout, withValue } from '../step-actions.ts';
import { stepGroups } from '../workflow-model.ts';
import { uploadOfCheckout } from './artipacked.ts';

/**
 * `actions/checkout` leaves the job's token on disk (in `.git/config`, or a file it points to)
 * for the rest of the job unless told not to. Nothing leaks by itself, but every later step,
 * script and third-party action can read it, and one careless upload, cache or debug dump
 * publishes it. Saying `persist-credentials: false` costs nothing when later steps do not push.
 */
export const checkoutPersistsCredentials: PipelineRule = {
  id: 'checkout-persists-credentials',
  title: 'Checkout leaves the token on disk',
  severity: 'low',
  confidence: 'low',
  tags: ['CWE-522', 'hardening'],
  equivalents: ['artipacked'],
  description: '`actions/checkout` with no `persist-credentials` input (it defaults to `true`). A checkout that then gets uploaded is `artipacked` (high) and not reported again here; an explicit `persist-credentials: true` is taken as deliberate.',
  remediation: 'Add `persist-credentials: false` to the checkout; a step that must push can set the remote URL with a token from `env:` itself.',
  check: (file) =>
    stepGroups(file).flatMap(({ steps }) =>
      steps.flatMap((step) => {
        if (!isCheckout(step) || !step.uses || withValue(step, 'persist-credentials') !== undefined || uploadOfCheckout(step, steps)) return [];
        const message = `This checkout keeps the job's token on disk for every later step of the job; any script or action that reads the workspace, uploads it or caches it can take a token that writes to the repository.`;
        return [draft('checkout-persists-credentials', rangeOf(file.source, step.uses.span), message, withValue(step, 'path') ?? '.')];
      }),
    ),
};
