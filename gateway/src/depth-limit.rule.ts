import {
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { queryTooDeep } from './query-limit-errors';

/**
 * How deeply an operation nests fields: `{ a }` is 1, `{ a { b } }` is 2. Fragments count where they are
 * spread; introspection fields (`__schema`, `__type`) are not counted, because introspection is answered by
 * the gateway itself and is switched off in production.
 */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return selectionDepth(operation.selectionSet, fragments, new Set());
}

function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visiting) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment cycle is reported by the standard rules; here it only must not loop.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      depth = selectionDepth(fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * A validation rule refusing operations nested deeper than `maxDepth` with a `QUERY_TOO_DEEP` error. With
 * `operationName`, only that operation of the document is measured (the one that will run).
 */
export function createDepthLimitRule(maxDepth: number, operationName?: string | null): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      if (operationName && node.name?.value !== operationName) return;
      const depth = operationDepth(node, context.getDocument());
      if (depth > maxDepth) context.reportError(queryTooDeep(maxDepth, depth));
    },
  });
}
