/**
 * Deterministic pairs of version strings for cross-checking a scheme against the real tool
 * (dpkg, rpm). Pairs are mostly near-misses of each other, since random unrelated versions
 * almost always differ in their first digit and would test nothing.
 */

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same pairs on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A string of `length` characters drawn from `alphabet`, where repeated characters weigh more. */
export function randomText(random: Random, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += pick(random, [...alphabet]);
  return text;
}

/** One random edit: insert, delete or replace a character, or append a run (digits or the alphabet). */
export function mutate(random: Random, text: string, alphabet: string): string {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  if (roll < 0.3) return text.slice(0, at) + pick(random, [...alphabet]) + text.slice(at);
  if (roll < 0.5 && text.length > 1) return text.slice(0, at) + text.slice(at + 1);
  if (roll < 0.8 && at < text.length) return text.slice(0, at) + pick(random, [...alphabet]) + text.slice(at + 1);
  if (roll < 0.9) return text + randomText(random, '0123456789', 1 + Math.floor(random() * 25));
  return text + randomText(random, alphabet, 1 + Math.floor(random() * 3));
}

export interface PairRecipe {
  readonly seed: number;
  readonly count: number;
  /** A fresh random version. */
  makeVersion(random: Random): string;
  /** A version close to the given one, or undefined when the edit made it invalid (another edit is tried). */
  nearVersion(random: Random, version: string): string | undefined;
}

export function generateVersionPairs(recipe: PairRecipe): Array<[string, string]> {
  const random = createRandom(recipe.seed);
  const pairs: Array<[string, string]> = [];
  while (pairs.length < recipe.count) {
    const a = recipe.makeVersion(random);
    const roll = random();
    let b: string | undefined = roll < 0.1 ? a : roll < 0.25 ? recipe.makeVersion(random) : undefined;
    for (let attempt = 0; b === undefined && attempt < 20; attempt++) b = recipe.nearVersion(random, a);
    pairs.push([a, b ?? a]);
  }
  return pairs;
}
