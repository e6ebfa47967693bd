import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headBytes, type RelatedFileReader } from '../../../core/source-file.ts';
import { binaryParsersForHead, parserFor } from '../collect-inventory.ts';
import { isBinaryParser, type PackageParser, type LockfileParseResult } from '../inventory-package.ts';
import { lockfileParsers } from './index.ts';

const ecosystemsRoot = new URL('.', import.meta.url).pathname;
const expectSuffix = '.expect.json';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)]))
    .sort();
}

/** The related-file reader a directory scan gives parsers, rooted at a fixtures folder. */
function fixtureReader(root: string): RelatedFileReader {
  return {
    read: (path) => {
      const absolute = join(root, path);
      return !path.includes('..') && existsSync(absolute) && statSync(absolute).isFile() ? readFileSync(absolute, 'utf8') : undefined;
    },
    list: () => [],
  };
}

/** Names compared loosely (case, `-`/`_`/`.`), for the check that a package's line mentions it. */
function loose(text: string): string {
  return text.toLowerCase().replace(/[-_.]+/g, '-');
}

function asPlainJson(result: LockfileParseResult): unknown {
  return JSON.parse(JSON.stringify({ packages: result.packages, errors: result.errors.map(({ line, code }) => ({ line, code })) }));
}

/** Parses a fixture as its parser reads it: text, or raw bytes for binary package inputs. */
function parseFixture(parser: PackageParser, path: string, absolute: string, related?: RelatedFileReader): LockfileParseResult {
  const input = { path, ...(related ? { related } : {}) };
  return isBinaryParser(parser) ? parser.parseBytes({ ...input, bytes: readFileSync(absolute) }) : parser.parse({ ...input, text: readFileSync(absolute, 'utf8') });
}

function fixtureCases(parser: PackageParser): { path: string; absolute: string; root: string }[] {
  const root = join(ecosystemsRoot, parser.id, 'fixtures');
  return filesUnder(root)
    .filter((file) => !file.endsWith(expectSuffix))
    .map((absolute) => ({ path: relative(root, absolute), absolute, root }))
    .filter((fixture) => parser.claims(fixture.path) || claimsByHead(parser, fixture.path, fixture.absolute));
}

/** Executables have no telling name: their parsers claim them by their first bytes. */
function claimsByHead(parser: PackageParser, path: string, absolute: string): boolean {
  return isBinaryParser(parser) && parser.claimsHead !== undefined && parser.claimsHead(path, readFileSync(absolute).subarray(0, headBytes));
}

/** The parsers the scan would give a fixture: the first that claims its path, else all that claim its first bytes. */
function dispatchedParsers(path: string, absolute: string): string[] {
  const byPath = parserFor(path);
  return byPath ? [byPath.id] : binaryParsersForHead(path, readFileSync(absolute).subarray(0, headBytes)).map((parser) => parser.id);
}

describe('lockfile parser registry', () => {
  it('has unique kebab-case ids, one folder each, and no folder without a parser', () => {
    const ids = lockfileParsers.map((parser) => parser.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(existsSync(join(ecosystemsRoot, id, `${id}.ts`)), `${id}/${id}.ts exists`);
    }
    const folders = readdirSync(ecosystemsRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    assert.deepEqual(folders.sort(), [...ids].sort());
  });

  for (const parser of lockfileParsers as readonly PackageParser[]) {
    describe(parser.id, () => {
      const cases = fixtureCases(parser);

      it('has fixtures, including a malformed one that yields an error with a line', () => {
        assert.ok(cases.length >= 2, `${parser.id} has at least two fixtures`);
        const failing = cases.filter((fixture) => parseFixture(parser, fixture.path, fixture.absolute).errors.length > 0);
        assert.ok(failing.length >= 1, `${parser.id} has a malformed fixture`);
      });

      for (const fixture of cases) {
        it(`parses ${fixture.path} into its expected inventory`, () => {
          const result = parseFixture(parser, fixture.path, fixture.absolute, fixtureReader(fixture.root));
          assert.ok(dispatchedParsers(fixture.path, fixture.absolute).includes(parser.id), 'no earlier parser claims the fixture');
          const expectFile = `${fixture.absolute}${expectSuffix}`;
          assert.ok(existsSync(expectFile), `${fixture.path}${expectSuffix} exists`);
          assert.deepEqual(asPlainJson(result), JSON.parse(readFileSync(expectFile, 'utf8')));
        });

        if (isBinaryParser(parser)) {
          it(`reports well-formed packages for ${fixture.path}`, () => {
            const result = parseFixture(parser, fixture.path, fixture.absolute, fixtureReader(fixture.root));
            for (const error of result.errors) assert.ok(error.path.startsWith(fixture.path), `the error names the file: ${error.path}`);
            for (const item of result.packages) {
              assert.ok(item.name.length > 0);
              assert.ok(item.version !== undefined || item.unresolved !== undefined, `${item.name} has a version or says why not`);
              assert.match(item.purl ?? '', /^pkg:[a-z]+\/[^@]+(?:@[^@]+)?$/);
              // Bytes have no lines: a package sits at line 1 of the file, or of a member of an archive.
              assert.equal(item.location.startLine, 1);
              assert.ok(item.location.path === fixture.path || item.location.path.startsWith(`${fixture.path}!/`), `${item.name} is located in the file: ${item.location.path}`);
            }
          });
          continue;
        }

        it(`reports well-formed packages for ${fixture.path}`, () => {
          const text = readFileSync(fixture.absolute, 'utf8');
          const ownLines = text.split('\n');
          const result = parser.parse({ path: fixture.path, text, related: fixtureReader(fixture.root) });
          for (const error of result.errors) assert.ok(error.line !== undefined && error.line >= 1 && error.line <= ownLines.length, `error line in range: ${error.message}`);
          for (const item of result.packages) {
            // dpkg is Debian's and Ubuntu's package manager; os-release decides whose advisories apply.
            assert.ok(item.ecosystem === parser.ecosystem || (parser.id === 'dpkg-status' && item.ecosystem === 'Ubuntu'), `${item.name}: ecosystem ${item.ecosystem}`);
            assert.ok(item.name.length > 0);
            // Packages of an included file (`-r base.txt`) are located in that file.
            const lines = item.location.path === fixture.path ? ownLines : readFileSync(join(fixture.root, item.location.path), 'utf8').split('\n');
            assert.ok(item.version !== undefined || item.unresolved !== undefined, `${item.name} has a version or says why not`);
            assert.match(item.purl ?? '', /^pkg:[a-z]+\/[^@]+(?:@[^@]+)?$/);
            const { startLine } = item.location;
            assert.ok(startLine >= 1 && startLine <= lines.length, `${item.name} line in range`);
            const leaf = item.name.split(/[/:]/).pop()!;
            const window = lines.slice(startLine - 1, startLine + 4).join('\n');
            assert.ok(loose(window).includes(loose(leaf)), `${item.name}'s line ${startLine} mentions it`);
            if (item.dependencyPath) assert.equal(loose(item.dependencyPath.at(-1)!), loose(item.name));
          }
        });
      }
    });
  }
});
