import { isDataException, isDatabaseUnavailable, pgErrorOf } from '@enlace/db';
import { DomainError, type FieldIssue, fieldIssuesFromZod } from '@enlace/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { MeilisearchError } from 'meilisearch';
import { ZodError, z } from 'zod';

/** One thing wrong with the request: where, a stable machine code, and the English reason. */
export const fieldIssueSchema = z
  .object({
    field: z.string(),
    code: z
      .string()
      .describe(
        "Stable machine code, for a client to say the reason in the reader's language: zod's issue codes (`too_small`, `too_big`, `invalid_type`, `invalid_value`, `invalid_format`, `unrecognized_keys`, `custom`), `required`, or a code of the rule broken (`same_country`, `unknown_campaign`, `refused_url`, `unavailable`…); `invalid` when nothing more precise is known.",
      ),
    reason: z.string().describe('Why, in English.'),
    in: z.string().optional(),
  })
  .meta({ id: 'FieldIssue' });

/** RFC 9457 problem details, with the offending fields when there are any. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(fieldIssueSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_JSON = 'application/problem+json';

/** The code a field issue carries when whoever raised it gave none. */
const DEFAULT_ISSUE_CODE = 'invalid';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

type ProblemResponse = { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } };

/** Error answers as the API sends them, documented as `application/problem+json`. */
export function problems<const S extends number>(...statuses: S[]): Record<S, ProblemResponse> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: TITLES[status] ?? 'Error', content: { [PROBLEM_JSON]: { schema: problemSchema } } }]),
  ) as Record<S, ProblemResponse>;
}

/** The problem responses most routes declare. */
export const problemResponses = problems(400, 401, 403, 404, 409);

const DOMAIN_STATUS = { invalid: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409 } as const;

/** Seconds a client should wait before retrying while a dependency is away. */
export const RETRY_AFTER_SECONDS = 5;

/** ioredis refusing a command while Redis is away (producers do not queue offline). */
function isRedisUnavailable(err: Error): boolean {
  return err.name === 'MaxRetriesPerRequestError' || /enableOfflineQueue|Connection is closed/.test(err.message);
}

/** 503 with `Retry-After`: the request was fine, a dependency is not reachable right now. */
export function sendUnavailable(reply: FastifyReply, detail: string, errors?: readonly FieldIssue[]): FastifyReply {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return sendProblem(reply, 503, detail, errors);
}

export function sendProblem(reply: FastifyReply, status: number, detail: string, errors?: readonly (FieldIssue & { in?: string })[]): FastifyReply {
  const title = TITLES[status] ?? 'Error';
  const body: Problem = {
    type: `urn:enlace:problem:${title.toLowerCase().replaceAll(' ', '-')}`,
    title,
    status,
    detail,
    instance: reply.request.url,
    ...(errors && errors.length > 0 ? { errors: errors.map((e) => ({ ...e, code: e.code ?? DEFAULT_ISSUE_CODE })) } : {}),
  };
  return reply.code(status).type(PROBLEM_JSON).serializer(JSON.stringify).send(body);
}

type ValidationItem = { instancePath: string; message?: string; keyword?: string; params?: { keys?: string[] } };

function validationIssues(err: FastifyError): (FieldIssue & { in: string })[] {
  const where = err.validationContext ?? 'body';
  return ((err.validation ?? []) as ValidationItem[]).flatMap((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    return fieldIssuesFromZod([{ path, message: v.message ?? 'is invalid', code: v.keyword ?? '', ...(v.params?.keys ? { keys: v.params.keys } : {}) }]).map(
      (i) => ({ ...i, in: where }),
    );
  });
}

function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    return sendProblem(reply, 400, `the request ${err.validationContext ?? 'body'} is not valid`, validationIssues(err));
  }
  if (err instanceof ZodError) {
    return sendProblem(reply, 400, 'the request is not valid', fieldIssuesFromZod(err.issues));
  }
  if (err instanceof DomainError) {
    const issues = 'issues' in err ? (err.issues as FieldIssue[]) : undefined;
    return sendProblem(reply, DOMAIN_STATUS[err.kind], err.message, issues);
  }
  if (err instanceof MeilisearchError) {
    request.log.warn({ err: err.message }, 'search unavailable');
    return sendUnavailable(reply, 'search is unavailable right now; listings are safe and the index will catch up', [
      { field: 'search', code: 'unavailable', reason: 'unavailable' },
    ]);
  }
  if (isDatabaseUnavailable(err)) {
    request.log.warn({ code: pgErrorOf(err)?.code, err: (err.cause as Error | undefined)?.message ?? err.message }, 'database unavailable');
    return sendUnavailable(reply, 'the database is unavailable right now; try again shortly', [
      { field: 'database', code: 'unavailable', reason: 'unavailable' },
    ]);
  }
  if (isRedisUnavailable(err)) {
    request.log.warn({ err: err.message }, 'redis unavailable');
    return sendUnavailable(reply, 'the queue is unavailable right now; try again shortly', [{ field: 'queue', code: 'unavailable', reason: 'unavailable' }]);
  }
  if (isDataException(err)) {
    // Validation should have refused the value; log what PostgreSQL said, not the statement.
    const facts = pgErrorOf(err)!;
    request.log.info({ code: facts.code, reason: facts.message }, 'value refused by the database');
    return sendProblem(reply, 400, 'a value in the request cannot be stored', [
      { field: facts.column ?? '(request)', code: 'not_storable', reason: 'out of range, or contains a character that cannot be stored' },
    ]);
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err }, 'response did not match its schema');
    return sendProblem(reply, 500, 'the server produced an invalid response');
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(reply, 413, 'the request body is larger than this endpoint accepts', [{ field: '(body)', code: 'too_large', reason: err.message }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(reply, 415, `content type ${request.headers['content-type'] ?? '(none)'} is not accepted here`, [
        { field: 'content-type', code: 'unsupported_media_type', reason: 'use application/json, or application/x-ndjson for imports' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(reply, 400, err.message, [{ field: '(body)', code: 'invalid_json', reason: err.message }]);
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return sendProblem(reply, err.statusCode, err.message);
  }
  const facts = pgErrorOf(err);
  // drizzle's message quotes the parameters, which are people's data: log the statement
  // and PostgreSQL's words instead.
  const query = (err as { query?: unknown }).query;
  if (facts && typeof query === 'string')
    request.log.error({ code: facts.code, reason: facts.message, query, stack: (err.cause as Error | undefined)?.stack }, 'unhandled database error');
  else request.log.error({ err }, 'unhandled error');
  return sendProblem(reply, 500, 'something went wrong on our side; it has been logged');
}

/** Every error leaves as application/problem+json, and so does a route that does not exist. */
export const problemPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 404, `no route ${request.method} ${request.url.split('?')[0]}`));
  // A route declares the body types it takes; anything else is refused before parsing matters.
  app.addHook('preValidation', async (request, reply) => {
    if (request.body === undefined) return;
    const allowed = request.routeOptions.config.contentTypes ?? ['application/json'];
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!allowed.includes(type)) {
      return sendProblem(reply, 415, `content type ${type || '(none)'} is not accepted here`, [
        { field: 'content-type', code: 'unsupported_media_type', reason: `use ${allowed.join(' or ')}` },
      ]);
    }
  });
});
