import type { SeededRandom } from './seeded-random.ts';

/** Words for names that read like a real company's services, so generated files look lived in. */
export const serviceNames = [
  'billing', 'checkout', 'catalog', 'search', 'auth', 'gateway', 'orders', 'inventory', 'payments', 'notifications',
  'reports', 'ledger', 'profile', 'media', 'ingest', 'scheduler', 'webhooks', 'analytics', 'pricing', 'shipping',
] as const;

export const environments = ['dev', 'staging', 'prod', 'qa', 'sandbox'] as const;

export const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'] as const;

export const settingWords = [
  'timeout', 'retries', 'pool_size', 'log_level', 'cache_ttl', 'batch_size', 'max_connections', 'feature_flags',
  'region', 'bucket', 'queue_url', 'endpoint', 'port', 'host', 'workers', 'threads', 'rate_limit', 'page_size',
] as const;

/** Setting names that hold credentials; the values written next to them are references, not secrets. */
export const credentialWords = ['password', 'api_key', 'secret', 'token', 'client_secret', 'access_key'] as const;

export function serviceName(random: SeededRandom): string {
  return `${random.pick(serviceNames)}-${random.pick(['api', 'worker', 'web', 'cron', 'svc'])}`;
}

export function settingValue(random: SeededRandom, word: string): string {
  if (/port/.test(word)) return String(random.int(1024, 65000));
  if (/level/.test(word)) return random.pick(['debug', 'info', 'warn', 'error']);
  if (/region/.test(word)) return random.pick(regions);
  if (/host|endpoint|url/.test(word)) return `${random.pick(serviceNames)}.${random.pick(environments)}.internal`;
  if (/bucket/.test(word)) return `acme-${random.pick(serviceNames)}-${random.pick(environments)}`;
  if (/flags/.test(word)) return `${random.pick(serviceNames)},${random.pick(serviceNames)}`;
  return String(random.int(1, 5000));
}

/** A value that stands for a credential without being one: the near-misses every scanner must skip. */
export function credentialReference(random: SeededRandom, name: string): string {
  const upper = name.toUpperCase();
  return random.pick([`\${${upper}}`, `$${upper}`, `{{ .Values.${name} }}`, 'changeme', `<your-${name.replace(/_/g, '-')}>`, '']);
}
