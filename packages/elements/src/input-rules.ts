import { format, type Translation } from './i18n/translation.ts';
import { normalizeInput, plural, readServiceInput, type InputProblem as RuleProblem, type ServiceInput } from '@dubai-pay/contract';

// The rule itself lives in the contract (the gateway quotes with the same one).
export { normalizeInput };

/** Why a value is not acceptable: the contract's reasons, a character that is not a digit in a digits input, or the gateway's word (`refused`: no record for it). */
export type InputProblem =
  | RuleProblem
  | { key: 'digitsOnly' }
  | { key: 'tooFewDigits' | 'tooManyDigits'; count: number }
  | { key: 'refused'; messages: { en: string; ar: string } };

/** Checks a value before it is sent for a quote: `null` when the gateway will accept it. */
export function checkInput(input: ServiceInput, raw: string): InputProblem | null {
  const reading = readServiceInput(input, raw);
  if (!('problem' in reading)) return null;
  // A letter in a digits input is what to fix, whatever the length: "12ab" is not "too short".
  if (input.kind === 'digits' && !/^[0-9]*$/.test(normalizeInput(raw))) return { key: 'digitsOnly' };
  // Digits are counted as digits, not "characters".
  const problem = reading.problem;
  if (input.kind === 'digits' && (problem.key === 'tooShort' || problem.key === 'tooLong'))
    return { key: problem.key === 'tooShort' ? 'tooFewDigits' : 'tooManyDigits', count: problem.count };
  return problem;
}

/** A problem in words, for the field labelled `label`. */
export function problemText(problem: InputProblem, label: string, t: Translation): string {
  if (problem.key === 'refused') return problem.messages[t.$lang];
  const template = t[problem.key];
  const count = 'count' in problem ? problem.count : 0;
  // A count of characters or digits takes the noun's plural form; a bound ("at least 5") does not.
  return format(typeof template === 'string' ? template : plural(t.$lang, count, template), { label, count });
}
