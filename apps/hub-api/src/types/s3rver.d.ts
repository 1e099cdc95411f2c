// s3rver ships no type declarations; this is the part the hub uses.
declare module 's3rver' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface S3rverOptions {
    directory?: string;
    silent?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
  }

  class S3rver {
    constructor(options?: S3rverOptions);
    getMiddleware(): (req: IncomingMessage, res: ServerResponse) => void;
  }
  export = S3rver;
}
