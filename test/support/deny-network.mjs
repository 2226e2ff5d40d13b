// Preloaded with `node --import` by the no-network test: every way Node can reach the network
// (sockets, DNS, http/https/http2, TLS, fetch, UDP) is patched to record the attempt in the file
// named by PR2META_NET_LOG and then throw. The test asserts the file stays empty.
import { appendFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import dns from 'node:dns';
import dnsPromises from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import tls from 'node:tls';
import dgram from 'node:dgram';

const log = process.env.PR2META_NET_LOG;
if (!log) throw new Error('deny-network: PR2META_NET_LOG is not set');
writeFileSync(`${log}.loaded`, String(process.pid));

const deny = (what) =>
  function denied() {
    appendFileSync(log, `${what}\n`);
    throw new Error(`network access denied: ${what}`);
  };

net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = deny(`dns.${name}`);
  dnsPromises[name] = deny(`dns.promises.${name}`);
}
http.request = deny('http.request');
http.get = deny('http.get');
https.request = deny('https.request');
https.get = deny('https.get');
http2.connect = deny('http2.connect');
tls.connect = deny('tls.connect');
dgram.createSocket = deny('dgram.createSocket');
globalThis.fetch = deny('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = deny('WebSocket');
