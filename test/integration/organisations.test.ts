import { describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers, officeSubmission } from '#infra/local/example-data.ts';
import { shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { exampleStack } from './support/test-stack.ts';

const stack = exampleStack();

const { admin, supervisor, office, inspector } = exampleUsers;
const otherCounty: DevUser = { userId: 'admin-taojiang', tenant: '430922', organisation: 'bureau', roles: ['admin'] };
const xinjie = { id: 'office-xinjie', kind: 'office', name: '新街司法所', shortName: '新街所', parent: 'bureau', contact: { person: '王所长', phone: '0795-2512345' } };
const assign = (organisation: string) =>
  stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title: '调解卷宗不完整' }, responsibility: { organisation }, deadline: { workingDays: 10 } } });

describe('organisations (组织机构)', () => {
  it('lets an admin add an office that then takes work, and names what is wrong otherwise', async () => {
    const created = await stack.request('POST', '/v1/organisations', { user: admin, body: xinjie });
    expect(created).toMatchObject({ status: 201, body: { ...xinjie, active: true, version: 1 } });
    expect((await stack.request('GET', '/v1/organisations?kind=office', { user: office })).body!.organisations.map((o: { id: string }) => o.id)).toContain('office-xinjie');
    expect((await assign('office-xinjie')).status).toBe(201);

    expect(await assign('no-such-office')).toMatchObject({ status: 422, body: { error: { code: 'organisation_unknown', fields: [{ path: 'body.responsibility.organisation' }] } } });
    expect(await stack.request('POST', '/v1/organisations', { user: admin, body: { ...xinjie, id: 'office-xinjie-2' } })).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.name' }] } } });
    expect(await stack.request('POST', '/v1/organisations', { user: admin, body: { ...xinjie, name: '新街镇司法所' } })).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.id' }] } } });
    expect(await stack.request('POST', '/v1/organisations', { user: admin, body: { ...xinjie, id: 'Bad Id' } })).toMatchObject({ status: 400, body: { error: { fields: [{ path: 'body.id' }] } } });
  });

  it('keeps a deactivated office with its history, and gives it no new work until reactivated', async () => {
    await stack.request('POST', '/v1/organisations', { user: admin, body: { ...xinjie, id: 'office-tanshan', name: '塔下司法所' } });
    const item = (await assign('office-tanshan')).body!;
    const stale = await stack.request('POST', '/v1/organisations/office-tanshan/deactivate', { user: admin, body: { expectedVersion: 7 } });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'version_conflict', currentVersion: 1 } } });
    expect(await stack.request('POST', '/v1/organisations/office-tanshan/deactivate', { user: admin, body: { expectedVersion: 1 } })).toMatchObject({ status: 200, body: { active: false, version: 2 } });

    expect(await assign('office-tanshan')).toMatchObject({ status: 422, body: { error: { code: 'organisation_inactive', fields: [{ path: 'body.responsibility.organisation' }] } } });
    // Nor may it follow up another's work; an active one may follow up its own.
    const followedUpBy = (organisation: string, supervisingOrganisation: string) =>
      stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title: '督促整改' }, responsibility: { organisation, supervisingOrganisation }, deadline: { workingDays: 10 } } });
    expect(await followedUpBy('office-aoyang', 'office-tanshan')).toMatchObject({ status: 422, body: { error: { code: 'organisation_inactive', fields: [{ path: 'body.responsibility.supervisingOrganisation' }] } } });
    expect(await followedUpBy('office-aoyang', 'no-such-office')).toMatchObject({ status: 422, body: { error: { code: 'organisation_unknown', fields: [{ path: 'body.responsibility.supervisingOrganisation' }] } } });
    expect((await followedUpBy('office-aoyang', 'office-aoyang')).status).toBe(201);
    const today = shanghaiDate(new Date());
    const assessment = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: officeSubmission('office-tanshan', today) });
    expect(assessment).toMatchObject({ status: 422, body: { error: { code: 'organisation_inactive', fields: [{ path: 'body.subject.organisation' }] } } });
    expect((await stack.request('GET', `/v1/rectifications/${item.id}`, { user: supervisor })).status).toBe(200);
    expect((await stack.request('GET', '/v1/organisations?active=false', { user: supervisor })).body!.organisations.map((o: { id: string }) => o.id)).toEqual(['office-tanshan']);

    expect(await stack.request('POST', '/v1/organisations/office-tanshan/deactivate', { user: admin, body: { expectedVersion: 2 } })).toMatchObject({ status: 409, body: { error: { code: 'invalid_transition' } } });
    expect((await stack.request('POST', '/v1/organisations/office-tanshan/reactivate', { user: admin, body: { expectedVersion: 2 } })).status).toBe(200);
    expect((await assign('office-tanshan')).status).toBe(201);
  });

  it('renames an organisation, freeing its old name, and refuses a change of kind', async () => {
    await stack.request('POST', '/v1/organisations', { user: admin, body: { ...xinjie, id: 'office-nanshan', name: '南山司法所' } });
    const renamed = await stack.request('PUT', '/v1/organisations/office-nanshan', { user: admin, body: { ...xinjie, name: '南港司法所', expectedVersion: 1 } });
    expect(renamed).toMatchObject({ status: 200, body: { id: 'office-nanshan', name: '南港司法所', version: 2 } });
    expect((await stack.request('POST', '/v1/organisations', { user: admin, body: { ...xinjie, id: 'office-nanshan-new', name: '南山司法所' } })).status).toBe(201);
    expect(await stack.request('PUT', '/v1/organisations/office-nanshan', { user: admin, body: { ...xinjie, kind: 'agency', expectedVersion: 2 } })).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.kind' }] } } });
  });

  it('lets only admins write, and keeps each bureau to its own organisations', async () => {
    for (const user of [supervisor, office, inspector]) {
      expect((await stack.request('POST', '/v1/organisations', { user, body: { ...xinjie, id: 'office-x' } })).status).toBe(403);
      expect((await stack.request('POST', '/v1/organisations/office-aoyang/deactivate', { user, body: { expectedVersion: 1 } })).status).toBe(403);
    }
    expect((await stack.request('GET', '/v1/organisations/office-xinjie', { user: otherCounty })).status).toBe(404);
    expect((await stack.request('GET', '/v1/organisations', { user: otherCounty })).body!.organisations).toEqual([]);
    expect(await stack.request('PUT', '/v1/webhooks/office-unknown', { user: admin, body: { url: 'http://127.0.0.1:9/x', secret: 's'.repeat(20) } })).toMatchObject({
      status: 422,
      body: { error: { code: 'organisation_unknown' } },
    });
  });
});
