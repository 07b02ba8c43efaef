import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';
import { apiClient } from '#shared/api-client/client.ts';
import type { components } from '#shared/api-client/client.ts';

export type { components };
import { router } from '../router.ts';
import { accessToken, startSignIn } from './auth.ts';

export type Rectification = components['schemas']['RectificationView'];
export type Campaign = components['schemas']['RectificationCampaignView'];
export type CampaignImport = components['schemas']['RectificationCampaignImport'];
export type RectificationReport = components['schemas']['RectificationReport'];
export type InspectionReport = components['schemas']['InspectionReport'];
export type ChecklistReport = components['schemas']['ChecklistReport'];
export type ErrorBody = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };

/** Every call goes through the client typed from the OpenAPI document. */
export const api = apiClient({ baseUrl: window.location.origin, token: accessToken, headers: { 'accept-language': 'zh-CN' } });

/** A refusal as the API answered it: its status, stable code, message and the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
  /** The message for a form field (`body.problem.title` → `problem.title`), or for a part of it (`body.evidence.1.file`, with its position). */
  fieldMessage(field: string) {
    const exact = this.fields.find((f) => f.path === `body.${field}` || f.path === field);
    if (exact) return exact.message;
    const within = this.fields.filter((f) => f.path.startsWith(`body.${field}.`));
    return within.length ? within.map((f) => `第 ${Number(f.path.split('.')[2]) + 1} 件：${f.message}`).join('；') : undefined;
  }
  /** Every refused field's message by its path under `prefix` (`body.sections.0.title` → `sections.0.title`), for forms laid out like the body. */
  byField(prefix = 'body.') {
    return Object.fromEntries(this.fields.map((f) => [f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path, f.message]));
  }
  /**
   * The refusal as a dialog's form shows it: each form field's message (form field → the body field it sends), and
   * the whole message only when no field of the form is at fault.
   */
  forForm(fields: Record<string, string>) {
    const errors = Object.fromEntries(Object.entries(fields).map(([field, path]) => [field, this.fieldMessage(path) ?? '']));
    return { errors, failure: Object.values(errors).some(Boolean) ? undefined : this.message };
  }
}

/** Refusals a person can act on, said in the pages' words (the server's message is for callers of the API). */
const said = (body: { error?: { code?: string; year?: number } }) =>
  body.error?.code === 'calendar_unknown' ? `${body.error.year ?? ''} 年的放假调休安排尚未录入，无法计算工作日：请管理员在「设置 › 工作日历」中录入该年后重试` : undefined;

/**
 * Unwraps an answer, handling what every page handles alike: 401 → sign in again, 403 → the "无权限"
 * page, 409 on a stale version → "已被他人修改" with a reload. Other refusals go back to the caller (forms
 * show field errors next to their fields).
 */
export const unwrap = async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as Partial<ErrorBody> & { error?: { year?: number } };
  const failure = new ApiError(response.status, body.error?.code ?? 'internal_error', said(body) ?? body.error?.message ?? `服务暂不可用（${response.status}）`, body.error?.fields);
  if (response.status === 401) await startSignIn();
  else if (response.status === 403) await router.push({ name: 'forbidden', query: { reason: failure.message } });
  else if (failure.code === 'version_conflict') {
    await ElMessageBox.alert('已被他人修改，请刷新后重试', '数据已变化', { confirmButtonText: '刷新', type: 'warning' }).catch(() => undefined);
    window.location.reload();
  }
  throw failure;
};
