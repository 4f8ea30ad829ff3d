/**
 * structure-asyncapi-tags-unique (AsyncAPI 3): tag names are unique within each `tags` list, on
 * every object that has one: info, servers, channels, operations, messages and their traits, in
 * the document and its components. Two tags with one name and different descriptions are the case
 * the specification schema (uniqueItems) cannot see.
 */
import { getChild } from '../document/pointer.js';
import { child, items } from '../model/located.js';
import type { AsyncApiModel } from '../model/index.js';
import { tagHolders } from './lib/asyncapi-nodes.js';
import { asyncApiCheck, type Problem } from './lib/problems.js';

export function checkTagsUnique(model: AsyncApiModel): Problem[] {
  const { contract } = model;
  const problems: Problem[] = [];
  for (const holder of tagHolders(model)) {
    const tags = child(contract, holder, 'tags');
    if (tags === undefined) continue;
    const seen = new Map<string, string>();
    items(contract, tags).forEach((tag, i) => {
      const name = getChild(tag.value, 'name');
      if (typeof name !== 'string') return;
      const written = JSON.stringify(tag.value);
      const earlier = seen.get(name);
      // identical tag objects already fail the specification's uniqueItems (structure-spec-schema)
      if (earlier !== undefined && earlier !== written) {
        problems.push({ at: { source: tags.source, path: [...tags.path, String(i)] }, message: `tags list has tag "${name}" more than once` });
      }
      if (earlier === undefined) seen.set(name, written);
    });
  }
  return problems;
}

export default asyncApiCheck((model) => checkTagsUnique(model));
