import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '#shared/store/cursor.ts';

const partition = { attribute: 'gsi2pk', value: 'T#360923#RECT#ORG#office-aoyang' };
const key = { pk: 'T#360923#RECT#01J', sk: 'ITEM', gsi2pk: partition.value, gsi2sk: '2026-12-01#01J' };
const forged = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');

describe('paging cursors', () => {
  it('continue the query they came from', () => {
    expect(decodeCursor(encodeCursor('gsi2', key), 'gsi2', partition)).toEqual(key);
  });

  it('answer 400 on query.cursor for anything else, never reaching DynamoDB', () => {
    const refused = (cursor: string) => {
      try {
        decodeCursor(cursor, 'gsi2', partition);
      } catch (error) {
        return (error as { status: number; fields: { path: string }[] }).status === 400 && (error as { fields: { path: string }[] }).fields[0]!.path === 'query.cursor';
      }
      return false;
    };
    expect(refused('not base64 json')).toBe(true);
    expect(refused(forged({ i: 'gsi2', k: { gsi2pk: partition.value } }))).toBe(true); // the forged cursor of the hardening report
    expect(refused(forged({ i: 'gsi2', k: { ...key, extra: 'x' } }))).toBe(true);
    expect(refused(forged({ i: 'gsi2', k: { ...key, gsi2pk: 'T#430922#RECT#ORG#bureau' } }))).toBe(true);
    expect(refused(forged({ i: 'gsi3', k: key }))).toBe(true);
    expect(refused(forged({ i: 'gsi2', k: { ...key, sk: 7 } }))).toBe(true);
  });
});
