import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

// A Linode personal access token: 64 base64 characters at the start of the value, not part of a longer run.
const linodeToken = /^[A-Za-z0-9/+=]{64}(?![A-Za-z0-9/+=])/;

/**
 * A Linode API token in the provider block is a key to the whole account (or whatever scopes it
 * was given): anyone with the repository, a fork or the state can create, read and delete
 * instances, volumes and DNS until it is revoked.
 */
export const tfLinodeProviderHardcodedToken: IacRule = {
  id: 'tf-linode-provider-hardcoded-token',
  title: 'Hard-coded Linode API token in the provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_LIN_1'],
  description: 'A `provider "linode"` block whose `token` is a 64-character API token written in the configuration or in a variable default.',
  remediation: 'Remove `token` from the provider block and revoke the token; set `LINODE_TOKEN` in the environment or pass a variable without a default.',
  format: 'terraform',
  resourceTypes: ['provider.linode'],
  check: (provider) =>
    judgeProviderSecrets(provider, [{ name: 'token', what: 'Linode API token', looksSecret: (value) => linodeToken.test(value) }], 'anyone who can read the repository or the Terraform state can manage the account with it'),
};
