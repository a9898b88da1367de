/*
 * Form fields after GOV.UK's patterns: the label above the field, a hint under it, the
 * error message again beside the field (and in the summary at the top), ids that the
 * summary links to (`field-<name>`). Values are always escaped; a field works without
 * JavaScript.
 */
import type { MessageKey } from '@enlace/i18n';
import type { Problem } from '../api/client.js';
import type { Page } from '../context.js';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

const CODE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  required: 'web.layout.fieldError.required',
  invalid_type: 'web.layout.fieldError.required',
  too_small: 'web.layout.fieldError.too_small',
  too_big: 'web.layout.fieldError.too_big',
  not_allowed: 'web.layout.fieldError.not_allowed',
};

/**
 * The API's field errors in the reader's language, keyed by the form's field names.
 * `labels` names each field as the form does; `messages` gives a field or a code a
 * more precise message (`title:too_small`, or just `same_country`).
 */
export function fieldErrorsOf(
  page: Page,
  problem: Problem | undefined,
  labels: Readonly<Record<string, string>>,
  messages: Readonly<Record<string, string>> = {},
): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of problem?.errors ?? []) {
    // `sdgTargets.2` → `sdgTargets`, `institution.name` → `institution.name` when the form has it.
    const field = labels[issue.field] !== undefined ? issue.field : (issue.field.split('.')[0] ?? issue.field);
    if (seen.has(field)) continue;
    seen.add(field);
    const label = labels[field] ?? field;
    const message =
      messages[`${field}:${issue.code}`] ?? messages[issue.code] ?? page.t(CODE_MESSAGES[issue.code] ?? 'web.layout.fieldError.invalid', { field: label });
    out.push({ field, message });
  }
  return out;
}

export const errorFor = (errors: readonly FieldError[], name: string) => errors.find((e) => e.field === name)?.message;

/** The hidden CSRF field every form that changes something carries. */
export function CsrfField({ page }: { page: Page }) {
  return <input type="hidden" name="_csrf" value={page.csrf()} />;
}

interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

function FieldShell({ name, label, hint, error, children }: FieldProps & { children: JSX.Element }) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={`field-${name}`} safe>
        {label}
      </label>
      {hint ? (
        <p class="hint" id={`hint-${name}`} safe>
          {hint}
        </p>
      ) : (
        ''
      )}
      {error ? (
        <p class="field-error" id={`error-${name}`} safe>
          {error}
        </p>
      ) : (
        ''
      )}
      {children}
    </div>
  );
}

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `hint-${name}` : '', error ? `error-${name}` : ''].filter(Boolean).join(' ') || undefined;

export function TextInput(
  props: FieldProps & {
    readonly value?: string | undefined;
    readonly type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'number' | 'url';
    readonly autocomplete?: string;
    readonly lang?: string | undefined;
    readonly maxlength?: number;
  },
) {
  const { name, hint, error, value, type = 'text', autocomplete, required, lang, maxlength } = props;
  return (
    <FieldShell {...props}>
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        value={value ?? ''}
        autocomplete={autocomplete}
        required={required}
        lang={lang}
        maxlength={maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </FieldShell>
  );
}

export function TextArea(
  props: FieldProps & { readonly value?: string | undefined; readonly rows?: number; readonly lang?: string | undefined; readonly maxlength?: number },
) {
  const { name, hint, error, value, rows = 8, required, lang, maxlength } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={String(rows)}
        required={required}
        lang={lang}
        maxlength={maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
        safe
      >
        {value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
  readonly lang?: string;
}

export function Select(props: FieldProps & { readonly value?: string | undefined; readonly options: readonly Option[]; readonly blank?: string }) {
  const { name, hint, error, value, options, blank, required } = props;
  return (
    <FieldShell {...props}>
      <select id={`field-${name}`} name={name} required={required} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, hint, error)}>
        {blank !== undefined ? (
          <option value="" safe>
            {blank}
          </option>
        ) : (
          ''
        )}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value} lang={o.lang} safe>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes (or radios) under one legend; its first box carries the id the error summary links to. */
export function Choices(
  props: FieldProps & {
    readonly values?: readonly string[];
    readonly options: readonly Option[];
    readonly type?: 'checkbox' | 'radio';
    readonly columns?: boolean;
  },
) {
  const { name, label, hint, error, values = [], options, type = 'checkbox' } = props;
  return (
    <fieldset class={error ? 'field has-error' : 'field'} aria-describedby={describedBy(name, hint, error)} aria-invalid={error ? 'true' : undefined}>
      <legend safe>{label}</legend>
      {hint ? (
        <p class="hint" id={`hint-${name}`} safe>
          {hint}
        </p>
      ) : (
        ''
      )}
      {error ? (
        <p class="field-error" id={`error-${name}`} safe>
          {error}
        </p>
      ) : (
        ''
      )}
      <div class={type === 'radio' ? 'radios' : 'checkboxes'}>
        {options.map((o, i) => (
          <label>
            <input type={type} name={name} value={o.value} checked={values.includes(o.value)} id={i === 0 ? `field-${name}` : undefined} />
            <span lang={o.lang} safe>
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Form fields arrive as a string or, when repeated, a list; this is always a list. */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** One form field as a trimmed string, or undefined when empty. */
export function textOf(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
