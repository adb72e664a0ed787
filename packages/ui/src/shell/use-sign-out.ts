import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { setSessionViewer } from './session';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session, forgets the cached answers and goes to `signedOutPath` (e.g. the sign-in page). */
export function useSignOut(signedOutPath: string) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // Nothing to show: the cached session is dropped below either way, and if the server still
      // knows the cookie, the next viewer query simply signs the person back in.
    }
    setSessionViewer(null);
    // Forget every cached answer and ask again for those on screen: the viewer query now answers
    // null, so the page in view switches to its signed-out state.
    await client.resetStore().catch(() => undefined);
    await navigate(signedOutPath, { replace: true });
  }, [client, logout, navigate, signedOutPath]);

  return { signOut, signingOut: loading };
}
