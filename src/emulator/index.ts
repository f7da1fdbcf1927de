// The Snyk API emulator: a faithful, offline stand-in for Snyk's REST and v1 APIs as documented.
export { generateState } from './generate.ts';
export {
  type LinkForm,
  REALITY_ALL,
  REALITY_SWITCHES,
  type RealityOptions,
  type RealitySwitch,
  V1_REST_EQUIVALENTS,
} from './reality/options.ts';
export { parseReality, validateReality } from './reality/parse.ts';
export { startEmulator } from './server.ts';
export type * from './state-types.ts';
export type {
  Emulator,
  EmulatorOptions,
  FaultConfig,
  FaultResponse,
  FaultRule,
  RateLimitConfig,
  RequestLogEntry,
  RestResponseRecord,
} from './types.ts';
