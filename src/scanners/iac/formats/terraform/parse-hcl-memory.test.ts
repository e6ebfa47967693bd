import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from './parse-hcl.ts';

// Alone in its file (its own process): tree-sitter's WASM memory only ever grows, so another test's parse would blur the figure.
describe('parseHcl memory', () => {
  it('parses a 1.5 MB file, with the WASM memory (counted in external memory) still small', () => {
    let text = '';
    for (let index = 0; text.length < 1_500_000; index++) text += `resource "aws_s3_bucket" "b${index}" {\n  bucket = "bucket-${index}"\n  tags   = { Name = "x${index}" }\n}\n`;
    const parsed = parseHcl(text);
    // Whole, this text takes tree-sitter about 140 MB of WASM memory, which is never returned; Node itself starts near 40 MB.
    const external = process.memoryUsage().external;
    assert.ok(external < 100 * 1024 * 1024, `external memory is ${external} bytes`);
    assert.ok(parsed.body.blocks.length > 15_000);
  });
});
