import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { SignInOutcome } from '../people/service.ts';
import { escapeHtml, firstPartyGrant } from './provider.ts';

export const issuerPath = '/oidc';
export const interactionPath = (uid: string) => `${issuerPath}/interaction/${uid}`;
/** Where a person sets their password with the activation code an admin handed them. */
export const activationPath = `${issuerPath}/activate`;

type People = {
  signIn: (login: string, password: string) => Promise<SignInOutcome>;
  activate: (login: string, code: string, password: string) => Promise<unknown>;
};

const refusals: Record<Exclude<SignInOutcome, { ok: true }>['reason'], string> = {
  unknown: '账号或密码错误',
  wrong_password: '账号或密码错误',
  locked: '密码连续输错次数过多，账号已暂时锁定，请稍后再试',
  disabled: '账号已停用，请联系本单位系统管理员',
  not_activated: '账号尚未激活：请先用管理员提供的激活码设置密码',
};

const shell = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 县司法局检查与整改平台</title>
<style>
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f0f2f5;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;padding:32px 40px;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.1);width:320px}
h1{font-size:20px;margin:0 0 24px;color:#303133}label{display:block;margin:12px 0 4px;color:#606266;font-size:14px}
input{width:100%;box-sizing:border-box;padding:8px 10px;border:1px solid #dcdfe6;border-radius:4px;font-size:14px}
button{margin-top:24px;width:100%;padding:10px;background:#409eff;color:#fff;border:0;border-radius:4px;font-size:15px;cursor:pointer}
p[role=alert]{color:#f56c6c;font-size:14px;margin:12px 0 0}p[role=status]{color:#67c23a;font-size:14px}a{color:#409eff;font-size:14px}
</style>
</head>
<body>
<main>
<h1>县司法局检查与整改平台</h1>
${body}
</main>
</body>
</html>`;
const alert = (message?: string) => (message ? `<p role="alert">${escapeHtml(message)}</p>` : '');

const page = (uid: string, message?: string, login = '') =>
  shell(
    '登录',
    `<form method="post" action="${interactionPath(uid)}/login" autocomplete="on">
<label for="login">账号</label>
<input id="login" name="login" value="${escapeHtml(login)}" autocomplete="username" required autofocus>
<label for="password">密码</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
${alert(message)}
<button type="submit">登录</button>
</form>
<p><a href="${activationPath}">首次使用？用激活码设置密码</a></p>`,
  );

const expired = shell('登录已过期', '<p role="alert">登录已过期，请返回系统重新登录</p>');

const activationPage = (message?: string, login = '') =>
  shell(
    '激活账号',
    `<form method="post" action="${activationPath}" autocomplete="off">
<label for="login">账号</label>
<input id="login" name="login" value="${escapeHtml(login)}" autocomplete="username" required autofocus>
<label for="code">激活码（管理员提供）</label>
<input id="code" name="code" required>
<label for="password">设置密码（至少 10 位，含大写、小写、数字、符号中的三种）</label>
<input id="password" name="password" type="password" autocomplete="new-password" required>
<label for="confirm">再次输入密码</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" required>
${alert(message)}
<button type="submit">激活</button>
</form>`,
  );

const readForm = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 8192) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

/**
 * The sign-in form posts here and is then redirected back to the web pages: browsers hold those redirects
 * to `form-action` too, so the pages' origins (of the registered redirect URIs) are allowed besides 'self'.
 */
const pageWriter = (returnOrigins: readonly string[]) => (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${returnOrigins.join(' ')}; frame-ancestors 'none'`,
    'x-frame-options': 'DENY',
  });
  res.end(body);
};

/**
 * The issuer as one Node request handler: our sign-in page (Chinese) for its interactions, and
 * oidc-provider for the protocol, both mounted under /oidc the way the provider expects to be
 * mounted (the original URL kept, so the addresses it builds carry the prefix).
 */
export const issuerHandler = (provider: Provider, people: People, redirectUris: readonly string[]) => {
  const protocol = provider.callback();
  const html = pageWriter([...new Set(redirectUris.map((uri) => new URL(uri).origin))]);
  const activation = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return html(res, 200, activationPage());
    const form = await readForm(req);
    const login = (form.get('login') ?? '').trim().toLowerCase();
    const password = form.get('password') ?? '';
    if (password !== form.get('confirm')) return html(res, 200, activationPage('两次输入的密码不一致', login));
    try {
      await people.activate(login, form.get('code') ?? '', password);
    } catch (error) {
      const refusal = error as { status?: number; fields?: { path: string; message: string }[] };
      if (refusal.status !== 422) throw error;
      const weak = refusal.fields?.some((f) => f.path === 'body.password');
      return html(res, 200, activationPage(weak ? '密码不符合要求：至少 10 位，含大写、小写、数字、符号中的三种，且不含账号或手机号' : '账号或激活码不正确，或激活码已过期：请向管理员重新申请', login));
    }
    return html(res, 200, shell('激活成功', '<p role="status">账号已激活。请回到系统，用账号和新密码登录。</p>'));
  };
  return async (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://issuer').pathname;
    if (!path.startsWith(`${issuerPath}/`)) return html(res, 404, '<!doctype html><title>404</title>');
    req.originalUrl = req.url;
    req.url = req.url!.slice(issuerPath.length);
    // The Lambda adapter marks every request as TLS; the gateway in front says what it really was.
    (req.socket as { encrypted?: boolean }).encrypted = req.headers['x-forwarded-proto'] !== 'http';

    if (path === activationPath) return activation(req, res);
    const interaction = /^\/oidc\/interaction\/([\w-]{1,64})(\/login)?$/.exec(path);
    if (!interaction) return protocol(req, res);
    const [, uid, submitted] = interaction as unknown as [string, string, string | undefined];
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== uid) return html(res, 400, expired);
      if (details.prompt.name === 'consent' && details.session?.accountId) {
        // Our own client needs no consent screen: grant what it asks for and go on.
        const grant = await firstPartyGrant(provider, details.session.accountId, String(details.params.client_id), details.grantId);
        return await provider.interactionFinished(req, res, { consent: { grantId: grant.jti } }, { mergeWithLastSubmission: true });
      }
      if (req.method !== 'POST' || !submitted) return html(res, 200, page(uid));
      const form = await readForm(req);
      const login = (form.get('login') ?? '').trim();
      const outcome = await people.signIn(login, form.get('password') ?? '');
      if (!outcome.ok) return html(res, 200, page(uid, refusals[outcome.reason], login));
      return await provider.interactionFinished(req, res, { login: { accountId: outcome.user.id } }, { mergeWithLastSubmission: false });
    } catch {
      // An unknown or expired interaction: start again from the web pages.
      return html(res, 400, expired);
    }
  };
};
