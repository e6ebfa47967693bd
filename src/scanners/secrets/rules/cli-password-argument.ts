import type { SecretRule } from '../secret-rule.ts';
import { isStandInPassword, isVendorToken } from '../credential-values.ts';

/**
 * A password typed into a command line (curl -u, docker login -p, mysql -p…, sshpass -p) is
 * stored in the script, shown in process lists and kept in shell history and CI logs.
 */
export const cliPasswordArgument: SecretRule = {
  id: 'cli-password-argument',
  title: 'Password in a command-line argument',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'CWE-214'],
  equivalents: ['curl-auth-user', 'PasswordInCommandLine'],
  description: 'A literal password passed on a command line: curl/wget -u user:password, docker login -p, mysql -pPASSWORD, sshpass -p, --password VALUE, or redis-server --requirepass VALUE.',
  remediation: 'Change the password, then pass it through stdin (--password-stdin), an environment variable, a netrc or option file outside the repository, or a secret store.',
  keywords: ['curl', 'wget', 'docker login', 'mysql', 'sshpass', '--password', '--requirepass', '--masterauth'],
  // Vendor rules that match the same token report it with better advice.
  isGeneric: true,
  /*
   * Each alternative starts with its command's literal name:
   *   curl/wget … -u|--user USER:PASSWORD
   *   docker login … -p|--password PASSWORD
   *   mysql/mysqldump/mysqladmin … -pPASSWORD (glued to -p; a bare -p prompts)
   *   sshpass -p PASSWORD
   *   --password VALUE / --password=VALUE, and Redis's --requirepass / --masterauth
   * A value starting with $ or another variable syntax is a reference, not a password.
   */
  pattern: new RegExp(
    String.raw`(?:curl|wget)[^\r\n]{0,300}?[ \t](?:-u|--user)(?:[ \t]{1,4}|=)["']?(?<user>[^\s:"'$]{1,64}):(?<secret>[^\s"'$][^\s"']{5,127})` +
      String.raw`|docker login[^\r\n]{0,200}?[ \t](?:-p|--password)(?:[ \t]{1,4}|=)["']?(?<docker>[^\s"'$][^\s"']{5,127})` +
      String.raw`|mysql(?:dump|admin)?[ \t][^\r\n]{0,200}?[ \t]-p["']?(?<mysql>[^\s"'$-][^\s"']{5,127})` +
      String.raw`|sshpass[ \t]{1,4}-p[ \t]{0,4}["']?(?<sshpass>[^\s"'$][^\s"']{5,127})` +
      String.raw`|--(?:password|requirepass|masterauth)(?:[ \t]{1,4}|=)["']?(?<flag>[^\s"'$-][^\s"']{5,127})`,
  ),
  secretGroups: ['secret', 'docker', 'mysql', 'sshpass', 'flag'],
  validate: (secret, groups) => {
    // Prose around a docs example ("mysql -pPASSWORD, …") is not part of the value.
    const password = secret.replace(/["'),.;:\\]+$/, '');
    if (isStandInPassword(password, groups.user) || isVendorToken(password)) return false;
    // Upper-case words (PASSWORD, DB_PASS) name a slot in docs.
    if (/^[A-Z][A-Z_]*$/.test(password)) return false;
    // At least two of lower case, upper case, digits and symbols: typed words are examples.
    return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length >= 2;
  },
};
