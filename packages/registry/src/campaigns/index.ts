/** @enlace/registry/campaigns: the secretariat's outreach campaigns, their audience and progress. */
export { getCampaign, listCampaigns } from './read.js';
export { createCampaign, updateCampaign, actOnCampaign } from './write.js';
export { campaignProgress, campaignCountryProgress, campaignsAwaitingMyCountry, type CountryProgress } from './progress.js';
export { campaignProgressCsv } from './progress-csv.js';
export { previewCampaignRecipients, previewCampaignMessage } from './preview.js';
