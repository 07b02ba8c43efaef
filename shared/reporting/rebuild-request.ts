import * as z from 'zod';
import { TenantCode } from '../tenancy/tenant.ts';

/** What an operator sends the report-rebuild function (`aws lambda invoke`, or `npm run reports:rebuild` locally). */
export const RebuildRequest = z.strictObject({ tenant: TenantCode, year: z.int().min(2000).max(2100) });
export type RebuildRequest = z.infer<typeof RebuildRequest>;
