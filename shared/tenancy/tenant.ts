import * as z from 'zod';

/** 租户: one county-level judicial administration bureau, named by its GB/T 2260 division code. */
export const TenantCode = z.string().regex(/^\d{6}$/, 'must be a 6-digit administrative division code (GB/T 2260)');
export type TenantCode = z.infer<typeof TenantCode>;

export const Role = z.enum(['admin', 'supervisor', 'inspector', 'agency', 'office']);
export type Role = z.infer<typeof Role>;

/**
 * Every record key starts with the tenant, so a query built from a caller's tenant
 * cannot reach another tenant's records.
 */
export const tenantKey = (tenant: TenantCode, ...parts: string[]): string => ['T', tenant, ...parts].join('#');
