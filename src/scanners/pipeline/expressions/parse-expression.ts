/** The syntax tree of one `${{ … }}` expression body. Context paths are lower-case, `*` for any index. */
export type ExpressionNode =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'context'; path: string[] }
  | { kind: 'access'; object: ExpressionNode; path: string[] }
  | { kind: 'call'; name: string; args: ExpressionNode[] }
  | { kind: 'not'; operand: ExpressionNode }
  | { kind: 'binary'; operator: BinaryOperator; left: ExpressionNode; right: ExpressionNode };

export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

type Token =
  | { kind: 'name'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'punct'; text: string };

/** Longest operators first so `<=` is not read as `<` then `=`. */
const punctuators = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ',', '*'];

/** Parses an expression body; undefined when it is not valid expression syntax. */
export function parseExpression(body: string): ExpressionNode | undefined {
  const tokens = tokenize(body);
  if (!tokens) return undefined;
  const parser = new Parser(tokens);
  const node = parser.parseOr();
  return node && parser.isDone() ? node : undefined;
}

function tokenize(body: string): Token[] | undefined {
  const tokens: Token[] = [];
  let index = 0;
  while (index < body.length) {
    const char = body[index]!;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (char === "'") {
      const end = findStringEnd(body, index);
      if (end === -1) return undefined;
      tokens.push({ kind: 'string', text: body.slice(index + 1, end).replaceAll("''", "'") });
      index = end + 1;
      continue;
    }
    // A number: optional minus, digits, optional fraction or exponent, or hex.
    const number = /^-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i.exec(body.slice(index));
    if (number && (char !== '-' || isOperandExpected(tokens))) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      index += number[0].length;
      continue;
    }
    // A name: a letter or underscore, then letters, digits, underscores and hyphens (`steps.my-step`).
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(body.slice(index));
    if (name) {
      tokens.push({ kind: 'name', text: name[0] });
      index += name[0].length;
      continue;
    }
    const punct = punctuators.find((candidate) => body.startsWith(candidate, index));
    if (!punct) return undefined;
    tokens.push({ kind: 'punct', text: punct });
    index += punct.length;
  }
  return tokens;
}

/** Index of the closing quote of a string starting at `start`; `''` is an escaped quote. */
export function findStringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === "'") {
      if (text[index + 1] === "'") index += 2;
      else return index;
    } else index += 1;
  }
  return -1;
}

function isOperandExpected(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1);
  return !last || (last.kind === 'punct' && last.text !== ')' && last.text !== ']');
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  isDone(): boolean {
    return this.position === this.tokens.length;
  }

  parseOr(): ExpressionNode | undefined {
    return this.parseBinary(['||'], () => this.parseAnd());
  }

  private parseAnd(): ExpressionNode | undefined {
    return this.parseBinary(['&&'], () => this.parseEquality());
  }

  private parseEquality(): ExpressionNode | undefined {
    return this.parseBinary(['==', '!='], () => this.parseComparison());
  }

  private parseComparison(): ExpressionNode | undefined {
    return this.parseBinary(['<', '<=', '>', '>='], () => this.parseUnary());
  }

  private parseBinary(operators: readonly string[], next: () => ExpressionNode | undefined): ExpressionNode | undefined {
    let left = next();
    while (left) {
      const token = this.peek();
      if (token?.kind !== 'punct' || !operators.includes(token.text)) return left;
      this.position += 1;
      const right = next();
      if (!right) return undefined;
      left = { kind: 'binary', operator: token.text as BinaryOperator, left, right };
    }
    return undefined;
  }

  private parseUnary(): ExpressionNode | undefined {
    if (this.isPunct('!')) {
      this.position += 1;
      const operand = this.parseUnary();
      return operand && { kind: 'not', operand };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePrimary(): ExpressionNode | undefined {
    const token = this.tokens[this.position++];
    if (!token) return undefined;
    if (token.kind === 'string') return { kind: 'literal', value: token.text };
    if (token.kind === 'number') return { kind: 'literal', value: token.value };
    if (token.kind === 'punct') {
      if (token.text !== '(') return undefined;
      const inner = this.parseOr();
      return inner && this.expect(')') ? inner : undefined;
    }
    const lower = token.text.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
    if (lower === 'null') return { kind: 'literal', value: null };
    if (this.isPunct('(')) return this.parseCall(lower);
    return { kind: 'context', path: [lower] };
  }

  private parseCall(name: string): ExpressionNode | undefined {
    this.position += 1;
    const args: ExpressionNode[] = [];
    if (this.isPunct(')')) {
      this.position += 1;
      return { kind: 'call', name, args };
    }
    for (;;) {
      const arg = this.parseOr();
      if (!arg) return undefined;
      args.push(arg);
      if (this.isPunct(')')) {
        this.position += 1;
        return { kind: 'call', name, args };
      }
      if (!this.expect(',')) return undefined;
    }
  }

  /** `.name`, `.*`, `['name']` and `[expr]` after a primary. */
  private parsePostfix(primary: ExpressionNode | undefined): ExpressionNode | undefined {
    let node = primary;
    while (node && (this.isPunct('.') || this.isPunct('['))) {
      const segment = this.isPunct('.') ? this.parseDotSegment() : this.parseIndexSegment();
      if (segment === undefined) return undefined;
      node = appendSegment(node, segment);
    }
    return node;
  }

  private parseDotSegment(): string | undefined {
    this.position += 1;
    const token = this.tokens[this.position++];
    if (token?.kind === 'name') return token.text.toLowerCase();
    if (token?.kind === 'punct' && token.text === '*') return '*';
    return undefined;
  }

  private parseIndexSegment(): string | undefined {
    this.position += 1;
    if (this.isPunct('*')) {
      this.position += 1;
      return this.expect(']') ? '*' : undefined;
    }
    const index = this.parseOr();
    if (!index || !this.expect(']')) return undefined;
    return index.kind === 'literal' && typeof index.value === 'string' ? index.value.toLowerCase() : '*';
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.text === text;
  }

  private expect(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.position += 1;
    return true;
  }
}

function appendSegment(node: ExpressionNode, segment: string): ExpressionNode {
  if (node.kind === 'context') return { kind: 'context', path: [...node.path, segment] };
  if (node.kind === 'access') return { kind: 'access', object: node.object, path: [...node.path, segment] };
  return { kind: 'access', object: node, path: [segment] };
}
