import boundaries from 'eslint-plugin-boundaries';

const allow = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

/**
 * The import direction of the house: web → contract ← server, and the rule engine and rule plans beside the
 * contract, shared by both; inside web, features → data / components / lib, and another feature only through its index.ts. Tests may
 * also reach the server (they run it in process).
 */
export const fences = {
  files: ['src/**/*.{ts,tsx}'],
  // The entry only mounts the app: it is the one file above every layer.
  ignores: ['src/web/main.tsx'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
    'boundaries/elements': [
      { type: 'contract', pattern: 'src/contract' },
      { type: 'rule-engine', pattern: 'src/rule-engine' },
      { type: 'rule-plans', pattern: 'src/rule-plans' },
      { type: 'server', pattern: 'src/server' },
      { type: 'app', pattern: 'src/web/app' },
      { type: 'data', pattern: 'src/web/data' },
      { type: 'lib', pattern: 'src/web/lib' },
      { type: 'components', pattern: 'src/web/components' },
      { type: 'feature', pattern: 'src/web/features/*', capture: ['feature'] },
      { type: 'web-test', pattern: 'src/web/test' },
    ],
    'boundaries/files': [{ category: 'test', pattern: ['**/*.test.{ts,tsx}', '**/*.test-support.{ts,tsx}'] }],
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          allow('contract', ['contract']),
          allow('rule-engine', ['rule-engine', 'contract']),
          allow('rule-plans', ['rule-plans', 'contract']),
          allow('server', ['server', 'contract', 'rule-engine', 'rule-plans']),
          allow('lib', ['lib', 'contract', 'rule-engine', 'rule-plans']),
          allow('data', ['data', 'lib', 'contract', 'rule-engine', 'rule-plans']),
          allow('components', ['components', 'data', 'lib', 'contract', 'rule-engine', 'rule-plans']),
          allow('feature', ['data', 'components', 'lib', 'contract', 'rule-engine', 'rule-plans']),
          {
            from: { element: { type: 'feature' } },
            allow: {
              to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
            },
          },
          {
            from: { element: { type: 'feature' } },
            allow: { to: { element: { type: 'feature', internalPath: 'index.ts' } } },
          },
          allow('app', ['app', 'feature', 'data', 'components', 'lib', 'contract']),
          allow('web-test', [
            'web-test',
            'app',
            'feature',
            'data',
            'components',
            'lib',
            'contract',
            'rule-engine',
            'rule-plans',
            'server',
          ]),
          {
            from: { file: { categories: 'test' } },
            allow: {
              to: {
                element: {
                  types: {
                    anyOf: [
                      'web-test',
                      'server',
                      'app',
                      'feature',
                      'data',
                      'components',
                      'lib',
                      'contract',
                      'rule-engine',
                      'rule-plans',
                    ],
                  },
                },
              },
            },
          },
        ],
      },
    ],
  },
};
