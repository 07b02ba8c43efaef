import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../events/catalog.ts';
import { commit } from '../store/transaction.ts';
import { type TenantCode, tenantKey } from '../tenancy/tenant.ts';
import { YearArrangement, workingCalendar, type WorkingCalendar } from './working-calendar.ts';

/** The year arrangements a tenant's admins entered, and the calendar built from them. */
export const calendarStore = (db: DynamoDBDocumentClient, tableName: string) => {
  const arrangements = async (tenant: TenantCode): Promise<YearArrangement[]> => {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': tenantKey(tenant, 'CALENDAR'), ':prefix': 'YEAR#' },
      }),
    );
    return (page.Items ?? []).map((item) => YearArrangement.parse(item));
  };

  return {
    arrangements,
    calendarOf: async (tenant: TenantCode): Promise<WorkingCalendar> => workingCalendar(await arrangements(tenant)),
    save: (tenant: TenantCode, arrangement: YearArrangement, event: DomainEvent) =>
      commit(
        db,
        tableName,
        [{ Put: { TableName: tableName, Item: { pk: tenantKey(tenant, 'CALENDAR'), sk: `YEAR#${arrangement.year}`, ...arrangement } } }],
        [event],
      ),
  };
};
