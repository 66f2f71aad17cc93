/** Error codes of the core; each names one kind of failure a caller can act on. */
export type CoreErrorCode = 'E_CONFIG_INVALID' | 'E_UNKNOWN_TYPE' | 'E_KEY_MISSING' | 'E_INPUT_INVALID';

/** The one error type of piguard: a code to branch on, a message for people, and the cause. */
export class PiguardError extends Error {
  readonly code: string;
  constructor(code: CoreErrorCode | (string & {}), message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PiguardError';
    this.code = code;
  }
}
