import type { DbOrTx } from '@enlace/db';
import { OUTBOX_TOPICS, type OutboxPayload } from '@enlace/domain';
import { describe, expect, it, vi } from 'vitest';
import { recordEvent, recordEvents } from './outbox.js';

/** A transaction that records what it was asked to run and answers as PostgreSQL would. */
function fakeTx() {
  const execute = vi.fn(async () => ({ rows: [{ id: '41', aggregate_id: 'c0ffee00-0000-4000-8000-000000000001' }] }));
  return { tx: { execute } as unknown as DbOrTx, execute };
}

const round = { campaignId: 'c0ffee00-0000-4000-8000-000000000001', round: 1 };

describe('writing outbox events', () => {
  it('writes an event whose payload keeps its topic’s contract, and wakes the relay', async () => {
    const { tx, execute } = fakeTx();
    await expect(recordEvent(tx, OUTBOX_TOPICS.campaignRound, round.campaignId, round)).resolves.toBe(41);
    // The insert, then pg_notify.
    expect(execute).toHaveBeenCalledTimes(2);
  });

  it('refuses a payload that breaks its topic’s contract before writing anything', async () => {
    const { tx, execute } = fakeTx();
    const bad = { campaignId: 'not-a-uuid', round: 1 } as OutboxPayload<'campaign.round'>;
    await expect(recordEvent(tx, OUTBOX_TOPICS.campaignRound, 'x', bad)).rejects.toThrow(/campaignId/);
    expect(execute).not.toHaveBeenCalled();
  });

  it('refuses the whole batch when one event of it is bad', async () => {
    const { tx, execute } = fakeTx();
    const events = [
      { aggregateId: round.campaignId, payload: round },
      { aggregateId: round.campaignId, payload: { ...round, round: -1 } },
    ];
    await expect(recordEvents(tx, OUTBOX_TOPICS.campaignRound, events)).rejects.toThrow(/round/);
    expect(execute).not.toHaveBeenCalled();
  });

  it('writes nothing and wakes nobody for no events', async () => {
    const { tx, execute } = fakeTx();
    await expect(recordEvents(tx, OUTBOX_TOPICS.listingChanged, [])).resolves.toEqual([]);
    expect(execute).not.toHaveBeenCalled();
  });
});
