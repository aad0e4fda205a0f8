import type { FieldsForm } from './form.ts';
import { wireField } from './field-rules.ts';
import type { FieldKey } from './i18n.ts';
import type { FrameReport } from './parent-channel.ts';
import { LOCAL_ERROR_CODES, fieldOfGatewayError, paymentMethodRequest } from './payment-details.ts';
import type { Tokenizer } from './tokenize.ts';

/**
 * Answers the parent's `submit`: checks the fields in the frame first (errors shown at the
 * fields, the first invalid one focused), then asks the gateway for a token. The reply names the
 * request and carries the token and its masked summary, or an error code and the field it is
 * about; never a digit of the details (rule 1). A submit while one runs is answered with that
 * one's outcome; no second request is sent.
 */
export async function submitDetails(form: FieldsForm, tokenizer: Tokenizer, requestId: string): Promise<FrameReport> {
  const method = form.method ?? 'card';
  if (!tokenizer.busy) {
    const invalid = form.validateAll();
    if (invalid) return { type: 'dubai-pay:error', request_id: requestId, code: LOCAL_ERROR_CODES[invalid.key], field: wireField(invalid.key) };
  }
  form.setBusy(true);
  const outcome = await tokenizer.tokenize(paymentMethodRequest(method, form.values));
  form.setBusy(false);
  if (outcome.paymentMethod) return { type: 'dubai-pay:tokenized', request_id: requestId, payment_method: outcome.paymentMethod };
  const { code, param } = outcome.error;
  const key: FieldKey | undefined = fieldOfGatewayError(method, code, param);
  if (key === undefined) return { type: 'dubai-pay:error', request_id: requestId, code };
  form.showError(key, 'invalid');
  return { type: 'dubai-pay:error', request_id: requestId, code, field: wireField(key) };
}
