import * as z from 'zod';
import { envelopeSchema } from '../events/envelope.ts';

const payload = z.object({ organisationId: z.string(), kind: z.string(), name: z.string(), version: z.number().int() });

/** Changes to a bureau's organisations, for the audit list and any consumer that keeps names. */
export const organisationEventSchemas = {
  OrganisationCreated: envelopeSchema('OrganisationCreated', 1, payload),
  OrganisationUpdated: envelopeSchema('OrganisationUpdated', 1, payload),
  OrganisationDeactivated: envelopeSchema('OrganisationDeactivated', 1, payload),
  OrganisationReactivated: envelopeSchema('OrganisationReactivated', 1, payload),
} as const;
