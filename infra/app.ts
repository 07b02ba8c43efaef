import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ensureWebBuilt } from './local/web-build.ts';
import { architectures, type Architecture } from './partition.ts';
import { PlatformStack } from './platform-stack.ts';

const app = new App();
const stage = (app.node.tryGetContext('stage') as string | undefined) ?? 'dev';
if (!/^[a-z][a-z0-9-]{1,20}$/.test(stage)) throw new Error(`context stage "${stage}" must be lower-case letters, digits and dashes`);
const audience = app.node.tryGetContext('jwtAudience') as string | undefined;
const identity = (app.node.tryGetContext('identity') as string | undefined) ?? 'own';
if (!['own', 'cognito', 'external'].includes(identity)) throw new Error(`context identity "${identity}" must be own, cognito or external`);
const region = app.node.tryGetContext('region') as string | undefined;
if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`context region "${region}" is not a region name (cn-north-1, cn-northwest-1, ap-east-1, …)`);
const architecture = app.node.tryGetContext('architecture') as Architecture | undefined;
if (architecture !== undefined && !architectures.includes(architecture)) throw new Error(`context architecture "${architecture}" must be ${architectures.join(' or ')}`);
const webDomain = app.node.tryGetContext('webDomain') as string | undefined;
const webCertificateId = app.node.tryGetContext('webCertificateId') as string | undefined;
if (Boolean(webDomain) !== Boolean(webCertificateId)) throw new Error('context webDomain and webCertificateId (an IAM server certificate id) come together');

// The pages are deployed from web/dist: build them first when their sources changed.
await ensureWebBuilt();

// No account here: synth needs no credentials; deploy takes them from the environment. The region, when given,
// decides what the stack may use there (infra/partition.ts); without it the stack is for any global region.
new PlatformStack(app, `JudicialInspection-${stage}`, {
  stage,
  ...(region ? { env: { region } } : {}),
  architecture,
  webDomain: webDomain && webCertificateId ? { name: webDomain, iamCertificateId: webCertificateId } : undefined,
  identity: app.node.tryGetContext('identity') as 'own' | 'cognito' | 'external' | undefined,
  claimMapping: app.node.tryGetContext('claimMapping') ? (JSON.parse(app.node.tryGetContext('claimMapping') as string) as Record<string, string>) : undefined,
  webhookOrigins: (app.node.tryGetContext('webhookOrigins') as string | undefined)?.split(',').map((u) => u.trim()),
  signInRedirectUris: (app.node.tryGetContext('signInRedirectUris') as string | undefined)?.split(',').map((u) => u.trim()),
  jwtIssuer: app.node.tryGetContext('jwtIssuer') as string | undefined,
  jwtAudience: audience?.split(',').map((a) => a.trim()),
  reportsAutoRepair: String(app.node.tryGetContext('reportsAutoRepair')) === 'true',
  alarmEmail: app.node.tryGetContext('alarmEmail') as string | undefined,
  verifyPageUrl: app.node.tryGetContext('verifyPageUrl') as string | undefined,
  tags: { project: 'judicial-inspection', stage },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
