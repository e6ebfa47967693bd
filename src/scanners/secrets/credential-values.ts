/**
 * Rules that find a password by where it sits (a URL, a .netrc line, an .npmrc entry) rather than
 * by its shape share two questions about the value: is it a stand-in someone typed for the docs,
 * and is it a vendor token that a format rule already reports with better advice?
 */

// Passwords that tutorials, compose files and test suites use as obvious stand-ins.
const standInPasswords = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'apikey', 'api_key', 'key', 'changeme', 'change_me', 'changeit',
  'admin', 'root', 'guest', 'test', 'testing', 'demo', 'default', 'user', 'username', 'login', 'example', 'foo', 'bar',
  'foobar', 'postgres', 'mysql', 'redis', 'mongo', 'mongodb', 'rabbitmq', 'sa', 'oracle', 'dbpass', 'dbpassword', 'mypassword',
  'yourpassword', 'your_password', 'your-password', 'pa55word', 'p@ssw0rd', 'p@ssword', 'passw0rd', 'letmein', 'qwerty', 'hunter2',
  'secretpassword', 'supersecret', 'topsecret', 'none', 'null', 'nil', 'empty', 'dummy', 'fake', 'sample', 'placeholder',
]);

// Template, shell, CI and printf syntaxes, masks and angle-bracket slots that stand for a value.
const templatedValue = /\$\{|\$\(|\{\{|\}\}|^\$[A-Za-z_]|^%[A-Za-z_]\w*%$|^%[sd]$|%\(\w+\)s|^\{[A-Za-z_]+\}$|^\{\d{1,2}\}$|^%\d\$s$|^<[^>]*>$|^\[[^\]]*\]$|^\*+$|^x+$|^X+$|^\.+$|^#\{|__[A-Z_]+__|^@[A-Za-z_]+@$|^:[a-z_]+$/i;

/** True when a password found by its position is a stand-in rather than a credential. */
export function isStandInPassword(password: string, user?: string): boolean {
  const lower = password.toLowerCase();
  if (standInPasswords.has(lower)) return true;
  // "test123TEST", "admin!2024", "root_root": a stand-in word dressed up with digits, symbols or a repeat.
  const letters = lower.replace(/[^a-z]/g, '');
  const half = letters.slice(0, letters.length / 2);
  if (letters.length >= 3 && (standInPasswords.has(letters) || (letters === half + half && standInPasswords.has(half)))) return true;
  if (user !== undefined && user.length > 0 && lower === user.toLowerCase()) return true;
  if (templatedValue.test(password)) return true;
  // "Password1!", "not-secure-database-password", "mysecret": a value that spells the word is a docs example.
  if (/pass(?:word|wd)|secret|changeit/i.test(password)) return true;
  // "your_db_password", "<password>", "PASSWORD_HERE": a name, not a value.
  return /^(?:my|your|the|db|some)?[_-]?(?:db|database|app|user|admin|redis|rabbit|mongo)?[_-]?pass(?:word)?[_-]?(?:here|goes[_-]?here|\d?)$/i.test(password);
}

// Domains reserved for documentation (RFC 2606 / RFC 6761) and hosts that only appear in examples.
const documentationHost = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|acme\.com|domain\.com|host\.com|hostname|yourdomain\.com|mydomain\.com|your-host|your-server)(?::\d{1,5})?$/i;

/** True for hosts such as example.com or db.test that only appear in documentation and tests. */
export function isDocumentationHost(host: string): boolean {
  return documentationHost.test(host);
}

// Name endings that describe a credential (its id, name, file, version) rather than hold it.
const metadataSuffix = /(?:id|ids|name|names|file|path|url|uri|version|type|ttl|expiry|expires|length|ref|arn)$/i;

/** True when the end of an assigned name (the part after "key" or "token") marks metadata: _ID, _NAME, _FILE … */
export function isMetadataNameSuffix(suffix: string | undefined): boolean {
  return suffix !== undefined && metadataSuffix.test(suffix);
}

// Prefixes of tokens that have their own rule with vendor-specific advice (group A and common SaaS formats).
const vendorTokenPrefix =
  /^(?:gh[pousr]_|github_pat_|gl(?:pat|oas|dt|ptt|cbt|imt|soat|ft|agent|ffct|rt)-|GR1348941|npm_|pypi-|rubygems_|oy2[a-z0-9]{43}$|dckr_(?:pat|oat)_|do[por]_v1_|HRKU-|nfp_|cf(?:k|ut|at)_|hv[sbr]\.|dp\.(?:pt|st|sa|ct|scim|audit)\.|pul-|AKIA|ASIA|LTAI|AKID|ATBB|ATCTT|ATATT|GOCSPX-|AIza|CCIP(?:AT|RJ)_|bkua_|AKCp|sq[pua]_|pscale_|xox[abposr]-|xapp-|sk_live_|rk_live_|sk_test_|rk_test_|whsec_|shp(?:at|ca|pa|ss)_|SG\.|hf_|gsk_|r8_|pplx-|xai-|NR(?:AK|II|AA)-|sntr[ys]u?_|gls[a]_|glc_|lin_api_|figd_|PMAK-|dapi[a-f0-9]|sk-|eyJ)/;

/** True when the value is a token whose format another rule reports on its own. */
export function isVendorToken(value: string): boolean {
  return vendorTokenPrefix.test(value) || /^[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}$/.test(value);
}
