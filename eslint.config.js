import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries: what each package may import of ours. A layer only reaches down, so it
 * can be read, tested and changed without what sits above it, and no cycle can form.
 * services/*, packages/devstack and test/ assemble everything and are not restricted.
 */
const LAYERS = {
  config: [], // the environment schema: a leaf
  domain: [], // schemas, taxonomies, rules as plain data and functions: what everything builds on
  i18n: ['domain'], // words for the domain's statuses, stages, roles; browser-safe
  db: ['domain', 'config'], // tables typed by the domain's enums; the migrate command reads the environment
  queue: ['domain', 'config'], // job payloads typed by the domain; connections from the environment
  matching: ['domain', 'i18n'], // the ranking: pure functions; its reasons worded through i18n
  search: ['domain'], // Meilisearch: takes documents and settings, never reads PostgreSQL
  messages: ['domain', 'i18n', 'matching'], // what a notification says (email, inbox, webhook) and where it may go
  registry: ['domain', 'db', 'i18n', 'matching', 'messages'], // the verbs over PostgreSQL; stores profiles and messages
  matchmaking: ['domain', 'db', 'matching', 'registry', 'search'], // workflows joining the registry, the index and the ranking
};
const OURS = [...Object.keys(LAYERS), 'devstack', 'api', 'worker', 'web', 'test'];

const importBoundaries = Object.entries(LAYERS).map(([layer, allowed]) => ({
  files: [`packages/${layer}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: OURS.filter((p) => p !== layer && !allowed.includes(p)).flatMap((p) => [`@enlace/${p}`, `@enlace/${p}/*`]),
            message: `@enlace/${layer} may import only ${allowed.map((p) => `@enlace/${p}`).join(', ') || 'none of our packages'} (the layer table in eslint.config.js).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'migrations/**', '.enlace/**', '**/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Type-aware rules: each file is checked with the types of its workspace's tsconfig.json
    // (found by the project service), so a promise nobody waits for is a lint error.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  ...importBoundaries,
  {
    // The web interface reads nothing but the API, over HTTP: the domain's codes and rules
    // (to show only what the API will allow) and the words are all it may import. Only the
    // generator of its API types reads the API's OpenAPI document in process.
    files: ['services/web/src/**'],
    ignores: ['services/web/src/api/generate.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: OURS.filter((p) => p !== 'domain' && p !== 'i18n').flatMap((p) => [`@enlace/${p}`, `@enlace/${p}/*`]),
              message: 'The web interface reads nothing but the API: it may import only @enlace/domain and @enlace/i18n.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**', '**/cli.ts', '**/*-cli.ts', '**/start.ts', '**/bench/**'],
    rules: { 'no-console': 'off' },
  },
);
