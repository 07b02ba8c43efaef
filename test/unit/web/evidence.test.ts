import { describe, expect, it } from 'vitest';
import { fileSize } from '../../../web/src/lib/evidence.ts';

describe('file sizes as people read them', () => {
  it('shows KB below a megabyte and MB with one decimal above', () => {
    expect(fileSize(10)).toBe('1 KB');
    expect(fileSize(340 * 1024)).toBe('340 KB');
    expect(fileSize(5 * 1024 * 1024 + 200 * 1024)).toBe('5.2 MB');
  });
});
