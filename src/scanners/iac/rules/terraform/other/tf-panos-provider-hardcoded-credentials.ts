import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

// A PAN-OS API key: the LUFRPT1 prefix, letters and digits, and the closing `==`.
const panosApiKey = /^LUFRPT1[a-zA-Z0-9]+==$/;

/**
 * Credentials of the firewall's management API in the repository give whoever reads it the
 * power to rewrite security policy on the device that is supposed to stop them.
 */
export const tfPanosProviderHardcodedCredentials: IacRule = {
  id: 'tf-panos-provider-hardcoded-credentials',
  title: 'Hard-coded PAN-OS credentials in the provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_PAN_1'],
  description: 'A `provider "panos"` block with an `api_key` shaped like a PAN-OS API key (`LUFRPT1…==`) or a non-empty `password`, written in the configuration or in a variable default.',
  remediation: 'Remove `api_key` and `password` from the provider block and rotate them; use the `PANOS_API_KEY` / `PANOS_PASSWORD` environment variables or a JSON config file kept out of the repository.',
  format: 'terraform',
  resourceTypes: ['provider.panos'],
  check: (provider) =>
    judgeProviderSecrets(
      provider,
      [
        { name: 'api_key', what: 'PAN-OS API key', looksSecret: (value) => panosApiKey.test(value) },
        { name: 'password', what: 'PAN-OS password' },
      ],
      'anyone who can read the repository or the Terraform state can change the firewall\'s policy',
    ),
};
