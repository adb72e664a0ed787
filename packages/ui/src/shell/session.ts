// What an app's first pages need from the server before Apollo Client has loaded (46 kB of brotli
// that a sign-in page does not use): a GraphQL request by `fetch`, and who is signed in, asked once
// at start. The Apollo layout route (apollo-route.tsx) takes the viewer over from here, and a
// sign-in made here reaches its cache.
import { useSyncExternalStore } from 'react';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { coverlineHttpHeaders, type CoverlineApp } from '../apollo';
import { GraphQLRequestError, type GraphQLErrorLike } from '../errors';
import { ViewerQuery, type Viewer } from './viewer-query';

let currentApp: CoverlineApp | null = null;

/** Sends `document` to the app's API with its session cookie; the answer's data, or a `GraphQLRequestError`. */
export async function requestGraphQL<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<Result> {
  if (!currentApp) throw new Error('requestGraphQL before startCoverlineApp');
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...coverlineHttpHeaders(currentApp) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: Result | null; errors?: GraphQLErrorLike[] } | null;
  if (body?.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!response.ok || !body?.data) throw new GraphQLRequestError([]);
  return body.data;
}

/** Who is signed in: `undefined` until the start-up question is answered (or if it failed). */
let sessionViewer: Viewer | null | undefined;
/** Counts the viewers set, so an answer to a question asked before the latest one does not undo it. */
let viewersSet = 0;
let viewerAsked: Promise<void> = Promise.resolve();
const listeners = new Set<(viewer: Viewer | null) => void>();

/** Called by startCoverlineApp: every page first asks who is signed in, so it is asked at once. */
export function startSession(app: CoverlineApp): void {
  currentApp = app;
  viewerAsked = refreshSessionViewer();
}

/**
 * Asks who is signed in (again, after a change to the viewer's own fields, e.g. an opt-in confirmed);
 * a failure keeps the viewer as it was. An answer that comes after a viewer set meanwhile (a sign-in sent
 * at the same time, a contractor's link) undoes nothing: that one is newer.
 */
export function refreshSessionViewer(): Promise<void> {
  const askedAfter = viewersSet;
  return requestGraphQL(ViewerQuery).then(
    ({ viewer }) => {
      if (viewersSet === askedAfter) setSessionViewer(viewer);
    },
    () => undefined,
  );
}

/** Settles once the start-up viewer question is answered or has failed. */
export function sessionViewerAsked(): Promise<Viewer | null | undefined> {
  return viewerAsked.then(() => sessionViewer);
}

/** A new viewer (a sign-in, `null` for a sign-out), told to whatever keeps its own copy (Apollo's cache). */
export function setSessionViewer(viewer: Viewer | null): void {
  viewersSet++;
  sessionViewer = viewer;
  for (const listener of listeners) listener(viewer);
}

/** Calls `listener` with each new viewer; returns its removal. */
export function onSessionViewer(listener: (viewer: Viewer | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const subscribe = (onChange: () => void) => onSessionViewer(onChange);
const snapshot = () => sessionViewer;

/** The signed-in viewer for a page outside the Apollo layout route: `loading` until the start-up question is answered. */
export function useSessionViewer(): { viewer: Viewer | null; loading: boolean } {
  const viewer = useSyncExternalStore(subscribe, snapshot);
  return { viewer: viewer ?? null, loading: viewer === undefined };
}
