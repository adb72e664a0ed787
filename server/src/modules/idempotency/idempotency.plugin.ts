// The `Idempotency-Key` header on mutations, as an Apollo plugin: once the operation is known to be a
// mutation and the viewer is known, the key is claimed; the operation's transactions mark the claim
// committed along with their writes; a repeat is answered from the stored answer without running; the
// first answer is kept once it is sent (docs/decisions/0021-idempotency-keys.md).
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { idempotencyKeyProblem } from '@coverline/domain';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, isClientError, type RefusalReason } from '../../graphql/errors.js';
import { claimKey, committedMark, recordAnswer, releaseKey, requestHashOf, viewerKeyOf, type Claim, type StoredAnswer } from './idempotency-keys.js';

const FIELD = 'Idempotency-Key';
/** How long a repeat waits for the first request with its key to answer before it is refused as a conflict. */
const WAIT_FOR_FIRST_MS = 5_000;
const POLL_MS = 25;

/** A refusal before the operation runs, with the HTTP status an integrator branches on (Stripe's: 400, 409). */
function refusal(message: string, status: 400 | 409, reason?: RefusalReason): GraphQLError {
  const { extensions } = badUserInput(FIELD, message, reason);
  return new GraphQLError(message, { extensions: { ...extensions, http: { status } } });
}

/** What a claimed key keeps: the answer as sent, unless an internal error may have left a half-done write, or it signed someone in or out. */
function answerToKeep({ response, contextValue }: GraphQLRequestContextWillSendResponse<Context>): StoredAnswer | null {
  if (response.body.kind !== 'single' || contextValue.signedInOrOut()) return null;
  const { singleResult } = response.body;
  if (!(singleResult.errors ?? []).every(isClientError)) return null;
  return { body: JSON.stringify(singleResult), status: response.http.status ?? 200 };
}

/** Claims the key (the request runs), or waits for the request holding it to answer (its answer is replayed). */
async function settleKey(deps: ServerDependencies, request: Omit<Claim, 'claimedAt'>): Promise<{ claim: Claim } | { replay: StoredAnswer }> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const outcome = await claimKey(deps.database.unscoped, request, deps.now());
    switch (outcome.kind) {
      case 'CLAIMED':
        return { claim: outcome.claim };
      case 'ANSWERED':
        return { replay: outcome.answer };
      case 'ANSWER_LOST':
        throw refusal(
          'The request with this Idempotency-Key was carried out, but its answer was lost: it will not run again. Read the current state instead.',
          409,
          'IDEMPOTENCY_KEY_ANSWER_LOST',
        );
      case 'REUSED':
        throw refusal('This Idempotency-Key was already used for a different request: send a new key for a new request.', 400, 'IDEMPOTENCY_KEY_REUSED');
      case 'RUNNING':
        if (Date.now() >= deadline) {
          throw refusal('A request with this Idempotency-Key is still running: retry it with the same key shortly.', 409, 'IDEMPOTENCY_KEY_IN_USE');
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

export function idempotencyPlugin(deps: ServerDependencies): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let claim: Claim | null = null;
      let replay: StoredAnswer | null = null;
      return {
        async didResolveOperation({ operation, request, source, contextValue }) {
          const key = contextValue.idempotencyKey;
          const viewerKey = viewerKeyOf(contextValue.access.viewer);
          if (operation?.operation !== 'mutation' || key === undefined || !viewerKey) return;
          const problem = idempotencyKeyProblem(key);
          if (problem) throw refusal(problem, 400);
          const requestHash = requestHashOf({ query: source, operationName: request.operationName ?? null, variables: request.variables ?? {} });
          const settled = await settleKey(deps, { viewerKey, key, requestHash });
          if ('claim' in settled) {
            claim = settled.claim;
            contextValue.access.markEveryTransaction(committedMark(claim, deps.now()));
          } else replay = settled.replay;
        },
        async responseForOperation() {
          if (!replay) return null;
          return {
            http: { status: replay.status, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
            body: { kind: 'single', singleResult: JSON.parse(replay.body) as FormattedExecutionResult },
          };
        },
        async willSendResponse(requestContext) {
          if (!claim) return;
          const answer = answerToKeep(requestContext);
          try {
            if (answer) await recordAnswer(deps.database.unscoped, claim, answer, deps.now());
            else await releaseKey(deps.database.unscoped, claim);
          } catch (error) {
            // The operation is done and its answer goes out; the claim is taken over once abandoned.
            deps.logger.error({ err: error }, 'keeping the answer of an idempotency key failed');
          }
        },
      };
    },
  };
}
