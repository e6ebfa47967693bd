import { blocksAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../../iac-value.ts';

/**
 * Container Insights collects per-task metrics and events; without it a compromised task mining
 * cryptocurrency or flooding the network is hard to spot among the cluster totals.
 */
export const tfAwsEcsContainerInsightsDisabled: IacRule = {
  id: 'tf-aws-ecs-container-insights-disabled',
  title: 'ECS cluster without Container Insights',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_65', 'AVD-AWS-0034'],
  description: 'An `aws_ecs_cluster` without a `setting { name = "containerInsights" }` whose value is `enabled` or `enhanced`.',
  remediation: 'Add `setting { name = "containerInsights", value = "enabled" }`.',
  format: 'terraform',
  resourceTypes: ['aws_ecs_cluster'],
  check(cluster) {
    for (const [index, setting] of blocksAt(cluster, 'setting').entries()) {
      if (isUnknown(setting)) return unknown(setting.reason, 'setting');
      if (!isIacObject(setting) || setting['name'] !== 'containerInsights') continue;
      const value = setting['value'];
      if (isUnknown(value)) return unknown(value.reason, `setting.${index}.value`);
      if (value === 'enabled' || value === 'enhanced') return pass;
      return fail('Container Insights is disabled: abuse inside a task (mining, floods) is hidden in cluster totals', `setting.${index}.value`);
    }
    return fail('Container Insights is not enabled: abuse inside a task (mining, floods) is hidden in cluster totals', 'setting');
  },
};
