import { viewScalar, type ScalarView } from '../scalar-view.ts';
import type { GitlabScalar } from './gitlab-model.ts';
import { lexScript, type LexedScript } from './shell-commands.ts';

/** A script item as written in its file, lexed; offsets in `lexed` index into `view.text`. */
export interface LexedScriptItem {
  view: ScalarView;
  lexed: LexedScript;
}

/** Several rules read the same script item, and jobs extending one template share it: lex it once. */
const cache = new WeakMap<GitlabScalar, LexedScriptItem>();

export function lexScriptItem(field: GitlabScalar): LexedScriptItem {
  let found = cache.get(field);
  if (!found) {
    const view = viewScalar(field.file.source, field);
    found = { view, lexed: lexScript(shellText(view.text, field.style)) };
    cache.set(field, found);
  }
  return found;
}

/**
 * The view's text with YAML syntax that is not shell blanked out, offsets unchanged: the quotes
 * around a quoted scalar (else the shell would see one quoted word) and a block scalar's `|` or
 * `>` header line.
 */
function shellText(text: string, style: string | undefined): string {
  if ((style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE') && text.length >= 2) return ` ${text.slice(1, -1)} `;
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    const headerEnd = text.indexOf('\n');
    return headerEnd === -1 ? text : ' '.repeat(headerEnd) + text.slice(headerEnd);
  }
  return text;
}
