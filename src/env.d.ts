interface ImportMetaEnv {
  /** The built site's chunk graph, dist/sandbox/chunks.json (set by src/site.ts; read while frame documents are generated). */
  readonly SANDBOX_CHUNK_GRAPH: string;
}
