// Signs a contractor in with the personal link from their email, as soon as the page opens.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { rememberViewer } from '@coverline/ui/shell';

const SignInWithContractorLinkMutation = graphql(`
  mutation SignInWithContractorLink($token: String!) {
    signInWithContractorLink(token: $token) {
      ...ViewerFields
    }
  }
`);

export function useContractorLinkSignIn(token: string, onSignedIn: () => void) {
  const [signIn] = useMutation(SignInWithContractorLinkMutation);
  const [failure, setFailure] = useState<unknown>(null);
  // The link may be used many times, but one request per visit is enough (StrictMode mounts twice).
  const attemptedToken = useRef<string | null>(null);

  const attempt = useCallback(async () => {
    setFailure(null);
    try {
      await signIn({
        variables: { token },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.signInWithContractorLink);
        },
      });
      onSignedIn();
    } catch (error) {
      setFailure(error);
    }
  }, [signIn, token, onSignedIn]);

  useEffect(() => {
    if (attemptedToken.current === token) return;
    attemptedToken.current = token;
    void attempt();
  }, [token, attempt]);

  return { failure, retry: attempt };
}
