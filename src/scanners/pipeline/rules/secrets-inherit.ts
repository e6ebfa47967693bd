import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';

/**
 * `secrets: inherit` hands every secret of the calling repository to the called workflow, not just
 * the ones it uses. A bug or compromise in that workflow, or a later change to it, can read and
 * leak all of them; naming the secrets keeps the blast radius to what is needed.
 */
export const secretsInherit: PipelineRule = {
  id: 'secrets-inherit',
  title: 'Reusable workflow receives every secret',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-200', 'least-privilege'],
  equivalents: ['secrets-inherit'],
  description: 'A job calling a reusable workflow with `secrets: inherit`.',
  remediation: 'Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    return file.jobs.flatMap((job) => {
      if (!job.secretsInherit) return [];
      const target = job.uses?.value ?? 'the called workflow';
      return [draft('secrets-inherit', rangeOf(file.source, job.secretsInherit.span), `Job ${job.id} passes every repository secret to ${target}: anything that workflow runs, now or after a change to it, can read them all.`, `${job.id}:${target}`)];
    });
  },
};
