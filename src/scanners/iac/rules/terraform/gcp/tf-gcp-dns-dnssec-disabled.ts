import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Without DNSSEC, resolvers cannot verify answers for the zone, so cache poisoning or a hijacked
 * path can send users to attacker-controlled addresses.
 */
export const tfGcpDnsDnssecDisabled: IacRule = {
  id: 'tf-gcp-dns-dnssec-disabled',
  title: 'Cloud DNS public zone without DNSSEC',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-345', 'CIS-GCP-3.3'],
  equivalents: ['CKV_GCP_16', 'AVD-GCP-0013'],
  description: 'A public `google_dns_managed_zone` without `dnssec_config { state = "on" }` (or `"transfer"`). Private zones are not judged.',
  remediation: 'Add `dnssec_config { state = "on" }` and publish the DS record at the registrar.',
  format: 'terraform',
  resourceTypes: ['google_dns_managed_zone'],
  check(zone) {
    const visibility = valueAt(zone, 'visibility');
    if (isUnknown(visibility)) return unknown(visibility.reason, 'visibility');
    if (visibility === 'private') return unknown('DNSSEC does not apply to private zones', 'visibility');
    return expectAttribute(zone, 'dnssec_config.state', {
      accept: isOneOf('on', 'transfer'),
      whenMissing: 'fail',
      message: 'the zone is not signed with DNSSEC: forged answers can send its users to attacker-controlled addresses',
    });
  },
};
