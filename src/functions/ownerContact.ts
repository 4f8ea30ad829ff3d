/** owner-contact: `info.contact` has a `name` and an `email` or `url`, and `info.description` is not empty. */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { getChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { member } from '../model/located.js';
import { reportViolations, type Violation } from './lib/violations.js';

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

export function checkOwnerContact(info: ResolvedNode | undefined): Violation[] {
  if (info === undefined) return [];
  const out: Violation[] = [];
  const contact = member(info, 'contact');
  if (contact === undefined || !isObject(contact.value)) {
    out.push({ at: contact ?? info, message: 'info.contact is missing: give the owning team\'s name and an email or url' });
  } else {
    const lacks = [filled(contact.value.name) ? '' : 'name', filled(contact.value.email) || filled(contact.value.url) ? '' : 'email or url'].filter((x) => x !== '');
    if (lacks.length > 0) out.push({ at: contact, message: `info.contact has no ${lacks.join(' and no ')}` });
  }
  const description = getChild(info.value, 'description');
  if (!filled(description)) out.push({ at: member(info, 'description') ?? info, message: 'info.description is empty: say what the API is for and who uses it' });
  return out;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerContact(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerContact(modelOf(lintContextOf(fnContext).contract).info));
});
