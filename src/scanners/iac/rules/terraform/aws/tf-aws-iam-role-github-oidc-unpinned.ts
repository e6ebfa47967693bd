import { policyStatements } from '../../../checks/aws-iam-policy.ts';
import { GITHUB_ACTIONS_ISSUER, isPinnedGithubSubject } from '../../../checks/github-oidc.ts';
import { documentRendering } from '../../../checks/terraform-iam-policy.ts';
import { valueAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown, type IacObject, type IacValue } from '../../../iac-value.ts';

/**
 * A role that trusts GitHub's OIDC issuer without a `…:sub` condition pinned to your organisation
 * can be assumed by a workflow in any repository on GitHub, including an attacker's.
 */
export const tfAwsIamRoleGithubOidcUnpinned: IacRule = {
  id: 'tf-aws-iam-role-github-oidc-unpinned',
  title: 'IAM role trusts GitHub Actions OIDC without pinning the repository',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_393', 'CKV_AWS_358'],
  description: 'An `aws_iam_role` (or a `data "aws_iam_policy_document"`) whose trust policy allows a `Federated` principal of `token.actions.githubusercontent.com` with no `token.actions.githubusercontent.com:sub` condition, or with one whose values do not all name an organisation (`repo:my-org/my-repo:…` or `repo:my-org/*`; not `*`, `repo:*`, `repo:my-org*`).',
  remediation: 'Add `"Condition": { "StringLike": { "token.actions.githubusercontent.com:sub": "repo:my-org/my-repo:ref:refs/heads/main" }, "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } }`.',
  format: 'terraform',
  resourceTypes: ['aws_iam_role', 'data.aws_iam_policy_document'],
  check(resource, { graph }) {
    const path = resource.type === 'aws_iam_role' ? 'assume_role_policy' : 'json';
    // A trust policy that is a document's json is judged at the document, once.
    const document = path === 'assume_role_policy' ? documentRendering(resource, valueAt(resource, path), graph) : undefined;
    if (document !== undefined) return unknown(`the trust policy is ${document}.json, judged where its statements are written`, path);
    return judgeTrust(resource, path);
  },
};

function judgeTrust(resource: IacResource, path: string): IacVerdict {
  const value = valueAt(resource, path);
  if (value === undefined || value === null) return pass;
  const statements = policyStatements(value);
  if (statements === undefined) return pass;
  if (isUnknown(statements)) return unknown(statements.reason, path);
  const reportAt = resource.type === 'aws_iam_role' ? path : 'statement';
  for (const statement of statements) {
    if (isUnknown(statement)) return unknown(statement.reason, reportAt);
    if (!isIacObject(statement) || statement['Effect'] === 'Deny' || !trustsGithub(statement['Principal'])) continue;
    const subjects = subjectConditions(statement['Condition']);
    if (subjects.length === 0) return fail('any GitHub repository\'s workflow can assume the role: the trust names GitHub\'s issuer but no subject', reportAt);
    const undecided = subjects.find(isUnknown);
    const loose = subjects.find((subject) => typeof subject === 'string' && !isPinnedGithubSubject(subject));
    if (loose !== undefined) return fail(`the subject ${JSON.stringify(loose)} does not pin a GitHub organisation: other repositories' workflows can assume the role`, reportAt);
    if (undecided) return unknown(undecided.reason, reportAt);
  }
  return pass;
}

function trustsGithub(principal: IacValue | undefined): boolean {
  if (!isIacObject(principal)) return false;
  const federated = principal['Federated'];
  const entries = Array.isArray(federated) ? federated : [federated];
  return entries.some((entry) => typeof entry === 'string' && entry.includes(GITHUB_ACTIONS_ISSUER));
}

/** Values of every condition on the GitHub `sub` claim (`token.actions.githubusercontent.com:sub`, or an enterprise issuer's `…/org:sub`). */
function subjectConditions(condition: IacValue | undefined): IacValue[] {
  if (!isIacObject(condition)) return isUnknown(condition) ? [condition] : [];
  const found: IacValue[] = [];
  for (const operator of Object.values(condition)) {
    if (isUnknown(operator)) found.push(operator);
    if (!isIacObject(operator)) continue;
    for (const [key, values] of Object.entries(operator as IacObject)) {
      if (!key.startsWith(GITHUB_ACTIONS_ISSUER) || !key.endsWith(':sub')) continue;
      for (const entry of Array.isArray(values) ? values : [values]) found.push(entry);
    }
  }
  return found;
}
