/**
 * structure-asyncapi-server-variables: every `{variable}` of a server's url (2.x) or host and
 * pathname (3.x) is defined under `variables`, every defined variable is used, and a variable's
 * `default` and `examples` are among its `enum` values.
 */
import { getChild, hasChild } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { child, entries, member } from '../model/located.js';
import type { AsyncApiModel } from '../model/index.js';
import { rootAndComponentEntries, templateVariables, uniqueNodes } from './lib/asyncapi-nodes.js';
import { asyncApiCheck, listing, type Problem } from './lib/problems.js';

function serverProblems(model: AsyncApiModel, server: ResolvedNode): Problem[] {
  const { contract } = model;
  const fields = contract.formatId === 'asyncapi2' ? ['url'] : ['host', 'pathname'];
  const used: string[] = [];
  for (const field of fields) {
    const value = getChild(server.value, field);
    if (typeof value === 'string') for (const v of templateVariables(value)) if (!used.includes(v)) used.push(v);
  }
  const variablesNode = child(contract, server, 'variables');
  const defined = entries(contract, variablesNode);
  const problems: Problem[] = [];
  const missing = used.filter((name) => !defined.some(([key]) => key === name));
  if (missing.length > 0) {
    problems.push({ at: member(server, 'variables') ?? server, message: `server ${fields.join(' and ')} use${fields.length === 1 ? 's' : ''} ${listing(missing.map((m) => `{${m}}`))} without a definition under variables` });
  }
  for (const [name, variable] of defined) {
    if (!used.includes(name)) {
      problems.push({ at: member(variablesNode, name)!, message: `server variable ${name} is defined but not used in the server ${fields.join(' or ')}` });
      continue;
    }
    const allowed = getChild(variable.value, 'enum');
    if (!Array.isArray(allowed)) continue;
    if (hasChild(variable.value, 'default') && !allowed.includes(getChild(variable.value, 'default'))) {
      problems.push({ at: member(variable, 'default')!, message: `default of server variable ${name} is not one of its enum values` });
    }
    const examples = getChild(variable.value, 'examples');
    if (Array.isArray(examples)) {
      examples.forEach((example, i) => {
        if (!allowed.includes(example)) problems.push({ at: { source: variable.source, path: [...variable.path, 'examples', String(i)] }, message: `example ${JSON.stringify(example)} of server variable ${name} is not one of its enum values` });
      });
    }
  }
  return problems;
}

export function checkServerVariables(model: AsyncApiModel): Problem[] {
  const servers = uniqueNodes(rootAndComponentEntries(model.contract, 'servers').map(([, s]) => s));
  return servers.flatMap((server) => serverProblems(model, server));
}

export default asyncApiCheck((model) => checkServerVariables(model));
