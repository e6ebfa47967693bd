const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Mulberry32: a tiny, fast PRNG. The corpus must be byte-identical on every machine so that
 * figures from different runs compare the same work, which Math.random cannot promise.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Random characters drawn from an alphabet. */
  chars(alphabet: string, length: number): string {
    let result = '';
    for (let i = 0; i < length; i++) result += alphabet[Math.floor(this.next() * alphabet.length)];
    return result;
  }

  base62(length: number): string {
    return this.chars(base62, length);
  }

  hex(length: number): string {
    return this.chars('0123456789abcdef', length);
  }
}
