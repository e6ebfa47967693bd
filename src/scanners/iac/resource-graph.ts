import { valueAt, type IacResource } from './iac-resource.ts';

/**
 * The resources evaluated together (a Terraform module, a CloudFormation template, a set of
 * Kubernetes documents), indexed for the joins rules need: AWS provider v4 keeps a bucket's
 * encryption, versioning and public-access block in separate resources that point at it.
 */
export class ResourceGraph {
  readonly resources: readonly IacResource[];
  private readonly typeIndex = new Map<string, IacResource[]>();
  private readonly addressIndex = new Map<string, IacResource>();

  constructor(resources: readonly IacResource[]) {
    this.resources = resources;
    for (const resource of resources) {
      const list = this.typeIndex.get(resource.type);
      if (list) list.push(resource);
      else this.typeIndex.set(resource.type, [resource]);
      this.addressIndex.set(resource.address, resource);
    }
  }

  ofType(type: string): readonly IacResource[] {
    return this.typeIndex.get(type) ?? [];
  }

  byAddress(address: string): IacResource | undefined {
    return this.addressIndex.get(address) ?? this.addressIndex.get(stripInstanceKey(address));
  }

  /**
   * Resources of `type` attached to `target`: they refer to it (`bucket = aws_s3_bucket.data.id`),
   * or, when `matchAttribute` is given, that attribute holds the same literal as the target's
   * `targetAttribute` (`bucket = "my-logs"` next to a bucket named "my-logs").
   */
  attachedTo(target: IacResource, type: string, match?: { attribute: string; targetAttribute: string }): IacResource[] {
    const found = new Set<IacResource>();
    const references = this.referenceIndex(type);
    for (const address of new Set([target.address, stripInstanceKey(target.address)])) for (const candidate of references.get(address) ?? []) found.add(candidate);
    const literal = match ? valueAt(target, match.targetAttribute) : undefined;
    if (match && typeof literal === 'string') for (const candidate of this.literalIndex(type, match.attribute).get(literal) ?? []) found.add(candidate);
    if (found.size <= 1) return [...found];
    return this.ofType(type).filter((candidate) => found.has(candidate));
  }

  /** Per type: resources by each address they refer to, with and without instance key. Built on first use, so joins stay linear. */
  private readonly referenceIndexes = new Map<string, Map<string, IacResource[]>>();
  /** Per type and attribute path: resources by the string that attribute holds. */
  private readonly literalIndexes = new Map<string, Map<string, IacResource[]>>();

  private referenceIndex(type: string): Map<string, IacResource[]> {
    let index = this.referenceIndexes.get(type);
    if (index) return index;
    index = new Map();
    for (const resource of this.ofType(type)) for (const address of new Set(resource.references.flatMap((reference) => [reference, stripInstanceKey(reference)]))) fileUnder(index, address, resource);
    this.referenceIndexes.set(type, index);
    return index;
  }

  private literalIndex(type: string, attribute: string): Map<string, IacResource[]> {
    const key = `${type}\0${attribute}`;
    let index = this.literalIndexes.get(key);
    if (index) return index;
    index = new Map();
    for (const resource of this.ofType(type)) {
      const value = valueAt(resource, attribute);
      if (typeof value === 'string') fileUnder(index, value, resource);
    }
    this.literalIndexes.set(key, index);
    return index;
  }
}

function fileUnder(index: Map<string, IacResource[]>, key: string, resource: IacResource): void {
  const list = index.get(key);
  if (list) list.push(resource);
  else index.set(key, [resource]);
}

/** `aws_s3_bucket.data[0]` and `aws_s3_bucket.data["a"]` both name instances of `aws_s3_bucket.data`. */
function stripInstanceKey(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}
