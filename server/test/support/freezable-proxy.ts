// A TCP proxy in front of PostgreSQL that the test can freeze: frozen, it still accepts connections
// and keeps the open ones, but passes no byte either way, as a partitioned or stalled database host
// does. Thawed, everything held back flows again.
import net from 'node:net';

export type FreezableProxy = { port: number; freeze: () => void; thaw: () => void; close: () => Promise<void> };

export async function startFreezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  let frozen = false;
  const links = new Set<{ client: net.Socket; upstream: net.Socket }>();
  const setFlowing = (link: { client: net.Socket; upstream: net.Socket }) => {
    for (const socket of [link.client, link.upstream]) {
      if (frozen) socket.pause();
      else socket.resume();
    }
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const link = { client, upstream };
    links.add(link);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
    setFlowing(link);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    port: address.port,
    freeze: () => {
      frozen = true;
      for (const link of links) setFlowing(link);
    },
    thaw: () => {
      frozen = false;
      for (const link of links) setFlowing(link);
    },
    close: async () => {
      for (const link of links) {
        link.client.destroy();
        link.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
