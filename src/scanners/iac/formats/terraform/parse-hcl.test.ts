import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_PARSE_CHARS, parseHcl } from './parse-hcl.ts';
import type { Expression } from './hcl-syntax.ts';

function literalOf(expression: Expression | undefined): unknown {
  if (expression?.kind === 'literal') return expression.value;
  if (expression?.kind === 'unary' && expression.operand.kind === 'literal') return -(expression.operand.value as number);
  if (expression?.kind === 'tuple') return expression.items.map(literalOf);
  return expression?.kind;
}

describe('parseHcl', () => {
  it('reads blocks with quoted and bare labels, attributes and nested blocks with positions', () => {
    const parsed = parseHcl('resource aws_s3_bucket "b" {\n  bucket = "x"\n  versioning {\n    enabled = true\n  }\n}\n');
    assert.deepEqual(parsed.errors, []);
    const [block] = parsed.body.blocks;
    assert.equal(block!.type, 'resource');
    assert.deepEqual(block!.labels, ['aws_s3_bucket', 'b']);
    assert.deepEqual([block!.line, block!.endLine], [1, 6]);
    assert.deepEqual(block!.body.attributes.map((attribute) => [attribute.name, attribute.line, attribute.column]), [['bucket', 2, 3]]);
    assert.equal(block!.body.blocks[0]!.type, 'versioning');
    assert.equal(block!.body.blocks[0]!.body.attributes[0]!.line, 4);
  });

  it('keeps comments with their lines', () => {
    const parsed = parseHcl('# checkov:skip=CKV_AWS_19:ok\nresource "a" "b" {\n  // inline\n  x = 1 /* block */\n}\n');
    assert.deepEqual(parsed.comments.map((comment) => comment.line), [1, 3, 4]);
  });

  it('reports syntax errors with their line and keeps the blocks that parsed', () => {
    const parsed = parseHcl('resource "a" "ok" {\n  x = 1\n}\n\nresource "a" "broken" {\n  y = = 2\n}\n\nresource "a" "after" {\n  z = 3\n}\n');
    assert.ok(parsed.errors.length > 0);
    assert.equal(parsed.errors[0]!.line, 6);
    const names = parsed.body.blocks.map((block) => block.labels[1]);
    assert.ok(names.includes('ok') && names.includes('after'), names.join(','));
  });

  it('slices template text from the source, keeping spaces, escapes and heredoc indentation rules', () => {
    const parsed = parseHcl('a = "x ${y} \\"q\\" $${z}"\nb = <<-EOT\n    one ${y}\n      two\n    EOT\n');
    const [a, b] = parsed.body.attributes;
    assert.equal(a!.expression.kind, 'template');
    const parts = a!.expression.kind === 'template' ? a!.expression.parts : [];
    assert.deepEqual(parts.map((part) => (part.kind === 'text' ? part.text : part.kind)), ['x ', 'interpolation', ' "q" ${z}']);
    const heredoc = b!.expression.kind === 'template' ? b!.expression.parts : [];
    assert.deepEqual(heredoc.map((part) => (part.kind === 'text' ? part.text : part.kind)), ['one ', 'interpolation', '\n  two\n']);
  });

  it('reads numbers with an exponent but no decimal point, which the grammar alone rejects, keeping later columns', () => {
    const parsed = parseHcl('a = 1e9\nb = [2E-3, -1e2, 1.5e3, 10]\nc = "1e9"\nd = <<EOT\n1e5\nEOT\ne = 1e999\n');
    const values = Object.fromEntries(parsed.body.attributes.map((attribute) => [attribute.name, literalOf(attribute.expression)]));
    assert.deepEqual({ ...values, e: undefined }, { a: 1e9, b: [0.002, -100, 1500, 10], c: 'template', d: 'template', e: undefined });
    const b = parsed.body.attributes[1]!.expression;
    assert.deepEqual(b.kind === 'tuple' ? b.items.map((item) => item.column) : [], [6, 12, 18, 25]);
    // 1e999 is not a finite number: it stays a syntax error.
    assert.deepEqual(parsed.errors.map((error) => error.line), [7]);
  });

  it('parses a file larger than one parse in pieces cut at top-level blocks, with the same lines as a whole parse', () => {
    let text = '';
    let index = 0;
    while (text.length < 3 * MAX_PARSE_CHARS) {
      // A heredoc whose body has a line that looks like a block start must not be cut.
      text += `resource "a" "r${index}" {\n  x = ${index}\n  p = <<EOT\nresource "not" "a-block" {\nEOT\n}\n`;
      index++;
    }
    const parsed = parseHcl(text);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.body.blocks.length, index);
    const last = parsed.body.blocks.at(-1)!;
    assert.deepEqual([last.labels[1], last.line, last.body.attributes[0]!.line], [`r${index - 1}`, (index - 1) * 6 + 1, (index - 1) * 6 + 2]);
    assert.ok(parsed.body.blocks.every((block, position) => literalOf(block.body.attributes[0]!.expression) === position));
  });

  it('costs a large file only the block with the syntax error', () => {
    let text = '';
    for (let index = 0; index < 12000; index++) text += `resource "a" "r${index}" {\n  x = ${index === 9000 ? '= 1' : index}\n}\n`;
    assert.ok(text.length > MAX_PARSE_CHARS);
    const parsed = parseHcl(text);
    assert.equal(parsed.errors[0]!.line, 9000 * 3 + 2);
    assert.ok(parsed.errors.every((error) => error.line >= 9000 * 3 + 1 && error.line <= 9000 * 3 + 3));
    assert.equal(parsed.body.blocks.length, 12000);
  });

  it('keeps every comment of a piece made of nothing but comment lines', () => {
    const parsed = parseHcl('#\n'.repeat(200_000));
    assert.equal(parsed.comments.length, 200_000);
    assert.equal(parsed.comments.at(-1)!.line, 200_000);
  });

  it('reads string literals and labels whole, with escapes, the same in a file with and without syntax errors', () => {
    const text = 'resource "type " "a\\"b" {\n  s = "x\\ty \\u00e9"\n  e = ""\n  v = local.name\n  w = var.list[*].id\n  x = aws_s3_bucket.b. /* c */ id\n}\n';
    for (const source of [text, `${text}broken = = 1\n`]) {
      const block = parseHcl(source).body.blocks[0]!;
      assert.deepEqual(block.labels, ['type ', 'a\\"b']);
      const [s, e, v] = block.body.attributes.map((attribute) => attribute.expression);
      assert.deepEqual(s, { line: 2, column: 7, kind: 'template', parts: [{ kind: 'text', text: 'x\ty é' }] });
      assert.deepEqual(e, { line: 3, column: 7, kind: 'template', parts: [] });
      assert.deepEqual(v, { line: 4, column: 7, kind: 'scope', name: 'local', steps: [{ kind: 'attribute', name: 'name' }] });
      const [, , , w, x] = block.body.attributes.map((attribute) => attribute.expression);
      assert.deepEqual(w, { line: 5, column: 7, kind: 'scope', name: 'var', steps: [{ kind: 'attribute', name: 'list' }, { kind: 'splat', steps: [{ kind: 'attribute', name: 'id' }] }] });
      assert.deepEqual(x, { line: 6, column: 7, kind: 'scope', name: 'aws_s3_bucket', steps: [{ kind: 'attribute', name: 'b' }, { kind: 'attribute', name: 'id' }] });
    }
  });
});
