import { companionsOf } from '../../../checks/terraform-companions.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

/**
 * Flow logs are the network record of a VPC: which addresses talked to which, on what port.
 * Without them, lateral movement, data exfiltration or a compromised instance calling out to its
 * controller cannot be reconstructed.
 */
export const tfAwsVpcFlowLogsDisabled: IacRule = {
  id: 'tf-aws-vpc-flow-logs-disabled',
  title: 'VPC flow logs disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778', 'CIS-AWS-3.9'],
  equivalents: ['CKV2_AWS_11', 'AVD-AWS-0178'],
  description: 'An `aws_vpc` that no `aws_flow_log` refers to.',
  remediation: 'Add `resource "aws_flow_log" "x" { vpc_id = aws_vpc.x.id, traffic_type = "ALL", log_destination = aws_s3_bucket.flow_logs.arn, log_destination_type = "s3" }`.',
  format: 'terraform',
  resourceTypes: ['aws_vpc'],
  check(vpc, { graph }) {
    const companions = companionsOf(vpc, graph, 'aws_flow_log', 'vpc_id');
    if (companions.length > 0) return pass;
    return fail('no flow log records the VPC traffic: lateral movement and data exfiltration through it cannot be reconstructed');
  },
};
