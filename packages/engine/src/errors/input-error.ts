export type InputErrorCode = 'UNSUPPORTED_INPUT' | 'LIMIT_EXCEEDED';

/** Input the engine refuses, with a message a person can act on. Maps to HTTP 4xx / CLI exit 1. */
export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}
