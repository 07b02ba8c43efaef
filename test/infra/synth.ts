import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PlatformStack, type PlatformStackProps } from '#infra/platform-stack.ts';

/** Synthesizes the stack without bundling (asset contents do not matter to these assertions). */
export const synthesize = (props: Partial<PlatformStackProps> = {}, options: { nag?: boolean } = {}) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir: process.env.CDK_TEST_OUTDIR });
  const stack = new PlatformStack(app, 'Test', { stage: 'dev', ...props });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, template: () => Template.fromStack(stack) };
};
