import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * RSASHA1 relies on SHA-1, for which practical collisions exist; DNSSEC signatures made with it
 * give weaker assurance that answers are genuine.
 */
export const tfGcpDnsRsasha1Key: IacRule = {
  id: 'tf-gcp-dns-rsasha1-key',
  title: 'Cloud DNS DNSSEC key uses RSASHA1',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-327', 'CIS-GCP-3.4'],
  equivalents: ['CKV_GCP_17', 'AVD-GCP-0012'],
  description: 'A `google_dns_managed_zone` whose `dnssec_config.default_key_specs` has `algorithm = "rsasha1"`.',
  remediation: 'Use `algorithm = "rsasha256"` (or `ecdsap256sha256`) for both the key-signing and zone-signing keys.',
  format: 'terraform',
  resourceTypes: ['google_dns_managed_zone'],
  check(zone) {
    let undecided: string | undefined;
    for (const [index, spec] of blocksAt(zone, 'dnssec_config.default_key_specs').entries()) {
      const algorithm = isUnknown(spec) ? spec : valueAt(spec, 'algorithm');
      if (isUnknown(algorithm)) undecided ??= algorithm.reason;
      else if (algorithm === 'rsasha1') return fail('a DNSSEC key uses RSASHA1, whose SHA-1 hash has practical collisions', `dnssec_config.0.default_key_specs.${index}.algorithm`);
    }
    return undecided === undefined ? pass : unknown(undecided, 'dnssec_config');
  },
};
