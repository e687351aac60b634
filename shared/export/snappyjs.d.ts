declare module 'snappyjs' {
  /** Snappy block format (what remote write expects), not the framed stream format. */
  export function compress(input: Uint8Array | ArrayBuffer | Buffer): Uint8Array | ArrayBuffer | Buffer;
  export function uncompress(input: Uint8Array | ArrayBuffer | Buffer): Uint8Array | ArrayBuffer | Buffer;
  const snappy: { compress: typeof compress; uncompress: typeof uncompress };
  export default snappy;
}
