import type { SecretRule } from '../secret-rule.ts';

/**
 * A Twilio API key, with its secret, sends SMS and places calls billed to the account, and reads
 * message logs that often hold one-time passcodes. The SK id alone names the key; it is
 * reported because it is almost always stored right next to its secret.
 */
export const twilioApiKey: SecretRule = {
  id: 'twilio-api-key',
  title: 'Twilio API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'messaging', 'twilio'],
  equivalents: ['twilio-api-key', 'TwilioApiKey'],
  description: 'A Twilio API key SID (SK followed by 32 hex characters) in a file that mentions Twilio.',
  remediation: 'Delete the API key in the Twilio Console (Account > API keys & tokens), create a new one and keep key and secret in a secret store.',
  // "twilio" anywhere in the file is the context: the SK format alone is too short to trust.
  // The keyword anywhere in the file is context for a match elsewhere in it.
  keywordScope: 'file',
  keywords: ['twilio'],
  // SK then 32 lower-case hex characters, not part of a longer word.
  pattern: /(?<![A-Za-z0-9_])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3,
};
