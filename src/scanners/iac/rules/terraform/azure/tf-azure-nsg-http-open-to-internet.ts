import { nsgRuleVerdicts, opensPortToInternet } from '../../../checks/azure-nsg-rule.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Plain HTTP open to the Internet serves content and credentials unencrypted; public web traffic
 * should arrive over HTTPS, through a gateway or front door rather than straight at the VMs.
 */
export const tfAzureNsgHttpOpenToInternet: IacRule = {
  id: 'tf-azure-nsg-http-open-to-internet',
  title: 'HTTP (port 80) open to the Internet',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
  tags: ['CWE-319'],
  equivalents: ['CKV_AZURE_160'],
  description: 'An inbound `Allow` rule (a `security_rule` block of `azurerm_network_security_group`, or an `azurerm_network_security_rule`) for protocol `Tcp` or `*` whose `destination_port_range` or `destination_port_ranges` include port 80 (`80`, a range such as `80-80` or `0-65535`, or `*`) and whose `source_address_prefix` or `source_address_prefixes` include `*`, `Internet`, `Any`, `0.0.0.0` or a `/0` network.',
  remediation: 'Serve the site over HTTPS (port 443) and redirect HTTP there at a gateway (Application Gateway, Front Door), or restrict `source_address_prefix` to known networks.',
  check: (resource) => nsgRuleVerdicts(resource, (rule) => opensPortToInternet(rule, 80, ['tcp']), 'plain HTTP is reachable from the whole Internet: traffic to it can be read and altered in transit'),
};
