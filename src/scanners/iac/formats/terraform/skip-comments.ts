/**
 * Skip comments that apply to a block: those inside it and the run of comment lines directly
 * above it. Checkov (`checkov:skip=CKV_AWS_19:reason`), Trivy/tfsec (`trivy:ignore:AVD-AWS-0088`,
 * `tfsec:ignore:aws-s3-enable-bucket-encryption`) and rampart (`rampart-ignore: <id> reason`)
 * forms are read, so teams keep their existing suppressions.
 */
export function skipsForBlock(comments: ReadonlyMap<number, string> | undefined, startLine: number, endLine: number): Map<string, string> | undefined {
  if (!comments || comments.size === 0) return undefined;
  const skips = new Map<string, string>();
  for (let line = startLine - 1; comments.has(line); line--) readSkips(comments.get(line)!, skips);
  for (let line = startLine; line <= endLine; line++) {
    const comment = comments.get(line);
    if (comment !== undefined) readSkips(comment, skips);
  }
  return skips.size > 0 ? skips : undefined;
}

// checkov:skip=ID or checkov:skip=ID:reason (the reason runs to the end of the comment).
const CHECKOV_SKIP = /checkov:skip=([A-Za-z0-9_-]+)(?::([^\n]*))?/g;
// trivy:ignore:ID or tfsec:ignore:ID, several may sit on one line.
const TRIVY_IGNORE = /(?:trivy|tfsec):ignore:([A-Za-z0-9_.-]+)/g;
// rampart-ignore: rule-id followed by an optional reason.
const RAMPART_IGNORE = /rampart-ignore:\s*([A-Za-z0-9_.-]+)(?:\s+([^\n]*))?/g;

function readSkips(comment: string, skips: Map<string, string>): void {
  for (const match of comment.matchAll(CHECKOV_SKIP)) skips.set(match[1]!, reasonOf(match[2], 'checkov:skip'));
  for (const match of comment.matchAll(TRIVY_IGNORE)) skips.set(match[1]!, 'trivy:ignore comment');
  for (const match of comment.matchAll(RAMPART_IGNORE)) skips.set(match[1]!, reasonOf(match[2], 'rampart-ignore'));
}

function reasonOf(written: string | undefined, form: string): string {
  const reason = written?.replace(/\*\/\s*$/, '').trim();
  return reason ? reason : `${form} comment without a reason`;
}
