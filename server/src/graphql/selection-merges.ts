// graphql-js checks that the fields merged into one selection set can be merged by comparing them
// pair by pair, into their sub-selections (OverlappingFieldsCanBeMerged). A document can make that
// quadratic while staying legal and within the token, depth, alias and cost limits: 330 copies of
// `viewer { id }` (1,300 tokens) or 200 one-field fragments spread side by side take a third of a
// second of CPU to validate, and a new comment per request keeps Apollo's document cache from
// helping. Such a document is refused by a validation rule that looks at the whole document before
// any rule descends into it. (A leaf repeated, `id id id …`, compares cheaply and is left to the
// token limit.)
import { GraphQLError, Kind, visit, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** How often one field with a sub-selection may be merged into one selection set, and how many fragments. */
export const MAX_MERGED_INTO_A_SELECTION = 20;

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;
type Merged = { fieldsByName: Map<string, number>; fragments: Set<string | object> };

/** What graphql-js merges into a selection set: its fields with sub-selections by response name, and its fragments (each named one once). */
function collect(selectionSet: SelectionSetNode, fragments: Fragments, merged: Merged): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet) continue;
      const name = selection.alias?.value ?? selection.name.value;
      merged.fieldsByName.set(name, (merged.fieldsByName.get(name) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      merged.fragments.add(selection);
      collect(selection.selectionSet, fragments, merged);
    } else if (!merged.fragments.has(selection.name.value)) {
      merged.fragments.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) collect(fragment.selectionSet, fragments, merged);
    }
  }
}

/** The worst merge of the document: the field merged most often into one selection set, or the most fragments merged into one. */
export function largestMerge(document: DocumentNode): { field: string | null; count: number } {
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  let largest: { field: string | null; count: number } = { field: null, count: 0 };
  visit(document, {
    SelectionSet(node) {
      const merged: Merged = { fieldsByName: new Map(), fragments: new Set() };
      collect(node, fragments, merged);
      if (merged.fragments.size > largest.count) largest = { field: null, count: merged.fragments.size };
      for (const [field, count] of merged.fieldsByName) if (count > largest.count) largest = { field, count };
    },
  });
  return largest;
}

function refusalOf(largest: { field: string | null; count: number }): string {
  return largest.field === null
    ? `One selection set merges ${largest.count} fragments; at most ${MAX_MERGED_INTO_A_SELECTION} are allowed. Select the fields directly.`
    : `"${largest.field}" is selected ${largest.count} times in one selection set; select it at most ${MAX_MERGED_INTO_A_SELECTION} times there (once is enough).`;
}

/**
 * A validation rule refusing a document that merges too much into one selection set (Apollo answers
 * it 400 GRAPHQL_VALIDATION_FAILED). Apollo runs graphql-js's own rules before ours, but all of them
 * in one visit of the document, and the document is the first node visited: answering `null` there is
 * graphql-js's "delete this node", so no rule, OverlappingFieldsCanBeMerged included, descends into
 * it, and the quadratic comparison never starts.
 */
export function LimitSelectionMergesRule(context: ValidationContext): ASTVisitor {
  return {
    Document(document) {
      const largest = largestMerge(document);
      if (largest.count <= MAX_MERGED_INTO_A_SELECTION) return undefined;
      context.reportError(new GraphQLError(refusalOf(largest)));
      return null;
    },
  };
}
