import { describe, expect, it } from 'vitest';
import { plan } from '#infra/local/runtime.ts';
import { awsCron, functionEntries, type FunctionEntry, operationsOf } from '#infra/wiring.ts';
import { openApiDocument } from '#shared/http/openapi.ts';
import { synthesize } from './synth.ts';

const consumers: FunctionEntry[] = [
  ['probe-a', { entry: 'functions/me/handler.ts', description: 'a', consumes: { events: ['WorkingCalendarExpiring'] }, access: {} }],
  ['probe-b', { entry: 'functions/me/handler.ts', description: 'b', consumes: { events: ['WorkingCalendarExpiring', 'WorkingCalendarYearEntered'] }, access: {} }],
];
const specs = [...functionEntries, ...consumers];
const template = synthesize({ functions: specs }).template();
const served = plan(specs);

describe('the deployed stack and the local runtime serve the same wiring', () => {
  it('with the same routes', () => {
    const deployed = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey as string);
    expect(deployed.sort()).toEqual(served.routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('and the OpenAPI document describes exactly the synthesized routes, public ones without security', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'))
      .map((r) => [r.Properties.RouteKey as string, r.Properties.AuthorizationType as string])
      .filter(([key]) => key !== 'ANY /oidc/{proxy+}'); // the issuer: its discovery document describes it
    const document = openApiDocument(operationsOf(specs), 'test');
    const described = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { security: unknown[] }>).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.security.length ? 'JWT' : 'NONE']),
    );
    expect(described.sort()).toEqual(routes.sort());
  });

  it('with the same routes behind the JWT authorizer', () => {
    const deployed = Object.values(template.findResources('AWS::ApiGatewayV2::Route'))
      .filter((r) => r.Properties.AuthorizationType === 'JWT')
      .map((r) => r.Properties.RouteKey as string);
    expect(deployed.sort()).toEqual(served.routes.filter((r) => r.auth === 'jwt').map((r) => `${r.method} ${r.path}`).sort());
  });

  it('with the same event subscriptions', () => {
    const forwarder = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith('EventForwarderFunction'))?.[1];
    const routes = JSON.stringify(forwarder!.Properties.Environment.Variables.EVENT_ROUTES);
    const queueIds = Object.keys(template.findResources('AWS::SQS::Queue'));
    for (const [type, subscribers] of Object.entries(served.subscriptions)) {
      expect(routes).toContain(type);
      for (const consumer of subscribers) {
        const pascal = consumer.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
        const queueId = queueIds.find((id) => new RegExp(`^${pascal}Queue[0-9A-F]{8}$`).test(id));
        expect(queueId, `${consumer} in ${queueIds.join(', ')}`).toBeDefined();
        expect(routes).toContain(queueId!);
      }
    }
    const consuming = specs.filter(([, spec]) => spec.consumes).length;
    expect(Object.keys(template.findResources('AWS::Lambda::EventSourceMapping'))).toHaveLength(consuming + 1); // + the outbox stream
  });

  it('with the same schedules, in Asia/Shanghai', () => {
    const deployed = Object.values(template.findResources('AWS::Scheduler::Schedule')).map((s) => [s.Properties.ScheduleExpression, s.Properties.ScheduleExpressionTimezone]);
    expect(deployed).toEqual(served.schedules.map(({ schedule }) => [awsCron(schedule), 'Asia/Shanghai']));
  });
});
