/**
 * GitHub Actions OIDC tokens: every repository on GitHub can get one from the same issuer, so a
 * cloud trust that accepts the issuer without pinning the subject to your organisation accepts
 * any repository's workflows. A subject is pinned when it names an organisation
 * (`repo:my-org/…`): `repo:my-org/my-repo:ref:refs/heads/main` and `repo:my-org/*` are;
 * `*`, `repo:*`, `repo:my-org*` and other claim shapes (`workflow:…`) are not.
 */
export const GITHUB_ACTIONS_ISSUER = 'token.actions.githubusercontent.com';

export function isPinnedGithubSubject(subject: string): boolean {
  return /^repo:[^/*?]+\/[^\s]+$/.test(subject);
}
