import type { Language, Tree } from 'web-tree-sitter';
import { cursorExports, treeAddressOf } from './tree-sitter-runtime.ts';
export { lineStartsOf, lineAndColumnAt as positionAt } from '../../../../core/line-starts.ts';

/**
 * A tree-sitter node copied into plain JavaScript. Every property of a web-tree-sitter `Node`
 * (its type, its children, its end) is a call into WASM that allocates node objects; copying the
 * tree once with a cursor costs a few calls per node and leaves a tree the converter can read
 * freely. Positions are not copied: they are computed from `startIndex` only where needed.
 */
export class SyntaxNode {
  /** Leaves share one empty list until a child is added (most nodes are leaves; fewer arrays to collect). */
  children: SyntaxNode[] = NO_CHILDREN;
  /** UTF-16 offset where the node ends in `source`; set once its last child is copied. */
  endIndex = -1;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    /** UTF-16 offset into `source`, as web-tree-sitter reports it for a parsed string. */
    public startIndex: number,
    private readonly source: string,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): SyntaxNode[] {
    return this.children.filter((child) => child.isNamed);
  }
}

const NO_CHILDREN: SyntaxNode[] = [];

/** Type names and namedness per grammar symbol: each asked of WASM once per language. */
interface SymbolTable {
  types: (string | undefined)[];
  isNamed: (boolean | undefined)[];
}

const symbolTables = new WeakMap<Language, SymbolTable>();

/**
 * The same string, as the engine's single shared copy. Type names arrive from WASM as fresh
 * strings, and comparing one with a literal (`switch (node.type)`) would then compare characters
 * every time; property names are always shared copies, so one is taken from an object key.
 */
function internalized(text: string): string {
  return Object.keys({ [text]: true })[0]!;
}

/** What the copy keeps, from the grammar: see `copySyntaxTree`. */
export interface CopyShape {
  /** Types the grammar gives named children; others are copied as leaves. Undefined: descend everywhere. */
  parentTypes?: ReadonlySet<string>;
  /** Types whose anonymous tokens (operators) are copied; elsewhere tokens are only stepped over. Undefined: copy all. */
  tokenParents?: ReadonlySet<string>;
  /** Types copied as leaves although the grammar gives them children: their reader needs only their text. */
  leafTypes?: ReadonlySet<string>;
  /** Named tokens the reader never looks at (`block_start`, `object_end`): stepped over like punctuation. */
  skippedTypes?: ReadonlySet<string>;
}

/** `deferredLength` when the skipped token last seen is named: its length is not its type's, so its end is asked if needed. */
const END_ASKED_IF_LAST = -2;

/**
 * The whole tree as SyntaxNodes, walked with one cursor, iteratively (hostile nesting cannot
 * overflow the stack). Each step into WASM counts, so only what cannot be derived is asked:
 * a parent ends where its last child ends; an anonymous node is a literal token whose text is
 * its type, copied only under `shape.tokenParents` (elsewhere, `{`, `=` and `,` carry nothing);
 * and a named node of a type outside `shape.parentTypes` (`identifier`, `block_start`,
 * `bool_lit`) or in `shape.leafTypes` is copied as a leaf, and one in `shape.skippedTypes` is
 * stepped over like punctuation. A tree with syntax errors holds nodes the grammar does not
 * describe, so it is copied whole, asking everything. `onComment` sees every comment node,
 * wherever it sits, once it is complete.
 */
export function copySyntaxTree(
  tree: Tree,
  source: string,
  shape: CopyShape,
  onComment?: (node: SyntaxNode) => void,
  hasError = tree.rootNode.hasError,
  /** `wrapper`: through web-tree-sitter's `TreeCursor` even where its WASM functions can be called directly (tests compare both). */
  cursorCalls: 'direct' | 'wrapper' = 'direct',
): SyntaxNode {
  const language = tree.language;
  let table = symbolTables.get(language);
  if (!table) {
    table = { types: [], isNamed: [] };
    symbolTables.set(language, table);
  }
  const symbols = table;
  const isExact = hasError;
  const { parentTypes, tokenParents, leafTypes, skippedTypes } = shape;
  const cursor = tree.walk();
  // From here until the cursor is deleted, the walk owns the runtime's transfer buffer (see tree-sitter-runtime.ts).
  const address = cursorCalls === 'direct' && cursorExports ? treeAddressOf(tree) : undefined;
  const direct = address === undefined ? undefined : cursorExports;
  const typeIdHere = direct ? (): number => direct.nodeTypeId(address!) : (): number => cursor.nodeTypeId;
  const startHere = direct ? (): number => direct.startIndex(address!) : (): number => cursor.startIndex;
  const endHere = direct ? (): number => direct.endIndex(address!) : (): number => cursor.endIndex;
  const gotoFirstChild = direct ? (): boolean => direct.gotoFirstChild(address!) === 1 : (): boolean => cursor.gotoFirstChild();
  const gotoNextSibling = direct ? (): boolean => direct.gotoNextSibling(address!) === 1 : (): boolean => cursor.gotoNextSibling();
  const gotoParent = direct ? (): boolean => direct.gotoParent(address!) === 1 : (): boolean => cursor.gotoParent();
  // Where the node last completed ends: when a parent is done, that is its last child.
  let lastEnd = 0;
  // A skipped token whose position was not asked for (most are neither a first nor a last
  // child): its length, until a later node ends; if it ends its parent, its start is asked then.
  let deferredLength = -1;
  // Parents entered whose start is not read yet: it is where their first leaf starts.
  // Stacks below are kept with a count, not by setting `length` (a slow runtime call per node in code V8 has not optimised).
  const startPending: SyntaxNode[] = [];
  let startPendingCount = 0;
  const readStart = (): number => {
    const startIndex = startHere();
    for (let index = 0; index < startPendingCount; index++) startPending[index]!.startIndex = startIndex;
    startPendingCount = 0;
    return startIndex;
  };
  // Per symbol, for this shape: whether its nodes are descended into, and whether they are skipped.
  const isParentById: (boolean | undefined)[] = [];
  const isSkippedById: (boolean | undefined)[] = [];
  const isParentType = (typeId: number, type: string, isNamed: boolean): boolean =>
    isExact || (isParentById[typeId] ??= isNamed && (parentTypes === undefined || parentTypes.has(type)) && !leafTypes?.has(type));
  // Whether the node `visit` last copied is one to descend into.
  let visitedIsParent = false;
  // Children copied for the parents being walked, in order: each parent gets its own slice when
  // it is done, an array of exactly its length (pushing into one array per parent left most with
  // spare capacity, a third of the copy's memory).
  const pendingChildren: SyntaxNode[] = [];
  let pendingChildCount = 0;
  const childrenFrom: number[] = [];
  const finish = (parent: SyntaxNode): void => {
    const from = childrenFrom.pop()!;
    if (pendingChildCount > from) {
      parent.children = pendingChildren.slice(from, pendingChildCount);
      pendingChildCount = from;
    }
    parent.endIndex = lastEnd;
  };
  /** The node under the cursor, copied when `parent` keeps it; undefined for a skipped token. */
  const visit = (parent: SyntaxNode | undefined): SyntaxNode | undefined => {
    const typeId = typeIdHere();
    const type = (symbols.types[typeId] ??= internalized(language.types[typeId] ?? 'ERROR'));
    const isNamed = (symbols.isNamed[typeId] ??= type === 'ERROR' || language.nodeTypeIsNamed(typeId));
    let startIndex = -1;
    if (!isExact && skippedTypes !== undefined && (isSkippedById[typeId] ??= isNamed && skippedTypes.has(type))) {
      if (startPendingCount > 0) readStart();
      deferredLength = END_ASKED_IF_LAST;
      return undefined;
    }
    if (!isNamed && !isExact) {
      const isKept = !parent || !tokenParents || tokenParents.has(parent.type);
      if (!isKept && startPendingCount === 0) {
        deferredLength = type.length;
        return undefined;
      }
      startIndex = readStart();
      lastEnd = startIndex + type.length;
      deferredLength = -1;
      if (!isKept) return undefined;
    }
    visitedIsParent = isParentType(typeId, type, isNamed);
    const isPending = parent !== undefined && !isExact && visitedIsParent;
    if (startIndex < 0 && !isPending) startIndex = readStart();
    const node = new SyntaxNode(type, isNamed, startIndex, source);
    if (isPending) startPending[startPendingCount++] = node;
    if (parent) pendingChildren[pendingChildCount++] = node;
    return node;
  };
  /** The cursor is on a node with no children copied: it ends here. */
  const endLeaf = (node: SyntaxNode | undefined): void => {
    if (node && node.startIndex < 0) readStart();
    if (node && (node.isNamed || isExact)) {
      lastEnd = endHere();
      deferredLength = -1;
    }
    if (!node) return;
    node.endIndex = lastEnd;
    if (node.type === 'comment') onComment?.(node);
  };
  try {
    const root = visit(undefined)!;
    // The root alone also spans the whitespace after its last child.
    const rootEnd = endHere();
    if (!visitedIsParent || !gotoFirstChild()) {
      endLeaf(root);
      return root;
    }
    const ancestors: SyntaxNode[] = [root];
    childrenFrom.push(0);
    for (;;) {
      const node = visit(ancestors[ancestors.length - 1]);
      if (node && visitedIsParent && gotoFirstChild()) {
        ancestors.push(node);
        childrenFrom.push(pendingChildCount);
        continue;
      }
      endLeaf(node);
      while (!gotoNextSibling()) {
        // The cursor is still on that token, the parent's last child.
        if (deferredLength >= 0) lastEnd = startHere() + deferredLength;
        else if (deferredLength === END_ASKED_IF_LAST) lastEnd = endHere();
        deferredLength = -1;
        finish(ancestors.pop()!);
        if (ancestors.length === 0) {
          root.endIndex = rootEnd;
          return root;
        }
        gotoParent();
      }
    }
  } finally {
    if (direct) {
      // The cursor's stack may have moved as it grew: free it from the buffer, not from the wrapper's stale copy.
      direct.deleteCursor(address!);
      const wrapper = cursor as unknown as Record<number, number>;
      wrapper[0] = wrapper[1] = wrapper[2] = wrapper[3] = 0;
    } else cursor.delete();
  }
}
