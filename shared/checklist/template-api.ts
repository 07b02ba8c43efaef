import * as z from 'zod';
import { operation } from '../http/operation.ts';
import { YearlyTarget } from './targets.ts';
import { TemplateKind } from './template.ts';
import { TemplateHead, TemplateVersion } from './template-store.ts';
import { TemplateContent } from './template.ts';

const TemplateIdParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,60}$/, 'lower-case letters, digits and dashes') });
const VersionParams = TemplateIdParam.extend({ version: z.coerce.number().int().min(1) });
const ContentBody = z.object({ content: TemplateContent });
const TargetParams = z.object({ kind: TemplateKind, year: z.coerce.number().int().min(2000).max(2100) });

const contentExample = {
  kind: 'mediation-review',
  title: '人民调解卷宗评查表',
  description: '每季度抽查人民调解卷宗',
  sections: [
    {
      id: 'file',
      title: '卷宗材料',
      items: [
        { id: 'f1', type: 'pass_fail', text: '调解协议书由双方当事人签字', points: 10, critical: true },
        { id: 'f2', type: 'points', text: '材料齐全', points: 20, deductions: [{ id: 'missing', label: '缺1项扣2分', points: 2 }] },
      ],
    },
  ],
  bands: [
    { grade: '不合格', minScore: 0, maxScore: 18, meetsStandard: false },
    { grade: '合格', minScore: 18, maxScore: 30, meetsStandard: true },
  ],
  vetoGrade: '不合格',
};

const template = { tag: '检查清单', roles: [] } as const;
const admin = { tag: '检查清单', roles: ['admin'] } as const;

export const templateApi = {
  list: operation({
    ...template,
    operationId: 'listChecklistTemplates',
    method: 'GET',
    path: '/v1/checklist-templates',
    summary: '检查表模板列表 · List checklist templates',
    responses: { 200: { description: 'every template of the bureau', schema: z.object({ templates: z.array(TemplateHead) }) } },
  }),
  create: operation({
    ...admin,
    operationId: 'createChecklistTemplate',
    method: 'POST',
    path: '/v1/checklist-templates',
    summary: '新建检查表模板 · Create a template (as draft version 1)',
    body: ContentBody.extend(TemplateIdParam.shape),
    responses: { 201: { description: 'the draft', schema: TemplateVersion } },
    refusals: { 409: ['conflict'] },
    example: { id: 'mediation-review', content: contentExample },
  }),
  versions: operation({
    ...template,
    operationId: 'listChecklistTemplateVersions',
    method: 'GET',
    path: '/v1/checklist-templates/{id}/versions',
    summary: '模板版本 · List the versions of a template',
    params: TemplateIdParam,
    responses: { 200: { description: 'the head and every version', schema: z.object({ head: TemplateHead, versions: z.array(TemplateVersion) }) } },
    refusals: { 404: ['not_found'] },
  }),
  addVersion: operation({
    ...admin,
    operationId: 'addChecklistTemplateVersion',
    method: 'POST',
    path: '/v1/checklist-templates/{id}/versions',
    summary: '新建模板版本 · Open a new draft version',
    params: TemplateIdParam,
    body: ContentBody,
    responses: { 201: { description: 'the new draft', schema: TemplateVersion } },
    refusals: { 404: ['not_found'], 409: ['conflict'], 422: ['unprocessable'] },
  }),
  version: operation({
    ...template,
    operationId: 'getChecklistTemplateVersion',
    method: 'GET',
    path: '/v1/checklist-templates/{id}/versions/{version}',
    summary: '模板内容 · Read one version of a template',
    params: VersionParams,
    responses: { 200: { description: 'the version with its content', schema: TemplateVersion } },
    refusals: { 404: ['not_found'] },
  }),
  saveDraft: operation({
    ...admin,
    operationId: 'saveChecklistTemplateDraft',
    method: 'PUT',
    path: '/v1/checklist-templates/{id}/versions/{version}',
    summary: '修改草稿 · Edit a draft version',
    params: VersionParams,
    body: ContentBody,
    responses: { 200: { description: 'the draft', schema: TemplateVersion } },
    refusals: { 404: ['not_found'], 409: ['conflict'], 422: ['unprocessable'] },
  }),
  publish: operation({
    ...admin,
    operationId: 'publishChecklistTemplateVersion',
    method: 'POST',
    path: '/v1/checklist-templates/{id}/versions/{version}/publish',
    summary: '发布模板版本 · Publish a draft (it never changes afterwards)',
    params: VersionParams,
    responses: { 200: { description: 'the published version', schema: TemplateVersion } },
    refusals: { 404: ['not_found'], 409: ['conflict'] },
  }),
  targets: operation({
    ...template,
    operationId: 'listChecklistTargets',
    method: 'GET',
    path: '/v1/checklist-targets',
    summary: '年度达标目标 · List yearly targets',
    query: z.object({ kind: TemplateKind.optional() }),
    responses: { 200: { description: 'the targets', schema: z.object({ targets: z.array(YearlyTarget) }) } },
  }),
  setTarget: operation({
    ...admin,
    operationId: 'setChecklistTarget',
    method: 'PUT',
    path: '/v1/checklist-targets/{kind}/{year}',
    summary: '设置年度达标目标 · Set the share of subjects that must meet the standard in a year',
    params: TargetParams,
    body: YearlyTarget.pick({ share: true }),
    responses: { 200: { description: 'the target', schema: YearlyTarget } },
    example: { share: 0.8 },
  }),
};
