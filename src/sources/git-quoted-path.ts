const simpleEscapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 0x22, '\\': 0x5c };

/**
 * Decodes a path git printed in C-style quotes ("a\tb", "caf\303\251"): git quotes names with
 * control characters, quotes or backslashes, and (unless core.quotePath=false) non-ASCII bytes as
 * octal. Reads up to the closing quote; whatever follows it (git's trailing tab) is ignored.
 */
export function unquoteGitPath(field: Uint8Array): string {
  const bytes: number[] = [];
  for (let i = 1; i < field.length; i++) {
    const byte = field[i]!;
    if (byte === 0x22) break;
    if (byte !== 0x5c) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(field[i + 1] ?? 0);
    if (next >= '0' && next <= '7') {
      bytes.push(parseInt(String.fromCharCode(field[i + 1]!, field[i + 2] ?? 0x30, field[i + 3] ?? 0x30), 8) & 0xff);
      i += 3;
    } else {
      bytes.push(simpleEscapes[next] ?? field[i + 1] ?? 0x5c);
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
