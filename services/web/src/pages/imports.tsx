/*
 * Imports, for the people who may import (staff, focal points, agency officers): a
 * form to upload a file (interchange JSON Lines, or CSV with the export's columns), the
 * import's own page with its progress and, once it has ended, its errors line by line;
 * and the export, downloaded through here because the API knows the person by the
 * session this server keeps, not by the browser's cookie.
 *
 * Uploads are multipart forms, read only on this page's routes. The file goes to a
 * temporary file on disk as it arrives (the CSRF field is checked once the form is
 * read, before anything is sent on), then is streamed from there to the API, which
 * decides everything else. A file larger than the API accepts is refused here, at the
 * same limit (IMPORT_MAX_BYTES, the API's own setting, in the web's settings too).
 */
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { canImport } from '@enlace/domain';
import { longDate } from '@enlace/i18n';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, dataOf, type Problem } from '../api/client.js';
import type { FieldError } from '../components/form.js';
import { ImportForm, type ImportFormat, uploadErrorsOf } from '../components/import-form.js';
import { ImportProgress } from '../components/import-report.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { renderError } from '../errors.js';
import { Layout } from '../layout.js';
import { fromHtmx, sendHtml, seeOther } from '../render.js';
import { flash, sessionToken } from '../session.js';

/** An uploaded file, as it lies on disk until the answer is sent. */
interface Upload {
  readonly path: string;
  readonly filename: string;
  readonly size: number;
}

const isUpload = (v: unknown): v is Upload => typeof v === 'object' && v !== null && typeof (v as Upload).path === 'string';

/** The temporary folders of a request's uploads, removed when it ends whichever way. */
const uploadDirs = new WeakMap<FastifyRequest, string[]>();

async function saveUpload(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'enlace-import-'));
  uploadDirs.set(this, [...(uploadDirs.get(this) ?? []), dir]);
  const path = join(dir, 'upload');
  let size = 0;
  part.file.on('data', (chunk: Buffer) => (size += chunk.length));
  await pipeline(part.file, createWriteStream(path));
  // With `attachFieldsToBody: 'keyValues'`, the body's `file` is this value.
  (part as unknown as { value: Upload }).value = { path, filename: part.filename, size };
}

async function removeUploads(req: FastifyRequest): Promise<void> {
  const dirs = uploadDirs.get(req);
  uploadDirs.delete(req);
  await Promise.all((dirs ?? []).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** The format chosen, else told by the file's name, else by its first characters (a JSON line starts with `{`, a CSV with the export's header). */
async function formatOf(choice: ImportFormat, upload: Upload): Promise<'jsonl' | 'csv' | undefined> {
  if (choice !== 'auto') return choice;
  const ext = extname(upload.filename).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  const file = await open(upload.path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (head.startsWith('{')) return 'jsonl';
    if (/^[^\r\n]*\bexternalId\b[^\r\n]*,/.test(head)) return 'csv';
    return undefined;
  } finally {
    await file.close();
  }
}

/** Only the people who may import see these pages; a visitor is sent to sign in first. */
function importer(page: Page) {
  const me = requireMe(page);
  if (!canImport(page.actor)) throw new ApiError(403, undefined);
  return me;
}

export async function importPages(app: FastifyInstance) {
  const maxBytes = app.webEnv.IMPORT_MAX_BYTES;
  const megabytes = Number((maxBytes / (1024 * 1024)).toPrecision(2));

  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: saveUpload,
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 6 },
  });
  app.addHook('onResponse', removeUploads);
  app.addHook('onRequestAbort', removeUploads);

  const formPage = (page: Page, props: { format?: ImportFormat; errors?: readonly FieldError[]; running?: string | undefined }) => (
    <Layout page={page} title={page.t('web.imports.title')} section="imports">
      <ImportForm page={page} format={props.format ?? 'auto'} errors={props.errors ?? []} megabytes={megabytes} running={props.running} />
    </Layout>
  );

  // A file over the limit stops the form's reading: say so on the form, in the reader's language.
  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    if (err.code !== 'FST_REQ_FILE_TOO_LARGE') return renderError(err, req, reply);
    const page = await pageOf(req, reply).catch(() => undefined);
    if (!page?.me) return renderError(err, req, reply);
    return sendHtml(reply, formPage(page, { errors: [{ field: 'file', message: page.t('web.imports.error.tooLarge', { megabytes }) }] }), 413);
  });

  app.get('/imports', async (req, reply) => {
    const page = await pageOf(req, reply);
    importer(page);
    return sendHtml(reply, formPage(page, {}));
  });

  app.post<{ Body: Record<string, unknown> | undefined }>(
    '/imports',
    {
      // Nobody signed in: to the sign-in page before the upload is read at all.
      onRequest: async (req, reply) => {
        if (!sessionToken(req)) return seeOther(reply, `/${req.lang}/sign-in?next=${encodeURIComponent(`/${req.lang}/imports`)}`);
      },
    },
    async (req, reply) => {
      const page = await pageOf(req, reply);
      importer(page);
      const { t } = page;
      const body = req.body ?? {};
      const choice: ImportFormat = body.format === 'csv' || body.format === 'jsonl' ? body.format : 'auto';
      const refuse = (errors: FieldError[], status: number, running?: string) => sendHtml(reply, formPage(page, { format: choice, errors, running }), status);

      const upload = isUpload(body.file) ? body.file : undefined;
      if (!upload || (upload.size === 0 && upload.filename === '')) return refuse([{ field: 'file', message: t('web.imports.error.noFile') }], 400);
      if (upload.size === 0) return refuse([{ field: 'file', message: t('web.imports.error.empty') }], 400);
      const format = await formatOf(choice, upload);
      if (!format) return refuse([{ field: 'format', message: t('web.imports.error.unknownFormat') }], 400);

      const { data, error, response } = await page.api.POST('/v1/imports', {
        // The file itself, streamed from disk as it is: the API reads and checks it.
        body: (await openAsBlob(upload.path)) as unknown as string,
        bodySerializer: (file: unknown) => file,
        headers: { 'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' },
      });
      if (data) {
        flash(reply, 'web.imports.flash.started');
        return seeOther(reply, page.href(`/imports/${data.id}`));
      }
      if ([400, 409, 413, 415].includes(response.status)) {
        const problem = error as Problem | undefined;
        // One import at a time: the API names the one still running.
        const running = response.status === 409 ? /\bimport ([0-9a-f-]{36})\b/.exec(problem?.detail ?? '')?.[1] : undefined;
        return refuse(uploadErrorsOf(page, problem, megabytes), response.status, running);
      }
      return dataOf({ data, error, response });
    },
  );

  // The export as the API writes it (CSV or JSON Lines), streamed through with the API's file name.
  app.get<{ Querystring: { format?: string } }>('/imports/export', async (req, reply) => {
    const page = await pageOf(req, reply);
    const format = req.query.format === 'jsonl' ? 'jsonl' : 'csv';
    const { response } = await page.api.GET('/v1/exports/listings', { params: { query: { format } }, parseAs: 'stream' });
    if (!response.ok || !response.body) throw new ApiError(response.status, undefined);
    return reply
      .header('content-type', response.headers.get('content-type') ?? (format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8'))
      .header('content-disposition', response.headers.get('content-disposition') ?? `attachment; filename="enlace-listings.${format}"`)
      .header('cache-control', 'private, no-store')
      .send(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
  });

  app.get<{ Params: { id: string }; Querystring: { errorsAfterLine?: string } }>('/imports/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    importer(page);
    const { t, lang } = page;
    // Not an id the API could know: its not-found page, without asking it to refuse.
    const id = pathId(req.params.id);
    const after = /^\d{1,9}$/.test(req.query.errorsAfterLine ?? '') ? Number(req.query.errorsAfterLine) : 0;
    const report = dataOf(await page.api.GET('/v1/imports/{id}', { params: { path: { id }, query: after > 0 ? { errorsAfterLine: after } : {} } }));
    const href = (errorsAfterLine?: number) => page.href(`/imports/${id}${errorsAfterLine ? `?errorsAfterLine=${errorsAfterLine}` : ''}`);
    // The same address answers the whole page or, to htmx, the part that changes.
    reply.header('vary', 'HX-Request');
    const progress = <ImportProgress page={page} report={report} href={href} />;
    if (fromHtmx(req)) return sendHtml(reply, progress);
    const title = t('web.imports.report.title', { date: longDate(lang, report.createdAt) });
    return sendHtml(
      reply,
      <Layout page={page} title={title} section="imports">
        <h1 safe>{title}</h1>
        {progress}
        <p>
          <a href={page.href('/imports')} safe>
            {t('web.imports.another')}
          </a>
        </p>
      </Layout>,
    );
  });
}
