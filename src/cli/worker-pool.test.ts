import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minFilesForAskedWorkers, minFilesForDefaultWorkers } from './worker-pool.ts';

describe('when the default scan starts worker threads', () => {
  it('waits for more files the fewer CPUs there are to share the start-up of the workers', () => {
    assert.deepEqual([2, 3, 4, 8, 16, 64].map(minFilesForDefaultWorkers), [2000, 1000, 667, 286, 200, 200]);
  });

  it('never starts them below the floor that an explicit --jobs keeps', () => {
    for (let jobs = 1; jobs <= 64; jobs++) assert.ok(minFilesForDefaultWorkers(jobs) >= minFilesForAskedWorkers);
  });
});
