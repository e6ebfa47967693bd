import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

// A service account key's JSON (its "private_key" field) or a PEM private key block.
const serviceAccountKey = /"private_key"\s*:|-----BEGIN (?:RSA )?PRIVATE KEY-----/;

/**
 * A service account key or an OAuth access token in the `google` provider block acts as that
 * service account for anyone with the repository, a fork or the state; keys do not expire on
 * their own.
 */
export const tfGcpProviderHardcodedCredentials: IacRule = {
  id: 'tf-gcp-provider-hardcoded-credentials',
  title: 'Hard-coded service account key or token in the google provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  // Checkov has no provider check for google; the AWS one is CKV_AWS_41.
  equivalents: [],
  description: 'A `provider "google"` (or `google-beta`) block whose `credentials` holds a service account key (its JSON with `private_key`, or a PEM key), read from a file in the repository or written inline, or with a non-empty `access_token`.',
  remediation: 'Remove the key from the repository and delete it in IAM; use workload identity federation (for CI, `google-github-actions/auth` with OIDC) or `gcloud auth application-default login`, and drop `credentials` from the provider block.',
  format: 'terraform',
  resourceTypes: ['provider.google', 'provider.google-beta'],
  check: (provider) =>
    judgeProviderSecrets(
      provider,
      [
        { name: 'credentials', what: 'service account key', looksSecret: (value) => serviceAccountKey.test(value) },
        { name: 'access_token', what: 'access token' },
      ],
      'anyone who can read the repository or the Terraform state can act as the service account',
    ),
};
