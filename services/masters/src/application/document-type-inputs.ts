import { z } from 'zod';
import {
  CONTENT_TYPE_PATTERN,
  MAX_DOCUMENT_SIZE_BYTES,
  normalizeContentType,
  ORDER_TYPES,
  PROCESS_STEPS,
  type DocumentType,
} from '../domain/document-types';
import { isActive } from '../domain/master-lifecycle';

/** Where a document is required: order types at process steps; repeats are ignored. */
export const requiredForField = z.array(
  z.object({
    orderType: z.enum(ORDER_TYPES, 'orderType must be an OrderType'),
    step: z.enum(PROCESS_STEPS, 'step must be a ProcessStep'),
  }),
);

/** The MIME types an upload may have: at least one, each like `application/pdf`; repeats are ignored. */
export const allowedContentTypesField = z
  .array(
    z
      .string()
      .transform(normalizeContentType)
      .refine((type) => CONTENT_TYPE_PATTERN.test(type), {
        error: (issue) => `${String(issue.input)} is not a MIME type like application/pdf`,
      }),
  )
  .min(1, 'a document type allows at least one content type')
  .max(20, 'a document type allows at most 20 content types');

/** The largest upload: 1 byte to 50 MiB. */
export const maxSizeBytesField = z
  .number()
  .int('maxSizeBytes must be a whole number')
  .min(1, 'maxSizeBytes must be at least 1')
  .max(MAX_DOCUMENT_SIZE_BYTES, `maxSizeBytes must be at most ${MAX_DOCUMENT_SIZE_BYTES} (50 MiB)`);

/** The whole state of a document type, as every `document_type.*` event carries it. */
export function documentTypeState(documentType: DocumentType) {
  return {
    documentTypeId: documentType.id,
    code: documentType.code,
    name: documentType.name,
    description: documentType.description,
    requiredFor: documentType.requiredFor,
    allowedContentTypes: documentType.allowedContentTypes,
    maxSizeBytes: documentType.maxSizeBytes,
    active: isActive(documentType),
  };
}
