import { escapeHtml } from '@enlace/domain';

/*
 * Highlights reach browsers as HTML, and the text around the marks is whatever people
 * wrote. Meilisearch is asked to mark matches with private-use characters rather than
 * with tags; the whole string is then escaped, and only those characters become <mark>
 * tags, balanced even if someone typed the same characters into their text.
 */
const PRE = '\uE000';
const POST = '\uE001';

/** The tags to send as `highlightPreTag` / `highlightPostTag`. */
export const HIGHLIGHT_TAGS = { highlightPreTag: PRE, highlightPostTag: POST } as const;

const MARKERS = new RegExp(`[${PRE}${POST}]`, 'g');

/** A formatted value from Meilisearch as HTML: everything escaped, `<mark>` the only markup. */
export function highlightHtml(formatted: string): string {
  let open = false;
  const html = escapeHtml(formatted).replace(MARKERS, (m) => {
    if (m === PRE && !open) {
      open = true;
      return '<mark>';
    }
    if (m === POST && open) {
      open = false;
      return '</mark>';
    }
    return '';
  });
  return open ? `${html}</mark>` : html;
}
