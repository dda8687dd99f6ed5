export { requestPing } from './request-ping';
export { getPing } from './get-ping';
export { completePing, CompletePing } from './complete-ping';
export { checkReadiness } from './check-readiness';
