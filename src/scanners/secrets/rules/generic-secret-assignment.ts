import type { SecretRule } from '../secret-rule.ts';
import { shannonEntropy } from '../entropy.ts';
import { isPlaceholder } from '../placeholders.ts';
import { isStandInPassword, isVendorToken } from '../credential-values.ts';

// Names that hold a credential: password, secret, token, api key, access key, client secret, keys
// named for what they protect (APP_KEY, HMAC_KEY, LICENSE_KEY …), personal access tokens (ADO_PAT,
// GITHUB_PAT; the separator keeps path and pattern out), and SQL's IDENTIFIED BY.
const keyOwners = [
  'api', 'access', 'auth', 'private', 'signing', 'encryption', 'master', 'license', 'licence', 'app', 'hmac', 'jwt', 'session', 'crypto',
  'cipher', 'aes', 'shared', 'webhook', 'account', 'subscription', 'service', 'admin', 'root', 'consumer', 'client', 'encrypt', 'decrypt',
  'sdk',
] as const;
// "key" is matched first and its owner read back by a lookbehind: an alternation of 27 owners at
// the start of the pattern would make the engine try each one at every position.
const secretName = String.raw`(?:pass(?:word|wd|phrase)?|pwd|secret|token|credentials?|key(?<=(?:${keyOwners.join('|')})[_.-]?key)|[_.-]pat(?![a-z])|identified[ \t]{1,4}by)`;

// A bare value runs to the end of its token: these characters end it. Parentheses do not: Django
// keys and other generated passwords hold them, and calls are told apart by callExpression.
const bareValue = String.raw`[^\s"'\x60,;|<>{}\[\]]`;

// A declared type between name and value: string, String, &str, &'static str, string | undefined, []byte, Option<String>.
const declaredType = String.raw`&?(?:'static[ \t]{1,4})?[A-Za-z_][\w.]{0,30}(?:<[\w, .]{1,30}>)?(?:\[\])?[?!]?(?:[ \t]{0,4}\|[ \t]{0,4}[A-Za-z_]\w{0,20}){0,2}`;

/*
 * Starts at the secret name so the regex engine can skip quickly between candidates: the name and
 * the rest of the key (…_prod, Key), then one of five ways to assign it:
 *   - an optional closing quote or bracket and an operator of any common syntax (=, :, :=, =>, ?=,
 *     or > closing an XML element such as <dbPassword>), and for YAML an optional block scalar
 *     indicator (| or >-) with the value on the next line;
 *   - a closing quote and a comma: a name and value passed as arguments, setProperty("password", "…");
 *   - a name/value pair, where the name is itself a value and "value" follows on the same or next
 *     line: `- name: DB_PASSWORD` / `value: …` (Kubernetes env), {"name": "…", "value": …} (ECS,
 *     Postman), <add key="ApiKey" value="…"/> (.NET appSettings); or a block named for the secret
 *     whose "default" (or "value") child, up to three lines down at the same indentation (so a
 *     sibling block's lines are never crossed), holds it: Terraform
 *     `variable "db_password" {` … `default = "…"`, CloudFormation `DbPassword:` … `Default: …`;
 *   - a declared type and then = (TypeScript, Rust, Kotlin, Swift, Go: `apiKey: string = "…"`);
 *   - plain blanks: `requirepass …` lines of space-separated config, #define, SQL PASSWORD '…'.
 * A YAML anchor or !!str tag, an XML CDATA opening, an environment read with a literal
 * fallback (`process.env.X || "…"`) or PowerShell's `ConvertTo-SecureString "…"` may precede the value.
 * Then a quoted value (its quotes may be backslash-escaped, as in notebooks' JSON), or a bare
 * value running to the end of its token. The part of the key before the name is read back in
 * validate(). Quantifiers are bounded to keep matching linear.
 */
const assignment = new RegExp(
  String.raw`(?<name>${secretName})(?<suffix>[\w.-]{0,30})` +
    String.raw`(?:(?:\[\]|["']\]|["'\]])?[ \t]{0,8}(?<operator>:=|=>|\?=|[:=>])(?<gap>[ \t]{0,8})(?<block>[|>][-+]?[ \t]{0,4}\r?\n[ \t]{1,40})?` +
    String.raw`|["'][ \t]{0,4}(?<argument>,)[ \t]{0,4}` +
    String.raw`|["']?[ \t]{0,4}[:{]?[,;]?[ \t]{0,4}(?:\r?\n(?<indent>[ \t]{0,40})(?:[^\s][^\r\n]{0,120}\r?\n\k<indent>){0,3}?)?["']?(?<pairKey>value|default)["']?[ \t]{0,4}(?<pair>=>|[:=])[ \t]{0,8}` +
    String.raw`|(?:[ \t]{0,4}:[ \t]{0,4}|[ \t]{1,4})(?<type>${declaredType})[ \t]{0,4}:?=[ \t]{0,8}` +
    String.raw`|(?<spaced>[ \t]{1,8}))` +
    String.raw`(?:(?:&[\w-]{1,40}|!!(?:str|binary))[ \t]{1,4}|<!\[CDATA\[)?` +
    String.raw`(?<fallback>process\.env(?:\.\w{1,60}|\[["']\w{1,60}["']\])[ \t]{0,4}(?:\|\||\?\?)[ \t]{0,4}|ConvertTo-SecureString[ \t]{1,4}(?:-String[ \t]{1,4})?)?` +
    String.raw`(?:\\?(?<quote>["'\x60])(?<quoted>[^"'\x60\r\n]{5,599}[^"'\x60\r\n\\])\\?\k<quote>|(?<bare>${bareValue}{8,600})(?!${bareValue}))`,
  'i',
);

// The identifier characters just before the secret name: DB_ in DB_PASSWORD, max_ in max_tokens.
const keyPrefix = /[\w.-]{0,40}$/;

// Key endings that name metadata about a secret rather than the secret itself.
const metadataKeySuffix = /(?:urls?|uris?|address|addr|endpoint|path|file|filename|dir|name|type|id|ids|length|len|count|size|format|field|policy|version|header|hash|prefix|suffix|env|var|variable|ref|arn|expiry|expires|expiration|timeout|ttl|mode|enabled|required|label|placeholder|regex|pattern|class|provider|method|param|location|store|manager|rotation|source|kind|key_id|keyid|_id|usage|limit|budget|count|index|position|endpoint)$/i;
const metadataKeyWords = /(?:^|[_.-])(?:max|min|num|is|has|use|show|hide|allow|enable|disable|get|set|reset|forgot|confirm|validate|check|verify|hashed|encrypted|tokeniz|sample|example)(?:[_.-]|$)|salt(?:[_.-]|$)|Salt\b|commit|(?:^|[_.-])sha\d*(?:[_.-]|$)|digest|checksum|etag|integrity|fingerprint|tokenizer|tokens\b|templates?|strength|(?:^|[_.-])(?:old|new|previous|current|existing|last)(?=[A-Z_.-])|existing|_tokens|secretkeyref|secretref|secretname|(?:^|[_.-])(?:next|page|pagination|continuation|cursor|idempotency|request|change|sync|resume|cancellation|lifecycle|csrf|xsrf)(?:[_.-]|$)/i;

// Values that are code, not data: references, calls, paths, interpolations, types, YAML tags,
// anchors and aliases. A symbol alone does not make code: "@Gx7…" and "!k2P…" are passwords.
const codeLikeValue = /^(?:\.[A-Za-z_]+(?:\.[A-Za-z_]+)*$|process\.env|os\.environ|os\.getenv|env\(|getenv|System\.getenv|ENV\[|config\.|settings\.|this\.|self\.|req\.|request\.|params\.|props\.|args\.|options\.|secrets\.|vars\.|inputs\.|\.\/|~\/|[A-Za-z_]{1,40}\.[A-Za-z_][\w]*\.|function\b|lambda\b|new\b|null\b|nil\b|none\b|true\b|false\b|undefined\b|string\b|str\b|int\b|bool\b|bytes\b|object\b|required\b|optional\b)/i;
// Symbols that start code rather than a password: variables, templates, Ruby instance variables,
// YAML anchors, aliases and tags, masks. Case matters here, so it is separate from the list above.
const symbolCodeValue = /^(?:\$|%\(|%\{|%[A-Za-z_]\w*%$|%[sd]$|@[a-z_][a-z0-9_.]*$|@@|[&*][a-z_][\w-]*$|!{1,2}(?:Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|vault|secret|env|include|binary|str)\b|\*{3})/;
// A whole value that is a call or a chain of calls, its names joined by ".", "::" or "->" as in
// Perl, Ruby, PHP, C++ and Rust (Win32::GetCwd(), Foo->new()); random text may hold "()" somewhere
// but is not all calls.
const callExpression = /^[A-Za-z_]\w*(?:(?:\.|::|->)[A-Za-z_]\w*)*\((?:[^)]{0,80}\)(?:(?:\.|::|->)[A-Za-z_]\w*(?:\([^)]{0,80}\)?)?)*)?$/;
// A package-qualified name, alone or opening a call whose arguments a blank or comma cut off:
// Config::DEFAULT, Crypt::Random::makerandom(Size => 32). Passwords do not join words with "::".
const qualifiedName = /^[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+(?:\(|$)/;
const sealedSecretKind = /^kind:[ \t]*SealedSecret\b/m;
// Encrypted values are safe to commit: SOPS, Jasypt, Spring Cloud Config, Vault transit, Ansible Vault.
const encryptedValue = /^(?:ENC\[|ENC\(|\{cipher\}|vault:v\d+:|\$ANSIBLE_VAULT)/;
const secretsManagerReference = /^(?:arn:aws:|projects\/[^/]+\/secrets\/|https?:\/\/[^\s]*vault\.azure\.net|vault:|ssm:|sm:\/\/|op:\/\/|ref\+|bws:)/i;

// A bare word in a code file is an identifier, not a value.
const codeFileExtensions = /\.(?:[cm]?[jt]sx?|py|go|java|kt|kts|scala|rb|php|cs|swift|rs|c|cc|cpp|h|hpp|m|dart|lua|groovy)$/i;

const minQueryTokenChars = 16;
const minEntropyQuoted = 3.0;
const minEntropyBare = 3.2;
// Hex carries at most 4 bits a character, so a random 32-hex key can score just under 3.2.
const minEntropyHex = 3.0;

// Three or more character classes including a symbol is how passwords are made;
// a short one cannot reach 3.2 bits a character even when every character differs.
const minEntropyPassword = 2.8;

function minEntropyFor(value: string, isBare: boolean): number {
  if (value.length >= 32 && /^[0-9a-f]+$/i.test(value)) return minEntropyHex;
  if (characterClasses(value) >= 3 && /[^A-Za-z0-9]/.test(value)) return minEntropyPassword;
  return isBare ? minEntropyBare : minEntropyQuoted;
}

/**
 * Hard-coded passwords, API keys and tokens in code and config outlive the reason they were put
 * there, end up in forks, logs and backups, and cannot be rotated without a code change. This
 * rule catches credentials with no recognisable vendor format by the name they are assigned to,
 * and requires the value to look random, so variable references and placeholders do not fire.
 */
export const genericSecretAssignment: SecretRule = {
  id: 'generic-secret-assignment',
  title: 'Hard-coded secret',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'generic'],
  equivalents: ['generic-api-key', 'KeywordDetector', 'CKV_SECRET_6'],
  description: 'A value that looks random assigned to a name like password, secret, token or api_key.',
  remediation: 'Remove the value from the code, rotate it, and read it at run time from the environment or a secret store.',
  // Name (≤ 40) + key rest (≤ 30) + operator, skipped block lines and spaces (≤ 400) + value (≤ 602): windows this wide suffice.
  maxMatchChars: 1100,
  // Every spelling the name alternation accepts; plain "key" would wake the rule on nearly every code file.
  keywords: [
    'pass', 'pwd', 'secret', 'token', 'credential', 'identified', '_pat', '-pat', '.pat',
    ...keyOwners.flatMap((word) => ['', '_', '-', '.'].map((separator) => `${word}${separator}key`)),
  ],
  pattern: assignment,
  isGeneric: true,
  secretGroups: ['quoted', 'bare'],
  refine: (_secret, { text, matchIndex, groups }) => ({ message: `Value assigned to "${assignedKey(text, matchIndex, groups)}" looks like a hard-coded secret` }),
  validate: (secret, groups, { path, text, matchIndex }) => {
    const key = assignedKey(text, matchIndex, groups);
    const charBefore = charBeforeKey(text, matchIndex, key, groups);
    if (!isCredentialKey(key, charBefore)) return false;
    const isBare = groups.bare !== undefined;
    if (isBare && codeFileExtensions.test(path)) return false; // an unquoted word in code is an identifier
    // YAML needs a space after ':'; "name:value" without one is a coordinate or an image tag.
    if (isBare && groups.operator === ':' && groups.gap === '') return false;
    // Arguments ("password", "…") must both be strings; > must close an XML element <dbPassword>…</dbPassword>.
    if (groups.argument !== undefined && (isBare || !isFirstArgument(text, matchIndex, key, groups))) return false;
    if (groups.operator === '>' && !isXmlElementText(secret, text, matchIndex, charBefore)) return false;
    // Types and blank-separated values need a quoted value, or a config line `key value` of its own.
    if (groups.type !== undefined && isBare) return false;
    if (groups.spaced !== undefined && isBare && !isConfigLine(secret, text, matchIndex, key, groups, path)) return false;
    // "the default password `platform` will be used": a backticked word after a blank is Markdown prose.
    if (groups.spaced !== undefined && groups.quote === '`') return false;
    // Blank-separated names end where the word ends: "passing `--flag`" and "passwords are" are prose.
    if (groups.spaced !== undefined && /^[a-z]/.test(groups.suffix ?? '')) return false;
    if (isKeyIdentifier(key, secret)) return false;
    // Short query-string tokens (?token=37tZMQE0Sy on a README badge) are public graph and badge tokens.
    if ((charBefore === '?' || charBefore === '&') && secret.length < minQueryTokenChars) return false;
    // SealedSecret values are encrypted for the cluster's key: safe to commit, and always long.
    if (secret.length > 200 && sealedSecretKind.test(text)) return false;
    if (!looksLikeCredentialValue(secret)) return false;
    if (repeatsKeyName(secret, key)) return false;
    return shannonEntropy(secret) >= minEntropyFor(secret, isBare) && hasMixedClasses(secret);
  },
};

/** setProperty("password", "…"): the quoted name opens a call's argument list, unlike a list of names ['token', 'Key']. */
function isFirstArgument(text: string, matchIndex: number, key: string, groups: Record<string, string | undefined>): boolean {
  const keyStart = matchIndex - (key.length - (groups.name?.length ?? 0) - (groups.suffix?.length ?? 0));
  return /\([ \t]{0,4}["']$/.test(text.slice(Math.max(0, keyStart - 8), keyStart));
}

// Files where `word value` lines are prose or code rather than configuration.
const proseOrCodeFile = /\.(?:md|markdown|txt|rst|adoc|html?|[cm]?[jt]sx?|py|go|java|kt|kts|scala|rb|php|cs|swift|rs|c|cc|cpp|h|hpp|m|dart|lua|groovy|sql|ps1|sh|bash)$|(?:^|\/)(?:Dockerfile|Jenkinsfile|Makefile)[^/]*$/i;

/** `requirepass …`: the key starts its line (or follows ENV), the value ends it, and the file is configuration. */
function isConfigLine(secret: string, text: string, matchIndex: number, key: string, groups: Record<string, string | undefined>, path: string): boolean {
  const keyStart = matchIndex - (key.length - (groups.name?.length ?? 0) - (groups.suffix?.length ?? 0));
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const end = text.indexOf(secret, matchIndex) + secret.length;
  const lineEnd = text.indexOf('\n', end);
  if (!/^[ \t\r]*$/.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd))) return false;
  const before = text.slice(lineStart, keyStart);
  // Dockerfile `ENV KEY value` and csh `setenv KEY value` are assignments in any file.
  if (/^[ \t]*(?:ENV|ARG|setenv)[ \t]+$/.test(before)) return true;
  return !proseOrCodeFile.test(path) && /^[ \t]*$/.test(before);
}

/** <dbPassword>value</dbPassword>: the name opens an element and the value is all of its text. */
function isXmlElementText(secret: string, text: string, matchIndex: number, charBefore: string): boolean {
  const end = text.indexOf(secret, matchIndex) + secret.length;
  return charBefore === '<' && (text.startsWith('</', end) || text.startsWith(']]></', end));
}

// GPG key ids (8 or 16 hex digits) and fingerprints (40, printed upper-case by gpg) name a key kept
// elsewhere: git's user.signingkey. A lower-case 40-hex "signing key" is an HMAC secret.
const keyIdentifierName = /(?:gpg|pgp|signing)[_.-]?key$/i;
const keyIdentifierValue = /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-F]{40})$/;

function isKeyIdentifier(key: string, value: string): boolean {
  return keyIdentifierName.test(key) && keyIdentifierValue.test(value);
}

/** The key names a credential: not metadata about one, and not a word inside a path or URL. */
function isCredentialKey(key: string, charBefore: string): boolean {
  // camelCase humps are words too: discordTokenSample, maxTokens.
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  if (metadataKeySuffix.test(key) || metadataKeyWords.test(key) || metadataKeyWords.test(words)) return false;
  // registry/app-secrets:1.2 or vault.io/agent-inject-secret-x: the "key" is part of a value.
  return !'/:@\\'.includes(charBefore) || charBefore === '';
}

/** Value checks shared by every syntax: what remains should look generated, not written. */
function looksLikeCredentialValue(value: string): boolean {
  if (codeLikeValue.test(value) || symbolCodeValue.test(value) || secretsManagerReference.test(value) || encryptedValue.test(value)) return false;
  if (/[\s\u0080-\uffff]/.test(value)) return false; // prose, messages and translations
  if (/^\d+(?:\.\d+)*$/.test(value)) return false; // numbers and versions
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d|$)/.test(value)) return false; // dates and timestamps
  if (/^0x[0-9a-f]{40}$/i.test(value)) return false; // Ethereum addresses
  if (/\$(?:2[abxy]?|1|5|6|argon2i?d?|scrypt|pbkdf2[-\w]*)\$/.test(value)) return false; // crypt/bcrypt/argon2 hashes
  if (/^(?:sha\d+|md5)[-:]/i.test(value)) return false; // integrity strings and typed digests
  if (/^(?:https?|ftp|file|s3|gs):\/\//i.test(value)) return false; // URLs; credentials inside URLs have their own rule
  if (/^[\w.-]+(?:\/[\w.-]+)+\/?$/.test(value) && !/[A-Z].*\d|\d.*[A-Z]/.test(value)) return false; // paths
  if (/^(?:\/[\w.-]{1,64})+\/?$/.test(value) && !hasRandomSegment(value)) return false; // absolute paths, not base64 that starts with /
  if (callExpression.test(value)) return false; // generateToken(user), crypto.randomBytes(32).toString( cut short by a quote
  if (qualifiedName.test(value)) return false; // a constant or class named by its package
  if (/\.(?:json|ya?ml|pem|crt|cer|key|p12|pfx|jks|txt|env|conf|cfg|ini|xml|toml|properties|sh|bash|ps1|bat|cmd|py|rb|js|exe)$/i.test(value)) return false; // file names
  // ext:/scripts/auth.sh, env:REGISTRY_TOKEN, secret:ns/name: a reference to where the credential lives.
  if (/^(?:ext|env|file|secret|secrets|pullsecret|vault|keychain|keyring|op|cmd|exec|ssm|arn):[\w/.${-]/i.test(value)) return false;
  if (/pass(?:word|wd)|secret|token|credential|api[_-]?key|mock|fake/i.test(value)) return false; // a name or a label, not a value
  // Property paths such as Jobs[-1].JobId or Items[*].Name are identifiers once the indexes are dropped.
  if (isWordIdentifier(value) || (/\[(?:-?\d{1,4}|\*)\]/.test(value) && isWordIdentifier(value.replace(/\[(?:-?\d{1,4}|\*)\]/g, '')))) return false;
  if (isPatternOrRuleList(value)) return false;
  if (/^[a-z]{3,12}\d{0,4}[!.?]?$/.test(value)) return false; // "admin123", "bitnami1234": typed stand-ins, not generated
  if (isStandInPassword(value)) return false;
  // A vendor prefix means the vendor rule decides: it reported the token, or found it malformed.
  // "sk-" is shared by many AI providers without a rule of their own, so those stay with this rule.
  if (isVendorToken(value) && !value.startsWith('sk-')) return false;
  if (isCamelCaseIdentifier(value)) return false;
  if (value.endsWith(':')) return false; // the next YAML key, read as a value
  if (decodesToPlaceholder(value) || decodesToPublicMaterial(value)) return false;
  return !isPlaceholder(value);
}

// Pieces of regular-expression syntax; a password may hold one by chance, a pattern holds several.
const regexSyntax = [/\(\?[=!:<]/, /\.\*/, /\[[A-Za-z0-9]-[A-Za-z0-9]\]/, /\\[dwsS]/, /\{\d{1,3},\d{0,3}\}/, /^\^/, /\$$/];

/** Password rules and validation patterns ("^(?=.*[A-Z]).{12,}$", "min=12,upper=1,digit=1"). */
function isPatternOrRuleList(value: string): boolean {
  if (regexSyntax.filter((piece) => piece.test(value)).length >= 2) return true;
  return /^(?:[a-z_]{2,20}=\w{1,12},){2,}[a-z_]{2,20}=\w{1,12}$/i.test(value);
}

/** Base64 keys can start with "/": a long segment mixing upper case, lower case and digits is not a directory. */
function hasRandomSegment(value: string): boolean {
  return value.split('/').some((segment) => segment.length >= 16 && /[a-z]/.test(segment) && /[A-Z]/.test(segment) && /\d/.test(segment));
}

/** "accountkey: base64encodedaccountkey": a value spelling out its own key's name describes, it does not hold. */
function repeatsKeyName(value: string, key: string): boolean {
  const name = key.toLowerCase().replace(/[^a-z]/g, '');
  return name.length >= 6 && value.toLowerCase().replace(/[^a-z]/g, '').includes(name);
}

/** camelCase and PascalCase names made of words, with an acronym at most at the end: subscriptionId, userAssignedIdentityID. */
function isCamelCaseIdentifier(value: string): boolean {
  if (!/^[A-Za-z]+$/.test(value)) return false;
  const words = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]/g) ?? [];
  return words.every((word) => (word.length >= 2 && /[aeiouy]/i.test(word)) || /^[A-Z]{2,5}$/.test(word) || word === 'Id');
}

/** kebab-case, snake_case and dotted names made of words: "etcd-cluster-k8s", "if_you_see_this". */
function isWordIdentifier(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+$/.test(value)) return false;
  // Capitalised words with digits ("Harbor-Falcon42") are how people build passwords, not identifiers;
  // so is a part that mixes cases and digits inside it ("Kqzvt_wpxLM7bQ").
  if (value.split(/[._-]/).some((part) => /[a-z]/.test(part) && /[A-Z]/.test(part.slice(1)) && /\d/.test(part))) return false;
  if (/[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value) && /[._-][A-Z]/.test(value)) return false;
  const segments = value.split(/[._-]/);
  // A word is written in one case or capitalised (cluster, K8S, Vault); random segments mix cases (AbCdeFgHij).
  // camelCase and PascalCase names are words too when every hump is one (NextMarker, CloudFrontOriginAccessIdentityList).
  const isWord = (segment: string) =>
    (/^(?:[a-z]{2,}|[A-Z]{2,}|[A-Z][a-z]+)\d{0,3}$/.test(segment) && /[aeiouy]/i.test(segment)) ||
    (/^(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)+$/.test(segment) && segment.split(/(?=[A-Z])/).every((hump) => /[aeiouy]/i.test(hump)));
  const wordLike = segments.filter(isWord).length;
  return wordLike * 2 >= segments.length;
}

/** Base64 of a certificate or public key (a CA bundle in a values file) is public. */
function decodesToPublicMaterial(value: string): boolean {
  if (value.length < 100 || !value.startsWith('LS0t')) return false;
  return /^-----BEGIN (?:CERTIFICATE|[A-Z ]*PUBLIC KEY)-----/.test(Buffer.from(value, 'base64').toString('latin1'));
}

/** Base64 of "example-app-secret" is as much a placeholder as the plain text. */
function decodesToPlaceholder(value: string): boolean {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  // `echo password | base64` leaves a trailing newline in the encoded value.
  const decoded = Buffer.from(value, 'base64').toString('latin1').replace(/\r?\n$/, '');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return isPlaceholder(decoded) || isStandInPassword(decoded) || /pass(?:word|wd)|secret|token|changeme/i.test(decoded) || isWordIdentifier(decoded);
}

function charBeforeKey(text: string, matchIndex: number, key: string, groups: Record<string, string | undefined>): string {
  const keyStart = matchIndex - (key.length - (groups.name?.length ?? 0) - (groups.suffix?.length ?? 0));
  // PowerShell's $env:NAME is a variable, not a word inside a path or URL.
  if (/\$env:$/i.test(text.slice(Math.max(0, keyStart - 5), keyStart))) return '';
  return keyStart > 0 ? text[keyStart - 1]! : '';
}

function assignedKey(text: string, matchIndex: number, groups: Record<string, string | undefined>): string {
  const prefix = keyPrefix.exec(text.slice(Math.max(0, matchIndex - 40), matchIndex))?.[0] ?? '';
  return `${prefix}${groups.name ?? ''}${groups.suffix ?? ''}`;
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length;
}

/** Real secrets mix at least two of: lower, upper, digits, symbols. */
function hasMixedClasses(value: string): boolean {
  return characterClasses(value) >= 2;
}
