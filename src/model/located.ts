/** Small helpers for walking a contract while keeping track of where each node is defined. */
import type { Contract } from '../document/contract.js';
import { getChild, isObject, toPointer } from '../document/pointer.js';
import { isRef } from '../document/resolve.js';
import type { NodeLocation, ResolvedNode } from '../document/source.js';

/** The value at a location, following `$ref`s: the result carries the definition's location. */
export function derefAt(contract: Contract, value: unknown, at: NodeLocation): ResolvedNode {
  if (isRef(value)) return contract.refs.deref(value, at);
  // the node itself when it already is this value; written out rather than spread otherwise: this
  // runs for every node the model and the rules visit
  if ((at as Partial<ResolvedNode>).value === value && 'value' in at) return at as ResolvedNode;
  return { source: at.source, path: at.path, value };
}

/** A child of a resolved node, itself resolved. Undefined when absent. */
export function child(contract: Contract, parent: ResolvedNode | undefined, key: string | number): ResolvedNode | undefined {
  if (parent === undefined) return undefined;
  const value = getChild(parent.value, key);
  if (value === undefined) return undefined;
  return derefAt(contract, value, { source: parent.source, path: [...parent.path, String(key)] });
}

/** A child without following a `$ref` it may hold: where the member is written. */
export function member(parent: ResolvedNode | undefined, key: string | number): ResolvedNode | undefined {
  if (parent === undefined) return undefined;
  const value = getChild(parent.value, key);
  if (value === undefined) return undefined;
  return { source: parent.source, path: [...parent.path, String(key)], value };
}

/** Entries of an object node (own keys only, `__proto__` included as data), each resolved. */
export function entries(contract: Contract, parent: ResolvedNode | undefined, options: { skipExtensions?: boolean } = {}): Array<[string, ResolvedNode]> {
  if (parent === undefined || !isObject(parent.value)) return [];
  const out: Array<[string, ResolvedNode]> = [];
  for (const key of Object.keys(parent.value)) {
    if (options.skipExtensions && key.startsWith('x-')) continue;
    out.push([key, derefAt(contract, parent.value[key], { source: parent.source, path: [...parent.path, key] })]);
  }
  return out;
}

/** Items of an array node, each resolved. */
export function items(contract: Contract, parent: ResolvedNode | undefined): ResolvedNode[] {
  if (parent === undefined || !Array.isArray(parent.value)) return [];
  return parent.value.map((value, i) => derefAt(contract, value, { source: parent.source, path: [...parent.path, String(i)] }));
}

export function rootNode(contract: Contract): ResolvedNode {
  return { source: contract, path: [], value: contract.data };
}

export function str(node: ResolvedNode | undefined, key: string): string | undefined {
  const value = node === undefined ? undefined : getChild(node.value, key);
  return typeof value === 'string' ? value : undefined;
}

/** The strings in an array member (other items ignored; empty when absent or not an array). */
export function stringList(node: ResolvedNode | undefined, key: string): string[] {
  const value = node === undefined ? undefined : getChild(node.value, key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function locationKey(at: NodeLocation): string {
  return at.source.uri + '#' + toPointer(at.path);
}
