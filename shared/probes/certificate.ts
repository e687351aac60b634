// What a person needs to know about a server certificate: who it is for, whether it is trusted
// and valid for the host name, and how many days are left.
import type { LookupFunction } from 'node:net';
import { checkServerIdentity, connect, type PeerCertificate, rootCertificates } from 'node:tls';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** Milliseconds until expiry, negative once expired (what `[CERTIFICATE_EXPIRATION]` compares). */
  expiresInMs: number;
  /** Whole days left, rounded down; negative once expired. */
  daysLeft: number;
  altNames: string[];
  /** The certificate names the host (DNS name or IP SAN). */
  hostValid: boolean;
  /** The chain verified against the trusted CAs. */
  trusted: boolean;
  /** Why verification failed, as OpenSSL says it. */
  problem?: string;
}

const DAY_MS = 86_400_000;

export function certificateInfo(
  peer: PeerCertificate,
  host: string,
  trusted: boolean,
  problem?: string,
  now = Date.now(),
): CertificateInfo {
  const validTo = new Date(peer.valid_to);
  const expiresInMs = validTo.getTime() - now;
  const altNames = (peer.subjectaltname ?? '')
    .split(/,\s*/)
    .map((n) => n.replace(/^(DNS|IP Address):/, ''))
    .filter((n) => n !== '');
  const hostValid = checkServerIdentity(host.replace(/^\[|\]$/g, ''), peer) === undefined;
  return {
    subject: peer.subject?.CN ? String(peer.subject.CN) : '',
    issuer: peer.issuer?.CN ? String(peer.issuer.CN) : peer.issuer?.O ? String(peer.issuer.O) : '',
    validFrom: new Date(peer.valid_from).toISOString(),
    validTo: validTo.toISOString(),
    expiresInMs,
    daysLeft: Math.floor(expiresInMs / DAY_MS),
    altNames,
    hostValid,
    trusted,
    ...(problem ? { problem } : {}),
  };
}

export interface InspectOptions {
  lookup?: LookupFunction;
  ca?: string | readonly string[];
  timeoutMs: number;
}

/**
 * A TLS handshake that sends no application data, so it is safe with an untrusted server: reports
 * the certificate even when it is expired or for another name, with what is wrong with it.
 */
export function inspectCertificate(host: string, port: number, o: InspectOptions): Promise<CertificateInfo> {
  const servername = /^[\d.]+$|:/.test(host) ? undefined : host;
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: host.replace(/^\[|\]$/g, ''),
      port,
      ...(servername ? { servername } : {}),
      rejectUnauthorized: false,
      ...(o.ca ? { ca: [...rootCertificates, ...(typeof o.ca === 'string' ? [o.ca] : o.ca)] } : {}),
      ...(o.lookup ? { lookup: o.lookup } : {}),
    });
    const timer = setTimeout(
      () => socket.destroy(new Error(`no TLS handshake within ${o.timeoutMs} ms`)),
      o.timeoutMs,
    );
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const peer = socket.getPeerCertificate();
      const problem = socket.authorizationError ? String(socket.authorizationError) : undefined;
      socket.destroy();
      if (!peer || Object.keys(peer).length === 0) {
        reject(new Error('the server sent no certificate'));
        return;
      }
      resolve(certificateInfo(peer, host, socket.authorized, problem));
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
