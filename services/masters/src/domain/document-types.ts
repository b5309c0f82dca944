/** The kinds of order the process knows; a document type says for which of them it is required. */
export const ORDER_TYPES = [
  'NEW',
  'UPGRADE',
  'DOWNGRADE',
  'SHIFTING',
  'MIGRATION',
  'PRICE_REVISION',
  'TERMINATION',
  'OTHER_REQUEST',
] as const;

/** A kind of order. */
export type OrderType = (typeof ORDER_TYPES)[number];

/** The steps of the order process, in process order. */
export const PROCESS_STEPS = [
  'LEAD',
  'ORDER_ENTRY',
  'APPROVAL',
  'PROVISIONING',
  'INSTALLATION',
  'ACTIVATION',
  'CLOSURE',
] as const;

/** A step of the order process. */
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/** One place a document is required: orders of `orderType` need it at `step`. */
export interface DocumentRequirement {
  orderType: OrderType;
  step: ProcessStep;
}

/** A kind of document orders carry (e.g. the customer-signed installation report). Never deleted: deactivated. */
export interface DocumentType {
  id: string;
  /** Unique, upper case; never changes. */
  code: string;
  name: string;
  description: string | null;
  /** Where it is required, without repeats, in process order (order type, then step). */
  requiredFor: DocumentRequirement[];
  /** The MIME types an upload may have, lower case, at least one, without repeats. */
  allowedContentTypes: string[];
  /** The largest upload accepted, 1 byte to `MAX_DOCUMENT_SIZE_BYTES`. */
  maxSizeBytes: number;
  createdAt: Date;
  /** When the document type was last edited; null when never. */
  updatedAt: Date | null;
  /** When the document type was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** The largest upload any document type may accept: 50 MiB. */
export const MAX_DOCUMENT_SIZE_BYTES = 50 * 1024 * 1024;

/**
 * A MIME type as uploads declare it (`type/subtype`, lower case, no wildcards or parameters), with one of
 * the registered top-level types, e.g. `application/pdf`, `image/jpeg`,
 * `application/vnd.openxmlformats-officedocument.wordprocessingml.document`.
 */
export const CONTENT_TYPE_PATTERN =
  /^(application|audio|font|image|message|model|multipart|text|video)\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** A content type compared and stored lower case, without surrounding spaces. */
export function normalizeContentType(contentType: string): string {
  return contentType.trim().toLowerCase();
}

/** The distinct values of a list, in first-seen order. */
export function distinctValues<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The distinct requirements of a list, in process order: by order type, then by step. */
export function distinctRequirements(requirements: readonly DocumentRequirement[]): DocumentRequirement[] {
  const seen = new Map(requirements.map((r) => [`${r.orderType}:${r.step}`, r]));
  return [...seen.values()]
    .map(({ orderType, step }) => ({ orderType, step }))
    .sort(
      (a, b) =>
        ORDER_TYPES.indexOf(a.orderType) - ORDER_TYPES.indexOf(b.orderType) ||
        PROCESS_STEPS.indexOf(a.step) - PROCESS_STEPS.indexOf(b.step),
    );
}
