import type { SecretRule } from '../secret-rule.ts';
import { caseless } from '../vendor-assignment.ts';

/**
 * The secret half of an AWS access key signs API requests as its IAM user. It has no prefix of
 * its own, so it is found only next to a name that says what it is.
 */
export const awsSecretAccessKey: SecretRule = {
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'aws'],
  equivalents: ['aws-access-token', 'AWS', 'CKV_SECRET_2'],
  description: 'A 40-character AWS secret access key assigned to a variable or field named for it.',
  remediation: 'Deactivate and delete the key pair in IAM, review CloudTrail, and use roles, SSO or OIDC instead of long-lived keys.',
  // The keyword anywhere in the file is context for a match elsewhere in it.
  keywordScope: 'file',
  keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key'],
  // A name mentioning aws…secret or secret…(access)…key, an assignment, then 40 base64 characters.
  // Plain secret_key counts only because the keyword prefilter already requires "aws" in the file.
  // The key's own shape (lower case, upper case and a digit) is checked by lookaheads, so a 40-hex
  // value under the same name is simply not this rule's match and stays with the generic rule.
  // The name is spelled in any case by caseless(), since a case-insensitive flag would blur the lookaheads.
  pattern: new RegExp(
    caseless(String.raw`(?:aws[\w.-]{0,30}?secret|secret[\w.-]{0,3}(?:access[\w.-]{0,3})?key)`) +
      String.raw`[\w.-]{0,20}["']?\s{0,5}(?:[:=]|:=|=>|\s)\s{0,5}["']?(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[0-9])(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
  ),
  minEntropy: 4,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret),
};
