/** The custom Spectral functions apigov's rulesets (and users' rulesets) can name in `then.function`. */
import specSchema from './specSchema.js';
import refProblems from './refProblems.js';
// ids, time, data, naming (rules-a)
import idsCanonicalNames from './idsCanonicalNames.js';
import idsStringType from './idsStringType.js';
import idsDeclaredFormat from './idsDeclaredFormat.js';
import idsGtinFormat from './idsGtinFormat.js';
import idsSkuFormat from './idsSkuFormat.js';
import idsPathParamNames from './idsPathParamNames.js';
import timeRfc3339Format from './timeRfc3339Format.js';
import timeNamingSuffix from './timeNamingSuffix.js';
import timeExampleOffset from './timeExampleOffset.js';
import timeDurationFormat from './timeDurationFormat.js';
import dataMoneyShape from './dataMoneyShape.js';
import dataMoneyNoFloat from './dataMoneyNoFloat.js';
import dataCurrencyIso4217 from './dataCurrencyIso4217.js';
import dataCountryIso3166 from './dataCountryIso3166.js';
import dataQuantityInteger from './dataQuantityInteger.js';
import namingPathSegments from './namingPathSegments.js';
import namingPropertyCase from './namingPropertyCase.js';
import namingOperationId from './namingOperationId.js';

// eslint-style registry: one import per function file, keyed by the name used in YAML
export const apigovFunctions: Record<string, (...args: never[]) => unknown> = {
  specSchema,
  refProblems,
  // ids, time, data, naming (rules-a)
  idsCanonicalNames,
  idsStringType,
  idsDeclaredFormat,
  idsGtinFormat,
  idsSkuFormat,
  idsPathParamNames,
  timeRfc3339Format,
  timeNamingSuffix,
  timeExampleOffset,
  timeDurationFormat,
  dataMoneyShape,
  dataMoneyNoFloat,
  dataCurrencyIso4217,
  dataCountryIso3166,
  dataQuantityInteger,
  namingPathSegments,
  namingPropertyCase,
  namingOperationId,
};
