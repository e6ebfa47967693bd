import { GITHUB_ACTIONS_ISSUER, isPinnedGithubSubject } from '../../../checks/github-oidc.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** `assertion.<claim> == '<literal>'` (or `!=`, `in`…: only equality pins anything). */
const EQUALITY = /assertion\.(sub|repository|repository_owner|repository_owner_id|repository_id)\s*==\s*(['"])([^'"]*)\2/g;

/**
 * A workload identity provider for GitHub's issuer with no attribute condition pinning your
 * organisation lets a workflow in any repository on GitHub exchange its token for your
 * service accounts' access, wherever the pool is granted.
 */
export const tfGcpGithubOidcProviderUnpinned: IacRule = {
  id: 'tf-gcp-github-oidc-provider-unpinned',
  title: 'Workload identity provider trusts GitHub Actions without pinning the repository',
  severity: 'critical',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['google_iam_workload_identity_pool_provider'],
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_125'],
  description: 'A `google_iam_workload_identity_pool_provider` whose `oidc.issuer_uri` is GitHub Actions\' and whose `attribute_condition` is missing or pins no organisation: no `assertion.repository_owner == \'my-org\'`, `assertion.repository == \'my-org/my-repo\'` or `assertion.sub == \'repo:my-org/…\'` (values like `*`, `repo:*`, `repo:my-org*` do not count).',
  remediation: 'Set `attribute_condition = "assertion.repository_owner == \'my-org\' && assertion.ref == \'refs/heads/main\'"` and grant the pool only to the service accounts those workflows need.',
  check(provider) {
    const issuer = valueAt(provider, 'oidc.issuer_uri');
    if (isUnknown(issuer)) return unknown(issuer.reason, 'oidc.issuer_uri');
    if (typeof issuer !== 'string' || !issuer.includes(GITHUB_ACTIONS_ISSUER)) return pass;
    const condition = valueAt(provider, 'attribute_condition');
    if (isUnknown(condition)) return unknown(condition.reason, 'attribute_condition');
    if (typeof condition !== 'string' || condition.trim() === '') return fail('any GitHub repository\'s workflow can use the provider: it trusts GitHub\'s issuer with no attribute condition', 'oidc');
    for (const [, claim, , literal] of condition.matchAll(EQUALITY)) {
      if (claim === 'sub' ? isPinnedGithubSubject(literal!) : literal !== '' && !/[*?]/.test(literal!) && (claim !== 'repository' || literal!.includes('/'))) return pass;
    }
    return fail('the attribute condition pins no GitHub organisation: other repositories\' workflows can use the provider', 'attribute_condition');
  },
};
