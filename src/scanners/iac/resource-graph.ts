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
    const targetAddresses = new Set([target.address, stripInstanceKey(target.address)]);
    const literal = match ? valueAt(target, match.targetAttribute) : undefined;
    return this.ofType(type).filter((candidate) => {
      if (candidate.references.some((address) => targetAddresses.has(address) || targetAddresses.has(stripInstanceKey(address)))) return true;
      if (!match || typeof literal !== 'string') return false;
      return valueAt(candidate, match.attribute) === literal;
    });
  }
}

/** `aws_s3_bucket.data[0]` and `aws_s3_bucket.data["a"]` both name instances of `aws_s3_bucket.data`. */
function stripInstanceKey(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}
