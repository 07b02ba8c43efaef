/** What the filing pages show for the API's codes: the server's own label modules, and the credit-code check people type against. */
import { checkCreditCode, foreignCharacterAt, normaliseCreditCode } from '#shared/reference/credit-code.ts';

export { filingStatusLabels, inspectionTypeLabels, ruleLabels } from '#shared/filing/labels.ts';
export { exemptionReasonLabels } from '#shared/filing/reference.ts';

export const filingStatusTypes: Record<string, 'warning' | 'success' | 'info'> = { planned: 'warning', 'result-filed': 'success', cancelled: 'info' };

/** The GB 32100 check as the user types (the same pure module the server runs), said in Chinese; undefined when the code is well-formed. */
export const creditCodeHint = (typed: string) => {
  const code = normaliseCreditCode(typed);
  const check = checkCreditCode(code);
  if (check.valid) return undefined;
  if (check.reason === 'length') return `统一社会信用代码为 18 位，当前 ${code.length} 位`;
  const at = foreignCharacterAt(code);
  if (check.reason === 'character') return `第 ${at + 1} 位「${code[at]}」不是信用代码使用的字符（不含 I、O、S、V、Z）`;
  return `校验位（第 18 位）应为 ${check.expected}，不是 ${code[17]}：请核对是否输错`;
};
