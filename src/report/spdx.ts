import { buildSbomModel, compareText, contentIdentity, isSpdxExpression, uuidFromText, type SbomComponent, type SbomInput } from './sbom-components.ts';

interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  downloadLocation: 'NOASSERTION';
  filesAnalyzed: false;
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: 'NOASSERTION';
  externalRefs?: { referenceCategory: 'PACKAGE-MANAGER'; referenceType: 'purl'; referenceLocator: string }[];
  sourceInfo?: string;
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY' | 'CONTAINER';
}

interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: 'DESCRIBES' | 'DEPENDS_ON' | 'DEV_DEPENDENCY_OF';
  relatedSpdxElement: string;
}

const documentId = 'SPDXRef-DOCUMENT';
const rootId = 'SPDXRef-RootPackage';

/**
 * An SPDX 2.3 JSON document. The format is plain enough to write directly: one package per
 * component, DESCRIBES from the document to the project, DEPENDS_ON for the edges the lockfiles
 * show (DEV_DEPENDENCY_OF for the project's dev-only direct dependencies). Same input, same bytes.
 */
export function renderSpdx(input: SbomInput): string {
  const model = buildSbomModel(input.packages);
  const ids = assignIds(model.components);
  const scopeOf = new Map(model.components.map((component) => [component.key, component.scope]));
  const relationships: SpdxRelationship[] = [{ spdxElementId: documentId, relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }];
  for (const key of model.rootDependsOn) {
    const id = ids.get(key)!;
    relationships.push(scopeOf.get(key) === 'optional' ? { spdxElementId: id, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: rootId } : { spdxElementId: rootId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id });
  }
  for (const [from, targets] of [...model.dependsOn].sort(([left], [right]) => compareText(left, right))) {
    for (const to of targets) relationships.push({ spdxElementId: ids.get(from)!, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(to)! });
  }
  const rootPackage: SpdxPackage = {
    SPDXID: rootId,
    name: input.project.name,
    ...(input.project.version === undefined ? {} : { versionInfo: input.project.version }),
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    primaryPackagePurpose: input.project.kind === 'container' ? 'CONTAINER' : 'APPLICATION',
  };
  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: documentId,
    name: input.project.name,
    documentNamespace: `https://spdx.org/spdxdocs/rampart/${encodeURIComponent(input.project.name)}-${uuidFromText(contentIdentity(input, model))}`,
    creationInfo: { created: spdxTimestamp(input.timestamp), creators: [`Tool: ${input.tool.name}-${input.tool.version}`] },
    documentDescribes: [rootId],
    packages: [rootPackage, ...model.components.map((component) => spdxPackage(component, ids.get(component.key)!))],
    relationships,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function spdxPackage(component: SbomComponent, id: string): SpdxPackage {
  const declared = licenseExpression(component.licenses);
  return {
    SPDXID: id,
    name: component.name,
    ...(component.version === undefined ? {} : { versionInfo: component.version }),
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: declared,
    copyrightText: 'NOASSERTION',
    ...(component.purl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER' as const, referenceType: 'purl' as const, referenceLocator: component.purl }] } : {}),
    sourceInfo: `declared in ${component.lockfiles.join(', ')}`,
    primaryPackagePurpose: 'LIBRARY',
  };
}

/** SPDX ids allow letters, digits, `.` and `-`; a short hash of the key keeps sanitised names unique. */
function assignIds(components: readonly SbomComponent[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const component of components) {
    // Anything outside the SPDX id alphabet becomes `-`.
    const readable = `${component.ecosystem}-${component.name}${component.version === undefined ? '' : `-${component.version}`}`.replace(/[^A-Za-z0-9.-]+/g, '-');
    ids.set(component.key, `SPDXRef-Package-${readable}-${uuidFromText(component.key).slice(0, 8)}`);
  }
  return ids;
}

/**
 * licenseDeclared must be a valid SPDX expression. A lockfile's licence field is free text, so
 * only values that parse as SPDX expressions pass (several values, as composer lists them, are a
 * choice: OR); anything else is NOASSERTION rather than a wrong claim.
 */
function licenseExpression(licenses: readonly string[]): string {
  if (licenses.length === 0 || !licenses.every(isSpdxExpression)) return 'NOASSERTION';
  return licenses.length === 1 ? licenses[0]! : licenses.map((license) => `(${license})`).join(' OR ');
}

/** SPDX wants `YYYY-MM-DDThh:mm:ssZ`, without milliseconds. */
function spdxTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
