// The "Load more" under a paged list: shown while the connection says more follow.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';

export type LoadMoreProps = {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined;
  onLoadMore: (after: string) => Promise<unknown>;
};

export function LoadMore({ pageInfo, onLoadMore }: LoadMoreProps) {
  const [loading, setLoading] = useState(false);
  const endCursor = pageInfo?.endCursor;
  if (!pageInfo?.hasNextPage || !endCursor) return null;
  const loadMore = async () => {
    setLoading(true);
    try {
      await onLoadMore(endCursor);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Group justify="flex-end">
      <Button variant="default" loading={loading} onClick={() => void loadMore()}>
        Load more
      </Button>
    </Group>
  );
}
