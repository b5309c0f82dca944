/**
 * A short-lived, single-purpose file link the graph hands out: to upload one document to an order, or to
 * download one. The link carries a random token; only its SHA-256 is stored, so the table leaks no usable
 * links. Upload links are spent by their first successful upload.
 */
export interface FileSlot {
  /** Hex SHA-256 of the token. */
  tokenHash: string;
  kind: 'UPLOAD' | 'DOWNLOAD';
  orderId: string;
  /** UPLOAD: the document type the file must be. */
  documentTypeId: string | null;
  /** UPLOAD: the file name to store. */
  fileName: string | null;
  /** DOWNLOAD: the document to send. */
  documentId: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** How long a link stays valid. */
export const FILE_SLOT_MINUTES = { UPLOAD: 15, DOWNLOAD: 5 } as const;

/** Why a slot cannot be used now, or null when it can. */
export function slotRefusal(
  slot: FileSlot | null,
  kind: FileSlot['kind'],
  now: Date,
): 'NOT_FOUND' | 'EXPIRED' | null {
  if (!slot || slot.kind !== kind) return 'NOT_FOUND';
  if (slot.expiresAt.getTime() <= now.getTime() || (slot.kind === 'UPLOAD' && slot.usedAt)) return 'EXPIRED';
  return null;
}

/** A file name safe to store and to send back in Content-Disposition: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[^\w.\- ()]/g, '_').slice(0, 200) || 'document';
}
