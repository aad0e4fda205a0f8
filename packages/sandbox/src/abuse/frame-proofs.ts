import { randomId } from '../ids.ts';

/** What the gateway put in one hosted fields page it served. */
export interface FrameProof {
  id: string;
  agencyId: string;
  /** The embedding page's origin. */
  origin: string;
  /** The session (`ps_…`) or quote (`qt_…`) the frame was opened for. */
  payment: string;
  expiresAt: number;
  /** The live token made through this frame, if any: a new one revokes it. */
  liveToken: string | null;
  /**
   * The `Accept` header the cardholder's browser sent for this page, a document request: what the
   * AReq's `browserAcceptHeader` asks for (a script's API call carries its own, `application/json`).
   */
  documentAccept: string;
}

/** Longer than any session or quote a frame is opened for: the payment's own expiry is what the customer is told. */
export const FRAME_PROOF_LIFETIME_MS = 2 * 60 * 60_000;
/** The header the hosted fields send their proof in. */
export const FRAME_PROOF_HEADER = 'x-dubai-pay-frame-proof';

/**
 * Proof that card details come from a hosted fields page the gateway served, for this agency
 * and this payment: a random id written into the page, kept here with what it was for. Card
 * details from a browser without a live proof are refused, so the `Origin` header alone (which
 * any bot can set) is not enough; a token made with one is bound to its payment and agency.
 */
export class FrameProofs {
  readonly #proofs = new Map<string, FrameProof>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  issue(agencyId: string, origin: string, payment: string, documentAccept: string): FrameProof {
    const now = this.#now();
    for (const [id, proof] of this.#proofs) if (proof.expiresAt <= now) this.#proofs.delete(id);
    const proof: FrameProof = {
      id: randomId('fp', 24),
      agencyId,
      origin,
      payment,
      expiresAt: now + FRAME_PROOF_LIFETIME_MS,
      liveToken: null,
      documentAccept: documentAccept.slice(0, 2048),
    };
    this.#proofs.set(proof.id, proof);
    return proof;
  }

  /** The live proof with this id for this agency, or null. */
  find(id: string | null, agencyId: string): FrameProof | null {
    const proof = id ? this.#proofs.get(id) : undefined;
    return proof && proof.agencyId === agencyId && proof.expiresAt > this.#now() ? proof : null;
  }
}
