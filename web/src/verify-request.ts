import { apiClient } from '#shared/api-client/client.ts';

/**
 * The enterprise page's one request. The server announced it with the page (Link: rel=preload,
 * infra/web-entries.ts), so on a slow phone the answer is usually here before the page's code is.
 */
export const code = decodeURIComponent(window.location.pathname.split('/')[2] ?? '');
export const firstVerification = apiClient({ baseUrl: window.location.origin, headers: { 'accept-language': 'zh-CN' } }).GET('/v1/inspection-codes/{code}', { params: { path: { code } } });
