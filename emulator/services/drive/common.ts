/**
 * Helpers shared by the Drive-backed services: blobs (duck-typed, from whoever made them), errors shaped
 * like Apps Script's, and the common parts of creating and looking up files.
 */
import { apiError, unwrap, type Execution } from '../../runtime';
import type { ServiceContext } from '../../world';
import { blobFromBytes, type Blob } from '../utilities';

/** What the emulator needs of an Apps Script Blob (ours or any other implementation). */
export interface BlobLike {
  getBytes(): number[];
  getContentType(): string | null;
  getName(): string | null;
  getDataAsString(charset?: string): string;
}

export function asBlob(v: unknown): BlobLike | undefined {
  const raw = unwrap(v) as Partial<BlobLike> | null | undefined;
  if (
    raw &&
    typeof raw === 'object' &&
    typeof raw.getBytes === 'function' &&
    typeof raw.getContentType === 'function'
  ) {
    return raw as BlobLike;
  }
  // A File or HTTPResponse is a BlobSource: scripts may pass it where a Blob is expected.
  const source = raw as { getBlob?: () => unknown } | null | undefined;
  if (source && typeof source.getBlob === 'function') return asBlob(source.getBlob());
  return undefined;
}

/** Apps Script bytes are signed Java bytes; the emulator keeps unsigned. */
export function blobBytes(blob: BlobLike): Uint8Array {
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}

/** The bare mime type, without parameters such as `; charset=utf-8`. */
export function baseType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** A Blob for the script, its byte arrays built in the script's realm. */
export function makeBlob(exec: Execution, bytes: Uint8Array, contentType: string, name: string | null): Blob {
  return blobFromBytes(bytes, contentType, name, exec.realm);
}

export const notFound = (ctx: ServiceContext, apiMethod: string, id: string) =>
  apiError(ctx.exec, apiMethod, `File not found: ${id}.`, 404);
export const insufficient = (ctx: ServiceContext, apiMethod: string) =>
  apiError(ctx.exec, apiMethod, 'The user does not have sufficient permissions for this file.', 403);

export const rfc3339 = (ms: number) => new Date(ms).toISOString();

export const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
