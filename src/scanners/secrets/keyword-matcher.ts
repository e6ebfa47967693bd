/**
 * Finds which of many keywords occur in a text, case-insensitively, in one pass whose cost does not
 * grow with the number of keywords (Aho-Corasick over a dense transition table). This is the
 * prefilter that decides which secret rules run on a file; a regex alternation of 200 keywords is
 * about twice as slow and gets slower with every rule added.
 */
export class KeywordMatcher {
  private readonly symbolOf = new Uint8Array(65536);
  private readonly symbolCount: number;
  /**
   * Dense table indexed by `row + symbol`, where a state's row is its number × symbolCount. Entries
   * hold the next state's row, negated when that state ends a keyword, so the hot loop does one
   * load and one sign test per character.
   */
  private readonly transitions: Int32Array;
  /** Keyword indexes that end at each state (by state number), including through failure links. */
  private readonly outputs: (readonly number[])[];

  constructor(readonly keywords: readonly string[]) {
    let symbols = 1; // symbol 0 = any character that appears in no keyword
    for (const keyword of keywords) {
      for (const char of keyword.toLowerCase()) {
        const lower = char.charCodeAt(0);
        if (this.symbolOf[lower]) continue;
        if (symbols === 255) throw new Error('too many distinct keyword characters');
        this.symbolOf[lower] = symbols;
        const upper = char.toUpperCase().charCodeAt(0);
        if (upper !== lower && upper < 65536) this.symbolOf[upper] = symbols;
        symbols++;
      }
    }
    this.symbolCount = symbols;
    const { transitions, outputs } = this.build(keywords.map((keyword) => keyword.toLowerCase()));
    this.transitions = transitions;
    this.outputs = outputs;
  }

  /**
   * Every keyword occurrence, as end offsets per keyword index. A keyword seen more than
   * `maxPositions` times is marked dense (positions dropped): windows around it would cover
   * most of the text anyway.
   */
  findHits(text: string, maxPositions = 1024): KeywordHits {
    const { symbolOf, transitions, symbolCount, outputs } = this;
    const positions = new Map<number, number[]>();
    const dense = new Set<number>();
    let row = 0;
    for (let i = 0, length = text.length; i < length; i++) {
      row = transitions[row + symbolOf[text.charCodeAt(i)]!]!;
      if (row >= 0) continue;
      row = -row;
      for (const index of outputs[row / symbolCount]!) {
        if (dense.has(index)) continue;
        const list = positions.get(index);
        if (!list) positions.set(index, [i + 1]);
        else if (list.length < maxPositions) list.push(i + 1);
        else {
          dense.add(index);
          positions.delete(index);
        }
      }
    }
    return { positions, dense };
  }

  /** Indexes (into `keywords`) of every keyword present in the text. Stops early once all are seen. */
  findPresent(text: string): number[] {
    const { symbolOf, transitions, symbolCount, outputs } = this;
    const seen = new Uint8Array(this.keywords.length);
    const present: number[] = [];
    let row = 0;
    for (let i = 0, length = text.length; i < length; i++) {
      row = transitions[row + symbolOf[text.charCodeAt(i)]!]!;
      if (row >= 0) continue;
      row = -row;
      for (const index of outputs[row / symbolCount]!) {
        if (seen[index]) continue;
        seen[index] = 1;
        present.push(index);
      }
      if (present.length === this.keywords.length) break;
    }
    return present;
  }

  private build(keywords: readonly string[]): { transitions: Int32Array; outputs: number[][] } {
    const width = this.symbolCount;
    const rows: Int32Array[] = [new Int32Array(width).fill(-1)];
    const outputs: number[][] = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (const char of keyword) {
        const symbol = this.symbolOf[char.charCodeAt(0)]!;
        if (rows[state]![symbol] === -1) {
          rows.push(new Int32Array(width).fill(-1));
          outputs.push([]);
          rows[state]![symbol] = rows.length - 1;
        }
        state = rows[state]![symbol]!;
      }
      outputs[state]!.push(index);
    });
    // Breadth-first: fill missing transitions through failure links so matching never backtracks.
    const failure = new Int32Array(rows.length);
    const queue: number[] = [];
    for (let symbol = 0; symbol < width; symbol++) {
      const next = rows[0]![symbol]!;
      if (next === -1) rows[0]![symbol] = 0;
      else queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let symbol = 0; symbol < width; symbol++) {
        const next = rows[state]![symbol]!;
        if (next === -1) {
          rows[state]![symbol] = rows[failure[state]!]![symbol]!;
          continue;
        }
        failure[next] = rows[failure[state]!]![symbol]!;
        outputs[next] = [...outputs[next]!, ...outputs[failure[next]!]!];
        queue.push(next);
      }
    }
    const transitions = new Int32Array(rows.length * width);
    rows.forEach((row, state) => {
      for (let symbol = 0; symbol < width; symbol++) {
        const next = row[symbol]!;
        transitions[state * width + symbol] = outputs[next]!.length > 0 ? -(next * width) : next * width;
      }
    });
    return { transitions, outputs };
  }
}

export interface KeywordHits {
  /** Keyword index → end offsets (exclusive) of its occurrences, for keywords seen only a few times. */
  positions: Map<number, number[]>;
  /** Keyword indexes seen too often to track. */
  dense: Set<number>;
}
