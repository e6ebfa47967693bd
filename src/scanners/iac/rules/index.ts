import type { IacFormat } from '../iac-resource.ts';
import type { IacRule } from '../iac-rule.ts';
import { cloudformationRules } from './cloudformation/index.ts';
import { dockerfileRules } from './dockerfile/index.ts';
import { kubernetesRules } from './kubernetes/index.ts';
import { terraformAwsRules } from './terraform/aws/index.ts';
import { terraformAzureRules } from './terraform/azure/index.ts';
import { terraformGcpRules } from './terraform/gcp/index.ts';
import { terraformOtherRules } from './terraform/other/index.ts';

/**
 * Rule sets: each keeps its rules in `rules/<folder>/<id>.ts`, its fixtures in
 * `fixtures/<folder>/<id>/{fires,clean}/` and its registry in `rules/<folder>/index.ts`.
 */
export interface IacRuleSet {
  format: IacFormat;
  folder: string;
  rules: readonly IacRule[];
}

export const iacRuleSets: readonly IacRuleSet[] = [
  { format: 'terraform', folder: 'terraform/aws', rules: terraformAwsRules },
  { format: 'terraform', folder: 'terraform/azure', rules: terraformAzureRules },
  { format: 'terraform', folder: 'terraform/gcp', rules: terraformGcpRules },
  { format: 'terraform', folder: 'terraform/other', rules: terraformOtherRules },
  { format: 'cloudformation', folder: 'cloudformation', rules: cloudformationRules },
  { format: 'kubernetes', folder: 'kubernetes', rules: kubernetesRules },
  { format: 'dockerfile', folder: 'dockerfile', rules: dockerfileRules },
];

/** Every built-in IaC rule. */
export const iacRules: readonly IacRule[] = iacRuleSets.flatMap((set) => set.rules);
