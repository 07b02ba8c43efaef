import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import serverless from 'serverless-http';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { env } from '#shared/config.ts';
import { issuerKeys, KeySeeds } from '#shared/identity/keys.ts';
import { createIssuer } from '#shared/identity/provider.ts';
import { interactionPath, issuerHandler } from '#shared/identity/sign-in.ts';
import { userService } from '#shared/people/service.ts';

const users = userService({ db: dynamo(), tables: { identityTable: env.identityTable(), recordsTable: env.recordsTable() }, clock: systemClock, ids: ulidGenerator });

/** The key seeds: from the stack's secret in AWS, from the environment on the local stack. */
const keySeeds = async () => {
  const local = env.oidcKeySeeds();
  if (local) return KeySeeds.parse(JSON.parse(local));
  const { SecretString } = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: env.oidcKeySecret() }));
  return KeySeeds.parse(JSON.parse(SecretString ?? '{}'));
};

// Built on the first request of a container: the keys may need a call to Secrets Manager.
let app: ReturnType<typeof serverless> | undefined;
const build = async () => {
  const provider = createIssuer({
    issuer: env.oidcIssuer(),
    keys: issuerKeys(await keySeeds()),
    redirectUris: env.oidcRedirectUris(),
    db: dynamo(),
    tableName: env.identityTable(),
    account: users.account,
    interactionPath,
  });
  return serverless(issuerHandler(provider, users, env.oidcRedirectUris()), { binary: false });
};

/** The OpenID Connect issuer under /oidc: discovery, keys, authorization (our sign-in page), token, revocation, sign-out. */
export const handler = async (event: APIGatewayProxyEventV2, context: Context) => {
  app ??= await build();
  return app({ ...event, body: event.body ?? '' }, context);
};
