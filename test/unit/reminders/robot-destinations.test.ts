import { describe, expect, it } from 'vitest';
import { robotDestinationProblem, robotUrlProblem } from '#shared/reminders/robot-destinations.ts';

const origins = ['https://qyapi.weixin.qq.com', 'https://oapi.dingtalk.com', 'http://127.0.0.1:3000'];
const resolvingTo = (address: string) => () => Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]);

describe('where group robot messages may go (no SSRF)', () => {
  it("accepts the robots' own https addresses and the deployment's listed origins", () => {
    expect(robotUrlProblem('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', origins)).toBeUndefined();
    expect(robotUrlProblem('https://oapi.dingtalk.com/robot/send?access_token=t', origins)).toBeUndefined();
    expect(robotUrlProblem('http://127.0.0.1:3000/_local/webhooks/aoyang', origins)).toBeUndefined();
  });

  it('refuses metadata endpoints, loopback, private networks, plain http to a robot, and credentials', () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:9001/', 'http://[::1]/', 'http://10.0.0.1/', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send', 'https://user:pw@qyapi.weixin.qq.com/x', 'https://qyapi.weixin.qq.com.evil.example/x', 'not a url']) {
      expect(robotUrlProblem(url, origins), url).toBeDefined();
    }
  });

  it('checks again at send time that a robot name does not resolve into a private network', async () => {
    expect(await robotDestinationProblem('https://qyapi.weixin.qq.com/x', origins, resolvingTo('101.226.0.1') as never)).toBeUndefined();
    expect(await robotDestinationProblem('https://qyapi.weixin.qq.com/x', origins, resolvingTo('10.1.2.3') as never)).toMatch(/private/);
    expect(await robotDestinationProblem('https://oapi.dingtalk.com/x', origins, resolvingTo('169.254.169.254') as never)).toMatch(/private/);
    expect(await robotDestinationProblem('https://oapi.dingtalk.com/x', origins, resolvingTo('::1') as never)).toMatch(/private/);
    expect(await robotDestinationProblem('http://10.0.0.1/x', origins, resolvingTo('10.0.0.1') as never)).toMatch(/must be an address/);
  });
});
