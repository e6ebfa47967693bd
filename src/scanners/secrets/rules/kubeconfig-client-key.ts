import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

/**
 * The client key in a kubeconfig authenticates to the cluster API server as its user, often
 * cluster-admin. Client certificates cannot be revoked in Kubernetes: the key works until the
 * certificate expires or the cluster CA is rotated.
 */
export const kubeconfigClientKey: SecretRule = {
  id: 'kubeconfig-client-key',
  title: 'Kubernetes client key in kubeconfig',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-321', 'CWE-798', 'kubernetes'],
  equivalents: ['kubernetes-secret-yaml', 'KubeConfig'],
  description: 'A base64 PEM private key in the client-key-data field of a kubeconfig (YAML or JSON).',
  remediation: 'Remove the user\'s bindings (or rotate the cluster CA if the user cannot be unbound), issue a new credential, and use short-lived OIDC or cloud-provider tokens instead of client certificates.',
  keywords: ['client-key-data'],
  // client-key-data: followed by base64 of "-----BEGIN" (LS0tLS1CRUdJTi) and the rest of the PEM.
  pattern: /client-key-data["']?\s{0,5}:\s{0,5}["']?(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,20000}={0,2})/,
  skipPlaceholderCheck: true,
  validate: (secret) => {
    const pem = decodeBase64(secret);
    return pem !== undefined && /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/.test(pem) && !/\.\.\./.test(pem);
  },
};
