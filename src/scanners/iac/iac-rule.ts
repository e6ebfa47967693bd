import type { Confidence, Severity } from '../../core/severity.ts';
import type { RuleMeta } from '../../core/rule-meta.ts';
import type { AttributePath, IacFormat, IacResource } from './iac-resource.ts';
import type { ResourceGraph } from './resource-graph.ts';

/**
 * What a rule concludes about one resource (or one part of it, such as one container):
 * - `pass`: the resource is configured safely; counted for compliance summaries.
 * - `fail`: it is not; becomes a finding at `path` (the attribute at fault, or the resource when
 *   the attribute is missing).
 * - `unknown`: the deciding value could not be evaluated; never a finding by default (users may
 *   ask to see these at low confidence).
 */
export type IacVerdict =
  | { outcome: 'pass' }
  | {
      outcome: 'fail';
      /** One sentence about this occurrence; the engine prefixes the resource address. */
      message: string;
      path?: AttributePath;
      /** Distinguishes several failures of one rule on one resource (which container, which port) in fingerprints. */
      detail?: string;
      severity?: Severity;
      confidence?: Confidence;
    }
  | { outcome: 'unknown'; reason: string; path?: AttributePath };

export interface IacRuleContext {
  /** Every resource of the scanned file's module or document set, for joins. */
  graph: ResourceGraph;
}

/**
 * An IaC check. Compliance controls are tags (`CIS-AWS-2.1.1`, `CIS-K8S-5.2.2`, `CIS-DOCKER-4.1`)
 * and CWE tags as elsewhere; `equivalents` lists Checkov ids (`CKV_AWS_19`), Trivy AVD ids
 * (`AVD-AWS-0088`), KICS and hadolint ids, so their skip comments apply.
 */
export interface IacRule extends RuleMeta {
  format: IacFormat;
  /** Resource types the rule judges; other resources are "not applicable" to it. */
  resourceTypes: readonly string[];
  check(resource: IacResource, context: IacRuleContext): IacVerdict | readonly IacVerdict[];
}

export const pass: IacVerdict = { outcome: 'pass' };

export function fail(message: string, path?: AttributePath, extra: { detail?: string; severity?: Severity; confidence?: Confidence } = {}): IacVerdict {
  return { outcome: 'fail', message, ...(path === undefined ? {} : { path }), ...extra };
}

export function unknown(reason: string, path?: AttributePath): IacVerdict {
  return { outcome: 'unknown', reason, ...(path === undefined ? {} : { path }) };
}
