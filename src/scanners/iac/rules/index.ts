import type { IacRule } from '../iac-rule.ts';

/** Every built-in IaC rule, by format. Each format keeps its own registry in `rules/<format>/index.ts`. */
export const iacRules: readonly IacRule[] = [];
