import type { GitlabJob, GitlabScalar } from './gitlab-model.ts';

/** Why a job counts as a deployment: a command that changes an environment or publishes, or only its name or stage. */
export type DeploySignal = { kind: 'command'; field: GitlabScalar; command: string } | { kind: 'name'; label: string };

// Commands that change a running environment or publish a release; each alternative names one tool's deploy verb.
const deployCommand = new RegExp(
  [
    String.raw`\bkubectl\s+(?:\S+\s+)*?(?:apply|rollout\s+restart|set\s+image|replace|patch)\b`,
    String.raw`\bhelm(?:file)?\s+(?:\S+\s+)*?(?:upgrade|install|sync|apply)\b`,
    String.raw`\b(?:terraform|tofu|terragrunt)\s+(?:-\S+\s+)*(?:run-all\s+)?apply\b`,
    String.raw`\bpulumi\s+up\b`,
    String.raw`\b(?:cdk|serverless|sls|sam|firebase|kamal|fly|flyctl)\s+deploy\b`,
    String.raw`\baws\s+(?:cloudformation\s+deploy|ecs\s+update-service|lambda\s+update-function-code|deploy\s+create-deployment)\b`,
    String.raw`\bgcloud\s+(?:app|run|functions)\s+deploy\b`,
    String.raw`\baz\s+(?:webapp|functionapp)\s+(?:deploy|up)\b`,
    String.raw`\bnetlify\s+deploy\b[^\n]*--prod\b`,
    String.raw`\bvercel\b[^\n]*--prod\b`,
    String.raw`\b(?:npm|yarn|pnpm)\s+publish\b`,
    String.raw`\btwine\s+upload\b`,
    String.raw`\bgem\s+push\b`,
    String.raw`\b(?:cargo|poetry|flit)\s+publish\b`,
    String.raw`\b(?:dotnet\s+)?nuget\s+push\b`,
    String.raw`\bansible-playbook\b`,
  ].join('|'),
  'i',
);
// A stage or job name that says deployment: a word starting with deploy, or production. Names with
// release or publish were left out: on real pipelines they mostly build packages.
const deployName = /(?:^|[^a-z])(?:deploy\w*|production)(?:[^a-z]|$)/i;
// A dry run changes nothing.
const dryRun = /--dry-run\b/;

/** The strongest deploy signal of a job: a deploy command in its scripts first, then its name or stage. */
export function deploySignal(job: GitlabJob): DeploySignal | undefined {
  if (job.isPages || job.trigger) return undefined;
  for (const item of job.scripts) {
    if (item.kind === 'after_script') continue;
    for (const line of item.field.value.split('\n')) {
      const match = deployCommand.exec(line);
      if (match && !dryRun.test(line)) return { kind: 'command', field: item.field, command: match[0].replace(/\s+/g, ' ') };
    }
  }
  if (deployName.test(job.name)) return { kind: 'name', label: `its name ${job.name}` };
  if (job.stage && deployName.test(job.stage.value)) return { kind: 'name', label: `its stage ${job.stage.value}` };
  return undefined;
}

export function describeSignal(signal: DeploySignal): string {
  return signal.kind === 'command' ? `runs \`${signal.command}\`` : `deploys, judging by ${signal.label}`;
}
