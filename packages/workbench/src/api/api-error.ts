/** The error codes of the API; the HTTP status follows from the code. */
export const API_ERRORS = {
  E_BAD_REQUEST: 400,
  E_VALIDATION: 400,
  E_UNAUTHENTICATED: 401,
  E_BAD_LOGIN: 401,
  E_FORBIDDEN: 403,
  E_CSRF: 403,
  E_PASSWORD_CHANGE_REQUIRED: 403,
  E_NOT_FOUND: 404,
  E_CONFLICT: 409,
  E_TOO_LARGE: 413,
  E_UNSUPPORTED_MEDIA: 415,
  E_RATE_LIMITED: 429,
} as const;

/** One of the API error codes. */
export type ApiErrorCode = keyof typeof API_ERRORS;

/** One problem with a request field: where it is and what is wrong (never the value sent). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An error that becomes a JSON response `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ApiErrorCode, message: string, options: { issues?: FieldIssue[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }

  /** The HTTP status of this error. */
  get status(): (typeof API_ERRORS)[ApiErrorCode] {
    return API_ERRORS[this.code];
  }
}

/** Not found, or not visible to this user: both answer the same so that nothing leaks about other units. */
export function notFound(what: string): ApiError {
  return new ApiError('E_NOT_FOUND', `no such ${what}`);
}
