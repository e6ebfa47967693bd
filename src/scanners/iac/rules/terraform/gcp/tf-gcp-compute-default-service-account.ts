import { GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** The Compute Engine default service account: `<project number>-compute@developer.gserviceaccount.com`. */
const DEFAULT_COMPUTE_ACCOUNT = /^\d+-compute@developer\.gserviceaccount\.com$/;

/**
 * The Compute Engine default service account holds the Editor role on the project unless someone
 * removed it, so code running on the VM (or anyone who compromises it) can change nearly everything
 * in the project.
 */
export const tfGcpComputeDefaultServiceAccount: IacRule = {
  id: 'tf-gcp-compute-default-service-account',
  title: 'VM runs as the Compute Engine default service account',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-250', 'CIS-GCP-4.1'],
  equivalents: ['CKV_GCP_30', 'AVD-GCP-0044'],
  description: 'A `google_compute_instance`, instance template or instance from template whose `service_account` block names the default `<number>-compute@developer.gserviceaccount.com` account or no `email` (which selects the default). GKE nodes (`gke-…`) are excepted; a VM without `service_account` has no account and passes.',
  remediation: 'Create a dedicated `google_service_account` with only the roles the workload needs and set `service_account { email = google_service_account.app.email, scopes = ["cloud-platform"] }`.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check(vm) {
    const name = valueAt(vm, 'name');
    if (typeof name === 'string' && name.startsWith('gke-')) return pass;
    const account = valueAt(vm, 'service_account');
    if (account === undefined || account === null || (Array.isArray(account) && account.length === 0)) {
      return vm.type === 'google_compute_instance' ? pass : unknown('no service_account block is written, so the account comes from elsewhere', 'service_account');
    }
    if (isUnknown(account)) return unknown(account.reason, 'service_account');
    const email = valueAt(vm, 'service_account.email');
    if (isUnknown(email)) return unknown(email.reason, 'service_account.email');
    const message = 'the VM runs as the Compute Engine default service account, which has Editor on the project by default: a compromise of the VM can change almost anything in the project';
    if (email === undefined || email === null || email === '') return fail(message, 'service_account');
    return typeof email === 'string' && DEFAULT_COMPUTE_ACCOUNT.test(email) ? fail(message, 'service_account.email') : pass;
  },
};
