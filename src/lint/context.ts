/**
 * What apigov's own rule functions get beyond Spectral's context: the loaded contract (with its
 * `$ref` graph across files), the settings from apigov.yaml, and a way to report a node that lives in
 * another file than the contract (Spectral results can only point into the document being linted).
 */
import type { RulesetFunctionContext, IFunctionResult } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import type { NodeLocation, SourceFile } from '../document/source.js';

export interface ExternalResult {
  ruleName: string;
  source: SourceFile;
  path: string[];
  message: string;
}

export interface LintSettings {
  /** merged canonical dictionary and other data rules read; filled from rulesets/canonical and apigov.yaml */
  [key: string]: unknown;
}

export interface LintContext {
  contract: Contract;
  settings: LintSettings;
  /** findings reported by apigov's functions through reportAt, in the contract or in `$ref`'d files */
  external: ExternalResult[];
  /** per-contract memo for expensive derived views (schema inventories and the like) */
  memo: Map<string, unknown>;
}

const CONTEXT = Symbol.for('apigov.lint-context');

export function attachLintContext(target: object, context: LintContext): void {
  Object.defineProperty(target, CONTEXT, { value: context, enumerable: false });
}

export function lintContextOf(fnContext: RulesetFunctionContext): LintContext {
  const context = (fnContext.document as unknown as Record<symbol, LintContext | undefined>)[CONTEXT];
  if (context === undefined) throw new Error('apigov rule functions need documents loaded by apigov');
  return context;
}

/** Memoize a derived view of the contract for all rules of one lint run. */
export function memoized<T>(context: LintContext, key: string, build: () => T): T {
  if (context.memo.has(key)) return context.memo.get(key) as T;
  const value = build();
  context.memo.set(key, value);
  return value;
}

/**
 * Report at a node wherever it is defined, in the contract or in a referenced file. The result goes
 * straight to apigov's engine (which locates, de-duplicates and sorts findings itself) rather than
 * through Spectral's result pipeline: that pipeline costs about 0.3 ms per result (a range lookup our
 * pre-parsed documents do not need, locale-aware sorting), which is seconds on a large contract, and it
 * cannot point into a referenced file anyway. Returns no Spectral results.
 */
export function reportAt(fnContext: RulesetFunctionContext, at: NodeLocation, message: string): IFunctionResult[] {
  const context = lintContextOf(fnContext);
  context.external.push({ ruleName: (fnContext.rule as unknown as { name: string }).name, source: at.source, path: at.path, message });
  return [];
}

/** Collect results for many nodes through reportAt. */
export class Reporter {
  readonly results: IFunctionResult[] = [];

  constructor(private readonly fnContext: RulesetFunctionContext) {}

  at(location: NodeLocation, message: string): void {
    this.results.push(...reportAt(this.fnContext, location, message));
  }
}
