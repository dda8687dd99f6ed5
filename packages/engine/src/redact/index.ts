export { redact, type RedactOptions, type RedactionKind } from './redact';
export { isSecretKey } from './secret-keys';
