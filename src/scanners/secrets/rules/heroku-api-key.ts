import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * A Heroku API key controls every app its owner can reach: deploy code, read config vars
 * (usually full of database URLs and third-party keys) and scale or delete apps.
 */
export const herokuApiKey: SecretRule = {
  id: 'heroku-api-key',
  title: 'Heroku API key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud'],
  equivalents: ['heroku-api-key', 'heroku-api-key-v2', 'Heroku'],
  description: 'A Heroku API key: the HRKU-AA format, or a legacy UUID assigned to a Heroku key, token or password name.',
  remediation: 'Regenerate the key under Account settings > API Key (or revoke the OAuth authorization with `heroku authorizations:revoke`) and review app activity.',
  keywords: ['hrku-', 'heroku'],
  // HRKU-AA + 58 base64url characters; or a name with "heroku" and key/token/password, an assignment, and a UUID.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])|heroku[\w.-]{0,30}?(?:api[_.-]?key|key|token|password|secret|auth)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9A-Za-z-])/i,
  validate: (_secret, groups) => !isMetadataNameSuffix(groups.suffix),
  secretGroups: ['secret', 'legacy'],
  minEntropy: 3,
  refine: (secret) => (secret.startsWith('HRKU-') ? undefined : { confidence: 'medium' }),
};
