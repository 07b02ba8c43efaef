/** s3rver's account registry: the key pairs its signature check accepts (not in @types/s3rver). */
declare module 's3rver/lib/models/account.js' {
  const accounts: { DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void } };
  export default accounts;
}
