import { openapiDocument } from '@enlace/api/openapi';
import openapiTS, { astToString } from 'openapi-typescript';

/** The TypeScript types of the API's OpenAPI document, as schema.d.ts holds them. */
export async function apiTypes(): Promise<string> {
  const doc = await openapiDocument();
  const header = "/* Generated from the API's OpenAPI document by `npm run api-types -w @enlace/web`. Do not edit. */\n\n";
  return header + astToString(await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0]));
}
