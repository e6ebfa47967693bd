import { expectAttribute, isBoolean, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asNumber, containsUnknown } from '../../../iac-value.ts';

/**
 * Nodes of a multi-node domain replicate shards and pass search traffic between each other;
 * without node-to-node encryption that traffic crosses the VPC in clear text.
 */
export const tfAwsElasticsearchNodeToNodeUnencrypted: IacRule = {
  id: 'tf-aws-elasticsearch-node-to-node-unencrypted',
  title: 'Elasticsearch/OpenSearch nodes talk to each other unencrypted',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_6', 'AVD-AWS-0043'],
  description: 'An `aws_elasticsearch_domain` or `aws_opensearch_domain` with more than one node (`cluster_config.instance_count` over 1) whose `node_to_node_encryption.enabled` is not `true`. A single-node domain has no traffic between nodes and passes.',
  remediation: 'Add `node_to_node_encryption { enabled = true }` (with `encrypt_at_rest` and HTTPS enforced, as fine-grained access control requires).',
  format: 'terraform',
  resourceTypes: ['aws_elasticsearch_domain', 'aws_opensearch_domain'],
  check(domain) {
    const written = valueAt(domain, 'cluster_config.instance_count');
    if (written === undefined || written === null) return pass;
    if (containsUnknown(written)) return unknown(unknownReason(written), 'cluster_config.instance_count');
    const count = asNumber(written);
    if (typeof count !== 'number') return unknown('cluster_config.instance_count is not a number', 'cluster_config.instance_count');
    if (count <= 1) return pass;
    return expectAttribute(domain, 'node_to_node_encryption.enabled', { accept: isBoolean(true), whenMissing: 'fail', message: `${count} nodes exchange shards and search traffic unencrypted: anyone who can read traffic in the VPC reads the data` });
  },
};
