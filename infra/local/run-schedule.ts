import { runningStackUrl } from './running-stack.ts';

/** `npm run schedule -- <schedule> [instant]`: asks the running local stack to run a schedule now, as if at `instant`. */
const [name, at] = process.argv.slice(2);
if (!name) {
  console.error('usage: npm run schedule -- <schedule-name> [ISO instant, e.g. 2026-12-01T09:00:00+08:00]');
  process.exit(2);
}
const base = await runningStackUrl();
const response = await fetch(`${base}/_local/schedules/run`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name, at }),
});
console.log(response.status, await response.text());
process.exitCode = response.ok ? 0 : 1;
