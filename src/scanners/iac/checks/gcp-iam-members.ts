import { valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown, UnknownValue, type IacValue } from '../iac-value.ts';

/** The principals anyone on the internet matches. */
export const PUBLIC_MEMBERS: readonly string[] = ['allUsers', 'allAuthenticatedUsers'];

/**
 * The members a Google IAM resource grants its role to: `member` of an `*_iam_member`, the
 * `members` list of an `*_iam_binding`. Unknown entries are returned as they are, so callers
 * can tell "no public member" from "maybe".
 */
export function iamMembers(resource: IacResource): { path: string; members: IacValue[] } {
  const policy = valueAt(resource, 'policy_data');
  if (policy !== undefined) return { path: 'policy_data', members: policyMembers(policy) };
  const single = valueAt(resource, 'member');
  if (single !== undefined) return { path: 'member', members: [single] };
  const list = valueAt(resource, 'members');
  if (Array.isArray(list)) return { path: 'members', members: list };
  return { path: 'members', members: list === undefined || list === null ? [] : [list] };
}

/**
 * The members of every binding in an `*_iam_policy`'s `policy_data` (the JSON a
 * `jsonencode(...)`, a heredoc or a `google_iam_policy` data source gives). A policy that cannot
 * be read is one unknown member, so it is never taken for a private one.
 */
function policyMembers(policy: IacValue): IacValue[] {
  if (isUnknown(policy)) return [policy];
  if (typeof policy !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    return [new UnknownValue('policy_data is not JSON rampart can read')];
  }
  const bindings = typeof parsed === 'object' && parsed !== null ? (parsed as { bindings?: unknown }).bindings : undefined;
  if (!Array.isArray(bindings)) return [];
  return bindings.flatMap((binding: unknown) => {
    const members = typeof binding === 'object' && binding !== null ? (binding as { members?: unknown }).members : undefined;
    return Array.isArray(members) ? members.filter((member): member is string => typeof member === 'string') : [];
  });
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
