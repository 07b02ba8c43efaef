import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../events/catalog.ts';
import { decodeCursor, encodeCursor } from '../store/cursor.ts';
import { fingerprintColumn, withStoredFingerprint } from '../store/request-fingerprint.ts';
import { commit } from '../store/transaction.ts';
import { queryAll } from '../store/query-all.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import type { Submission } from './submission.ts';

/**
 * Submissions: one row each. Lists go through gsi1 subject organisation · gsi2 template · gsi3 year ·
 * gsi4 inspector (submitter) · gsi5 grade, each sorted by assessment date.
 */
const sub = (tenant: TenantCode, ...parts: (string | number)[]) => tenantKey(tenant, 'SUB', ...parts.map(String));

const row = (s: Submission) => {
  const byDate = `${s.assessedOn}#${s.id}`;
  return {
    pk: sub(s.tenant, s.id),
    sk: 'ITEM',
    kind: 'checklist-submission',
    gsi1pk: sub(s.tenant, 'SUBJECT', s.subject.organisation),
    gsi1sk: byDate,
    gsi2pk: sub(s.tenant, 'TEMPLATE', s.template.id),
    gsi2sk: byDate,
    gsi3pk: sub(s.tenant, 'YEAR', s.year),
    gsi3sk: byDate,
    gsi4pk: sub(s.tenant, 'INSPECTOR', s.submittedBy.userId),
    gsi4sk: byDate,
    gsi5pk: sub(s.tenant, 'GRADE', s.result.grade),
    gsi5sk: byDate,
    sVersion: s.version,
    sSubject: s.subject.organisation,
    sTemplate: s.template.id,
    sYear: s.year,
    sInspector: s.submittedBy.userId,
    sGrade: s.result.grade,
    submission: s,
    ...fingerprintColumn(s),
  };
};

export type SubmissionFilter = { subject?: string; templateId?: string; year?: number; inspector?: string; grade?: string };

export const submissionStore = (db: DynamoDBDocumentClient, tableName: string) => ({
  /** Every submission of a year (gsi3): for exports and report reconciliation. */
  ofYear: async (tenant: TenantCode, year: number) =>
    (await queryAll(db, { TableName: tableName, IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': sub(tenant, 'YEAR', year) } })).map(
      (row) => row.submission as Submission,
    ),
  get: async (tenant: TenantCode, id: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: { pk: sub(tenant, id), sk: 'ITEM' }, ConsistentRead: true }));
    return Item ? withStoredFingerprint(Item.submission as Submission, Item) : undefined;
  },
  create: (s: Submission, events: DomainEvent[]) =>
    commit(db, tableName, [{ Put: { TableName: tableName, Item: row(s), ConditionExpression: 'attribute_not_exists(pk)' } }], events),
  update: (s: Submission, expectedVersion: number, events: DomainEvent[]) =>
    commit(db, tableName, [{ Put: { TableName: tableName, Item: row(s), ConditionExpression: 'sVersion = :v', ExpressionAttributeValues: { ':v': expectedVersion } } }], events),
  list: async (tenant: TenantCode, filter: SubmissionFilter, limit: number, cursor?: string) => {
    // The most selective filter picks the index; the rest narrow within it.
    const choices = [
      ['subject', 'gsi1', 'SUBJECT', 'sSubject'],
      ['inspector', 'gsi4', 'INSPECTOR', 'sInspector'],
      ['templateId', 'gsi2', 'TEMPLATE', 'sTemplate'],
      ['grade', 'gsi5', 'GRADE', 'sGrade'],
      ['year', 'gsi3', 'YEAR', 'sYear'],
    ] as const;
    const chosen = choices.find(([key]) => filter[key] !== undefined);
    if (!chosen) throw new Error('a submission list needs at least one filter');
    const [key, index, prefix] = chosen;
    const partition = sub(tenant, prefix, filter[key]!);
    const rest = choices.filter(([k]) => k !== key && filter[k] !== undefined);
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ExpressionAttributeValues: { ':pk': partition, ...Object.fromEntries(rest.map(([k]) => [`:${k}`, filter[k]])) },
        ...(rest.length ? { FilterExpression: rest.map(([k, , , attribute]) => `${attribute} = :${k}`).join(' AND ') } : {}),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, index, { attribute: `${index}pk`, value: partition }),
      }),
    );
    return { items: (page.Items ?? []).map((i) => i.submission as Submission), cursor: encodeCursor(index, page.LastEvaluatedKey) ?? null };
  },
});
