/**
 * Which POSTs create something. A POST creates when it declares `201`, or when its summary (else the
 * first word of its description) starts with a create verb ("Create a charge", "Captures a
 * payment"), or its operationId starts with one (`placeOrder`, `issues/create`, `orders.create`),
 * or its last path segment is one (`/payments/{id}/capture`, `/charges/{id}/refunds`). A POST that
 * reads or computes (`POST /products/search`, `/orders:search`, `.../query`, `searchOrders`)
 * never creates.
 */
import type { Operation } from '../../model/index.js';
import { getChild } from '../../document/pointer.js';
import { isTemplateSegment, lastStaticSegment, pathSegments } from './collections.js';
import type { OpsHeuristics } from './heuristics.js';
import { splitWords, wordSet } from './words.js';

const HTTP_METHOD_WORDS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

/** `creates` → `create`, `captures` → `capture`: the third person of the summary's verb. */
function verbStem(word: string): string {
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** First word of each operationId part: `issues/create-fork` → [issues, create]; `placeOrder` → [place]. */
function operationIdVerbs(operationId: string | undefined): string[] {
  if (operationId === undefined) return [];
  const parts = operationId.split(/[/.:]/).filter((p) => p !== '');
  const verbs: string[] = [];
  for (const part of parts) {
    const first = splitWords(part)[0];
    // Stripe-style ids are the method plus the path (`PostRefundsRefund`): no verb in them
    if (first === undefined || HTTP_METHOD_WORDS.has(first)) continue;
    verbs.push(first);
  }
  return verbs;
}

/** First word of the summary, else of the description (tags such as `<p>` skipped). */
function summaryVerb(op: Operation): string | undefined {
  const text = op.summary ?? descriptionOf(op);
  const first = text === undefined ? undefined : splitWords(text.replace(/<[^>]*>/g, ' '))[0];
  return first === undefined ? undefined : verbStem(first);
}

function descriptionOf(op: Operation): string | undefined {
  const description = getChild(op.node.value, 'description');
  return typeof description === 'string' ? description.slice(0, 200) : undefined;
}

/** A POST that searches, queries or computes rather than creating a resource. */
export function isReadOnlyPost(op: Operation, h: OpsHeuristics): boolean {
  const readOnly = wordSet(h.readOnlyWords);
  const segment = lastStaticSegment(op.path);
  if (segment !== undefined) {
    if (segment.action !== undefined && splitWords(segment.action).some((w) => readOnly.has(w))) return true;
    const words = splitWords(segment.resource);
    const last = words[words.length - 1];
    if (last !== undefined && readOnly.has(last)) return true;
  }
  const verb = summaryVerb(op);
  if (verb !== undefined && readOnly.has(verb)) return true;
  return operationIdVerbs(op.operationId).some((w) => readOnly.has(w));
}

export function isCreateOperation(op: Operation, h: OpsHeuristics): boolean {
  if (op.method !== 'post' || isReadOnlyPost(op, h)) return false;
  if (op.responses.some((r) => r.status === '201')) return true;
  const verbs = wordSet(h.createVerbs);
  const verb = summaryVerb(op);
  if (verb !== undefined && verbs.has(verb)) return true;
  if (operationIdVerbs(op.operationId).some((w) => verbs.has(w) || verbs.has(verbStem(w)))) return true;
  // an action segment after an item: /payment_intents/{intent}/capture, /charges/{charge}/refunds
  const segments = pathSegments(op.path);
  const last = segments[segments.length - 1];
  const before = segments[segments.length - 2];
  if (last === undefined) return false;
  // a custom method (`/orders:place`, `/carts/{cartId}:place`): the colon after any template
  const custom = last.lastIndexOf(':') > last.lastIndexOf('}');
  if (!custom && (before === undefined || !isTemplateSegment(before) || isTemplateSegment(last))) return false;
  const action = custom ? last.slice(last.lastIndexOf(':') + 1) : last;
  const first = splitWords(action)[0];
  return first !== undefined && (verbs.has(first) || verbs.has(verbStem(first)));
}
