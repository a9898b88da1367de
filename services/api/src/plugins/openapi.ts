import type { SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { requireExpertLink, requireUser, requireUserOrExpert } from './auth.js';

/** The security requirements an operation may state. */
export const SECURITY = {
  /** A person must sign in or send an API token. */
  bearer: [{ bearer: [] }],
  /** A person, or an expert with the link emailed to them (their own registration). */
  bearerOrExpertLink: [{ bearer: [] }, { expertLink: [] }],
  /** Only an expert's own link. */
  expertLink: [{ expertLink: [] }],
  /** Anyone; a token may show more (a country's own drafts, contacts, a match's stage). */
  optional: [{}, { bearer: [] }],
  /** Anyone; who asks makes no difference. */
  none: [],
} as const;

/** The security a route's guard enforces, or undefined for an open route. */
function guardedSecurity(route: RouteOptions): (typeof SECURITY)[keyof typeof SECURITY] | undefined {
  const hooks: unknown[] = route.onRequest === undefined ? [] : [route.onRequest].flat();
  if (hooks.includes(requireUser)) return SECURITY.bearer;
  if (hooks.includes(requireUserOrExpert)) return SECURITY.bearerOrExpertLink;
  if (hooks.includes(requireExpertLink)) return SECURITY.expertLink;
  return undefined;
}

/**
 * Every documented route states its security from its guard: `requireUser` makes it
 * bearer-only, anything else open (with an optional token unless it says `SECURITY.none`).
 * A route that states a requirement its guard contradicts stops the start-up, so the
 * document cannot promise what the code does not do.
 */
export const openapiConventionsPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    if (!schema || (schema as { hide?: boolean }).hide) return;
    const guarded = guardedSecurity(route);
    if (schema.security === undefined) {
      schema.security = [...(guarded ?? SECURITY.optional)];
      return;
    }
    const says = JSON.stringify(schema.security);
    if (
      guarded ? says !== JSON.stringify(guarded) : [SECURITY.bearer, SECURITY.bearerOrExpertLink, SECURITY.expertLink].some((s) => JSON.stringify(s) === says)
    ) {
      throw new Error(`${String(route.method)} ${route.url} states security ${says} but its guard enforces ${JSON.stringify(guarded ?? 'none')}`);
    }
  });
});

/** `$ref` targets anywhere in a document. */
function refsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') into.add(v.replace('#/components/schemas/', ''));
      else refsIn(v, into);
    }
  }
  return into;
}

/**
 * Named components from zod's registry (`.meta({ id })`). The type provider writes an
 * input and an output copy of each; a view is only ever an answer, so the copies nothing
 * points to are left out.
 */
export const transformObject: SwaggerTransformObject = (document) => {
  const doc = jsonSchemaTransformObject(document) as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  if (!schemas) return doc as ReturnType<SwaggerTransformObject>;
  // Components may point to components: keep whatever the paths reach, transitively.
  const kept = new Set<string>();
  let frontier = refsIn(doc.paths);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const id of frontier) {
      if (kept.has(id) || !(id in schemas)) continue;
      kept.add(id);
      for (const ref of refsIn(schemas[id])) next.add(ref);
    }
    frontier = next;
  }
  doc.components!.schemas = Object.fromEntries(Object.entries(schemas).filter(([id]) => kept.has(id)));
  return doc as ReturnType<SwaggerTransformObject>;
};
