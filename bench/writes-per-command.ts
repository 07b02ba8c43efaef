/**
 * `npm run bench`: items written to DynamoDB by one API command, against the minimum a command with an
 * outbox needs (its record and its event: 2). Counted on the embedded stack as the API function makes
 * them (each item of a transaction or batch counts; consumers' writes, made later from the event, do not),
 * with the rows' kinds so the figure says where the writes go. Goal (issue: performance): ≤ 1.5×.
 * Beside it, the write units its secondary indexes consume ÷ those of the table (DynamoDB's own count,
 * ReturnConsumedCapacity INDEXES): an index that projects whole records costs a table write again. The
 * issue's goal is "only what each access pattern reads"; as a figure: indexes cost no more than the table (≤ 1×).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleUsers, officeSubmission } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamoRaw } from '#shared/adapters/aws.ts';
import { addDays, shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { benchStack } from './bench-stack.ts';
import { isWriteCommand } from './read-meter.ts';

type Written = { table: string; row: string };
const written: Written[] = [];
const units = { table: 0, indexes: 0 };
type Capacity = { Table?: { CapacityUnits?: number }; GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }> };
const inApiFunction = new AsyncLocalStorage<true>();
// A row's kind: its key without the tenant and ids (T#360923#RECT#01J… → RECT#…).
type Attribute = string | { S?: string } | undefined;
const text = (value: Attribute) => (typeof value === 'string' ? value : value?.S);
const kindOf = (key: Record<string, Attribute> | undefined) => (text(key?.pk) ?? text(key?.id) ?? '?').replace(/^T#\d+#/, '').replace(/[0-9A-Z]{20,}/g, '…').replace(/#[^#]*\d{6,}[^#]*/g, '#…');

process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
// The API functions' own writes, told apart from the consumers' that run in the same process.
const { services, auth, runtime } = await benchStack('writebench', (name, handler) =>
  ['rectifications', 'checklist-submissions', 'inspection-filings'].includes(name) ? (event, context) => inApiFunction.run(true, () => handler(event, context)) : handler,
);

type Input = { ReturnConsumedCapacity?: string; TableName?: string; Item?: Record<string, Attribute>; Key?: Record<string, Attribute>; TransactItems?: Record<string, Input>[]; RequestItems?: Record<string, { PutRequest?: { Item: Input['Item'] }; DeleteRequest?: { Key: Input['Key'] } }[]> };
dynamoRaw().middlewareStack.add(
  (next, context) => async (args) => {
    const writes = inApiFunction.getStore() ? written : undefined;
    const input = args.input as Input;
    const note = (one: Input) => writes?.push({ table: (one.TableName ?? '').replace(/^.*-(\w+)$/, '$1'), row: kindOf(one.Item ?? one.Key) });
    if (writes) {
      // A condition check reads an item inside the transaction and writes nothing (its capacity counts below).
      if (context.commandName === 'TransactWriteItemsCommand') input.TransactItems?.forEach((t) => t.ConditionCheck || note(Object.values(t)[0]!));
      else if (context.commandName === 'PutItemCommand' || context.commandName === 'UpdateItemCommand' || context.commandName === 'DeleteItemCommand') note(input);
      else if (context.commandName === 'BatchWriteItemCommand') for (const [table, requests] of Object.entries(input.RequestItems ?? {})) requests.forEach((r) => note({ TableName: table, ...(r.PutRequest ? { Item: r.PutRequest.Item } : { Key: r.DeleteRequest?.Key }) }));
    }
    if (!writes || !isWriteCommand(context.commandName)) return next(args);
    input.ReturnConsumedCapacity = 'INDEXES';
    const result = await next(args);
    for (const c of [(result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity ?? []].flat()) {
      units.table += c.Table?.CapacityUnits ?? 0;
      units.indexes += Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((n, i) => n + (i.CapacityUnits ?? 0), 0);
    }
    return result;
  },
  { step: 'initialize', name: 'countWrites' },
);

const measured: { command: string; written: number; ratio: number; rows: Record<string, number>; tableUnits: number; indexUnits: number; indexRatio: number }[] = [];
const send = async (command: string, method: string, path: string, user: (typeof exampleUsers)[keyof typeof exampleUsers], body: unknown) => {
  const before = written.length;
  const unitsBefore = { ...units };
  const response = await fetch(`${runtime.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${await auth.sign(user)}`, 'content-type': 'application/json', 'idempotency-key': `bench-${measured.length}-${Date.now()}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { id?: string; version?: number };
  if (!response.ok) throw new Error(`${command}: ${response.status} ${JSON.stringify(answer)}`);
  const rows = written.slice(before);
  const byRow: Record<string, number> = {};
  for (const w of rows) byRow[`${w.table}:${w.row}`] = (byRow[`${w.table}:${w.row}`] ?? 0) + 1;
  const [tableUnits, indexUnits] = [units.table - unitsBefore.table, units.indexes - unitsBefore.indexes];
  measured.push({ command, written: rows.length, ratio: rows.length / 2, rows: byRow, tableUnits, indexUnits, indexRatio: Math.round((indexUnits / tableUnits) * 100) / 100 });
  return answer;
};

try {
  await seedExampleData();
  const today = shanghaiDate(new Date());
  const { supervisor, office, inspector, agency } = exampleUsers;
  const item = await send('assign a rectification item', 'POST', '/v1/rectifications', supervisor, {
    problem: { title: '基准：台账不全', description: '' },
    measures: [{ text: '补齐台账' }],
    responsibility: { organisation: 'office-aoyang' },
    deadline: { workingDays: 10 },
  });
  await send('acknowledge it', 'POST', `/v1/rectifications/${item.id}/acknowledge`, office, { expectedVersion: item.version });
  await send('submit a checklist assessment', 'POST', '/v1/checklist-submissions', inspector, officeSubmission('office-sixi', today));
  await send('file an inspection plan', 'POST', '/v1/inspection-filings', agency, {
    enterprise: '91360923MA35F2K8XC',
    inspectionType: 'routine',
    items: ['SC-SP-01'],
    legalBasis: '《中华人民共和国食品安全法》第一百一十条',
    window: { from: addDays(today, 3), to: addDays(today, 3) },
    officers: ['sc-liu', 'sc-chen'],
    approval: { approver: '局长', approvedOn: today },
  });
} finally {
  await runtime.stop();
  await services.stop();
}
console.table(measured.map(({ command, written: n, ratio }) => ({ command, 'items written': n, '÷ minimum (2)': ratio, goal: '≤ 1.5', holds: ratio <= 1.5 })));
console.table(measured.map(({ command, tableUnits, indexUnits, indexRatio }) => ({ command, 'table write units': tableUnits, 'index write units': indexUnits, ratio: indexRatio, goal: '≤ 1', holds: indexRatio <= 1 })));
for (const m of measured) console.log(`${m.command}: ${Object.entries(m.rows).map(([row, n]) => `${row} ×${n}`).join(', ')}`);
mkdirSync('.local/bench', { recursive: true });
writeFileSync('.local/bench/writes-per-command.json', JSON.stringify({ measured, goal: 1.5, indexGoal: 1 }, null, 1));
