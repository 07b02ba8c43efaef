import type { Caller } from '../http/caller.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { filingStore } from './filing-store.ts';

/** The bureau's supervisors and admins: every agency's filings, joint inspections, ratings. `/v1/me` says so to the pages. */
export const isSupervisor = (caller: Caller) => caller.roles.some((r) => r === 'supervisor' || r === 'admin');

/** Who may read a filing: the bureau's supervisors any, an agency its own. */
export const readableFiling = (store: ReturnType<typeof filingStore>) => async (caller: Caller, id: string) => {
  const filing = await store.get(caller.tenant, id);
  if (!filing) throw notFound(`no inspection filing ${id}`);
  if (!isSupervisor(caller) && filing.agency !== caller.organisation) throw forbidden('this filing belongs to another agency');
  return filing;
};
