import type { BrowserInfo, DubaiPayClient, InputValues, PaymentSession, Service } from '@dubai-pay/core';

/** Valid values for the inputs the catalog uses most; others are made from their pattern. */
const SAMPLES: Record<string, string> = {
  plate_number: 'A 12345',
  traffic_file_number: '12345678',
  emirates_id: '784199012345671',
  licence_number: '1234567',
  case_number: '2026/1234',
  account_number: '2012345671',
  passport_number: 'N1234567',
};

/** Inputs that pass a service's rules (a reference that owes something), or undefined if none known. */
export function sampleInputs(service: Service): InputValues | undefined {
  const values: InputValues = {};
  for (const input of service.inputs) {
    if (input.kind === 'integer') {
      values[input.name] = input.min ?? 1;
      continue;
    }
    const value = SAMPLES[input.name] ?? '1'.repeat(input.minLength ?? input.maxLength ?? 6);
    if (input.pattern && !new RegExp(input.pattern).test(value)) return undefined;
    values[input.name] = value;
  }
  return values;
}

/** The first service matching `test` whose inputs can be filled. */
export async function pickService(client: DubaiPayClient, test: (service: Service) => boolean): Promise<{ service: Service; inputs: InputValues }> {
  for (const service of await client.fees.services()) {
    const inputs = sampleInputs(service);
    if (inputs && test(service)) return { service, inputs };
  }
  throw new Error('the catalog has no service for this test');
}

/** A fixed-fee service with the government fee lines, quoted and opened as a session. */
export async function openSession(client: DubaiPayClient): Promise<PaymentSession> {
  const { service, inputs } = await pickService(client, (s) => s.fee.type === 'fixed' && s.knowledgeFee > 0);
  const { quote, error } = await client.fees.quote({ service: service.id, inputs });
  if (!quote) throw error;
  const result = await client.sessions.createFromQuote(quote.id);
  if (!result.session) throw result.error;
  return result.session;
}

export const browserInfo: BrowserInfo = {
  language: 'ar-AE',
  colorDepth: 24,
  screenHeight: 900,
  screenWidth: 1440,
  timeZoneOffset: -240,
  userAgent: 'test',
  javaEnabled: false,
  javascriptEnabled: true,
};
