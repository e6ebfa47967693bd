import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { isUnknown } from '../../iac-value.ts';

/**
 * A plain HTTP listener sends sessions, passwords and tokens in clear across every network
 * between the user and the load balancer, where they can be read or altered.
 */
export const cfnLoadBalancerListenerNotHttps: IacRule = {
  id: 'cfn-load-balancer-listener-not-https',
  title: 'Load balancer listener without TLS',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_2', 'AVD-AWS-0054'],
  description: 'An `AWS::ElasticLoadBalancingV2::Listener` whose `Protocol` is `HTTP` (or missing) and whose first default action is not a redirect to HTTPS; `HTTPS`, `TLS`, `TCP`, `UDP` and `TCP_UDP` listeners pass.',
  remediation: 'Use `Protocol: HTTPS` with a certificate, and make the port 80 listener a redirect: `DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 } }]`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  check(listener) {
    const protocol = valueAt(listener, 'Protocol');
    if (isUnknown(protocol)) return unknown(protocol.reason, 'Protocol');
    if (typeof protocol === 'string' && ['HTTPS', 'TLS', 'TCP', 'UDP', 'TCP_UDP'].includes(protocol)) return pass;
    const type = valueAt(listener, 'DefaultActions.0.Type');
    const redirectProtocol = valueAt(listener, 'DefaultActions.0.RedirectConfig.Protocol');
    if (isUnknown(type)) return unknown(type.reason, 'DefaultActions');
    if (isUnknown(redirectProtocol)) return unknown(redirectProtocol.reason, 'DefaultActions');
    if (type === 'redirect' && redirectProtocol === 'HTTPS') return pass;
    return fail('the listener serves plain HTTP: credentials and session tokens cross the network in clear, readable and alterable on the way', 'Protocol');
  },
};
