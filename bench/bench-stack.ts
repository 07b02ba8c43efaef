import { devAuth } from '#infra/local/dev-auth.ts';
import { startEmbeddedServices } from '#infra/local/embedded-services.ts';
import { type RuntimeOptions, startRuntime } from '#infra/local/runtime.ts';

/**
 * The whole stack in this process as `npm start` runs it, for a bench: on a free port, quiet, no schedules on
 * the clock, no saved stream checkpoints. `wrap` sees each function's handler (to tell their work apart).
 */
export const benchStack = async (stage: string, wrap?: RuntimeOptions['wrap']) => {
  const services = await startEmbeddedServices();
  const auth = await devAuth();
  const runtime = await startRuntime({ stage, services, auth, checkpoints: { load: () => ({}), save: () => undefined }, httpPort: 0, runSchedulesOnTime: false, log: () => undefined, ...(wrap ? { wrap } : {}) });
  return { services, auth, runtime };
};
