import { valueAt, type IacResource } from '../iac-resource.ts';
import { isUnknown, UnknownValue, type IacValue } from '../iac-value.ts';
import type { ResourceGraph } from '../resource-graph.ts';

/** The companions found for a target, and whether some other candidate might be one too. */
export interface Companions {
  found: IacResource[];
  /** Set when a candidate's joining value could not be evaluated, so it may configure the target: a missing companion then proves nothing. */
  undecided: UnknownValue | undefined;
}

/**
 * Resources of `type` that configure `target` through one attribute: an S3 bucket's versioning,
 * encryption or public-access-block resource names it in `bucket`, a flow log its VPC in
 * `vpc_id`, a backup selection its cluster in `resources`. The attribute (or an entry of it,
 * for lists) matches when it evaluates to the target's own literal (`bucket = "my-logs"` beside
 * `bucket = "my-logs"`, or `bucket = aws_s3_bucket.logs.bucket`) or is an unresolved reference
 * to the target (`bucket = aws_s3_bucket.logs.id`). Mentions of the target in other attributes
 * (a replication destination) do not count.
 */
export function companionsOf(target: IacResource, graph: ResourceGraph, type: string, attribute: string, targetAttribute?: string): Companions {
  const literal = targetAttribute === undefined ? undefined : valueAt(target, targetAttribute);
  const addresses = new Set([target.address, withoutInstanceKey(target.address)]);
  const found: IacResource[] = [];
  let undecided: UnknownValue | undefined;
  for (const candidate of graph.ofType(type)) {
    const value = valueAt(candidate, attribute);
    const match = pointsAt(value, addresses, literal);
    if (match === 'yes') found.push(candidate);
    else if (match === 'maybe') undecided ??= new UnknownValue(`${candidate.address}.${attribute} could not be evaluated, so it may point at ${target.address}`);
  }
  return { found, undecided };
}

type Match = 'yes' | 'no' | 'maybe';

function pointsAt(value: IacValue | undefined, addresses: ReadonlySet<string>, literal: IacValue | undefined): Match {
  if (Array.isArray(value)) {
    const matches = value.map((entry) => pointsAt(entry, addresses, literal));
    return matches.includes('yes') ? 'yes' : matches.includes('maybe') ? 'maybe' : 'no';
  }
  if (isUnknown(value)) {
    if (value.refersTo.length === 0) return 'maybe';
    return value.refersTo.some((address) => addresses.has(address) || addresses.has(withoutInstanceKey(address))) ? 'yes' : 'no';
  }
  if (typeof value !== 'string' || value === '') return 'no';
  if (typeof literal === 'string') return value === literal ? 'yes' : 'no';
  // The target's name is computed (`"${var.prefix}-logs"`): a literal beside it may well be it.
  return isUnknown(literal) ? 'maybe' : 'no';
}

/** `aws_s3_bucket.data[0]` and `aws_s3_bucket.data["a"]` are instances of `aws_s3_bucket.data`. */
function withoutInstanceKey(address: string): string {
  // A trailing instance key: `[0]` or `["name"]`.
  return address.replace(/\[[^\]]*\]$/, '');
}
