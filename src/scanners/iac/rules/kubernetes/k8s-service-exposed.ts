import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';

/** Annotations (and the value that turns them on) that make a cloud load balancer internal. */
const internalAnnotations: readonly (readonly [string, string])[] = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', 'true'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', 'internal'],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', 'true'],
  ['networking.gke.io/load-balancer-type', 'internal'],
  ['cloud.google.com/load-balancer-type', 'internal'],
];

/**
 * A NodePort opens the service on every node's address, and a public LoadBalancer on the
 * internet, bypassing the Ingress layer where TLS, authentication and rate limits usually live.
 * Internal admin tools exposed this way are a common first foothold.
 */
export const k8sServiceExposed: IacRule = {
  id: 'k8s-service-exposed',
  title: 'Service exposed outside the cluster',
  severity: 'low',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Service'],
  tags: ['CWE-668'],
  equivalents: [],
  description: 'A Service of type `NodePort`, or of type `LoadBalancer` that is neither internal (by the AWS, Azure or GCP internal load balancer annotation) nor limited by `loadBalancerSourceRanges`.',
  remediation: 'Use a `ClusterIP` Service behind an Ingress or gateway that terminates TLS and authenticates; for a load balancer, make it internal or set `loadBalancerSourceRanges` to the networks that need it.',
  check(service) {
    const type = valueAt(service, 'spec.type');
    if (type === 'NodePort') return fail('is a NodePort Service: it listens on every node\'s address, outside any Ingress, TLS or authentication layer', 'spec.type');
    if (type !== 'LoadBalancer') return pass;
    const ranges = valueAt(service, 'spec.loadBalancerSourceRanges');
    if (Array.isArray(ranges) && ranges.length > 0 && !ranges.includes('0.0.0.0/0')) return pass;
    const annotations = valueAt(service, 'metadata.annotations');
    if (isIacObject(annotations) && internalAnnotations.some(([key, value]) => String(annotations[key] ?? '').toLowerCase() === value)) return pass;
    return fail('is a public LoadBalancer Service: anyone on the internet reaches it directly, outside any Ingress, TLS or authentication layer', 'spec.type');
  },
};
