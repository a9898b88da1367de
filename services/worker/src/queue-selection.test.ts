import { describe, expect, it } from 'vitest';
import { queueSelection } from './workers.js';

describe('the queues a worker process consumes', () => {
  it('are all of them unless WORKER_QUEUES names some', () => {
    const all = queueSelection(undefined);
    expect(all('match') && all('deliveries') && all('maintenance')).toBe(true);
    const senders = queueSelection(' notify, deliveries ');
    expect(senders('deliveries')).toBe(true);
    expect(senders('notify')).toBe(true);
    expect(senders('match')).toBe(false);
  });

  it('stop the start when a name is not a queue, saying which', () => {
    expect(() => queueSelection('match,matching')).toThrow(/names no queue matching/);
  });
});
