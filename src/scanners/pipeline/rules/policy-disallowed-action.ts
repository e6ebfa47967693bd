import type { PipelinePolicy } from '../../../core/config.ts';
import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { isLocalUses, matchesAnyUsesPattern } from '../policy/uses-pattern.ts';
import { allUsesFields, type PipelineFile, type ScalarField } from '../workflow-model.ts';

/**
 * Every third-party action runs with the job's token and secrets, so an organisation that has
 * reviewed a short list of publishers, or banned an action after a compromise such as
 * tj-actions/changed-files, needs each new `uses:` checked against that list before it merges.
 */
export const policyDisallowedAction: PipelineRule = {
  id: 'policy-disallowed-action',
  title: 'Action not allowed by the organisation policy',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-829', 'policy', 'supply-chain'],
  equivalents: ['forbidden-uses'],
  description: 'A step or reusable-workflow `uses:` that matches `pipeline.policy.uses.deny`, or matches none of `pipeline.policy.uses.allow` when an allow list is set. Local `./` actions are always allowed. Off until the policy is configured.',
  remediation: 'Replace the action with an allowed one (or with a few lines of `run:`), or get it reviewed and added to `pipeline.policy.uses.allow` in rampart.yaml.',
  check(file, { policy }) {
    const rules = policy.uses;
    if (!rules?.allow && !rules?.deny) return [];
    return [...allUsesFields(file)].flatMap((field) => checkUses(file, field, rules));
  },
};

function checkUses(file: PipelineFile, field: ScalarField, rules: NonNullable<PipelinePolicy['uses']>): FindingDraft[] {
  const uses = field.value.trim();
  if (isLocalUses(uses)) return [];
  const denied = matchesAnyUsesPattern(rules.deny, uses);
  if (denied) return [violation(file, field, uses, `matches the denied pattern "${denied}"`)];
  if (rules.allow && !matchesAnyUsesPattern(rules.allow, uses)) return [violation(file, field, uses, 'matches no pattern of the allow list')];
  return [];
}

function violation(file: PipelineFile, field: ScalarField, uses: string, why: string): FindingDraft {
  return draft('policy-disallowed-action', rangeOf(file.source, field.span), `${uses} ${why} of the organisation policy: code nobody has reviewed would run here with this job's token and secrets.`, uses);
}
