import * as z from 'zod';
import { operation } from '../http/operation.ts';
import { YearArrangement } from './working-calendar.ts';
import { YearArrangementBody } from './year-arrangement-input.ts';

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
  enterYear: operation({
    operationId: 'enterWorkingCalendarYear',
    method: 'PUT',
    path: '/v1/working-calendar/years/{year}',
    tag: '设置',
    summary: '录入放假调休安排 · Enter a year\'s holiday arrangement',
    roles: ['admin'],
    params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
    body: YearArrangementBody,
    responses: { 200: { description: 'the arrangement now in force', schema: YearArrangement } },
  }),
};
