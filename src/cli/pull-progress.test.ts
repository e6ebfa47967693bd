import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPullProgress } from './pull-progress.ts';

function stderr(isTTY: boolean) {
  const sink = { text: '', isTTY, write: (text: string) => void (sink.text += text) };
  return sink;
}

describe('createPullProgress', () => {
  it('draws layers and bytes on a terminal and clears the line when done', () => {
    const sink = stderr(true);
    const progress = createPullProgress(sink, {}, false);
    progress.update({ layersDone: 2, layersTotal: 2, bytes: 3 * 1024 * 1024 });
    assert.match(sink.text, /pulling: 2\/2 layers, 3\.0 MiB/);
    progress.done();
    assert.ok(sink.text.endsWith('\r\x1b[2K'));
  });

  it('stays silent when stderr is not a terminal, in CI, or with --quiet', () => {
    for (const [sink, env, quiet] of [[stderr(false), {}, false], [stderr(true), { CI: 'true' }, false], [stderr(true), {}, true]] as const) {
      const progress = createPullProgress(sink, env, quiet);
      progress.update({ layersDone: 1, layersTotal: 1, bytes: 10 });
      progress.done();
      assert.equal(sink.text, '');
    }
  });
});
