import { z } from 'zod';
import { COOPERATION_INSTRUMENTS, COOPERATION_RECORD_TYPES, COOPERATION_ROLES, type CooperationRole } from '../codes.js';
import { countryCodeSchema, isoDateSchema } from '../listings/schema.js';
import { textSchema } from '../text.js';

/*
 * What SEGIB's Integrated Data System on South-South and Triangular Cooperation
 * (SIDICSS) records of a cooperation, captured when a match is agreed and completed:
 * the instrument, the type of cooperation, its dates, and each country's part (its
 * role, the institution that executes for it, what it budgeted and spent).
 */

/** An amount of money as a decimal string, so that no cent is lost to floating point. */
const amountSchema = z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, { message: 'must be a non-negative amount such as 12500 or 12500.50' });

export const cooperationParticipantSchema = z
  .strictObject({
    country: countryCodeSchema,
    role: z.enum(COOPERATION_ROLES),
    executingInstitution: textSchema().trim().min(2).max(300).optional(),
    budgetedCost: amountSchema.optional(),
    executedCost: amountSchema.optional(),
    /** ISO 4217, required with an amount. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as USD' })
      .optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.budgetedCost !== undefined || p.executedCost !== undefined) && p.currency === undefined)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'is required with an amount' });
  });
export type CooperationParticipantInput = z.infer<typeof cooperationParticipantSchema>;

/** The roles each type of cooperation has: triangular names two providers. */
const ROLES_OF: Record<(typeof COOPERATION_RECORD_TYPES)[number], readonly CooperationRole[]> = {
  bilateral: ['provider', 'recipient'],
  triangular: ['first_provider', 'second_provider', 'recipient'],
  regional: ['provider', 'recipient'],
};

export const cooperationRecordInputSchema = z
  .strictObject({
    instrument: z.enum(COOPERATION_INSTRUMENTS),
    cooperationType: z.enum(COOPERATION_RECORD_TYPES),
    approvedOn: isoDateSchema.optional(),
    startsOn: isoDateSchema.optional(),
    endsOn: isoDateSchema.optional(),
    participants: z.array(cooperationParticipantSchema).min(2).max(40),
  })
  .superRefine((r, ctx) => {
    if (r.startsOn && r.endsOn && r.endsOn < r.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before startsOn' });
    const allowed = ROLES_OF[r.cooperationType];
    r.participants.forEach((p, i) => {
      if (!allowed.includes(p.role))
        ctx.addIssue({
          code: 'custom',
          path: ['participants', i, 'role'],
          message: `must be one of ${allowed.join(', ')} in ${r.cooperationType} cooperation`,
        });
      if (r.participants.findIndex((q) => q.country === p.country) !== i)
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'country'], message: `${p.country} takes part once` });
    });
    const count = (role: CooperationRole) => r.participants.filter((p) => p.role === role).length;
    const need = (ok: boolean, message: string) => (ok ? undefined : ctx.addIssue({ code: 'custom', path: ['participants'], message }));
    if (r.cooperationType === 'bilateral')
      need(r.participants.length === 2 && count('provider') === 1, 'bilateral cooperation has one provider and one recipient');
    if (r.cooperationType === 'triangular')
      need(
        count('first_provider') === 1 && count('second_provider') === 1 && count('recipient') >= 1,
        'triangular cooperation has one first provider, one second provider and at least one recipient',
      );
    if (r.cooperationType === 'regional')
      need(
        r.participants.length >= 3 && count('provider') >= 1 && count('recipient') >= 1,
        'regional cooperation has at least three countries, providers and recipients',
      );
  })
  .meta({ id: 'CooperationRecordBody' });
export type CooperationRecordInput = z.infer<typeof cooperationRecordInputSchema>;

/** A record as stored and read back. */
export const cooperationRecordSchema = z
  .object({
    matchId: z.uuid(),
    instrument: z.enum(COOPERATION_INSTRUMENTS),
    cooperationType: z.enum(COOPERATION_RECORD_TYPES),
    approvedOn: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    participants: z.array(
      z.object({
        country: z.string(),
        role: z.enum(COOPERATION_ROLES),
        executingInstitution: z.string().optional(),
        budgetedCost: z.string().optional(),
        executedCost: z.string().optional(),
        currency: z.string().optional(),
      }),
    ),
    recordedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CooperationRecord' });
export type CooperationRecord = z.infer<typeof cooperationRecordSchema>;

/** A record as exported for SIDICSS: the record, the match's stage, and the codes of what was agreed. */
export const cooperationExportItemSchema = cooperationRecordSchema
  .extend({
    stage: z.string(),
    modality: z.string().nullable(),
    offerId: z.uuid(),
    demandId: z.uuid(),
    title: z.string(),
    sectors: z.array(z.string()),
    sdgGoals: z.array(z.number().int()),
    sdgTargets: z.array(z.string()),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'CooperationExportItem' });
export type CooperationExportItem = z.infer<typeof cooperationExportItemSchema>;

export const cooperationExportQuerySchema = z
  .strictObject({
    /** The period, on the record's approval date (or when it was recorded, without one). */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    country: countryCodeSchema.optional(),
    instrument: z.enum(COOPERATION_INSTRUMENTS).optional(),
    cooperationType: z.enum(COOPERATION_RECORD_TYPES).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  });
export type CooperationExportQuery = z.infer<typeof cooperationExportQuerySchema>;
