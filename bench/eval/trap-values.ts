import { withBase62Crc32 } from '../../src/scanners/secrets/checksums.ts';
import type { SeededRandom } from '../corpus/seeded-random.ts';
import { alphabets, base64UrlJson, mixedChars, randomBase64, randomUuid } from './random-text.ts';

/**
 * A value that looks like a credential to a naive scanner but is not one. `expression` values
 * are code (an environment lookup) and are written unquoted in languages that have expressions.
 */
export interface TrapValue {
  kind: string;
  words: string[];
  value: string;
  /** For env-reference traps: the variable read, so each syntax can write its own lookup. */
  envVariable?: string;
  /** For code traps: an expression written as is (a call, not a literal). */
  code?: string;
}

const secretishNames: readonly (readonly string[])[] = [
  ['api', 'key'], ['db', 'password'], ['client', 'secret'], ['auth', 'token'], ['secret', 'key'], ['jwt', 'secret'], ['access', 'token'],
  ['smtp', 'password'], ['stripe', 'secret', 'key'], ['github', 'token'], ['aws', 'secret', 'access', 'key'], ['password'], ['token'],
  ['encryption', 'key'], ['webhook', 'secret'], ['redis', 'password'],
];

const placeholderValues = [
  'your-api-key-here', 'YOUR_API_KEY', '<token>', '<your-password>', 'changeme', 'change-me-in-production', 'REPLACE_ME', '********', '****',
  'xxxxxxxxxxxxxxxxxxxxxxxx', 'XXXXXXXXXXXXXXXX', 'TODO', 'your_secret_here', 'insert-your-token', 'dummy-secret', 'sk_test_xxx', 'not-a-real-secret',
  'put-your-key-here', 'secret', 'password', '<YOUR_TOKEN>', 'REDACTED', 'example-token-value', '...',
];

const templateValues = [
  '${DB_PASSWORD}', '${API_KEY}', '{{ .Values.db.password }}', '{{ .Values.secrets.apiKey }}', '%(password)s', '$(SECRET_TOKEN)',
  '{{ secret_key }}', '#{AppSecret}', '__TOKEN__', '${var.db_password}', '{{ vault "secret/data/app" }}', '$SECRET_KEY',
];

const docsExamples = [
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
];

function lowEntropyValue(random: SeededRandom): string {
  const char = random.pick(['a', 'x', '0', 'f', 'Z']);
  return random.pick([
    char.repeat(random.int(16, 40)),
    '1234567890abcdef1234567890abcdef',
    'abcdefghijklmnopqrstuvwxyz',
    'abababababababababababab',
    'abc123abc123abc123abc123',
    '0123456789',
    'qwertyuiopasdfgh',
    'aaaabbbbccccddddeeeeffff',
  ]);
}

function hashTrap(random: SeededRandom): TrapValue {
  const length = random.pick([32, 40, 64]);
  const names = length === 32 ? [['md5'], ['file', 'md5'], ['etag']] : length === 40 ? [['sha1'], ['commit', 'sha'], ['git', 'commit']] : [['sha256'], ['checksum'], ['file', 'hash'], ['content', 'digest'], ['artifact', 'sha256']];
  return { kind: 'hash-under-hash-name', words: [...random.pick(names)], value: random.hex(length) };
}

function publishableKey(random: SeededRandom): TrapValue {
  return random.pick([
    { kind: 'publishable-key', words: ['stripe', 'publishable', 'key'], value: `pk_live_${mixedChars(random, alphabets.base62, 24)}` },
    { kind: 'publishable-key', words: ['stripe', 'key'], value: `pk_live_51${mixedChars(random, alphabets.base62, 97)}` },
    { kind: 'publishable-key', words: ['mapbox', 'access', 'token'], value: `pk.${base64UrlJson({ u: `acme${random.hex(4)}`, a: mixedChars(random, alphabets.base62, 25) })}.${mixedChars(random, alphabets.base64url, 22)}` },
    { kind: 'publishable-key', words: ['posthog', 'key'], value: `phc_${mixedChars(random, alphabets.base62, 43)}` },
    { kind: 'publishable-key', words: ['recaptcha', 'site', 'key'], value: `6L${mixedChars(random, alphabets.base64url, 38)}` },
    { kind: 'publishable-key', words: ['algolia', 'search', 'key'], value: random.hex(32) },
  ]);
}

function checksumInvalidToken(random: SeededRandom): TrapValue {
  const valid = withBase62Crc32(mixedChars(random, alphabets.base62, 30));
  // Change one checksum character: a made-up string with the right shape.
  const last = valid.at(-1) === 'A' ? 'B' : 'A';
  const broken = valid.slice(0, -1) + last;
  return random.pick([
    { kind: 'checksum-invalid-token', words: ['github', 'token'], value: `ghp_${broken}` },
    { kind: 'checksum-invalid-token', words: ['npm', 'token'], value: `npm_${broken}` },
  ]);
}

/** Draws one trap for a name = value slot. */
export function drawTrap(random: SeededRandom): TrapValue {
  const name = () => [...random.pick(secretishNames)];
  const kind = random.pick([
    'placeholder', 'placeholder', 'template-variable', 'env-reference', 'env-reference', 'docs-example', 'low-entropy', 'hash-under-hash-name',
    'bcrypt-hash', 'uuid-under-id-name', 'publishable-key', 'checksum-invalid-token', 'version-string', 'url-without-credentials', 'metadata-name',
    'encrypted-value', 'dev-default-credential', 'function-call', 'password-policy', 'key-named-non-secret', 'key-named-non-secret',
    'test-fake-value', 'masked-value', 'truncated-docs-token', 'secret-manager-reference', 'supabase-anon-key', 'i18n-text',
  ]);
  switch (kind) {
    case 'placeholder':
      return { kind, words: name(), value: random.pick(placeholderValues) };
    case 'template-variable':
      return { kind, words: name(), value: random.pick(templateValues) };
    case 'env-reference': {
      const words = name();
      return { kind, words, value: '', envVariable: words.join('_').toUpperCase() };
    }
    case 'docs-example': {
      const value = random.pick(docsExamples);
      const words = value.startsWith('AKIA') ? ['aws', 'access', 'key', 'id'] : value.startsWith('eyJ') ? ['auth', 'token'] : ['aws', 'secret', 'access', 'key'];
      return { kind, words, value };
    }
    case 'low-entropy':
      return { kind, words: name(), value: lowEntropyValue(random) };
    case 'hash-under-hash-name':
      return hashTrap(random);
    case 'bcrypt-hash':
      return { kind, words: random.pick([['password', 'hash'], ['admin', 'password', 'hash'], ['hashed', 'password']]), value: `$2b$12$${mixedChars(random, alphabets.base62 + './', 53)}` };
    case 'uuid-under-id-name':
      return { kind, words: random.pick([['client', 'id'], ['tenant', 'id'], ['subscription', 'id'], ['app', 'id'], ['request', 'id'], ['workspace', 'id']]), value: randomUuid(random) };
    case 'publishable-key':
      return publishableKey(random);
    case 'checksum-invalid-token':
      return checksumInvalidToken(random);
    case 'version-string':
      return { kind, words: random.pick([['token', 'version'], ['api', 'version'], ['secret', 'engine', 'version'], ['auth', 'lib', 'version']]), value: random.pick(['2.14.0', 'v1.27.3', '3.0.0-beta.2', '2024-06-01', '1.2.3+build.45']) };
    case 'url-without-credentials':
      return { kind, words: random.pick([['token', 'url'], ['auth', 'endpoint'], ['oauth', 'token', 'endpoint'], ['secrets', 'manager', 'url']]), value: random.pick(['https://oauth2.googleapis.com/token', 'https://login.microsoftonline.com/common/oauth2/v2.0/token', 'https://vault.internal.acme-corp.io:8200', 'https://api.partner-hub.net/v2/auth/token']) };
    case 'metadata-name':
      return random.pick([
        { kind, words: ['token', 'ttl'], value: '3600' },
        { kind, words: ['password', 'min', 'length'], value: '12' },
        { kind, words: ['secret', 'name'], value: `prod-${random.pick(['db', 'api', 'billing'])}-credentials` },
        { kind, words: ['api', 'key', 'header'], value: 'X-Api-Key' },
        { kind, words: ['token', 'expiry', 'seconds'], value: '86400' },
        { kind, words: ['secret', 'arn'], value: `arn:aws:secretsmanager:eu-west-1:${random.chars(alphabets.digits, 12)}:secret:prod/app/db-${mixedChars(random, alphabets.base62, 6)}` },
        { kind, words: ['key', 'vault', 'name'], value: `kv-acme-prod-${random.hex(4)}` },
        { kind, words: ['password', 'file'], value: '/run/secrets/db_password' },
      ]);
    case 'encrypted-value':
      return { kind, words: name(), value: `ENC[AES256_GCM,data:${randomBase64(random, 24)},iv:${randomBase64(random, 32)},tag:${randomBase64(random, 16)},type:str]` };
    case 'function-call':
      return { kind, words: name(), value: '', code: random.pick(['get_secret("prod/db/password")', 'generateToken(user.id)', 'secrets.token_hex(32)', 'crypto.randomBytes(32).toString("hex")', 'vault.read("secret/data/app")', 'keyring.get_password("orders", "deploy")', 'SecureRandom.hex(32)', 'loadCredential("partner-api")']) };
    case 'password-policy':
      return { kind, words: random.pick([['password', 'complexity'], ['password', 'validation'], ['password', 'rules']]), value: random.pick(['^(?=.*[A-Z])(?=.*\\d)(?=.*[!@#%]).{12,}$', '(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9]).{8,64}', 'min=12,upper=1,digit=1,symbol=1']) };
    case 'key-named-non-secret':
      return random.pick([
        { kind, words: ['idempotency', 'key'], value: randomUuid(random) },
        { kind, words: ['cache', 'key'], value: `user:${random.int(1000, 9999)}:profile` },
        { kind, words: ['partition', 'key'], value: 'tenantId' },
        { kind, words: ['s3', 'object', 'key'], value: `uploads/2024/06/invoice-${random.int(1000, 9999)}.pdf` },
        { kind, words: ['routing', 'key'], value: 'orders.created.v2' },
        { kind, words: ['cache', 'key'], value: random.hex(64) },
        { kind, words: ['primary', 'key'], value: 'order_id' },
        { kind, words: ['public', 'key'], value: randomBase64(random, 32) },
        { kind, words: ['site', 'key'], value: `6Le${mixedChars(random, alphabets.base64url, 37)}` },
        { kind, words: ['vapid', 'public', 'key'], value: `B${mixedChars(random, alphabets.base64url, 86)}` },
      ]);
    case 'test-fake-value':
      return { kind, words: name(), value: random.pick(['test-password-123', 'fake-token-for-tests', 'dummy_api_key_12345', 's3cr3t', 'secret123', 'testtoken', 'Password123!', 'not-so-secret', 'my-secret-key', 'supersecretkey']) };
    case 'masked-value':
      return { kind, words: name(), value: random.pick(['****************', 'sk_live_' + '*'.repeat(24), 'xoxb-****-****', 'AKIA****************', '••••••••••', '<redacted>', '[REDACTED]', 'ghp_' + 'x'.repeat(36)]) };
    case 'truncated-docs-token':
      return { kind, words: name(), value: random.pick(['sk-proj-...', 'ghp_abc123...', 'xoxb-1234-...', 'sk_live_...', 'AKIA...', 'eyJhbGciOi...']) };
    case 'secret-manager-reference':
      return { kind, words: name(), value: random.pick(['projects/acme-prod/secrets/db-password/versions/latest', 'op://Production/Postgres/password', 'vault:secret/data/orders#api_key', 'ssm:/prod/orders/db_password', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders-AbCdEf', 'sm://prod/api-key', 'akv://kv-acme-prod/secrets/partner-token']) };
    case 'supabase-anon-key':
      return { kind, words: random.pick([['supabase', 'anon', 'key'], ['next', 'public', 'supabase', 'anon', 'key']]), value: `${base64UrlJson({ alg: 'HS256', typ: 'JWT' })}.${base64UrlJson({ iss: 'supabase', ref: mixedChars(random, alphabets.lower, 20), role: 'anon', iat: 1_700_000_000, exp: 2_015_000_000 })}.${mixedChars(random, alphabets.base64url, 43)}` };
    case 'i18n-text':
      return random.pick([
        { kind, words: ['password'], value: 'Mot de passe' },
        { kind, words: ['forgot', 'password'], value: 'Forgot your password?' },
        { kind, words: ['token', 'expired'], value: 'Your session has expired. Please sign in again.' },
        { kind, words: ['api', 'key', 'help'], value: 'Find your API key under Settings → API.' },
        { kind, words: ['secret'], value: 'Geheimnis' },
      ]);
    default:
      return { kind: 'dev-default-credential', words: ['database', 'url'], value: random.pick(['postgres://postgres:postgres@localhost:5432/app_dev', 'mysql://root:root@127.0.0.1:3306/test', 'redis://localhost:6379/0', 'mongodb://mongo:27017/app', 'postgresql://user:password@localhost/db']) };
  }
}
