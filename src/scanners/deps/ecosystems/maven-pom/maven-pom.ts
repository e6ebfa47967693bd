import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createPackage, failedParse } from '../../create-package.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord } from '../../json-document.ts';
import { createLineIndex } from '../../line-index.ts';

/**
 * pom.xml direct dependencies: literal versions and `${property}` references the pom defines.
 * Versions inherited from a parent pom or an imported BOM are not resolved (that needs the
 * network or a local repository) and are listed as unpinned.
 */
export const mavenPomParser = {
  id: 'maven-pom',
  ecosystem: 'Maven',
  claims: (path) => /(?:^|\/)pom\.xml$/.test(path) && !path.includes('/target/'),
  parse,
} as const satisfies LockfileParser;

/** `${name}`: a Maven property reference. */
const propertyReference = /\$\{([^}]+)\}/g;
const maxPropertyDepth = 8;

interface Dependency {
  groupId: string;
  artifactId: string;
  version: string | undefined;
  scope: string | undefined;
}

function parse(input: LockfileInput): LockfileParseResult {
  const validation = XMLValidator.validate(input.text);
  if (validation !== true) return failedParse(input.path, validation.err.line, `invalid XML: ${validation.err.msg}`);
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, processEntities: false, isArray: (name) => name === 'dependency' });
  let document: unknown;
  try {
    document = parser.parse(input.text);
  } catch (cause) {
    // fast-xml-parser refuses absurd nesting after validation has passed.
    return failedParse(input.path, 1, `invalid XML: ${(cause as Error).message}`);
  }
  const project = isRecord(document) && isRecord(document.project) ? document.project : undefined;
  if (!project) return failedParse(input.path, 1, 'no <project> element: not a Maven pom');
  const properties = projectProperties(project);
  const managed = new Map(dependenciesOf(isRecord(project.dependencyManagement) ? project.dependencyManagement.dependencies : undefined).map((item) => [`${item.groupId}:${item.artifactId}`, item.version]));
  const lineIndex = createLineIndex(input.text);
  const dependenciesStart = directDependenciesOffset(input.text);
  let searchFrom = dependenciesStart;
  const packages: InventoryPackage[] = dependenciesOf(project.dependencies).map((dependency) => {
    const offset = input.text.indexOf(`<artifactId>${dependency.artifactId}</artifactId>`, searchFrom);
    if (offset !== -1) searchFrom = offset + 1;
    const name = `${interpolate(dependency.groupId, properties)}:${interpolate(dependency.artifactId, properties)}`;
    const written = dependency.version ?? managed.get(`${dependency.groupId}:${dependency.artifactId}`);
    const location = { path: input.path, startLine: offset === -1 ? 1 : lineIndex.lineOf(offset), ...(offset === -1 ? {} : { startColumn: lineIndex.columnOf(offset) }) };
    const base = { ecosystem: 'Maven' as const, name, direct: true, dev: dependency.scope === 'test', location };
    if (written === undefined) return createPackage({ ...base, version: undefined, unresolved: { reason: 'unpinned', detail: 'version inherited from a parent pom or BOM' } });
    const version = interpolate(written, properties);
    if (version.includes('${')) return createPackage({ ...base, version: undefined, unresolved: { reason: 'property', detail: written } });
    // Ranges such as [1.0,2.0) let Maven choose.
    if (/^[[(]/.test(version)) return createPackage({ ...base, version: undefined, unresolved: { reason: 'unpinned', detail: version } });
    return createPackage({ ...base, version });
  });
  return { packages, errors: [], notices: [] };
}

function projectProperties(project: Record<string, unknown>): Map<string, string> {
  const properties = new Map<string, string>();
  if (isRecord(project.properties)) for (const [key, value] of Object.entries(project.properties)) if (typeof value === 'string') properties.set(key, value.trim());
  const parent = isRecord(project.parent) ? project.parent : {};
  const version = typeof project.version === 'string' ? project.version : typeof parent.version === 'string' ? parent.version : undefined;
  const groupId = typeof project.groupId === 'string' ? project.groupId : typeof parent.groupId === 'string' ? parent.groupId : undefined;
  if (version) properties.set('project.version', version).set('pom.version', version);
  if (groupId) properties.set('project.groupId', groupId);
  return properties;
}

function dependenciesOf(container: unknown): Dependency[] {
  if (!isRecord(container) || !Array.isArray(container.dependency)) return [];
  return container.dependency.filter(isRecord).flatMap((item) => {
    const text = (key: string): string | undefined => (typeof item[key] === 'string' ? (item[key] as string).trim() : undefined);
    const groupId = text('groupId');
    const artifactId = text('artifactId');
    return groupId && artifactId ? [{ groupId, artifactId, version: text('version'), scope: text('scope') }] : [];
  });
}

function interpolate(text: string, properties: Map<string, string>): string {
  let result = text;
  for (let depth = 0; depth < maxPropertyDepth && result.includes('${'); depth++) {
    result = result.replace(propertyReference, (whole, name: string) => properties.get(name) ?? whole);
  }
  return result;
}

/** Where the project's own `<dependencies>` starts: after `</dependencyManagement>` when that comes first. */
function directDependenciesOffset(text: string): number {
  const management = text.indexOf('</dependencyManagement>');
  const first = text.indexOf('<dependencies>');
  return management !== -1 && first < management ? management : Math.max(first, 0);
}
