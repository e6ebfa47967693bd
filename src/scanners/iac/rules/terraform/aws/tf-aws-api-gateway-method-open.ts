import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * A method with no authorization and no API key runs its back end (a Lambda function, a service
 * integration) for anyone on the internet who finds the URL.
 */
export const tfAwsApiGatewayMethodOpen: IacRule = {
  id: 'tf-aws-api-gateway-method-open',
  title: 'API Gateway method without authorization',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-306'],
  equivalents: ['CKV_AWS_59', 'AVD-AWS-0004'],
  description: 'An `aws_api_gateway_method` other than OPTIONS whose `authorization` is `NONE` (or unset) and that does not set `api_key_required = true`.',
  remediation: 'Set `authorization = "AWS_IAM"`, `"COGNITO_USER_POOLS"` or `"CUSTOM"` with an authorizer, or at least `api_key_required = true`; leave only deliberately public routes open.',
  format: 'terraform',
  resourceTypes: ['aws_api_gateway_method'],
  check(method) {
    const httpMethod = valueAt(method, 'http_method');
    const authorization = valueAt(method, 'authorization');
    const apiKey = asBoolean(valueAt(method, 'api_key_required'));
    if (isUnknown(httpMethod)) return unknown(httpMethod.reason, 'http_method');
    if (isUnknown(authorization)) return unknown(authorization.reason, 'authorization');
    if (isUnknown(apiKey)) return unknown(apiKey.reason, 'api_key_required');
    if (httpMethod === undefined || httpMethod === 'OPTIONS') return pass;
    if (authorization !== undefined && authorization !== 'NONE') return pass;
    if (apiKey === true) return pass;
    return fail('the method needs neither authorization nor an API key: anyone who finds the URL invokes the back end', 'authorization');
  },
};
