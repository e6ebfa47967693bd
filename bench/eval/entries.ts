import type { SeededRandom } from '../corpus/seeded-random.ts';
import type { EntryLabel } from './labels.ts';

/** One name = value slot of a file: a secret, a trap, or ordinary settings (no label). */
export interface Entry {
  words: string[];
  value: string;
  label?: EntryLabel;
  /** Set for env-reference traps: the slot reads this variable instead of holding a value. */
  envVariable?: string;
  /** Set for code traps: an expression written as is instead of a quoted literal. */
  code?: string;
}

const fillers: readonly [string[], (random: SeededRandom) => string][] = [
  [['log', 'level'], (r) => r.pick(['info', 'debug', 'warn'])],
  [['port'], (r) => String(r.pick([3000, 8080, 8443, 5000, 9090]))],
  [['host'], (r) => r.pick(['0.0.0.0', 'api.internal', 'localhost'])],
  [['timeout', 'seconds'], (r) => String(r.int(5, 120))],
  [['region'], (r) => r.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2'])],
  [['bucket', 'name'], (r) => `acme-${r.pick(['assets', 'backups', 'uploads'])}-prod`],
  [['feature', 'new', 'checkout'], (r) => r.pick(['true', 'false'])],
  [['max', 'connections'], (r) => String(r.int(10, 200))],
  [['service', 'name'], (r) => r.pick(['orders', 'billing', 'search', 'gateway'])],
  [['environment'], (r) => r.pick(['production', 'staging'])],
  [['cache', 'ttl'], (r) => String(r.int(60, 3600))],
  [['db', 'host'], (r) => r.pick(['db.prod.internal', 'postgres', '10.0.3.12'])],
  [['db', 'user'], (r) => r.pick(['app', 'orders_svc', 'readonly'])],
  [['smtp', 'user'], (r) => r.pick(['notifications@acme-corp.io', 'apikey', 'mailer'])],
  [['sentry', 'environment'], (r) => r.pick(['prod', 'staging'])],
  [['worker', 'concurrency'], (r) => String(r.int(1, 16))],
  [['public', 'url'], (r) => r.pick(['https://shop.acme-corp.io', 'https://app.acme-corp.io'])],
];

/** An ordinary setting to put between labelled slots, so files read like real config. */
export function drawFiller(random: SeededRandom): Entry {
  const [words, make] = random.pick(fillers);
  return { words: [...words], value: make(random) };
}

/** Interleaves labelled entries with a few fillers, in a seeded order. */
export function withFillers(random: SeededRandom, entries: Entry[], fillerCount: number): Entry[] {
  const all = [...entries];
  for (let i = 0; i < fillerCount; i++) all.splice(random.int(0, all.length), 0, drawFiller(random));
  return all;
}
