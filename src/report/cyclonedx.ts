import * as CDX from '@cyclonedx/cyclonedx-library';
import { buildSbomModel, contentIdentity, uuidFromText, validateSpdxExpression, type SbomComponent, type SbomInput } from './sbom-components.ts';

const licenseFactory = new CDX.Contrib.License.Factories.LicenseFactory(validateSpdxExpression);
const normalizer = new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot6).makeForBom();

/**
 * A CycloneDX 1.6 JSON BOM built with the official library: one component per package (purl as
 * bom-ref), scope optional for dev-only packages, the project as metadata.component, the edges the
 * lockfiles show as dependencies, and the declaring lockfiles as `rampart:lockfile` properties.
 * The serial number is a UUID derived from the content, so the same input gives the same bytes.
 * Serialised through the library's normaliser (sorted lists) and JSON.stringify.
 */
export function renderCycloneDx(input: SbomInput): string {
  const model = buildSbomModel(input.packages);
  const projectType = input.project.kind === 'container' ? CDX.Enums.ComponentType.Container : CDX.Enums.ComponentType.Application;
  const project = new CDX.Models.Component(projectType, input.project.name, { bomRef: 'root', ...(input.project.version === undefined ? {} : { version: input.project.version }) });
  const components = new Map(model.components.map((component) => [component.key, cycloneDxComponent(component)]));
  for (const key of model.rootDependsOn) project.dependencies.add(components.get(key)!.bomRef);
  for (const [from, targets] of model.dependsOn) {
    const component = components.get(from)!;
    for (const to of targets) component.dependencies.add(components.get(to)!.bomRef);
  }
  const bom = new CDX.Models.Bom({
    serialNumber: `urn:uuid:${uuidFromText(contentIdentity(input, model))}`,
    metadata: new CDX.Models.Metadata({
      timestamp: input.timestamp,
      component: project,
      tools: new CDX.Models.Tools({ components: new CDX.Models.ComponentRepository([new CDX.Models.Component(CDX.Enums.ComponentType.Application, input.tool.name, { version: input.tool.version })]) }),
    }),
    components: new CDX.Models.ComponentRepository(components.values()),
  });
  const normalized = normalizer.normalize(bom, { sortLists: true });
  // The library lists every component in the graph; an entry without dependsOn would claim "no
  // dependencies", which go.mod, requirements files and other graph-less inputs cannot support, so such entries go (unknown).
  if (normalized.dependencies) normalized.dependencies = normalized.dependencies.filter((entry) => (entry.dependsOn?.length ?? 0) > 0);
  return `${JSON.stringify(normalized, null, 2)}\n`;
}

function cycloneDxComponent(component: SbomComponent): CDX.Models.Component {
  const { group, name } = splitGroup(component);
  return new CDX.Models.Component(CDX.Enums.ComponentType.Library, name, {
    bomRef: component.key,
    ...(group === undefined ? {} : { group }),
    ...(component.version === undefined ? {} : { version: component.version }),
    ...(component.purl === undefined ? {} : { purl: component.purl }),
    ...(component.scope === undefined ? {} : { scope: component.scope === 'optional' ? CDX.Enums.ComponentScope.Optional : CDX.Enums.ComponentScope.Required }),
    licenses: new CDX.Models.LicenseRepository(licensesOf(component.licenses)),
    properties: new CDX.Models.PropertyRepository([
      new CDX.Models.Property('rampart:ecosystem', component.ecosystem),
      ...component.lockfiles.map((lockfile) => new CDX.Models.Property('rampart:lockfile', lockfile)),
    ]),
  });
}

/**
 * CycloneDX allows either one expression or any number of ids/names. Several values where one is
 * an expression (composer can list `(MIT or GPL)`) fall back to names, which any reader accepts.
 */
function licensesOf(licenses: readonly string[]): CDX.Models.License[] {
  if (licenses.length === 1) return [licenseFactory.makeFromString(licenses[0]!)];
  return licenses.map((license) => licenseFactory.makeDisjunctive(license));
}

/** Where the ecosystem's names have a namespace (npm scope, Maven group, composer vendor), it is the group. */
function splitGroup(component: SbomComponent): { group: string | undefined; name: string } {
  const separator = component.ecosystem === 'Maven' ? ':' : component.ecosystem === 'npm' || component.ecosystem === 'Packagist' ? '/' : undefined;
  const at = separator === undefined ? -1 : component.name.indexOf(separator);
  if (at <= 0) return { group: undefined, name: component.name };
  return { group: component.name.slice(0, at), name: component.name.slice(at + 1) };
}
