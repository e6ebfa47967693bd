import { crc32 } from '../../src/scanners/secrets/checksums.ts';
import type { SeededRandom } from '../corpus/seeded-random.ts';
import { alphabets, base64UrlJson, mixedChars, randomBase64, randomDigits, randomUuid } from './random-text.ts';

/** A credential format: name variants (as words), a value maker and a relative frequency. */
export interface SecretKind {
  kind: string;
  names: readonly (readonly string[])[];
  make: (random: SeededRandom) => string;
  weight: number;
}

const b62 = alphabets.base62;
const b64url = alphabets.base64url;
const hex = (r: SeededRandom, length: number) => mixedChars(r, alphabets.hex, length, [/[a-f]/, /[0-9]/]);

/** The second half of the vendor list: SaaS, AI, observability and payment formats, from their published shapes. */
export const moreVendorKinds: readonly SecretKind[] = [
  { kind: 'okta-api-token', weight: 1, names: [['okta', 'api', 'token']], make: (r) => `00${mixedChars(r, b62 + '-_', 40)}` },
  { kind: 'azure-ad-client-secret', weight: 2, names: [['azure', 'client', 'secret'], ['aad', 'client', 'secret']], make: (r) => `${mixedChars(r, b62, 3)}${r.int(0, 9)}Q~${mixedChars(r, b62 + '_~.-', 34)}` },
  { kind: 'atlassian-api-token', weight: 1, names: [['jira', 'api', 'token'], ['atlassian', 'token']], make: (r) => withCrc32Suffix(`ATATT3xFfGF0${mixedChars(r, b64url, 170)}=`) },
  { kind: 'cloudflare-api-token', weight: 1, names: [['cloudflare', 'api', 'token'], ['cf', 'api', 'token']], make: (r) => mixedChars(r, b62 + '_-', 40) },
  { kind: 'dynatrace-api-token', weight: 1, names: [['dt', 'api', 'token'], ['dynatrace', 'token']], make: (r) => `dt0c01.${mixedChars(r, alphabets.upperAlnum, 24)}.${mixedChars(r, alphabets.upperAlnum, 64)}` },
  { kind: 'new-relic-user-api-key', weight: 1, names: [['new', 'relic', 'api', 'key'], ['nr', 'api', 'key']], make: (r) => `NRAK-${mixedChars(r, alphabets.upperAlnum, 27)}` },
  { kind: 'new-relic-license-key', weight: 1, names: [['new', 'relic', 'license', 'key']], make: (r) => `${hex(r, 32).slice(0, 32)}FFFFNRAL` },
  { kind: 'notion-token', weight: 1, names: [['notion', 'token'], ['notion', 'api', 'key']], make: (r) => `ntn_${r.chars(alphabets.digits, 11)}${mixedChars(r, b62, 35)}` },
  { kind: 'hubspot-access-token', weight: 1, names: [['hubspot', 'access', 'token']], make: (r) => `pat-na1-${randomUuid(r)}` },
  { kind: 'mapbox-secret-token', weight: 1, names: [['mapbox', 'secret', 'token'], ['mapbox', 'download', 'token']], make: (r) => `sk.${base64UrlJson({ u: `acme${r.hex(4)}`, a: mixedChars(r, b62, 25) })}.${mixedChars(r, b64url, 22)}` },
  { kind: 'supabase-service-key', weight: 1, names: [['supabase', 'access', 'token']], make: (r) => `sbp_${r.hex(40)}` },
  { kind: 'sentry-org-token', weight: 1, names: [['sentry', 'auth', 'token']], make: (r) => `sntrys_${base64UrlJson({ iat: 1_710_000_000 + r.int(0, 9_999_999), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })}_${mixedChars(r, b62 + '+/', 43)}` },
  { kind: 'groq-api-key', weight: 1, names: [['groq', 'api', 'key']], make: (r) => `gsk_${mixedChars(r, b62, 52)}` },
  { kind: 'perplexity-api-key', weight: 1, names: [['pplx', 'api', 'key'], ['perplexity', 'api', 'key']], make: (r) => `pplx-${mixedChars(r, b62, 48)}` },
  { kind: 'replicate-api-token', weight: 1, names: [['replicate', 'api', 'token']], make: (r) => `r8_${mixedChars(r, b62, 37)}` },
  { kind: 'xai-api-key', weight: 1, names: [['xai', 'api', 'key'], ['grok', 'api', 'key']], make: (r) => `xai-${mixedChars(r, b62, 80)}` },
  { kind: 'mistral-api-key', weight: 1, names: [['mistral', 'api', 'key']], make: (r) => mixedChars(r, b62, 32) },
  { kind: 'cohere-api-key', weight: 1, names: [['cohere', 'api', 'key'], ['co', 'api', 'key']], make: (r) => mixedChars(r, b62, 40) },
  { kind: 'pinecone-api-key', weight: 1, names: [['pinecone', 'api', 'key']], make: (r) => `pcsk_${mixedChars(r, b62, 5)}_${mixedChars(r, b62, 63)}` },
  { kind: 'langsmith-api-key', weight: 1, names: [['langchain', 'api', 'key'], ['langsmith', 'api', 'key']], make: (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}` },
  { kind: 'resend-api-key', weight: 1, names: [['resend', 'api', 'key']], make: (r) => `re_${mixedChars(r, b62, 8)}_${mixedChars(r, b62, 24)}` },
  { kind: 'postmark-server-token', weight: 1, names: [['postmark', 'server', 'token'], ['postmark', 'api', 'token']], make: (r) => randomUuid(r) },
  { kind: 'brevo-api-key', weight: 1, names: [['brevo', 'api', 'key'], ['sendinblue', 'api', 'key']], make: (r) => `xkeysib-${r.hex(64)}-${mixedChars(r, b62, 16)}` },
  { kind: 'square-access-token', weight: 1, names: [['square', 'access', 'token']], make: (r) => `EAAA${mixedChars(r, b62 + '-_', 60)}` },
  { kind: 'shopify-shared-secret', weight: 1, names: [['shopify', 'api', 'secret']], make: (r) => `shpss_${r.hex(32)}` },
  { kind: 'flutterwave-secret-key', weight: 1, names: [['flw', 'secret', 'key'], ['flutterwave', 'secret', 'key']], make: (r) => `FLWSECK-${r.hex(32)}-X` },
  { kind: 'razorpay-key-secret', weight: 1, names: [['razorpay', 'key', 'secret']], make: (r) => mixedChars(r, b62, 24) },
  { kind: 'plaid-secret', weight: 1, names: [['plaid', 'secret']], make: (r) => r.hex(30) },
  { kind: 'terraform-cloud-token', weight: 1, names: [['tfe', 'token'], ['tf', 'api', 'token']], make: (r) => `${mixedChars(r, b62, 14)}.atlasv1.${mixedChars(r, b62, 67)}` },
  { kind: 'pulumi-access-token', weight: 1, names: [['pulumi', 'access', 'token']], make: (r) => `pul-${r.hex(40)}` },
  { kind: 'netlify-token', weight: 1, names: [['netlify', 'auth', 'token']], make: (r) => `nfp_${mixedChars(r, b62, 36)}` },
  { kind: 'vercel-token', weight: 1, names: [['vercel', 'token']], make: (r) => mixedChars(r, b62, 24) },
  { kind: 'fly-io-token', weight: 1, names: [['fly', 'api', 'token']], make: (r) => `FlyV1 fm2_${mixedChars(r, b64url, 180)}` },
  { kind: 'circleci-token', weight: 1, names: [['circleci', 'token'], ['circle', 'token']], make: (r) => `CCIPAT_${mixedChars(r, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 22)}_${r.hex(40)}` },
  { kind: 'buildkite-token', weight: 1, names: [['buildkite', 'api', 'token']], make: (r) => `bkua_${r.hex(40)}` },
  { kind: 'sonarqube-token', weight: 1, names: [['sonar', 'token']], make: (r) => `sqp_${r.hex(40)}` },
  { kind: 'snyk-token', weight: 1, names: [['snyk', 'token']], make: (r) => randomUuid(r) },
  { kind: 'jfrog-token', weight: 1, names: [['artifactory', 'api', 'key'], ['jfrog', 'api', 'key']], make: (r) => `AKCp${mixedChars(r, b62, 69)}` },
  { kind: 'nuget-api-key', weight: 1, names: [['nuget', 'api', 'key']], make: (r) => `oy2${mixedChars(r, alphabets.lower + alphabets.digits, 43, [/[a-z]/, /[0-9]/])}` },
  { kind: 'rubygems-api-key', weight: 1, names: [['gem', 'host', 'api', 'key'], ['rubygems', 'api', 'key']], make: (r) => `rubygems_${r.hex(48)}` },
  { kind: 'bitbucket-app-password', weight: 1, names: [['bitbucket', 'app', 'password']], make: (r) => `ATBB${mixedChars(r, b62, 32)}` },
  { kind: 'azure-devops-pat', weight: 1, names: [['azure', 'devops', 'pat'], ['ado', 'pat']], make: (r) => mixedChars(r, alphabets.lower + '234567', 52, [/[a-z]/, /[2-7]/]) },
  { kind: 'alibaba-access-key-id', weight: 1, names: [['alibaba', 'cloud', 'access', 'key', 'id'], ['aliyun', 'access', 'key', 'id']], make: (r) => `LTAI${mixedChars(r, b62, 20)}` },
  { kind: 'tencent-cloud-secret-id', weight: 1, names: [['tencentcloud', 'secret', 'id']], make: (r) => `AKID${mixedChars(r, b62, 32)}` },
  { kind: 'slack-app-token', weight: 1, names: [['slack', 'app', 'token']], make: (r) => `xapp-1-A${mixedChars(r, alphabets.upperAlnum, 10)}-${randomDigits(r, 13)}-${r.hex(64)}` },
  { kind: 'discord-bot-token', weight: 1, names: [['discord', 'bot', 'token'], ['discord', 'token']], make: (r) => `${Buffer.from(randomDigits(r, 18)).toString('base64').replace(/=+$/, '')}.${mixedChars(r, b64url, 6)}.${mixedChars(r, b64url, 38)}` },
  { kind: 'twitch-token', weight: 1, names: [['twitch', 'client', 'secret'], ['twitch', 'oauth', 'token']], make: (r) => mixedChars(r, alphabets.lower + alphabets.digits, 30, [/[a-z]/, /[0-9]/]) },
  { kind: 'figma-token', weight: 1, names: [['figma', 'token']], make: (r) => `figd_${mixedChars(r, b64url, 40)}` },
  { kind: 'contentful-token', weight: 1, names: [['contentful', 'management', 'token']], make: (r) => `CFPAT-${mixedChars(r, b64url, 43)}` },
  { kind: 'launchdarkly-sdk-key', weight: 1, names: [['launchdarkly', 'sdk', 'key'], ['ld', 'sdk', 'key']], make: (r) => `sdk-${randomUuid(r)}` },
  { kind: 'wandb-api-key', weight: 1, names: [['wandb', 'api', 'key']], make: (r) => r.hex(40) },
  { kind: 'zendesk-api-token', weight: 1, names: [['zendesk', 'api', 'token']], make: (r) => mixedChars(r, b62, 40) },
  { kind: 'algolia-admin-key', weight: 1, names: [['algolia', 'admin', 'key'], ['algolia', 'api', 'key']], make: (r) => r.hex(32) },
  { kind: 'auth0-client-secret', weight: 1, names: [['auth0', 'client', 'secret']], make: (r) => mixedChars(r, b64url, 64) },
  { kind: 'facebook-app-secret', weight: 1, names: [['facebook', 'app', 'secret'], ['fb', 'app', 'secret']], make: (r) => r.hex(32) },
  { kind: 'dropbox-access-token', weight: 1, names: [['dropbox', 'access', 'token']], make: (r) => `sl.${mixedChars(r, b64url, 138)}` },
  { kind: 'easypost-api-key', weight: 1, names: [['easypost', 'api', 'key']], make: (r) => `EZAK${mixedChars(r, b62, 54)}` },
  { kind: 'intercom-access-token', weight: 1, names: [['intercom', 'access', 'token']], make: (r) => Buffer.from(`tok:${randomUuid(r).replace(/-/g, '_')}:1:0`).toString('base64').replace(/=+$/, '') },
  { kind: 'firebase-fcm-server-key', weight: 1, names: [['fcm', 'server', 'key']], make: (r) => `AAAA${mixedChars(r, b64url, 7)}:APA91b${mixedChars(r, b64url, 134)}` },
  { kind: 'aws-session-token', weight: 1, names: [['aws', 'session', 'token']], make: (r) => `IQoJb3JpZ2luX2VjE${mixedChars(r, alphabets.base64, 300)}` },
  { kind: 'azure-service-bus-connection-string', weight: 1, names: [['service', 'bus', 'connection']], make: (r) => `Endpoint=sb://acme-${r.hex(4)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${randomBase64(r, 32)}` },
  { kind: 'cloudinary-url', weight: 1, names: [['cloudinary', 'url']], make: (r) => `cloudinary://${r.chars(alphabets.digits, 15)}:${mixedChars(r, b64url, 27)}@acme-media` },
  { kind: 'grafana-cloud-token', weight: 1, names: [['grafana', 'cloud', 'token']], make: (r) => `glc_${Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'deploy', k: mixedChars(r, b62, 24), m: { r: 'prod-us-east-0' } })).toString('base64')}` },
  { kind: 'gitlab-runner-token', weight: 1, names: [['runner', 'token'], ['gitlab', 'runner', 'token']], make: (r) => `glrt-${mixedChars(r, b62 + '_-', 20)}` },
  { kind: 'heroku-api-key-new', weight: 1, names: [['heroku', 'api', 'key']], make: (r) => `HRKU-AA${mixedChars(r, b64url, 58)}` },
  { kind: 'huggingface-org-token', weight: 1, names: [['hf', 'org', 'token']], make: (r) => `api_org_${mixedChars(r, alphabets.lower + alphabets.upper, 34, [/[a-z]/, /[A-Z]/])}` },
  { kind: 'planetscale-password', weight: 1, names: [['planetscale', 'password'], ['database', 'password']], make: (r) => `pscale_pw_${mixedChars(r, b62 + '_', 43)}` },
  { kind: 'prefect-api-key', weight: 1, names: [['prefect', 'api', 'key']], make: (r) => `pnu_${mixedChars(r, b62, 36)}` },
  { kind: 'typeform-token', weight: 1, names: [['typeform', 'token']], make: (r) => `tfp_${mixedChars(r, b62 + '_', 59)}` },
  { kind: 'grafana-service-account-token-2', weight: 1, names: [['grafana', 'sa', 'token']], make: (r) => grafanaToken(r) },
];

function grafanaToken(random: SeededRandom): string {
  const body = mixedChars(random, b62, 32);
  const checksum = crc32(`glsa_${body}`);
  const littleEndian = [0, 8, 16, 24].map((shift) => ((checksum >>> shift) & 0xff).toString(16).padStart(2, '0')).join('');
  return `glsa_${body}_${littleEndian}`;
}

/** Atlassian-style tokens end in the upper-case hex CRC-32 of everything before it. */
function withCrc32Suffix(body: string): string {
  return body + crc32(body).toString(16).toUpperCase().padStart(8, '0');
}
