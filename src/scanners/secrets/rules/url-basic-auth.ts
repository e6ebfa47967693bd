import type { SecretRule } from '../secret-rule.ts';
import { isDocumentationHost, isStandInPassword, isVendorToken } from '../credential-values.ts';

// Users that stand for "put your user here".
const standInUsers = /^(?:user|username|usr|login|name|me|someone|foo|example)$/i;
// Shorter passwords in URLs are docs and test values ("abc:xyz@"), not credentials.
const minPasswordChars = 6;
const azureDevopsHost = /^(?:dev\.azure\.com|[\w-]{1,63}\.visualstudio\.com)$/i;

/**
 * Credentials written into a URL travel with it: into git remotes, package manager configs,
 * proxy settings, logs and browser history. Whoever reads the URL can log in as that user.
 */
export const urlBasicAuth: SecretRule = {
  id: 'url-basic-auth',
  title: 'Password in URL',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'CWE-522'],
  equivalents: ['URI', 'basic-auth-url', 'BasicAuth'],
  description: 'A password in the user-info part of an http(s), ftp, sftp/ssh, mail (smtp, imap, pop3), LDAP or graph-database URL (https://user:password@host). Tokens with their own format are left to their rules.',
  remediation: 'Change the password (or revoke the token), remove it from the URL, and pass it through a credential helper, .netrc outside the repository, or a secret store.',
  keywords: ['http://', 'https://', 'ftp://', 'ftps://', 'sftp://', 'ssh://', 'smtp://', 'smtps://', 'imap://', 'imaps://', 'pop3://', 'pop3s://', 'ldap://', 'ldaps://', 'neo4j', 'bolt://', 'couchbase'],
  // "://" first (fast to find), read back as the end of a scheme (http(s), ftp(s), sftp, ssh, smtp(s), imap(s), pop3(s),
  // ldap(s), neo4j, bolt, couchbase(s)); then a user of URL-safe characters, colon, PASSWORD, and @ with a host
  // name or IP (captured, not consumed).
  pattern: /:\/\/(?<=(?<![A-Za-z0-9+.-])(?:https?|ftps?|sftp|ssh|smtps?|imaps?|pop3s?|ldaps?|neo4j(?:\+s{1,2}c?)?|bolt|couchbases?):\/\/)(?<user>[A-Za-z0-9._~%+-]{1,100}):(?<secret>[^@/\s"'<>:]{1,200})(?=@(?<host>[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}|localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![A-Za-z0-9.-]))/,
  validate: (secret, groups) => {
    const user = groups.user ?? '';
    if (secret.length < minPasswordChars || isDocumentationHost(groups.host ?? '')) return false;
    if (isStandInPassword(secret, user) || isVendorToken(secret)) return false;
    // https://user:…@, https://username:…@ are documentation.
    if (standInUsers.test(user)) return false;
    // A 52-character base32 password for Azure DevOps is a PAT, which azure-devops-pat reports.
    return !(/^[a-z2-7]{52}$/.test(secret) && azureDevopsHost.test(groups.host ?? ''));
  },
};
