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
  nodeTypeId(tree: number): number;
  startIndex(tree: number): number;
  endIndex(tree: number): number;
  gotoFirstChild(tree: number): number;
  gotoNextSibling(tree: number): number;
  gotoParent(tree: number): number;
  deleteCursor(tree: number): void;
}

/** Each function by the name Emscripten exports it under (WASM exports need no `this`). */
const exportNames: Readonly<Record<keyof CursorExports, string>> = {
  nodeTypeId: '_ts_tree_cursor_current_node_type_id_wasm',
  startIndex: '_ts_tree_cursor_start_index_wasm',
  endIndex: '_ts_tree_cursor_end_index_wasm',
  gotoFirstChild: '_ts_tree_cursor_goto_first_child_wasm',
  gotoNextSibling: '_ts_tree_cursor_goto_next_sibling_wasm',
  gotoParent: '_ts_tree_cursor_goto_parent_wasm',
  deleteCursor: '_ts_tree_cursor_delete_wasm',
};

/** Emscripten uses the object passed to `Parser.init` as its module and adds the exports to it. */
const runtimeModule: Record<string, unknown> = {};
await Parser.init(runtimeModule as unknown as Parameters<typeof Parser.init>[0]);

function findCursorExports(module: Record<string, unknown>): CursorExports | undefined {
  const found: Partial<Record<keyof CursorExports, unknown>> = {};
  for (const [name, exported] of Object.entries(exportNames) as [keyof CursorExports, string][]) {
    if (typeof module[exported] !== 'function') return undefined;
    found[name] = module[exported];
  }
  return found as CursorExports;
}

export const cursorExports: CursorExports | undefined = findCursorExports(runtimeModule);

/** The tree's address in WASM memory, which the cursor functions take; undefined if the wrapper no longer keeps it at `[0]`. */
export function treeAddressOf(tree: Tree): number | undefined {
  const address = (tree as unknown as Record<number, unknown>)[0];
  return typeof address === 'number' && address !== 0 ? address : undefined;
}
