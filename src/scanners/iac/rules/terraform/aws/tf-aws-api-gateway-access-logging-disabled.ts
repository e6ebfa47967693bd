import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Access logs record who called which route and with what result; without them abuse of the API (enumeration, credential stuffing) cannot be seen or investigated.
 */
export const tfAwsApiGatewayAccessLoggingDisabled: IacRule = {
  id: 'tf-aws-api-gateway-access-logging-disabled',
  title: 'API Gateway stage access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_76', 'AVD-AWS-0001'],
  description: 'An `aws_api_gateway_stage` or `aws_apigatewayv2_stage` without `access_log_settings { destination_arn = ... }`.',
  remediation: 'Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn, format = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp" }) }`.',
  format: 'terraform',
  resourceTypes: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'],
  check: (resource) => expectAttribute(resource, 'access_log_settings.destination_arn', { accept: isSet, whenMissing: 'fail', message: 'access logging is off: calls made against the API leave no record of caller or result' }),
};
