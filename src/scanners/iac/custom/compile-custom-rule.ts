import type { IacCustomRuleSpec } from '../../../core/config.ts';
import { fail, pass, unknown, type IacRule } from '../iac-rule.ts';
import { evaluateCondition } from './evaluate-condition.ts';

/**
 * Turns a user's rule from the config into an `IacRule` that runs through the same engine as the
 * built-in ones: same unknown handling, skips, tallies and compliance tags.
 */
export function compileCustomRule(spec: IacCustomRuleSpec): IacRule {
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    confidence: spec.confidence ?? 'high',
    tags: spec.tags ?? [],
    equivalents: spec.equivalents ?? [],
    description: spec.description,
    remediation: spec.remediation,
    format: spec.format,
    resourceTypes: spec.resourceTypes,
    check(resource, context) {
      const result = evaluateCondition(spec.condition, resource, context.graph);
      if (result.truth === true) return pass;
      if (result.truth === 'unknown') return unknown(result.reason);
      return fail(spec.message ?? spec.title, result.path);
    },
  };
}
