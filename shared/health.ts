type Probe = () => Promise<unknown>;
type Check = { status: 'ok' | 'unreachable'; error?: string };

const run = async (probe: Probe): Promise<Check> => {
  try {
    await probe();
    return { status: 'ok' };
  } catch (error) {
    return { status: 'unreachable', error: (error as Error).name };
  }
};

/** Probes every dependency at once; one unreachable dependency makes the whole report fail. */
export const checkHealth = async (probes: { table: Probe; queues: Record<string, Probe> }) => {
  const [table, ...queues] = await Promise.all([probes.table, ...Object.values(probes.queues)].map(run));
  const queueChecks = Object.fromEntries(Object.keys(probes.queues).map((name, i) => [name, queues[i]!]));
  const all = [table!, ...queues];
  return {
    status: all.every((check) => check.status === 'ok') ? ('ok' as const) : ('degraded' as const),
    checks: { table: table!, queues: queueChecks },
  };
};
