/**
 * structure-asyncapi-channel-parameters: every `{parameter}` of a channel address is defined under
 * the channel's `parameters`, and every defined parameter appears in the address. 2.x: the address
 * is the key under `channels`; 3.x: the channel's `address` (root and component channels).
 */
import { getChild } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { child, entries, member } from '../model/located.js';
import type { AsyncApiModel } from '../model/index.js';
import { rootAndComponentEntries, templateVariables, uniqueNodes } from './lib/asyncapi-nodes.js';
import { asyncApiCheck, listing, type Problem } from './lib/problems.js';

function channelProblems(model: AsyncApiModel, address: string, channel: ResolvedNode): Problem[] {
  const { contract } = model;
  const used = templateVariables(address);
  const parametersNode = child(contract, channel, 'parameters');
  const defined = entries(contract, parametersNode).map(([name]) => name);
  const problems: Problem[] = [];
  const missing = used.filter((p) => !defined.includes(p));
  if (missing.length > 0) {
    problems.push({ at: member(channel, 'parameters') ?? channel, message: `channel address ${address} uses ${listing(missing.map((m) => `{${m}}`))} without a definition under parameters` });
  }
  for (const name of defined) {
    if (!used.includes(name)) problems.push({ at: member(parametersNode, name)!, message: `channel parameter ${name} does not appear in the address ${address}` });
  }
  return problems;
}

export function checkChannelParameters(model: AsyncApiModel): Problem[] {
  const { contract } = model;
  if (contract.formatId === 'asyncapi2') {
    // a 2.x component channel has no address of its own: it takes the key it is referenced under
    return model.channels.flatMap((c) => channelProblems(model, c.address, c.node));
  }
  const channels = uniqueNodes(rootAndComponentEntries(contract, 'channels').map(([, c]) => c));
  return channels.flatMap((channel) => {
    const address = getChild(channel.value, 'address');
    return typeof address === 'string' ? channelProblems(model, address, channel) : [];
  });
}

export default asyncApiCheck((model) => checkChannelParameters(model));
