export { buildApp, type App, type AppDeps } from './app';
