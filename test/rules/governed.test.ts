import { describe, expect, it } from 'vitest';
import { lintText } from './harness.js';
import { governedAsyncApi2, governedAsyncApi3, governedOpenApi, governedSwagger, RULES_B, toYaml } from './governed-contracts.js';

describe('governed contracts raise no errors-, version-, security- or owner- finding', () => {
  it.each([
    ['OpenAPI 3.0', governedOpenApi()],
    ['Swagger 2.0', governedSwagger()],
    ['AsyncAPI 2.6', governedAsyncApi2()],
    ['AsyncAPI 3.0', governedAsyncApi3()],
  ])('%s', async (_name, doc) => {
    const findings = await lintText(toYaml(doc));
    expect(findings.filter((f) => RULES_B.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.pointer} ${f.message}`)).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'structure-spec-schema').map((f) => `${f.pointer} ${f.message}`)).toEqual([]);
  });
});
