import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PlatformStack, type PlatformStackProps } from '#infra/platform-stack.ts';

/** Stands in for web/dist: the assertions look at the distribution, not at the pages. */
const webAssets = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'web-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>test</title>');
  return dir;
};

/** Synthesizes the stack without bundling (asset contents do not matter to these assertions). */
export const synthesize = (props: Partial<PlatformStackProps> = {}, options: { nag?: boolean } = {}) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir: process.env.CDK_TEST_OUTDIR });
  const stack = new PlatformStack(app, 'Test', { stage: 'dev', webAssets: webAssets(), ...props });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, template: () => Template.fromStack(stack) };
};

/** Our functions, without the handlers CDK adds for its own custom resources (page deployment, bucket clean-up). */
export const platformFunctions = (template: Template) =>
  Object.entries(template.findResources('AWS::Lambda::Function'))
    .filter(([id]) => !id.startsWith('Custom'))
    .map(([, fn]) => fn);
