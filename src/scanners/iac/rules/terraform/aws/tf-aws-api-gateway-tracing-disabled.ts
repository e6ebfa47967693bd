import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without tracing, requests cannot be followed from the API into the services behind it when investigating abuse or failures.
 */
export const tfAwsApiGatewayTracingDisabled: IacRule = {
  id: 'tf-aws-api-gateway-tracing-disabled',
  title: 'API Gateway stage X-Ray tracing disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_73', 'AVD-AWS-0003'],
  description: 'An `aws_api_gateway_stage` without `xray_tracing_enabled = true`.',
  remediation: 'Set `xray_tracing_enabled = true`.',
  format: 'terraform',
  resourceTypes: ['aws_api_gateway_stage'],
  check: (resource) => expectAttribute(resource, 'xray_tracing_enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'X-Ray tracing is off: requests cannot be followed through the services behind the API' }),
};
