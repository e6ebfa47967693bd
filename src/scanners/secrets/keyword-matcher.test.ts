import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordMatcher } from './keyword-matcher.ts';

describe('KeywordMatcher', () => {
  const present = (keywords: string[], text: string) => {
    const matcher = new KeywordMatcher(keywords);
    return matcher.findPresent(text).map((index) => keywords[index]).sort();
  };

  it('finds keywords case-insensitively anywhere in the text', () => {
    assert.deepEqual(present(['ghp_', 'akia', 'secret'], 'x = "GHP_abc" and Secret'), ['ghp_', 'secret']);
  });

  it('finds keywords that overlap or contain each other', () => {
    assert.deepEqual(present(['pass', 'password', 'sword', 'ass'], 'PASSWORD'), ['ass', 'pass', 'password', 'sword']);
  });

  it('recovers after a partial match through failure links', () => {
    assert.deepEqual(present(['abcd', 'bce'], 'abce'), ['bce']);
    assert.deepEqual(present(['aab'], 'aaab'), ['aab']);
  });

  it('finds nothing in text without keywords, including non-ASCII text', () => {
    assert.deepEqual(present(['token'], 'tokn tOKe 令牌 ＴＯＫＥＮ'), []);
  });

  it('agrees with a naive search on generated text', () => {
    const keywords = ['ab', 'bab', 'ca', 'abc', 'cc', 'bca_'];
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += 'abcABC_ '[seed % 8];
      }
      const expected = keywords.filter((keyword) => text.toLowerCase().includes(keyword)).sort();
      assert.deepEqual(present(keywords, text), expected, text);
    }
  });
});
