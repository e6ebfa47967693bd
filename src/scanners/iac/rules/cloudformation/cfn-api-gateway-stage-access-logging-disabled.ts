import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Without access logs an API abused for credential stuffing, scraping or exploitation leaves no
 * record of callers, paths or source addresses to investigate.
 */
export const cfnApiGatewayStageAccessLoggingDisabled: IacRule = {
  id: 'cfn-api-gateway-stage-access-logging-disabled',
  title: 'API Gateway stage without access logs',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_76', 'AVD-AWS-0001'],
  description: 'An `AWS::ApiGateway::Stage` or `AWS::Serverless::Api` without `AccessLogSetting.DestinationArn`.',
  remediation: 'Set `AccessLogSetting: { DestinationArn: !GetAtt ApiLogs.Arn, Format: ... }` with a CloudWatch Logs group or Firehose stream.',
  format: 'cloudformation',
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::Serverless::Api'],
  check: (stage) =>
    expectAttribute(stage, 'AccessLogSetting.DestinationArn', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the API stage writes no access logs: abusive callers leave no trace to investigate',
    }),
};
