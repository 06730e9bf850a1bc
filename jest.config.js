// Unit tests run anywhere; integration and end-to-end tests need the real infrastructure, which
// the integration project's global setup brings up, and run one file at a time (shared broker).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@baeum/(api|calendar|contracts|documents|messaging|service-kit|source-data|testing)$': '<rootDir>/libs/$1/src/index.ts',
  '^@baeum/(curriculum|enrollment|examination|finance|gateway|notification)$': '<rootDir>/services/$1/src/index.ts',
};
const common = { rootDir: __dirname, testEnvironment: 'node', transform: { '^.+\\.ts$': swc }, moduleNameMapper };
// The web app's logic and components: TSX with React's automatic runtime, in a DOM (jsdom).
const swcWeb = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  // Integration tests start processes and wait for events; unit tests finish long before this.
  testTimeout: 180000,
  projects: [
    // The benchmarks' own logic (the runner's table) is unit-tested too; the benchmarks themselves are not tests.
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,platform}/**/src/**/*.spec.ts', '<rootDir>/bench/*.spec.ts'] },
    {
      rootDir: __dirname,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      transform: { '^.+\\.tsx?$': swcWeb },
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/test/style-stub.js' },
      setupFiles: ['<rootDir>/apps/web/test/setup.js'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services,platform,apps}/**/test/**/*.{integration,e2e}-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      slowTestThreshold: 60,
    },
  ],
};
