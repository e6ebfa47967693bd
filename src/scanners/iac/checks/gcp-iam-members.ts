import { valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';

/** The principals anyone on the internet matches. */
export const PUBLIC_MEMBERS: readonly string[] = ['allUsers', 'allAuthenticatedUsers'];

/**
 * The members a Google IAM resource grants its role to: `member` of an `*_iam_member`, the
 * `members` list of an `*_iam_binding`. Unknown entries are returned as they are, so callers
 * can tell "no public member" from "maybe".
 */
export function iamMembers(resource: IacResource): { path: string; members: IacValue[] } {
  const single = valueAt(resource, 'member');
  if (single !== undefined) return { path: 'member', members: [single] };
  const list = valueAt(resource, 'members');
  if (Array.isArray(list)) return { path: 'members', members: list };
  return { path: 'members', members: list === undefined || list === null ? [] : [list] };
}

/** Whether any member matches `test`: true, false, or the first unknown when no known member does. */
export function anyMember(members: readonly IacValue[], test: (member: string) => boolean): boolean | UnknownValue {
  let unknownMet: UnknownValue | undefined;
  for (const member of members) {
    if (isUnknown(member)) unknownMet ??= member;
    else if (typeof member === 'string' && test(member)) return true;
  }
  return unknownMet ?? false;
}

/**
 * Verdict for an IAM member or binding resource that must not grant its role to the public:
 * fails naming the consequence when a member is one of `publicMembers`.
 */
export function judgePublicGrant(grant: IacResource, publicMembers: readonly string[], consequence: string): IacVerdict {
  const { path, members } = iamMembers(grant);
  const open = anyMember(members, (member) => publicMembers.includes(member));
  if (isUnknown(open)) return unknown(open.reason, path);
  return open ? fail(consequence, path) : pass;
}
