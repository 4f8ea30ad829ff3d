/** Scoring: the formulas of docs/scoring.md, with expectations computed by hand. */
import { describe, expect, it } from 'vitest';
import { areaScore, estateGrade, estateScore, estateWeight, gradeOf, scoreContract } from '../../src/catalog/score.js';
import { catalogOf, openApi, op } from './helpers.js';

describe('area score', () => {
  it('is 100 × (1 − min(1, (10E + 3W + 0.5I) / (10N))), rounded to one decimal', () => {
    expect(areaScore(0, 0, 0, 7)).toBe(100);
    expect(areaScore(1, 0, 0, 10)).toBe(90); // 1 − 10/100
    expect(areaScore(0, 2, 1, 4)).toBe(83.8); // 1 − 6.5/40 = 0.8375
    expect(areaScore(1, 1, 0, 1)).toBe(0); // 13/10 capped at 1
    expect(areaScore(2, 0, 0, 200)).toBe(99); // a large API is not punished for its size
    expect(areaScore(1, 0, 0, 0)).toBe(0); // no nodes: counts as one
  });
});

describe('contract score', () => {
  const base = { applicable: { security: 10, owner: 8, version: 5, events: 0, naming: 40 }, ruledAreas: ['security', 'owner', 'version', 'events'] as const };

  it('scores the ruled areas with nodes, counts a node once per rule, and weights the total', () => {
    const score = scoreContract({
      ...base,
      ruledAreas: [...base.ruledAreas],
      findings: [
        { ruleId: 'security-https-only', severity: 'error', file: 'a.yaml', pointer: '/servers/0/url' },
        { ruleId: 'owner-contact', severity: 'warn', file: 'a.yaml', pointer: '/info' },
        { ruleId: 'owner-contact', severity: 'info', file: 'a.yaml', pointer: '/info' }, // same rule and node: counted once, as the warning
        { ruleId: 'owner-api-id', severity: 'info', file: 'a.yaml', pointer: '/info' },
        { ruleId: 'structure-openapi', severity: 'error', file: 'a.yaml', pointer: '/paths' }, // gates the grade, has no area score
        { ruleId: 'oas3-api-servers', severity: 'warn', file: 'a.yaml', pointer: '' }, // not an apigov area
      ],
      estateFindings: [],
    });
    // security 1 − 10/100 = 90; owner 1 − 3.5/80 = 95.625 → 95.6; version 100; events has no nodes (OpenAPI): its weight is redistributed;
    // naming has no rules in the ruleset: not scored. Total (20·90 + 10·95.6 + 10·100) / 40 = 93.9
    expect(score).toEqual({ total: 93.9, byArea: { security: 90, owner: 95.6, version: 100 }, grade: 'not-compliant' });
  });

  it('subtracts estate findings in the area of their check', () => {
    const score = scoreContract({ ...base, ruledAreas: [...base.ruledAreas], findings: [], estateFindings: [{ area: 'owner', severity: 'error' }, { area: 'naming', severity: 'warn' }] });
    // owner 1 − 10/80 = 87.5; naming is scored because a finding landed there: 1 − 3/400 = 99.25 → 99.3
    // total (20·100 + 10·87.5 + 10·100 + 5·99.3) / 45 = 4371.5 / 45 = 97.14 → 97.1
    expect(score).toEqual({ total: 97.1, byArea: { security: 100, owner: 87.5, version: 100, naming: 99.3 }, grade: 'bronze' });
  });

  it('uses configured weights', () => {
    const score = scoreContract({
      ...base,
      ruledAreas: [...base.ruledAreas],
      findings: [{ ruleId: 'security-https-only', severity: 'warn', file: 'a.yaml', pointer: '/servers/0/url' }],
      estateFindings: [],
      weights: { security: 0 },
    });
    // security has weight 0: (10·100 + 10·100) / 20
    expect(score.total).toBe(100);
    expect(score.byArea.security).toBe(97);
  });
});

describe('grade gate', () => {
  it('blocks at the first failing level', () => {
    expect(gradeOf({ total: 95, errors: 0, securityErrors: 0, gateWarnings: 0 })).toBe('gold');
    expect(gradeOf({ total: 95, errors: 0, securityErrors: 0, gateWarnings: 1 })).toBe('silver');
    expect(gradeOf({ total: 89.9, errors: 0, securityErrors: 0, gateWarnings: 0 })).toBe('silver');
    expect(gradeOf({ total: 74.9, errors: 0, securityErrors: 0, gateWarnings: 0 })).toBe('bronze');
    expect(gradeOf({ total: 99, errors: 3, securityErrors: 0, gateWarnings: 0 })).toBe('bronze');
    expect(gradeOf({ total: 99, errors: 4, securityErrors: 0, gateWarnings: 0 })).toBe('not-compliant');
    expect(gradeOf({ total: 99, errors: 1, securityErrors: 1, gateWarnings: 0 })).toBe('not-compliant');
  });
});

describe('estate score and grade', () => {
  it('weights contract scores by operations plus messages', () => {
    expect(estateWeight(0, 0)).toBe(1);
    expect(estateWeight(7, 3)).toBe(10);
    expect(estateScore([{ score: 90, weight: 10 }, { score: 50, weight: 1 }])).toBe(86.4); // 950 / 11
    expect(estateScore([])).toBe(100);
  });

  it('is the best grade half the estate reaches, never gold with estate errors', () => {
    const estate = [
      { grade: 'gold' as const, weight: 3 },
      { grade: 'silver' as const, weight: 1 },
      { grade: 'not-compliant' as const, weight: 2 },
    ];
    expect(estateGrade(estate, 0)).toBe('gold');
    expect(estateGrade(estate, 1)).toBe('silver');
    expect(estateGrade([{ grade: 'gold', weight: 1 }, { grade: 'bronze', weight: 5 }], 0)).toBe('bronze');
  });
});

describe('scores in a built catalog', () => {
  it('normalizes by the nodes collected from the contract', async () => {
    // version 'v1' breaks version-semver (error); one server and one path: version nodes = 1 + 1 + 1 = 3 → 1 − 10/30 = 66.7
    // security: 1 operation + 1 server = 2 nodes, clean; owner clean. Total (20·100 + 10·100 + 10·66.7) / 40 = 91.7
    const catalog = await catalogOf({ 'a.yaml': openApi({ apiId: 'retail-a', version: 'v1' }, { paths: { '/ping': { get: op('ping') } } }) });
    expect(catalog.estateFindings).toEqual([]);
    expect(catalog.apis[0]!.score).toEqual({ total: 91.7, byArea: { security: 100, owner: 100, version: 66.7 }, grade: 'bronze' });
    expect(catalog.apis[0]!.findings).toMatchObject({ error: 1, warn: 0, byArea: { version: { error: 1, warn: 0, info: 0, hint: 0 } } });
    expect(catalog.summary).toMatchObject({ score: 91.7, grade: 'bronze', grades: { gold: 0, silver: 0, bronze: 1, 'not-compliant': 0 } });
  });

  it('lets an estate finding lower the score of the contracts it names, not of references', async () => {
    const catalog = await catalogOf({
      'a.yaml': openApi({ apiId: 'retail-a', system: 'a', sor: ['Order'] }),
      'b.yaml': openApi({ apiId: 'retail-b', system: 'b', sor: ['Order'] }),
    });
    // X1 names both claims: owner 1 − 10/80 = 87.5 in each; total (20·100 + 10·87.5 + 10·100) / 40 = 96.9 (security: 1 server)
    for (const api of catalog.apis) expect(api.score).toEqual({ total: 96.9, byArea: { security: 100, owner: 87.5, version: 100 }, grade: 'bronze' });
  });
});
