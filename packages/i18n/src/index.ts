/*
 * Everything a person reads, in es, en, pt and fr: messages in ICU MessageFormat by key
 * (catalogues/), the names of codes (labels.ts), country names, and formatting in the
 * reader's language (format.ts). Browser-safe: no Node built-ins, nothing server-only,
 * so that the web interface says things the way the emails do.
 */
export { acceptedLanguage, isLanguage, LANGUAGES, type Language } from './languages.js';
export { CATALOGUES, type Catalogue } from './catalogues/index.js';
export { compile, messageKeys, t, translator, type MessageKey, type MessageValues, type Translate } from './translate.js';
export { label, labelsOf, LABEL_SETS, type LabelCode, type LabelSet } from './labels.js';
export { countryName } from './countries.js';
export { colon, inDays, isOne, listOf, longDate, lowerFirst, NBSP, oneLine, percent, quote, upperFirst } from './format.js';
