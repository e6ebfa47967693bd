import { createPackage } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import type { ScanError } from '../../../../core/finding.ts';

/**
 * Gemfile.lock: sections (GEM, GIT, PATH, PLATFORMS, DEPENDENCIES, BUNDLED WITH) whose `specs:`
 * list gems at four spaces and their dependencies at six. Bundler's own format, so no
 * general-purpose parser applies; the structure is fixed by indentation.
 */
export const gemfileLockParser = {
  id: 'gemfile-lock',
  ecosystem: 'RubyGems',
  claims: (path) => /(?:^|\/)(?:Gemfile|gems\.rb)\.lock$/.test(path) || /(?:^|\/)gems\.locked$/.test(path),
  parse,
} as const satisfies LockfileParser;

interface Spec {
  name: string;
  version: string;
  section: string;
  remote: string | undefined;
  line: number;
  dependencies: string[];
}

/** `name (version)` at four spaces; a platform gem appends `-x86_64-linux` and the like to the version. */
const specLine = /^ {4}([^\s(]+) \(([^)]+)\)$/;
/** A dependency of a spec at six spaces: `name` or `name (>= 1.0)`. */
const specDependencyLine = /^ {6}([^\s(]+)(?: \(.*\))?$/;
/** An entry of DEPENDENCIES at two spaces: `name`, `name!` (from a GIT/PATH source) or `name (~> 1.0)`. */
const declaredLine = /^ {2}([^\s(!]+)!?(?: \(.*\))?$/;

function parse(input: LockfileInput): LockfileParseResult {
  const specs: Spec[] = [];
  const declared = new Set<string>();
  const errors: ScanError[] = [];
  let section = '';
  let remote: string | undefined;
  let inSpecs = false;
  const rows = input.text.split(/\r?\n/);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!.trimEnd();
    if (row === '') continue;
    if (/^[A-Z]/.test(row)) {
      section = row;
      remote = undefined;
      inSpecs = false;
      continue;
    }
    if (section === 'DEPENDENCIES') {
      const match = declaredLine.exec(row);
      if (match) declared.add(match[1]!);
      continue;
    }
    if (!['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE'].includes(section)) continue;
    if (/^ {2}remote: /.test(row)) remote = row.slice('  remote: '.length);
    if (row === '  specs:') {
      inSpecs = true;
      continue;
    }
    if (!inSpecs || /^ {2}\S/.test(row)) continue;
    const spec = specLine.exec(row);
    if (spec) {
      specs.push({ name: spec[1]!, version: spec[2]!, section, remote, line: index + 1, dependencies: [] });
      continue;
    }
    const dependency = specDependencyLine.exec(row);
    if (dependency && specs.length > 0) specs[specs.length - 1]!.dependencies.push(dependency[1]!);
    else errors.push({ path: input.path, line: index + 1, code: 'RAMPART_E_PARSE', message: 'expected `name (version)` under specs:' });
  }
  if (specs.length === 0 && errors.length === 0 && !/^(?:GEM|GIT|PATH)$/m.test(input.text)) errors.push({ path: input.path, line: 1, code: 'RAMPART_E_PARSE', message: 'no GEM, GIT or PATH section: not a Gemfile.lock' });
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const graph = walkDependencyGraph({ production: [...declared].filter((name) => byName.has(name)), development: [] }, (name) => byName.get(name)?.dependencies ?? [], (name) => name);
  const packages: InventoryPackage[] = specs.map((spec) => {
    const { version } = splitPlatform(spec.version);
    return createPackage({
      ecosystem: 'RubyGems',
      name: spec.name,
      version,
      unresolved: spec.section === 'GEM' ? undefined : { reason: 'url', detail: `${spec.section.toLowerCase()} ${spec.remote ?? ''}`.trim() },
      direct: declared.has(spec.name),
      // The lockfile does not keep Gemfile groups (:development, :test).
      dev: undefined,
      location: { path: input.path, startLine: spec.line, startColumn: 5 },
      dependencyPath: graph.get(spec.name)?.dependencyPath,
    });
  });
  linkDependencies(new Map(specs.map((spec, index) => [spec.name, packages[index]!])), (name) => byName.get(name)?.dependencies ?? []);
  return { packages, errors, notices: [] };
}

/** `1.15.4-x86_64-linux` → `1.15.4`: RubyGems versions never contain `-`, so what follows is the platform. */
function splitPlatform(text: string): { version: string; platform: string | undefined } {
  const dash = text.indexOf('-');
  return dash === -1 ? { version: text, platform: undefined } : { version: text.slice(0, dash), platform: text.slice(dash + 1) };
}
