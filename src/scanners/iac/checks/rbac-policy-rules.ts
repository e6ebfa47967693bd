import { blocksAt, type IacResource } from '../iac-resource.ts';
import { isIacObject, type IacObject } from '../iac-value.ts';

/** One entry of a Role's or ClusterRole's `rules`, with its path. */
export interface PolicyRuleAt {
  rule: IacObject;
  path: string;
  index: number;
}

/** What a permission needs: any of these API groups, verbs and resources (`*` in the rule matches anything). */
export interface Permission {
  apiGroups: readonly string[];
  verbs: readonly string[];
  resources: readonly string[];
}

export function policyRulesOf(role: IacResource): PolicyRuleAt[] {
  return blocksAt(role, 'rules').flatMap((rule, index) => (isIacObject(rule) ? [{ rule, path: `rules.${index}`, index }] : []));
}

/** The strings of a list field (`verbs`, `resources`…); anything else is an empty list. */
export function stringList(rule: IacObject, field: string): string[] {
  const value = rule[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * True when the rule grants the permission: its API groups, verbs and resources each include a
 * wanted value or `*`, and a subresource granted on every resource (star, slash, `exec`) covers
 * `pods/exec` as the API server reads it. A rule without `apiGroups` grants nothing.
 */
export function grants(rule: IacObject, permission: Permission): boolean {
  const groups = stringList(rule, 'apiGroups');
  const verbs = stringList(rule, 'verbs');
  const resources = stringList(rule, 'resources');
  return (
    groups.some((group) => group === '*' || permission.apiGroups.includes(group)) &&
    verbs.some((verb) => verb === '*' || permission.verbs.includes(verb)) &&
    resources.some((resource) => resource === '*' || permission.resources.includes(resource) || permission.resources.some((wanted) => wanted.includes('/') && resource === `*/${wanted.split('/')[1]}`))
  );
}

export const roleKinds: readonly string[] = ['Role', 'ClusterRole'];
export const bindingKinds: readonly string[] = ['RoleBinding', 'ClusterRoleBinding'];
