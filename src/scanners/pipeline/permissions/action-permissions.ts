import type { ScopeLevels, TokenScope } from './scopes.ts';

/** Extra scopes an action needs when an input is set (`present: true`) or left out (`present: false`). */
export interface ConditionalNeeds {
  input: string;
  present: boolean;
  needs: ScopeLevels;
}

/**
 * What one action does with the job's GITHUB_TOKEN, as its documentation describes it. Needs are
 * conservative: when the documentation lists a scope as needed for an optional feature, or the
 * feature is common, the scope is listed, so rampart never calls a scope excess that the action
 * may use.
 */
export interface ActionPermissions {
  /** `owner/repo` or `owner/repo/path` in lower case, without `@ref`. */
  action: string;
  /** The page that documents the token use (README, action.yml or the vendor's docs). */
  source: string;
  /** Scopes used with default inputs; `unknown` when user code decides (github-script). */
  needs: ScopeLevels | 'unknown';
  /**
   * Inputs that carry the token the action calls GitHub with. When one is set to another
   * credential (a PAT, an app token) the action no longer needs the job's token, so every need
   * except `id-token` falls away.
   */
  tokenInputs?: readonly string[];
  /** false when the token inputs have no default: left out, the action gets no token at all. */
  tokenInputDefault?: boolean;
  /** Environment variables the action reads its token from; unset, it has no token. */
  tokenEnv?: readonly string[];
  conditional?: readonly ConditionalNeeds[];
  /**
   * Scopes the action may use depending on configuration the workflow does not show (a config
   * file, an optional feature): rampart never calls them unused, and a fix keeps them at the
   * level granted but never adds them.
   */
  mayNeed?: readonly TokenScope[];
  /** One line for the docs page: what the token is used for. */
  note: string;
}

const readme = (repo: string) => `https://github.com/${repo}#readme`;

const setup = (action: string, note = 'Downloads a toolchain; the token only raises API rate limits on public data.'): ActionPermissions => ({
  action,
  source: readme(action),
  needs: {},
  tokenInputs: ['token'],
  note,
});

const oidcLogin = (action: string, input: string, present: boolean, note: string): ActionPermissions => ({
  action,
  source: readme(action),
  needs: {},
  conditional: [{ input, present, needs: { 'id-token': 'write' } }],
  note,
});

export const actionPermissions: readonly ActionPermissions[] = [
  { action: 'actions/checkout', source: readme('actions/checkout'), needs: { contents: 'read' }, tokenInputs: ['token'], note: 'Clones the repository; keeps the token in .git/config unless `persist-credentials: false`, so later `git push` steps can use it.' },
  setup('actions/setup-node'),
  setup('actions/setup-python'),
  setup('actions/setup-go'),
  setup('actions/setup-java'),
  setup('actions/setup-dotnet'),
  setup('ruby/setup-ruby'),
  setup('astral-sh/setup-uv', 'Installs uv; the token only raises rate limits when downloading releases.'),
  setup('pnpm/action-setup', 'Installs pnpm; no GitHub API calls that need scopes.'),
  setup('oven-sh/setup-bun'),
  setup('denoland/setup-deno'),
  setup('dtolnay/rust-toolchain', 'Installs a Rust toolchain with rustup; no GitHub API calls.'),
  setup('hashicorp/setup-terraform', 'Installs Terraform from HashiCorp releases; no GitHub API calls.'),
  setup('azure/setup-helm'),
  setup('azure/setup-kubectl', 'Installs kubectl; no GitHub API calls that need scopes.'),
  setup('google-github-actions/setup-gcloud', 'Installs the gcloud CLI; authentication comes from google-github-actions/auth.'),
  setup('sigstore/cosign-installer', 'Installs cosign; keyless signing in a later step needs `id-token: write` there.'),
  setup('cachix/install-nix-action', 'Installs Nix; the token only raises rate limits on public data.'),
  { action: 'gradle/actions/setup-gradle', source: readme('gradle/actions'), needs: {}, tokenInputs: ['github-token'], conditional: [{ input: 'dependency-graph', present: true, needs: { contents: 'write' } }], note: 'Sets up Gradle; submitting a dependency graph (`dependency-graph: generate-and-submit`) needs `contents: write`.' },
  { action: 'gradle/actions/dependency-submission', source: readme('gradle/actions'), needs: { contents: 'write' }, tokenInputs: ['github-token'], note: 'Submits the dependency graph to the dependency submission API.' },
  { action: 'actions/cache', source: readme('actions/cache'), needs: {}, note: 'Uses the runner\'s cache service token, not the GITHUB_TOKEN.' },
  { action: 'actions/cache/restore', source: readme('actions/cache'), needs: {}, note: 'Uses the runner\'s cache service token, not the GITHUB_TOKEN.' },
  { action: 'actions/cache/save', source: readme('actions/cache'), needs: {}, note: 'Uses the runner\'s cache service token, not the GITHUB_TOKEN.' },
  { action: 'actions/upload-artifact', source: readme('actions/upload-artifact'), needs: {}, note: 'Uses the runner\'s artifact service token, not the GITHUB_TOKEN.' },
  { action: 'actions/download-artifact', source: readme('actions/download-artifact'), needs: {}, tokenInputs: ['github-token'], conditional: [{ input: 'run-id', present: true, needs: { actions: 'read' } }], note: 'Artifacts of the current run need no scope; `run-id` with `github-token` reads another run\'s artifacts (`actions: read`).' },
  { action: 'dawidd6/action-download-artifact', source: readme('dawidd6/action-download-artifact'), needs: { actions: 'read', contents: 'read' }, tokenInputs: ['github_token'], note: 'Lists workflow runs and downloads their artifacts through the API.' },
  { action: 'actions/github-script', source: readme('actions/github-script'), needs: 'unknown', tokenInputs: ['github-token'], note: 'Runs user JavaScript with an authenticated client. rampart reads the `github.rest.<group>.<method>` calls of an inline script (get/list/check/compare/download methods read, the rest write; issue and reaction calls count for pull requests too); GraphQL, raw requests, required files or environment access leave the job unknown.' },
  { action: 'actions/labeler', source: readme('actions/labeler'), needs: { contents: 'read', 'pull-requests': 'write', issues: 'write' }, tokenInputs: ['repo-token'], note: 'Adds labels to pull requests; creating a missing label needs `issues: write`.' },
  { action: 'actions/stale', source: readme('actions/stale'), needs: { issues: 'write', 'pull-requests': 'write', actions: 'write' }, tokenInputs: ['repo-token'], conditional: [{ input: 'delete-branch', present: true, needs: { contents: 'write' } }], note: 'Labels, comments on and closes issues and pull requests; keeps its state in the Actions cache (`actions: write`); `delete-branch` needs `contents: write`.' },
  { action: 'actions/first-interaction', source: readme('actions/first-interaction'), needs: { issues: 'write', 'pull-requests': 'write' }, tokenInputs: ['repo-token', 'repo_token'], note: 'Comments on a first-time contributor\'s issue or pull request.' },
  { action: 'actions/create-release', source: readme('actions/create-release'), needs: { contents: 'write' }, tokenEnv: ['GITHUB_TOKEN'], note: 'Creates a release (archived action; token from `env.GITHUB_TOKEN`).' },
  { action: 'actions/upload-release-asset', source: readme('actions/upload-release-asset'), needs: { contents: 'write' }, tokenEnv: ['GITHUB_TOKEN'], note: 'Uploads a release asset (archived action; token from `env.GITHUB_TOKEN`).' },
  { action: 'softprops/action-gh-release', source: readme('softprops/action-gh-release'), needs: { contents: 'write' }, tokenInputs: ['token'], conditional: [{ input: 'discussion_category_name', present: true, needs: { discussions: 'write' } }], note: 'Creates or updates a release and uploads assets; announcing it in a discussion needs `discussions: write`.' },
  { action: 'ncipollo/release-action', source: readme('ncipollo/release-action'), needs: { contents: 'write' }, tokenInputs: ['token'], note: 'Creates or updates a release and its artifacts.' },
  { action: 'googleapis/release-please-action', source: readme('googleapis/release-please-action'), needs: { contents: 'write', 'pull-requests': 'write', issues: 'write' }, tokenInputs: ['token'], note: 'Opens release pull requests, tags and creates releases; labels the pull requests (`issues: write`).' },
  { action: 'google-github-actions/release-please-action', source: readme('google-github-actions/release-please-action'), needs: { contents: 'write', 'pull-requests': 'write', issues: 'write' }, tokenInputs: ['token'], note: 'Former name of googleapis/release-please-action; same needs.' },
  { action: 'release-drafter/release-drafter', source: readme('release-drafter/release-drafter'), needs: { contents: 'write', 'pull-requests': 'write' }, tokenEnv: ['GITHUB_TOKEN'], note: 'Drafts release notes (`contents: write`) and can label pull requests (`pull-requests: write`).' },
  { action: 'changesets/action', source: readme('changesets/action'), needs: { contents: 'write', 'pull-requests': 'write' }, tokenEnv: ['GITHUB_TOKEN'], mayNeed: ['id-token'], note: 'Pushes a version branch and opens its pull request; its `publish` command may publish to npm with provenance or trusted publishing, so `id-token` stays open.' },
  { action: 'goreleaser/goreleaser-action', source: readme('goreleaser/goreleaser-action'), needs: { contents: 'write' }, tokenEnv: ['GITHUB_TOKEN'], mayNeed: ['id-token', 'packages'], note: 'Creates the GitHub release and uploads archives when `env.GITHUB_TOKEN` is the job token; its config file (not visible here) may sign keylessly with cosign or push images, so `id-token` and `packages` stay open.' },
  { action: 'peter-evans/create-pull-request', source: readme('peter-evans/create-pull-request'), needs: { contents: 'write', 'pull-requests': 'write' }, tokenInputs: ['token'], note: 'Pushes a branch and opens or updates a pull request.' },
  { action: 'peter-evans/create-or-update-comment', source: readme('peter-evans/create-or-update-comment'), needs: { issues: 'write', 'pull-requests': 'write' }, tokenInputs: ['token'], note: 'Writes a comment on an issue or pull request.' },
  { action: 'peter-evans/find-comment', source: readme('peter-evans/find-comment'), needs: { issues: 'read', 'pull-requests': 'read' }, tokenInputs: ['token'], note: 'Reads the comments of an issue or pull request.' },
  { action: 'peter-evans/enable-pull-request-automerge', source: readme('peter-evans/enable-pull-request-automerge'), needs: { contents: 'write', 'pull-requests': 'write' }, tokenInputs: ['token'], note: 'Turns on auto-merge for a pull request.' },
  { action: 'peter-evans/slash-command-dispatch', source: readme('peter-evans/slash-command-dispatch'), needs: 'unknown', tokenInputs: ['token'], note: 'Dispatches repository events; the documented setup uses a PAT, and the scopes depend on the commands.' },
  { action: 'marocchino/sticky-pull-request-comment', source: readme('marocchino/sticky-pull-request-comment'), needs: { 'pull-requests': 'write' }, tokenInputs: ['GITHUB_TOKEN'], note: 'Creates or updates one comment on a pull request.' },
  { action: 'thollander/actions-comment-pull-request', source: readme('thollander/actions-comment-pull-request'), needs: { 'pull-requests': 'write' }, tokenInputs: ['github-token', 'GITHUB_TOKEN'], note: 'Comments on a pull request.' },
  { action: 'mshick/add-pr-comment', source: readme('mshick/add-pr-comment'), needs: { issues: 'write', 'pull-requests': 'write' }, tokenInputs: ['repo-token'], note: 'Comments on a pull request through the issues comments API.' },
  { action: 'dependabot/fetch-metadata', source: readme('dependabot/fetch-metadata'), needs: { 'pull-requests': 'read' }, tokenInputs: ['github-token'], note: 'Reads the Dependabot pull request; alert lookup needs a PAT, not the job token.' },
  { action: 'amannn/action-semantic-pull-request', source: readme('amannn/action-semantic-pull-request'), needs: { 'pull-requests': 'read' }, mayNeed: ['statuses'], tokenEnv: ['GITHUB_TOKEN'], note: 'Reads the pull request title; marking work-in-progress pull requests sets a commit status, so `statuses` stays open.' },
  { action: 'actions/dependency-review-action', source: readme('actions/dependency-review-action'), needs: { contents: 'read' }, tokenInputs: ['repo-token'], conditional: [{ input: 'comment-summary-in-pr', present: true, needs: { 'pull-requests': 'write' } }], note: 'Compares dependencies through the dependency graph; posting the summary on the pull request needs `pull-requests: write`.' },
  { action: 'dorny/paths-filter', source: readme('dorny/paths-filter'), needs: { contents: 'read', 'pull-requests': 'read' }, tokenInputs: ['token'], note: 'Lists the files a pull request changes through the API.' },
  { action: 'tj-actions/changed-files', source: readme('tj-actions/changed-files'), needs: { contents: 'read', 'pull-requests': 'read' }, tokenInputs: ['token'], note: 'Lists changed files through git or the pull request files API.' },
  { action: 'dorny/test-reporter', source: readme('dorny/test-reporter'), needs: { checks: 'write', contents: 'read', actions: 'read' }, tokenInputs: ['token'], note: 'Creates a check run with test results; reading results from another run\'s artifacts needs `actions: read`.' },
  { action: 'mikepenz/action-junit-report', source: readme('mikepenz/action-junit-report'), needs: { checks: 'write', 'pull-requests': 'write' }, tokenInputs: ['token'], note: 'Creates a check run with JUnit results and can comment on the pull request.' },
  { action: 'enricomi/publish-unit-test-result-action', source: readme('EnricoMi/publish-unit-test-result-action'), needs: { checks: 'write', 'pull-requests': 'write', contents: 'read', issues: 'read' }, tokenInputs: ['github_token'], note: 'Creates a check run and a pull request comment with test results.' },
  { action: 'docker/login-action', source: readme('docker/login-action'), needs: { packages: 'write' }, tokenInputs: ['password'], tokenInputDefault: false, note: 'Logs in to a registry; with the job token as password (GHCR) later pushes need `packages: write`.' },
  { action: 'docker/setup-buildx-action', source: readme('docker/setup-buildx-action'), needs: {}, note: 'Creates a Buildx builder; no GitHub API calls that need scopes.' },
  { action: 'docker/setup-qemu-action', source: readme('docker/setup-qemu-action'), needs: {}, note: 'Installs QEMU emulators; no GitHub API calls.' },
  { action: 'docker/build-push-action', source: readme('docker/build-push-action'), needs: { contents: 'read' }, tokenInputs: ['github-token'], note: 'Builds and pushes with the registry login of an earlier step; the token only reads the Git build context.' },
  { action: 'docker/bake-action', source: readme('docker/bake-action'), needs: { contents: 'read' }, tokenInputs: ['github-token'], note: 'Builds with Bake; the token only reads the Git build context.' },
  { action: 'docker/metadata-action', source: readme('docker/metadata-action'), needs: { contents: 'read' }, tokenInputs: ['github-token'], note: 'Computes tags and labels; the token reads repository information.' },
  { action: 'github/codeql-action/init', source: readme('github/codeql-action'), needs: { 'security-events': 'write', actions: 'read', contents: 'read', packages: 'read' }, tokenInputs: ['token'], note: 'Starts CodeQL, downloads query packs (`packages: read` for private packs) and reports status to code scanning.' },
  { action: 'github/codeql-action/autobuild', source: readme('github/codeql-action'), needs: { 'security-events': 'write', contents: 'read' }, tokenInputs: ['token'], note: 'Builds the code for CodeQL and reports status to code scanning.' },
  { action: 'github/codeql-action/analyze', source: readme('github/codeql-action'), needs: { 'security-events': 'write', actions: 'read', contents: 'read' }, tokenInputs: ['token'], note: 'Runs the queries and uploads results to code scanning.' },
  { action: 'github/codeql-action/upload-sarif', source: readme('github/codeql-action'), needs: { 'security-events': 'write', actions: 'read', contents: 'read' }, tokenInputs: ['token'], note: 'Uploads a SARIF file to code scanning.' },
  { action: 'ossf/scorecard-action', source: readme('ossf/scorecard-action'), needs: { 'id-token': 'write', contents: 'read', actions: 'read' }, tokenInputs: ['repo_token'], note: 'Reads repository settings; `publish_results` signs the results with an OIDC token (`id-token: write`). Uploading its SARIF is a separate codeql-action step.' },
  { action: 'actions/deploy-pages', source: readme('actions/deploy-pages'), needs: { pages: 'write', 'id-token': 'write' }, tokenInputs: ['token'], note: 'Deploys the uploaded Pages artifact; the OIDC token proves the deployment\'s origin.' },
  { action: 'actions/upload-pages-artifact', source: readme('actions/upload-pages-artifact'), needs: {}, note: 'Uploads the site as an artifact with the runner\'s artifact token.' },
  { action: 'actions/configure-pages', source: readme('actions/configure-pages'), needs: { pages: 'read' }, tokenInputs: ['token'], note: 'Reads the Pages site configuration; enabling Pages needs a token with administration rights, not the job token.' },
  { action: 'jamesives/github-pages-deploy-action', source: readme('JamesIves/github-pages-deploy-action'), needs: { contents: 'write' }, tokenInputs: ['token'], note: 'Pushes the built site to a branch; with `ssh-key` the job token is not used.' },
  { action: 'peaceiris/actions-gh-pages', source: readme('peaceiris/actions-gh-pages'), needs: { contents: 'write' }, tokenInputs: ['github_token'], tokenInputDefault: false, note: 'Pushes the built site to a branch with `github_token`; a deploy key or PAT needs no job scope.' },
  { action: 'stefanzweifel/git-auto-commit-action', source: readme('stefanzweifel/git-auto-commit-action'), needs: { contents: 'write' }, note: 'Commits and pushes with the credentials actions/checkout persisted.' },
  { action: 'endbug/add-and-commit', source: readme('EndBug/add-and-commit'), needs: { contents: 'write' }, tokenInputs: ['github_token'], note: 'Commits and pushes changes made by the workflow.' },
  { action: 'ad-m/github-push-action', source: readme('ad-m/github-push-action'), needs: { contents: 'write' }, tokenInputs: ['github_token'], note: 'Pushes commits made by the workflow.' },
  oidcLogin('aws-actions/configure-aws-credentials', 'role-to-assume', true, 'Assuming a role through OIDC (`role-to-assume` without stored keys) needs `id-token: write`.'),
  oidcLogin('azure/login', 'creds', false, 'Without a `creds` secret it logs in with OIDC federation, which needs `id-token: write`.'),
  oidcLogin('google-github-actions/auth', 'credentials_json', false, 'Without `credentials_json` it uses Workload Identity Federation, which needs `id-token: write`.'),
  { action: 'hashicorp/vault-action', source: readme('hashicorp/vault-action'), needs: {}, conditional: [{ input: 'method', present: true, needs: { 'id-token': 'write' } }], note: 'The `jwt` auth method reads a GitHub OIDC token (`id-token: write`).' },
  { action: 'pypa/gh-action-pypi-publish', source: readme('pypa/gh-action-pypi-publish'), needs: {}, conditional: [{ input: 'password', present: false, needs: { 'id-token': 'write' } }], note: 'Without `password` it uses PyPI trusted publishing (`id-token: write`).' },
  { action: 'rubygems/release-gem', source: readme('rubygems/release-gem'), needs: { 'id-token': 'write', contents: 'write' }, note: 'Trusted publishing to RubyGems (`id-token: write`) and pushes the release tag (`contents: write`).' },
  { action: 'rubygems/configure-rubygems-credentials', source: readme('rubygems/configure-rubygems-credentials'), needs: { 'id-token': 'write' }, note: 'Exchanges an OIDC token for a RubyGems API key.' },
  { action: 'rust-lang/crates-io-auth-action', source: readme('rust-lang/crates-io-auth-action'), needs: { 'id-token': 'write' }, note: 'Exchanges an OIDC token for a short-lived crates.io token.' },
  { action: 'actions/attest-build-provenance', source: readme('actions/attest-build-provenance'), needs: { 'id-token': 'write', attestations: 'write', contents: 'read' }, tokenInputs: ['github-token'], conditional: [{ input: 'push-to-registry', present: true, needs: { packages: 'write' } }], note: 'Signs provenance with a Sigstore certificate from the OIDC token and stores the attestation; `push-to-registry` also writes to the package registry.' },
  { action: 'actions/attest-sbom', source: readme('actions/attest-sbom'), needs: { 'id-token': 'write', attestations: 'write', contents: 'read' }, tokenInputs: ['github-token'], conditional: [{ input: 'push-to-registry', present: true, needs: { packages: 'write' } }], note: 'Signs an SBOM attestation with the OIDC token and stores it.' },
  { action: 'actions/attest', source: readme('actions/attest'), needs: { 'id-token': 'write', attestations: 'write', contents: 'read' }, tokenInputs: ['github-token'], conditional: [{ input: 'push-to-registry', present: true, needs: { packages: 'write' } }], note: 'Signs an attestation with the OIDC token and stores it.' },
  { action: 'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml', source: readme('slsa-framework/slsa-github-generator'), needs: { actions: 'read', 'id-token': 'write', contents: 'write' }, note: 'Reusable workflow: reads the run (`actions: read`), signs with OIDC and uploads provenance to the release (`contents: write`).' },
  { action: 'slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml', source: readme('slsa-framework/slsa-github-generator'), needs: { actions: 'read', 'id-token': 'write', packages: 'write' }, note: 'Reusable workflow: signs container provenance with OIDC and pushes it to the registry.' },
  { action: 'codecov/codecov-action', source: readme('codecov/codecov-action'), needs: {}, conditional: [{ input: 'use_oidc', present: true, needs: { 'id-token': 'write' } }], note: 'Uploads coverage with a Codecov token; `use_oidc` authenticates with an OIDC token instead.' },
  { action: 'golangci/golangci-lint-action', source: readme('golangci/golangci-lint-action'), needs: { contents: 'read', 'pull-requests': 'read', checks: 'write' }, tokenInputs: ['github-token'], note: 'Reads the code; `only-new-issues` reads the pull request and older versions annotate through checks.' },
  { action: 'super-linter/super-linter', source: readme('super-linter/super-linter'), needs: { contents: 'read', packages: 'read', statuses: 'write' }, tokenEnv: ['GITHUB_TOKEN'], note: 'Reports one commit status per linter (`statuses: write`).' },
  { action: 'github/super-linter', source: readme('github/super-linter'), needs: { contents: 'read', packages: 'read', statuses: 'write' }, tokenEnv: ['GITHUB_TOKEN'], note: 'Former name of super-linter/super-linter; same needs.' },
  { action: 'reviewdog/action-setup', source: readme('reviewdog/action-setup'), needs: {}, note: 'Installs reviewdog; a later step that runs it with the token needs review scopes.' },
  { action: 'reviewdog/action-eslint', source: readme('reviewdog/action-eslint'), needs: { contents: 'read', checks: 'write', 'pull-requests': 'write' }, tokenInputs: ['github_token'], note: 'Reports lint results as checks or review comments.' },
  { action: 'reviewdog/action-shellcheck', source: readme('reviewdog/action-shellcheck'), needs: { contents: 'read', checks: 'write', 'pull-requests': 'write' }, tokenInputs: ['github_token'], note: 'Reports lint results as checks or review comments.' },
  { action: 'reviewdog/action-actionlint', source: readme('reviewdog/action-actionlint'), needs: { contents: 'read', checks: 'write', 'pull-requests': 'write' }, tokenInputs: ['github_token'], note: 'Reports lint results as checks or review comments.' },
  { action: 'hadolint/hadolint-action', source: readme('hadolint/hadolint-action'), needs: {}, note: 'Lints Dockerfiles locally; no GitHub API calls.' },
  { action: 'ludeeus/action-shellcheck', source: readme('ludeeus/action-shellcheck'), needs: {}, note: 'Runs shellcheck locally; no GitHub API calls.' },
  { action: 'aquasecurity/trivy-action', source: readme('aquasecurity/trivy-action'), needs: {}, note: 'Scans locally; uploading its SARIF is a separate codeql-action step.' },
  { action: 'actions/create-github-app-token', source: readme('actions/create-github-app-token'), needs: {}, note: 'Mints an app installation token from the app\'s key; the job token is not used.' },
  { action: 'crazy-max/ghaction-import-gpg', source: readme('crazy-max/ghaction-import-gpg'), needs: {}, note: 'Imports a GPG key from a secret; no GitHub API calls.' },
  { action: 'actions/delete-package-versions', source: readme('actions/delete-package-versions'), needs: { packages: 'write' }, tokenInputs: ['token'], note: 'Deletes package versions from GitHub Packages.' },
  { action: 'actions/add-to-project', source: readme('actions/add-to-project'), needs: {}, tokenInputs: ['github-token'], tokenInputDefault: false, note: 'Projects (v2) cannot be written with the job token: the documented setup passes a PAT or app token.' },
  setup('swatinem/rust-cache', 'Caches Cargo artifacts through the runner\'s cache service; no GitHub API calls.'),
  setup('pyo3/maturin-action', 'Builds Python wheels with maturin; the token only raises rate limits when downloading maturin.'),
  setup('step-security/harden-runner', 'Monitors or blocks the runner\'s network egress; needs no token scope.'),
  { action: 'ko-build/setup-ko', source: readme('ko-build/setup-ko'), needs: { packages: 'write' }, note: 'Installs ko and, unless `KO_DOCKER_REPO` is already set, logs ko in to GHCR with the job token so later `ko build` steps push there (`packages: write`).' },
  setup('extractions/setup-just', 'Installs just from its releases; the token only raises rate limits.'),
  setup('taiki-e/install-action', 'Installs prebuilt tools from their releases; the token only raises rate limits.'),
  setup('rui314/setup-mold', 'Installs the mold linker; no GitHub API calls that need scopes.'),
  setup('shivammathur/setup-php', 'Installs PHP and extensions; the token only raises rate limits on public data.'),
  setup('helm/kind-action', 'Creates a kind cluster; no GitHub API calls that need scopes.'),
  setup('helm/chart-testing-action', 'Installs chart-testing; no GitHub API calls that need scopes.'),
  setup('medyagh/setup-minikube', 'Installs and starts minikube; no GitHub API calls that need scopes.'),
  setup('jdx/mise-action', 'Installs tools with mise; the token only raises rate limits on public data.'),
  setup('arduino/setup-protoc', 'Installs protoc from its releases; the token only raises rate limits.'),
  setup('bufbuild/buf-setup-action', 'Installs buf; the token only raises rate limits when downloading it.'),
  setup('erlef/setup-beam', 'Installs Erlang/OTP and Elixir; no GitHub API calls that need scopes.'),
  setup('haskell-actions/setup', 'Installs GHC and cabal or stack; no GitHub API calls that need scopes.'),
  setup('julia-actions/setup-julia', 'Installs Julia; no GitHub API calls that need scopes.'),
  setup('mlugg/setup-zig', 'Installs Zig; no GitHub API calls that need scopes.'),
  setup('msys2/setup-msys2', 'Installs MSYS2 on Windows runners; no GitHub API calls.'),
  setup('ilammy/msvc-dev-cmd', 'Sets up the MSVC developer environment; no GitHub API calls.'),
  setup('microsoft/setup-msbuild', 'Adds MSBuild to PATH; no GitHub API calls.'),
  setup('awalsh128/cache-apt-pkgs-action', 'Caches apt packages through the runner\'s cache service; no GitHub API calls.'),
  setup('webfactory/ssh-agent', 'Loads an SSH key from a secret into ssh-agent; no GitHub API calls.'),
  setup('pre-commit/action', 'Runs pre-commit hooks locally; no GitHub API calls.'),
  setup('crate-ci/typos', 'Spell-checks the code locally; no GitHub API calls.'),
  setup('codespell-project/actions-codespell', 'Spell-checks the code locally; no GitHub API calls.'),
  setup('davidanson/markdownlint-cli2-action', 'Lints Markdown locally; no GitHub API calls.'),
  setup('psf/black', 'Checks Python formatting locally; no GitHub API calls.'),
  setup('trufflesecurity/trufflehog', 'Scans for secrets locally; no GitHub API calls that need scopes.'),
  setup('slackapi/slack-github-action', 'Posts to Slack with a Slack token or webhook; no GitHub API calls.'),
  { action: 'coverallsapp/github-action', source: readme('coverallsapp/github-action'), needs: {}, mayNeed: ['checks'], tokenInputs: ['github-token'], note: 'Sends coverage to Coveralls with the job token as the repository credential; `checks` stays open because workflows commonly grant it for Coveralls\' reports.' },
  { action: 'lycheeverse/lychee-action', source: readme('lycheeverse/lychee-action'), needs: {}, tokenInputs: ['token'], note: 'Checks links; the token only raises GitHub rate limits on public data.' },
  { action: 'dessant/lock-threads', source: readme('dessant/lock-threads'), needs: { issues: 'write', 'pull-requests': 'write', discussions: 'write' }, tokenInputs: ['github-token'], note: 'Locks closed issues, pull requests and discussions.' },
  { action: 'sigstore/gh-action-sigstore-python', source: readme('sigstore/gh-action-sigstore-python'), needs: { 'id-token': 'write' }, conditional: [{ input: 'release-signing-artifacts', present: true, needs: { contents: 'write' } }], note: 'Signs with a Sigstore certificate from the OIDC token; uploading signatures to a release needs `contents: write`.' },
  { action: 'actions/ai-inference', source: readme('actions/ai-inference'), needs: { models: 'read' }, tokenInputs: ['token'], note: 'Calls GitHub Models with the job token (`models: read`).' },
  { action: 'gradle/actions/wrapper-validation', source: readme('gradle/actions'), needs: {}, note: 'Checks the Gradle wrapper checksum against published ones; no GitHub API calls.' },
  { action: 'gradle/wrapper-validation-action', source: readme('gradle/wrapper-validation-action'), needs: {}, note: 'Checks the Gradle wrapper checksum against published ones; no GitHub API calls.' },
  setup('moonrepo/setup-rust', 'Installs Rust and caches through the runner\'s cache service; the token only raises rate limits.'),
  setup('jetli/wasm-pack-action', 'Installs wasm-pack from its releases; the token only raises rate limits.'),
  setup('jetli/wasm-bindgen-action', 'Installs wasm-bindgen from its releases; the token only raises rate limits.'),
  { action: 'zizmorcore/zizmor-action', source: readme('zizmorcore/zizmor-action'), needs: { 'security-events': 'write', contents: 'read', actions: 'read' }, tokenInputs: ['token'], note: 'Audits workflows and, with GitHub Advanced Security output (its default), uploads SARIF to code scanning.' },
  { action: 'peter-evans/repository-dispatch', source: readme('peter-evans/repository-dispatch'), needs: { contents: 'write' }, tokenInputs: ['token'], note: 'Creates a repository_dispatch event; for the same repository the job token needs `contents: write`.' },
  { action: 'github/issue-labeler', source: readme('github/issue-labeler'), needs: { issues: 'write', contents: 'read' }, tokenInputs: ['repo-token'], note: 'Labels issues from regular expressions over their text.' },
  { action: 'helm/chart-releaser-action', source: readme('helm/chart-releaser-action'), needs: { contents: 'write' }, tokenEnv: ['CR_TOKEN'], note: 'Creates releases for charts and pushes the index to gh-pages with `env.CR_TOKEN`.' },
];
