import { allOf, anyOf, equalsIgnoringCase, isInternetSource, listAny, nsgRuleVerdicts, portsInclude, type Maybe, type NsgRule } from '../../../checks/azure-nsg-rule.ts';
import type { IacRule } from '../../../iac-rule.ts';
import { isUnknown, type IacValue } from '../../../iac-value.ts';

/**
 * A rule allowing every port from the Internet exposes every service on the machines behind it,
 * including databases, management agents and debug ports nobody meant to publish.
 */
export const tfAzureNsgAllPortsOpenToInternet: IacRule = {
  id: 'tf-azure-nsg-all-ports-open-to-internet',
  title: 'All ports open to the Internet',
  severity: 'critical',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
  tags: ['CWE-284'],
  equivalents: ['AVD-AZU-0047'],
  description: 'An inbound `Allow` rule for protocol `Tcp`, `Udp` or `*` whose `destination_port_range` is `*` or `0-65535` (or a `destination_port_ranges` entry covering every port) and whose source includes `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` network.',
  remediation: 'Allow only the ports the service needs (e.g. `443`) and restrict `source_address_prefix` for anything administrative.',
  check: (resource) => nsgRuleVerdicts(resource, opensEveryPort, 'every port is reachable from the whole Internet: any service on the machines, meant to be public or not, can be attacked'),
};

function opensEveryPort(rule: NsgRule): Maybe {
  if (isUnknown(rule.value)) return rule.value;
  const attributes = rule.value;
  return allOf([
    equalsIgnoringCase(attributes.access, ['allow']),
    equalsIgnoringCase(attributes.direction, ['inbound']),
    // ICMP and other port-less protocols expose no services by port.
    equalsIgnoringCase(attributes.protocol, ['tcp', 'udp', '*']),
    anyOf([coversAll(attributes.destination_port_range), listAny(attributes.destination_port_ranges, coversAll)]),
    anyOf([isInternetSource(attributes.source_address_prefix), listAny(attributes.source_address_prefixes, isInternetSource)]),
  ]);
}

// Every port: the range reaches from the first port (0 or 1) to 65535.
function coversAll(value: IacValue | undefined): Maybe {
  return allOf([anyOf([portsInclude(value, 0), portsInclude(value, 1)]), portsInclude(value, 65535)]);
}
