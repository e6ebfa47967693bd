import { crc32, withBase62Crc32 } from '../../src/scanners/secrets/checksums.ts';
import type { SeededRandom } from '../corpus/seeded-random.ts';
import { moreVendorKinds, type SecretKind } from './more-vendor-kinds.ts';
import { alphabets, base64UrlJson, bech32Encode, mixedChars, randomBase64, randomDigits, randomPassword, randomUuid } from './random-text.ts';

/** A credential to plant: the words its name is made of (styled per syntax) and its value. */
export interface SecretValue {
  kind: string;
  words: string[];
  value: string;
}

const b62 = alphabets.base62;
const b64url = alphabets.base64url;

/** Vendor formats, written from their published shapes (and checksums where they have one). */
const vendorKinds: readonly SecretKind[] = [
  { kind: 'github-token', weight: 3, names: [['github', 'token'], ['gh', 'token'], ['github', 'pat'], ['git', 'access', 'token']], make: (r) => `${r.pick(['ghp', 'gho', 'ghs', 'ghu'])}_${withBase62Crc32(mixedChars(r, b62, 30))}` },
  { kind: 'github-fine-grained-token', weight: 1, names: [['github', 'token'], ['gh', 'pat']], make: (r) => `github_pat_11${mixedChars(r, alphabets.upperAlnum, 20)}_${mixedChars(r, b62, 59)}` },
  { kind: 'gitlab-token', weight: 2, names: [['gitlab', 'token'], ['gl', 'token'], ['ci', 'job', 'token', 'override']], make: (r) => `glpat-${mixedChars(r, b62 + '-_', 20)}` },
  { kind: 'slack-bot-token', weight: 2, names: [['slack', 'bot', 'token'], ['slack', 'token']], make: (r) => `xoxb-${randomDigits(r, 12)}-${randomDigits(r, 13)}-${mixedChars(r, b62, 24)}` },
  { kind: 'slack-user-token', weight: 1, names: [['slack', 'user', 'token']], make: (r) => `xoxp-${randomDigits(r, 11)}-${randomDigits(r, 11)}-${randomDigits(r, 13)}-${r.hex(32)}` },
  { kind: 'slack-webhook-url', weight: 2, names: [['slack', 'webhook', 'url'], ['slack', 'webhook']], make: (r) => `https://hooks.slack.com/services/T${mixedChars(r, alphabets.upperAlnum, 8)}/B${mixedChars(r, alphabets.upperAlnum, 10)}/${mixedChars(r, b62, 24)}` },
  { kind: 'stripe-secret-key', weight: 3, names: [['stripe', 'secret', 'key'], ['stripe', 'api', 'key'], ['stripe', 'key']], make: (r) => `sk_live_${r.chance(0.5) ? '51' + mixedChars(r, b62, 97) : mixedChars(r, b62, 24)}` },
  { kind: 'stripe-restricted-key', weight: 1, names: [['stripe', 'restricted', 'key']], make: (r) => `rk_live_${mixedChars(r, b62, 24)}` },
  { kind: 'stripe-webhook-secret', weight: 1, names: [['stripe', 'webhook', 'secret'], ['webhook', 'signing', 'secret']], make: (r) => `whsec_${mixedChars(r, b62, 32)}` },
  { kind: 'aws-access-key-id', weight: 2, names: [['aws', 'access', 'key', 'id']], make: (r) => `AKIA${mixedChars(r, alphabets.base32, 16, [/[A-Z]/, /[2-7]/])}` },
  { kind: 'aws-secret-access-key', weight: 3, names: [['aws', 'secret', 'access', 'key'], ['aws', 'secret', 'key']], make: (r) => mixedChars(r, alphabets.base64, 40) },
  { kind: 'gcp-api-key', weight: 2, names: [['google', 'maps', 'api', 'key'], ['gcp', 'api', 'key'], ['youtube', 'api', 'key']], make: (r) => `AIza${mixedChars(r, b64url, 35)}` },
  { kind: 'sendgrid-api-key', weight: 2, names: [['sendgrid', 'api', 'key'], ['smtp', 'password']], make: (r) => `SG.${mixedChars(r, b64url, 22)}.${mixedChars(r, b64url, 43)}` },
  { kind: 'twilio-api-key', weight: 1, names: [['twilio', 'api', 'key']], make: (r) => `SK${r.hex(32)}` },
  { kind: 'twilio-auth-token', weight: 1, names: [['twilio', 'auth', 'token']], make: (r) => mixedChars(r, alphabets.hex, 32, [/[a-f]/, /[0-9]/]) },
  { kind: 'npm-token', weight: 2, names: [['npm', 'token'], ['npm', 'auth', 'token']], make: (r) => `npm_${withBase62Crc32(mixedChars(r, b62, 30))}` },
  { kind: 'pypi-token', weight: 1, names: [['pypi', 'token'], ['twine', 'password']], make: (r) => `pypi-AgEIcHlwaS5vcmc${mixedChars(r, b64url, 160)}` },
  { kind: 'openai-api-key', weight: 3, names: [['openai', 'api', 'key'], ['llm', 'api', 'key']], make: (r) => `sk-proj-${mixedChars(r, b64url, 74)}T3BlbkFJ${mixedChars(r, b64url, 74)}` },
  { kind: 'anthropic-api-key', weight: 2, names: [['anthropic', 'api', 'key'], ['claude', 'api', 'key']], make: (r) => `sk-ant-api03-${mixedChars(r, b64url, 93)}AA` },
  { kind: 'huggingface-token', weight: 1, names: [['hf', 'token'], ['huggingface', 'token']], make: (r) => `hf_${mixedChars(r, alphabets.lower + alphabets.upper, 34, [/[a-z]/, /[A-Z]/])}` },
  { kind: 'digitalocean-token', weight: 1, names: [['do', 'token'], ['digitalocean', 'token']], make: (r) => `dop_v1_${r.hex(64)}` },
  { kind: 'shopify-access-token', weight: 1, names: [['shopify', 'access', 'token'], ['shopify', 'admin', 'token']], make: (r) => `shpat_${r.hex(32)}` },
  { kind: 'mailgun-api-key', weight: 1, names: [['mailgun', 'api', 'key']], make: (r) => `key-${r.hex(32)}` },
  { kind: 'mailchimp-api-key', weight: 1, names: [['mailchimp', 'api', 'key']], make: (r) => `${r.hex(32)}-us${r.int(1, 21)}` },
  { kind: 'heroku-api-key', weight: 1, names: [['heroku', 'api', 'key']], make: (r) => randomUuid(r) },
  { kind: 'datadog-api-key', weight: 2, names: [['dd', 'api', 'key'], ['datadog', 'api', 'key']], make: (r) => r.hex(32) },
  { kind: 'telegram-bot-token', weight: 1, names: [['telegram', 'bot', 'token'], ['tg', 'bot', 'token']], make: (r) => `${randomDigits(r, 10)}:AA${mixedChars(r, b64url, 33)}` },
  { kind: 'discord-webhook-url', weight: 1, names: [['discord', 'webhook', 'url'], ['alerts', 'webhook']], make: (r) => `https://discord.com/api/webhooks/${randomDigits(r, 19)}/${mixedChars(r, b64url, 68)}` },
  { kind: 'vault-token', weight: 1, names: [['vault', 'token']], make: (r) => `hvs.CAESI${mixedChars(r, b64url, 86)}` },
  { kind: 'doppler-token', weight: 1, names: [['doppler', 'token']], make: (r) => `dp.st.prd.${mixedChars(r, b62, 43)}` },
  { kind: 'databricks-token', weight: 1, names: [['databricks', 'token']], make: (r) => `dapi${r.hex(32)}` },
  { kind: 'postman-api-key', weight: 1, names: [['postman', 'api', 'key']], make: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}` },
  { kind: 'linear-api-key', weight: 1, names: [['linear', 'api', 'key']], make: (r) => `lin_api_${mixedChars(r, b62, 40)}` },
  { kind: 'sentry-auth-token', weight: 1, names: [['sentry', 'auth', 'token']], make: (r) => r.hex(64) },
  { kind: 'age-secret-key', weight: 1, names: [['sops', 'age', 'key']], make: (r) => bech32Encode('age-secret-key-', Array.from({ length: 52 }, () => r.int(0, 31))).toUpperCase() },
  { kind: 'grafana-service-account-token', weight: 1, names: [['grafana', 'token'], ['grafana', 'api', 'key']], make: (r) => grafanaServiceAccountToken(r) },
  { kind: 'docker-hub-token', weight: 1, names: [['docker', 'hub', 'token'], ['dockerhub', 'password']], make: (r) => `dckr_pat_${mixedChars(r, b64url, 27)}` },
  { kind: 'google-oauth-client-secret', weight: 1, names: [['google', 'client', 'secret']], make: (r) => `GOCSPX-${mixedChars(r, b64url, 28)}` },
  { kind: 'jwt', weight: 2, names: [['auth', 'token'], ['service', 'token'], ['access', 'token'], ['supabase', 'service', 'key']], make: (r) => realisticJwt(r) },
  { kind: 'azure-storage-connection-string', weight: 1, names: [['azure', 'storage', 'connection', 'string'], ['storage', 'connection']], make: (r) => `DefaultEndpointsProtocol=https;AccountName=acme${r.chars(alphabets.lower, 8)};AccountKey=${randomBase64(r, 64)};EndpointSuffix=core.windows.net` },
];

/** Secrets with no format of their own, told apart only by the name they are assigned to. */
const genericNames: readonly (readonly string[])[] = [
  ['db', 'password'], ['database', 'password'], ['api', 'key'], ['client', 'secret'], ['auth', 'token'], ['secret', 'key'], ['jwt', 'secret'],
  ['session', 'secret'], ['encryption', 'key'], ['webhook', 'secret'], ['smtp', 'password'], ['redis', 'password'], ['admin', 'password'],
  ['access', 'token'], ['app', 'secret'], ['signing', 'key'], ['master', 'key'], ['payment', 'api', 'key'], ['ldap', 'bind', 'password'],
  ['mail', 'pass'], ['db', 'pwd'], ['oauth', 'client', 'secret'], ['hmac', 'secret'], ['cookie', 'secret'], ['secret', 'key', 'base'],
  ['api', 'token'], ['bearer', 'token'], ['refresh', 'token'], ['x', 'api', 'key'], ['auth', 'secret'], ['nextauth', 'secret'],
  ['keystore', 'password'], ['mysql', 'root', 'password'], ['postgres', 'password'], ['consumer', 'secret'], ['private', 'token'],
  ['service', 'password'], ['rabbitmq', 'password'], ['sftp', 'password'], ['license', 'key'], ['partner', 'api', 'secret'], ['apikey'],
  ['password'], ['secret'], ['token'], ['db', 'pass'], ['smtp', 'pass'], ['bot', 'token'], ['client', 'key'], ['app', 'key'],
  ['secret', 'access', 'key'], ['private', 'api', 'key'], ['jwt', 'signing', 'key'], ['hmac', 'key'], ['passphrase'], ['auth', 'key'],
];

const djangoAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)';
const memorableWords = ['Harbor', 'Maple', 'Rocket', 'Falcon', 'Cobalt', 'Willow', 'Summit', 'Lantern', 'Orbit', 'Granite', 'Meadow', 'Copper', 'Tundra', 'Velvet'];

/** Two different words, a separator, digits: how people build passwords they can remember. */
function memorablePassword(random: SeededRandom): string {
  const first = random.pick(memorableWords);
  const second = random.pick(memorableWords.filter((word) => word !== first));
  return `${first}${random.pick(['#', '!', '-', '.', '@', '_'])}${second}${random.int(10, 99)}${random.pick(['', '!', '?'])}`;
}

const genericKinds: readonly SecretKind[] = [
  { kind: 'generic-hex32', weight: 3 * 4, names: genericNames, make: (r) => mixedChars(r, alphabets.hex, 32, [/[a-f]/, /[0-9]/]) },
  { kind: 'generic-hex40', weight: 3 * 3, names: genericNames, make: (r) => mixedChars(r, alphabets.hex, 40, [/[a-f]/, /[0-9]/]) },
  { kind: 'generic-hex64', weight: 3 * 3, names: genericNames, make: (r) => mixedChars(r, alphabets.hex, 64, [/[a-f]/, /[0-9]/]) },
  { kind: 'generic-base64', weight: 3 * 4, names: genericNames, make: (r) => randomBase64(r, r.pick([24, 32, 33, 48, 64])) },
  { kind: 'generic-base62', weight: 3 * 4, names: genericNames, make: (r) => mixedChars(r, b62, r.int(20, 48)) },
  { kind: 'generic-password', weight: 3 * 6, names: genericNames.filter((n) => n.some((w) => /pass|pwd|secret/.test(w))), make: (r) => randomPassword(r, r.int(12, 24)) },
  { kind: 'generic-memorable-password', weight: 3 * 2, names: [['db', 'password'], ['admin', 'password'], ['smtp', 'password'], ['password']], make: (r) => memorablePassword(r) },
  { kind: 'generic-django-key', weight: 3 * 1, names: [['secret', 'key'], ['django', 'secret', 'key']], make: (r) => mixedChars(r, djangoAlphabet, 50, [/[a-z]/, /[0-9]/, /[!@#%^&*(\-_=+)]/]) },
  { kind: 'generic-uuid-key', weight: 3 * 2, names: [['api', 'key'], ['license', 'key'], ['access', 'token'], ['api', 'secret']], make: (r) => randomUuid(r) },
];

/** Every kind a generic assignment slot can hold. */
export const assignableKinds: readonly SecretKind[] = [...vendorKinds, ...moreVendorKinds, ...genericKinds];
const totalWeight = assignableKinds.reduce((sum, kind) => sum + kind.weight, 0);

/** Draws a kind by weight, then a name and a value for it. */
export function drawSecret(random: SeededRandom): SecretValue {
  let pick = random.next() * totalWeight;
  let chosen = assignableKinds[0]!;
  for (const kind of assignableKinds) {
    pick -= kind.weight;
    if (pick < 0) {
      chosen = kind;
      break;
    }
  }
  return { kind: chosen.kind, words: [...random.pick(chosen.names)], value: chosen.make(random) };
}

/** A password of the kind found in connection strings: URL-safe, since it sits in the user-info part. */
export function urlSafePassword(random: SeededRandom): string {
  return mixedChars(random, b62 + '-_.~', random.int(14, 28));
}

/** A JWT with claims a real service would issue, signed with random bytes. */
export function realisticJwt(random: SeededRandom): string {
  const header = base64UrlJson({ alg: random.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' });
  const issuedAt = 1_700_000_000 + random.int(0, 30_000_000);
  const payload = base64UrlJson({
    sub: random.pick([`user_${random.hex(12)}`, randomUuid(random), `svc-${random.pick(['billing', 'search', 'ingest'])}`]),
    iss: random.pick(['https://auth.internal.acme-corp.io', 'supabase', 'https://login.partner-api.net']),
    role: random.pick(['service_role', 'admin', 'worker']),
    iat: issuedAt,
    exp: issuedAt + random.pick([3600, 86_400 * 365 * 10]),
  });
  return `${header}.${payload}.${mixedChars(random, b64url, 43)}`;
}

function grafanaServiceAccountToken(random: SeededRandom): string {
  const body = mixedChars(random, b62, 32);
  const checksum = crc32(`glsa_${body}`);
  const littleEndian = [0, 8, 16, 24].map((shift) => ((checksum >>> shift) & 0xff).toString(16).padStart(2, '0')).join('');
  return `glsa_${body}_${littleEndian}`;
}

const databaseHosts = ['db.prod.internal', 'orders-db.cluster-c8xk2.eu-west-1.rds.amazonaws.com', '10.20.4.17', 'pg-main.acme-corp.io', 'mysql-primary.svc.cluster.local'];

/** Credentials inside connection URLs: the scanner must find the password part. */
export function drawConnectionUrl(random: SeededRandom): SecretValue {
  const password = urlSafePassword(random);
  const host = random.pick(databaseHosts);
  const user = random.pick(['app', 'orders_svc', 'admin', 'billing', 'api_user', 'deploy']);
  return random.pick([
    { kind: 'database-url', words: ['database', 'url'], value: `postgres://${user}:${password}@${host}:5432/orders` },
    { kind: 'database-url', words: ['db', 'url'], value: `postgresql://${user}:${password}@${host}/app?sslmode=require` },
    { kind: 'database-url', words: ['database', 'url'], value: `mysql://${user}:${password}@${host}:3306/shop` },
    { kind: 'database-url', words: ['mongo', 'uri'], value: `mongodb+srv://${user}:${password}@cluster0.${random.chars(alphabets.lower + alphabets.digits, 5)}.mongodb.net/prod?retryWrites=true&w=majority` },
    { kind: 'database-url', words: ['redis', 'url'], value: `redis://:${password}@cache.prod.internal:6379/0` },
    { kind: 'database-url', words: ['redis', 'url'], value: `rediss://default:${password}@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345` },
    { kind: 'broker-url', words: ['broker', 'url'], value: `amqp://${user}:${password}@rabbitmq.prod.internal:5672/vhost` },
    { kind: 'url-basic-auth', words: ['repo', 'url'], value: `https://${random.pick(['deploy-bot', 'ci', 'jenkins'])}:${password}@git.acme-corp.io/platform/infra.git` },
    { kind: 'url-basic-auth', words: ['email', 'url'], value: `smtps://notifications:${password}@smtp.mailhost.io:465` },
    { kind: 'url-basic-auth', words: ['backup', 'target'], value: `sftp://backup:${password}@files.acme-corp.io/backups` },
    { kind: 'url-basic-auth', words: ['ldap', 'url'], value: `ldaps://svc-ldap:${password}@ldap.acme-corp.io:636` },
    { kind: 'database-url', words: ['datasource', 'url'], value: `jdbc:oracle:thin:${user}/${password}@db-ora.prod.internal:1521:ORCL` },
    { kind: 'database-url', words: ['jdbc', 'url'], value: `jdbc:postgresql://${host}:5432/orders?user=${user}&password=${password}&ssl=true` },
    { kind: 'url-basic-auth', words: ['registry', 'url'], value: `https://${random.pick(['svc-maven', 'reader'])}:${password}@artifacts.acme-corp.io/repository/releases/` },
  ]);
}
