import { effectiveSdgGoals } from '../taxonomies/sdg.js';
import { canonicalValue } from '../listings/revision.js';
import type { ExpertEdit } from './schema.js';

export { expertRevisionViewSchema, type ExpertRevisionView } from './schema.js';

/*
 * An expert's own change to a validated profile waits for their country's review, like
 * a listing's revision: the validated text stays public meanwhile. A revision keeps only
 * the fields that differ from the profile as it is, so that a second edit adds to it
 * and an edit back to the published values takes the change back.
 */

/** The registration as an edit compares with it (declared goals are told apart from the targets' by `effectiveSdgGoals`). */
export interface ExpertEditable {
  readonly name: string;
  readonly institution?: { readonly name: string; readonly acronym?: string | undefined; readonly type?: string | undefined } | undefined;
  readonly sectors: readonly string[];
  readonly sdgTargets: readonly string[];
  /** Declared goals plus those implied by the targets, as stored. */
  readonly sdgGoals: readonly number[];
  readonly workingLanguages: readonly string[];
  readonly availability?: string | null | undefined;
  readonly profile: string;
  readonly language: string;
  readonly contact: { readonly name: string; readonly email: string };
}

const sameValue = (a: unknown, b: unknown) => canonicalValue(a) === canonicalValue(b);
const sorted = (xs: readonly string[]) => [...xs].sort();

/**
 * The part of an edit that changes the registration: each field whose value differs.
 * Goals compare as stored (declared plus implied), so a form that sends the goals it
 * showed does not count as a change; sectors, targets and languages compare as sets,
 * since a form lists them in its own order.
 */
export function effectiveEdit(current: ExpertEditable, edit: ExpertEdit): ExpertEdit {
  const out: Record<string, unknown> = {};
  const targets = edit.sdgTargets ?? current.sdgTargets;
  for (const [field, value] of Object.entries(edit) as [keyof ExpertEdit, unknown][]) {
    if (value === undefined) continue;
    if (field === 'sdgGoals') {
      if (
        !sameValue(
          effectiveSdgGoals(edit.sdgGoals ?? [], targets),
          [...current.sdgGoals].sort((a, b) => a - b),
        )
      )
        out[field] = value;
      continue;
    }
    const unordered = field === 'sectors' || field === 'sdgTargets' || field === 'workingLanguages';
    if (unordered ? !sameValue(sorted(value as string[]), sorted(current[field])) : !sameValue(value, current[field])) out[field] = value;
  }
  return out as ExpertEdit;
}

/** A pending revision's fields with a new edit over them: the newer value wins. */
export function mergeEdits(pending: ExpertEdit | undefined, edit: ExpertEdit): ExpertEdit {
  return { ...(pending ?? {}), ...edit };
}

/** The decision on a pending revision: publish it, or send it back saying why. */
export const EXPERT_REVISION_DECISIONS = ['publish', 'sendBack'] as const;
export type ExpertRevisionDecision = (typeof EXPERT_REVISION_DECISIONS)[number];
