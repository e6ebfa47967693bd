import type { IacRule } from '../../../iac-rule.ts';


/** Registry: one line per rule, sorted by id. */
export const terraformOtherRules: readonly IacRule[] = [
];
