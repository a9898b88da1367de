/** @enlace/registry/listings: offers and demands — write, review, read, export — and their institutions. */
export { getListing } from './get.js';
export { translateListing, type ListingTranslation, type TranslateTexts } from './translate.js';
export { createListing } from './create.js';
export { editListing } from './update.js';
export { transitionListing } from './transition.js';
export { listListings } from './list.js';
export { listingHistory } from './history.js';
export { exportListings, toCsvRecord, CSV_COLUMNS } from './export.js';
export { deleteListing } from './delete.js';
export { confirmListing } from './confirm.js';
export { listInstitutions } from './institutions.js';
export { updateInstitution } from '../institutions/update.js';
