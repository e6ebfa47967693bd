import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deployActionIn, deployCommandIn, deployWordIn } from './deploy-signals.ts';

describe('deploy signals', () => {
  it('finds deploy commands at the start of a line or after a shell separator', () => {
    assert.equal(deployCommandIn('aws ecs update-service --cluster prod --service web'), 'aws ecs deploy');
    assert.equal(deployCommandIn('make build && kubectl -n prod apply -f k8s/'), 'kubectl apply');
    assert.equal(deployCommandIn('cd infra\nterraform -chdir=prod apply -auto-approve'), 'terraform apply');
    assert.equal(deployCommandIn('helm upgrade --install web ./chart'), 'helm upgrade');
    assert.equal(deployCommandIn('npm ci\nnpm publish --provenance'), 'npm publish');
    assert.equal(deployCommandIn('docker buildx build -t img --push .'), 'docker buildx --push');
    assert.equal(deployCommandIn('sudo docker push registry/app:1'), 'docker push');
  });

  it('ignores commands mentioned inside other commands or that only prepare a deploy', () => {
    assert.equal(deployCommandIn('echo "run kubectl apply later"'), undefined);
    assert.equal(deployCommandIn('terraform plan -out plan'), undefined);
    assert.equal(deployCommandIn('npm pack && docker build -t app .'), undefined);
  });

  it('knows deploy and publish actions by name, whatever the ref or subfolder', () => {
    assert.equal(deployActionIn('pypa/gh-action-pypi-publish@release/v1'), 'pypa/gh-action-pypi-publish');
    assert.equal(deployActionIn('Actions/Deploy-Pages@v4'), 'actions/deploy-pages');
    assert.equal(deployActionIn('actions/deploy-pages-extra@v1'), undefined);
    assert.equal(deployActionIn('actions/checkout@v4'), undefined);
  });

  it('reads deploy words in names but not inside longer words', () => {
    assert.equal(deployWordIn('prod-deploy'), 'deploy');
    assert.equal(deployWordIn('Publish to npm'), 'publish');
    assert.equal(deployWordIn('prerelease-check'), undefined);
    assert.equal(deployWordIn('deployer-tests'), undefined);
  });
});
