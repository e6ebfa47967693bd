import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { valueAt } from '../../iac-resource.ts';
import { parseVariableValue } from './load-variables.ts';
import { byAddress, readTerraform } from './terraform-test-files.ts';

const module = 'variable "env" {\n  default = "dev"\n}\nvariable "port" {\n  type = number\n}\nvariable "open" {\n  type = bool\n}\nresource "x" "y" {\n  env  = var.env\n  port = var.port\n  open = var.open\n}\n';

describe('Terraform variable values', () => {
  it('reads -var values as HCL literals when they are, as text otherwise', () => {
    assert.equal(parseVariableValue('prod'), 'prod');
    assert.equal(parseVariableValue('22'), 22);
    assert.deepEqual(parseVariableValue('["10.0.0.0/8"]'), ['10.0.0.0/8']);
    assert.deepEqual(parseVariableValue('{ a = true }'), { a: true });
    assert.equal(parseVariableValue('a b = c'), 'a b = c');
  });

  it('applies terraform.tfvars, then *.auto.tfvars, then config files, then variables, converting to declared types', () => {
    const files = {
      'infra/main.tf': module,
      'infra/terraform.tfvars': 'env = "staging"\nport = "22"\n',
      'infra/b.auto.tfvars.json': '{"env": "auto-b", "open": "true"}',
      'infra/a.auto.tfvars': 'env = "auto-a"\n',
      'env/prod.tfvars': 'env = "prod"\n',
    };
    const read = (options = {}) => byAddress(readTerraform(files, 'infra/main.tf', options), 'x.y');
    assert.equal(valueAt(read(), 'env'), 'auto-b');
    assert.equal(valueAt(read(), 'port'), 22);
    assert.equal(valueAt(read(), 'open'), true);
    assert.equal(valueAt(read({ varFiles: ['env/prod.tfvars'] }), 'env'), 'prod');
    assert.equal(valueAt(read({ varFiles: ['env/prod.tfvars'], varFileTexts: [{ path: '/abs/ci.tfvars', text: 'env = "ci"' }] }), 'env'), 'ci');
    assert.equal(valueAt(read({ varFileTexts: [{ path: 'ci.tfvars', text: 'env = "ci"' }], variables: { env: 'flag' } }), 'env'), 'flag');
  });

  it('reports a broken or missing variable file once, with the module\'s first file', () => {
    const files = { 'a.tf': module, 'b.tf': 'resource "x" "z" {}\n', 'terraform.tfvars': 'env = = "x"\n' };
    const first = readTerraform(files, 'a.tf', { varFiles: ['nowhere.tfvars'] });
    assert.deepEqual(first.errors.map((error) => [error.path, error.code]), [['terraform.tfvars', 'RAMPART_E_PARSE'], ['nowhere.tfvars', 'RAMPART_E_READ']]);
    assert.deepEqual(readTerraform(files, 'b.tf').errors, []);
  });
});
