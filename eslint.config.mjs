import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Architecture rules checked on every build (docs/architecture.md, "Rules that keep it one system", rule 11):
 * a service imports only libs, never another service; contracts import nothing; the testing lib
 * is for tests; only the embedded host composes services; no deep imports into a project.
 */
export default [
  { ignores: ['**/dist/**', '**/node_modules/**', 'tmp/**', '.data/**', '.infra/**', 'apps/web/src/api/schema.d.ts'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            // The HTTP contract (bodies, error codes) builds on the event contracts only.
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:contracts'] },
            // Libs' tests may use the testing lib; their production code may not (rule below).
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:api', 'type:contracts', 'type:lib', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:api', 'type:contracts', 'type:lib'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:api', 'type:contracts', 'type:lib', 'type:testing'] },
            // The web app speaks to the server only through its generated client: it imports no lib and no service.
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:host',
              onlyDependOnLibsWithTags: ['type:api', 'type:contracts', 'type:lib', 'type:testing', 'type:service'],
            },
          ],
        },
      ],
      // Deep imports into another project (past its index.ts) are refused.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@baeum/*/*'], message: 'Import a project through its public index (@baeum/<name>), not its files.' }] },
      ],
    },
  },
  {
    // The embedded host is the composition root: it alone starts services, so it alone imports them.
    files: ['platform/embedded/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The web app's browser tests start the whole system, as the embedded host does.
    files: ['apps/web/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Production code of a service never reaches for the testing lib; its tests may.
    files: ['services/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/testing/**', 'services/*/src/database/spec-database.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@baeum/testing', message: 'The testing lib is for tests only.' }],
          patterns: [{ group: ['@baeum/*/*'], message: 'Import a project through its public index (@baeum/<name>), not its files.' }],
        },
      ],
    },
  },
];
