import createClient from 'openapi-fetch';
import type { paths } from './schema.ts';

export type { components, operations, paths } from './schema.ts';

/**
 * A client for this API typed from its OpenAPI document: paths, parameters, bodies and answers are
 * checked by the compiler. `token` is asked for each request, so a refreshed sign-in is used at once.
 */
export const apiClient = (options: {
  baseUrl: string;
  token?: () => string | undefined | Promise<string | undefined>;
  fetch?: typeof fetch;
  /** e.g. `Accept-Language: zh-CN` for refusals in Chinese. */
  headers?: Record<string, string>;
}) => {
  const client = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.headers ? { headers: options.headers } : {}) });
  client.use({
    onRequest: async ({ request }) => {
      const token = await options.token?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
};
export type ApiClient = ReturnType<typeof apiClient>;
