import { blocksAt, valueAt, valuesAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isIacObject, isUnknown } from '../iac-value.ts';
import type { ResourceGraph } from '../resource-graph.ts';
import { companionsOf } from './terraform-companions.ts';

/** The grantee URI of "everyone on the internet" in S3 ACL grants. */
export const allUsersUri = 'http://acs.amazonaws.com/groups/global/AllUsers';

export interface PublicAclTest {
  /** Canned ACLs that grant the access in question. */
  cannedAcls: readonly string[];
  /** Grant permissions to AllUsers that grant it; undefined means any permission does. */
  grantPermissions?: readonly string[];
  message: string;
}

/**
 * Judges a bucket's ACL, inline (`acl = "public-read"`) or through `aws_s3_bucket_acl` resources
 * pointing at it (a canned `acl` or an `access_control_policy` with grants to AllUsers).
 */
export function judgeBucketAcl(bucket: IacResource, graph: ResourceGraph, test: PublicAclTest): IacVerdict {
  const inline = valueAt(bucket, 'acl');
  if (isUnknown(inline)) return unknown(inline.reason, 'acl');
  if (typeof inline === 'string' && test.cannedAcls.includes(inline)) return fail(test.message, 'acl');
  for (const acl of companionsOf(bucket, graph, 'aws_s3_bucket_acl', 'bucket', 'bucket')) {
    const verdict = judgeAclResource(acl, test);
    if (verdict.outcome !== 'pass') return verdict.outcome === 'fail' ? fail(`${test.message} (through ${acl.address})`) : verdict;
  }
  return pass;
}

function judgeAclResource(acl: IacResource, test: PublicAclTest): IacVerdict {
  const canned = valueAt(acl, 'acl');
  if (isUnknown(canned)) return unknown(canned.reason);
  if (typeof canned === 'string' && test.cannedAcls.includes(canned)) return fail(test.message);
  for (const grant of blocksAt(acl, 'access_control_policy.grant')) {
    if (isUnknown(grant)) return unknown(grant.reason);
    if (!isIacObject(grant)) continue;
    const uris = valuesAt(grant, 'grantee.uri');
    const unresolved = uris.find(isUnknown);
    if (unresolved) return unknown(unresolved.reason);
    if (!uris.includes(allUsersUri)) continue;
    const permission = grant['permission'];
    if (isUnknown(permission)) return unknown(permission.reason);
    if (!test.grantPermissions || (typeof permission === 'string' && test.grantPermissions.includes(permission))) return fail(test.message);
  }
  return pass;
}
