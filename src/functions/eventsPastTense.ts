/** events-past-tense: an event's name ends in a past-tense verb (`OrderPlaced`), unless it is marked as a command or query. */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { AsyncApiModel } from '../model/index.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { messageKind, requestReplyMessages } from './lib/messages.js';
import { locationKey } from '../model/located.js';
import { asyncApiCheck, type Problem } from './lib/problems.js';
import { judgeTense } from './lib/tense.js';
import { wordSet } from './lib/words.js';

export function checkPastTense(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const nonEvents = wordSet(h.nonEventKinds);
  const requestReply = requestReplyMessages(model);
  const problems: Problem[] = [];
  for (const message of model.messages) {
    if (requestReply.has(locationKey(message.node))) continue;
    const kind = messageKind(message);
    if (kind !== undefined && nonEvents.has(kind)) continue;
    if (message.name === undefined) continue;
    const verdict = judgeTense(message.name, h);
    if (verdict === undefined || verdict.past) continue;
    problems.push({
      at: message.node,
      message: `event name ${message.name} states no fact in the past tense ("${verdict.verb}"): name it like OrderPlaced, or mark a command with x-message-kind: command`,
    });
  }
  return problems;
}

export default asyncApiCheck(checkPastTense);
