import * as z from 'zod';
import { operation } from '../http/operation.ts';
import { bundledArrangement, CalendarChange, DayChange, YearSource } from './calendar-year.ts';
import { CalendarDate, YearArrangement } from './working-calendar.ts';
import { RevertQuery, YearArrangementBody } from './year-arrangement-input.ts';

const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const shapeOnly = bundledArrangement(2026)!;

export const WorkingCalendarYear = z
  .object({
    year: z.number().int(),
    source: YearSource,
    daysOff: z.array(CalendarDate).meta({ description: 'weekdays off in force (empty when the year is unknown)' }),
    makeUpWorkdays: z.array(CalendarDate).meta({ description: 'weekend days worked (调休) in force' }),
    history: z.array(CalendarChange).meta({ description: "every change of this bureau's entry, oldest first" }),
  })
  .meta({ id: 'WorkingCalendarYear' });

const YearChanged = WorkingCalendarYear.extend({
  sourceBefore: YearSource,
  changes: z.array(DayChange).meta({ description: 'the days whose kind this request changed (none when the year was unknown before)' }),
});

export const calendarApi = {
  years: operation({
    operationId: 'listWorkingCalendarYears',
    method: 'GET',
    path: '/v1/working-calendar/years',
    tag: '设置',
    summary: '工作日历 · List the years the bureau entered itself',
    description: 'Years the bundled State Council data covers need no entry; a year neither knows is refused by every deadline (422 calendar_unknown).',
    roles: [],
    responses: { 200: { description: 'the entered years', schema: z.object({ years: z.array(YearArrangement) }) } },
  }),
  readYear: operation({
    operationId: 'readWorkingCalendarYear',
    method: 'GET',
    path: '/v1/working-calendar/years/{year}',
    tag: '设置',
    summary: '查看某年工作日历 · Read the arrangement in force for a year, where it comes from, and its history',
    roles: [],
    params: Year,
    responses: { 200: { description: 'the year in force', schema: WorkingCalendarYear } },
  }),
  enterYear: operation({
    operationId: 'enterWorkingCalendarYear',
    method: 'PUT',
    path: '/v1/working-calendar/years/{year}',
    tag: '设置',
    summary: "录入放假调休安排 · Enter a year's holiday arrangement",
    description:
      'Every statutory holiday (元旦, 春节 初一至初三, 清明, 劳动节, 端午, 中秋, 国庆 1–3 October) must be off and make-up days must be weekends, or 422 names the problem. ' +
      'A year the bundled State Council data knows is only amended with `override: true` and a reason; the answer lists the days that change.',
    roles: ['admin'],
    params: Year,
    body: YearArrangementBody,
    refusals: { 409: ['conflict'], 422: ['unprocessable'] },
    responses: { 200: { description: 'the arrangement now in force, and the days this changed', schema: YearChanged } },
    // The shape, shown with 2026 as the State Council published it: a coming year is entered from its own notice.
    example: { daysOff: shapeOnly.daysOff, makeUpWorkdays: shapeOnly.makeUpWorkdays, override: true, reason: '格式示例：2026年安排已内置，无需录入' },
  }),
  revertYear: operation({
    operationId: 'revertWorkingCalendarYear',
    method: 'DELETE',
    path: '/v1/working-calendar/years/{year}',
    tag: '设置',
    summary: "撤回本局录入 · Withdraw the bureau's entry: the bundled data is in force again, or the year is unknown",
    roles: ['admin'],
    params: Year,
    query: RevertQuery,
    refusals: { 404: ['not_found'], 409: ['conflict'] },
    responses: { 200: { description: 'the year now in force, and the days this changed', schema: YearChanged } },
  }),
};
