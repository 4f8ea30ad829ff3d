/** Unit tests of the owner- rule functions: messages, dictionary settings, formats. */
import { describe, expect, it } from 'vitest';
import { checkOwnerApiId } from '../../src/functions/ownerApiId.js';
import { checkOwnerContact } from '../../src/functions/ownerContact.js';
import { checkOwnerDomain } from '../../src/functions/ownerDomain.js';
import { checkOwnerLifecycle } from '../../src/functions/ownerLifecycle.js';
import { checkOwnerSystem } from '../../src/functions/ownerSystem.js';
import { checkOwnerSystemOfRecord } from '../../src/functions/ownerSystemOfRecord.js';
import { checkOwnerTeam } from '../../src/functions/ownerTeam.js';
import { modelOf } from '../../src/model/index.js';
import { edit, governedAsyncApi2, governedOpenApi, governedSwagger, type Doc } from '../rules/governed-contracts.js';
import { dictionary, loadContract, shown } from './contracts.js';

async function infoOf(doc: Doc) {
  return modelOf(await loadContract(doc)).info;
}

describe('owner functions', () => {
  it('owner-team: pattern and known teams from the dictionary', async () => {
    const info = await infoOf(edit(governedOpenApi(), (d) => (d.info['x-owner'] = 'checkout')));
    expect(checkOwnerTeam(info, dictionary())).toEqual([]);
    expect(shown(checkOwnerTeam(info, dictionary({ teams: ['order-team', 'pos-team'] })))).toEqual(['/info/x-owner: info.x-owner "checkout" is not a known team (order-team and pos-team)']);
    expect(shown(checkOwnerTeam(info, dictionary({ ownership: { teamPattern: '^team-' } })))).toEqual(['/info/x-owner: info.x-owner "checkout" is not a team id matching ^team-']);
  });

  it('owner-domain and owner-system: messages', async () => {
    const info = await infoOf(edit(governedSwagger(), (d) => ((d.info['x-domain'] = 'Orders'), delete d.info['x-system'])));
    expect(shown(checkOwnerDomain(info, dictionary()))[0]).toMatch(/^\/info\/x-domain: info.x-domain "Orders" is not a configured domain \(customer, product/);
    expect(shown(checkOwnerSystem(info))).toEqual(['/info: info.x-system is missing: the system or application the API belongs to']);
  });

  it('owner-lifecycle: lifecycles from the dictionary', async () => {
    const info = await infoOf(edit(governedOpenApi(), (d) => (d.info['x-lifecycle'] = 'sunset')));
    expect(shown(checkOwnerLifecycle(info, dictionary()))).toEqual(['/info/x-lifecycle: info.x-lifecycle "sunset" is not one of experimental, production, deprecated and retired']);
    expect(checkOwnerLifecycle(info, dictionary({ ownership: { lifecycles: ['production', 'sunset'] } }))).toEqual([]);
  });

  it('owner-system-of-record: entity names compare without case against schemas', async () => {
    const contract = await loadContract(edit(governedAsyncApi2(), (d) => ((d.info['x-system-of-record'] = ['Order', 'Cart', 7]), (d.components.schemas.cart = { type: 'object' }))));
    expect(shown(checkOwnerSystemOfRecord(modelOf(contract), dictionary()))).toEqual(['/info/x-system-of-record/2: "7" is not a canonical entity (see entities in the canonical dictionary)']);
  });

  it('owner-api-id and owner-contact: messages', async () => {
    const info = await infoOf(edit(governedOpenApi(), (d) => ((d.info['x-api-id'] = 'a b'), (d.info.contact = { email: 'x@example.com' }))));
    expect(shown(checkOwnerApiId(info, dictionary()))).toEqual(['/info/x-api-id: info.x-api-id "a b" does not match ^[a-z0-9][a-z0-9-:.]{6,62}[a-z0-9]$']);
    expect(shown(checkOwnerContact(info))).toEqual(['/info/contact: info.contact has no name']);
  });
});
