import { blocksAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isIacObject, isUnknown, type IacObject, type IacValue } from '../iac-value.ts';
import { ingressOpensPortToWorld, type IngressRule } from './aws-security-group-ingress.ts';
import { isWorldCidr } from './world-open-cidr.ts';

/** Security groups with inline rules, and standalone ingress rules. */
export const cloudformationIngressTypes = ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'] as const;

/** The inbound rules a resource writes, each with its property path (`SecurityGroupIngress.1`, or `` for a standalone rule). */
export function cloudformationIngressRules(resource: IacResource): { path: string; rule: IacObject | IacValue }[] {
  if (resource.type === 'AWS::EC2::SecurityGroupIngress') return [{ path: '', rule: resource.attributes }];
  return blocksAt(resource, 'SecurityGroupIngress').map((rule, index) => ({ path: `SecurityGroupIngress.${index}`, rule }));
}

/** A CloudFormation ingress rule in the format-neutral shape; protocol `-1` without ports means every port. */
export function cloudformationIngressRule(rule: IacObject): IngressRule {
  const allTraffic = rule['IpProtocol'] === '-1' || rule['IpProtocol'] === -1;
  return {
    fromPort: allTraffic ? 0 : rule['FromPort'],
    toPort: allTraffic ? 65535 : rule['ToPort'],
    protocol: allTraffic ? '-1' : rule['IpProtocol'],
    ipv4Cidrs: rule['CidrIp'],
    ipv6Cidrs: rule['CidrIpv6'],
    prefixLists: rule['SourcePrefixListId'],
    sourceGroups: rule['SourceSecurityGroupId'] ?? rule['SourceSecurityGroupName'] ?? 'none',
    self: undefined,
  };
}

/** One failure per inbound rule that opens `port` to 0.0.0.0/0 or ::/0; unknown rules give unknown verdicts. */
export function judgeIngressPort(resource: IacResource, port: number, message: string): IacVerdict | IacVerdict[] {
  const verdicts: IacVerdict[] = [];
  for (const { path, rule } of cloudformationIngressRules(resource)) {
    if (isUnknown(rule)) {
      verdicts.push(unknown(rule.reason, path || undefined));
      continue;
    }
    if (!isIacObject(rule)) continue;
    const opens = ingressOpensPortToWorld(cloudformationIngressRule(rule), port);
    if (isUnknown(opens)) verdicts.push(unknown(opens.reason, path || undefined));
    else if (opens) verdicts.push(fail(message, path === '' ? standaloneSourcePath(rule) : path, { detail: path }));
  }
  return verdicts.some((verdict) => verdict.outcome === 'fail') ? verdicts.filter((verdict) => verdict.outcome === 'fail') : verdicts.length > 0 ? verdicts : pass;
}

/** The source property of a standalone rule that opens it: `CidrIp` when that is the world, else `CidrIpv6`. */
function standaloneSourcePath(rule: IacObject): string {
  const ipv4 = rule['CidrIp'];
  return typeof ipv4 === 'string' && isWorldCidr(ipv4, 'cidr') ? 'CidrIp' : 'CidrIpv6';
}
