// Turns schema problems (zod issues, or any `{ path, message }`) into react-hook-form's nested error
// object, without depending on either library: the apps wrap it in their resolvers.

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export interface FormFieldError {
  type: string;
  message: string;
}

/** A nested record of `{ type, message }` leaves, the shape of react-hook-form's `errors`. */
export type FormErrorTree = { [key: string]: FormErrorTree | FormFieldError };

/**
 * Places each issue's message at its path (first problem per field wins). `fieldFor` renames a
 * schema path ("wageCents") to the form's field ("wage"), or drops it by returning null.
 */
export function issuesToFormErrors(
  issues: readonly IssueLike[],
  fieldFor: (path: string) => string | null = (path) => path,
): FormErrorTree {
  const tree: FormErrorTree = {};
  for (const issue of issues) {
    const field = fieldFor(issue.path.map(String).join('.'));
    if (!field) continue;
    const keys = field.split('.');
    const leaf = keys.pop() ?? field;
    let node: FormErrorTree | null = tree;
    for (const key of keys) {
      const next: FormErrorTree | FormFieldError | undefined = node[key];
      // A parent that already holds a message (e.g. "newJobCategory") keeps it.
      if (next && typeof next.message === 'string') {
        node = null;
        break;
      }
      node = (next as FormErrorTree | undefined) ?? (node[key] = {});
    }
    if (node && !(leaf in node)) node[leaf] = { type: 'validation', message: issue.message };
  }
  return tree;
}
