import type { BulkJob, Producer, QueueName } from '@enlace/queue';
import type { OutboxRow } from '@enlace/registry/internal';
import { describe, expect, it } from 'vitest';
import { relayRows } from './relay.js';

const listing = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function row(id: number, topic: string, aggregateId: string, payload: Record<string, unknown>): OutboxRow {
  return { id, topic, aggregateId, payload, createdAt: new Date(), dispatchedAt: new Date(), processedAt: null };
}

/** A producer that keeps the jobs it is handed, per queue. */
function keepingProducer() {
  const sent: Record<string, BulkJob<QueueName>[]> = {};
  const producer: Pick<Producer, 'addBulk'> = {
    addBulk: async (queue, jobs) => {
      (sent[queue] ??= []).push(...jobs);
      return jobs.map((_, i) => String(i));
    },
  };
  return { producer, sent };
}

describe('the outbox relay', () => {
  it('hands each row to the queue of its topic, as one job named by the outbox id', async () => {
    const { producer, sent } = keepingProducer();
    const refused = await relayRows(producer, [
      row(1, 'listing.changed', listing, {}),
      row(2, 'listings.imported', 'import', { listingIds: [listing] }),
      row(3, 'campaign.round', listing, { campaignId: listing, round: 1 }),
    ]);
    expect(refused).toEqual([]);
    expect(sent['index']!.map((j) => [j.data, j.opts?.jobId])).toEqual([[{ outboxId: 1, listingId: listing }, 'outbox-1']]);
    expect(sent['index-bulk']!.map((j) => j.data)).toEqual([{ outboxId: 2, listingIds: [listing] }]);
    expect(sent['notify']!.map((j) => [j.name, j.data])).toEqual([['campaign.round', { outboxId: 3 }]]);
  });

  it("sends an import's new matches to the bulk fan-out lane, and a person's to the usual one", async () => {
    const { producer, sent } = keepingProducer();
    const match = { matchId: listing, offerId: listing, demandId: listing, score: 0.5 };
    await relayRows(producer, [row(1, 'match.new', listing, { ...match, bulk: true }), row(2, 'match.new', listing, match)]);
    expect(sent['notify-bulk']!.map((j) => [j.name, j.data, j.opts?.jobId])).toEqual([['match.new', { outboxId: 1 }, 'outbox-1']]);
    expect(sent['notify']!.map((j) => [j.name, j.data])).toEqual([['match.new', { outboxId: 2 }]]);
  });

  it('refuses a row that breaks its contract and still hands on the others', async () => {
    const { producer, sent } = keepingProducer();
    const refused = await relayRows(producer, [row(1, 'listings.imported', 'import', { listingIds: ['nope'] }), row(2, 'listing.changed', listing, {})]);
    expect(refused.map((r) => [r.id, r.topic])).toEqual([[1, 'listings.imported']]);
    expect(sent['index-bulk']).toBeUndefined();
    expect(sent['index']!.map((j) => j.data)).toEqual([{ outboxId: 2, listingId: listing }]);
  });
});
