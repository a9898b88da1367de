/*
 * The web interface's messages, by page area: the shell every page shares (layout), the
 * public catalogue and listing pages, accounts, the listing editor, review, imports and
 * the notifications inbox.
 * Keys start with `web.<area>.`.
 */
import { account } from './account.js';
import { campaigns } from './campaigns.js';
import { catalogue } from './catalogue.js';
import { console as consoleArea } from './console.js';
import { cooperation } from './cooperation.js';
import { desk } from './desk.js';
import { editor } from './editor.js';
import { expertSelf } from './expert-self.js';
import { imports } from './imports.js';
import { inbox } from './inbox.js';
import { layout } from './layout.js';
import { listing } from './listing.js';
import { matches } from './matches.js';
import { review } from './review.js';
import { roster } from './roster.js';
import { sheet } from './sheet.js';
import { stats } from './stats.js';
import { stories } from './stories.js';

const AREAS = [
  layout,
  desk,
  catalogue,
  listing,
  account,
  editor,
  review,
  imports,
  inbox,
  matches,
  roster,
  expertSelf,
  stats,
  sheet,
  consoleArea,
  campaigns,
  cooperation,
  stories,
] as const;

type Union<T> = T extends readonly (infer A)[] ? A : never;
type Merged<L extends 'en' | 'es' | 'pt' | 'fr'> = UnionToIntersection<Union<typeof AREAS>[L]>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

const merge = <L extends 'en' | 'es' | 'pt' | 'fr'>(lang: L) => Object.assign({}, ...AREAS.map((a) => a[lang])) as Merged<L>;

export const WEB = { en: merge('en'), es: merge('es'), pt: merge('pt'), fr: merge('fr') };
