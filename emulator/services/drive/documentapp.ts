/**
 * A minimal DocumentApp over Drive's Docs: enough to show that `DocumentApp.create/openById` need the full
 * `documents` scope (scopes.ts) and to read or append paragraphs. A Doc's body is its text, one paragraph
 * per line; a new Doc has one empty paragraph, so `appendParagraph('A')` makes the body text "\nA" as in
 * Google Docs.
 */
import type { Models } from '../../models';
import { appsScriptError, markEmulated } from '../../runtime';
import type { ServiceContext } from '../../world';
import { createFile } from './files';
import { atLeast, effectiveRole, MIME, textToHtml, webViewLink, type DriveFileRecord } from './state';

const MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

/** DocumentApp is not limited by `drive.file`: any Doc the user can open is reachable with `documents`. */
function docRecord(ctx: ServiceContext, id: string): DriveFileRecord {
  const f = ctx.world.drive.files[id];
  if (
    !f ||
    f.mimeType !== MIME.document ||
    f.trashed ||
    !effectiveRole(ctx.world.drive, f, ctx.exec.effectiveUser)
  ) {
    throw appsScriptError(ctx.exec, MISSING);
  }
  f.doc ??= { text: '', html: textToHtml('') };
  return f;
}

abstract class DocPart {
  constructor(
    protected readonly ctx: ServiceContext,
    protected readonly docId: string,
  ) {}
  protected _doc(): DriveFileRecord {
    return docRecord(this.ctx, this.docId);
  }
  protected _paragraphs(): string[] {
    return this._doc().doc!.text.split('\n');
  }
  protected _write(paragraphs: string[]): void {
    const f = this._doc();
    if (!atLeast(effectiveRole(this.ctx.world.drive, f, this.ctx.exec.effectiveUser), 'writer')) {
      throw appsScriptError(this.ctx.exec, 'Access denied: DocumentApp.');
    }
    const text = paragraphs.join('\n');
    f.doc = { text, html: textToHtml(text) };
    f.modifiedTime = this.ctx.exec.clock.now();
    f.lastModifyingUser = this.ctx.exec.effectiveUser.toLowerCase();
  }
}

export class Paragraph
  extends DocPart
  implements Models<GoogleAppsScript.Document.Paragraph, 'getText' | 'setText'>
{
  constructor(
    ctx: ServiceContext,
    docId: string,
    private readonly index: number,
  ) {
    super(ctx, docId);
  }
  getText(): string {
    return this._paragraphs()[this.index] ?? '';
  }
  setText(text: string): Paragraph {
    const ps = this._paragraphs();
    ps[this.index] = String(text).replace(/\n/g, '\r');
    this._write(ps);
    return this;
  }
}

export class Body
  extends DocPart
  implements
    Models<
      GoogleAppsScript.Document.Body,
      'appendParagraph' | 'clear' | 'getNumChildren' | 'getParagraphs' | 'getText' | 'setText'
    >
{
  getText(): string {
    return this._doc().doc!.text;
  }
  setText(text: string): Body {
    this._write(String(text).split('\n'));
    return this;
  }
  clear(): Body {
    this._write(['']);
    return this;
  }
  appendParagraph(text: string): Paragraph {
    const ps = this._paragraphs();
    ps.push(String(text).replace(/\n/g, '\r'));
    this._write(ps);
    return new Paragraph(this.ctx, this.docId, ps.length - 1);
  }
  getParagraphs(): Paragraph[] {
    return this._paragraphs().map((_, i) => new Paragraph(this.ctx, this.docId, i));
  }
  getNumChildren(): number {
    return this._paragraphs().length;
  }
}

export class Document
  extends DocPart
  implements
    Models<
      GoogleAppsScript.Document.Document,
      'getBody' | 'getId' | 'getName' | 'getUrl' | 'saveAndClose' | 'setName'
    >
{
  getId(): string {
    return this._doc().id;
  }
  getName(): string {
    return this._doc().name;
  }
  setName(name: string): Document {
    const f = this._doc();
    f.name = String(name);
    return this;
  }
  getUrl(): string {
    return webViewLink(this._doc());
  }
  getBody(): Body {
    return new Body(this.ctx, this.docId);
  }
  /** Writes go straight to the state, so there is nothing left to flush. */
  saveAndClose(): void {
    this._doc();
  }
}

class DocumentAppService implements Models<
  GoogleAppsScript.Document.DocumentApp,
  'create' | 'getActiveDocument' | 'openById' | 'openByUrl',
  'getActiveDocument'
> {
  constructor(private readonly ctx: ServiceContext) {}
  create(name: string): Document {
    const f = createFile(this.ctx, 'DocumentApp', { name: String(name), mimeType: MIME.document });
    return new Document(this.ctx, f.id);
  }
  openById(id: string): Document {
    docRecord(this.ctx, String(id));
    return new Document(this.ctx, String(id));
  }
  openByUrl(url: string): Document {
    const id = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(String(url))?.[1];
    if (!id) throw appsScriptError(this.ctx.exec, MISSING);
    return this.openById(id);
  }
  /** The script runs in a spreadsheet: there is no active document (null, which the typings omit). */
  getActiveDocument(): Document | null {
    return null;
  }
}

markEmulated(DocumentAppService, 'DocumentApp', 'document');
markEmulated(Document, 'Document', 'document');
markEmulated(Body, 'Body', 'document');
markEmulated(Paragraph, 'Paragraph', 'document');

export function createDocumentApp(ctx: ServiceContext): object {
  return new DocumentAppService(ctx);
}
