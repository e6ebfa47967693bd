import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { childPath } from './child-path.ts';

test('childPath gives what path.join gives for a normalised directory and an entry name', () => {
  for (const [directory, name] of [['/', 'etc'], ['/work/repo', 'main.tf'], ['/work/repo/', 'x'], ['/a b/c', '.gitignore'], ['/x', '..hidden']] as const) {
    assert.equal(childPath(directory, name), join(directory, name), `${directory} + ${name}`);
  }
});
