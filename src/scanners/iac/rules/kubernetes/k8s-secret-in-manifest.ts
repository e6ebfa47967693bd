import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';

/**
 * A Secret manifest holds its values in base64, which anyone can decode. Committed, every clone,
 * fork, CI log and backup of the repository carries the credential, and removing it later does not
 * remove it from history.
 */
export const k8sSecretInManifest: IacRule = {
  id: 'k8s-secret-in-manifest',
  title: 'Secret values in a manifest',
  severity: 'high',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Secret'],
  tags: ['CWE-312', 'CWE-798'],
  equivalents: [],
  description: 'A `Secret` object with values under `data` or `stringData` (base64 is an encoding, not encryption). Values are never printed; only the number of keys is.',
  remediation: 'Keep secret values out of the repository: create the Secret at deploy time from a secret manager (External Secrets Operator, Secrets Store CSI driver) or commit it encrypted (Sealed Secrets, SOPS). Rotate any value that was committed.',
  check(secret) {
    const verdicts: IacVerdict[] = [];
    for (const field of ['data', 'stringData']) {
      const values = secret.attributes[field];
      if (!isIacObject(values)) continue;
      const filled = Object.values(values).filter((value) => value !== null && value !== '').length;
      if (filled === 0) continue;
      verdicts.push(fail(`holds ${filled} secret value${filled === 1 ? '' : 's'} under ${field} in the manifest: anyone with the repository or its history can decode ${filled === 1 ? 'it' : 'them'}`, field, { detail: field }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
