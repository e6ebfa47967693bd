import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from './parse-hcl.ts';

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
});
