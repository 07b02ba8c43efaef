import * as z from 'zod';

/** An operator tool's input, refused with one readable line per problem (what `aws lambda invoke` shows). */
export const parseRequest = <T>(schema: z.ZodType<T>, input: unknown): T => {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Error(`invalid request:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
};
