import { valueAt, type AttributePath, type IacResource } from '../iac-resource.ts';
import { unknown, type IacVerdict } from '../iac-rule.ts';

/**
 * A `google_compute_instance_from_template` inherits whatever it does not write from its
 * `source_instance_template`, which the scanner does not follow: when the deciding attribute is
 * not written, the template decides and the verdict is unknown. Undefined for everything else.
 */
export function decidedByTemplate(instance: IacResource, path: AttributePath): IacVerdict | undefined {
  if (instance.type !== 'google_compute_instance_from_template' && valueAt(instance, 'source_instance_template') === undefined) return undefined;
  if (valueAt(instance, path) !== undefined) return undefined;
  return unknown(`${path} is not written, so it comes from the source instance template`, path);
}

/** The compute resources that describe a VM: the instance, its template, and an instance created from a template. */
export const GCP_VM_TYPES: readonly string[] = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_instance_from_template'];
