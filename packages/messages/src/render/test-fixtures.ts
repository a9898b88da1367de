/*
 * One notification of each kind, as the fan-out would write them, for the renderer's tests.
 */
import { parseNotification, type ListingRef, type Notification, type NotificationKind } from '../kinds.js';
import type { Links } from './links.js';

export const links: Links = { base: 'https://enlace.example.org', lang: 'es' };
export const linksWithUnsubscribe: Links = { ...links, unsubscribe: 'https://enlace.example.org/v1/unsubscribe?token=abc123' };

export const MATCH_ID = '3f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

export const chileOffer: ListingRef = {
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  kind: 'offer',
  title: 'Sistemas de alerta temprana ante inundaciones',
  country: 'CL',
  language: 'es',
  sectors: ['disaster_management'],
  sdgGoals: [13],
  validUntil: '2026-03-01',
};

export const haitiDemand: ListingRef = {
  id: '1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
  kind: 'demand',
  title: 'Renforcement des capacités d’alerte précoce',
  country: 'HT',
  language: 'fr',
  sectors: ['disaster_management'],
  sdgGoals: [13, 11],
};

const pair = { matchId: MATCH_ID, own: chileOffer, counterpart: haitiDemand };

export const PAYLOADS: Readonly<Record<Exclude<NotificationKind, 'digest'>, Record<string, unknown>>> = {
  match_new: {
    ...pair,
    score: 0.823,
    reasons: [
      { kind: 'sdg_goal', weight: 1.5, goals: [13] },
      { kind: 'sector', weight: 1.6, codes: ['disaster_management'] },
      { kind: 'text', weight: 3, similarity: 0.3, terms: [{ demand: 'alerte précoce', offer: 'alerta temprana', type: 'concept' }] },
    ],
  },
  match_interest: { ...pair, message: 'Nous serions ravis de travailler avec vous.\nCordialement' },
  match_mutual: pair,
  match_declined: { ...pair, reason: 'Le calendrier ne convient pas cette année.' },
  match_progress: { ...pair, stage: 'in_progress', brokered: true },
  match_brokered: { ...pair, note: 'Les deux agences travaillent déjà avec le même bailleur.' },
  expert_pending: { expertId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', name: 'Jean-Baptiste <Pierre>', country: 'HT', sectors: ['health'] },
  match_burst: {
    total: 14,
    listings: 3,
    bulk: false,
    groups: [
      { own: pair.own, count: 9, best: [{ matchId: pair.matchId, counterpart: pair.counterpart, score: 0.91 }] },
      {
        own: { ...pair.own, id: '8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', title: 'Cantines <scolaires>' },
        count: 3,
        best: [{ matchId: pair.matchId, counterpart: pair.counterpart, score: 0.74 }],
      },
    ],
    moreMatches: 4,
    moreListings: 1,
  },
  story_approval: {
    storyId: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
    matchId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    title: 'Des cantines <scolaires> qui nourrissent le Nord',
    language: 'fr',
    provider: 'BR',
    recipient: 'HT',
    authorCountry: 'HT',
    edited: false,
  },
  story_published: {
    storyId: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
    matchId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    title: 'Des cantines <scolaires> qui nourrissent le Nord',
    language: 'fr',
    provider: 'BR',
    recipient: 'HT',
  },
  review_pending: {
    country: 'HT',
    total: 5,
    listings: [haitiDemand, { ...haitiDemand, id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', title: 'Gestion des bassins versants' }],
  },
  listing_expiring: { listing: chileOffer, validUntil: '2026-03-01', daysLeft: 5 },
  campaign: {
    campaignId: '4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a',
    subject: 'Convocatoria 2026 de cooperación Sur-Sur',
    body: 'Estimados puntos focales:\n\nLa convocatoria 2026 está abierta hasta el 30 de abril.\nPueden presentar sus ofertas en Enlace.',
    link: 'https://www.oas.org/es/convocatoria',
  },
};

export function notification(kind: Exclude<NotificationKind, 'digest'>, overrides: Record<string, unknown> = {}): Notification {
  return parseNotification(kind, { ...PAYLOADS[kind], ...overrides });
}

export function everyKind(): Notification[] {
  return [...(Object.keys(PAYLOADS) as (keyof typeof PAYLOADS)[]).map((k) => notification(k)), digest('daily')];
}

export function digest(period: 'daily' | 'weekly', extraItems: Array<Record<string, unknown>> = []): Notification {
  return parseNotification('digest', {
    period,
    items: [
      {
        notificationId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
        kind: 'listing_expiring',
        payload: PAYLOADS.listing_expiring,
        createdAt: '2026-02-24T16:00:00Z',
      },
      { notificationId: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c', kind: 'match_new', payload: PAYLOADS.match_new, createdAt: '2026-02-23T09:30:00Z' },
      { notificationId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', kind: 'match_interest', payload: PAYLOADS.match_interest, createdAt: '2026-02-24T08:15:00Z' },
      ...extraItems,
    ],
  });
}
