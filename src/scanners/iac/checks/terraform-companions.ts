import { valueAt, type IacResource } from '../iac-resource.ts';
import { isUnknown, type IacValue } from '../iac-value.ts';
import type { ResourceGraph } from '../resource-graph.ts';

/**
 * Resources of `type` that configure `target` through one attribute: an S3 bucket's versioning,
 * encryption or public-access-block resource names it in `bucket`, a flow log its VPC in
 * `vpc_id`, a backup selection its cluster in `resources`. The attribute (or an entry of it, for
 * lists) matches when it is an unresolved reference to the target (`bucket = aws_s3_bucket.logs.id`),
 * evaluates to the target's own literal (`bucket = "my-logs"` beside `bucket = "my-logs"`, or
 * `bucket = aws_s3_bucket.logs.bucket`), or comes from the same unresolved expression as that
 * literal (both `bucket = var.name`). Mentions of the target in other attributes (a replication
 * destination) do not count, and a join that cannot be resolved does not join, as in Checkov.
 */
export function companionsOf(target: IacResource, graph: ResourceGraph, type: string, attribute: string, targetAttribute?: string): IacResource[] {
  const literal = targetAttribute === undefined ? undefined : valueAt(target, targetAttribute);
  const addresses = new Set([target.address, withoutInstanceKey(target.address)]);
  // Resources sharing the target's literal (two buckets both named "example"): a companion that
  // names one of them by reference belongs to that one only.
  const namesakes = typeof literal === 'string' ? graph.ofType(target.type).filter((other) => targetAttribute !== undefined && valueAt(other, targetAttribute) === literal) : [];
  return graph.ofType(type).filter((candidate) => {
    const value = valueAt(candidate, attribute);
    if (!pointsAt(value, addresses, literal)) return false;
    return namesakes.length <= 1 || typeof value !== 'string' || belongsAmongNamesakes(candidate, namesakes, addresses);
  });
}

function pointsAt(value: IacValue | undefined, addresses: ReadonlySet<string>, literal: IacValue | undefined): boolean {
  if (Array.isArray(value)) return value.some((entry) => pointsAt(entry, addresses, literal));
  if (isUnknown(value)) {
    if (value.refersTo.length > 0) return value.refersTo.some((address) => addresses.has(address) || addresses.has(withoutInstanceKey(address)));
    // Both sides unresolved for the same reason: the same variable or local names them.
    return isUnknown(literal) && literal.reason === value.reason;
  }
  return typeof value === 'string' && value !== '' && value === literal;
}

/** A literal shared by several targets: the references of the candidate decide, when they name any of them. */
function belongsAmongNamesakes(candidate: IacResource, namesakes: readonly IacResource[], addresses: ReadonlySet<string>): boolean {
  const referenced = new Set(candidate.references.map(withoutInstanceKey));
  const named = namesakes.filter((other) => referenced.has(withoutInstanceKey(other.address)));
  return named.length === 0 || named.some((other) => addresses.has(other.address) || addresses.has(withoutInstanceKey(other.address)));
}

/** `aws_s3_bucket.data[0]` and `aws_s3_bucket.data["a"]` are instances of `aws_s3_bucket.data`. */
function withoutInstanceKey(address: string): string {
  // A trailing instance key: `[0]` or `["name"]`.
  return address.replace(/\[[^\]]*\]$/, '');
}
