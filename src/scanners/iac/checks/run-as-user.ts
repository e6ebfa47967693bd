import { valueAt } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';

/** How one security context level answers "does it keep the process off root?" for one field. */
export type RootCheck = 'safe' | 'unsafe' | 'unset';

/**
 * `runAsNonRoot` is safe when true; `runAsUser` when an integer of 1 or more. Written with any other
 * value the level is unsafe; not written, it leaves the decision to another level.
 */
export function rootCheck(level: IacObject, field: 'runAsNonRoot' | 'runAsUser'): RootCheck {
  const value = valueAt(level, `securityContext.${field}`);
  if (value === undefined || value === null) return 'unset';
  if (field === 'runAsNonRoot') return value === true ? 'safe' : 'unsafe';
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? 'safe' : 'unsafe';
}
