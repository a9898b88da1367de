/*
 * Where a "match" link from an email or the inbox lands until the match page exists:
 * the reader's own listing in the pair (the one of their country; the other for
 * everyone else), at its list of matches. The API decides whether the reader may see
 * the match at all (sign-in first when needed, then back here).
 */
import type { FastifyInstance } from 'fastify';
import { dataOf } from '../api/client.js';
import { pageOf, pathId } from '../context.js';

export async function matchPages(app: FastifyInstance) {
  app.get<{ Params: { id: string } }>('/matches/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    const id = pathId(req.params.id);
    const match = dataOf(await page.api.GET('/v1/matches/{id}', { params: { path: { id } } }));
    const country = page.me?.country;
    const own = match.demand.country === country ? match.demand : match.offer.country === country ? match.offer : match.demand;
    return reply.redirect(page.href(`/listings/${own.id}#matches-title`), 303);
  });
}
