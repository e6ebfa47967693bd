import type { IacRule } from '../../../iac-rule.ts';
import { tfAlicloudActiontrailNotAllEvents } from './tf-alicloud-actiontrail-not-all-events.ts';
import { tfAlicloudActiontrailNotAllRegions } from './tf-alicloud-actiontrail-not-all-regions.ts';
import { tfAlicloudOssBucketLoggingDisabled } from './tf-alicloud-oss-bucket-logging-disabled.ts';
import { tfAlicloudOssBucketNotEncryptedWithCmk } from './tf-alicloud-oss-bucket-not-encrypted-with-cmk.ts';
import { tfAlicloudOssBucketPublic } from './tf-alicloud-oss-bucket-public.ts';
import { tfAlicloudOssBucketTransferAccelerationDisabled } from './tf-alicloud-oss-bucket-transfer-acceleration-disabled.ts';
import { tfAlicloudOssBucketVersioningDisabled } from './tf-alicloud-oss-bucket-versioning-disabled.ts';
import { tfAlicloudRdsLogConnectionsDisabled } from './tf-alicloud-rds-log-connections-disabled.ts';
import { tfAlicloudRdsLogDisconnectionsDisabled } from './tf-alicloud-rds-log-disconnections-disabled.ts';
import { tfAlicloudRdsLogDurationDisabled } from './tf-alicloud-rds-log-duration-disabled.ts';
import { tfAlicloudRdsMinorUpgradeDisabled } from './tf-alicloud-rds-minor-upgrade-disabled.ts';
import { tfAlicloudRdsPublic } from './tf-alicloud-rds-public.ts';
import { tfAlicloudRdsSqlCollectorRetentionShort } from './tf-alicloud-rds-sql-collector-retention-short.ts';
import { tfAlicloudRdsSslDisabled } from './tf-alicloud-rds-ssl-disabled.ts';
import { tfAlicloudRdsTdeDisabled } from './tf-alicloud-rds-tde-disabled.ts';
import { tfLinodeProviderHardcodedToken } from './tf-linode-provider-hardcoded-token.ts';
import { tfNcpProviderHardcodedCredentials } from './tf-ncp-provider-hardcoded-credentials.ts';
import { tfOciBucketEventsDisabled } from './tf-oci-bucket-events-disabled.ts';
import { tfOciBucketNotEncryptedWithCmk } from './tf-oci-bucket-not-encrypted-with-cmk.ts';
import { tfOciBucketPublic } from './tf-oci-bucket-public.ts';
import { tfOciBucketVersioningDisabled } from './tf-oci-bucket-versioning-disabled.ts';
import { tfOciProviderPrivateKeyPassword } from './tf-oci-provider-private-key-password.ts';
import { tfOpenstackProviderHardcodedCredentials } from './tf-openstack-provider-hardcoded-credentials.ts';
import { tfPanosProviderHardcodedCredentials } from './tf-panos-provider-hardcoded-credentials.ts';

/** Registry: one line per rule, sorted by id. */
export const terraformOtherRules: readonly IacRule[] = [
  tfAlicloudActiontrailNotAllEvents,
  tfAlicloudActiontrailNotAllRegions,
  tfAlicloudOssBucketLoggingDisabled,
  tfAlicloudOssBucketNotEncryptedWithCmk,
  tfAlicloudOssBucketPublic,
  tfAlicloudOssBucketTransferAccelerationDisabled,
  tfAlicloudOssBucketVersioningDisabled,
  tfAlicloudRdsLogConnectionsDisabled,
  tfAlicloudRdsLogDisconnectionsDisabled,
  tfAlicloudRdsLogDurationDisabled,
  tfAlicloudRdsMinorUpgradeDisabled,
  tfAlicloudRdsPublic,
  tfAlicloudRdsSqlCollectorRetentionShort,
  tfAlicloudRdsSslDisabled,
  tfAlicloudRdsTdeDisabled,
  tfLinodeProviderHardcodedToken,
  tfNcpProviderHardcodedCredentials,
  tfOciBucketEventsDisabled,
  tfOciBucketNotEncryptedWithCmk,
  tfOciBucketPublic,
  tfOciBucketVersioningDisabled,
  tfOciProviderPrivateKeyPassword,
  tfOpenstackProviderHardcodedCredentials,
  tfPanosProviderHardcodedCredentials,
];
