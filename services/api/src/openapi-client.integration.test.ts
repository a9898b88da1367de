import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing.js';

let api: TestApi;
const dir = mkdtempSync(join(tmpdir(), 'enlace-client-'));
beforeAll(async () => {
  api = await startTestApi({ label: 'openapi-client' });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await api?.close();
});

/** What a web interface would write against the generated types: it must compile, strictly. */
const CLIENT = `
import type { components, operations, paths } from './schema.js';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Listing = components['schemas']['Listing'];
type Problem = components['schemas']['Problem'];
type ListingPage = Json<operations['listListings']['responses'][200]>;
type PublishBody = NonNullable<operations['publishListing']['requestBody']>['content']['application/json'];
type Draft = NonNullable<operations['createListing']['requestBody']>['content']['application/json'];

export async function firstPage(base: string, query: operations['listListings']['parameters']['query']): Promise<Listing[]> {
  const res = await fetch(base + '/v1/listings?' + new URLSearchParams(Object.entries(query ?? {}).map(([k, v]) => [k, String(v)])));
  const page = (await res.json()) as ListingPage;
  const next: string | undefined = page.nextCursor;
  void next;
  return page.items;
}

export function problemCodes(problem: Problem): string[] {
  return (problem.errors ?? []).map((e) => e.field + ':' + e.code + ':' + e.reason);
}

export const publish: PublishBody = { reason: 'looks good' };
export const draftTitle = (d: Draft): string => d.title;
export const notFound: paths['/v1/listings/{id}']['get']['responses'][404]['content']['application/problem+json'] = {
  type: 'urn:enlace:problem:not-found',
  title: 'Not found',
  status: 404,
};
export const signedInOnly: operations['getMe']['responses'][200]['content']['application/json']['email'] = 'a@b.org';
`;

it('a typed client generated from the OpenAPI document compiles', async () => {
  const doc = (await api.app.inject({ url: '/openapi.json' })).json();
  writeFileSync(join(dir, 'schema.ts'), astToString(await openapiTS(doc)));
  writeFileSync(join(dir, 'client.ts'), CLIENT);
  const program = ts.createProgram([join(dir, 'client.ts')], {
    strict: true,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(problems).toEqual([]);
}, 60_000);
