/*
 * Every page of the web interface, under its language prefix (`/es/…`, `/fr/…`). Each
 * area registers its own routes; forms that change something are checked for their
 * CSRF token here, before any handler runs.
 */
import type { Language } from '@enlace/i18n';
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { accountPages } from './account.js';
import { campaignPages } from './campaigns.js';
import { cataloguePages } from './catalogue.js';
import { consolePages } from './console.js';
import { countrySheetPages } from './country-sheet.js';
import { deskPage } from './desk.js';
import { editorPages } from './editor.js';
import { homePage } from './home.js';
import { importPages } from './imports.js';
import { inboxPages } from './inbox.js';
import { notificationSettingsPages } from './notification-settings.js';
import { demandExpertsPages } from './demand-experts.js';
import { listingPages } from './listing.js';
import { matchPages } from './matches.js';
import { myListingsPages } from './my-listings.js';
import { reviewPages } from './review.js';
import { rosterPages } from './roster.js';
import { reportPages } from './report.js';
import { statsPages } from './stats.js';
import { storyPages } from './stories.js';

export async function pages(app: FastifyInstance, opts: { lang: Language }) {
  // Forms are parsed here, for the pages, not at the root: the /v1 pass-through must
  // forward a body as it came (a mail client's one-click unsubscribe is a form).
  await app.register(formbody);
  app.addHook('onRequest', async (req) => {
    req.lang = opts.lang;
  });
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD') return done();
    app.csrfProtection(req, reply, done);
  });
  await app.register(homePage);
  await app.register(deskPage);
  await app.register(cataloguePages);
  await app.register(listingPages);
  await app.register(demandExpertsPages);
  await app.register(matchPages);
  await app.register(accountPages);
  await app.register(editorPages);
  await app.register(myListingsPages);
  await app.register(reviewPages);
  await app.register(importPages);
  await app.register(inboxPages);
  await app.register(notificationSettingsPages);
  await app.register(consolePages);
  await app.register(rosterPages);
  await app.register(statsPages);
  await app.register(countrySheetPages);
  await app.register(reportPages);
  await app.register(campaignPages);
  await app.register(storyPages);
}
