import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const srcRoot = new URL('../src/', import.meta.url).pathname;

/** Which top-level layers each layer may import (DESIGN.md: imports point inward). */
const allowedImports: Record<string, readonly string[]> = {
  core: ['core'],
  sources: ['sources', 'core'],
  scanners: ['scanners', 'core', 'vulndb'],
  vulndb: ['vulndb', 'core'],
  report: ['report', 'core'],
  fix: ['fix', 'core'],
  cli: ['cli', 'core', 'sources', 'scanners', 'report', 'fix', 'vulndb'],
  server: ['server', 'core', 'sources', 'scanners', 'report', 'fix', 'vulndb'],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it('keeps imports pointing inward between layers', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(srcRoot)) {
      const layer = relative(srcRoot, file).split('/')[0]!;
      const allowed = allowedImports[layer];
      assert.ok(allowed, `unknown layer "${layer}" for ${file}: add it to allowedImports`);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = relative(srcRoot, resolve(dirname(file), match[1]!)).split('/')[0]!;
        if (!allowed.includes(target)) violations.push(`${relative(srcRoot, file)} imports ${match[1]} (${layer} → ${target})`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it('never touches process outside the CLI entry point', () => {
    const offenders = sourceFiles(srcRoot)
      .filter((file) => !file.endsWith('.test.ts') && !relative(srcRoot, file).startsWith('cli/'))
      .filter((file) => /\bprocess\.(?:exit|argv|stdout|stderr|exitCode)\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(srcRoot, file));
    assert.deepEqual(offenders, []);
  });
});
