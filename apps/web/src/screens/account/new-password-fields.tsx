import { useTranslation } from 'react-i18next';
import { TextField } from '../../kit';

/**
 * A new password and the same again, with the server's rules (10 to 200 characters) checked as it
 * would: the fields of 내 계정's change and of the reset mail's page. The form's values must name them
 * `newPassword` and `confirmPassword`.
 */
export function NewPasswordFields({ testIds }: { testIds: { newPassword: string; confirmPassword: string } }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        label={t('account.new')}
        hint={t('account.newHint')}
        required
        minLength={10}
        maxLength={200}
        autoComplete="new-password"
        testId={testIds.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t('account.confirm')}
        required
        autoComplete="new-password"
        testId={testIds.confirmPassword}
        validate={(value, values) => (value === values.newPassword ? null : { code: 'FORM.PASSWORDS_DIFFER' })}
      />
    </>
  );
}
