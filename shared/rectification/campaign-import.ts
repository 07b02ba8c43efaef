import { type CalendarDate, UnknownCalendarYear, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { FieldProblem } from '../http/errors.ts';
import type { Organisation } from '../organisation/organisation.ts';
import { type AssignmentInput, maxDatedMeasures } from './assignment.ts';

/** A cell as read from the sheet: rich text, formulas and links already reduced to what they show. */
export type SheetCell = string | number | boolean | Date | undefined;
/** `number` is the row number the spreadsheet program shows. */
export type SheetRow = { number: number; cells: readonly SheetCell[] };

/**
 * The columns of the list a bureau receives (问题 / 整改措施 / 责任单位 / 责任人 / 整改时限 / 督促单位), found by their
 * header wherever they stand; other columns (序号, 备注 …) are ignored. The first name is the one the template uses.
 */
export const importColumns = {
  problem: { headers: ['问题', '存在问题', '问题描述', '问题清单'], required: true },
  measure: { headers: ['整改措施', '措施', '整改任务'], required: true },
  organisation: { headers: ['责任单位', '责任部门'], required: true },
  person: { headers: ['责任人'], required: false },
  deadline: { headers: ['整改时限', '完成时限', '时限要求'], required: true },
  supervising: { headers: ['督促单位', '监督单位', '督办单位'], required: false },
  leader: { headers: ['责任领导', '分管领导'], required: false },
} as const;
type Column = keyof typeof importColumns;

/** More rows than any real list; an upload longer than this is a mistake (a whole register, a wrong sheet). */
export const maxImportRows = 1000;
const maxMeasuresPerItem = 200;
const titleLength = 200;

const letter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26));
const textOf = (cell: SheetCell) => (cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).replace(/\s+/g, ' ').trim();
const compact = (header: SheetCell) => textOf(header).replace(/[\s*＊]/g, '');

type Header = { row: number; at: Record<Column, number | undefined> };

/** The header row: the first of the top ten rows naming every required column. */
const headerOf = (rows: readonly SheetRow[]): Header | undefined => {
  for (const row of rows.slice(0, 10)) {
    const names = row.cells.map(compact);
    const at = Object.fromEntries(
      (Object.keys(importColumns) as Column[]).map((column) => {
        const index = names.findIndex((name) => (importColumns[column].headers as readonly string[]).includes(name));
        return [column, index >= 0 ? index : undefined];
      }),
    ) as Header['at'];
    if ((Object.keys(importColumns) as Column[]).every((c) => !importColumns[c].required || at[c] !== undefined)) return { row: row.number, at };
  }
  return undefined;
};

const pad = (n: string) => n.padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * 整改时限 as bureaus write it: a date cell, 2027-03-31, 2027/3/31, 2027.3.31, 2027年3月31日(前), 2027年3月底(前), or
 * "20个工作日(内)" counted from today in Chinese working days.
 */
export const deadlineOf = (cell: SheetCell, today: CalendarDate, calendar: WorkingCalendar): { date: CalendarDate } | { problem: string } => {
  if (cell instanceof Date) return checked(cell.toISOString().slice(0, 10), today, calendar);
  const text = textOf(cell).replace(/\s/g, '').replace(/(前|之前|以前)$/, '');
  const days = /^(\d{1,3})个?工作日内?$/.exec(text);
  if (days) {
    const count = Number(days[1]);
    if (count < 1 || count > 250) return { problem: '工作日数应在 1 到 250 之间' };
    try {
      return { date: calendar.workingDaysAfter(today, count) };
    } catch (error) {
      if (error instanceof UnknownCalendarYear) return { problem: unknownYear(error.year) };
      throw error;
    }
  }
  const endOfMonth = /^(\d{4})年(\d{1,2})月(底|末)$/.exec(text);
  if (endOfMonth) {
    const [year, month] = [Number(endOfMonth[1]), Number(endOfMonth[2])];
    if (month < 1 || month > 12) return { problem: `「${textOf(cell)}」不是有效的月份` };
    return checked(`${year}-${pad(String(month))}-${lastDayOf(year, month)}`, today, calendar);
  }
  const date = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (date) return checked(`${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`, today, calendar);
  if (text === '') return { problem: '必填：请填写日期（如 2027-03-31）或工作日数（如 20个工作日）' };
  return { problem: `无法识别「${textOf(cell)}」，请填写日期（如 2027-03-31、2027年3月底）或工作日数（如 20个工作日）` };
};

const unknownYear = (year: number) => `${year} 年的放假调休安排尚未录入，无法计算工作日和预警日期：请管理员先在「设置 › 工作日历」中录入该年，再导入`;

const checked = (date: string, today: CalendarDate, calendar: WorkingCalendar): { date: CalendarDate } | { problem: string } => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOf(year, month)) return { problem: `${date} 不是有效的日期` };
  if (date <= today) return { problem: `${date} 不在今天（${today}）之后` };
  // Warning dates are counted back from the deadline in working days, as for any item assigned by hand.
  if (!calendar.knowsYear(year)) return { problem: unknownYear(year) };
  return { date };
};

/** Finds an organisation of the bureau by its name, short name or id, as a person writes it in a cell. */
const organisationFinder = (organisations: readonly Organisation[]) => {
  const byName = new Map<string, Organisation>();
  for (const o of organisations) for (const name of [o.id, o.name, o.shortName]) if (name) byName.set(name.replace(/\s/g, ''), o);
  return (written: string): { id: string } | { problem: string } => {
    if (/[、,，;；/]/.test(written)) return { problem: `「${written}」写了多个单位：每行只能有一个责任单位，多个单位请分行填写` };
    const found = byName.get(written.replace(/\s/g, ''));
    if (!found) return { problem: `「${written}」不是本局的单位，请使用「设置 › 组织机构」中的名称` };
    if (!found.active) return { problem: `「${found.name}」已停用，不再接收新的整改任务` };
    return { id: found.id };
  };
};

/** One item to assign: a problem of one responsible unit with its measures, and the rows it came from. */
export type ImportGroup = { rows: number[]; input: AssignmentInput };
export type ImportPlan = { groups: ImportGroup[]; rows: number } | { problems: FieldProblem[] };

/**
 * Reads the rows of an uploaded list into items, or every problem of every row. One row is one measure (措施); rows
 * with the same problem and responsible unit make one item, a blank 问题 (as under a merged cell) continuing the row
 * above. The item's deadline is its latest measure's; each measure keeps its own row's date.
 */
export const planImport = (
  rows: readonly SheetRow[],
  context: { organisations: readonly Organisation[]; today: CalendarDate; calendar: WorkingCalendar; campaign: string },
): ImportPlan => {
  const header = headerOf(rows);
  if (!header) {
    const names = (Object.keys(importColumns) as Column[]).filter((c) => importColumns[c].required).map((c) => importColumns[c].headers[0]);
    return { problems: [{ path: 'body', message: `前 10 行中没有找到表头：需要「${names.join('」「')}」列，请使用导入模板` }] };
  }
  const problems: (FieldProblem & { row: number; column: number })[] = [];
  const find = organisationFinder(context.organisations);
  const cell = (row: SheetRow, column: Column) => (header.at[column] === undefined ? undefined : row.cells[header.at[column]]);
  const refuse = (row: SheetRow, column: Column | undefined, message: string) => {
    const index = column && header.at[column];
    problems.push(
      index === undefined || !column
        ? { row: row.number, column: -1, path: `body.rows.${row.number}`, message: `第 ${row.number} 行：${message}` }
        : { row: row.number, column: index, path: `body.rows.${row.number}.${letter(index)}`, message: `第 ${row.number} 行 ${letter(index)} 列（${importColumns[column].headers[0]}）：${message}` },
    );
  };

  const data = rows.filter((row) => row.number > header.row && row.cells.some((c) => textOf(c) !== ''));
  if (data.length === 0) return { problems: [{ path: 'body', message: '表头下没有整改措施行' }] };
  if (data.length > maxImportRows) return { problems: [{ path: 'body', message: `一次最多导入 ${maxImportRows} 行，本表有 ${data.length} 行` }] };

  const groups = new Map<string, ImportGroup>();
  let problemAbove = '';
  for (const row of data) {
    const problem = textOf(cell(row, 'problem')) || problemAbove;
    problemAbove = problem;
    const measure = textOf(cell(row, 'measure'));
    const written = { organisation: textOf(cell(row, 'organisation')), supervising: textOf(cell(row, 'supervising')) };
    const before = problems.length;
    if (!problem) refuse(row, 'problem', '必填');
    if (problem.length > 4000) refuse(row, 'problem', `不能超过 4000 字，现有 ${problem.length} 字`);
    if (!measure) refuse(row, 'measure', '必填');
    if (measure.length > 2000) refuse(row, 'measure', `不能超过 2000 字，现有 ${measure.length} 字`);
    const organisation = written.organisation ? find(written.organisation) : { problem: '必填' };
    if ('problem' in organisation) refuse(row, 'organisation', organisation.problem);
    const supervising = written.supervising ? find(written.supervising) : undefined;
    if (supervising && 'problem' in supervising) refuse(row, 'supervising', supervising.problem);
    const person = textOf(cell(row, 'person'));
    if (person.length > 100) refuse(row, 'person', '不能超过 100 字');
    const leader = textOf(cell(row, 'leader'));
    if (leader.length > 100) refuse(row, 'leader', '不能超过 100 字');
    const deadline = deadlineOf(cell(row, 'deadline'), context.today, context.calendar);
    if ('problem' in deadline) refuse(row, 'deadline', deadline.problem);
    if (problems.length > before || 'problem' in organisation || 'problem' in deadline || (supervising && 'problem' in supervising)) continue;

    const key = [problem, organisation.id, supervising?.id ?? ''].join('\u0000');
    const group = groups.get(key) ?? {
      rows: [],
      input: {
        problem: problem.length > titleLength ? { title: `${problem.slice(0, titleLength - 1)}…`, description: problem } : { title: problem, description: '' },
        measures: [],
        responsibility: {
          organisation: organisation.id,
          ...(supervising ? { supervisingOrganisation: supervising.id } : {}),
          ...(person ? { person } : {}),
          ...(leader ? { supervisingLeader: leader } : {}),
        },
        severity: 'major',
        deadline: { date: deadline.date },
        evidence: [],
        campaign: context.campaign,
      },
    };
    if (group.input.measures.length === maxMeasuresPerItem) {
      refuse(row, 'measure', `同一问题、同一责任单位最多 ${maxMeasuresPerItem} 条措施`);
      continue;
    }
    group.input.measures.push({ text: measure, dueDate: deadline.date, ...(person ? { owner: person } : {}) });
    group.rows.push(row.number);
    const latest = 'date' in group.input.deadline && group.input.deadline.date > deadline.date ? group.input.deadline.date : deadline.date;
    group.input.deadline = { date: latest };
    groups.set(key, group);
  }
  // A measure due with its item needs no date of its own; the earlier ones keep theirs (each one a reminder row).
  for (const group of groups.values()) {
    const deadline = 'date' in group.input.deadline ? group.input.deadline.date : undefined;
    group.input.measures = group.input.measures.map(({ dueDate, ...measure }) => (dueDate === deadline ? measure : { ...measure, dueDate }));
    const dated = group.input.measures.flatMap((m, i) => (m.dueDate ? [i] : []));
    if (dated.length > maxDatedMeasures) {
      const row = data.find((r) => r.number === group.rows[dated[maxDatedMeasures]!])!;
      refuse(row, 'deadline', `同一问题、同一责任单位最多 ${maxDatedMeasures} 条措施早于问题的整改时限，请拆分问题`);
    }
  }
  // In reading order, as the person will fix them.
  if (problems.length) return { problems: problems.sort((a, b) => a.row - b.row || a.column - b.column).map(({ path, message }) => ({ path, message })) };
  return { groups: [...groups.values()], rows: data.length };
};
