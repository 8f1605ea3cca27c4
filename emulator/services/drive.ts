/**
 * Drive and Docs: the Advanced Drive service v3 (`Drive`), `DriveApp` and a minimal `DocumentApp`, all
 * views over one `DriveState` in the world. The parts live in `drive/`; this module is their public face.
 */
export {
  createDriveState,
  openWithApp,
  addDriveFile,
  listDriveFiles,
  fileContent,
  MIME,
  type DriveState,
  type DriveFileRecord,
  type DriveNotification,
  type DriveFileSummary,
  type PermissionRecord,
  type Role,
} from './drive/state';
export { createAdvancedDrive } from './drive/advanced';
export { createDriveApp } from './drive/driveapp';
export { createDocumentApp } from './drive/documentapp';
export { htmlToText } from './drive/html';
export { exportDocHtml, type DocExportOptions } from './drive/export';
export { docToPdf } from './drive/pdf';
export { typeInDocSection, editDocText } from './drive/docs-edit';
