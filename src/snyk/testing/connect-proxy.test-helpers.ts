// A CONNECT proxy for tests: tunnels each request to the address a test maps its host to (so a
// name only the proxy knows, like api.snyk.test, reaches the emulator), and records what it was
// asked and with which Proxy-Authorization.
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface TestProxy {
  url: string;
  /** Each CONNECT: its target (`host:port`) and Proxy-Authorization header. */
  connects: { target: string; authorization?: string }[];
  close(): Promise<void>;
}

export async function startConnectProxy(
  options: { hosts?: Record<string, string>; authorization?: string } = {},
): Promise<TestProxy> {
  const connects: TestProxy['connects'] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((_req, res) => res.writeHead(400).end('CONNECT only'));
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    track(client);
    const authorization = req.headers['proxy-authorization'];
    connects.push({ target: req.url ?? '', ...(authorization !== undefined && { authorization }) });
    if (options.authorization !== undefined && authorization !== options.authorization) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    const [host = '', port = '80'] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), options.hosts?.[host] ?? host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
