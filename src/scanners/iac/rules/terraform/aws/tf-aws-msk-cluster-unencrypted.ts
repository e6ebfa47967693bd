import { isMissing } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Kafka topics carry events and personal data between services; clients or brokers talking in
 * plaintext expose every message to anything that can capture traffic in the VPC.
 */
export const tfAwsMskClusterUnencrypted: IacRule = {
  id: 'tf-aws-msk-cluster-unencrypted',
  title: 'MSK cluster encryption incomplete',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_81', 'AVD-AWS-0073'],
  description: 'An `aws_msk_cluster` without an `encryption_info` block, or whose `encryption_in_transit` allows plaintext between clients and brokers (`client_broker` other than `TLS`) or turns off encryption between brokers (`in_cluster = false`).',
  remediation: 'Add `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn; encryption_in_transit { client_broker = "TLS", in_cluster = true } }`.',
  format: 'terraform',
  resourceTypes: ['aws_msk_cluster'],
  check(cluster) {
    if (isMissing(valueAt(cluster, 'encryption_info'))) return fail('encryption is not configured: messages are not protected with a key you control', 'encryption_info');
    const clientBroker = valueAt(cluster, 'encryption_info.encryption_in_transit.client_broker');
    const inCluster = asBoolean(valueAt(cluster, 'encryption_info.encryption_in_transit.in_cluster'));
    if (isUnknown(clientBroker)) return unknown(clientBroker.reason, 'encryption_info.encryption_in_transit.client_broker');
    if (isUnknown(inCluster)) return unknown(inCluster.reason, 'encryption_info.encryption_in_transit.in_cluster');
    if (clientBroker !== undefined && clientBroker !== 'TLS') return fail('clients may talk to brokers in plaintext: messages can be captured on the network', 'encryption_info.encryption_in_transit.client_broker');
    if (inCluster === false) return fail('traffic between brokers is unencrypted: replicated messages can be captured on the network', 'encryption_info.encryption_in_transit.in_cluster');
    return pass;
  },
};
