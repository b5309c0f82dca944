import { z } from 'zod';
import { documentTypeUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { distinctRequirements, distinctValues, type DocumentType } from '../domain/document-types';
import type { DocumentTypeRepository } from '../persistence/document-types.repository';
import {
  allowedContentTypesField,
  documentTypeState,
  maxSizeBytesField,
  requiredForField,
} from './document-type-inputs';
import { idField, nameField, notFound } from './master-inputs';
import { descriptionField, editedDescription } from './description-input';

// GraphQL sends null for an omitted optional field; both mean "leave as it is". An empty description clears
// it; an empty `requiredFor` makes the document required nowhere.
const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  description: descriptionField,
  requiredFor: requiredForField.nullish(),
  allowedContentTypes: allowedContentTypesField.nullish(),
  maxSizeBytes: maxSizeBytesField.nullish(),
});

/**
 * Edits a document type (omitted fields stay; lists given replace the old ones; its code never changes) and
 * publishes `document_type.updated` with its whole state.
 */
export class UpdateDocumentType {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: DocumentTypeRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<DocumentType>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, name, description, requiredFor, allowedContentTypes, maxSizeBytes } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.documentTypesByIds(tx.em, [id]);
      if (!found) return fail(notFound('document type'));
      const updatedAt = new Date();
      const documentType: DocumentType = {
        ...found,
        name: name ?? found.name,
        description: editedDescription(found.description, description),
        requiredFor: requiredFor ? distinctRequirements(requiredFor) : found.requiredFor,
        allowedContentTypes: allowedContentTypes
          ? distinctValues(allowedContentTypes)
          : found.allowedContentTypes,
        maxSizeBytes: maxSizeBytes ?? found.maxSizeBytes,
        updatedAt,
      };
      await this.repo.saveDocumentType(tx.em, documentType);
      await tx.events.publish(documentTypeUpdated, documentType.id, {
        ...documentTypeState(documentType),
        updatedAt: updatedAt.toISOString(),
      });
      return ok(documentType);
    });
  }
}
