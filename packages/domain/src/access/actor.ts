import { z } from 'zod';

import { ROLES, type Role } from '../codes.js';

export { ROLES, type Role };
export const roleSchema = z.enum(ROLES);

/** Who is asking: a signed-in user, or nobody. */
export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      /** Country an officer or focal point acts for; null for staff and admins. */
      readonly country: string | null;
      readonly institutionId: string | null;
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** Staff of the AICD secretariat and admins act for every country. */
export function isSecretariat(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === 'staff' || actor.role === 'admin');
}
