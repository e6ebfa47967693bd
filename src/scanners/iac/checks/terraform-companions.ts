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
export function companionsOf(target: IacResource, graph: ResourceGraph, type: string, attribute: string, targetAttribute?: string): readonly IacResource[] {
  // Several rules ask for the same companions of one bucket (its encryption, its public-access block): found once per graph.
  let known = companionsByGraph.get(graph);
  if (!known) {
    known = new Map();
    companionsByGraph.set(graph, known);
  }
  const key = `${target.address}\0${type}\0${attribute}\0${targetAttribute ?? ''}`;
  let found = known.get(key);
  if (!found) {
    found = findCompanions(target, graph, type, attribute, targetAttribute);
    known.set(key, found);
  }
  return found;
}

const companionsByGraph = new WeakMap<ResourceGraph, Map<string, readonly IacResource[]>>();

function findCompanions(target: IacResource, graph: ResourceGraph, type: string, attribute: string, targetAttribute: string | undefined): IacResource[] {
  const literal = targetAttribute === undefined ? undefined : valueAt(target, targetAttribute);
  const addresses = new Set([target.address, withoutInstanceKey(target.address)]);
  // Resources sharing the target's literal (two buckets both named "example"): a companion that
  // names one of them by reference belongs to that one only.
  const namesakes = typeof literal === 'string' && targetAttribute !== undefined ? (joinIndex(graph, target.type, targetAttribute).get(stringKey(literal)) ?? []).filter((other) => valueAt(other, targetAttribute) === literal) : [];
  return candidatesFor(graph, type, attribute, addresses, literal).filter((candidate) => {
    const value = valueAt(candidate, attribute);
    if (!pointsAt(value, addresses, literal)) return false;
    return namesakes.length <= 1 || typeof value !== 'string' || belongsAmongNamesakes(candidate, namesakes, addresses);
  });
}

/**
 * Every resource of `type` whose `attribute` may point at the target, in graph order: a superset
 * that `pointsAt` then decides on. Looking candidates up by key instead of testing every resource
 * of the type keeps a module with thousands of buckets and companions linear.
 */
function candidatesFor(graph: ResourceGraph, type: string, attribute: string, addresses: ReadonlySet<string>, literal: IacValue | undefined): IacResource[] {
  const index = joinIndex(graph, type, attribute);
  const keys = [...addresses].map(addressKey);
  if (typeof literal === 'string') keys.push(stringKey(literal));
  else if (isUnknown(literal)) keys.push(reasonKey(literal.reason));
  const found = new Set<IacResource>();
  for (let keyIndex = 0; keyIndex < keys.length; keyIndex++) {
    const filed = index.get(keys[keyIndex]!);
    if (filed) for (let position = 0; position < filed.length; position++) found.add(filed[position]!);
  }
  if (found.size <= 1) return [...found];
  const order = new Map(graph.ofType(type).map((resource, position) => [resource, position]));
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}

/** Per graph, per `type` and attribute: the resources filed under every key their attribute's value could match by. */
const joinIndexes = new WeakMap<ResourceGraph, Map<string, Map<string, IacResource[]>>>();

function joinIndex(graph: ResourceGraph, type: string, attribute: string): Map<string, IacResource[]> {
  let byJoin = joinIndexes.get(graph);
  if (!byJoin) {
    byJoin = new Map();
    joinIndexes.set(graph, byJoin);
  }
  const joinKey = `${type}\0${attribute}`;
  let index = byJoin.get(joinKey);
  if (!index) {
    index = new Map();
    for (const resource of graph.ofType(type)) {
      const keys = new Set<string>();
      collectKeys(valueAt(resource, attribute), keys);
      for (const key of keys) {
        const list = index.get(key);
        if (list) list.push(resource);
        else index.set(key, [resource]);
      }
    }
    byJoin.set(joinKey, index);
  }
  return index;
}

/** The keys `pointsAt` could match a value by: each referenced address (with and without instance key), its unresolved reason, or its string. */
function collectKeys(value: IacValue | undefined, keys: Set<string>): void {
  if (Array.isArray(value)) for (const entry of value) collectKeys(entry, keys);
  else if (isUnknown(value)) {
    if (value.refersTo.length === 0) keys.add(reasonKey(value.reason));
    for (const address of value.refersTo) {
      keys.add(addressKey(address));
      keys.add(addressKey(withoutInstanceKey(address)));
    }
  } else if (typeof value === 'string' && value !== '') keys.add(stringKey(value));
}

const addressKey = (address: string): string => `a\0${address}`;
const reasonKey = (reason: string): string => `r\0${reason}`;
const stringKey = (text: string): string => `s\0${text}`;

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
