/**
 * Which canonical entity a resource path or a command message is about. Deliberately simple and
 * explainable: an explicit `x-entity` wins; otherwise the path's last resource segment (plural,
 * kebab or snake case) is matched against the registry's entity names, with the segment before it
 * joined on (`/orders/{orderId}/lines` → OrderLine), and a canonical id parameter names its entity
 * (`/accounts/{loyaltyAccountId}` → LoyaltyAccount).
 */
import type { CanonicalDictionary } from '../lint/canonical.js';

export class EntityResolver {
  /** lower-case entity name → registry spelling */
  private readonly entities = new Map<string, string>();
  /** canonical id name → its entity */
  private readonly idEntities = new Map<string, string>();

  constructor(dictionary: CanonicalDictionary) {
    for (const entity of dictionary.entities ?? []) if (typeof entity === 'string') this.entities.set(entity.toLowerCase(), entity);
    for (const [name, id] of Object.entries(dictionary.ids ?? {})) {
      if (typeof id?.entity === 'string') this.idEntities.set(name, this.entities.get(id.entity.toLowerCase()) ?? id.entity);
    }
  }

  /** The registry spelling of an entity name, or undefined when it is not in the registry. */
  entity(name: string): string | undefined {
    return this.entities.get(name.toLowerCase());
  }

  /** The entity a canonical id name identifies (`orderId` → Order). */
  entityOfId(name: string): string | undefined {
    return this.idEntities.get(name);
  }

  /**
   * The entity a path's resource is, reading segments from the end: a collection segment names its
   * items (`/inventory-positions/{sku}` is an InventoryPosition), a canonical id parameter names its
   * entity when the collection does not (`/accounts/{loyaltyAccountId}`), and action segments
   * (`/orders/{orderId}/cancel`) defer to the resource before them.
   */
  entityOfPath(path: string): string | undefined {
    const segments = path.split('/').filter((s) => s !== '');
    for (let i = segments.length - 1; i >= 0; i--) {
      const segment = segments[i]!;
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (param !== null) {
        const collection = segments[i - 1];
        const fromCollection = collection !== undefined && !/^\{.*\}$/.test(collection) ? this.entityOfSegment(segments, i - 1) : undefined;
        if (fromCollection !== undefined) return fromCollection;
        const fromId = this.entityOfId(param[1]!);
        if (fromId !== undefined) return fromId;
        continue;
      }
      const own = this.entityOfSegment(segments, i);
      if (own !== undefined) return own;
    }
    return undefined;
  }

  /** A static segment as an entity, joined with the resource segment before it when that spells one (`orders/{id}/lines` → OrderLine). */
  private entityOfSegment(segments: readonly string[], index: number): string | undefined {
    const segment = segments[index]!;
    if (/^v\d+$/i.test(segment)) return undefined;
    const before = staticBefore(segments, index);
    if (before !== undefined) {
      const joined = this.entity(singular(words(before)).join('') + singular(words(segment)).join(''));
      if (joined !== undefined) return joined;
    }
    return this.entity(singular(words(segment)).join(''));
  }

  /** The entity an event is about: the longest registry name its leading words spell (`OrderLineCancelled` → OrderLine). */
  entityOfEventName(name: string): string | undefined {
    const parts = words(name);
    for (let end = parts.length; end > 0; end--) {
      const candidate = this.entity(singular(parts.slice(0, end)).join(''));
      if (candidate !== undefined) return candidate;
    }
    return undefined;
  }

  /** The entity a command is about: the longest registry name its trailing words spell (`AdjustInventoryPosition`). */
  entityOfCommandName(name: string): string | undefined {
    const parts = words(name);
    for (let start = 0; start < parts.length; start++) {
      const candidate = this.entity(singular(parts.slice(start)).join(''));
      if (candidate !== undefined) return candidate;
    }
    return undefined;
  }
}

function staticBefore(segments: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (/^\{[^}]+\}$/.test(s)) continue;
    if (/^v\d+$/i.test(s)) return undefined;
    return s;
  }
  return undefined;
}

/** `price-lists` → [price, lists]; `PriceList` → [price, list]; `price_list` → [price, list]. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** The last word made singular (the plural of a resource collection). */
function singular(parts: string[]): string[] {
  if (parts.length === 0) return parts;
  const last = parts[parts.length - 1]!;
  let one = last;
  if (/ies$/.test(last) && last.length > 4) one = last.slice(0, -3) + 'y';
  else if (/(ches|shes|sses|xes)$/.test(last)) one = last.slice(0, -2);
  else if (/s$/.test(last) && !/ss$/.test(last) && last.length > 3) one = last.slice(0, -1);
  return [...parts.slice(0, -1), one];
}
