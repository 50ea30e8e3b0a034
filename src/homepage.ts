/** The project's home: the README, the rule docs and the pre-commit hook's repository. */
export const homepage = 'https://github.com/byo-lint/byo-lint';
