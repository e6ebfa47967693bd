import { allOf, anyOf, equalsIgnoringCase, isInternetSource, listAny, nsgRuleVerdicts, type Maybe, type NsgRule } from '../../../checks/azure-nsg-rule.ts';
import type { IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * UDP services (DNS, NTP, SNMP, memcached…) exposed to the Internet are abused for reflection and
 * amplification attacks and leak information; they rarely need to be public.
 */
export const tfAzureNsgUdpOpenToInternet: IacRule = {
  id: 'tf-azure-nsg-udp-open-to-internet',
  title: 'UDP open to the Internet',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_77'],
  description: 'An inbound `Allow` rule for protocol `Udp` (any port) whose `source_address_prefix` or `source_address_prefixes` include `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` network.',
  remediation: 'Restrict `source_address_prefix` to the networks that need the service, or remove the rule.',
  check: (resource) => nsgRuleVerdicts(resource, opensUdpToInternet, 'UDP services are reachable from the whole Internet: they can be abused for amplification attacks or probed for data'),
};

function opensUdpToInternet(rule: NsgRule): Maybe {
  if (isUnknown(rule.value)) return rule.value;
  const { access, direction, protocol, source_address_prefix: source, source_address_prefixes: sources } = rule.value;
  return allOf([
    equalsIgnoringCase(access, ['allow']),
    equalsIgnoringCase(direction, ['inbound']),
    equalsIgnoringCase(protocol, ['udp']),
    anyOf([isInternetSource(source), listAny(sources, isInternetSource)]),
  ]);
}
