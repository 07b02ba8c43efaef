import { reactive } from 'vue';
import { operationRoles } from '#shared/api-client/operation-roles.ts';
import { api, unwrap } from './api.ts';

type Me = { userId: string; name?: string | null; tenant: string; organisation: string; organisationName?: string | null; roles: string[]; seesWholeBureau: boolean; seesAllFilings: boolean };

/** Who is signed in, as the API says (GET /v1/me). */
export const session = reactive<{ me?: Me }>({});

export const loadMe = async () => {
  session.me = await unwrap(api.GET('/v1/me'));
  return session.me;
};

/** Whether the caller's roles let them call an operation: what the menu and buttons show (the server decides). */
export const may = (operationId: keyof typeof operationRoles) => {
  const roles = operationRoles[operationId] as readonly string[] | 'public';
  if (roles === 'public') return true;
  return !!session.me && (roles.length === 0 || session.me.roles.some((r) => roles.includes(r)));
};
