import type { z } from 'zod';
import type { searchHitSchema } from '@enlace/domain';
import type { ListingDocument } from './document.js';
import { highlightHtml } from './highlight.js';

type Hit = z.infer<typeof searchHitSchema>;

export function toSearchHit(doc: ListingDocument & { _formatted?: Partial<Record<string, unknown>> }): Hit {
  const f = doc._formatted ?? {};
  return {
    id: doc.id,
    kind: doc.kind as Hit['kind'],
    externalId: doc.externalId,
    status: doc.status as Hit['status'],
    title: doc.title,
    description: doc.description,
    language: doc.language as Hit['language'],
    country: doc.country,
    institution: { name: doc.institutionName, acronym: doc.institutionAcronym },
    sectors: doc.sectors,
    sdgGoals: doc.sdgGoals,
    sdgTargets: doc.sdgTargets,
    modalities: doc.modalities,
    workingLanguages: doc.workingLanguages,
    // HTML for browsers: the listing's words escaped, `<mark>` the only markup.
    highlight: {
      title: highlightHtml(typeof f.title === 'string' ? f.title : doc.title),
      description: highlightHtml(typeof f.description === 'string' ? f.description : doc.description),
    },
  };
}
