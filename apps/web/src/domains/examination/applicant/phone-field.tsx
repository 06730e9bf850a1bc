import { TextField } from '../../../kit';
import { PHONE_EXAMPLE, phoneProblem } from './rules';

/**
 * The applicant's mobile phone: asks for the form of its example (010-1234-5678) and judges the
 * value the box holds now, so the example typed in full never shows the format problem.
 */
export function PhoneField({ name, label, hint, testId }: { name: string; label: string; hint: string; testId?: string }) {
  return (
    <TextField
      name={name}
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      label={label}
      placeholder={PHONE_EXAMPLE}
      hint={hint}
      required
      validate={phoneProblem}
      testId={testId}
    />
  );
}
