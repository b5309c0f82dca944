import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { documentTypeCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { distinctRequirements, distinctValues, type DocumentType } from '../domain/document-types';
import { normalizeCode } from '../domain/geography';
import type { DocumentTypeRepository } from '../persistence/document-types.repository';
import {
  allowedContentTypesField,
  documentTypeState,
  maxSizeBytesField,
  requiredForField,
} from './document-type-inputs';
import { codeField, nameField } from './master-inputs';
import { descriptionField, descriptionOf } from './description-input';

const input = z.object({
  code: codeField(30),
  name: nameField,
  description: descriptionField,
  requiredFor: requiredForField.nullish(),
  allowedContentTypes: allowedContentTypesField,
  maxSizeBytes: maxSizeBytesField,
});

/** Creates a document type with a unique code, and publishes `document_type.created`. */
export class CreateDocumentType {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: DocumentTypeRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<DocumentType>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      if (await this.repo.documentTypeByCode(tx.em, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `a document type with code ${code} already exists`, [
            'input',
            'code',
          ]),
        );
      }
      const documentType: DocumentType = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        description: descriptionOf(parsed.value.description),
        requiredFor: distinctRequirements(parsed.value.requiredFor ?? []),
        allowedContentTypes: distinctValues(parsed.value.allowedContentTypes),
        maxSizeBytes: parsed.value.maxSizeBytes,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertDocumentType(tx.em, documentType);
      await tx.events.publish(documentTypeCreated, documentType.id, {
        ...documentTypeState(documentType),
        createdAt: documentType.createdAt.toISOString(),
      });
      return ok(documentType);
    });
  }
}
