import type { Caller } from '../http/caller.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { submissionStore } from './submission-store.ts';

/** Inspectors, supervisors and admins see every assessment; an office those of itself. */
export const seesAllSubmissions = (caller: Caller) => caller.roles.some((r) => r === 'inspector' || r === 'supervisor' || r === 'admin');

/** Who may read an assessment (检查提交). */
export const readableSubmission = (store: ReturnType<typeof submissionStore>) => async (caller: Caller, id: string) => {
  const found = await store.get(caller.tenant, id);
  if (!found) throw notFound(`no checklist submission ${id}`);
  if (!seesAllSubmissions(caller) && found.subject.organisation !== caller.organisation) throw forbidden('this assessment concerns another organisation');
  return found;
};
