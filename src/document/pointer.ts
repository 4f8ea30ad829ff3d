/** RFC 6901 JSON pointers and their path-array form. */
export type JsonPath = ReadonlyArray<string | number>;

export function encodeSegment(segment: string | number): string {
  const text = String(segment);
  // most segments need no escaping; skip the two regex passes for them
  if (text.indexOf('~') === -1 && text.indexOf('/') === -1) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(path: JsonPath): string {
  let out = '';
  for (const segment of path) out += '/' + encodeSegment(segment);
  return out;
}

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Parse `/a/b~1c` (or `#/a/b` as found in `$ref` fragments, percent-encoded) into segments. */
export function parsePointer(pointer: string): string[] {
  let p = pointer;
  if (p.startsWith('#')) {
    p = p.slice(1);
    try {
      p = decodeURIComponent(p);
    } catch {
      // keep the raw fragment: a malformed escape is reported as an unresolvable pointer later
    }
  }
  if (p === '') return [];
  if (!p.startsWith('/')) throw new Error(`invalid JSON pointer "${pointer}"`);
  return p.slice(1).split('/').map(decodeSegment);
}

/** Own-property lookup that never walks the prototype chain (`__proto__` is data). */
export function getChild(node: unknown, segment: string | number): unknown {
  if (Array.isArray(node)) {
    const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
    return index >= 0 && index < node.length ? node[index] : undefined;
  }
  if (node !== null && typeof node === 'object') {
    const key = String(segment);
    return Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return undefined;
}

export function hasChild(node: unknown, segment: string | number): boolean {
  if (Array.isArray(node)) {
    const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
    return index >= 0 && index < node.length;
  }
  return node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, String(segment));
}

export function getAtPath(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    node = getChild(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
