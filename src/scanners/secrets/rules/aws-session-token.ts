import type { SecretRule } from '../secret-rule.ts';

/**
 * A session token completes a set of temporary AWS credentials. Until it expires (up to 36
 * hours, often 12) it grants everything the assumed role may do, and a nearby ASIA key id and
 * secret usually sit next to it.
 */
export const awsSessionToken: SecretRule = {
  id: 'aws-session-token',
  title: 'AWS session token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'aws'],
  equivalents: ['aws-session-token', 'AWSSessionKey'],
  description: 'An AWS STS session token (a long base64 value) assigned to aws_session_token, aws_security_token, SessionToken or X-Amz-Security-Token.',
  remediation: 'Revoke active sessions of the role (IAM > Roles > Revoke active sessions), find how the token was captured, and never persist temporary credentials in files.',
  keywords: ['session_token', 'sessiontoken', 'session-token', 'security_token', 'security-token', 'securitytoken'],
  // An AWS session/security token name (or a bare SessionToken, as in STS JSON output), an optional
  // closing quote, an assignment, then 100 to 2000 base64 characters.
  pattern: /(?:(?<awsName>aws[_.-]?session[_.-]?token|aws[_.-]?security[_.-]?token|x-amz-security-token)|(?<![A-Za-z0-9])session[_-]?token)["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<secret>[A-Za-z0-9/+]{100,2000}={0,2})(?![A-Za-z0-9/+=])/i,
  minEntropy: 4.5,
  validate: (secret, groups) => {
    if (!(/[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret))) return false;
    // A bare "SessionToken" could belong to any service; STS tokens start with one of these base64 stems.
    return groups.awsName !== undefined || /^(?:IQoJb3JpZ2luX2|FwoGZXIvYXdz|FQoGZXIvYXdz)/.test(secret);
  },
};
