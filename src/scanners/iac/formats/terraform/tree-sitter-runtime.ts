import { Parser, type Tree } from 'web-tree-sitter';

/**
 * The WASM functions behind web-tree-sitter's `TreeCursor`, called directly. Each wrapper method
 * copies the cursor's four words into the runtime's transfer buffer with `setValue`, calls one of
 * these, and copies them back; but each of these functions leaves the cursor in that buffer, so
 * a walk that owns the buffer from start to end can call them one after another with nothing
 * copied. Copying a Terraform workspace's trees takes about 550,000 such calls
 * (docs/BENCHMARKS.md, "Infrastructure as code").
 *
 * They are internal to web-tree-sitter (the Emscripten module object, which `Parser.init` fills
 * in when given one). If a release renames them, or something else initialised the runtime
 * first, `cursorExports` is undefined and `copySyntaxTree` goes through the public `TreeCursor`:
 * slower, same result. `syntax-node.test.ts` runs both ways.
 */
export interface CursorExports {
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
}

const cursorFunctionNames: readonly (keyof CursorExports)[] = [
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_delete_wasm',
];

/** Emscripten uses the object passed to `Parser.init` as its module and adds the exports to it. */
const runtimeModule: Record<string, unknown> = {};
await Parser.init(runtimeModule as unknown as Parameters<typeof Parser.init>[0]);

function hasCursorExports(module: Record<string, unknown>): module is Record<string, unknown> & CursorExports {
  return cursorFunctionNames.every((name) => typeof module[name] === 'function');
}

export const cursorExports: CursorExports | undefined = hasCursorExports(runtimeModule) ? runtimeModule : undefined;

/** The tree's address in WASM memory, which the cursor functions take; undefined if the wrapper no longer keeps it at `[0]`. */
export function treeAddressOf(tree: Tree): number | undefined {
  const address = (tree as unknown as Record<number, unknown>)[0];
  return typeof address === 'number' && address !== 0 ? address : undefined;
}
