import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../iac-value.ts';

/**
 * A method with no authorizer and no API key is open to anyone who finds the URL: whatever the
 * backend does (read data, start jobs, write records) the internet can do too.
 */
export const cfnApiGatewayMethodWithoutAuthorization: IacRule = {
  id: 'cfn-api-gateway-method-without-authorization',
  title: 'API Gateway method without authorization',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-306'],
  equivalents: ['CKV_AWS_59', 'AVD-AWS-0004'],
  description: 'An `AWS::ApiGateway::Method` other than `OPTIONS` with `AuthorizationType: NONE` and no `ApiKeyRequired: true`.',
  remediation: 'Set `AuthorizationType` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` with an `AuthorizerId`, or at least `ApiKeyRequired: true`; leave `NONE` only for deliberately public methods, with a `rampart-ignore` comment saying so.',
  format: 'cloudformation',
  resourceTypes: ['AWS::ApiGateway::Method'],
  check(method) {
    const httpMethod = valueAt(method, 'HttpMethod');
    const authorization = valueAt(method, 'AuthorizationType');
    if (isUnknown(authorization)) return unknown(authorization.reason, 'AuthorizationType');
    if (authorization !== 'NONE' || httpMethod === 'OPTIONS') return pass;
    if (isUnknown(httpMethod)) return unknown(httpMethod.reason, 'HttpMethod');
    const apiKey = asBoolean(valueAt(method, 'ApiKeyRequired'));
    if (isUnknown(apiKey)) return unknown(apiKey.reason, 'ApiKeyRequired');
    if (apiKey === true) return pass;
    return fail('the method requires neither an authorizer nor an API key: anyone who finds the URL can call the backend', 'AuthorizationType');
  },
};
