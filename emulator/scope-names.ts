/** OAuth scope URLs, in a module of their own so that runtime.ts and scopes.ts need not import each other. */
export const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  gmail: 'https://mail.google.com/',
  drive: 'https://www.googleapis.com/auth/drive',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  documents: 'https://www.googleapis.com/auth/documents',
  documentsCurrentOnly: 'https://www.googleapis.com/auth/documents.currentonly',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;
