import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLockfile } from './collect-inventory.ts';
import { lockfileParsers } from './ecosystems/index.ts';
import { isBinaryParser, type PackageParser } from './inventory-package.ts';
import { npmPackageLockParser } from './ecosystems/npm-package-lock/npm-package-lock.ts';
import { pnpmLockParser } from './ecosystems/pnpm-lock/pnpm-lock.ts';

const depth = 100_000;
const hostileTexts = [
  '',
  '\u0000\u0001\u0002',
  '{',
  '[[package]]\nname = ',
  `{"packages":${'['.repeat(depth)}${']'.repeat(depth)}}`,
  `${'- '.repeat(5000)}x`,
  'x'.repeat(200_000),
  '<project><dependencies><dependency>',
  `<project>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</project>`,
  `lockfileVersion: '9.0'\npackages:\n  a@1.0.0: ${'['.repeat(depth)}`,
];

/** A package-lock whose packages form one long cycle: pkg-0 → pkg-1 → … → pkg-0. */
function chainLockfile(length: number): string {
  const packages: Record<string, unknown> = { '': { name: 'chain', dependencies: { 'pkg-0': '1.0.0' } } };
  for (let index = 0; index < length; index++) packages[`node_modules/pkg-${index}`] = { version: '1.0.0', dependencies: { [`pkg-${(index + 1) % length}`]: '1.0.0' } };
  return JSON.stringify({ lockfileVersion: 3, packages }, null, 2);
}

describe('lockfile parsers on hostile input', () => {
  it('never throw: every parser returns a result for garbage, truncation and deep nesting', () => {
    for (const parser of lockfileParsers as readonly PackageParser[]) {
      for (const text of hostileTexts) {
        // Binary parsers get the same garbage as bytes, plus bytes that start like what they expect.
        const result = isBinaryParser(parser) ? parser.parseBytes({ path: 'x', bytes: Buffer.from(text) }) : parser.parse({ path: 'x', text });
        assert.ok(Array.isArray(result.packages) && Array.isArray(result.errors), `${parser.id} returns a result`);
      }
    }
  });

  it('reports JSON nested past the stack as a parse error with a line', () => {
    const result = npmPackageLockParser.parse({ path: 'package-lock.json', text: `{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0","x":${'['.repeat(depth)}${']'.repeat(depth)}}}}` });
    assert.equal(result.packages.length + result.errors.length >= 1, true);
    for (const error of result.errors) assert.equal(error.line, 1);
  });

  it('walks a 20,000-package dependency cycle once, capping dependency paths at 64 names', () => {
    const result = npmPackageLockParser.parse({ path: 'package-lock.json', text: chainLockfile(20_000) });
    assert.equal(result.packages.length, 20_000);
    assert.deepEqual(result.packages[1]!.dependencyPath, ['pkg-0', 'pkg-1']);
    assert.equal(result.packages[63]!.dependencyPath!.length, 64);
    assert.equal(result.packages[64]!.dependencyPath, undefined);
    assert.ok(result.packages.every((item) => item.dev === false));
  });

  it('keeps every edge of a 20,000-package cycle in the inventory, the closing one included', () => {
    const result = npmPackageLockParser.parse({ path: 'package-lock.json', text: chainLockfile(20_000) });
    assert.deepEqual(result.packages[19_999]!.dependsOn, [{ name: 'pkg-0', version: '1.0.0' }]);
    assert.ok(result.packages.every((item, index) => item.dependsOn?.[0]?.name === `pkg-${(index + 1) % 20_000}`));
  });

  it('refuses pnpm lockfiles nested deeper than 64 levels before the YAML parser recurses into them', () => {
    const result = pnpmLockParser.parse({ path: 'pnpm-lock.yaml', text: `lockfileVersion: '9.0'\npackages:\n${'- '.repeat(5000)}x\n` });
    assert.deepEqual(result.errors.map(({ line, message }) => ({ line, message })), [{ line: 3, message: 'refused: nested deeper than 64 levels' }]);
  });

  it('refuses YAML aliases in pnpm-lock.yaml instead of expanding them', () => {
    const bomb = ["lockfileVersion: '9.0'", 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'packages:', '  bomb@1.0.0: *d'].join('\n');
    const result = pnpmLockParser.parse({ path: 'pnpm-lock.yaml', text: bomb });
    assert.equal(result.packages.length, 0);
    assert.match(result.errors[0]!.message, /refused/);
  });

  it('turns a parser exception into a ScanError naming the parser', () => {
    const throwing = { ...npmPackageLockParser, parse: () => { throw new Error('boom'); } };
    const result = parseLockfile(throwing, { path: 'package-lock.json' }, '{}');
    assert.deepEqual(result.errors, [{ path: 'package-lock.json', code: 'RAMPART_E_PARSE', message: 'npm-package-lock: boom' }]);
  });
});
