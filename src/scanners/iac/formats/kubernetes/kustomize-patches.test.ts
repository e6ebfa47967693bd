import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../../../core/source-file.ts';
import { kustomizationPatching } from './kustomize-patches.ts';

function fileIn(tree: Record<string, string>, path: string, withRelated = true): SourceFile {
  return {
    path,
    read: async () => ({ text: tree[path] ?? '', bytes: 0 }),
    ...(withRelated ? { related: { read: (other: string) => tree[other], list: () => Object.keys(tree) } } : {}),
  };
}

const tree: Record<string, string> = {
  'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatchesStrategicMerge:\n  - deployment.yaml\n  - |-\n    apiVersion: v1\n    kind: Service\npatches:\n  - path: patches/replicas.yaml\n  - patch: |-\n      - op: remove\npatchesJson6902:\n  - path: ../shared/ops.yaml\n',
  'overlays/prod/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'overlays/prod/patches/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'overlays/prod/service.yaml': 'apiVersion: v1\nkind: Service\n',
  'overlays/shared/ops.yaml': '- op: add\n',
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
};

describe('kustomizationPatching', () => {
  it('finds the kustomization naming a file in patchesStrategicMerge, patches or patchesJson6902, beside it or one folder up', () => {
    assert.equal(kustomizationPatching(fileIn(tree, 'overlays/prod/deployment.yaml')), 'overlays/prod/kustomization.yaml');
    assert.equal(kustomizationPatching(fileIn(tree, 'overlays/prod/patches/replicas.yaml')), 'overlays/prod/kustomization.yaml');
  });

  it('leaves resources, unlisted files and scans without a tree alone', () => {
    assert.equal(kustomizationPatching(fileIn(tree, 'base/deployment.yaml')), undefined);
    assert.equal(kustomizationPatching(fileIn(tree, 'overlays/prod/service.yaml')), undefined);
    assert.equal(kustomizationPatching(fileIn(tree, 'overlays/prod/deployment.yaml', false)), undefined);
  });

  it('ignores a kustomization that is not YAML', () => {
    const broken = { ...tree, 'overlays/prod/kustomization.yaml': 'patchesStrategicMerge: [deployment.yaml\n' };
    assert.equal(kustomizationPatching(fileIn(broken, 'overlays/prod/deployment.yaml')), undefined);
  });
});
