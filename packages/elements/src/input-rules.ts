import { normalizeInput, readServiceInput, type InputProblem, type ServiceInput } from '@dubai-pay/contract';

// The rule itself lives in the contract (the gateway quotes with the same one).
export { normalizeInput, type InputProblem };

/** Checks a value before it is sent for a quote: `null` when the gateway will accept it. */
export function checkInput(input: ServiceInput, raw: string): InputProblem | null {
  const reading = readServiceInput(input, raw);
  return 'problem' in reading ? reading.problem : null;
}
