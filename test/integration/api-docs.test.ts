import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { apiClient, type components } from '#shared/api-client/client.ts';
import { launchBrowser, screenshotDir } from '../support/browser.ts';
import { startTestStack } from './support/test-stack.ts';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.runtime.stop();
});

describe('the API describes itself', () => {
  it('serves its OpenAPI 3.1 document without a token', async () => {
    const response = await stack.fetch('/openapi.json');
    expect(response.status).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/v1/rectifications'].post.operationId).toBe('assignRectification');
  });

  it('lets a TypeScript caller use the client typed from the document', async () => {
    const token = await stack.auth.sign(exampleUsers.office);
    const api = apiClient({ baseUrl: stack.runtime.url, token: () => token, fetch: stack.contractFetch });
    const { data, error } = await api.GET('/v1/rectifications', { params: { query: { status: 'assigned', limit: 5 } } });
    expect(error).toBeUndefined();
    expectTypeOf(data!.items).toEqualTypeOf<components['schemas']['RectificationView'][]>();
    expect(data!.items.every((item) => item.responsibility.organisation === 'office-aoyang')).toBe(true);
    const refused = await api.POST('/v1/rectifications/{id}/acknowledge', { params: { path: { id: 'not-an-id' } }, body: { expectedVersion: 1 } });
    expect(refused.error?.error.fields.map((f) => f.path)).toEqual(['path.id']);
  });

  it('renders the reference page in Chromium from this machine alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));

    await page.goto(`${stack.runtime.url}/docs`);
    await page.getByRole('heading', { name: /县司法局检查与整改平台 API/ }).waitFor({ timeout: 30_000 });
    await page.getByText('交办整改事项 · Assign a rectification item').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'api-docs.png') });

    const origin = new URL(stack.runtime.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(requested).toContain(`${origin}/openapi.json`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
