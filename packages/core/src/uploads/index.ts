export { createUpload } from './create-upload';
export { cleanFilename, type IncomingFile } from './incoming-file';
export { analyzeUpload, type AnalysisOutcome } from './analyze-upload';
export { getUpload } from './get-upload';
export { listUploads } from './list-uploads';
export { deleteUpload } from './delete-upload';
export { compareUploads } from './compare-uploads';
export { formatBytes } from './measure-stream';
