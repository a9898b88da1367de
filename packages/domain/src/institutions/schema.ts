import { z } from 'zod';
import { institutionSchema } from '../listings/schema.js';

/** An institution as the API shows it. */
export const institutionViewSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  type: z.string().nullable(),
});
export type InstitutionView = z.infer<typeof institutionViewSchema>;

/** An explicit institution edit; `null` clears the acronym or the type. */
export const institutionPatchSchema = z
  .strictObject({
    name: institutionSchema.shape.name.optional(),
    acronym: institutionSchema.shape.acronym.unwrap().nullable().optional(),
    type: institutionSchema.shape.type.unwrap().nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'give at least one of name, acronym, type' });
export type InstitutionPatch = z.infer<typeof institutionPatchSchema>;
