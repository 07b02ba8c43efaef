import { describe, expect, it } from 'vitest';
import { actionLabels, dateTime, fileSize, statusLabels, workingDaysLeft } from '../../../web/src/lib/format.ts';
import { commandRoutes } from '#shared/rectification/command-routes.ts';
import { RectificationStatus } from '#shared/rectification/rectification.ts';

describe('what the web pages show', () => {
  it('says how many working days are left, that it is due today, or how far overdue', () => {
    expect(workingDaysLeft(10)).toBe('剩余 10 个工作日');
    expect(workingDaysLeft(0)).toBe('今日到期');
    expect(workingDaysLeft(-3)).toBe('已超期 3 个工作日');
    expect(workingDaysLeft(null)).toBe('');
  });

  it('shows instants in Beijing time as YYYY-MM-DD HH:mm, whatever zone the browser is in', () => {
    expect(dateTime('2026-12-01T16:30:00Z')).toBe('2026-12-02 00:30');
  });

  it('has a Chinese label for every status and every command the API offers', () => {
    expect(Object.keys(statusLabels).sort()).toEqual([...RectificationStatus.options].sort());
    expect(Object.keys(actionLabels).sort()).toEqual(Object.keys(commandRoutes).sort());
  });

  it('shows file sizes in KB below a megabyte and in MB with one decimal above', () => {
    expect(fileSize(10)).toBe('1 KB');
    expect(fileSize(340 * 1024)).toBe('340 KB');
    expect(fileSize(5 * 1024 * 1024 + 200 * 1024)).toBe('5.2 MB');
  });
});
