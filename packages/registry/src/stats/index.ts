/** @enlace/registry/stats: figures computed from the registry when asked, never stored. */
export { listingStats } from './listings.js';
export { cooperationFlows, matchFunnel } from './matches.js';
export { coverage } from './coverage.js';
export { campaignParticipation } from './campaigns.js';
export { conciseReport, reportPeriods } from './report.js';
export { reportCsv, reportSheet, reportWorkbook, type Sheet } from './report-files.js';
export { sharedFigures, type SharedFigures } from './shared-figures.js';
