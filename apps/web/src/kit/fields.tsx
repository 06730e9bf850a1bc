import { type ReactNode, useEffect, useId } from 'react';
import { type FieldValues, get, type RegisterOptions, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { decodeProblem, encodeProblem, type AnyErrorCode, type Problem, problemText } from './error-text';
import { useFormRegistry } from './form';

/**
 * Client-side rules, the same as the server's, as codes: a rule broken shows the same words the
 * server's code would. `validate` answers a problem or null.
 */
export interface Rules {
  required?: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: { value: RegExp; code: AnyErrorCode };
  validate?: (value: unknown, values: FieldValues) => Problem | null;
}

function toRegisterOptions(rules: Rules, extra: RegisterOptions = {}): RegisterOptions {
  const options: RegisterOptions = { ...extra };
  if (rules.required) options.required = encodeProblem({ code: 'VALIDATION.REQUIRED' });
  if (rules.min !== undefined)
    options.min = { value: rules.min, message: encodeProblem({ code: 'VALIDATION.MIN', params: { min: rules.min } }) };
  if (rules.max !== undefined)
    options.max = { value: rules.max, message: encodeProblem({ code: 'VALIDATION.MAX', params: { max: rules.max } }) };
  if (rules.minLength !== undefined)
    options.minLength = {
      value: rules.minLength,
      message: encodeProblem({ code: 'VALIDATION.MIN_LENGTH', params: { min: rules.minLength } }),
    };
  if (rules.maxLength !== undefined)
    options.maxLength = {
      value: rules.maxLength,
      message: encodeProblem({ code: 'VALIDATION.MAX_LENGTH', params: { max: rules.maxLength } }),
    };
  if (rules.pattern) options.pattern = { value: rules.pattern.value, message: encodeProblem({ code: rules.pattern.code }) };
  if (rules.validate) {
    const validate = rules.validate;
    options.validate = (value: unknown, values: FieldValues) => {
      const problem = validate(value, values);
      return problem ? encodeProblem(problem) : true;
    };
  }
  return options;
}

interface FieldFrameProps {
  name: string;
  label: ReactNode;
  /** The label as text, for the summary of problems (when `label` is not a string). */
  labelText?: string;
  hint?: ReactNode;
  required?: boolean;
  testId?: string;
  /** Renders the control with its id, aria attributes and registration. */
  control(props: { id: string; invalid: boolean; describedBy: string | undefined }): ReactNode;
  className?: string;
}

/**
 * A KRDS form group: label, control, hint and the field's problem in the user's language. A
 * problem the server gave disappears as soon as the value changes; a client rule is checked
 * again on each change once the field has been left or submitted.
 */
function FieldFrame({ name, label, labelText, hint, required, testId, control, className }: FieldFrameProps) {
  const { t } = useTranslation();
  const { control: formControl } = useFormContext();
  const { errors } = useFormState({ control: formControl, name });
  const registry = useFormRegistry();
  const id = useId();
  const error = get(errors, name) as { message?: string } | undefined;
  const problem = decodeProblem(error?.message);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  const text = labelText ?? (typeof label === 'string' ? label : name);
  useEffect(() => registry?.label(name, text), [registry, name, text]);

  return (
    <div className={['form-group', className].filter(Boolean).join(' ')} data-field={name}>
      <div className="form-tit">
        <label htmlFor={id}>
          {label}
          {required && (
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
          {required && <span className="sr-only"> ({t('state.required')})</span>}
        </label>
      </div>
      <div className={`form-conts${problem ? ' is-error' : ''}`}>{control({ id, invalid: Boolean(problem), describedBy })}</div>
      {problem && (
        <p id={errorId} className="form-hint-invalid" data-testid={testId ? `${testId}-error` : undefined}>
          {problemText(t, problem)}
        </p>
      )}
      {hint && (
        <p id={hintId} className="form-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A server's problem goes away when the value changes; the client's rules take over from there. */
function useRegister(name: string, rules: Rules, extra: RegisterOptions = {}) {
  const { register, clearErrors, getFieldState, formState } = useFormContext();
  return register(name, {
    ...toRegisterOptions(rules, extra),
    onChange: () => {
      if (getFieldState(name, formState).error?.type === 'server') clearErrors(name);
    },
  });
}

interface BaseFieldProps extends Rules {
  name: string;
  label: ReactNode;
  labelText?: string;
  hint?: ReactNode;
  testId?: string;
  disabled?: boolean;
  className?: string;
}

export interface TextFieldProps extends BaseFieldProps {
  type?: 'text' | 'email' | 'password' | 'tel' | 'search' | 'url';
  autoComplete?: string;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'decimal';
  readOnly?: boolean;
}

export function TextField({
  name,
  label,
  labelText,
  hint,
  testId,
  disabled,
  className,
  type = 'text',
  autoComplete,
  placeholder,
  inputMode,
  readOnly,
  ...rules
}: TextFieldProps) {
  const registration = useRegister(name, rules, { setValueAs: (v: unknown) => (typeof v === 'string' ? v.trim() : v) });
  return (
    <FieldFrame
      name={name}
      label={label}
      labelText={labelText}
      hint={hint}
      required={rules.required}
      testId={testId}
      className={className}
      control={({ id, invalid, describedBy }) => (
        <input
          {...registration}
          id={id}
          type={type}
          className="krds-input"
          autoComplete={autoComplete}
          placeholder={placeholder}
          inputMode={inputMode}
          readOnly={readOnly}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-required={rules.required || undefined}
          aria-describedby={describedBy}
          data-testid={testId}
        />
      )}
    />
  );
}

export interface NumberFieldProps extends BaseFieldProps {
  /** Shown after the box: 명, 원, 시간. */
  unit?: string;
  step?: number;
}

/** A whole number; an empty box is no value (not 0), so a required field says so. */
export function NumberField({ name, label, labelText, hint, testId, disabled, className, unit, step = 1, ...rules }: NumberFieldProps) {
  const registration = useRegister(name, rules, {
    setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
  });
  return (
    <FieldFrame
      name={name}
      label={label}
      labelText={labelText}
      hint={hint}
      required={rules.required}
      testId={testId}
      className={className}
      control={({ id, invalid, describedBy }) => (
        <span className="input-with-unit">
          <input
            {...registration}
            id={id}
            type="number"
            inputMode="numeric"
            step={step}
            min={rules.min}
            max={rules.max}
            className="krds-input"
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-required={rules.required || undefined}
            aria-describedby={describedBy}
            data-testid={testId}
          />
          {unit && (
            <span className="unit" aria-hidden="true">
              {unit}
            </span>
          )}
        </span>
      )}
    />
  );
}

export interface DateFieldProps extends BaseFieldProps {
  type?: 'date' | 'time' | 'month';
  minDate?: string;
  maxDate?: string;
}

/** A date (YYYY-MM-DD), a time (HH:MM) or a month, with the browser's own picker. */
export function DateField({
  name,
  label,
  labelText,
  hint,
  testId,
  disabled,
  className,
  type = 'date',
  minDate,
  maxDate,
  ...rules
}: DateFieldProps) {
  const registration = useRegister(name, rules, { setValueAs: (v: unknown) => (v === '' ? undefined : v) });
  return (
    <FieldFrame
      name={name}
      label={label}
      labelText={labelText}
      hint={hint}
      required={rules.required}
      testId={testId}
      className={className}
      control={({ id, invalid, describedBy }) => (
        <input
          {...registration}
          id={id}
          type={type}
          min={minDate}
          max={maxDate}
          className="krds-input date-input"
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-required={rules.required || undefined}
          aria-describedby={describedBy}
          data-testid={testId}
        />
      )}
    />
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
  /** 'ko' for a Korean proper name shown on an English page. */
  lang?: string;
}

export interface SelectFieldProps extends BaseFieldProps {
  options: Option[];
  /** The empty first choice ("선택하세요"); false for none. */
  placeholder?: string | false;
  /** Stores the chosen value as a number. */
  numeric?: boolean;
}

export function SelectField({
  name,
  label,
  labelText,
  hint,
  testId,
  disabled,
  className,
  options,
  placeholder,
  numeric,
  ...rules
}: SelectFieldProps) {
  const { t } = useTranslation();
  const registration = useRegister(name, rules, { setValueAs: (v: unknown) => (v === '' ? undefined : numeric ? Number(v) : v) });
  return (
    <FieldFrame
      name={name}
      label={label}
      labelText={labelText}
      hint={hint}
      required={rules.required}
      testId={testId}
      className={className}
      control={({ id, invalid, describedBy }) => (
        <select
          {...registration}
          id={id}
          className="krds-form-select"
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-required={rules.required || undefined}
          aria-describedby={describedBy}
          data-testid={testId}
        >
          {placeholder !== false && <option value="">{placeholder ?? t('state.choose')}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export interface TextAreaFieldProps extends BaseFieldProps {
  rows?: number;
}

export function TextAreaField({ name, label, labelText, hint, testId, disabled, className, rows = 3, ...rules }: TextAreaFieldProps) {
  const registration = useRegister(name, rules, { setValueAs: (v: unknown) => (typeof v === 'string' ? v.trim() : v) });
  return (
    <FieldFrame
      name={name}
      label={label}
      labelText={labelText}
      hint={hint}
      required={rules.required}
      testId={testId}
      className={className}
      control={({ id, invalid, describedBy }) => (
        <textarea
          {...registration}
          id={id}
          rows={rows}
          className="krds-input textarea"
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-required={rules.required || undefined}
          aria-describedby={describedBy}
          data-testid={testId}
        />
      )}
    />
  );
}

/** One checkbox with its label beside it (an agreement, a switch). */
export function CheckboxField({ name, label, labelText, hint, testId, disabled, className, ...rules }: BaseFieldProps) {
  const { t } = useTranslation();
  const { formState } = useFormContext();
  const registration = useRegister(
    name,
    rules.required ? { ...rules, required: false, validate: (v) => (v ? null : { code: 'VALIDATION.REQUIRED' }) } : rules,
  );
  const id = useId();
  const registry = useFormRegistry();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  const problem = decodeProblem(error?.message);
  const text = labelText ?? (typeof label === 'string' ? label : name);
  useEffect(() => registry?.label(name, text), [registry, name, text]);
  return (
    <div className={['form-group', className].filter(Boolean).join(' ')} data-field={name}>
      <div className={`form-conts${problem ? ' is-error' : ''}`}>
        <div className="krds-form-check">
          <input
            {...registration}
            type="checkbox"
            id={id}
            disabled={disabled}
            aria-invalid={Boolean(problem) || undefined}
            aria-describedby={problem ? `${id}-error` : hint ? `${id}-hint` : undefined}
            data-testid={testId}
          />
          <label htmlFor={id}>
            {label}
            {rules.required && <span className="sr-only"> ({t('state.required')})</span>}
          </label>
        </div>
      </div>
      {problem && (
        <p id={`${id}-error`} className="form-hint-invalid" data-testid={testId ? `${testId}-error` : undefined}>
          {problemText(t, problem)}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface ChoiceFieldProps extends BaseFieldProps {
  options: Option[];
  /** Radio buttons (one) or checkboxes (several). */
  multiple?: boolean;
  /** Stores the chosen value(s) as numbers (a rating of 1–5). */
  numeric?: boolean;
  inline?: boolean;
}

/** A group of radio buttons or checkboxes in a fieldset; arrow keys move between radios. */
export function ChoiceField({
  name,
  label,
  labelText,
  hint,
  testId,
  disabled,
  className,
  options,
  multiple,
  numeric,
  inline = true,
  ...rules
}: ChoiceFieldProps) {
  const { t } = useTranslation();
  const { formState } = useFormContext();
  const registration = useRegister(
    name,
    rules,
    numeric
      ? {
          setValueAs: (v: unknown) =>
            Array.isArray(v) ? v.map(Number) : v === null || v === '' || v === undefined ? undefined : Number(v),
        }
      : {},
  );
  const id = useId();
  const registry = useFormRegistry();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  const problem = decodeProblem(error?.message);
  const text = labelText ?? (typeof label === 'string' ? label : name);
  useEffect(() => registry?.label(name, text), [registry, name, text]);
  return (
    <fieldset
      className={['form-group choice-group', className].filter(Boolean).join(' ')}
      data-field={name}
      aria-describedby={problem ? `${id}-error` : hint ? `${id}-hint` : undefined}
      data-testid={testId}
    >
      <legend className="form-legend">
        {label}
        {rules.required && <span className="sr-only"> ({t('state.required')})</span>}
      </legend>
      <div className={`krds-check-area${inline ? ' inline' : ''}${problem ? ' is-error' : ''}`}>
        {options.map((o, i) => (
          <div className="krds-form-check" key={o.value}>
            <input
              {...registration}
              type={multiple ? 'checkbox' : 'radio'}
              id={`${id}-${i}`}
              value={o.value}
              disabled={disabled || o.disabled}
              aria-invalid={Boolean(problem) || undefined}
              data-testid={testId ? `${testId}-${o.value}` : undefined}
            />
            <label htmlFor={`${id}-${i}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {problem && (
        <p id={`${id}-error`} className="form-hint-invalid" data-testid={testId ? `${testId}-error` : undefined}>
          {problemText(t, problem)}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
