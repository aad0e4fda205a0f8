import { decodeBase64urlObject, encodeBase64urlJson, localeOrEnglish, normalizeDigits } from '@dubai-pay/contract';
import { readForm } from '../http.ts';
import { TEST_CHALLENGE_CODE } from '../payments/test-cards.ts';
import { sameSecret, type AcsTransaction, type SessionBook } from '../sessions.ts';
import { challengePage, endedPage, erroPage, resultPage, silentPage, type AcsLanguage } from './acs-pages.ts';
import { htmlPage, autoPostForm, type HtmlDocument } from '../html-pages.ts';

/** Wrong codes an ACS accepts before it fails the challenge. */
export const MAX_WRONG_CODES = 3;

// Posts the auto-post forms, and puts focus in the code field: a cross-origin frame's `autofocus`
// is ignored, but once the checkout has moved focus into this frame a script may place it. Focus
// that leaves the frame and comes back finds the field again (Chromium clears it on the way out).
const ACS_SCRIPT = `for(const f of document.querySelectorAll('form[data-autopost]'))setTimeout(()=>f.submit(),Number(f.dataset.delay||0));const into=()=>document.querySelector('[autofocus]')?.focus();into();addEventListener('focus',()=>{if(document.activeElement===document.body)into()});`;

/** Fields of a CReq (EMV 3DS 2.2 browser challenge request). */
interface CReq {
  threeDSServerTransID: string;
  acsTransID: string;
  messageType: string;
  messageVersion: string;
  challengeWindowSize: string;
}

const WINDOW_SIZES = ['01', '02', '03', '04', '05'];

/** An EMV 3DS Erro the ACS sends (errorComponent `A`). */
interface AcsErro {
  code: '101' | '102' | '201' | '203' | '301' | '402' | '403';
  description: string;
  detail: string;
}

const ERRO_DESCRIPTIONS: Record<AcsErro['code'], string> = {
  '101': 'Message Received Invalid',
  '102': 'Message Version Number Not Supported',
  '201': 'Required Data Element Missing',
  '203': 'Format of one or more Data Elements is Invalid according to the Specification',
  '301': 'Transaction ID Not Recognised',
  '402': 'Transaction Timed Out',
  '403': 'Transient System Failure',
};
const erro = (code: AcsErro['code'], detail: string): AcsErro => ({ code, description: ERRO_DESCRIPTIONS[code], detail });

/**
 * What the ACS makes of a CReq: the transaction it names and is waiting for a challenge, with the
 * Erro it answers if the CReq is wrong for it; `null` when it names no such transaction (then
 * there is nowhere to send an Erro: the ACS shows an error page).
 */
function readCReq(sessions: SessionBook, creq: Record<string, unknown> | null): { transaction: AcsTransaction; erro: AcsErro | null } | null {
  if (!creq) return null;
  const { threeDSServerTransID, acsTransID, messageType, messageVersion, challengeWindowSize } = creq as Partial<CReq>;
  const transaction = typeof acsTransID === 'string' ? sessions.acsTransaction(acsTransID, 'challenge') : null;
  if (!transaction) return null;
  const problem =
    messageType !== 'CReq'
      ? erro('101', 'messageType')
      : threeDSServerTransID !== transaction.threeDsServerTransId
        ? erro('301', 'threeDSServerTransID')
        : typeof messageVersion !== 'string'
          ? erro('201', 'messageVersion')
          : messageVersion !== transaction.messageVersion
            ? erro('102', 'messageVersion')
            : !WINDOW_SIZES.includes(String(challengeWindowSize))
              ? erro('203', 'challengeWindowSize')
              : transaction.behaviour === 'erro_creq'
                ? erro('203', 'sandbox test card: the ACS refuses the CReq')
                : transaction.behaviour === 'erro_internal'
                  ? erro('403', 'sandbox test card: the ACS failed')
                  : null;
  return { transaction, erro: problem };
}

/**
 * The sandbox's ACS (the issuer's 3-D Secure server), on its own origin:
 * - `POST /3ds/method`: the 3DS Method page, loaded hidden; it "collects device data" and posts
 *   `threeDSMethodData` back to the gateway's method notification URL (a silent test card never does);
 * - `POST /3ds/challenge`: takes a CReq, checks it against the transaction, shows the one-time code
 *   page; a CReq that is wrong for its transaction (or a test card's failing ACS) gets an Erro,
 *   posted through the browser to the notification URL like a CRes;
 * - `POST /3ds/challenge/answer`: the code (three wrong codes fail), cancel, a language switch, or
 *   the ACS's own timeout. The result goes to the gateway server to server (the RReq leg), then
 *   the CRes is posted through the browser to the notification URL.
 */
export function createAcsApp(sessions: SessionBook, gatewayOrigin: string) {
  const wrongCodes = new Map<string, number>();
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self' ${gatewayOrigin}; base-uri 'none'`;
  const page = (status: number, document: HtmlDocument) => htmlPage(status, document, csp);

  function cresFor(transaction: AcsTransaction, transStatus: 'Y' | 'N', cancel?: '01'): string {
    return encodeBase64urlJson({
      threeDSServerTransID: transaction.threeDsServerTransId,
      acsTransID: transaction.acsTransId,
      messageType: 'CRes',
      messageVersion: transaction.messageVersion,
      transStatus,
      challengeCompletionInd: 'Y',
      ...(cancel ? { challengeCancel: cancel } : {}),
    });
  }

  function erroFor(transaction: AcsTransaction, problem: AcsErro): string {
    return encodeBase64urlJson({
      threeDSServerTransID: transaction.threeDsServerTransId,
      acsTransID: transaction.acsTransId,
      messageType: 'Erro',
      messageVersion: transaction.messageVersion,
      errorCode: problem.code,
      errorComponent: 'A',
      errorDescription: problem.description,
      errorDetail: problem.detail,
      errorMessageType: problem.code === '402' ? 'CRes' : 'CReq',
    });
  }

  const erroAnswer = (transaction: AcsTransaction, lang: AcsLanguage, problem: AcsErro) =>
    page(200, erroPage(lang, problem.code === '402', autoPostForm(transaction.notificationUrl, { cres: erroFor(transaction, problem) })));

  async function method(request: Request): Promise<Response> {
    const data = (await readForm(request)).get('threeDSMethodData');
    const fields = decodeBase64urlObject(data);
    const transaction = typeof fields?.['threeDSServerTransID'] === 'string' ? sessions.acsTransaction(fields['threeDSServerTransID'], 'method') : null;
    // The notification URL must be the one the 3DS Server registered: the ACS posts nowhere else.
    if (!data || !transaction || fields?.['threeDSMethodNotificationURL'] !== transaction.notificationUrl) {
      return page(400, endedPage('en', 'invalid'));
    }
    const notify = transaction.silentMethod
      ? ''
      : autoPostForm(transaction.notificationUrl, { threeDSMethodData: data }).replace('data-autopost', 'data-autopost data-delay="300"');
    return page(200, { lang: transaction.language, title: '3DS Method', head: '<script src="/3ds/acs.js" defer></script>', body: notify });
  }

  async function challenge(request: Request): Promise<Response> {
    const read = readCReq(sessions, decodeBase64urlObject((await readForm(request)).get('creq')));
    if (!read) return page(400, endedPage('en', 'invalid'));
    const { transaction } = read;
    if (read.erro) return erroAnswer(transaction, transaction.language, read.erro);
    if (transaction.behaviour === 'silent') return page(200, silentPage(transaction.language));
    return page(200, challengePage(transaction, transaction.language, MAX_WRONG_CODES - (wrongCodes.get(transaction.acsTransId) ?? 0)));
  }

  async function answer(request: Request): Promise<Response> {
    const form = await readForm(request);
    const lang: AcsLanguage = localeOrEnglish(form.get('lang'));
    const transaction = sessions.acsTransaction(form.get('acs_trans_id') ?? '', 'challenge');
    if (!transaction) return page(410, endedPage(lang, 'ended'));
    // Only the challenge page this ACS served carries its token: a form elsewhere, or a bot with the ids, is refused.
    if (!sameSecret(form.get('page_token') ?? '', transaction.pageToken)) return page(403, endedPage(lang, 'refused'));
    const action = form.get('action');
    const left = () => MAX_WRONG_CODES - (wrongCodes.get(transaction.acsTransId) ?? 0);
    if (action === 'language') return page(200, challengePage(transaction, lang === 'ar' ? 'en' : 'ar', left()));
    if (action === 'timeout' && transaction.behaviour === 'erro_timeout') {
      // The ACS gives up on the cardholder: N (reason 14) to the gateway, an Erro 402 through the browser.
      sessions.challengeResult(transaction.acsTransId, 'N', '14');
      wrongCodes.delete(transaction.acsTransId);
      return erroAnswer(transaction, lang, erro('402', 'challenge'));
    }
    let transStatus: 'Y' | 'N';
    let cancel: '01' | undefined;
    let settled = false;
    if (action === 'cancel') {
      sessions.challengeResult(transaction.acsTransId, 'canceled');
      transStatus = 'N';
      cancel = '01';
    } else if (normalizeDigits(form.get('code') ?? '').trim() === TEST_CHALLENGE_CODE) {
      // A test card's issuer may still answer A, U or R after the right code.
      const { behaviour } = transaction;
      const result = behaviour === 'A' || behaviour === 'U' || behaviour === 'R' ? behaviour : 'Y';
      sessions.challengeResult(transaction.acsTransId, result);
      transStatus = result === 'Y' ? 'Y' : 'N';
      // A and U are for the gateway to weigh: the page says neither verified nor refused.
      settled = result === 'A' || result === 'U';
    } else {
      wrongCodes.set(transaction.acsTransId, (wrongCodes.get(transaction.acsTransId) ?? 0) + 1);
      if (left() > 0) return page(200, challengePage(transaction, lang, left(), true));
      sessions.challengeResult(transaction.acsTransId, 'N', '01');
      transStatus = 'N';
    }
    wrongCodes.delete(transaction.acsTransId);
    return page(
      200,
      resultPage(
        lang,
        settled ? 'returning' : cancel ? 'canceled' : transStatus === 'Y' ? 'verified' : 'failed',
        autoPostForm(transaction.notificationUrl, { cres: cresFor(transaction, transStatus, cancel) }),
      ),
    );
  }

  return async function acsFetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === 'GET' && pathname === '/3ds/acs.js') {
      return new Response(ACS_SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' } });
    }
    if (request.method === 'GET' && pathname === '/3ds/acs.css') {
      return new Response(ACS_STYLE, { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' } });
    }
    if (request.method === 'POST' && pathname === '/3ds/method') return method(request);
    if (request.method === 'POST' && pathname === '/3ds/challenge') return challenge(request);
    if (request.method === 'POST' && pathname === '/3ds/challenge/answer') return answer(request);
    return page(404, endedPage('en', 'notFound'));
  };
}

// The page takes its whole challenge window (EMV 03 is 600 px tall): the code form's buttons sit at
// the window's foot, not above a blank band.
const ACS_STYLE = `body{font:16px/1.5 system-ui,'Noto Sans Arabic',sans-serif;margin:0;color:#1b1f23;background:#fff}:lang(ar){font-family:'Noto Sans Arabic',system-ui,sans-serif}
main{padding:1rem;max-inline-size:30rem;margin-inline:auto;box-sizing:border-box;min-block-size:100vh;display:flex;flex-direction:column}header{display:flex;justify-content:space-between;align-items:center;gap:1rem}
h1{font-size:1.2rem;margin:.25rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}dd{margin:0}
dd{text-align:start}bdi{unicode-bidi:isolate}label{display:block;font-weight:600;margin-block:.75rem .25rem}
input{font:inherit;font-size:1.25rem;letter-spacing:.2em;inline-size:100%;box-sizing:border-box;min-block-size:44px;padding:.25rem .5rem;border:1px solid #5a6570;border-radius:6px;direction:ltr;text-align:center}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-block-start:1rem}.challenge{flex:1;display:flex;flex-direction:column}.challenge .actions{margin-block-start:auto;padding-block-start:1rem}button{font:inherit;min-block-size:44px;min-inline-size:44px;padding-inline:1.25rem;border-radius:6px;border:1px solid #0b5c3b;cursor:pointer}
.primary{background:#0b5c3b;color:#fff}.secondary{background:#fff;color:#0b5c3b}.link{background:none;border:0;color:#0b5c3b;text-decoration:underline;padding:0}
.error{color:#a4161a;font-weight:600}.hint{color:#4a535c;font-size:.875rem}:focus-visible{outline:3px solid #b25e00;outline-offset:2px}
.spinner{inline-size:2rem;block-size:2rem;border:4px solid #d0d7de;border-block-start-color:#0b5c3b;border-radius:50%;animation:spin 1s linear infinite;margin:2rem auto}
@keyframes spin{to{transform:rotate(1turn)}}@media (prefers-reduced-motion:reduce){.spinner{animation:none}}`;
