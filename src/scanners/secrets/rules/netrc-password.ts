import type { SecretRule } from '../secret-rule.ts';
import { isStandInPassword, isVendorToken } from '../credential-values.ts';

const minPasswordChars = 6;

/**
 * A .netrc entry hands its password to curl, git, pip, ftp and Heroku's CLI for the named host
 * without asking. Committed (or written by a CI script into a cached home directory), it gives
 * that host's account to anyone who reads it.
 */
export const netrcPassword: SecretRule = {
  id: 'netrc-password',
  title: 'Password in .netrc entry',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'CWE-256'],
  equivalents: ['netrc-credentials', 'Netrc'],
  description: 'The password of a .netrc / _netrc entry (machine HOST login USER password PASSWORD), on one line or across lines.',
  remediation: 'Change the password or revoke the token for that host, keep .netrc out of the repository (mode 600 in the home directory), and let CI write it from a secret at run time.',
  keywords: ['machine', 'default'],
  // machine HOST (or default), optional login/account/port fields, then password PASSWORD; fields
  // split by spaces or newlines.
  pattern: /(?<![\w.:-])(?:machine[ \t]+(?<host>[^\s]{1,253})|default)(?:\s{1,20}(?:login\s{1,20}(?<user>[^\s]{1,200})|(?:account|port)\s{1,20}[^\s]{1,200})){0,3}\s{1,20}password\s{1,20}(?<secret>[^\s]{1,300})/,
  validate: (secret, groups) => {
    // Prose around a docs example ("… password PASSWORD),") is not part of the value.
    // Markdown prose ("the default password `platform`") quotes the word in backticks; .netrc never does.
    if (secret.startsWith('`')) return false;
    const password = secret.replace(/^["']|["'),.;:]+$/g, '');
    // Escapes, comment marks and [optional]/<slot> brackets belong to tests and docs, not stored passwords.
    if (password.length < minPasswordChars || /^#|#$|[\\"'[\]<>{}]/.test(password)) return false;
    // Anonymous FTP sends an e-mail address as the password by convention.
    if (/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(password) || groups.user === 'anonymous') return false;
    // Upper-case words (PASSWORD, YOUR_TOKEN) name a slot in docs.
    if (/^[A-Z][A-Z_]*$/.test(password)) return false;
    // "machine NAME login NAME password PASSWORD" is also how docs describe the format: words are not passwords.
    return hasMixedClasses(password) && !isStandInPassword(password, groups.user) && !isVendorToken(password);
  },
};

/** At least two of: lower case, upper case, digits, symbols. */
function hasMixedClasses(value: string): boolean {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length >= 2;
}
