import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** The group robots' own addresses: WeCom (企业微信) and DingTalk (钉钉) webhooks. */
export const robotOrigins = ['https://qyapi.weixin.qq.com', 'https://oapi.dingtalk.com'];

/** Where robot messages may go: the robots' origins plus the deployment's own list (`WEBHOOK_ORIGINS`, comma-separated). */
export const allowedOrigins = (extra = process.env.WEBHOOK_ORIGINS ?? '') => [...robotOrigins, ...extra.split(',').map((o) => o.trim()).filter(Boolean)];

/** Why a robot address is refused (SSRF: metadata endpoints, loopback, private networks), or nothing. */
export const robotUrlProblem = (url: string, origins = allowedOrigins()): string | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.username || parsed.password) return 'must not carry credentials';
  if (!origins.includes(parsed.origin)) return `must be an address of ${origins.join(' or ')}`;
  return undefined;
};

const privateAddress = (address: string) =>
  /^(127\.|10\.|192\.168\.|169\.254\.|0\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)/.test(address) ||
  /^172\.(1[6-9]|2\d|3[01])\./.test(address) ||
  /^(::1?$|f[cd][0-9a-f]{2}:|fe80:|::ffff:(127|10|192\.168|169\.254)\.)/i.test(address);

/**
 * Checked again just before sending, since a name can point elsewhere by then: the origin must still be
 * allowed, and a robot's public name must not resolve into a private or loopback network. Only an origin
 * the deployment listed with a literal address (the local stack's capture endpoint) may be one.
 */
export const robotDestinationProblem = async (url: string, origins = allowedOrigins(), resolve = lookup): Promise<string | undefined> => {
  const problem = robotUrlProblem(url, origins);
  if (problem) return problem;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined; // a literal address the deployment listed itself
  const addresses = await resolve(host, { all: true });
  return addresses.some((a) => privateAddress(a.address)) ? `${host} resolves to a private address` : undefined;
};
