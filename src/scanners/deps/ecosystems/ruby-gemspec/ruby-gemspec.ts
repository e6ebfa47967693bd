import { createPackage, failedParse } from '../../create-package.ts';
import type { LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';

/**
 * The specifications RubyGems writes for every installed gem under a gem home:
 * `<GEM_HOME>/specifications/<name>-<version>.gemspec`, and Ruby's own default gems under
 * `specifications/default/`. Hand-written gemspecs at a project root are not claimed: they hold
 * Ruby code (`spec.version = Foo::VERSION`), not an installed version.
 */
const installedSpecification = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/;

/** Installed Ruby gems, read from their generated specifications without evaluating any Ruby. */
export const rubyGemspecParser = {
  id: 'ruby-gemspec',
  ecosystem: 'RubyGems',
  claims: (path) => installedSpecification.test(path),
  parse,
} as const satisfies LockfileParser;

/**
 * `s.name = "rack".freeze` (RubyGems 2.6+), `s.name = "rack"` and `s.name = %q{rack}` (RubyGems 1.x):
 * the block variable, the attribute, `=`, then a double- or single-quoted string or a `%q{}` literal,
 * optionally followed by `.freeze`.
 */
const assignment = /^\s*(\w+)\.(name|version|license|licenses)\s*=\s*(.+?)\s*$/;
/** One string literal: "…", '…' or %q{…}, with an optional `.freeze`. */
const stringLiteral = /^(?:"([^"\\]*)"|'([^'\\]*)'|%q\{([^}]*)\})(?:\.freeze)?$/;
/** Every string literal inside an array literal `["MIT".freeze, "Apache-2.0".freeze]`. */
const literalInArray = /"([^"\\]*)"|'([^'\\]*)'|%q\{([^}]*)\}/g;
/** `Gem::Specification.new do |s|` or `{ |spec|`: names the block variable the attributes are set on. */
const specificationOpening = /Gem::Specification\.new\s*(?:do|\{)\s*\|\s*(\w+)\s*\|/;
/** The comment RubyGems writes on the second line: `# stub: rack 2.2.8 ruby lib`. */
const stubComment = /^#\s*stub:\s*(\S+)\s+(\S+)/;

interface Field {
  value: string;
  line: number;
}

function literalOf(source: string): string | undefined {
  const match = stringLiteral.exec(source);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** `s.version = Gem::Version.new("1.2.3")` is not written by RubyGems but costs nothing to read. */
function versionOf(source: string): string | undefined {
  const wrapped = /^Gem::Version\.new\((.+)\)$/.exec(source);
  return literalOf(wrapped ? wrapped[1]!.trim() : source);
}

function licencesOf(source: string): string[] {
  if (!source.startsWith('[')) {
    const single = literalOf(source);
    return single ? [single] : [];
  }
  return [...source.matchAll(literalInArray)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').filter((licence) => licence !== '');
}

function parse(input: LockfileInput): LockfileParseResult {
  const lines = input.text.split('\n');
  let variable: string | undefined;
  let name: Field | undefined;
  let version: Field | undefined;
  let stub: { name: string; version: string; line: number } | undefined;
  const licences: string[] = [];
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const stubMatch = stubComment.exec(line);
    if (stubMatch && !stub) stub = { name: stubMatch[1]!, version: stubMatch[2]!, line: index + 1 };
    const opening = specificationOpening.exec(line);
    if (opening) variable ??= opening[1];
    const match = assignment.exec(line);
    // Only the top-level attributes of the specification block count, not `dep.name` elsewhere.
    if (!match || variable === undefined || match[1] !== variable) return;
    const [, , attribute, value] = match;
    if (attribute === 'name' && !name) {
      const literal = literalOf(value!);
      if (literal) name = { value: literal, line: index + 1 };
    } else if (attribute === 'version' && !version) {
      version = { value: versionOf(value!) ?? '', line: index + 1 };
    } else if (attribute === 'license' || attribute === 'licenses') {
      licences.push(...licencesOf(value!));
    }
  });
  if (variable === undefined) return failedParse(input.path, 1, 'no `Gem::Specification.new do |s|` block: not a gem specification');
  const resolvedName = name ?? (stub ? { value: stub.name, line: stub.line } : undefined);
  if (!resolvedName) return failedParse(input.path, 1, 'the specification sets no literal name');
  const literalVersion = version?.value || (stub && stub.name === resolvedName.value ? stub.version : undefined);
  const item = createPackage({
    ecosystem: 'RubyGems',
    name: resolvedName.value,
    version: literalVersion,
    ...(literalVersion ? {} : { unresolved: { reason: 'unpinned' as const, detail: 'the specification sets no literal version' } }),
    direct: undefined,
    dev: false,
    location: { path: input.path, startLine: resolvedName.line },
    licenses: licences,
  });
  return { packages: [item], errors: [], notices: [] };
}
