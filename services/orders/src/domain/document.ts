/**
 * Documents attached to orders (the customer-signed installation report, ...). The type comes from masters'
 * document types (allowed content types, size limit); the content type is decided from the bytes, never from
 * the name or what the client claims.
 */

/** orders' copy of a masters document type, kept from `document_type.*` events. */
export interface KnownDocumentType {
  id: string;
  code: string;
  name: string;
  /** Which order types need it at which process step (e.g. NEW at INSTALLATION: the signed report). */
  requiredFor: { orderType: string; step: string }[];
  allowedContentTypes: string[];
  maxSizeBytes: number;
  active: boolean;
}

/**
 * Whether an order has every document its step needs: at least one document type must be set up in masters
 * as required for the order type at the step (the installation step needs the customer-signed installation
 * report), and the order must have a document of each such active type.
 */
export function hasRequiredDocuments(
  types: readonly KnownDocumentType[],
  attachedTypeIds: ReadonlySet<string>,
  orderType: string,
  step: string,
): boolean {
  const required = types.filter(
    (t) => t.active && t.requiredFor.some((r) => r.orderType === orderType && r.step === step),
  );
  return required.length > 0 && required.every((t) => attachedTypeIds.has(t.id));
}

/** A stored document of an order (without its bytes). */
export interface OrderDocument {
  id: string;
  orderId: string;
  documentTypeId: string;
  documentTypeCode: string;
  fileName: string;
  /** Detected from the bytes. */
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string;
}

/** The file signatures we recognise: magic bytes at the start of the file. */
const SIGNATURES: readonly { contentType: string; magic: readonly number[] }[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The content type the bytes carry, from their signature; null when none is recognised. */
export function sniffContentType(bytes: Uint8Array): string | null {
  const hit = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  return hit?.contentType ?? null;
}

/** Why a file may not be stored as this document type, or null when it may. */
export function documentRefusal(
  type: KnownDocumentType,
  bytes: Uint8Array,
): { code: 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'VALIDATION_FAILED'; message: string } | null {
  if (bytes.length === 0) return { code: 'VALIDATION_FAILED', message: 'the file is empty' };
  if (bytes.length > type.maxSizeBytes)
    return {
      code: 'FILE_TOO_LARGE',
      message: `the file has ${bytes.length} bytes; ${type.code} allows at most ${type.maxSizeBytes}`,
    };
  const detected = sniffContentType(bytes);
  if (!detected || !type.allowedContentTypes.includes(detected))
    return {
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: `${type.code} accepts ${type.allowedContentTypes.join(', ')}; the file is ${detected ?? 'of an unknown type'}`,
    };
  return null;
}
