import { expect } from 'chai';
import { createClient } from '@dubai-pay/core';
import type { SandboxEnv, TestApi } from './env.ts';
import { pickService } from './fixtures.ts';

export function feesSuite({ describe, it }: TestApi, env: () => SandboxEnv): void {
  const client = () => createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey });

  describe('fees: catalog', () => {
    it('lists 25 entities with names in Arabic and English', async () => {
      const entities = await client().fees.entities();
      expect(entities).to.have.length(25);
      for (const entity of entities) {
        expect(entity.name.en).to.match(/[A-Za-z]/);
        expect(entity.name.ar).to.match(/[\u0600-\u06ff]/);
        expect(entity.serviceCount).to.be.greaterThan(0);
      }
    });

    it('lists at least 250 services, each with camelCase fields and integer fees', async () => {
      const services = await client().fees.services();
      expect(services.length).to.be.at.least(250);
      for (const service of services) {
        expect(service.entityId).to.be.a('string');
        expect(Number.isInteger(service.knowledgeFee)).to.equal(true);
        if (service.fee.type === 'fixed') expect(Number.isInteger(service.fee.amount)).to.equal(true);
      }
      const kinds = new Set(services.map((s) => s.fee.type));
      expect([...kinds].sort()).to.deep.equal(['fixed', 'lookup', 'per_unit']);
    });

    it("filters one entity's services", async () => {
      const services = await client().fees.services({ entity: 'rta' });
      expect(services.length).to.be.greaterThan(5);
      expect(services.every((s) => s.entityId === 'rta')).to.equal(true);
    });
  });

  describe('fees: search', () => {
    const names = async (query: string) => (await client().fees.search(query)).map((s) => s.id);

    it('finds services in English whatever the case and word order', async () => {
      const a = await names('licence driving');
      const b = await names('DRIVING Licence');
      expect(a.length).to.be.greaterThan(0);
      expect(a).to.deep.equal(b);
    });

    it('ignores Arabic diacritics, tatweel, hamza forms and taa marbuta', async () => {
      const plain = await names('رخصة قيادة');
      expect(plain.length).to.be.greaterThan(0);
      for (const variant of ['رُخْصَةُ قِيادَة', 'رخـــصة القيادة', 'رخصه قياده', 'قيادة رخصة']) {
        expect(await names(variant), variant).to.include.members(plain);
      }
      expect(await names('اصدار')).to.deep.equal(await names('إصدار'));
    });

    it('ranks name matches first and honours limit and entity', async () => {
      const services = await client().fees.search('renew', { entity: 'rta', limit: 3 });
      expect(services.length).to.be.within(1, 3);
      expect(services.every((s) => s.entityId === 'rta')).to.equal(true);
    });

    it('returns nothing for a query that matches nothing', async () => {
      expect(await names('zzqqxx')).to.deep.equal([]);
    });
  });

  describe('fees: quotes', () => {
    it('prices a fixed-fee service with knowledge and innovation fee lines', async () => {
      const { service: fixed, inputs } = await pickService(client(), (s) => s.fee.type === 'fixed' && s.knowledgeFee > 0);
      if (fixed.fee.type !== 'fixed') throw new Error('not fixed');
      const { quote, error } = await client().fees.quote({ service: fixed.id, inputs });
      expect(error).to.equal(undefined);
      expect(quote?.items.map((i) => i.kind)).to.deep.equal(['service_fee', 'knowledge_fee', 'innovation_fee']);
      expect(quote?.total).to.equal(fixed.fee.amount + 2000);
      expect(quote?.currency).to.equal('AED');
      expect(Date.parse(quote?.expiresAt ?? '')).to.be.greaterThan(Date.now());
    });

    it('prices a per-year service by the number of years', async () => {
      const { service: perYear, inputs } = await pickService(
        client(),
        (s) => s.fee.type === 'per_unit' && s.fee.quantityInput === 'years' && (s.inputs.find((i) => i.name === 'years')?.max ?? 0) >= 2,
      );
      if (perYear.fee.type !== 'per_unit') throw new Error('not per unit');
      const one = await client().fees.quote({ service: perYear.id, inputs: { ...inputs, years: 1 } });
      const two = await client().fees.quote({ service: perYear.id, inputs: { ...inputs, years: '٢' } }); // Arabic-Indic 2
      expect((two.quote?.total ?? 0) - (one.quote?.total ?? 0)).to.equal(perYear.fee.unitAmount);
    });

    it('looks up fines by plate number, and says when nothing is due or the plate is unknown', async () => {
      const { service: fines } = await pickService(
        client(),
        (s) => s.fee.type === 'lookup' && s.fee.kind === 'fine' && s.inputs.length === 1 && s.inputs[0]?.name === 'plate_number',
      );
      const owed = await client().fees.quote({ service: fines.id, inputs: { plate_number: 'A 12345' } });
      expect(owed.quote?.items.some((i) => i.kind === 'fine')).to.equal(true);
      expect(owed.quote?.inputs).to.deep.equal({ plate_number: 'A 12345' }); // opaque keys stay as sent
      const again = await client().fees.quote({ service: fines.id, inputs: { plate_number: 'a 12345' } });
      expect(again.quote?.total).to.equal(owed.quote?.total);
      expect((await client().fees.quote({ service: fines.id, inputs: { plate_number: 'B 12340' } })).error?.code).to.equal('nothing_due');
      expect((await client().fees.quote({ service: fines.id, inputs: { plate_number: 'Z 99999' } })).error?.code).to.equal('reference_not_found');
    });

    it('returns invalid inputs as a typed bilingual error with the field path', async () => {
      const { service: fines } = await pickService(client(), (s) => s.inputs.length === 1 && s.inputs[0]?.name === 'plate_number');
      const { error } = await client().fees.quote({ service: fines.id, inputs: { plate_number: '!!' } });
      expect(error?.code).to.equal('invalid_request');
      expect(error?.param).to.equal('inputs.plate_number');
      expect(error?.issues[0]?.path).to.equal('inputs.plate_number');
      expect(error?.messages.ar).to.match(/[\u0600-\u06ff]/);
      const missing = await client().fees.quote({ service: fines.id });
      expect(missing.error?.issues.map((i) => i.path)).to.include('inputs.plate_number');
    });

    it('returns an unknown service as service_not_found', async () => {
      expect((await client().fees.quote({ service: 'no-such-service' })).error?.code).to.equal('service_not_found');
    });
  });
}
