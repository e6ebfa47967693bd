import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asNumber, containsUnknown } from '../../../iac-value.ts';

/** Longest rotation interval accepted, in days (CIS and most policies ask for 90 or fewer). */
const MAX_DAYS = 90;

/**
 * A secret rotated less often than every 90 days stays valid long after it may have leaked
 * (logs, laptops, former staff), which is what rotation is for.
 */
export const tfAwsSecretsmanagerRotationOver90Days: IacRule = {
  id: 'tf-aws-secretsmanager-rotation-over-90-days',
  title: 'Secrets Manager secret rotated less often than every 90 days',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-324'],
  equivalents: ['CKV_AWS_304'],
  description: 'An `aws_secretsmanager_secret_rotation` whose `rotation_rules` rotate less often than every 90 days: `automatically_after_days` over 90, or a `schedule_expression` of `rate(N days)` with N over 90. Hourly rates and cron schedules that run every month pass.',
  remediation: 'Set `rotation_rules { automatically_after_days = 30 }` (or `schedule_expression = "rate(30 days)"`).',
  format: 'terraform',
  resourceTypes: ['aws_secretsmanager_secret_rotation'],
  check(rotation) {
    const after = valueAt(rotation, 'rotation_rules.automatically_after_days');
    const schedule = valueAt(rotation, 'rotation_rules.schedule_expression');
    if (after !== undefined && after !== null) {
      if (containsUnknown(after)) return unknown(unknownReason(after), 'rotation_rules.automatically_after_days');
      const days = asNumber(after);
      if (typeof days !== 'number') return unknown('rotation_rules.automatically_after_days is not a number', 'rotation_rules.automatically_after_days');
      return days <= MAX_DAYS ? pass : fail(`the secret is rotated every ${days} days: a leaked value stays valid for months`, 'rotation_rules.automatically_after_days');
    }
    if (schedule === undefined || schedule === null) return pass;
    if (containsUnknown(schedule) || typeof schedule !== 'string') return unknown(unknownReason(schedule), 'rotation_rules.schedule_expression');
    const days = scheduleDays(schedule);
    if (days === undefined) return unknown(`the schedule ${JSON.stringify(schedule)} is not one rampart evaluates`, 'rotation_rules.schedule_expression');
    return days <= MAX_DAYS ? pass : fail(`the secret is rotated every ${days} days: a leaked value stays valid for months`, 'rotation_rules.schedule_expression');
  },
};

/** The longest gap, in days, between rotations of a `rate(…)` or `cron(…)` expression; undefined when it cannot be told. */
function scheduleDays(expression: string): number | undefined {
  const rate = /^rate\(\s*(\d+)\s+(hours?|days?)\s*\)$/.exec(expression.trim());
  if (rate) return rate[2]!.startsWith('hour') ? Number(rate[1]) / 24 : Number(rate[1]);
  // cron(minutes hours day-of-month month day-of-week year): every month at least when the month field is `*`.
  const cron = /^cron\((.*)\)$/.exec(expression.trim());
  if (cron) {
    const fields = cron[1]!.trim().split(/\s+/);
    if (fields.length === 6 && fields[3] === '*') return 31;
  }
  return undefined;
}
