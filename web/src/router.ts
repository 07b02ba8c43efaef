import { createRouter, createWebHistory } from 'vue-router';
import type { operationRoles } from '#shared/api-client/operation-roles.ts';

type Crumb = { title: string; to?: string };

/** Routes, each page loaded when first visited. `operation` names the API operation a page needs (menu and access). */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/auth/callback', name: 'callback', component: () => import('./pages/SignInCallback.vue'), meta: { public: true } },
    {
      path: '/filings/:id/label',
      name: 'filing-label',
      component: () => import('./pages/FilingLabel.vue'),
      props: true,
      meta: { title: '打印检查码', operation: 'getInspectionFiling' },
    },
    // The enterprise's page (/verify/<code>) is not here: it is an entry of its own (verify.html, infra/web-entries.ts).
    {
      path: '/',
      component: () => import('./components/AppShell.vue'),
      children: [
        { path: 'forbidden', name: 'forbidden', component: () => import('./pages/Forbidden.vue'), meta: { title: '无权限' } },
        { path: '', name: 'workbench', component: () => import('./pages/Workbench.vue'), meta: { title: '工作台', operation: 'listRectifications' } },
        { path: 'rectifications', name: 'rectifications', component: () => import('./pages/RectificationList.vue'), meta: { title: '整改事项', operation: 'listRectifications' } },
        {
          path: 'rectifications/assign',
          name: 'assign',
          component: () => import('./pages/AssignRectification.vue'),
          meta: { title: '交办整改', operation: 'assignRectification', crumbs: [{ title: '整改事项', to: '/rectifications' }] },
        },
        { path: 'filings', name: 'filings', component: () => import('./pages/FilingList.vue'), meta: { title: '检查备案', operation: 'listInspectionFilings' } },
        {
          path: 'filings/plan',
          name: 'filing-plan',
          component: () => import('./pages/FilingPlan.vue'),
          meta: { title: '备案检查计划', operation: 'fileInspectionPlan', crumbs: [{ title: '检查备案', to: '/filings' }] },
        },
        {
          path: 'filings/:id',
          name: 'filing',
          component: () => import('./pages/FilingDetail.vue'),
          props: true,
          meta: { title: '备案详情', operation: 'getInspectionFiling', crumbs: [{ title: '检查备案', to: '/filings' }] },
        },
        { path: 'checklists', name: 'checklists', component: () => import('./pages/ChecklistList.vue'), meta: { title: '检查评估', operation: 'listChecklistSubmissions' } },
        { path: 'checklists/templates', name: 'checklist-templates', component: () => import('./pages/ChecklistTemplates.vue'), meta: { title: '检查表模板', operation: 'listChecklistTemplates', crumbs: [{ title: '检查清单' }] } },
        {
          path: 'checklists/templates/:id/versions/:version/edit',
          name: 'checklist-template-edit',
          component: () => import('./pages/ChecklistTemplateEditor.vue'),
          props: true,
          meta: { title: '编辑模板', operation: 'saveChecklistTemplateDraft', crumbs: [{ title: '检查表模板', to: '/checklists/templates' }] },
        },
        {
          path: 'checklists/new',
          name: 'checklist-new',
          component: () => import('./pages/ChecklistFill.vue'),
          props: (route) => ({ template: route.query.template, version: route.query.version }),
          meta: { title: '填写评估', operation: 'submitChecklist', crumbs: [{ title: '检查评估', to: '/checklists' }] },
        },
        {
          path: 'checklists/:id/revise',
          name: 'checklist-revise',
          component: () => import('./pages/ChecklistFill.vue'),
          props: true,
          meta: { title: '修改评估', operation: 'resubmitChecklist', crumbs: [{ title: '检查评估', to: '/checklists' }] },
        },
        {
          path: 'checklists/:id',
          name: 'checklist',
          component: () => import('./pages/ChecklistDetail.vue'),
          props: true,
          meta: { title: '评估详情', operation: 'getChecklistSubmission', crumbs: [{ title: '检查评估', to: '/checklists' }] },
        },
        { path: 'settings/organisations', name: 'organisations', component: () => import('./pages/OrganisationsAdmin.vue'), meta: { title: '组织机构', operation: 'createOrganisation', crumbs: [{ title: '设置' }] } },
        { path: 'settings/users', name: 'users', component: () => import('./pages/UsersAdmin.vue'), meta: { title: '用户', operation: 'listUsers', crumbs: [{ title: '设置' }] } },
        { path: 'settings/calendar', name: 'calendar', component: () => import('./pages/CalendarAdmin.vue'), meta: { title: '工作日历', operation: 'enterWorkingCalendarYear', crumbs: [{ title: '设置' }] } },
        { path: 'settings/filing-reference', name: 'filing-reference', component: () => import('./pages/FilingReference.vue'), meta: { title: '涉企检查基础数据', operation: 'putAgencyProfile', crumbs: [{ title: '设置' }] } },
        { path: 'settings/reminders', name: 'reminder-settings', component: () => import('./pages/ReminderSettings.vue'), meta: { title: '提醒与预警', operation: 'saveReminderSettings', crumbs: [{ title: '设置' }] } },
        { path: 'notifications', name: 'notifications', component: () => import('./pages/Notifications.vue'), meta: { title: '消息提醒', operation: 'listNotifications' } },
        { path: 'reports', name: 'reports', component: () => import('./pages/Reports.vue'), meta: { title: '报表', operation: 'getRectificationReport' } },
        { path: 'campaigns', name: 'campaigns', component: () => import('./pages/CampaignList.vue'), meta: { title: '整改专项', operation: 'listRectificationCampaigns' } },
        {
          path: 'campaigns/:id',
          name: 'campaign',
          component: () => import('./pages/CampaignDetail.vue'),
          props: true,
          meta: { title: '专项详情', operation: 'readRectificationCampaign', crumbs: [{ title: '整改专项', to: '/campaigns' }] },
        },
        {
          path: 'rectifications/:id',
          name: 'rectification',
          component: () => import('./pages/RectificationDetail.vue'),
          props: true,
          meta: { title: '整改详情', operation: 'getRectification', crumbs: [{ title: '整改事项', to: '/rectifications' }] },
        },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    public?: boolean;
    operation?: keyof typeof operationRoles;
    crumbs?: Crumb[];
  }
}
