/**
 * Which properties are money, shared by data-money-shape and data-money-no-float. A property is
 * money by name (see `moneyVerdict`) unless it is the amount member of an object that also has a
 * currency member: then it is part of a money object (Money.amount), judged only for its type.
 */
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import type { CanonicalDictionary } from '../../lint/canonical.js';
import { lintContextOf, memoized } from '../../lint/context.js';
import { isAmountLike, isAmountMember, isCurrencyMember, moneyVerdict } from './name-heuristics.js';
import { singularName } from './plural.js';
import { booleanExtension, type NamedValue, type ValueView } from './values.js';

export type MoneyRole = 'amount-member' | 'money' | undefined;

/**
 * Values that may be money: a money or weak money word, an amount member, a plural money name (arrays
 * of money objects), or an x-money extension. Asked once per name.
 */
export function moneyCandidates(view: ValueView, dict: CanonicalDictionary): NamedValue[] {
  const maybe = (name: string) => {
    const verdict = moneyVerdict(name, dict);
    return verdict.money || verdict.reason === 'weak' || isAmountMember(name, dict) || moneyVerdict(singularName(name), dict).money;
  };
  const candidates = new Set(view.named(maybe));
  for (const value of view.withExtension('x-money')) candidates.add(value);
  return [...candidates];
}

/**
 * The money candidates of the contract being linted with their roles, worked out once per lint run
 * for both money rules.
 */
export function moneyValues(fnContext: RulesetFunctionContext, view: ValueView, dict: CanonicalDictionary): Array<{ value: NamedValue; role: MoneyRole }> {
  return memoized(lintContextOf(fnContext), 'money-values', () => moneyCandidates(view, dict).map((value) => ({ value, role: moneyRoleOf(value, view, dict) })));
}

export function moneyRoleOf(value: NamedValue, view: ValueView, dict: CanonicalDictionary): MoneyRole {
  if (value.kind !== 'property') return undefined;
  const besideCurrency = () => [...view.ownerProperties(value)].some((n) => n !== value.name && isCurrencyMember(n, dict));
  if (isAmountLike(value.name, dict) && besideCurrency()) return 'amount-member';
  const xMoney = booleanExtension(value.at, 'x-money') ?? booleanExtension(value.schema, 'x-money');
  const quick = moneyVerdict(value.name, dict, { xMoney });
  if (quick.money) return 'money';
  if (quick.reason !== 'weak') return undefined;
  return moneyVerdict(value.name, dict, { xMoney, besideCurrency: besideCurrency() }).money ? 'money' : undefined;
}

/** The amount and currency members a money object is expected to have, for messages. */
export function moneyMembersText(dict: CanonicalDictionary): string {
  return `an amount (${(dict.money?.amountMembers ?? []).join(', ')}) and a currency (${(dict.money?.currencyMembers ?? []).join(', ')})`;
}
