import type { Database, Page } from '@oms/persistence';
import type { DocumentType } from '../domain/document-types';
import type {
  DocumentTypeListFilter,
  DocumentTypeRepository,
} from '../persistence/document-types.repository';
import type { ListArgs } from '../persistence/geography.repository';

/** Read side of document types (no transaction needed). */
export class DocumentTypeQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: DocumentTypeRepository,
  ) {}

  documentTypesByIds(ids: readonly string[]): Promise<DocumentType[]> {
    return this.db.read((em) => this.repo.documentTypesByIds(em, ids));
  }

  listDocumentTypes(args: ListArgs<DocumentTypeListFilter>): Promise<Page<DocumentType>> {
    return this.db.read((em) => this.repo.listDocumentTypes(em, args));
  }
}
