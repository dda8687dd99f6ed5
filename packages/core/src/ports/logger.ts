/** The slice of a structured logger (pino-compatible) that core and the apps rely on. */
export interface Logger {
  info(object: object, message?: string): void;
  info(message: string): void;
  warn(object: object, message?: string): void;
  warn(message: string): void;
  error(object: object, message?: string): void;
  error(message: string): void;
  debug(object: object, message?: string): void;
  debug(message: string): void;
  child(bindings: Record<string, unknown>): Logger;
}
