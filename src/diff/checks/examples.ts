/**
 * Complete example documents for the check docs. The same examples are the test fixtures: every
 * check's bad example must trigger it and its good example must not (test/diff/checks.test.ts).
 */
import type { Side } from '../types.js';

export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : pad + line))
    .join('\n');
}

/** An OpenAPI 3.1 document for the order API with the given top-level sections (`paths:` …). */
export function openapi(sections: string, version = '1.0.0'): string {
  return `openapi: 3.1.0
info:
  title: Retail Orders API
  version: ${version}
${sections.trim()}
`;
}

/** A Swagger 2.0 document. */
export function swagger(sections: string, version = '1.0.0'): string {
  return `swagger: "2.0"
info:
  title: Retail Orders API
  version: ${version}
${sections.trim()}
`;
}

/** An AsyncAPI 3.0 document for order events with the given top-level sections. */
export function asyncapi(sections: string, version = '1.0.0'): string {
  return `asyncapi: 3.0.0
info:
  title: Order Events
  version: ${version}
${sections.trim()}
`;
}

/**
 * A document where the component schema `root` sits on the given side: a request body, a response
 * body, a message the application receives, or one it sends. `schemas` is the YAML of
 * `components.schemas`.
 */
export function sideDocument(side: Side, schemas: string, root = 'Order'): string {
  const components = `components:\n  schemas:\n${indent(schemas, 4)}`;
  const ref = `{$ref: '#/components/schemas/${root}'}`;
  switch (side) {
    case 'request':
      return openapi(`paths:
  /orders:
    post:
      operationId: placeOrder
      requestBody:
        required: true
        content:
          application/json:
            schema: ${ref}
      responses:
        '201':
          description: Order placed
${components}`);
    case 'response':
      return openapi(`paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema: ${ref}
${components}`);
    case 'received-message':
      return asyncapi(`channels:
  orderSubmissions:
    address: orders.submitted
    messages:
      OrderSubmitted:
        payload: ${ref}
operations:
  receiveOrderSubmitted:
    action: receive
    channel: {$ref: '#/channels/orderSubmissions'}
    messages: [{$ref: '#/channels/orderSubmissions/messages/OrderSubmitted'}]
${components}`);
    case 'sent-message':
      return asyncapi(`channels:
  orderPlaced:
    address: orders.placed
    messages:
      OrderPlaced:
        payload: ${ref}
operations:
  publishOrderPlaced:
    action: send
    channel: {$ref: '#/channels/orderPlaced'}
    messages: [{$ref: '#/channels/orderPlaced/messages/OrderPlaced'}]
${components}`);
  }
}
