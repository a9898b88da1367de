import { type Role, countryCodeSchema, csvList, languageSchema, roleSchema, textSchema } from '@enlace/domain';
import { z } from 'zod';

export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200);

export const createUserSchema = z
  .strictObject({
    email: z
      .email()
      .max(254)
      .transform((e) => e.toLowerCase()),
    name: textSchema().trim().min(2).max(200),
    role: roleSchema,
    country: countryCodeSchema.optional(),
    institution: z.strictObject({ name: textSchema().trim().min(2).max(200), acronym: textSchema().trim().max(30).optional() }).optional(),
    language: languageSchema.default('es'),
    password: passwordSchema.optional(),
  })
  .superRefine((u, ctx) => {
    if ((u.role === 'agency_officer' || u.role === 'focal_point') && !u.country) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: `${u.role === 'agency_officer' ? 'an agency officer' : 'a focal point'} acts for a country: give its code`,
      });
    }
    if ((u.role === 'staff' || u.role === 'admin') && u.country) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: `${u.role === 'staff' ? 'staff act' : 'admins act'} for every country: leave it out` });
    }
    if (u.role === 'agency_officer' && !u.institution) {
      ctx.addIssue({ code: 'custom', path: ['institution'], message: 'an agency officer belongs to an institution' });
    }
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

/** What a person may change of their own profile: how they are named and the language Enlace writes to them in. */
export const updateMeSchema = z
  .strictObject({
    name: textSchema().trim().min(2).max(200).optional(),
    language: languageSchema.optional(),
  })
  .meta({ id: 'ProfileChangeInput' });
export type UpdateMeInput = z.infer<typeof updateMeSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(200),
    newPassword: passwordSchema,
  })
  .meta({ id: 'PasswordChangeInput' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const signInSchema = z.strictObject({ email: z.email(), password: z.string().min(1).max(200) });
export const createTokenSchema = z.strictObject({
  name: textSchema().trim().min(1).max(100),
  /** Days until the token expires; the service's default when left out, never more than its maximum. */
  days: z.number().int().min(1).optional(),
});

/** How long personal tokens live when not told (`defaultDays`) and at most (`maxDays`): the TOKEN_* settings. */
export interface TokenLifetime {
  readonly defaultDays: number;
  readonly maxDays: number;
}
/** The configuration's defaults, for callers without one (tests, scripts). */
export const DEFAULT_TOKEN_LIFETIME: TokenLifetime = { defaultDays: 90, maxDays: 365 };

export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  country: z.string().nullable(),
  institutionId: z.uuid().nullable(),
  language: z.string(),
  createdAt: z.string(),
  /** The last password sign-in; null when the person never signed in. Shown to staff and admins only. */
  lastSignInAt: z.string().nullable().optional(),
  /** When the account was deactivated; null while it is active. Shown to staff and admins only. */
  deactivatedAt: z.string().nullable().optional(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** Filters and page of the list of people (`GET /v1/users`). */
export interface UserListQuery {
  readonly limit: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string | undefined;
  /** `never`: people who have never signed in; `ever`: those who have. */
  readonly signedIn?: 'never' | 'ever' | undefined;
  /** `active` or `deactivated` accounts only. */
  readonly state?: 'active' | 'deactivated' | undefined;
  readonly roles?: readonly Role[] | undefined;
  /** Only these people (to name the authors of a history, for example). */
  readonly ids?: readonly string[] | undefined;
}

/** The query of `GET /v1/users`: lists are comma-separated (or the key repeated). */
export const userListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(600).optional(),
  signedIn: z.enum(['never', 'ever']).optional().describe('`never`: only people who have never signed in; `ever`: only those who have.'),
  state: z.enum(['active', 'deactivated']).optional().describe('Only active, or only deactivated, accounts.'),
  role: csvList(roleSchema).optional(),
  id: csvList(z.uuid())
    .optional()
    .refine((ids) => (ids?.length ?? 0) <= 100, 'at most 100 ids'),
});
