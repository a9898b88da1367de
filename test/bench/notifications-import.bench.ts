/*
 * A catalogue import and the focal points' mailboxes: 2,230 generated listings imported
 * through the API (as in the report that opened the coalescing work: a few national
 * catalogues at once), indexed and matched by the real workers, with two focal points
 * of each of six countries on the default settings. For each person: the new matches
 * announced to them (each was an email of its own before coalescing: the baseline, from
 * the same run) next to the messages they received.
 */
import { importCatalogueAndCountMail } from '../notifications/catalogue.js';
import type { BenchResult, Log } from './run.js';

export const LISTINGS = Number(process.env.BENCH_CATALOGUE ?? 2230);
/** "At most a handful per person for the whole import". */
export const TARGET_PER_PERSON = 5;

export async function run(log: Log): Promise<BenchResult> {
  log(`importing ${LISTINGS} listings and matching them`);
  const f = await importCatalogueAndCountMail({ listings: LISTINGS, log, timeoutMs: 60 * 60_000 });
  const worst = Math.max(...f.people.map((p) => p.emails));
  const before = f.people.reduce((n, p) => n + p.newMatches, 0);
  const after = f.people.reduce((n, p) => n + p.emails, 0);
  const met = worst <= TARGET_PER_PERSON && f.unreachable === 0 && f.distinctMessageIds === f.messages;
  return {
    name: 'notifications-import',
    title: `A catalogue import and the focal points' mailboxes (${LISTINGS} listings, ${f.people.length} focal points on the default settings)`,
    figures: { ...f, before, after, worst, target: TARGET_PER_PERSON, meetsTarget: met, date: new Date().toISOString() },
    table: {
      columns: ['focal point', 'new matches (one email each before)', 'emails while matching', 'emails in all'],
      rows: f.people.map((p) => [`${p.country} ${p.email.split('@')[0]}`, String(p.newMatches), String(p.emailsDuringImport), String(p.emails)]),
    },
    verdict: `${before} new matches announced to ${f.people.length} focal points, received as **${after} emails** (at most **${worst}** per person, target ≤ ${TARGET_PER_PERSON}: ${met ? 'met' : 'NOT met'}); ${f.unreachable} new matches unreachable from the messages, ${f.messages - f.distinctMessageIds} duplicated.`,
    notes: [
      `Import, indexing and matching on the real stack (API through \`app.inject\`, the workers in the same process, PostgreSQL, Redis, Meilisearch, Apertium, an SMTP server in the process): ${f.matchedSeconds.toFixed(0)} s until every announcement was fanned out.`,
      "Default settings: email and inbox, immediate, a 15-minute burst window, 20 suggestion emails a day. An import's matches gather until they stop for five minutes; the clock is then moved on six minutes and the gathered messages sent.",
      '"Unreachable": a new-match email delivery neither sent nor inside a gathered message that was sent. The inbox holds every new match one by one in any case.',
    ],
  };
}
