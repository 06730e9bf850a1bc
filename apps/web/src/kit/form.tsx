import { createContext, type ReactNode, useCallback, useContext, useId, useMemo, useRef, useState } from 'react';
import { type FieldValues, FormProvider, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, asApiError } from '../api/client';
import { ActionStatus, type Outcome } from './action-status';
import { Button } from './button';
import { decodeProblem, encodeProblem, type Problem, problemOf } from './error-text';

/** What the fields of a form tell it: their labels, so the summary of problems can name them. */
interface FormRegistry {
  label(name: string, text: string): () => void;
  labelOf(name: string): string | undefined;
  has(name: string): boolean;
}

const RegistryContext = createContext<FormRegistry | null>(null);
export const useFormRegistry = () => useContext(RegistryContext);

export interface FormProps<V extends FieldValues, R> {
  form: UseFormReturn<V>;
  /** Sends the values; a thrown ApiError is shown beside each field it names, the rest beside the submit button. */
  onSubmit(values: V): Promise<R>;
  /** The words for a success, shown beside the submit button. */
  success?: string | ((result: R) => string);
  submitLabel: string;
  /** More actions beside submit (cancel, back). */
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Clears the fields after a success (a form for adding several things in turn). */
  resetOnSuccess?: boolean;
  /** Accessible name of the form when it has no visible heading of its own. */
  label?: string;
  className?: string;
  /** Asks before sending (a destructive or irreversible action). */
  confirm?: (values: V) => boolean | Promise<boolean>;
}

/**
 * A form of the kit: fields from ./fields inside, validated on the client by the same rules the
 * server has (as codes), and on submit by the server. Every problem is shown beside its field in the
 * user's language, focus moves to the first, a summary names them for screen readers, and the
 * outcome of the action (success or a problem of the whole) is shown beside the submit button.
 */
export function Form<V extends FieldValues, R = unknown>(props: FormProps<V, R>) {
  const { form, onSubmit, success, submitLabel, actions, children, testId, resetOnSuccess, label, className, confirm } = props;
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [invalidFields, setInvalidFields] = useState<string[]>([]);
  const labels = useRef(new Map<string, string>());
  const summaryId = useId();

  const registry = useMemo<FormRegistry>(
    () => ({
      label(name, text) {
        labels.current.set(name, text);
        return () => labels.current.delete(name);
      },
      labelOf: (name) => labels.current.get(name),
      has: (name) => labels.current.has(name),
    }),
    [],
  );

  const showInvalid = useCallback(
    (names: string[]) => {
      // Names, not labels: the summary is worded at render time, in the language of the moment.
      setInvalidFields(names);
      const first = names.find((n) => labels.current.has(n));
      if (first) form.setFocus(first as Path<V>, { shouldSelect: false });
    },
    [form],
  );

  const submit = form.handleSubmit(
    async (values) => {
      setOutcome(null);
      setInvalidFields([]);
      if (confirm && !(await confirm(values))) return;
      try {
        const result = await onSubmit(values);
        const text = typeof success === 'function' ? success(result) : success;
        if (text) setOutcome({ kind: 'success', text });
        if (resetOnSuccess) form.reset();
      } catch (error) {
        const apiError = error instanceof ApiError ? error : asApiError(error);
        const placed: string[] = [];
        const unplaced: Problem[] = [];
        for (const problem of apiError.fieldErrors) {
          if (labels.current.has(problem.field)) {
            form.setError(problem.field as Path<V>, {
              type: 'server',
              message: encodeProblem({ code: problem.code, params: problem.params }),
            });
            placed.push(problem.field);
          } else {
            unplaced.push({ code: problem.code, params: problem.params });
          }
        }
        if (placed.length > 0) showInvalid(placed);
        // A problem of the whole (or of a field this form does not show) goes beside the action.
        if (placed.length === 0 || unplaced.length > 0)
          setOutcome({ kind: 'problem', problems: unplaced.length > 0 ? unplaced : [problemOf(apiError)] });
      }
    },
    (errors) => {
      setOutcome(null);
      showInvalid(Object.keys(flatten(errors)));
    },
  );

  return (
    <RegistryContext.Provider value={registry}>
      <FormProvider {...form}>
        <form
          className={className ? `baeum-form ${className}` : 'baeum-form'}
          noValidate
          onSubmit={submit}
          data-testid={testId}
          aria-label={label}
          aria-describedby={invalidFields.length > 0 ? summaryId : undefined}
        >
          {invalidFields.length > 0 && (
            <p id={summaryId} className="form-summary" role="alert" data-testid={testId ? `${testId}-summary` : undefined}>
              {t('form.invalid', { count: invalidFields.length, fields: invalidFields.map((n) => labels.current.get(n) ?? n).join(', ') })}
            </p>
          )}
          {children}
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting} testId={testId ? `${testId}-submit` : undefined}>
              {submitLabel}
            </Button>
            {actions}
          </div>
          <ActionStatus outcome={outcome} testId={testId ? `${testId}-status` : undefined} />
        </form>
      </FormProvider>
    </RegistryContext.Provider>
  );
}

/** react-hook-form's nested errors as dotted names (`ratings.0.score`). */
function flatten(errors: object, prefix = ''): Record<string, true> {
  const names: Record<string, true> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if ('message' in value || 'type' in value) names[name] = true;
    else Object.assign(names, flatten(value, name));
  }
  return names;
}

/** Re-exported for fields: how a problem is kept in react-hook-form. */
export { decodeProblem, encodeProblem };
