import type { IacRule } from '../../iac-rule.ts';
import { k8sHostIpc } from './k8s-host-ipc.ts';
import { k8sHostNetwork } from './k8s-host-network.ts';
import { k8sHostPid } from './k8s-host-pid.ts';
import { k8sHostPort } from './k8s-host-port.ts';
import { k8sPrivilegeEscalationAllowed } from './k8s-privilege-escalation-allowed.ts';
import { k8sPrivilegedContainer } from './k8s-privileged-container.ts';

/** Registry: one line per rule, sorted by id. */
export const kubernetesRules: readonly IacRule[] = [
  k8sHostIpc,
  k8sHostNetwork,
  k8sHostPid,
  k8sHostPort,
  k8sPrivilegeEscalationAllowed,
  k8sPrivilegedContainer,
];
