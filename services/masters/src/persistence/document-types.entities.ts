import { EntitySchema } from 'typeorm';
import type { DocumentRequirement, DocumentType } from '../domain/document-types';

/** A document type row; where it is required lives in `document_type_requirement`. */
export type DocumentTypeRow = Omit<DocumentType, 'requiredFor'>;

export const DocumentTypeEntity = new EntitySchema<DocumentTypeRow>({
  name: 'DocumentType',
  tableName: 'document_type',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 30, unique: true },
    name: { type: 'varchar', length: 100 },
    description: { type: 'varchar', length: 500, nullable: true },
    // Comma-separated; MIME types never contain commas.
    allowedContentTypes: { name: 'allowed_content_types', type: 'simple-array' },
    maxSizeBytes: { name: 'max_size_bytes', type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

/** One place a document type is required: an order type at a process step. */
export interface DocumentTypeRequirementRow extends DocumentRequirement {
  documentTypeId: string;
}

export const DocumentTypeRequirementEntity = new EntitySchema<DocumentTypeRequirementRow>({
  name: 'DocumentTypeRequirement',
  tableName: 'document_type_requirement',
  columns: {
    documentTypeId: { name: 'document_type_id', type: 'varchar', length: 36, primary: true },
    orderType: { name: 'order_type', type: 'varchar', length: 20, primary: true },
    step: { type: 'varchar', length: 20, primary: true },
  },
});
