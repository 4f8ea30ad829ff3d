/**
 * Which messages travel over Kafka: messages of operations on channels served by a `kafka` or
 * `kafka-secure` server, and any message, operation or channel with Kafka bindings.
 */
import { getChild, isObject } from '../../document/pointer.js';
import type { AsyncApiModel, EventOperation, Message } from '../../model/index.js';

const KAFKA_PROTOCOLS = new Set(['kafka', 'kafka-secure']);

function hasKafkaBinding(value: unknown): boolean {
  const bindings = getChild(value, 'bindings');
  return isObject(bindings) && getChild(bindings, 'kafka') !== undefined;
}

/** Each Kafka message with the operations that carry it (possibly none: a component with Kafka bindings). */
export function kafkaMessages(model: AsyncApiModel): Map<Message, EventOperation[]> {
  const kafkaServers = new Set(model.servers.filter((s) => KAFKA_PROTOCOLS.has((s.protocol ?? '').toLowerCase())).map((s) => s.name));
  const out = new Map<Message, EventOperation[]>();
  const add = (message: Message, op?: EventOperation) => {
    const list = out.get(message) ?? [];
    if (op !== undefined && !list.includes(op)) list.push(op);
    out.set(message, list);
  };
  for (const op of model.operations) {
    const servers = op.channel.servers;
    const onKafka =
      // a channel that lists no servers is available on all of them
      (servers.length === 0 ? kafkaServers.size > 0 : servers.some((s) => kafkaServers.has(s))) ||
      hasKafkaBinding(op.node.value) ||
      op.traits.some((t) => hasKafkaBinding(t.value)) ||
      hasKafkaBinding(op.channel.node.value);
    for (const message of op.messages) {
      if (onKafka || hasKafkaBinding(message.node.value) || message.traits.some((t) => hasKafkaBinding(t.value))) add(message, op);
    }
  }
  for (const message of model.messages) {
    if (!out.has(message) && (hasKafkaBinding(message.node.value) || message.traits.some((t) => hasKafkaBinding(t.value)))) add(message);
  }
  return out;
}
