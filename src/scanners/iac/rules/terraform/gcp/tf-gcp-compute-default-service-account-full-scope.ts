import { GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** The Compute Engine default service account: `<project number>-compute@developer.gserviceaccount.com`. */
const DEFAULT_COMPUTE_ACCOUNT = /^\d+-compute@developer\.gserviceaccount\.com$/;
const FULL_SCOPES = new Set(['cloud-platform', 'https://www.googleapis.com/auth/cloud-platform']);

/**
 * The default service account is an Editor; with the `cloud-platform` scope nothing limits what its
 * token can do, so any code execution on the VM (or a server-side request forgery to the metadata
 * server) yields a token that can rewrite the project.
 */
export const tfGcpComputeDefaultServiceAccountFullScope: IacRule = {
  id: 'tf-gcp-compute-default-service-account-full-scope',
  title: 'VM uses the default service account with full Cloud API access',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-250', 'CIS-GCP-4.2'],
  equivalents: ['CKV_GCP_31'],
  description: 'A `google_compute_instance`, instance template or instance from template whose `service_account` is the default compute account (or has no `email`) with the `cloud-platform` scope.',
  remediation: 'Use a dedicated service account with least-privilege roles; if the default account must stay, list only the scopes the workload needs instead of `cloud-platform`.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check(vm) {
    const name = valueAt(vm, 'name');
    if (isUnknown(name)) return unknown(name.reason, 'name');
    if (typeof name === 'string' && name.startsWith('gke-')) return pass;
    const account = valueAt(vm, 'service_account');
    if (account === undefined || account === null) return pass;
    if (isUnknown(account)) return unknown(account.reason, 'service_account');
    const email = valueAt(vm, 'service_account.email');
    if (isUnknown(email)) return unknown(email.reason, 'service_account.email');
    if (typeof email === 'string' && email !== '' && !DEFAULT_COMPUTE_ACCOUNT.test(email)) return pass;
    const scopes = valueAt(vm, 'service_account.scopes');
    const list = Array.isArray(scopes) ? scopes : scopes === undefined ? [] : [scopes];
    if (list.some((scope) => typeof scope === 'string' && FULL_SCOPES.has(scope))) {
      return fail('the VM runs as the default Editor service account with the cloud-platform scope: any code on it gets a token that can change nearly everything in the project', 'service_account.scopes');
    }
    const unknownScope = list.find(isUnknown);
    return unknownScope ? unknown(unknownScope.reason, 'service_account.scopes') : pass;
  },
};
