import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

/** Listens on `port` (0: any) and lets it go again; the port it got, or undefined when it is taken. */
const tryPort = async (port: number): Promise<number | undefined> => {
  const server = createServer();
  server.listen(port, '127.0.0.1');
  if (!(await Promise.race([once(server, 'listening').then(() => true), once(server, 'error').then(() => false)]))) return undefined;
  const bound = (server.address() as AddressInfo).port;
  server.close();
  await once(server, 'close');
  return bound;
};

export const freePort = async (): Promise<number> => (await tryPort(0))!;

/**
 * A free port below the kernel's ephemeral range, for a server that binds it only seconds after it is
 * chosen (Java): a port from that range can meanwhile become the local port of one of the many outgoing
 * connections a busy process makes (a bench saw "Address already in use"). Linux's range by default starts at 32768.
 */
export const freePortOutsideEphemeralRange = async (): Promise<number> => {
  const ephemeralFrom = (() => {
    try {
      return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
    } catch {
      return 32768;
    }
  })();
  for (let attempt = 0; attempt < 50 && ephemeralFrom > 20_000; attempt++) {
    const port = await tryPort(20_000 + Math.floor(Math.random() * (ephemeralFrom - 20_000)));
    if (port) return port;
  }
  return freePort();
};
