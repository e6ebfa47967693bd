import { blocksAt, type IacResource } from '../iac-resource.ts';
import type { ResourceGraph } from '../resource-graph.ts';
import { asBoolean, isIacObject, isUnknown, type IacObject, type UnknownValue } from '../iac-value.ts';

/** Where a SQL server's auditing is configured: its own block, or a policy resource that points at it. */
export interface SqlAuditingPolicy {
  /** The policy's settings, or an unknown when a dynamic block could not be worked out. */
  settings: IacObject | UnknownValue;
  /** True for the server's own `extended_auditing_policy` block, false for a separate policy resource. */
  inline: boolean;
  resource: IacResource;
}

/**
 * Auditing policies of an `azurerm_mssql_server` / `azurerm_sql_server`: the deprecated inline
 * `extended_auditing_policy` block, and `azurerm_mssql_server_extended_auditing_policy` resources
 * whose `server_id` refers to it. A policy resource with `enabled = false` does not count.
 */
export function sqlAuditingPolicies(server: IacResource, graph: ResourceGraph): SqlAuditingPolicy[] {
  const policies: SqlAuditingPolicy[] = [];
  for (const block of blocksAt(server, 'extended_auditing_policy')) {
    if (isUnknown(block) || isIacObject(block)) policies.push({ settings: block, inline: true, resource: server });
  }
  for (const policy of graph.attachedTo(server, 'azurerm_mssql_server_extended_auditing_policy')) {
    if (asBoolean(policy.attributes.enabled) === false) continue;
    policies.push({ settings: policy.attributes, inline: false, resource: policy });
  }
  return policies;
}
