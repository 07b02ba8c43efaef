import { describe, expect, it } from 'vitest';
import { organisationNames } from '#shared/organisation/display-names.ts';

describe('organisation names', () => {
  const name = organisationNames([{ id: 'agency-market', name: '县市场监督管理局' }], new Map([['91360923MA35F2K8XC', '上高县锦绣食品有限公司']]));

  it('names organisations, the enterprises an agency follows up, and enterprises by credit code', () => {
    expect(name('agency-market')).toBe('县市场监督管理局');
    expect(name('enterprises:agency-market')).toBe('县市场监督管理局督促的企业');
    expect(name('enterprise:91360923MA35F2K8XC')).toBe('上高县锦绣食品有限公司');
  });

  it('shows an id nobody knows as it is, rather than nothing', () => {
    expect(name('office-gone')).toBe('office-gone');
    expect(name('enterprise:91360923MA36C7WN0K')).toBe('企业（91360923MA36C7WN0K）');
  });
});
