/** @enlace/registry/experts: the expert roster — registration, validation, reading. */
export { registerExpert } from './register.js';
export { validateExpert, rejectExpert, changeExpertAvailability } from './review.js';
export { editExpert, eraseExpert, ERASED_NAME } from './manage.js';
export { decideExpertRevision } from './revisions.js';
export { requestExpertLink } from './self-link.js';
export { getExpert, expertsByIds } from './get.js';
export { listExperts } from './list.js';
export { expertSuggestionsOf, type StoredExpertSuggestion } from './suggestions.js';
export { importExperts, EXPERT_CSV_COLUMNS, type ExpertImportReport } from './import.js';
