/**
 * Errors the user can cause (bad paths, unreadable or malformed files). They are values with a code
 * and a one-line message; the CLI edge turns them into exit code 2 without a stack trace.
 */
export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'syntax'
  | 'alias-bomb'
  | 'too-deep'
  | 'not-a-contract'
  | 'unsupported-version'
  | 'usage'
  | 'config'
  | 'git'
  | 'output';

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: InputErrorCode, message: string, file?: string, line?: number) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.file = file;
    this.line = line;
  }

  /** `file:line: message`, one line, with control characters escaped. */
  format(): string {
    const where = this.file === undefined ? '' : `${this.file}${this.line === undefined ? '' : `:${this.line}`}: `;
    return oneLine(`${where}${this.message}`);
  }
}

export function isInputError(value: unknown): value is InputError {
  return value instanceof InputError;
}

/** Collapse to one line and make control characters visible, so no input can forge terminal output. */
export function oneLine(text: string): string {
  return escapeControl(text.replace(/\r?\n\s*/g, ' '));
}

// C0 and C1 control characters except tab, plus DEL; the Unicode line separators; and the bidi
// controls that can reorder what a reviewer sees ("Trojan Source"). Newlines are escaped too:
// callers that want line breaks split first.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\n\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
