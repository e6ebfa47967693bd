/**
 * Context paths whose text anyone who can open a pull request, issue or comment chooses, or that
 * come from commits and branches of a fork. Lower-case; `*` matches any one segment.
 */
const attackerControlledPatterns: readonly string[] = [
  'github.head_ref',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.name',
  'github.event.commits.*.author.email',
  'github.event.commits.*.committer.name',
  'github.event.commits.*.committer.email',
  'github.event.head_commit.message',
  'github.event.head_commit.author.name',
  'github.event.head_commit.author.email',
  'github.event.head_commit.committer.name',
  'github.event.head_commit.committer.email',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.committer.name',
  'github.event.workflow_run.head_commit.committer.email',
  'github.event.workflow_run.head_repository.description',
  'github.event.workflow_run.pull_requests.*.head.ref',
];

const patterns = attackerControlledPatterns.map((pattern) => pattern.split('.'));

/**
 * True when the context is attacker text, or an object that contains attacker text
 * (`toJSON(github.event.pull_request)` serialises the title and body too).
 */
export function isAttackerControlled(path: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const length = Math.min(pattern.length, path.length);
    for (let index = 0; index < length; index += 1) {
      if (pattern[index] !== '*' && path[index] !== '*' && pattern[index] !== path[index]) return false;
    }
    // A longer path below an attacker field (`…title.length` does not exist) still holds its text.
    return true;
  });
}
