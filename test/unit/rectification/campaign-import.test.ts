import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exampleOrganisations } from '#infra/local/example-data.ts';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import { deadlineOf, planImport, type SheetRow } from '#shared/rectification/campaign-import.ts';
import { readSheetRows } from '#shared/rectification/campaign-sheet.ts';
import { leastPlausibleYear } from '../../support/calendar-years.ts';

// 2027 and 2028 are test years the bureau has entered (the bundled data stops at 2026).
const calendar = workingCalendar([leastPlausibleYear(2027), leastPlausibleYear(2028)]);
const today = '2026-12-02';
const header: SheetRow = { number: 2, cells: ['序号', '问题', '整改措施', '责任单位', '责任人', '整改时限', '督促单位'] };
const rows = (...data: unknown[][]): SheetRow[] => [{ number: 1, cells: ['某专项问题整改清单'] }, header, ...data.map((cells, i) => ({ number: 3 + i, cells: cells as SheetRow['cells'] }))];
const plan = (sheet: SheetRow[], organisations = exampleOrganisations) => planImport(sheet, { organisations, today, calendar, campaign: 'C1' });

describe('整改时限 as bureaus write it', () => {
  it.each([
    [new Date(Date.UTC(2027, 2, 31)), '2027-03-31'],
    ['2027-03-31', '2027-03-31'],
    ['2027/3/31', '2027-03-31'],
    ['2027.3.5', '2027-03-05'],
    ['2027年3月31日前', '2027-03-31'],
    ['2027年2月底', '2027-02-28'],
    ['2028年2月底前', '2028-02-29'],
    // 2026-12-02 is a Wednesday; ten working days on is 2026-12-16.
    ['10个工作日', '2026-12-16'],
    ['10个工作日内', '2026-12-16'],
  ])('%s is %s', (cell, date) => expect(deadlineOf(cell as string, today, calendar)).toEqual({ date }));

  it.each([
    ['三月底', '无法识别「三月底」'],
    ['2026-12-02', '不在今天（2026-12-02）之后'],
    ['2027-02-29', '2027-02-29 不是有效的日期'],
    ['2027年13月底', '不是有效的月份'],
    ['0个工作日', '1 到 250'],
    [undefined, '必填'],
    ['2029-01-31', '2029 年的放假调休安排尚未录入'],
  ])('refuses %s', (cell, message) => expect(deadlineOf(cell, today, calendar)).toEqual({ problem: expect.stringContaining(message) }));
});

describe('planning an import', () => {
  it('makes one item of each problem and responsible unit, a blank problem continuing the row above', () => {
    const result = plan(
      rows(
        [1, '台账不全', '补齐台账', '敖阳司法所', '张三', '2027-03-31', '上高县司法局行政执法协调监督股'],
        [2, undefined, '建立核对制度', '敖阳司法所', '李四', '2027-01-29'],
        [3, '台账不全', '补齐台账', '锦江司法所', undefined, '2027-03-31'],
        [],
        [4, '  公示\n不及时 ', '按月公示', 'office-sixi', undefined, '2027-02-26'],
      ),
    );
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    expect(result.rows).toBe(4);
    expect(result.groups.map((g) => [g.input.problem.title, g.input.responsibility.organisation, g.rows, g.input.deadline])).toEqual([
      ['台账不全', 'office-aoyang', [3], { date: '2027-03-31' }],
      ['台账不全', 'office-aoyang', [4], { date: '2027-01-29' }],
      ['台账不全', 'office-jinjiang', [5], { date: '2027-03-31' }],
      ['公示 不及时', 'office-sixi', [7], { date: '2027-02-26' }],
    ]);
  });

  it('keeps one item per problem and unit, its deadline the latest measure’s, and a date only on the measures due earlier', () => {
    const result = plan(rows([1, '台账不全', '补齐台账', '敖阳司法所', '张三', '2027-03-31'], [2, undefined, '建立核对制度', '敖阳司法所', '李四', '2027-01-29']));
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    // The second row has no 督促单位 and so the same key as the first.
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]!.input).toMatchObject({
      deadline: { date: '2027-03-31' },
      measures: [{ text: '补齐台账', owner: '张三' }, { text: '建立核对制度', owner: '李四', dueDate: '2027-01-29' }],
      responsibility: { organisation: 'office-aoyang', person: '张三' },
      campaign: 'C1',
    });
    expect(result.groups[0]!.input.measures[0]).not.toHaveProperty('dueDate');
  });

  it('keeps a long problem whole in its description, the title cut short', () => {
    const long = '问'.repeat(300);
    const result = plan(rows([1, long, '整改', '敖阳司法所', undefined, '2027-03-31']));
    if ('problems' in result) throw new Error('refused');
    expect(result.groups[0]!.input.problem).toEqual({ title: `${'问'.repeat(199)}…`, description: long });
  });

  it('names every bad cell, in reading order, and finds the header wherever it stands', () => {
    const deactivated = exampleOrganisations.map((o) => (o.id === 'office-hantang' ? { ...o, active: false } : o));
    const result = plan(rows([1, '问题一', '', '翰堂司法所', undefined, '下个月'], [2, '', '措施', '敖阳司法所', undefined, '2027-03-31', '不认识的局']), deactivated);
    expect(result).toEqual({
      problems: [
        { path: 'body.rows.3.C', message: '第 3 行 C 列（整改措施）：必填' },
        { path: 'body.rows.3.D', message: '第 3 行 D 列（责任单位）：「翰堂司法所」已停用，不再接收新的整改任务' },
        { path: 'body.rows.3.F', message: expect.stringContaining('无法识别「下个月」') },
        { path: 'body.rows.4.G', message: expect.stringContaining('「不认识的局」不是本局的单位') },
      ],
    });
  });

  it('says which columns it looked for when there is no header, and refuses an empty list', () => {
    expect(plan([{ number: 1, cells: ['问题', '措施说明'] }])).toEqual({ problems: [{ path: 'body', message: expect.stringContaining('「问题」「整改措施」「责任单位」「整改时限」') }] });
    expect(plan(rows())).toEqual({ problems: [{ path: 'body', message: '表头下没有整改措施行' }] });
  });
});

describe('reading an uploaded workbook', () => {
  it('refuses a file that is not a workbook, and one that would unpack into more than a list could be', async () => {
    await expect(readSheetRows(Buffer.from('问题,整改措施'))).rejects.toThrow('不是有效的 .xlsx 文件');
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(65 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readSheetRows(bomb)).rejects.toThrow('文件解压后超过 64 MB');
  });
});
