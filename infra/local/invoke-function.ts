import { runningStackUrl } from './running-stack.ts';

/**
 * Operator tools on the running local stack, as `aws lambda invoke` would run them in AWS:
 *   npm run reports:rebuild -- <tenant> <year>
 *   npm run events:replay -- <consumer> <from> <to> [tenant]
 * A replay that stops part-way (its `next`) is invoked again from there until the range is done.
 */
const [command, ...args] = process.argv.slice(2);

const invoke = async (name: string, payload: Record<string, unknown>) => {
  const base = await runningStackUrl();
  const response = await fetch(`${base}/_local/functions/${name}/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const answer = (await response.json()) as Record<string, unknown> & { errorMessage?: string };
  if (!response.ok) {
    console.error(`${name} failed: ${answer.errorMessage ?? response.status}`);
    process.exit(1);
  }
  return answer;
};

if (command === 'reports:rebuild' && args.length === 2) {
  console.log(JSON.stringify(await invoke('report-rebuild', { tenant: args[0], year: Number(args[1]) }), null, 2));
} else if (command === 'events:replay' && (args.length === 3 || args.length === 4)) {
  const [consumer, from, to, tenant] = args;
  let cursor: string | undefined;
  do {
    const answer = await invoke('event-replay', { consumer, from, to, ...(tenant ? { tenant } : {}), ...(cursor ? { cursor } : {}) });
    console.log(JSON.stringify(answer));
    cursor = answer.next as string | undefined;
  } while (cursor);
} else {
  console.error(`usage: npm run reports:rebuild -- <tenant> <year>          e.g. 360923 2026
       npm run events:replay -- <consumer> <from> <to> [tenant]  e.g. reporting 2026-01-01T00:00:00+08:00 2026-12-31T23:59:59+08:00`);
  process.exit(2);
}
