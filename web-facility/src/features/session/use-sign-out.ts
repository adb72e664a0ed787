import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session, forgets every cached answer and goes to the sign-in page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      await client.clearStore();
      await navigate('/sign-in', { replace: true });
    }
  }, [client, logout, navigate]);

  return { signOut, signingOut: loading };
}
