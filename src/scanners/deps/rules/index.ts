import type { RuleMeta } from '../../../core/rule-meta.ts';
import { vulnerableDependency } from './vulnerable-dependency.ts';

/** Every deps rule, one line each. */
export const depsRules = [vulnerableDependency] as const satisfies readonly RuleMeta[];
