// Export: the live Snyk group as config YAML that plans to zero changes.
export {
  type ExportedFile,
  type ExportOptions,
  exportConfig,
  GROUP_FILE,
  orgFileName,
  SINGLE_FILE,
} from './export-config.ts';
export { buildExportModel, type ExportModel } from './export-model.ts';
export { type ReadAll, type ReadAllOptions, readAllLive } from './read-all.ts';
