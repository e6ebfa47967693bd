import type { FindingDraft } from '../../../core/finding.ts';
import { persistCredentialsFix } from '../persist-credentials-fix.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { actionName, actionRef, isCheckout, withValue } from '../step-actions.ts';
import { stepGroups, type PipelineFile, type Step } from '../workflow-model.ts';

// A release tag `v1`, `v4.3` or `v4.3.1`: major, minor.
const versionTag = /^v(\d+)(?:\.(\d+))?/;
// An upload path that is the whole workspace: `.`, `./`, `*`, `**`, `${{ github.workspace }}`.
const wholeWorkspace = /^(?:\.\/?|\*\*?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/;

/**
 * `actions/checkout` writes the job's token into `.git/config` unless told not to. Uploading the
 * checked-out directory as an artifact then publishes that token: on a public repository anyone
 * can download the artifact and use the token until the job ends, long enough to push code
 * (the "ArtiPACKED" research of 2024 found this in major open-source projects).
 */
export const artipacked: PipelineRule = {
  id: 'artipacked',
  title: 'Checkout credentials uploaded in an artifact',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-522'],
  equivalents: ['artipacked'],
  description: '`actions/checkout` without `persist-credentials: false`, followed in the same job by `actions/upload-artifact` of the checkout directory with hidden files included (explicitly, or by upload-artifact before v4.4, which always included them).',
  remediation: 'Add `persist-credentials: false` to the checkout step, and upload only build outputs (`path: dist/`), never the repository root.',
  check: (file) => stepGroups(file).flatMap(({ steps }) => steps.flatMap((step) => checkCheckout(file, step, steps))),
};

function checkCheckout(file: PipelineFile, checkout: Step, steps: readonly Step[]): FindingDraft[] {
  if (!isCheckout(checkout) || withValue(checkout, 'persist-credentials')?.trim().toLowerCase() === 'false') return [];
  const directory = normalizeDirectory(withValue(checkout, 'path') ?? '.');
  const upload = uploadOfCheckout(checkout, steps);
  if (!upload || !checkout.uses) return [];
  const line = file.source.lineCounter.linePos(upload.anchor.keySpan.start).line;
  const message = `This checkout keeps the job's token in ${directory === '.' ? '' : `${directory}/`}.git/config and the upload-artifact step at line ${line} publishes that directory: anyone who can download the artifact gets a token that can push to the repository.`;
  const finding = draft('artipacked', rangeOf(file.source, checkout.uses.span), message, `${directory}`);
  const fix = persistCredentialsFix(file, checkout, steps);
  return [fix ? { ...finding, fix } : finding];
}

/** The later upload-artifact step of the same job that publishes this checkout's directory, if any. */
export function uploadOfCheckout(checkout: Step, steps: readonly Step[]): Step | undefined {
  const directory = normalizeDirectory(withValue(checkout, 'path') ?? '.');
  return steps.find((later) => later.index > checkout.index && uploadsCheckout(later, directory));
}

function uploadsCheckout(step: Step, directory: string): boolean {
  if (actionName(step) !== 'actions/upload-artifact' || !includesHiddenFiles(step)) return false;
  const paths = (withValue(step, 'path') ?? '').split('\n').map((path) => path.trim()).filter((path) => path && !path.startsWith('!'));
  return paths.some((path) => wholeWorkspace.test(path) || (directory !== '.' && normalizeDirectory(path) === directory));
}

/** upload-artifact skips dot-files (so `.git`) from v4.4 on unless `include-hidden-files: true`. */
function includesHiddenFiles(step: Step): boolean {
  if (withValue(step, 'include-hidden-files')?.trim().toLowerCase() === 'true') return true;
  const version = versionTag.exec(actionRef(step) ?? '');
  if (!version) return false;
  const major = Number(version[1]);
  const minor = version[2] === undefined ? undefined : Number(version[2]);
  return major < 4 || (major === 4 && minor !== undefined && minor < 4);
}

function normalizeDirectory(path: string): string {
  const trimmed = path.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}
