import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

// An access key: 20 upper-case letters or digits at the start of the value, not part of a longer run.
const accessKey = /^[A-Z0-9]{20}(?![A-Z0-9])/;
// A secret key: 40 base64 characters at the start of the value, not part of a longer run.
const secretKey = /^[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/;

/**
 * Naver Cloud API keys in the provider block act for the account's sub-account or main account
 * for anyone with the repository, a fork or the state.
 */
export const tfNcpProviderHardcodedCredentials: IacRule = {
  id: 'tf-ncp-provider-hardcoded-credentials',
  title: 'Hard-coded Naver Cloud keys in the provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_NCP_17'],
  description: 'A `provider "ncloud"` block whose `access_key` (20 upper-case letters and digits) or `secret_key` (40 base64 characters) is written in the configuration or in a variable default.',
  remediation: 'Remove `access_key` and `secret_key` from the provider block and rotate them; use the `NCLOUD_ACCESS_KEY` / `NCLOUD_SECRET_KEY` environment variables.',
  format: 'terraform',
  resourceTypes: ['provider.ncloud'],
  check: (provider) =>
    judgeProviderSecrets(
      provider,
      [
        { name: 'access_key', what: 'access key', looksSecret: (value) => accessKey.test(value) },
        { name: 'secret_key', what: 'secret key', looksSecret: (value) => secretKey.test(value) },
      ],
      'anyone who can read the repository or the Terraform state can use the account with these keys',
    ),
};
