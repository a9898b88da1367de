/*
 * The web interface's only way to data: the API over HTTP, with types generated from its
 * OpenAPI document (schema.d.ts). Every rule stays where the API enforces it; a page
 * asks as the person who is signed in, never with more rights.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { Language } from '@enlace/i18n';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
export type Schemas = components['schemas'];
export type Problem = components['schemas']['Problem'];
export type ApiClient = Client<paths>;

export interface Caller {
  /** The API session of the person signed in, from the session cookie. */
  readonly token?: string | undefined;
  /** The token of an expert's own link, from the page's address: the API lets it open that registration only. */
  readonly expertLink?: string | undefined;
  readonly lang: Language;
  /** The browser's address, so that the API's sign-in limits and logs see the person, not this server. */
  readonly address: string;
}

/** A client that speaks for one caller: their session, their language, their address. */
export function apiClientFor(apiUrl: string, caller: Caller): ApiClient {
  return createClient<paths>({
    baseUrl: apiUrl,
    headers: {
      'accept-language': caller.lang,
      'x-forwarded-for': caller.address,
      ...(caller.token ? { authorization: `Bearer ${caller.token}` } : caller.expertLink ? { authorization: `ExpertLink ${caller.expertLink}` } : {}),
    },
  });
}

/** An answer the page cannot turn into content: the error page says what happened. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `API answered ${status}`);
  }
}

/**
 * The data of an answer, or an ApiError for the page's error handler (401 → sign-in,
 * 403, 404, 503…). Pages that show field errors read `error` themselves instead.
 */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new ApiError(result.response.status, result.error as Problem | undefined);
}
