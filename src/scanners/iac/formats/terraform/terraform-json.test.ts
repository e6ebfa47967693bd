import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../../../core/source-file.ts';
import { isUnknown } from '../../iac-value.ts';
import { positionOf, valueAt } from '../../iac-resource.ts';
import { byAddress, readTerraform } from './terraform-test-files.ts';
import { terraformPlanReader } from './terraform-plan.ts';

describe('.tf.json files', () => {
  it('reads resources, variables and templates with positions, in one module with .tf files', () => {
    const json = `{
  "variable": { "env": { "default": "prod" } },
  "resource": {
    "aws_s3_bucket": {
      "logs": {
        "//": "a comment key",
        "bucket": "acme-\${var.env}-logs",
        "versioning": { "enabled": true },
        "tags": { "Name": "\${local.name}" }
      }
    }
  }
}
`;
    const files = { 'main.tf.json': json, 'locals.tf': 'locals {\n  name = "logs"\n}\n' };
    const result = readTerraform(files, 'main.tf.json');
    assert.deepEqual(result.errors, []);
    const bucket = byAddress(result, 'aws_s3_bucket.logs');
    assert.equal(bucket.startLine, 5);
    assert.equal(valueAt(bucket, 'bucket'), 'acme-prod-logs');
    assert.equal(valueAt(bucket, 'versioning.enabled'), true);
    assert.equal(valueAt(bucket, 'tags.Name'), 'logs');
    assert.equal(valueAt(bucket, '//'), undefined);
    assert.equal(positionOf(bucket, 'versioning.enabled').line, 8);
  });

  it('reports invalid JSON with its line', () => {
    const result = readTerraform({ 'main.tf.json': '{\n  "resource": {\n    "x": \n}\n' }, 'main.tf.json');
    assert.equal(result.errors[0]!.code, 'RAMPART_E_PARSE');
    assert.ok(result.errors[0]!.line! >= 3);
  });
});

const plan = {
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: {
    root_module: {
      resources: [
        { address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', values: { bucket: 'acme-logs', force_destroy: false } },
        { address: 'aws_ebs_volume.data[0]', mode: 'managed', type: 'aws_ebs_volume', name: 'data', index: 0, values: { encrypted: false, size: 40 } },
      ],
      child_modules: [
        {
          address: 'module.store',
          resources: [
            { address: 'module.store.aws_s3_bucket_server_side_encryption_configuration.this', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'this', values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }] } },
            { address: 'module.store.data.aws_caller_identity.me', mode: 'data', type: 'aws_caller_identity', name: 'me', values: {} },
          ],
        },
      ],
    },
  },
  resource_changes: [
    { address: 'module.store.aws_s3_bucket_server_side_encryption_configuration.this', change: { after_unknown: { bucket: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] } } },
  ],
  configuration: {
    root_module: {
      module_calls: {
        store: { module: { resources: [{ address: 'aws_s3_bucket_server_side_encryption_configuration.this', expressions: { bucket: { references: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] } } }] } },
      },
    },
  },
};

describe('Terraform plan JSON', () => {
  const text = JSON.stringify(plan, null, 2);
  const file: SourceFile = { path: 'plan.json', read: async () => ({ text, bytes: text.length }) };

  it('is recognised by format_version and planned_values, not by the extension alone', () => {
    assert.equal(terraformPlanReader.sniff!('plan.json', text), true);
    assert.equal(terraformPlanReader.sniff!('package.json', '{"name": "x", "format_version": "1"}'), false);
  });

  it('reads root and child module resources with known values, after_unknown as unknown, and references from the configuration', () => {
    const result = terraformPlanReader.read(file, text, {});
    assert.deepEqual(result.resources.map((resource) => resource.address), [
      'aws_s3_bucket.logs', 'aws_ebs_volume.data[0]', 'module.store.aws_s3_bucket_server_side_encryption_configuration.this', 'module.store.data.aws_caller_identity.me',
    ]);
    const volume = result.resources[1]!;
    assert.equal(valueAt(volume, 'encrypted'), false);
    assert.equal(positionOf(volume, 'encrypted').line, text.split('\n').findIndex((line) => line.includes('"encrypted"')) + 1);
    const encryption = result.resources[2]!;
    assert.ok(isUnknown(valueAt(encryption, 'bucket')));
    assert.equal(valueAt(encryption, 'rule.apply_server_side_encryption_by_default.sse_algorithm'), 'aws:kms');
    assert.ok(isUnknown(valueAt(encryption, 'rule.apply_server_side_encryption_by_default.kms_master_key_id')));
    assert.deepEqual(encryption.references, ['module.store.aws_s3_bucket.this.id', 'module.store.aws_s3_bucket.this']);
    assert.equal(result.resources[3]!.type, 'data.aws_caller_identity');
  });
});
