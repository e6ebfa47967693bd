import { companionsOf } from '../../../checks/terraform-companions.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

/**
 * Automated RDS backups live in the same account and are deleted with the cluster; an AWS Backup
 * plan keeps copies under separate retention (and vault lock), so a destroyed or ransomed
 * cluster can still be restored.
 */
export const tfAwsRdsClusterNoBackupPlan: IacRule = {
  id: 'tf-aws-rds-cluster-no-backup-plan',
  title: 'RDS cluster not in an AWS Backup plan',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-693'],
  equivalents: ['CKV2_AWS_8'],
  description: 'An `aws_rds_cluster` that no `aws_backup_selection` refers to (in `resources`).',
  remediation: 'Add an `aws_backup_plan` and an `aws_backup_selection` with `resources = [aws_rds_cluster.x.arn]`.',
  format: 'terraform',
  resourceTypes: ['aws_rds_cluster'],
  check(cluster, { graph }) {
    const companions = companionsOf(cluster, graph, 'aws_backup_selection', 'resources');
    if (companions.length > 0) return pass;
    return fail('no AWS Backup plan covers the cluster: if it is deleted or its data destroyed, its own automated backups go with it');
  },
};
