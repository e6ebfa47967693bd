import type { SecretRule } from '../secret-rule.ts';

/**
 * A Docker Hub access token pushes images to its owner's (or organization's) repositories.
 * An overwritten tag ships attacker code to everyone who pulls it.
 */
export const dockerHubToken: SecretRule = {
  id: 'docker-hub-token',
  title: 'Docker Hub access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry', 'containers'],
  equivalents: ['docker-hub-pat', 'DockerHub'],
  description: 'A Docker Hub personal (dckr_pat_) or organization (dckr_oat_) access token.',
  remediation: 'Delete the token at https://app.docker.com/settings/personal-access-tokens (or the organization settings) and keep registry credentials in CI secrets.',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  // dckr_pat_ or dckr_oat_ + 27 to 40 base64url characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
};
