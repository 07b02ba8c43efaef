/**
 * `npm run bench` (last): every figure the parts wrote to .local/bench/, each with its goal and whether it
 * holds, beside the previous run's value. The figures go to .local/bench/summary.json; the run before is
 * kept as summary.previous.json.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', '.local', 'bench');
const read = <T>(file: string): T | undefined => (existsSync(path.join(dir, file)) ? (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T) : undefined);

type Figure = { figure: string; value: number; unit: string; goal: number; direction: 'at most' | 'at least' };
const figures: Figure[] = [];
const add = (figure: string, value: number | undefined, unit: string, goal: number, direction: Figure['direction'] = 'at most') => {
  if (value !== undefined && Number.isFinite(value)) figures.push({ figure, value, unit, goal, direction });
};

const bundles = read<{ librariesFloor?: number; rows: { name: string; sizeKb: number; sizeGoalKb?: number; initRatio: number; initGoal: number; initRatioWithSourceMaps: number }[] }>('bundles.json');
for (const row of bundles?.rows ?? []) {
  add(`cold init ÷ bare handler: ${row.name}`, row.initRatio, '×', row.initGoal);
  if (row.sizeGoalKb !== undefined) add(`bundle size: ${row.name}`, row.sizeKb, 'kB', row.sizeGoalKb);
}
const writes = read<{ measured: { command: string; ratio: number; indexRatio?: number }[]; goal: number; indexGoal?: number }>('writes-per-command.json');
for (const m of writes?.measured ?? []) add(`items written ÷ minimum: ${m.command}`, m.ratio, '×', writes!.goal);
for (const m of writes?.measured ?? []) add(`index write units ÷ table write units: ${m.command}`, m.indexRatio, '×', writes!.indexGoal ?? 1);
const throughput = read<{ medianRatio: number; goal: number }>('throughput.json');
add('API creations/s ÷ raw 2-put transactions/s', throughput?.medianRatio, '×', 0.5, 'at least');
const exportsCost = read<{ figures: { exportReadsAt50kOver1k: number; quarterlyReadsAt50kOver1k: number } }>('exports-read-cost.json');
add('export reads, 50k ÷ 1k items outside the quarter', exportsCost?.figures.exportReadsAt50kOver1k, '×', 1.1);
add('quarterly report reads, 50k ÷ 1k items outside the quarter', exportsCost?.figures.quarterlyReadsAt50kOver1k, '×', 1.1);
const reminders = read<{ readsAt50kOver1k: number }>('reminders-read-cost.json');
add('reminder pass reads, 50k ÷ 1k items (same number due)', reminders?.readsAt50kOver1k, '×', 1.1);
const reports = read<{ readsAt50kOver10k: Record<string, number> }>('reports-read-cost.json');
for (const [report, ratio] of Object.entries(reports?.readsAt50kOver10k ?? {})) add(`report reads, 50k ÷ 10k subjects: ${report}`, ratio, '×', 1.1);
const lag = read<{ p50Ms: number; p99Ms: number; consumerWrites?: { perEvent: number; goal: number } }>('event-lag.json');
add('event lag to a consumer at 10 creations/s: p50', lag?.p50Ms, 'ms', 1000);
add('event lag to a consumer at 10 creations/s: p99', lag?.p99Ms, 'ms', 1000);
add('reporting consumer write requests ÷ events handled', lag?.consumerWrites?.perEvent, '×', lag?.consumerWrites?.goal ?? 1);
const start = read<{ secondStartMs: number }>('start-time.json');
add('npm start to ready, second start', start?.secondStartMs, 'ms', 5000);
const web = read<{ shippedGzip: { enterprisePage: { jsKb: number } }; enterprisePageSlow4gCpu4x: { medianOf5: { usableMs: number } } }>('web-pages.json');
add('enterprise page JS shipped (gzip)', web?.shippedGzip.enterprisePage.jsKb, 'kB', 150);
add('enterprise page usable, 4× CPU + slow 4G', web?.enterprisePageSlow4gCpu4x.medianOf5.usableMs, 'ms', 2000);

const previous = new Map((read<{ figures: Figure[] }>('summary.json')?.figures ?? []).map((f) => [f.figure, f.value]));
const holds = (f: Figure) => (f.direction === 'at most' ? f.value <= f.goal : f.value >= f.goal);
console.log('\nEvery figure of this run, with its goal (and the last run\'s value where there was one):');
for (const f of figures) {
  const before = previous.get(f.figure);
  console.log(`${holds(f) ? 'holds ' : 'MISSES'}  ${f.figure.padEnd(62)} ${`${f.value} ${f.unit}`.padStart(11)}  goal ${f.direction === 'at most' ? '≤' : '≥'} ${f.goal} ${f.unit}${before === undefined ? '' : `  (last run ${before} ${f.unit})`}`);
}
console.log(`${figures.filter(holds).length} of ${figures.length} figures hold their goal.`);
if (bundles?.librariesFloor !== undefined) console.log(`(Cold init of the libraries alone, with no code of ours: ${bundles.librariesFloor}× — the floor under every HTTP function's ratio.)`);
if (existsSync(path.join(dir, 'summary.json'))) renameSync(path.join(dir, 'summary.json'), path.join(dir, 'summary.previous.json'));
writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ at: new Date().toISOString(), figures: figures.map((f) => ({ ...f, holds: holds(f) })) }, null, 1));
