import * as z from 'zod';
import { envelopeSchema } from '../events/envelope.ts';

const who = { userId: z.string(), login: z.string(), name: z.string(), organisation: z.string() };

/** Changes to people; the audit list reads them back by subject. Secrets never travel in events. */
export const userEventSchemas = {
  UserInvited: envelopeSchema('UserInvited', 1, z.object({ ...who, roles: z.array(z.string()) })),
  UserUpdated: envelopeSchema('UserUpdated', 1, z.object(who)),
  UserRolesChanged: envelopeSchema('UserRolesChanged', 1, z.object({ ...who, from: z.array(z.string()), to: z.array(z.string()) })),
  UserActivated: envelopeSchema('UserActivated', 1, z.object(who)),
  UserDisabled: envelopeSchema('UserDisabled', 1, z.object(who)),
  UserEnabled: envelopeSchema('UserEnabled', 1, z.object(who)),
  UserActivationReset: envelopeSchema('UserActivationReset', 1, z.object(who)),
} as const;
