import { type ReactNode, useEffect, useId } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { decodeProblem, problemText } from './error-text';
import { useFormRegistry } from './form';

export interface FieldGroupProps {
  /** The name the API gives the group as a whole (`agencyQuotas`): its problems show here. */
  name: string;
  legend: string;
  hint?: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
}

/**
 * A group of fields that the API also judges as a whole — a list of rows (`agencyQuotas.0.seats`,
 * …) with rules about the list (no agency twice, no more seats than the capacity). A fieldset
 * with its legend; the problem of the whole group is shown beside it and named in the form's
 * summary, and goes away as soon as any field of the group changes.
 */
export function FieldGroup({ name, legend, hint, children, testId, className }: FieldGroupProps) {
  const { t } = useTranslation();
  const { control, clearErrors } = useFormContext();
  const { errors } = useFormState({ control, name });
  const registry = useFormRegistry();
  const id = useId();
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const problem = decodeProblem(error?.message ?? error?.root?.message);

  useEffect(() => registry?.label(name, legend), [registry, name, legend]);

  return (
    <fieldset
      className={['form-group choice-group field-group', className].filter(Boolean).join(' ')}
      data-field={name}
      aria-describedby={[problem ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
      data-testid={testId}
      onChange={() => {
        if (problem) clearErrors(name);
      }}
    >
      <legend className="form-legend">{legend}</legend>
      {children}
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
