import * as z from 'zod';
import { Role, TenantCode } from '../tenancy/tenant.ts';

/** Who caused a change: a signed-in user, an enterprise through its inspection code, or a scheduled job. */
export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), id: z.string(), name: z.string().optional(), organisation: z.string(), roles: z.array(Role) }),
  z.object({ kind: z.literal('enterprise'), inspectionCode: z.string() }),
  z.object({ kind: z.literal('system'), job: z.string() }),
]).meta({ id: 'Actor' });
export type Actor = z.infer<typeof Actor>;

/** What the event is about, e.g. `{ kind: 'rectification', id: '01J…' }`. */
export const Subject = z.object({ kind: z.string().min(1), id: z.string().min(1) });
export type Subject = z.infer<typeof Subject>;

/** The envelope every domain event travels in; `payload` is checked against the event type's own schema. */
export const envelopeSchema = <Type extends string, Version extends number, Payload extends z.ZodType>(
  type: Type,
  version: Version,
  payload: Payload,
) =>
  z.object({
    id: z.string().min(1),
    type: z.literal(type),
    version: z.literal(version),
    tenant: TenantCode,
    occurredAt: z.iso.datetime({ offset: true }),
    actor: Actor,
    subject: Subject,
    payload,
  });
