import type { SourceFile } from '../../../../core/source-file.ts';
import { workloadKinds } from '../../checks/pod-spec.ts';
import type { IacResource } from '../../iac-resource.ts';
import { ResourceGraph } from '../../resource-graph.ts';
import type { IacFormatReader, IacReadResult } from '../iac-format-reader.ts';
import { hasTemplateActions, helmTemplateNotice, isHelmTemplateSource } from './helm-template.ts';
import { kustomizationPatching, kustomizePatchNotice } from './kustomize-patches.ts';
import { readKubernetesDocuments } from './read-kubernetes-documents.ts';

// Files this reader may take: YAML and JSON manifests.
const manifestExtension = /\.(?:ya?ml|json)$/i;
// A top-level `apiVersion:` / `kind:` key: at the very start of a line, as block YAML writes the root mapping.
const topLevelApiVersion = /^["']?apiVersion["']?[ \t]*:/m;
const topLevelKind = /^["']?kind["']?[ \t]*:/m;
// The same keys anywhere, indented (a Helm template often opens with `{{- if … }}` before them).
const anyApiVersion = /^[ \t]*["']?apiVersion["']?[ \t]*:/m;
// JSON spellings of the keys.
const jsonApiVersion = /"apiVersion"\s*:/;
const jsonKind = /"kind"\s*:/;

/** Siblings read to find namespace policies for this file's workloads; a directory of manifests is usually deployed together. */
const maxSiblingFiles = 200;
/** Objects that apply to every workload of their namespace, wherever they are written. */
const namespacePolicyKinds: readonly string[] = ['NetworkPolicy', 'LimitRange', 'ResourceQuota'];
// A line naming one of those kinds, to skip reading siblings that hold none.
const namespacePolicyKind = /kind["']?\s*:\s*["']?(?:NetworkPolicy|LimitRange|ResourceQuota)\b/;

/**
 * Kubernetes manifests: multi-document YAML and JSON, `List` kinds, Helm template sources skipped
 * with a notice, and stdin (`helm template … | rampart scan -`) when it looks like manifests.
 */
export const kubernetesReader: IacFormatReader = {
  format: 'kubernetes',
  claimsPath: (path) => path === '<stdin>' || manifestExtension.test(path),
  sniff: (path, text) => looksLikeManifest(path, text),
  read: (file, text) => readKubernetesFile(file, text),
};

/** Cheap textual test: a YAML or JSON document with `apiVersion` and `kind` at its top level. */
export function looksLikeManifest(path: string, text: string): boolean {
  if (!text.includes('apiVersion') || !text.includes('kind')) return false;
  if (isHelmTemplateSource(path, text)) return anyApiVersion.test(text);
  if (text.trimStart().startsWith('{')) return jsonApiVersion.test(text) && jsonKind.test(text);
  return topLevelApiVersion.test(text) && topLevelKind.test(text);
}

function readKubernetesFile(file: SourceFile, text: string): IacReadResult {
  if (isHelmTemplateSource(file.path, text)) return { resources: [], errors: [], notices: [helmTemplateNotice(file.path)] };
  const read = readKubernetesDocuments(file.path, text);
  // Template actions that break the YAML mean a template source outside a chart's templates/ folder.
  if (read.hasParseErrors && hasTemplateActions(text)) return { resources: [], errors: [], notices: [helmTemplateNotice(file.path)] };
  const kustomization = read.resources.length > 0 ? kustomizationPatching(file) : undefined;
  if (kustomization) for (const resource of read.resources) resource.partial = { reason: `a Kustomize patch listed in ${kustomization}` };
  const notices = kustomization ? [kustomizePatchNotice(file.path, kustomization)] : [];
  return { resources: read.resources, graph: new ResourceGraph([...read.resources, ...siblingNamespacePolicies(file, read.resources)]), errors: read.errors, notices };
}

/**
 * NetworkPolicies, LimitRanges and ResourceQuotas written in other manifests of the same
 * directory, so a workload whose policy sits in `network-policy.yaml` beside its
 * `deployment.yaml` counts as covered.
 */
function siblingNamespacePolicies(file: SourceFile, resources: readonly IacResource[]): IacResource[] {
  if (!file.related || !resources.some((resource) => workloadKinds.includes(resource.type))) return [];
  const slash = file.path.lastIndexOf('/');
  const directory = slash === -1 ? '' : file.path.slice(0, slash);
  const policies: IacResource[] = [];
  for (const sibling of file.related.list(directory, { recursive: false, maxEntries: maxSiblingFiles })) {
    if (sibling === file.path || !manifestExtension.test(sibling)) continue;
    const text = file.related.read(sibling);
    if (!text || !namespacePolicyKind.test(text) || !looksLikeManifest(sibling, text) || isHelmTemplateSource(sibling, text)) continue;
    policies.push(...readKubernetesDocuments(sibling, text).resources.filter((resource) => namespacePolicyKinds.includes(resource.type)));
  }
  return policies;
}
