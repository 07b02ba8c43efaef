/**
 * `npm run bench`: what the morning reminder pass reads, at 1 000 and at 50 000 rectification items with
 * the same 20 due. Reads go through indexes only, so the cost should not grow with the item count.
 * Figures are DynamoDB read capacity units as DynamoDB Local reports them, plus items returned.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import { assign } from '#shared/rectification/assignment.ts';
import { rectificationRow } from '#shared/rectification/store.ts';
import { defaultRules } from '#shared/rectification/warning-colour.ts';
import { remindTenant } from '#shared/reminders/job.ts';
import { onOwnEmulator, putAll } from './bulk.ts';

const calendar = workingCalendar();

const item = (n: number, due: boolean) => {
  const built = assign(`B${String(n).padStart(25, '0')}`, '360923', { kind: 'manual' }, {
    problem: { title: `基准事项 ${n}`, description: '' },
    measures: [],
    responsibility: { organisation: `office-${n % 27}` },
    severity: 'major',
    // Due ones turn red on the bench day; the rest are far from their deadline and recently assigned.
    deadline: { date: due ? '2026-12-09' : '2026-12-30' },
    evidence: [],
  }, { actor: { kind: 'system', job: 'bench' }, today: due ? '2026-11-20' : '2026-12-07', at: new Date(), calendar, rules: defaultRules });
  if ('field' in built) throw new Error(built.message);
  return rectificationRow(built);
};

const measure = (total: number, due: number) =>
  onOwnEmulator(async ({ db, reset, reading, table: provision }) => {
    const table = await provision(`bench${total}`);
    const started = Date.now();
    await putAll(db, table, Array.from({ length: total }, (_, n) => item(n, n < due)));
    const loadSeconds = (Date.now() - started) / 1000;
    reset();
    const run = await remindTenant(db, table, '360923', new Date('2026-12-10T09:00:00+08:00'));
    return { items: total, due, digests: run.sent.length, ...reading(), loadSeconds };
  });

const rows = [await measure(1_000, 20), await measure(50_000, 20)];
console.table(rows);
const [small, large] = rows;
const ratio = Number((large!.readCapacityUnits / Math.max(small!.readCapacityUnits, 0.5)).toFixed(2));
console.log(`read capacity at 50k / at 1k: ${ratio}×`);
mkdirSync('.local/bench', { recursive: true });
writeFileSync('.local/bench/reminders-read-cost.json', JSON.stringify({ rows, readsAt50kOver1k: ratio }, null, 1));
