/**
 * What makes a CI job a deployment, read from plain strings (a shell script, an action name, a job
 * name) so GitHub and GitLab pipelines share one list. Each signal says what it saw, for messages.
 */

interface CommandSignal {
  /** What the message calls it. */
  label: string;
  pattern: RegExp;
}

// Each pattern matches the command at the start of a line or after a shell separator (; & | $( `).
const commandStart = String.raw`(?:^|[;&|(\x60]|\bthen|\bdo|\bsudo)\s*`;

function command(label: string, rest: string): CommandSignal {
  return { label, pattern: new RegExp(commandStart + rest, 'm') };
}

const deployCommands: readonly CommandSignal[] = [
  // aws ecs update-service / deploy, CodeDeploy, Lambda code updates, CloudFormation, SAM, CDK.
  command('aws ecs deploy', String.raw`aws\s+ecs\s+(?:update-service|deploy)\b`),
  command('aws deploy create-deployment', String.raw`aws\s+deploy\s+create-deployment\b`),
  command('aws lambda update-function-code', String.raw`aws\s+lambda\s+update-function-code\b`),
  command('aws cloudformation deploy', String.raw`aws\s+cloudformation\s+(?:deploy|update-stack|create-stack)\b`),
  command('sam deploy', String.raw`sam\s+deploy\b`),
  command('cdk deploy', String.raw`(?:npx\s+)?cdk\s+deploy\b`),
  command('serverless deploy', String.raw`(?:npx\s+)?(?:serverless|sls)\s+deploy\b`),
  // kubectl apply / create / replace / set image / rollout restart; helm install or upgrade.
  command('kubectl apply', String.raw`kubectl\s+(?:[^\n;&|]*\s)?(?:apply|create|replace|set\s+image|rollout\s+restart)\b`),
  command('helm upgrade', String.raw`helm\s+(?:upgrade|install)\b`),
  // terraform or tofu apply, pulumi up.
  command('terraform apply', String.raw`(?:terraform|tofu)\s+(?:-chdir=\S+\s+)?apply\b`),
  command('pulumi up', String.raw`pulumi\s+up\b`),
  // Package registries: npm, yarn, pnpm, twine, poetry, cargo, gem, nuget, maven, gradle.
  command('npm publish', String.raw`(?:npm|pnpm|yarn(?:\s+npm)?)\s+publish\b`),
  command('twine upload', String.raw`(?:python3?\s+-m\s+)?twine\s+upload\b`),
  command('poetry publish', String.raw`poetry\s+publish\b`),
  command('cargo publish', String.raw`cargo\s+publish\b`),
  command('gem push', String.raw`gem\s+push\b`),
  command('nuget push', String.raw`(?:dotnet\s+)?nuget\s+push\b`),
  command('mvn deploy', String.raw`(?:mvn|\./mvnw)\s+(?:[^\n;&|]*\s)?deploy\b`),
  command('gradle publish', String.raw`(?:gradle|\./gradlew)\s+(?:[^\n;&|]*\s)?publish\w*\b`),
  // Container registries: docker/podman/crane push, buildx with --push.
  command('docker push', String.raw`(?:docker|podman|crane)\s+(?:image\s+)?push\b`),
  command('docker buildx --push', String.raw`docker\s+buildx\s+build\b[^\n]*\s--push\b`),
  // Hosting platforms.
  command('gcloud deploy', String.raw`gcloud\s+(?:app|run|functions)\s+deploy\b`),
  command('az deploy', String.raw`az\s+(?:webapp|functionapp|containerapp)\s+(?:deploy|update|up)\b`),
  command('firebase deploy', String.raw`(?:npx\s+)?firebase\s+deploy\b`),
  command('vercel deploy', String.raw`(?:npx\s+)?vercel\s+(?:deploy\b|--prod\b)`),
  command('netlify deploy', String.raw`(?:npx\s+)?netlify\s+deploy\b`),
  command('fly deploy', String.raw`(?:flyctl|fly)\s+deploy\b`),
  command('wrangler deploy', String.raw`(?:npx\s+)?wrangler\s+(?:deploy|publish)\b`),
  command('gh release create', String.raw`gh\s+release\s+create\b`),
];

/** Actions whose whole job is to deploy or publish (owner/repo, lowercase, any ref or subpath). */
const deployActions: readonly string[] = [
  'actions/deploy-pages',
  'aws-actions/amazon-ecs-deploy-task-definition',
  'aws-actions/aws-cloudformation-github-deploy',
  'azure/webapps-deploy',
  'azure/functions-action',
  'azure/k8s-deploy',
  'azure/container-apps-deploy-action',
  'google-github-actions/deploy-cloudrun',
  'google-github-actions/deploy-appengine',
  'google-github-actions/deploy-cloud-functions',
  'pypa/gh-action-pypi-publish',
  'js-devtools/npm-publish',
  'rubygems/release-gem',
  'peaceiris/actions-gh-pages',
  'jamesives/github-pages-deploy-action',
  'cloudflare/wrangler-action',
  'cloudflare/pages-action',
  'amondnet/vercel-action',
  'akhileshns/heroku-deploy',
  'softprops/action-gh-release',
  'ncipollo/release-action',
  'goreleaser/goreleaser-action',
];

/** The deploy command a script runs, or undefined. */
export function deployCommandIn(script: string): string | undefined {
  return deployCommands.find((signal) => signal.pattern.test(script))?.label;
}

/** The action name when `uses:` names a deploy or publish action, or undefined. */
export function deployActionIn(uses: string): string | undefined {
  const name = uses.trim().split('@')[0]!.toLowerCase();
  return deployActions.find((action) => name === action || name.startsWith(`${action}/`));
}

// "deploy", "deployment", "publish" or "release" as a word of a job or step name (prod-deploy, Publish to npm).
const deployWord = /(?:^|[^a-z])(deploy(?:ment)?|publish|release)(?:$|[^a-z])/i;

/** The deploy word in a job or step name, or undefined. A weaker signal than commands and actions. */
export function deployWordIn(name: string): string | undefined {
  return deployWord.exec(name)?.[1]?.toLowerCase();
}
