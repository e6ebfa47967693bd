import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

// Security policies that refuse everything older than TLS 1.2.
const modernPolicyPrefixes = ['ELBSecurityPolicy-FS-1-2', 'ELBSecurityPolicy-TLS-1-2', 'ELBSecurityPolicy-TLS13'];

/**
 * The default ELB security policy still accepts TLS 1.0 and 1.1, whose weaknesses let a network
 * attacker force weak ciphers; PCI DSS and most baselines require TLS 1.2 or later.
 */
export const tfAwsLbListenerOutdatedTlsPolicy: IacRule = {
  id: 'tf-aws-lb-listener-outdated-tls-policy',
  title: 'Load balancer listener allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-326'],
  equivalents: ['CKV_AWS_103', 'AVD-AWS-0047'],
  description: 'An `aws_lb_listener` or `aws_alb_listener` that is neither TCP/UDP, nor HTTPS/TLS with an `ssl_policy` starting `ELBSecurityPolicy-TLS13`, `ELBSecurityPolicy-TLS-1-2` or `ELBSecurityPolicy-FS-1-2`, nor a redirect to HTTPS, nor on a gateway load balancer.',
  remediation: 'Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` on HTTPS and TLS listeners, and redirect HTTP listeners to HTTPS.',
  format: 'terraform',
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  check(listener, { graph }) {
    const protocol = valueAt(listener, 'protocol');
    if (isUnknown(protocol)) return unknown(protocol.reason, 'protocol');
    if (protocol === 'TCP' || protocol === 'UDP' || protocol === 'TCP_UDP') return pass;
    if (protocol === 'HTTPS' || protocol === 'TLS') {
      const policy = valueAt(listener, 'ssl_policy');
      if (isUnknown(policy)) return unknown(policy.reason, 'ssl_policy');
      if (typeof policy === 'string' && modernPolicyPrefixes.some((prefix) => policy.startsWith(prefix))) return pass;
      return fail('the listener accepts TLS 1.0/1.1: a network attacker can downgrade connections to weak protocol versions', 'ssl_policy');
    }
    if (valueAt(listener, 'default_action.type') === 'redirect' && valueAt(listener, 'default_action.redirect.protocol') === 'HTTPS') return pass;
    const balancer = valueAt(listener, 'load_balancer_arn');
    const target = isUnknown(balancer) ? balancer.refersTo.map((address) => graph.byAddress(address)).find((resource) => resource?.type === 'aws_lb') : undefined;
    if (target && valueAt(target, 'load_balancer_type') === 'gateway') return pass;
    return fail('the listener does not enforce TLS 1.2 or later: traffic can be read or downgraded on the network path', 'protocol');
  },
};
