import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';

/**
 * A Service in front of Tiller, Helm v2's in-cluster server, makes its unauthenticated gRPC port
 * reachable from every pod (or beyond): whoever reaches it installs charts with Tiller's usually
 * cluster-wide rights.
 */
export const k8sTillerService: IacRule = {
  id: 'k8s-tiller-service',
  title: 'Helm v2 Tiller service',
  severity: 'high',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Service'],
  tags: ['CWE-306'],
  equivalents: ['CKV_K8S_44'],
  description: 'A Service whose name, labels or selector mention `tiller`.',
  remediation: 'Delete the Tiller Service (and Tiller itself) and migrate to Helm 3.',
  check(service) {
    const mentionsTiller = (value: unknown) => String(value).toLowerCase().includes('tiller');
    if (mentionsTiller(valueAt(service, 'metadata.name'))) return fail('exposes Helm v2 Tiller: whoever reaches it installs charts with Tiller\'s cluster-wide rights', 'metadata.name');
    for (const path of ['metadata.labels', 'spec.selector']) {
      const map = valueAt(service, path);
      if (isIacObject(map) && Object.values(map).some(mentionsTiller)) return fail('exposes Helm v2 Tiller: whoever reaches it installs charts with Tiller\'s cluster-wide rights', path);
    }
    return pass;
  },
};
