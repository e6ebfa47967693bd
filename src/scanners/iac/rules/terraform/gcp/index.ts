import type { IacRule } from '../../../iac-rule.ts';
import { tfGcpBigqueryDatasetNotEncryptedWithCmk } from './tf-gcp-bigquery-dataset-not-encrypted-with-cmk.ts';
import { tfGcpBigqueryDatasetPublic } from './tf-gcp-bigquery-dataset-public.ts';
import { tfGcpComputeBootDiskNoCsek } from './tf-gcp-compute-boot-disk-no-csek.ts';
import { tfGcpComputeDefaultServiceAccount } from './tf-gcp-compute-default-service-account.ts';
import { tfGcpComputeDefaultServiceAccountFullScope } from './tf-gcp-compute-default-service-account-full-scope.ts';
import { tfGcpComputeDiskNoCsek } from './tf-gcp-compute-disk-no-csek.ts';
import { tfGcpComputeIpForwardingEnabled } from './tf-gcp-compute-ip-forwarding-enabled.ts';
import { tfGcpComputeOsLoginDisabled } from './tf-gcp-compute-os-login-disabled.ts';
import { tfGcpComputeProjectSshKeysAllowed } from './tf-gcp-compute-project-ssh-keys-allowed.ts';
import { tfGcpComputePublicIp } from './tf-gcp-compute-public-ip.ts';
import { tfGcpComputeSerialPortEnabled } from './tf-gcp-compute-serial-port-enabled.ts';
import { tfGcpComputeShieldedVmDisabled } from './tf-gcp-compute-shielded-vm-disabled.ts';
import { tfGcpFirewallAllPortsOpenToWorld } from './tf-gcp-firewall-all-ports-open-to-world.ts';
import { tfGcpFirewallFtpDataOpenToWorld } from './tf-gcp-firewall-ftp-data-open-to-world.ts';
import { tfGcpFirewallFtpOpenToWorld } from './tf-gcp-firewall-ftp-open-to-world.ts';
import { tfGcpFirewallHttpOpenToWorld } from './tf-gcp-firewall-http-open-to-world.ts';
import { tfGcpFirewallMysqlOpenToWorld } from './tf-gcp-firewall-mysql-open-to-world.ts';
import { tfGcpFirewallRdpOpenToWorld } from './tf-gcp-firewall-rdp-open-to-world.ts';
import { tfGcpFirewallSshOpenToWorld } from './tf-gcp-firewall-ssh-open-to-world.ts';
import { tfGcpProjectOsLoginDisabled } from './tf-gcp-project-os-login-disabled.ts';
import { tfGcpStorageBucketLoggingDisabled } from './tf-gcp-storage-bucket-logging-disabled.ts';
import { tfGcpStorageBucketPublicIam } from './tf-gcp-storage-bucket-public-iam.ts';
import { tfGcpStorageBucketUniformAccessDisabled } from './tf-gcp-storage-bucket-uniform-access-disabled.ts';
import { tfGcpStorageBucketVersioningDisabled } from './tf-gcp-storage-bucket-versioning-disabled.ts';
import { tfGcpSubnetFlowLogsDisabled } from './tf-gcp-subnet-flow-logs-disabled.ts';
import { tfGcpSubnetPrivateGoogleAccessDisabled } from './tf-gcp-subnet-private-google-access-disabled.ts';

/** Registry: one line per rule, sorted by id. */
export const terraformGcpRules: readonly IacRule[] = [
  tfGcpBigqueryDatasetNotEncryptedWithCmk,
  tfGcpBigqueryDatasetPublic,
  tfGcpComputeBootDiskNoCsek,
  tfGcpComputeDefaultServiceAccount,
  tfGcpComputeDefaultServiceAccountFullScope,
  tfGcpComputeDiskNoCsek,
  tfGcpComputeIpForwardingEnabled,
  tfGcpComputeOsLoginDisabled,
  tfGcpComputeProjectSshKeysAllowed,
  tfGcpComputePublicIp,
  tfGcpComputeSerialPortEnabled,
  tfGcpComputeShieldedVmDisabled,
  tfGcpFirewallAllPortsOpenToWorld,
  tfGcpFirewallFtpDataOpenToWorld,
  tfGcpFirewallFtpOpenToWorld,
  tfGcpFirewallHttpOpenToWorld,
  tfGcpFirewallMysqlOpenToWorld,
  tfGcpFirewallRdpOpenToWorld,
  tfGcpFirewallSshOpenToWorld,
  tfGcpProjectOsLoginDisabled,
  tfGcpStorageBucketLoggingDisabled,
  tfGcpStorageBucketPublicIam,
  tfGcpStorageBucketUniformAccessDisabled,
  tfGcpStorageBucketVersioningDisabled,
  tfGcpSubnetFlowLogsDisabled,
  tfGcpSubnetPrivateGoogleAccessDisabled,
];
