import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';
import { isStandInPassword } from '../credential-values.ts';

/**
 * `docker login` stores user:password base64-encoded (not encrypted) in config.json. Committed,
 * baked into an image, or pasted into a Kubernetes pull secret, it logs anyone into the
 * registry to pull private images or push over them.
 */
export const dockerConfigAuth: SecretRule = {
  id: 'docker-config-auth',
  title: 'Registry credential in Docker config',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'CWE-522', 'containers'],
  equivalents: ['docker-config-auth', 'DockerConfigJson', 'Docker'],
  description: 'An "auth" entry of a Docker config.json / .dockercfg / .dockerconfigjson: base64 of user:password, decoded and checked for both parts.',
  remediation: 'Change the registry password or revoke the token, delete the file from the repository or image, and use a credential helper (credsStore) or CI-provided login.',
  keywords: ['"auth"'],
  // "auth": "BASE64" with padding.
  pattern: /"auth"\s{0,5}:\s{0,5}"(?<secret>[A-Za-z0-9+/]{8,2000}={0,2})"/,
  validate: (secret) => {
    const decoded = decodeBase64(secret);
    if (decoded === undefined) return false;
    const match = /^([\x21-\x39\x3b-\x7e]{1,200}):([\x20-\x7e]{3,3000})$/.exec(decoded);
    return match !== null && !isStandInPassword(match[2]!, match[1]);
  },
};
