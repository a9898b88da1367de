/*
 * What a message says, independent of where it is shown: a one-line title, a short
 * summary, the body as plain-text blocks, and where to act. The email turns the blocks
 * into text and escaped HTML (layout.ts); the inbox shows the title and the summary.
 * Blocks hold plain text only, never markup, so nothing a user wrote can become HTML.
 */

export type Block =
  | { type: 'paragraph'; text: string }
  /** Someone's own words (a message, a reason, a note), shown as written. */
  | { type: 'quote'; text: string }
  | { type: 'facts'; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { type: 'list'; items: ReadonlyArray<{ text: string; url?: string }> }
  | { type: 'heading'; text: string }
  /** Notifications listed in a digest. */
  | { type: 'entries'; items: ReadonlyArray<{ title: string; summary: string; url: string }> };

export interface Content {
  /** One line: the email's subject and the inbox item's title. */
  title: string;
  /** One or two sentences for the inbox. */
  summary: string;
  body: Block[];
  /** Where the reader acts. */
  link: string;
  /** The label of the email's button to `link`; no button without it. */
  action?: string;
}

/** Titles quoted in a subject or an inbox title are cut to this many characters. */
export const TITLE_MAX = 80;

export const paragraph = (text: string): Block => ({ type: 'paragraph', text });
