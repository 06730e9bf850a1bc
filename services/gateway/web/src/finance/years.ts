import { h } from '../dom';
import { setText, t } from '../i18n';
import type { BookYear } from './api';

/** This year in Seoul, where fiscal years are calendar years. */
export const thisFiscalYear = (): number => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric' }).format(new Date()));

/** A fiscal-year chooser over the books that exist; choosing moves to `hashFor(year)`. */
export function yearPicker(id: string, years: BookYear[], selected: number, hashFor: (year: number) => string): HTMLElement {
  const choose = h('select', { id, 'data-testid': id }, ...years.map((y) => {
    const option = h('option', { value: String(y.fiscalYear) });
    setText(option, () => t('fin.yearOption', { year: y.fiscalYear }));
    return option;
  }));
  choose.value = String(selected);
  choose.addEventListener('change', () => (location.hash = hashFor(Number(choose.value))));
  const label = h('label', { for: id });
  setText(label, 'fin.fiscalYear');
  return h('div', { class: 'field' }, label, choose);
}
