import * as z from 'zod';

/** An inspected enterprise, known by its unified social credit code; it has no account. */
export const Enterprise = z.object({ creditCode: z.string().length(18), name: z.string().min(1), address: z.string() });
export type Enterprise = z.infer<typeof Enterprise>;
