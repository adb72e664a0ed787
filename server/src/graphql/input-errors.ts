// Bad input that never reaches a use case still names the field at fault (API.md, "Errors"):
//  - graphql-js's own variable coercion (a wrong type, an Int over 2^31, an unknown enum value, null
//    for a required field) says "Variable "$i" got invalid value … at "i.effectiveDate"" in words only;
//  - a NUL character, which no PostgreSQL text can hold, is refused before anything runs;
//  - so is text longer than any field takes (MAX_TEXT_INPUT_LENGTH), in every argument and input
//    field, an ID included: the use cases' own limits are tighter (a name 120 characters, a reason
//    500), this is the bound for every field, one a use case forgot included.
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_CONTRACTOR_IMPORT_BYTES } from '@coverline/domain';
import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Context } from './context.js';

/** The longest text any argument or input field takes: a URL's 2,048 characters. */
export const MAX_TEXT_INPUT_LENGTH = 2048;

/**
 * The arguments that carry a whole file (a CSV import, an auditor's payments). Each use case bounds its
 * file's bytes and says so in its own words ("The file is 21.0 MB…"); this backstop sits above those
 * limits so that it only stops what no use case would read.
 */
const FILE_ARGUMENT_MAX_LENGTH: Readonly<Record<string, number>> = { csv: 2 * MAX_CONTRACTOR_IMPORT_BYTES };

/** What each variable is passed as: the argument or input field it fills. */
function variableUses(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
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

type TextProblem = (text: string) => string | null;

const hasNul: TextProblem = (text) => (text.includes('\u0000') ? 'Text may not contain the NUL character (\\u0000). Remove it and try again.' : null);

/** The longest text an argument or input field of that name takes. */
export function maxTextLengthOf(argument: string): number {
  return FILE_ARGUMENT_MAX_LENGTH[argument] ?? MAX_TEXT_INPUT_LENGTH;
}

function tooLongFor(argument: string): TextProblem {
  const max = maxTextLengthOf(argument);
  return (text) => (text.length > max ? `Use at most ${max.toLocaleString('en-US')} characters.` : null);
}

/** The path (`.a.b`, `[2]`) and problem of the first string in a variable's value that has one, or null. */
function problemInValue(value: unknown, problem: TextProblem, path = ''): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const message = problem(value);
    return message ? { path, message } : null;
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [`[${index}]`, item])
    : value && typeof value === 'object'
      ? Object.entries(value).map(([key, item]) => [`.${key}`, item])
      : [];
  for (const [step, item] of entries) {
    const found = problemInValue(item, problem, `${path}${step}`);
    if (found) return found;
  }
  return null;
}

/** The argument or input field of the first string literal in a document value that has a problem, or null. */
function problemInLiteral(node: ValueNode, field: string, problem: TextProblem): { field: string; message: string } | null {
  if (node.kind === Kind.STRING) {
    const message = problem(node.value);
    return message ? { field, message } : null;
  }
  if (node.kind === Kind.LIST) {
    for (const item of node.values) {
      const found = problemInLiteral(item, field, problem);
      if (found) return found;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const member of node.fields) {
      const found = problemInLiteral(member.value, member.name.value, problem);
      if (found) return found;
    }
  }
  return null;
}

function textRefusal(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });
}

/** The argument or input field of the document's first string literal that is too long or holds a NUL, and why; or null. */
function firstBadLiteral(document: DocumentNode): { field: string; message: string } | null {
  let bad: { field: string; message: string } | null = null;
  visit(document, {
    Argument: (node) => {
      for (const problem of [hasNul, tooLongFor(node.name.value)]) {
        bad = problemInLiteral(node.value, node.name.value, problem);
        if (bad) return BREAK;
      }
      return undefined;
    },
  });
  return bad;
}

type DocumentTexts = { uses: Map<string, string>; badLiteral: { field: string; message: string } | null };

/**
 * What a document's variables fill, and its first bad literal, read once per document: Apollo hands
 * every request sending the same text the same parsed document (its document cache), so the hot
 * path does not walk the document again.
 */
const textsByDocument = new WeakMap<DocumentNode, DocumentTexts>();

function textsOf(document: DocumentNode): DocumentTexts {
  let texts = textsByDocument.get(document);
  if (!texts) {
    texts = { uses: variableUses(document), badLiteral: firstBadLiteral(document) };
    textsByDocument.set(document, texts);
  }
  return texts;
}

/** Refuses the first text of the request, in its variables or its document, that is too long or holds a NUL. */
function refuseBadText(variables: Record<string, unknown>, document: DocumentNode): void {
  const { uses, badLiteral } = textsOf(document);
  for (const [variable, value] of Object.entries(variables)) {
    for (const problem of [hasNul, tooLongFor(uses.get(variable) ?? variable)]) {
      const found = problemInValue(value, problem);
      if (found) throw textRefusal(fieldOf(variable, found.path, uses), found.message);
    }
  }
  if (badLiteral) throw textRefusal(badLiteral.field, badLiteral.message);
}

export const inputErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        refuseBadText(request.variables ?? {}, document);
      },
      async didEncounterErrors({ errors, document }) {
        const uses = document ? textsOf(document).uses : new Map<string, string>();
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
