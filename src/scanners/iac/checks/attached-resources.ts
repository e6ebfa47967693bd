import { valueAt, type IacResource } from '../iac-resource.ts';
import type { ResourceGraph } from '../resource-graph.ts';

/**
 * Resources of `type` that configure `target`. A candidate that refers to resources of the
 * target's type is attached only when one of them is the target: `server_name =
 * azurerm_sql_server.a.name` evaluates to a plain name, and two servers may share it. A candidate
 * that refers to none is matched by literal: its `attribute` equals the target's `targetAttribute`
 * (`storage_account_name = "logs"` beside an account named "logs").
 */
export function attachedResources(target: IacResource, graph: ResourceGraph, type: string, match: { attribute: string; targetAttribute: string }): IacResource[] {
  const addresses = new Set([target.address, withoutInstanceKey(target.address)]);
  const literal = valueAt(target, match.targetAttribute);
  return graph.ofType(type).filter((candidate) => {
    const sameType = candidate.references.filter((address) => graph.byAddress(address)?.type === target.type);
    if (sameType.length > 0) return sameType.some((address) => addresses.has(address) || addresses.has(withoutInstanceKey(address)));
    return typeof literal === 'string' && valueAt(candidate, match.attribute) === literal;
  });
}

/** `azurerm_sql_server.a[0]` and `azurerm_sql_server.a["x"]` are instances of `azurerm_sql_server.a`. */
function withoutInstanceKey(address: string): string {
  // A trailing instance key: `[0]` or `["name"]`.
  return address.replace(/\[[^\]]*\]$/, '');
}
