import type { IacRule } from '../../iac-rule.ts';
import { k8sApparmorUnconfined } from './k8s-apparmor-unconfined.ts';
import { k8sCapabilitiesAdded } from './k8s-capabilities-added.ts';
import { k8sCapabilitiesNotDropped } from './k8s-capabilities-not-dropped.ts';
import { k8sCapabilityBeyondBaseline } from './k8s-capability-beyond-baseline.ts';
import { k8sClusterAdminBinding } from './k8s-cluster-admin-binding.ts';
import { k8sContainerSecurityContextMissing } from './k8s-container-security-context-missing.ts';
import { k8sCpuLimitsMissing } from './k8s-cpu-limits-missing.ts';
import { k8sCpuRequestsMissing } from './k8s-cpu-requests-missing.ts';
import { k8sDashboardDeployed } from './k8s-dashboard-deployed.ts';
import { k8sDefaultNamespace } from './k8s-default-namespace.ts';
import { k8sDefaultServiceAccountAutomount } from './k8s-default-service-account-automount.ts';
import { k8sDefaultServiceAccountBinding } from './k8s-default-service-account-binding.ts';
import { k8sDockerSocketMount } from './k8s-docker-socket-mount.ts';
import { k8sHostIpc } from './k8s-host-ipc.ts';
import { k8sHostNetwork } from './k8s-host-network.ts';
import { k8sHostPathVolume } from './k8s-host-path-volume.ts';
import { k8sHostPid } from './k8s-host-pid.ts';
import { k8sHostPort } from './k8s-host-port.ts';
import { k8sImagePullPolicyNotAlways } from './k8s-image-pull-policy-not-always.ts';
import { k8sImageTagLatest } from './k8s-image-tag-latest.ts';
import { k8sImageWithoutDigest } from './k8s-image-without-digest.ts';
import { k8sIngressWithoutTls } from './k8s-ingress-without-tls.ts';
import { k8sLivenessProbeMissing } from './k8s-liveness-probe-missing.ts';
import { k8sLowUid } from './k8s-low-uid.ts';
import { k8sMemoryLimitsMissing } from './k8s-memory-limits-missing.ts';
import { k8sMemoryRequestsMissing } from './k8s-memory-requests-missing.ts';
import { k8sMissingNetworkPolicy } from './k8s-missing-network-policy.ts';
import { k8sNamespaceWithoutLimitRange } from './k8s-namespace-without-limit-range.ts';
import { k8sNamespaceWithoutResourceQuota } from './k8s-namespace-without-resource-quota.ts';
import { k8sNetRawNotDropped } from './k8s-net-raw-not-dropped.ts';
import { k8sPodSecurityContextMissing } from './k8s-pod-security-context-missing.ts';
import { k8sPrivilegeEscalationAllowed } from './k8s-privilege-escalation-allowed.ts';
import { k8sPrivilegedContainer } from './k8s-privileged-container.ts';
import { k8sProcMountUnmasked } from './k8s-proc-mount-unmasked.ts';
import { k8sRbacBindVerb } from './k8s-rbac-bind-verb.ts';
import { k8sRbacCreatePods } from './k8s-rbac-create-pods.ts';
import { k8sRbacEscalateVerb } from './k8s-rbac-escalate-verb.ts';
import { k8sRbacImpersonateVerb } from './k8s-rbac-impersonate-verb.ts';
import { k8sRbacPodExec } from './k8s-rbac-pod-exec.ts';
import { k8sRbacSecretsAccess } from './k8s-rbac-secrets-access.ts';
import { k8sRbacWildcard } from './k8s-rbac-wildcard.ts';
import { k8sReadinessProbeMissing } from './k8s-readiness-probe-missing.ts';
import { k8sRestrictedVolumeType } from './k8s-restricted-volume-type.ts';
import { k8sRunAsRootAllowed } from './k8s-run-as-root-allowed.ts';
import { k8sRunAsUserRoot } from './k8s-run-as-user-root.ts';
import { k8sSeccompProfileMissing } from './k8s-seccomp-profile-missing.ts';
import { k8sSeccompUnconfined } from './k8s-seccomp-unconfined.ts';
import { k8sSecretInEnv } from './k8s-secret-in-env.ts';
import { k8sSecretInManifest } from './k8s-secret-in-manifest.ts';
import { k8sSelinuxCustomOptions } from './k8s-selinux-custom-options.ts';
import { k8sServiceAccountTokenAutomount } from './k8s-service-account-token-automount.ts';
import { k8sServiceExposed } from './k8s-service-exposed.ts';
import { k8sSysAdminCapability } from './k8s-sys-admin-capability.ts';
import { k8sTillerDeployed } from './k8s-tiller-deployed.ts';
import { k8sTillerService } from './k8s-tiller-service.ts';
import { k8sUnsafeSysctls } from './k8s-unsafe-sysctls.ts';
import { k8sWindowsHostProcess } from './k8s-windows-host-process.ts';
import { k8sWritableRootFilesystem } from './k8s-writable-root-filesystem.ts';

/** Registry: one line per rule, sorted by id. */
export const kubernetesRules: readonly IacRule[] = [
  k8sApparmorUnconfined,
  k8sCapabilitiesAdded,
  k8sCapabilitiesNotDropped,
  k8sCapabilityBeyondBaseline,
  k8sClusterAdminBinding,
  k8sContainerSecurityContextMissing,
  k8sCpuLimitsMissing,
  k8sCpuRequestsMissing,
  k8sDashboardDeployed,
  k8sDefaultNamespace,
  k8sDefaultServiceAccountAutomount,
  k8sDefaultServiceAccountBinding,
  k8sDockerSocketMount,
  k8sHostIpc,
  k8sHostNetwork,
  k8sHostPathVolume,
  k8sHostPid,
  k8sHostPort,
  k8sImagePullPolicyNotAlways,
  k8sImageTagLatest,
  k8sImageWithoutDigest,
  k8sIngressWithoutTls,
  k8sLivenessProbeMissing,
  k8sLowUid,
  k8sMemoryLimitsMissing,
  k8sMemoryRequestsMissing,
  k8sMissingNetworkPolicy,
  k8sNamespaceWithoutLimitRange,
  k8sNamespaceWithoutResourceQuota,
  k8sNetRawNotDropped,
  k8sPodSecurityContextMissing,
  k8sPrivilegeEscalationAllowed,
  k8sPrivilegedContainer,
  k8sProcMountUnmasked,
  k8sRbacBindVerb,
  k8sRbacCreatePods,
  k8sRbacEscalateVerb,
  k8sRbacImpersonateVerb,
  k8sRbacPodExec,
  k8sRbacSecretsAccess,
  k8sRbacWildcard,
  k8sReadinessProbeMissing,
  k8sRestrictedVolumeType,
  k8sRunAsRootAllowed,
  k8sRunAsUserRoot,
  k8sSeccompProfileMissing,
  k8sSeccompUnconfined,
  k8sSecretInEnv,
  k8sSecretInManifest,
  k8sSelinuxCustomOptions,
  k8sServiceAccountTokenAutomount,
  k8sServiceExposed,
  k8sSysAdminCapability,
  k8sTillerDeployed,
  k8sTillerService,
  k8sUnsafeSysctls,
  k8sWindowsHostProcess,
  k8sWritableRootFilesystem,
];
