import { valueAt, type AttributePath, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isIacObject, isUnknown, UnknownValue, type IacValue } from '../iac-value.ts';
import { policyStatements } from './aws-iam-policy.ts';

/**
 * Condition keys that pin down who may call, or from where (an account, an organisation, a
 * VPC endpoint, a source ARN, an IP range): a statement for principal `*` limited by one of them
 * is not open to everyone.
 */
const RESTRICTING_CONDITION_KEYS = new Set([
  'aws:principalarn', 'aws:principalaccount', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalorgpath',
  'aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceip',
  'aws:vpceaccount', 'aws:vpceorgid', 'aws:vpceorgpaths', 'aws:userid', 'aws:username', 'aws:principalservicename',
  'kms:calleraccount', 'kms:viaservice', 's3:dataaccesspointaccount',
]);

/** A value that pins nothing: `*`, every account's IAM ARNs, every address. */
function isWildcardValue(value: string): boolean {
  return value === '*' || /^arn:aws[\w-]*:iam::\*(?::.*)?$/.test(value) || value === '0.0.0.0/0' || value === '::/0';
}

/** An AWS principal entry that names every account: `*`, or an ARN whose account is `*`. */
function isAnyAccount(entry: string): boolean {
  return entry === '*' || /^arn:aws[\w-]*:[\w-]*::\*:/.test(entry);
}

type Tristate = boolean | UnknownValue;

function principalIsAnyone(principal: IacValue | undefined): Tristate {
  if (isUnknown(principal)) return principal;
  if (typeof principal === 'string') return isAnyAccount(principal);
  if (Array.isArray(principal)) return anyOf(principal.map(principalIsAnyone));
  if (isIacObject(principal)) {
    const aws = principal['AWS'];
    if (aws === undefined) return false;
    const entries = Array.isArray(aws) ? aws : [aws];
    return anyOf(entries.map((entry) => (isUnknown(entry) ? entry : typeof entry === 'string' ? isAnyAccount(entry) : false)));
  }
  return false;
}

/** True if any is true; else the first unknown; else false. */
function anyOf(values: readonly Tristate[]): Tristate {
  if (values.includes(true)) return true;
  return values.find((value): value is UnknownValue => isUnknown(value)) ?? false;
}

function conditionRestricts(condition: IacValue | undefined): Tristate {
  if (condition === undefined || condition === null) return false;
  if (isUnknown(condition)) return condition;
  if (!isIacObject(condition)) return false;
  const verdicts: Tristate[] = [];
  for (const operator of Object.values(condition)) {
    if (isUnknown(operator)) verdicts.push(operator);
    if (!isIacObject(operator)) continue;
    for (const [key, value] of Object.entries(operator)) {
      if (!RESTRICTING_CONDITION_KEYS.has(key.toLowerCase())) continue;
      const values = Array.isArray(value) ? value : [value];
      verdicts.push(anyOf(values.map((entry) => (isUnknown(entry) ? entry : typeof entry === 'string' ? !isWildcardValue(entry) : false))));
    }
  }
  return anyOf(verdicts);
}

/**
 * Statements of a resource policy (bucket, queue, topic, key) that allow any principal with no
 * condition pinning down the caller: their indexes, or an unknown when the policy or a deciding
 * part of it could not be evaluated, or undefined when the value is not a policy document.
 */
export function publicStatements(value: IacValue | undefined): number[] | UnknownValue | undefined {
  const statements = policyStatements(value);
  if (statements === undefined || isUnknown(statements)) return statements;
  const found: number[] = [];
  let undecided: UnknownValue | undefined;
  statements.forEach((statement, index) => {
    if (isUnknown(statement)) {
      undecided ??= statement;
      return;
    }
    if (!isIacObject(statement)) return;
    const effect = statement['Effect'];
    if (isUnknown(effect)) {
      undecided ??= effect;
      return;
    }
    if (effect === 'Deny') return;
    // Allow with NotPrincipal grants everyone but the few it names.
    const anyone = statement['NotPrincipal'] !== undefined ? true : principalIsAnyone(statement['Principal']);
    if (anyone === false) return;
    const restricted = conditionRestricts(statement['Condition']);
    if (restricted === true) return;
    if (isUnknown(anyone) || isUnknown(restricted)) {
      undecided ??= isUnknown(anyone) ? anyone : (restricted as UnknownValue);
      return;
    }
    found.push(index);
  });
  if (found.length > 0) return found;
  return undecided ?? [];
}

/** Fails a resource whose policy at `path` lets anyone in; a resource without that policy passes. */
export function resourcePolicyVerdict(resource: IacResource, path: AttributePath, message: string): IacVerdict {
  const value = valueAt(resource, path);
  if (value === undefined || value === null || value === '') return pass;
  const statements = publicStatements(value);
  if (statements === undefined) return pass;
  if (isUnknown(statements)) return unknown(statements.reason, path);
  return statements.length > 0 ? fail(message, path) : pass;
}
