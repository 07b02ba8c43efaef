/** Credentials and region every local client uses: DynamoDB Local keeps data per key and region. */
export const localAwsEnvironment = {
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
} as const;
