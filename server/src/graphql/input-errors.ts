// Bad input that never reaches a use case still names the field at fault (API.md, "Errors"):
//  - graphql-js's own variable coercion (a wrong type, an Int over 2^31, an unknown enum value, null
//    for a required field) says "Variable "$i" got invalid value … at "i.effectiveDate"" in words only;
//  - a NUL character, which no PostgreSQL text can hold, is refused before anything runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from './context.js';

/** What each variable is passed as: the argument or input field it fills. */
function variableUses(document: DocumentNode | undefined): Map<string, string> {
  const uses = new Map<string, string>();
  if (!document) return uses;
  visit(document, {
    Argument: (node) => void (node.value.kind === Kind.VARIABLE && !uses.has(node.value.name.value) && uses.set(node.value.name.value, node.name.value)),
    ObjectField: (node) => void (node.value.kind === Kind.VARIABLE && !uses.has(node.value.name.value) && uses.set(node.value.name.value, node.name.value)),
  });
  return uses;
}

/**
 * The field a variable's bad value is reported on, as use cases name them: inside an input object,
 * the path within it (`effectiveDate`, `rates[2].rate`); for a list, the argument and index
 * (`assignmentIds[3]`); otherwise the argument itself.
 */
function fieldOf(variable: string, within: string, uses: Map<string, string>): string {
  const argument = uses.get(variable) ?? variable;
  if (within.startsWith('.')) return within.slice(1);
  return `${argument}${within}`;
}

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';
const INVALID_VALUE = /^Variable "\$(\w+)" got invalid value .*?(?: at "\1((?:\.\w+|\[\d+\])*)")?; (?:Field "(\w+)" of required type .* was not provided|.*)/s;
const MISSING_VALUE = /^Variable "\$(\w+)" of (?:required|non-null) type .* (?:was not provided|must not be null)\./;

/** The field a variable-coercion error is about, or null for any other error. */
export function fieldOfVariableError(message: string, uses: Map<string, string>): string | null {
  const invalid = INVALID_VALUE.exec(message);
  if (invalid) {
    const [, variable = '', path = '', missingField] = invalid;
    const within = `${path}${missingField ? `.${missingField}` : ''}`;
    return fieldOf(variable, within, uses);
  }
  const missing = MISSING_VALUE.exec(message);
  return missing ? fieldOf(missing[1] ?? '', '', uses) : null;
}

/** The path of the first string in `value` that holds a NUL character (`.a.b`, `[2]`), or null. */
function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNul(item, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNul(item, `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

/** A string literal of the document that holds a NUL character: the argument or input field it is for. */
function literalWithNul(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument: (node) => void (found ??= node.value.kind === Kind.STRING && node.value.value.includes('\u0000') ? node.name.value : null),
    ObjectField: (node) => void (found ??= node.value.kind === Kind.STRING && node.value.value.includes('\u0000') ? node.name.value : null),
  });
  return found;
}

function nulRefusal(field: string): GraphQLError {
  return new GraphQLError('Text may not contain the NUL character (\\u0000). Remove it and try again.', {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

export const inputErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        for (const [variable, value] of Object.entries(request.variables ?? {})) {
          const within = pathOfNul(value);
          if (within !== null) throw nulRefusal(fieldOf(variable, within, variableUses(document)));
        }
        const literal = literalWithNul(document);
        if (literal) throw nulRefusal(literal);
      },
      async didEncounterErrors({ errors, document }) {
        const uses = variableUses(document);
        let lastField: string | undefined;
        for (const error of errors) {
          const extensions = error.extensions as Record<string, unknown>;
          // graphql-js stops after 50 bad values with an error of no code (an internal error, once
          // formatted): it is the same bad input, at the field where the count ran out.
          if (error.message === TOO_MANY_VARIABLE_ERRORS && extensions.code === undefined && lastField !== undefined) {
            extensions.code = 'BAD_USER_INPUT';
            extensions.field = lastField;
          }
          if (extensions.code !== 'BAD_USER_INPUT') continue;
          if (extensions.field === undefined) {
            const field = fieldOfVariableError(error.message, uses);
            if (field) extensions.field = field;
          }
          if (typeof extensions.field === 'string') lastField = extensions.field;
        }
      },
    };
  },
};
