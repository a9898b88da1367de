/*
 * Posting and editing an offer or a demand. The API decides everything: who may write
 * for which country, whether a change to a published listing waits for review (202, a
 * revision) or applies at once (200), and which fields are wrong (its field codes become
 * messages next to the fields, in the reader's language). A refused form comes back
 * exactly as it was typed.
 */
import { isSecretariat } from '@enlace/domain';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Problem, type Schemas } from '../api/client.js';
import { fieldErrorsOf, type FieldError } from '../components/form.js';
import {
  contentOf,
  emptyForm,
  fieldLabels,
  fieldMessages,
  formFromBody,
  formFromContent,
  kindOf,
  type ListingForm,
  ListingFormFields,
} from '../components/listing-form.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Listing = Schemas['Listing'];

interface EditorProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly form: ListingForm;
  readonly errors: readonly FieldError[];
  /** The listing being edited; absent when posting a new one. */
  readonly listing?: Listing | undefined;
}

function EditorPage({ page, tax, form, errors, listing }: EditorProps) {
  const { t } = page;
  const creating = !listing;
  const title = creating ? t('web.editor.newTitle', { kind: form.kind }) : t('web.editor.editTitle', { kind: form.kind });
  const canSubmit = creating || listing.status === 'draft' || listing.status === 'expired';
  return (
    <Layout page={page} title={title} section={creating ? 'new' : 'mine'}>
      <h1 safe>{title}</h1>
      {creating ? <p safe>{t('web.editor.intro', { kind: form.kind })}</p> : ''}
      {listing?.reviewNote && listing.status === 'draft' ? (
        <p class="notice" safe>
          {t('web.editor.reviewNote', { note: listing.reviewNote })}
        </p>
      ) : (
        ''
      )}
      {listing?.pendingRevision ? (
        <p class="notice" safe>
          {t('web.editor.pendingRevisionShown')}
        </p>
      ) : listing?.status === 'published' ? (
        <p class="notice" safe>
          {t('web.editor.publishedNotice')}
        </p>
      ) : (
        ''
      )}
      <ListingFormFields
        page={page}
        tax={tax}
        form={form}
        errors={errors}
        action={page.href(creating ? '/listings/new' : `/listings/${listing.id}/edit`)}
        creating={creating}
        countryChoice={isSecretariat(page.actor)}
        canSubmit={canSubmit}
      />
    </Layout>
  );
}

const errorsOf = (page: Page, problem: unknown) => fieldErrorsOf(page, problem as Problem | undefined, fieldLabels(page), fieldMessages(page));

export async function editorPages(app: FastifyInstance) {
  app.get<{ Querystring: { kind?: string } }>('/listings/new', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    return sendHtml(
      reply,
      <EditorPage
        page={page}
        tax={await taxonomiesFor(req.server, page.lang)}
        form={emptyForm(kindOf(req.query.kind), page.lang, me.country ?? '')}
        errors={[]}
      />,
    );
  });

  app.post<{ Body: Record<string, unknown> }>('/listings/new', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    // Only the secretariat chooses the country; everyone else writes for their own.
    const fallback = emptyForm('offer', page.lang, me.country ?? '');
    const form = formFromBody(req.body, fallback);
    if (!isSecretariat(page.actor)) form.country = fallback.country;
    const created = await page.api.POST('/v1/listings', { body: { kind: form.kind, country: form.country, ...contentOf(form, undefined) } });
    if (created.response.status === 400)
      return sendHtml(
        reply,
        <EditorPage page={page} tax={await taxonomiesFor(req.server, page.lang)} form={form} errors={errorsOf(page, created.error)} />,
        400,
      );
    const listing = dataOf(created);
    return afterSave(page, reply, listing, req.body.intent === 'submit', 'web.editor.flash.saved');
  });

  app.get<{ Params: { id: string } }>('/listings/:id/edit', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const listing = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id: pathId(req.params.id) } } }));
    // A change waiting for review is what the writer left last: they go on from there.
    const form = formFromContent(listing.kind, listing.pendingRevision?.status === 'pending' ? listing.pendingRevision.content : listing);
    return sendHtml(reply, <EditorPage page={page} tax={await taxonomiesFor(req.server, page.lang)} form={form} errors={[]} listing={listing} />);
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/listings/:id/edit', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const listing = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id } } }));
    const form = formFromBody(req.body, formFromContent(listing.kind, listing));
    form.kind = listing.kind;
    form.country = listing.country;
    const saved = await page.api.PATCH('/v1/listings/{id}', { params: { path: { id } }, body: contentOf(form, null) });
    if (saved.response.status === 400)
      return sendHtml(
        reply,
        <EditorPage page={page} tax={await taxonomiesFor(req.server, page.lang)} form={form} errors={errorsOf(page, saved.error)} listing={listing} />,
        400,
      );
    const updated = dataOf(saved);
    if (saved.response.status === 202) {
      flash(reply, 'web.editor.flash.awaitsReview');
      return seeOther(reply, page.href(`/listings/${id}`));
    }
    return afterSave(page, reply, updated, req.body.intent === 'submit', 'web.editor.flash.updated');
  });
}

/**
 * After a save: submit for review when asked. A listing the API will not submit yet (a
 * field it requires for review) goes back to its form with the reasons.
 */
async function afterSave(
  page: Page,
  reply: Parameters<typeof sendHtml>[0],
  listing: Listing,
  submit: boolean,
  saved: 'web.editor.flash.saved' | 'web.editor.flash.updated',
) {
  if (submit) {
    const submitted = await page.api.POST('/v1/listings/{id}/submit', { params: { path: { id: listing.id } }, body: null });
    if (submitted.response.status === 400 || submitted.response.status === 409) {
      const errors = errorsOf(page, submitted.error);
      if (errors.length > 0)
        return sendHtml(
          reply,
          <EditorPage
            page={page}
            tax={await taxonomiesFor(reply.server, page.lang)}
            form={formFromContent(listing.kind, listing)}
            errors={errors}
            listing={listing}
          />,
          400,
        );
    }
    dataOf(submitted);
    flash(reply, 'web.editor.flash.submitted');
  } else flash(reply, saved);
  return seeOther(reply, page.href(`/listings/${listing.id}`));
}
