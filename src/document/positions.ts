/**
 * Source positions for JSON pointers, computed lazily and only for the nodes that are reported.
 *
 * Parsing with a position-tracking AST costs several times more than a plain parse on large contracts
 * (see docs/performance.md), so documents are parsed with fast parsers and positions are recovered on
 * demand: JSON by one scan of the text guided by the requested pointers, YAML from the compact event
 * log that js-yaml's listener records during the one parse.
 */
import type { JsonPath } from './pointer.js';
import { getChild } from './pointer.js';

export interface Position {
  /** 1-based line */
  line: number;
  /** 1-based column */
  column: number;
}

export interface PositionIndex {
  /**
   * Positions for many paths at once. An object member resolves to its key, an array item to its
   * value; a path that does not exist resolves to its closest existing ancestor.
   */
  locate(paths: readonly JsonPath[]): Position[];
}

/** Line starts, built once per text on first use. */
export class LineIndex {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  private build(): Int32Array {
    let count = 1;
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    return starts;
  }

  position(offset: number): Position {
    const starts = (this.starts ??= this.build());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

interface TrieNode {
  children: Map<string, TrieNode>;
  keyOffset: number;
  valueOffset: number;
}

function newTrieNode(): TrieNode {
  return { children: new Map(), keyOffset: -1, valueOffset: -1 };
}

function buildTrie(paths: readonly JsonPath[]): TrieNode {
  const root = newTrieNode();
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let child = node.children.get(key);
      if (child === undefined) {
        child = newTrieNode();
        node.children.set(key, child);
      }
      node = child;
    }
  }
  return root;
}

/** Walk the trie along a path; the deepest node that was seen in the text gives the position. */
function offsetFor(root: TrieNode, path: JsonPath): number {
  let node = root;
  let best = root.valueOffset >= 0 ? root.valueOffset : 0;
  for (let i = 0; i < path.length; i++) {
    const child = node.children.get(String(path[i]));
    if (child === undefined || child.valueOffset < 0) break;
    node = child;
    best = child.keyOffset >= 0 ? child.keyOffset : child.valueOffset;
  }
  return best;
}

export class JsonPositionIndex implements PositionIndex {
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  locate(paths: readonly JsonPath[]): Position[] {
    if (paths.length === 0) return [];
    const trie = buildTrie(paths);
    new JsonScanner(this.text).scan(trie);
    return paths.map((path) => this.lines.position(offsetFor(trie, path)));
  }
}

/** A minimal JSON scanner: descends only where the trie asks for positions, skips everything else. */
class JsonScanner {
  private i = 0;
  private readonly n: number;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  scan(root: TrieNode): void {
    this.skipWs();
    this.visit(root);
  }

  private skipWs(): void {
    const t = this.text;
    while (this.i < this.n) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) this.i++;
      else break;
    }
  }

  private skipString(): void {
    const t = this.text;
    this.i++;
    while (this.i < this.n) {
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return;
      }
      this.i += c === 92 ? 2 : 1;
    }
  }

  private readKey(): string {
    const start = this.i;
    this.skipString();
    const raw = this.text.slice(start, this.i);
    if (raw.indexOf('\\') === -1) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }

  private skipValue(): void {
    const t = this.text;
    const c = t.charCodeAt(this.i);
    if (c === 34) {
      this.skipString();
      return;
    }
    if (c === 123 || c === 91) {
      let depth = 0;
      while (this.i < this.n) {
        const d = t.charCodeAt(this.i);
        if (d === 34) {
          this.skipString();
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) {
            this.i++;
            return;
          }
        }
        this.i++;
      }
      return;
    }
    while (this.i < this.n) {
      const d = t.charCodeAt(this.i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return;
      this.i++;
    }
  }

  private visit(node: TrieNode): void {
    node.valueOffset = this.i;
    if (node.children.size === 0) {
      this.skipValue();
      return;
    }
    const t = this.text;
    const c = t.charCodeAt(this.i);
    if (c === 123) {
      this.i++;
      for (;;) {
        this.skipWs();
        if (this.i >= this.n) return;
        const d = t.charCodeAt(this.i);
        if (d === 125) {
          this.i++;
          return;
        }
        if (d === 44) {
          this.i++;
          continue;
        }
        if (d !== 34) return; // malformed: JSON.parse already accepted the text, so this is unreachable
        const keyStart = this.i;
        const key = this.readKey();
        this.skipWs();
        if (t.charCodeAt(this.i) === 58) this.i++;
        this.skipWs();
        const child = node.children.get(key);
        if (child !== undefined) {
          child.keyOffset = keyStart;
          this.visit(child);
        } else this.skipValue();
      }
    } else if (c === 91) {
      this.i++;
      let index = 0;
      for (;;) {
        this.skipWs();
        if (this.i >= this.n) return;
        const d = t.charCodeAt(this.i);
        if (d === 93) {
          this.i++;
          return;
        }
        if (d === 44) {
          this.i++;
          index++;
          continue;
        }
        const child = node.children.get(String(index));
        if (child !== undefined) this.visit(child);
        else this.skipValue();
      }
    } else this.skipValue();
  }
}

/**
 * The events js-yaml reports while composing nodes: an `open` at the node's start and a `close` with
 * the composed value. Stored compactly (one int per event, values only on close) during the parse.
 */
export class YamlEventLog {
  offsets = new Int32Array(1024);
  values: unknown[] = [];
  count = 0;

  record(open: boolean, position: number, value: unknown): void {
    if (this.count === this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    // open events are stored as offset, close events as -(offset + 1)
    this.offsets[this.count] = open ? position : -(position + 1);
    if (!open) this.values[this.count] = value;
    this.count++;
  }
}

/**
 * The event tree in flat typed arrays (a node per `open` event, in document order): a few bytes per
 * node instead of an object, which matters when a 60 MB contract needs positions for 100,000 findings.
 */
interface YamlTree {
  start: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** index into the log's values: the value the node closed with */
  closeEvent: Int32Array;
  values: unknown[];
  size: number;
}

export class YamlPositionIndex implements PositionIndex {
  private readonly lines: LineIndex;
  private tree: YamlTree | undefined;
  private readonly childCache = new Map<number, number[]>();
  private readonly keyCache = new Map<number, Map<string, number>>();

  constructor(
    private readonly text: string,
    private log: YamlEventLog | undefined,
    private readonly data: unknown,
  ) {
    this.lines = new LineIndex(text);
  }

  private buildTree(): YamlTree {
    const log = this.log;
    const count = log === undefined ? 0 : log.count;
    const size = Math.max(1, count >> 1) + 1;
    const tree: YamlTree = {
      start: new Int32Array(size),
      firstChild: new Int32Array(size).fill(-1),
      nextSibling: new Int32Array(size).fill(-1),
      closeEvent: new Int32Array(size).fill(-1),
      values: log?.values ?? [],
      size: 1,
    };
    // node 0 is a virtual top whose first child is the document root
    const lastChild = new Int32Array(size).fill(-1);
    const stack: number[] = [0];
    for (let e = 0; e < count; e++) {
      const raw = log!.offsets[e]!;
      if (raw >= 0) {
        const node = tree.size++;
        const parent = stack[stack.length - 1]!;
        tree.start[node] = raw;
        if (lastChild[parent] === -1) tree.firstChild[parent] = node;
        else tree.nextSibling[lastChild[parent]!] = node;
        lastChild[parent] = node;
        stack.push(node);
      } else {
        tree.closeEvent[stack.pop()!] = e;
      }
    }
    this.log = undefined; // the tree now holds what the log held
    return tree;
  }

  locate(paths: readonly JsonPath[]): Position[] {
    if (paths.length === 0) return [];
    const tree = (this.tree ??= this.buildTree());
    const root = tree.firstChild[0]! === -1 ? 0 : this.collapse(tree, tree.firstChild[0]!);
    return paths.map((path) => this.lines.position(this.offsetFor(tree, root, path)));
  }

  private value(tree: YamlTree, node: number): unknown {
    const event = tree.closeEvent[node]!;
    return event === -1 ? undefined : tree.values[event];
  }

  private children(tree: YamlTree, node: number): number[] {
    let list = this.childCache.get(node);
    if (list === undefined) {
      list = [];
      for (let c = tree.firstChild[node]!; c !== -1; c = tree.nextSibling[c]!) list.push(c);
      this.childCache.set(node, list);
    }
    return list;
  }

  /** js-yaml wraps some nodes (sequence entries, tagged values) in an extra event with the same value. */
  private collapse(tree: YamlTree, node: number): number {
    let current = node;
    for (;;) {
      const first = tree.firstChild[current]!;
      if (first === -1 || tree.nextSibling[first] !== -1 || this.value(tree, first) !== this.value(tree, current)) return current;
      current = first;
    }
  }

  private offsetFor(tree: YamlTree, root: number, path: JsonPath): number {
    let node = root;
    let data: unknown = this.data;
    let offset = this.valueStart(tree.start[root]!);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const childData = getChild(data, segment);
      const found = Array.isArray(data) ? this.findItem(tree, node, data, Number(segment)) : this.findMember(tree, node, String(segment));
      if (found === undefined) break;
      const [keyNode, valueNode] = found;
      node = valueNode;
      data = childData;
      offset = keyNode !== -1 ? tree.start[keyNode]! : this.valueStart(tree.start[valueNode]!);
    }
    return offset;
  }

  /** Children of a mapping alternate key, value; the last duplicate key wins, like the parser. */
  private findMember(tree: YamlTree, node: number, key: string): [number, number] | undefined {
    let keys = this.keyCache.get(node);
    const children = this.children(tree, node);
    if (keys === undefined) {
      keys = new Map();
      for (let k = 0; k + 1 < children.length; k += 2) keys.set(String(this.value(tree, this.collapse(tree, children[k]!))), k);
      this.keyCache.set(node, keys);
    }
    const k = keys.get(key);
    return k === undefined ? undefined : [this.collapse(tree, children[k]!), this.collapse(tree, children[k + 1]!)];
  }

  /** Empty sequence entries emit no events, so items are matched by value when counts differ. */
  private findItem(tree: YamlTree, node: number, items: unknown[], index: number): [number, number] | undefined {
    if (!(index >= 0 && index < items.length)) return undefined;
    const children = this.children(tree, node);
    if (children.length === items.length) return [-1, this.collapse(tree, children[index]!)];
    const item = items[index];
    for (const child of children) {
      const c = this.collapse(tree, child);
      if (this.value(tree, c) === item) return [-1, c];
    }
    return undefined;
  }

  /** js-yaml opens a value right after the `:`; skip blanks, comments, anchors and tags. */
  private valueStart(offset: number): number {
    const t = this.text;
    let i = offset;
    while (i < t.length) {
      const c = t[i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '#') {
        while (i < t.length && t[i] !== '\n') i++;
      } else if (c === '&' || c === '!') {
        while (i < t.length && !/\s/.test(t[i]!)) i++;
      } else break;
    }
    return i < t.length ? i : offset;
  }
}
