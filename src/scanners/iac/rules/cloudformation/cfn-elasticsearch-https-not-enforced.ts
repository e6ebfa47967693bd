import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A domain that accepts HTTP lets queries, documents and credentials travel in clear between
 * clients and the endpoint.
 */
export const cfnElasticsearchHttpsNotEnforced: IacRule = {
  id: 'cfn-elasticsearch-https-not-enforced',
  title: 'Elasticsearch domain accepts plain HTTP',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_83', 'AVD-AWS-0046'],
  description: 'An `AWS::Elasticsearch::Domain` whose `DomainEndpointOptions.EnforceHTTPS` is missing or false.',
  remediation: 'Set `DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07 }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  check: (domain) =>
    expectAttribute(domain, 'DomainEndpointOptions.EnforceHTTPS', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the search domain accepts plain HTTP: queries, documents and credentials can be read or altered in transit',
    }),
};
