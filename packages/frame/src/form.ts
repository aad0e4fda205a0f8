import { deletionOf } from './caret.ts';
import { FIELDS_OF, OPTIONAL_FIELDS, brandOf, errorShowsAtOnce, editField, validateField, type FieldErrors, type FieldValues, type FrameMethod } from './field-rules.ts';
import { HOLDER_NAME_MAX_LENGTH } from './holder-name.ts';
import { errorMessage, type FieldErrorKey, type FieldKey, type FrameStrings } from './i18n.ts';
import { DIGITS_CLASS } from './class-names.ts';

/** How each input is made: what browsers may autofill, which keyboard phones show. */
interface InputSpec {
  autocomplete: string;
  digits: boolean;
  secret?: boolean;
}

const INPUTS: Record<FieldKey, InputSpec> = {
  number: { autocomplete: 'cc-number', digits: true },
  expiry: { autocomplete: 'cc-exp', digits: true },
  cvc: { autocomplete: 'cc-csc', digits: true },
  name: { autocomplete: 'cc-name', digits: false },
  // Not `cc-number`: a browser must not offer a saved Visa card for an e-Dirham card.
  edirhamNumber: { autocomplete: 'off', digits: true },
  pin: { autocomplete: 'off', digits: true, secret: true },
};

interface FieldView {
  label: HTMLLabelElement;
  input: HTMLInputElement;
  hint: HTMLParagraphElement;
  error: HTMLParagraphElement;
}

export interface FieldsFormOptions {
  form: HTMLFormElement;
  /** The current time, for the expiry date. */
  now: () => Date;
  /** After every edit; the values never leave the frame. */
  onEdit: () => void;
}

/**
 * The inputs of the current method, built with the DOM API only (no HTML strings, rule 4). Holds
 * the values (digits only for the number fields) and which errors are shown; shows an error at
 * the field, in an `aria-live` region tied to the input by `aria-describedby`.
 */
export class FieldsForm {
  readonly #options: FieldsFormOptions;
  readonly #views = new Map<FieldKey, FieldView>();
  #method: FrameMethod | undefined;
  #strings: FrameStrings | undefined;
  #values: FieldValues = {};
  #errors: FieldErrors = {};
  /** Fields typed in (emptied ones too): only these are checked as focus leaves them. */
  readonly #edited = new Set<FieldKey>();

  constructor(options: FieldsFormOptions) {
    this.#options = options;
    options.form.noValidate = true;
    // Enter in a field must not navigate; paying is the parent's button.
    options.form.addEventListener('submit', (event) => event.preventDefault());
  }

  get values(): FieldValues {
    return { ...this.#values };
  }

  get method(): FrameMethod | undefined {
    return this.#method;
  }

  /** Shows the method's fields in the given language. Changing the language keeps what was typed; changing the method starts empty. */
  render(method: FrameMethod, strings: FrameStrings): void {
    this.#strings = strings;
    if (method !== this.#method) {
      this.#method = method;
      this.#values = {};
      this.#errors = {};
      this.#views.clear();
      this.#options.form.replaceChildren(...FIELDS_OF[method].map((key) => this.#build(key)));
    }
    this.#options.form.setAttribute('aria-label', strings.form[method]);
    for (const key of this.#views.keys()) this.#relabel(key);
  }

  /** Checks every field and shows every error, an empty field's too; focuses the first invalid field and returns it. */
  validateAll(): { key: FieldKey; error: string } | undefined {
    let first: { key: FieldKey; error: string } | undefined;
    for (const key of this.#views.keys()) {
      const error = validateField(key, this.#values, this.#options.now());
      this.#setError(key, error);
      if (error !== undefined) first ??= { key, error };
    }
    if (first) this.focus(first.key);
    return first;
  }

  /** Shows an error the gateway found, and focuses the field. */
  showError<K extends FieldKey>(key: K, error: FieldErrorKey<K>): void {
    this.markInvalid(key, error);
    this.focus(key);
  }

  /** Marks a field the gateway refused (a wrong PIN, an incorrect CVC), with the field's own message. */
  markInvalid<K extends FieldKey>(key: K, error: FieldErrorKey<K> = 'invalid' as FieldErrorKey<K>): void {
    this.#setError(key, error);
  }

  focus(key: FieldKey): void {
    this.#views.get(key)?.input.focus();
  }

  /** Wipes every value and error. */
  clear(): void {
    this.#values = {};
    this.#edited.clear();
    for (const [key, view] of this.#views) {
      view.input.value = '';
      this.#setError(key, undefined);
    }
    this.#relabel('cvc');
  }

  /** While the details are being exchanged for a token they cannot be changed. */
  setBusy(busy: boolean): void {
    this.#options.form.setAttribute('aria-busy', String(busy));
    for (const view of this.#views.values()) view.input.readOnly = busy;
  }

  #build(key: FieldKey): HTMLDivElement {
    const spec = INPUTS[key];
    const id = `dp-${key}`;
    const wrapper = element('div', 'dp-field');
    wrapper.dataset.field = key;
    const label = element('label', 'dp-label');
    label.htmlFor = id;
    const input = element('input', spec.digits ? `dp-input ${DIGITS_CLASS}` : 'dp-input');
    input.id = id;
    input.name = key;
    input.type = spec.secret ? 'password' : 'text';
    input.autocomplete = spec.autocomplete as AutoFill;
    input.spellcheck = false;
    input.required = !OPTIONAL_FIELDS.has(key);
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', spec.digits ? 'off' : 'characters');
    // The error first: it is what a screen reader should say on arriving at a field that has one.
    input.setAttribute('aria-describedby', `${id}-error ${id}-hint`);
    if (spec.digits) input.inputMode = 'numeric';
    else input.maxLength = HOLDER_NAME_MAX_LENGTH;
    const hint = element('p', 'dp-hint');
    hint.id = `${id}-hint`;
    const error = element('p', 'dp-error');
    error.id = `${id}-error`;
    error.setAttribute('aria-live', 'polite');
    wrapper.append(label, input, hint, error);
    this.#views.set(key, { label, input, hint, error });
    input.addEventListener('input', (event) => this.#onInput(key, input, event));
    input.addEventListener('blur', () => this.#onBlur(key));
    return wrapper;
  }

  #onInput(key: FieldKey, input: HTMLInputElement, event: Event): void {
    if (key === 'name') {
      this.#values.name = input.value;
    } else {
      const raw = input.value;
      const edit = editField(key, raw, input.selectionStart ?? raw.length, deletionOf((event as InputEvent).inputType), this.#values);
      if (edit.value !== raw) input.value = edit.value;
      if (input.ownerDocument.activeElement === input) input.setSelectionRange(edit.caret, edit.caret);
      this.#values[key] = edit.digits;
    }
    this.#edited.add(key);
    this.#revalidate(key);
    // The number's brand decides the CVC's length and hint.
    if (key === 'number' && this.#views.has('cvc')) {
      this.#relabel('cvc');
      if (this.#errors.cvc !== undefined || (this.#values.cvc ?? '') !== '') this.#revalidate('cvc');
    }
    this.#options.onEdit();
  }

  /** While typing: an error goes away once fixed; a new one shows only if typing on cannot fix it. */
  #revalidate(key: FieldKey): void {
    const error = validateField(key, this.#values, this.#options.now());
    const shows = error !== undefined && (errorShowsAtOnce(key, this.#values, error) || (this.#errors[key] !== undefined && this.#errors[key] === error));
    this.#setError(key, shows ? error : undefined);
  }

  /**
   * Leaving a field shows what is wrong with it, an emptied required field too (WCAG 3.3.1). One
   * only passed through (Tab to look around) is not marked: Pay, or show-problems, says it is missing.
   */
  #onBlur(key: FieldKey): void {
    if (!this.#edited.has(key)) return;
    this.#setError(key, validateField(key, this.#values, this.#options.now()));
  }

  #setError(key: FieldKey, error: string | undefined): void {
    const view = this.#views.get(key);
    if (!view) return;
    (this.#errors as Record<string, string | undefined>)[key] = error;
    // Also what the stylesheet marks the input by.
    view.input.setAttribute('aria-invalid', String(error !== undefined));
    const message = error === undefined || !this.#strings ? '' : errorMessage(this.#strings, key, error as FieldErrorKey<typeof key>);
    if (view.error.textContent !== message) view.error.textContent = message;
  }

  #relabel(key: FieldKey): void {
    const view = this.#views.get(key);
    const strings = this.#strings;
    if (!view || !strings) return;
    view.label.textContent = strings.labels[key];
    view.hint.textContent = key === 'cvc' && brandOf(this.#values) === 'amex' ? strings.hints.cvcAmex : strings.hints[key];
    if (key === 'expiry') view.input.placeholder = strings.placeholders.expiry;
    this.#setError(key, this.#errors[key]);
  }
}

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className: string): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
