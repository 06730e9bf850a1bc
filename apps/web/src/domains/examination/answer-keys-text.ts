import { useTranslation } from 'react-i18next';
import { registerCatalogue } from '../../i18n/i18n';
import { examAnswerKeys } from './answer-keys-words';

registerCatalogue('examAnswerKeys', examAnswerKeys);

/** A question's correct choices in words (one, several, or every one: 전항 정답), and an objection's claim. */
export function useChoiceText() {
  const { t } = useTranslation('examAnswerKeys');
  return {
    choices: (correct: number[], of?: number) =>
      of !== undefined && correct.length === of && of > 1 ? t('allCorrect') : correct.map((c) => t('choice', { choice: c })).join(', '),
    claim: (claim: number) => (claim === 0 ? t('noCorrect') : t('choice', { choice: claim })),
  };
}
