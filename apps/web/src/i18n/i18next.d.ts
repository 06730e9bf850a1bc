import 'i18next';
import type { Texts } from './catalogue';
import type { resources } from './i18n';
import type { DomainCatalogues } from '../domains/catalogues';

type Loaded = typeof resources & DomainCatalogues;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
    resources: { [NS in keyof Loaded]: Texts<Loaded[NS]> };
  }
}
