import { describe, expect, it } from 'vitest';
import { LISTING_TOPICS, NOTIFY_TOPICS, OUTBOX_TOPICS, isOutboxTopic, outboxPayloads, parseOutboxEvent, parseOutboxPayload } from './outbox.js';

const ids = {
  offer: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  demand: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  match: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
};

describe('the outbox contract', () => {
  it('gives every topic a payload schema, and has no schema without a topic', () => {
    const topics = Object.values(OUTBOX_TOPICS);
    expect(new Set(topics).size).toBe(topics.length);
    expect(Object.keys(outboxPayloads).sort()).toEqual([...topics].sort());
  });

  it('subscribes the indexer and the notifier to topics of the contract only', () => {
    for (const topic of [...LISTING_TOPICS, ...NOTIFY_TOPICS]) expect(isOutboxTopic(topic)).toBe(true);
    expect(isOutboxTopic('match.created')).toBe(false);
  });

  it('accepts a match.new payload that names the match and its pair', () => {
    const payload = { matchId: ids.match, offerId: ids.offer, demandId: ids.demand, score: 0.72 };
    expect(parseOutboxPayload(OUTBOX_TOPICS.matchNew, payload)).toEqual(payload);
  });

  it('refuses a payload that lacks a field, or whose field has the wrong shape', () => {
    expect(() => parseOutboxPayload(OUTBOX_TOPICS.matchNew, { offerId: ids.offer, demandId: ids.demand, score: 0.7 })).toThrow(/matchId/);
    expect(() => parseOutboxPayload(OUTBOX_TOPICS.campaignRound, { campaignId: ids.match, round: 0 })).toThrow(/round/);
    expect(() =>
      parseOutboxPayload(OUTBOX_TOPICS.listingChanged, { listingId: ids.offer, kind: 'gift', country: 'BR', status: 'draft', version: 1, change: 'created' }),
    ).toThrow(/kind/);
  });

  it('lets a deleted listing announce itself, although deleted is no listing status', () => {
    const gone = { listingId: ids.offer, kind: 'offer', country: 'BR', status: 'deleted', version: 3, change: 'deleted' };
    expect(parseOutboxPayload(OUTBOX_TOPICS.listingChanged, gone)).toEqual(gone);
  });

  it('reads a stored event into its topic and checked payload, and refuses a topic outside the contract', () => {
    const event = parseOutboxEvent('campaign.round', { campaignId: ids.match, round: 2 });
    expect(event).toEqual({ topic: 'campaign.round', payload: { campaignId: ids.match, round: 2 } });
    expect(() => parseOutboxEvent('campaign.started', { campaignId: ids.match })).toThrow(/unknown outbox topic/);
  });
});
