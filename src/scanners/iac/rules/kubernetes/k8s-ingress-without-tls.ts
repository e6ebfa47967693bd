import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Without TLS the Ingress serves plain HTTP: credentials, session cookies and data cross the
 * network readable and alterable by anyone on the path.
 */
export const k8sIngressWithoutTls: IacRule = {
  id: 'k8s-ingress-without-tls',
  title: 'Ingress without TLS',
  severity: 'medium',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Ingress'],
  tags: ['CWE-319'],
  equivalents: [],
  description: 'An Ingress without a `spec.tls` section.',
  remediation: 'Add `spec.tls` with the hosts and a certificate Secret (for example issued by cert-manager), and redirect HTTP to HTTPS.',
  check(ingress) {
    const tls = valueAt(ingress, 'spec.tls');
    if (Array.isArray(tls) && tls.length > 0) return pass;
    return fail('serves plain HTTP (no spec.tls): credentials and cookies cross the network readable by anyone on the path', tls === undefined ? 'spec' : 'spec.tls');
  },
};
