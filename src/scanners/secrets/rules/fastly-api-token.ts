import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * A Fastly API token can purge caches, change VCL and edge code, and redirect traffic for the
 * services it can reach: an attacker can serve anything from your domains.
 */
export const fastlyApiToken: SecretRule = {
  id: 'fastly-api-token',
  title: 'Fastly API token',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'cloud', 'cdn'],
  equivalents: ['fastly-api-token', 'FastlyPersonalToken'],
  description: 'A 32-character Fastly API token assigned to a name that mentions Fastly and a token or key, or to api_key in a Terraform fastly provider block.',
  remediation: 'Revoke it under Account > Personal API tokens (or the automation tokens page) in the Fastly control panel and review the event log.',
  keywords: ['fastly'],
  // A name with "fastly" and token/key/auth, an assignment, and 32 base64url characters; or the
  // api_key of a Terraform provider "fastly" block.
  pattern: /fastly[\w.-]{0,20}?(?:token|key|auth)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])|provider[ \t]{1,5}"fastly"[ \t]{0,5}\{[^}]{0,400}?api_key[ \t]{0,5}=[ \t]{0,5}"(?<inProvider>[A-Za-z0-9_-]{32})"/i,
  secretGroups: ['secret', 'inProvider'],
  minEntropy: 3.8,
  validate: (secret, groups) => !isMetadataNameSuffix(groups.suffix) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
