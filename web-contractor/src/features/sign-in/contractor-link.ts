// A contractor's personal link, opened: it signs them in and reads the opt-in form it was sent for.
// Both are asked as the app starts (main.tsx), by `fetch`, so they travel while the link page's code
// (Apollo's included) downloads, instead of after it has loaded and rendered: on a phone on a slow
// network that is a round trip less before the form paints (docs/benchmarks.md).
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { matchPath } from 'react-router';
import { appBasePath, requestGraphQL, setSessionViewer } from '@coverline/ui/shell';
import { graphql } from '../../gql';
import type { OptInFormRouteQuery } from '../../gql/graphql';

const OptInFormRoute = graphql(`
  query OptInFormRoute($token: String!) {
    optInForm(token: $token) {
      ...OptInForm_form
    }
  }
`);

const SignInWithContractorLinkMutation = graphql(`
  mutation SignInWithContractorLink($token: String!) {
    signInWithContractorLink(token: $token) {
      ...ViewerFields
    }
  }
`);

type Settled<T> = { done: false } | { done: true; value: T } | { done: true; error: unknown };

type ContractorLinkState = {
  token: string;
  signIn: Settled<void>;
  form: Settled<OptInFormRouteQuery>;
};

const PENDING = { done: false } as const;

// The link being visited: one visit signs in once, though the link may be used many times (and
// StrictMode renders twice). Forgotten once its page is left, so coming back asks again.
let link: ContractorLinkState | null = null;
let forgetting: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function update(token: string, change: Partial<ContractorLinkState>): void {
  if (link?.token !== token) return;
  link = { ...link, ...change };
  for (const listener of listeners) listener();
}

function settle<T>(sent: Promise<T>, onSettled: (settled: Settled<T>) => void): void {
  sent.then(
    (value) => onSettled({ done: true, value }),
    (error: unknown) => onSettled({ done: true, error }),
  );
}

function sendForm(token: string): void {
  settle(requestGraphQL(OptInFormRoute, { token }), (form) => update(token, { form }));
}

/** Sends the link's sign-in and form questions, once per token. */
function open(token: string): void {
  if (link?.token === token) return;
  link = { token, signIn: PENDING, form: PENDING };
  const signedIn = requestGraphQL(SignInWithContractorLinkMutation, { token }).then(({ signInWithContractorLink }) => setSessionViewer(signInWithContractorLink));
  settle(signedIn, (signIn) => update(token, { signIn }));
  sendForm(token);
}

/** The link page's route (routes.tsx), under the app's base. */
export const LINK_PATH = '/t/:token';

/** Called at start: on a link page, signs in and asks for the form at once. */
export function openLinkOfThisPage(): void {
  const token = matchPath(`${appBasePath('contractor')}${LINK_PATH.slice(1)}`, window.location.pathname)?.params.token;
  if (token) open(token);
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => void listeners.delete(onChange);
};
const snapshot = () => link;

/** The link page's sign-in and form for `token`: the questions sent at start, or sent now. */
export function useContractorLink(token: string): { form: Settled<OptInFormRouteQuery>; reloadForm: () => void; signedIn: boolean; signInFailure: unknown } {
  // Like a cache read: it sends nothing for a token already asked about.
  open(token);
  const current = useSyncExternalStore(subscribe, snapshot);
  useEffect(() => {
    // StrictMode's unmount and mount again, one after the other, keep the visit.
    clearTimeout(forgetting);
    return () => {
      forgetting = setTimeout(() => {
        if (link?.token === token) link = null;
      });
    };
  }, [token]);
  const reloadForm = useCallback(() => {
    update(token, { form: PENDING });
    sendForm(token);
  }, [token]);
  const signIn = current?.token === token ? current.signIn : PENDING;
  return {
    form: current?.token === token ? current.form : PENDING,
    reloadForm,
    signedIn: signIn.done && !('error' in signIn),
    signInFailure: signIn.done && 'error' in signIn ? signIn.error : null,
  };
}
