/**
 * Name heuristics of the ids, time and data rules. Pure functions over a name and the canonical
 * dictionary: every word list comes from rulesets/canonical/retail.yaml (or a team's `canonical:`),
 * none is hard-coded here. Lists are turned into word-sequence sets once per dictionary, because the
 * rules ask about every property of contracts with 40 000 of them.
 */
import type { CanonicalDictionary } from '../../lint/canonical.js';
import { compilePattern } from './patterns.js';
import { splitWords, stringList } from './words.js';


/** A name's words as one string: `in_transit` and `inTransit` both give "in transit". */
const keyOf = (name: string): string => splitWords(name).join(' ');

/** Names compared by their words, whole or as an ending (`OnHand` ends `qtyOnHand`). */
class NameSet {
  private readonly keys: Set<string>;
  private readonly lengths: number[];

  constructor(names: unknown) {
    const list = stringList(names).filter((n) => splitWords(n).length > 0);
    this.keys = new Set(list.map(keyOf));
    this.lengths = [...new Set(list.map((n) => splitWords(n).length))].sort((a, b) => a - b);
  }

  has(name: string): boolean {
    return this.keys.has(keyOf(name));
  }

  /** The words of the configured name that ends `name`, or undefined. */
  endingOf(name: string): readonly string[] | undefined {
    const words = splitWords(name);
    for (const length of this.lengths) {
      if (length > words.length) break;
      const tail = words.slice(words.length - length);
      if (this.keys.has(tail.join(' '))) return tail;
    }
    return undefined;
  }
}

const wordSet = (names: unknown): Set<string> => new Set(stringList(names).flatMap((n) => splitWords(n)));

/** Per dictionary object: derived lookups built once per lint run. */
const derived = new WeakMap<CanonicalDictionary, Derived>();

interface Derived {
  synonyms: Map<string, string>;
  idPatterns: RegExp[];
  gtinNames: Set<string>;
  moneyWords: Set<string>;
  weakMoneyWords: Set<string>;
  loneMoneyWords: Set<string>;
  moneyQualifiers: Set<string>;
  moneyExclude: Set<string>;
  amountMembers: NameSet;
  currencyMembers: NameSet;
  minorUnitSuffixes: NameSet;
  minorUnitWords: Set<string>;
  notTime: NameSet;
  ambiguousTimeNames: NameSet;
  timeNames: NameSet;
  timeSuffixes: NameSet;
  dateWord: string | undefined;
  durationQualifiers: Set<string>;
  durationSuffixes: NameSet;
  currencySuffixes: NameSet;
  countrySuffixes: NameSet;
  countryPrefix: readonly string[];
  countryExclude: Set<string>;
  quantityNames: NameSet;
  quantitySuffixes: NameSet;
  quantityAmbiguous: NameSet;
  signedQuantityWords: Set<string>;
  /** answers per heuristic and name: names repeat across thousands of schemas */
  answers: Map<string, Map<string, unknown>>;
}

/** The cached answer of heuristic `kind` for `name`, computed once per dictionary. */
function answer<T>(d: Derived, kind: string, name: string, compute: () => T): T {
  let byName = d.answers.get(kind);
  if (byName === undefined) {
    byName = new Map();
    d.answers.set(kind, byName);
  }
  if (byName.has(name)) return byName.get(name) as T;
  const value = compute();
  byName.set(name, value);
  return value;
}

function derive(dict: CanonicalDictionary): Derived {
  let d = derived.get(dict);
  if (d === undefined) {
    const synonyms = new Map<string, string>();
    const ids = dict.ids ?? {};
    for (const [canonical, entry] of Object.entries(ids)) {
      for (const synonym of stringList(entry?.synonyms)) if (synonym !== canonical) synonyms.set(synonym.toLowerCase(), canonical);
    }
    // a canonical name is never a synonym of another (snake_case estates rename the keys)
    for (const canonical of Object.keys(ids)) synonyms.delete(canonical.toLowerCase());
    const gtin = ids.gtin;
    d = {
      synonyms,
      idPatterns: stringList(dict.idNames?.patterns).map((p) => compilePattern(p)).filter((r): r is RegExp => r !== null),
      gtinNames: new Set(gtin === undefined ? [] : ['gtin', ...stringList(gtin.aliases)].map((n) => n.toLowerCase())),
      moneyWords: wordSet(dict.money?.words),
      weakMoneyWords: wordSet(dict.money?.weakWords),
      loneMoneyWords: wordSet(dict.money?.loneWords),
      moneyQualifiers: wordSet(dict.money?.weakWordQualifiers),
      moneyExclude: wordSet(dict.money?.excludeWords),
      amountMembers: new NameSet(dict.money?.amountMembers),
      currencyMembers: new NameSet(dict.money?.currencyMembers),
      minorUnitSuffixes: new NameSet(dict.money?.minorUnitSuffixes),
      minorUnitWords: wordSet(dict.money?.minorUnitWords),
      notTime: new NameSet(dict.time?.notTime),
      ambiguousTimeNames: new NameSet(dict.time?.ambiguousNames),
      timeNames: new NameSet(dict.time?.names),
      timeSuffixes: new NameSet(dict.time?.suffixes),
      dateWord: splitWords(dict.time?.dateSuffix ?? 'Date')[0],
      durationQualifiers: wordSet(dict.time?.durationQualifiers),
      durationSuffixes: new NameSet(dict.time?.durationSuffixes),
      currencySuffixes: new NameSet(dict.currency?.suffixes),
      countrySuffixes: new NameSet(dict.country?.suffixes),
      countryPrefix: typeof dict.country?.prefix === 'string' ? splitWords(dict.country.prefix) : [],
      countryExclude: wordSet(dict.country?.excludeWords),
      quantityNames: new NameSet(dict.quantity?.names),
      quantitySuffixes: new NameSet(dict.quantity?.suffixes),
      quantityAmbiguous: new NameSet(dict.quantity?.ambiguousNames),
      signedQuantityWords: wordSet(dict.quantity?.signedWords),
      answers: new Map(),
    };
    derived.set(dict, d);
  }
  return d;
}

// ---- ids -------------------------------------------------------------------------------------

/** The canonical name a forbidden synonym stands for (whole name, case-insensitive). */
export function canonicalNameFor(name: string, dict: CanonicalDictionary): string | undefined {
  return derive(dict).synonyms.get(name.toLowerCase());
}

/** A GTIN/EAN/UPC name: the registry's `gtin` or one of its aliases, as the whole name or its last word. */
export function isGtinName(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'gtin', name, () => {
    const names = derive(dict).gtinNames;
    if (names.has(name.toLowerCase())) return true;
    const words = splitWords(name);
    return words.length > 0 && names.has(words[words.length - 1]!);
  });
}

/** `sku`, and names ending in Sku (`parentSku`, `parent_sku`, `X-Sku`). */
export function isSkuName(name: string): boolean {
  const words = splitWords(name);
  return words[words.length - 1] === 'sku';
}

/** An id by name: a registry name, or a name matching `idNames.patterns` (`id`, `*Id`, `*_id`). */
export function isIdName(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'id', name, () => {
    if (Object.prototype.hasOwnProperty.call(dict.ids ?? {}, name)) return true;
    return derive(dict).idPatterns.some((re) => re.test(name));
  });
}

// ---- money -----------------------------------------------------------------------------------

export type MoneyVerdict = { money: true; reason: 'name' | 'x-money' } | { money: false; reason: 'x-money' | 'excluded' | 'not-money' | 'weak' };

/**
 * Is a property monetary by its name? The last word is a money word (unitPrice, refund_amount);
 * names with an excluded word (pointsBalance, taxRate) are not; a weak word (value, total) needs a
 * qualifier (orderTotal) or a currency member beside it, and so does a lone word (`amount` alone). `xMoney` (the `x-money` extension) decides
 * when present.
 */
export function moneyVerdict(name: string, dict: CanonicalDictionary, options: { xMoney?: boolean | undefined; besideCurrency?: boolean } = {}): MoneyVerdict {
  if (options.xMoney !== undefined) return options.xMoney ? { money: true, reason: 'x-money' } : { money: false, reason: 'x-money' };
  const d = derive(dict);
  const besideCurrency = options.besideCurrency === true;
  return answer<MoneyVerdict>(d, besideCurrency ? 'money-beside-currency' : 'money', name, () => {
    const words = splitWords(name);
    const last = words[words.length - 1];
    if (last === undefined || !d.moneyWords.has(last)) return { money: false, reason: 'not-money' };
    if (words.some((w) => d.moneyExclude.has(w))) return { money: false, reason: 'excluded' };
    if (words.length === 1 && d.loneMoneyWords.has(last) && !besideCurrency) return { money: false, reason: 'weak' };
    if (d.weakMoneyWords.has(last)) {
      const qualified = words.slice(0, -1).some((w) => d.moneyQualifiers.has(w) || (d.moneyWords.has(w) && !d.weakMoneyWords.has(w)));
      if (!qualified && !besideCurrency) return { money: false, reason: 'weak' };
    }
    return { money: true, reason: 'name' };
  });
}

export function isAmountMember(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'amount', name, () => {
    return derive(dict).amountMembers.has(name);
  });
}

/**
 * A name that can be the amount of a money object: an amount member (amount, value, amountMinor), or a
 * name ending like one (commercetools' `centAmount`, `preciseAmount` beside `currencyCode`).
 */
export function isAmountLike(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'amount-like', name, () => {
    if (isAmountMember(name, dict)) return true;
    const last = splitWords(name).at(-1);
    return last !== undefined && stringList(dict.money?.amountMembers).some((m) => splitWords(m).at(-1) === last);
  });
}

export function isCurrencyMember(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'currencyMember', name, () => {
    return derive(dict).currencyMembers.has(name);
  });
}

/** An integer amount whose name says it counts minor units (amountMinor, total_minor_units, centAmount). */
export function namesMinorUnits(name: string, dict: CanonicalDictionary): boolean {
  const d = derive(dict);
  return answer<boolean>(d, 'minor', name, () => d.minorUnitSuffixes.endingOf(name) !== undefined || splitWords(name).some((w) => d.minorUnitWords.has(w)));
}

// ---- time ------------------------------------------------------------------------------------

/** instant: *At/*Timestamp/timestamp; date: *Date; time: *Time; bound: since/until. */
export type TimeNameKind = 'instant' | 'date' | 'time' | 'bound';

/** What kind of time value a name announces, or undefined. */
export function timeNameKind(name: string, dict: CanonicalDictionary): TimeNameKind | undefined {
  return answer<TimeNameKind | undefined>(derive(dict), 'time', name, () => {
    const d = derive(dict);
    if (d.notTime.has(name)) return undefined;
    if (d.ambiguousTimeNames.has(name)) return 'bound';
    if (d.timeNames.has(name)) return 'instant';
    if (d.timeSuffixes.endingOf(name) === undefined) return undefined;
    const words = splitWords(name);
    const last = words[words.length - 1]!;
    if (last === d.dateWord) return 'date';
    if (last === 'time') {
      if (words.length === 1) return 'instant'; // CloudEvents `time`
      return d.durationQualifiers.has(words[words.length - 2]!) ? undefined : 'time'; // leadTime is a duration
    }
    return words.length === 1 && last === 'at' ? undefined : 'instant';
  });
}

/** Names ending in Duration, Ttl, Period or Window (not in a unit: holdSeconds). */
export function isDurationName(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'duration', name, () => {
    return derive(dict).durationSuffixes.endingOf(name) !== undefined;
  });
}

// ---- currency, country, quantity --------------------------------------------------------------

export function isCurrencyName(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'currency', name, () => {
    return derive(dict).currencySuffixes.endingOf(name) !== undefined;
  });
}

/** country, countryCode, shipToCountry, countryOfOrigin; not countryName or countryCallingCode. */
export function isCountryName(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'country', name, () => {
    const d = derive(dict);
    const words = splitWords(name);
    if (words.some((w) => d.countryExclude.has(w))) return false;
    if (d.countrySuffixes.endingOf(name) !== undefined) return true;
    return d.countryPrefix.length > 0 && d.countryPrefix.every((w, i) => words[i] === w);
  });
}

export type QuantityKind = 'quantity' | 'ambiguous';

/** quantity/onHand/inTransit and *Quantity/*Qty/*OnHand; available/reserved/allocated are ambiguous. */
export function quantityKind(name: string, dict: CanonicalDictionary): QuantityKind | undefined {
  return answer<QuantityKind | undefined>(derive(dict), 'quantity', name, () => {
    const d = derive(dict);
    if (d.quantityNames.has(name) || d.quantitySuffixes.endingOf(name) !== undefined) return 'quantity';
    if (d.quantityAmbiguous.has(name)) return 'ambiguous';
    return undefined;
  });
}

/** Quantities that may be negative (quantityDelta, adjustmentQuantity). */
export function isSignedQuantity(name: string, dict: CanonicalDictionary): boolean {
  return answer<boolean>(derive(dict), 'signed', name, () => {
    const signed = derive(dict).signedQuantityWords;
    return splitWords(name).some((w) => signed.has(w));
  });
}
