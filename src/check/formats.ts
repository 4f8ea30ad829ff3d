/** Output formats of `apigov check` (a light module: the CLI lists them without loading the gate). */
export const CHECK_FORMATS = ['text', 'markdown', 'github', 'sarif', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
