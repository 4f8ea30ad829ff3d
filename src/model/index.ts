/**
 * The contract model shared by lint rules, the catalog and the diff engine: built once per contract
 * (memoized on the contract object) and read by everyone.
 */
import type { Contract } from '../document/contract.js';
import { buildAsyncApiModel, type AsyncApiModel } from './asyncapi.js';
import { buildOpenApiModel, type OpenApiModel } from './openapi.js';
import { buildSchemaInventory, type SchemaInventory } from './schemas.js';

export type ContractModel = OpenApiModel | AsyncApiModel;

const models = new WeakMap<Contract, ContractModel>();
const inventories = new WeakMap<Contract, SchemaInventory>();

export function modelOf(contract: Contract): ContractModel {
  let model = models.get(contract);
  if (model === undefined) {
    model = contract.format === 'openapi' ? buildOpenApiModel(contract) : buildAsyncApiModel(contract);
    models.set(contract, model);
  }
  return model;
}

export function openApiModelOf(contract: Contract): OpenApiModel | undefined {
  const model = modelOf(contract);
  return model.kind === 'openapi' ? model : undefined;
}

export function asyncApiModelOf(contract: Contract): AsyncApiModel | undefined {
  const model = modelOf(contract);
  return model.kind === 'asyncapi' ? model : undefined;
}

export function schemaInventoryOf(contract: Contract): SchemaInventory {
  let inventory = inventories.get(contract);
  if (inventory === undefined) {
    inventory = buildSchemaInventory(contract, modelOf(contract));
    inventories.set(contract, inventory);
  }
  return inventory;
}

export type { OpenApiModel, Operation, Parameter, Response, RequestBody, MediaType, Header } from './openapi.js';
export type { AsyncApiModel, EventOperation, Message, Channel, Server } from './asyncapi.js';
export type { SchemaInventory, SchemaNode, EffectiveSchema } from './schemas.js';
export { effectiveSchema, visitSchemas } from './schemas.js';
