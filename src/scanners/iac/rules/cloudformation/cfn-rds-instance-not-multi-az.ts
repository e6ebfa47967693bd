import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import { valueAt } from '../../iac-resource.ts';
import { pass, type IacRule } from '../../iac-rule.ts';

/**
 * A single-AZ database goes down with its availability zone and during maintenance; an outage
 * or a failed patch then takes the application offline until the instance is rebuilt.
 */
export const cfnRdsInstanceNotMultiAz: IacRule = {
  id: 'cfn-rds-instance-not-multi-az',
  title: 'RDS instance not Multi-AZ',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_157'],
  description: 'An `AWS::RDS::DBInstance` (not Aurora, which replicates across zones itself) whose `MultiAZ` is missing or false.',
  remediation: 'Set `MultiAZ: true` so a standby in another availability zone takes over on failure.',
  format: 'cloudformation',
  resourceTypes: ['AWS::RDS::DBInstance'],
  check(instance) {
    const engine = valueAt(instance, 'Engine');
    if (typeof engine === 'string' && engine.includes('aurora')) return pass;
    return expectAttribute(instance, 'MultiAZ', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the database runs in a single availability zone: a zone outage or failed maintenance takes it offline',
    });
  },
};
