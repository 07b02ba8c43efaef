/** A report period as the API takes it (`from`/`to` spanning one calendar month, quarter or year) and its name. */
export type ReportPeriod = { kind: 'month' | 'quarter' | 'year'; year: number; index: number };
export type PeriodRange = { from: string; to: string; label: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, firstMonth: number, lastMonth: number) => ({ from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}` });

export const rangeOf = (period: ReportPeriod): PeriodRange => {
  switch (period.kind) {
    case 'month':
      return { ...span(period.year, period.index, period.index), label: `${period.year}年${period.index}月` };
    case 'quarter':
      return { ...span(period.year, period.index * 3 - 2, period.index * 3), label: `${period.year}年第${'一二三四'[period.index - 1]}季度` };
    case 'year':
      return { ...span(period.year, 1, 12), label: `${period.year}年` };
  }
};

/** The months of `year` up to and including `upTo` (YYYY-MM-DD), for a trend over the year so far. */
export const monthsOf = (year: number, upTo: string): PeriodRange[] => {
  const last = Number(upTo.slice(0, 4)) > year ? 12 : Number(upTo.slice(5, 7));
  return Array.from({ length: last }, (_, i) => rangeOf({ kind: 'month', year, index: i + 1 }));
};
