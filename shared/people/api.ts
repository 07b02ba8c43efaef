import * as z from 'zod';
import { ExpectedVersion } from '../http/numbers.ts';
import { operation } from '../http/operation.ts';
import { Login, UserInput, UserView } from './user.ts';

const IdParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a user id') });
const Activation = z.object({ code: z.string().describe('one-time activation code: shown once, hand it to the person'), expiresAt: z.string() });
const WithActivation = z.object({ user: UserView, activation: Activation });
const admin = { tag: '设置', roles: ['admin'] } as const;
const change = { 404: ['not_found'], 409: ['version_conflict', 'invalid_transition'], 422: ['unprocessable'] } as const;

export const userApi = {
  list: operation({
    ...admin,
    operationId: 'listUsers',
    method: 'GET',
    path: '/v1/users',
    summary: '用户列表 · List the bureau\'s users',
    responses: { 200: { description: 'every user of the bureau', schema: z.object({ users: z.array(UserView) }) } },
  }),
  invite: operation({
    ...admin,
    operationId: 'inviteUser',
    method: 'POST',
    path: '/v1/users',
    summary: '新增用户 · Add a user; answers a one-time activation code',
    description: 'No SMS or e-mail is sent (neither is dependable in county networks or the China regions): the admin hands the code over; the person sets a password with it.',
    body: UserInput,
    responses: { 201: { description: 'the user (invited) and the activation code, shown this once', schema: WithActivation } },
    refusals: { 422: ['unprocessable', 'organisation_unknown', 'organisation_inactive'] },
    example: { login: 'xinjie.wang', name: '王新', mobile: '13907951234', organisation: 'office-xinjie', roles: ['office'] },
  }),
  read: operation({
    ...admin,
    operationId: 'getUser',
    method: 'GET',
    path: '/v1/users/{id}',
    summary: '用户详情 · Read a user',
    params: IdParam,
    responses: { 200: { description: 'the user', schema: UserView } },
    refusals: { 404: ['not_found'] },
  }),
  update: operation({
    ...admin,
    operationId: 'updateUser',
    method: 'PUT',
    path: '/v1/users/{id}',
    summary: '修改用户 · Change a user\'s name, contacts, organisation or roles',
    description: 'Nobody changes their own roles, and the last admin stays an admin.',
    params: IdParam,
    body: UserInput.extend(ExpectedVersion),
    responses: { 200: { description: 'the user', schema: UserView } },
    refusals: { ...change, 422: ['unprocessable', 'organisation_unknown', 'organisation_inactive'] },
  }),
  disable: operation({
    ...admin,
    operationId: 'disableUser',
    method: 'POST',
    path: '/v1/users/{id}/disable',
    summary: '停用用户 · Disable a user: the next sign-in and token refresh fail',
    params: IdParam,
    body: z.object(ExpectedVersion),
    responses: { 200: { description: 'the user', schema: UserView } },
    refusals: change,
  }),
  enable: operation({
    ...admin,
    operationId: 'enableUser',
    method: 'POST',
    path: '/v1/users/{id}/enable',
    summary: '启用用户 · Enable a user again',
    params: IdParam,
    body: z.object(ExpectedVersion),
    responses: { 200: { description: 'the user', schema: UserView } },
    refusals: change,
  }),
  reset: operation({
    ...admin,
    operationId: 'resetUser',
    method: 'POST',
    path: '/v1/users/{id}/reset',
    summary: '重置密码 · Issue a new activation code (the old password stops working)',
    params: IdParam,
    body: z.object(ExpectedVersion),
    responses: { 200: { description: 'the user and the new activation code, shown this once', schema: WithActivation } },
    refusals: change,
  }),
  activate: operation({
    operationId: 'activateUser',
    method: 'POST',
    path: '/v1/activation',
    tag: '设置',
    summary: '激活账号 · Set your password with the activation code you were given',
    roles: 'public',
    throttle: { rateLimit: 2, burstLimit: 5 },
    body: z.object({ login: Login, code: z.string().trim().min(1).max(40), password: z.string().min(1).max(128) }),
    maxBodyBytes: 4096,
    responses: { 200: { description: 'the account is active: sign in at /oidc', schema: UserView } },
    refusals: { 422: ['unprocessable'] },
    example: { login: 'xinjie.wang', code: 'ABCD-EFGH-JKMN', password: '新街所-2026-Secure' },
  }),
};
