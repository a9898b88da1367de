import { csvText } from '../csv.js';
import type { CountryProgress } from './progress.js';

const COLUMNS = [
  'country',
  'name',
  'met',
  'metAt',
  'firstMessageAt',
  'lastMessageAt',
  'recipients',
  'offers',
  'demands',
  'experts',
  'toRenew',
  'deliveries_queued',
  'deliveries_sent',
  'deliveries_failed',
  'deliveries_bounced',
  'deliveries_skipped',
];

/** The per-country progress table as CSV, one column per delivery tally. */
export function campaignProgressCsv(table: readonly CountryProgress[]): string {
  const rows = table.map(({ deliveries, ...row }) => ({
    ...row,
    ...Object.fromEntries(Object.entries(deliveries).map(([k, v]) => [`deliveries_${k}`, v])),
  }));
  return csvText(rows, { header: true, cast: { boolean: (v) => String(v) }, columns: COLUMNS });
}
