/**
 * English plural detection and singular forms, good enough for resource and property names
 * (`price-lists`, `orderIds`, `categories`). Irregular and uncountable words come from the canonical
 * dictionary so a team can add its own (`inventory`, `stock`).
 */

const IRREGULAR: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  criteria: 'criterion',
  indices: 'index',
  matrices: 'matrix',
  vertices: 'vertex',
  data: 'datum',
  media: 'medium',
};

/** Endings of singular words that end in s (address, status, analysis, axis). */
const SINGULAR_S = /(?:ss|us|sis|xis)$/;
/** Plurals those endings would misread (skus), and singulars ending in a plain s (alias). */
const PLURAL_EXCEPTIONS = new Set(['skus', 'menus', 'gurus', 'emus', 'tutus', 'haikus']);
const SINGULAR_EXCEPTIONS = new Set(['alias', 'atlas', 'bias', 'canvas', 'gas', 'lens', 'iris', 'chassis', 'this', 'yes', 'plus', 'bus', 'news', 'series', 'species']);

/**
 * Is the word a plural noun? `uncountable` words (inventory, stock, series) count as plural: they
 * name a collection without changing form.
 */
export function isPluralWord(word: string, uncountable: readonly string[] = []): boolean {
  const w = word.toLowerCase();
  if (uncountable.some((u) => u.toLowerCase() === w)) return true;
  if (Object.prototype.hasOwnProperty.call(IRREGULAR, w)) return true;
  if (PLURAL_EXCEPTIONS.has(w)) return true;
  if (w.length < 3 || !w.endsWith('s') || SINGULAR_EXCEPTIONS.has(w)) return false;
  return !SINGULAR_S.test(w);
}

/**
 * The singular of a name whose last word is plural, keeping its case convention: `orderIds` →
 * `orderId`, `price_lists` → `price_list`, `categories` → `category`. Other names come back as they are.
 */
export function singularName(name: string): string {
  let singular = singulars.get(name);
  if (singular === undefined) {
    singular = computeSingular(name);
    if (singulars.size > 100_000) singulars.clear();
    singulars.set(name, singular);
  }
  return singular;
}

const singulars = new Map<string, string>();

function computeSingular(name: string): string {
  const match = /([A-Za-z]+)$/.exec(name);
  if (match === null) return name;
  const tail = match[1]!;
  // only the last camelCase word changes (orderIds: "Ids"); an all-capital tail is one word (ORDER_IDS)
  const lastWordStart = isUpper(tail) ? 0 : Math.max(tail.search(/[A-Z][a-z]*$/), 0);
  const word = tail.slice(lastWordStart);
  const head = name.slice(0, name.length - word.length);
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return head + matchCase(word, irregular);
  if (!isPluralWord(lower)) return name;
  let singular: string;
  if (/[^aeiou]ies$/.test(lower)) singular = word.slice(0, -3) + (isUpper(word) ? 'Y' : 'y');
  else if (/(?:sses|xes|ches|shes|zzes|uses)$/.test(lower)) singular = word.slice(0, -2);
  else singular = word.slice(0, -1);
  return head + singular;
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase();
}

function matchCase(model: string, word: string): string {
  if (isUpper(model) && model.length > 1) return word.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
