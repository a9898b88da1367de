import type { FastifyReply, FastifyRequest } from 'fastify';

/** Sends rendered HTML (a JSX element is a string or a promise of one). */
export async function sendHtml(reply: FastifyReply, element: JSX.Element, status = 200): Promise<FastifyReply> {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(await element);
}

/** Whether htmx asked (for a fragment to swap in) rather than a browser loading the whole page. */
export function fromHtmx(req: FastifyRequest): boolean {
  return req.headers['hx-request'] === 'true' && req.headers['hx-history-restore-request'] !== 'true';
}

/** After a form: send the browser on with a GET (303), so reloading does not send the form again. */
export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
