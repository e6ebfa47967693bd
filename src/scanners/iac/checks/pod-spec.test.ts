import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IacResource } from '../iac-resource.ts';
import type { IacObject } from '../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from './pod-spec.ts';
import { effectiveSetting } from './security-context.ts';

function object(type: string, attributes: IacObject): IacResource {
  return { format: 'kubernetes', type, name: 'x', address: `${type}/default/x`, path: 'x.yaml', startLine: 1, endLine: 1, attributes, positions: new Map(), references: [] };
}

const podSpec: IacObject = { securityContext: { runAsUser: 1000 }, containers: [{ name: 'app', securityContext: { runAsUser: 0 } }, { image: 'x' }], initContainers: [{ name: 'init' }], ephemeralContainers: [{ name: 'debug' }] };

describe('podSpecOf / containersOf', () => {
  it('finds the pod spec of every workload kind at its own path', () => {
    const cases: [string, IacObject, string][] = [
      ['Pod', { spec: podSpec }, 'spec'],
      ['PodTemplate', { template: { spec: podSpec } }, 'template.spec'],
      ['Deployment', { spec: { template: { metadata: { labels: { app: 'a' } }, spec: podSpec } } }, 'spec.template.spec'],
      ['StatefulSet', { spec: { template: { spec: podSpec } } }, 'spec.template.spec'],
      ['DaemonSet', { spec: { template: { spec: podSpec } } }, 'spec.template.spec'],
      ['ReplicaSet', { spec: { template: { spec: podSpec } } }, 'spec.template.spec'],
      ['ReplicationController', { spec: { template: { spec: podSpec } } }, 'spec.template.spec'],
      ['Job', { spec: { template: { spec: podSpec } } }, 'spec.template.spec'],
      ['CronJob', { spec: { jobTemplate: { spec: { template: { spec: podSpec } } } } }, 'spec.jobTemplate.spec.template.spec'],
    ];
    for (const [kind, attributes, path] of cases) {
      assert.ok(workloadKinds.includes(kind), kind);
      assert.equal(podSpecOf(object(kind, attributes))?.path, path, kind);
    }
    assert.deepEqual(podSpecOf(object('Deployment', { spec: { template: { metadata: { labels: { app: 'a' } }, spec: podSpec } } }))?.metadata, { labels: { app: 'a' } });
    assert.equal(podSpecOf(object('Service', { spec: podSpec })), undefined);
    assert.equal(podSpecOf(object('Deployment', { spec: { template: 'x' } })), undefined);
  });

  it('lists regular, init and ephemeral containers with paths and names', () => {
    const pod = podSpecOf(object('Pod', { spec: podSpec }))!;
    assert.deepEqual(containersOf(pod).map((container) => [container.kind, container.name, container.path]), [
      ['containers', 'app', 'spec.containers.0'],
      ['containers', 'containers[1]', 'spec.containers.1'],
      ['initContainers', 'init', 'spec.initContainers.0'],
      ['ephemeralContainers', 'debug', 'spec.ephemeralContainers.0'],
    ]);
    assert.equal(containersOf(pod, ['initContainers']).length, 1);
  });

  it('takes a container security setting over the pod one, and says where it came from', () => {
    const pod = podSpecOf(object('Pod', { spec: podSpec }))!;
    const [app, unnamed] = containersOf(pod);
    assert.deepEqual(effectiveSetting(app!, pod, 'runAsUser'), { value: 0, path: 'spec.containers.0.securityContext.runAsUser', source: 'container' });
    assert.deepEqual(effectiveSetting(unnamed!, pod, 'runAsUser'), { value: 1000, path: 'spec.securityContext.runAsUser', source: 'pod' });
    assert.deepEqual(effectiveSetting(unnamed!, pod, 'runAsNonRoot'), { value: undefined, path: 'spec.containers.1', source: 'unset' });
  });
});
