/**
 * The fingerprint of the request that created a record (shared/http/idempotency-key.ts), kept with the
 * record under a symbol: the spreads every change is made of carry it along, while JSON (API answers,
 * events, the record's stored copy) never shows it. Stores write it beside the record (`fingerprintColumn`)
 * and put it back when they read the row (`withStoredFingerprint`).
 */
const createdBy = Symbol('fingerprint of the creating request');
type Fingerprinted = { [createdBy]?: string };

export const fingerprintOf = (record: object): string | undefined => (record as Fingerprinted)[createdBy];
export const withFingerprint = <T extends object>(record: T, fingerprint: string | undefined): T => (fingerprint ? { ...record, [createdBy]: fingerprint } : record);
export const fingerprintColumn = (record: object) => {
  const fingerprint = fingerprintOf(record);
  return fingerprint ? { requestFingerprint: fingerprint } : {};
};
export const withStoredFingerprint = <T extends object>(record: T, row: Record<string, unknown>): T =>
  withFingerprint(record, typeof row.requestFingerprint === 'string' ? row.requestFingerprint : undefined);
