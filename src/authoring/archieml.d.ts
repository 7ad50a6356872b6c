// The `archieml` package (0.5.0) ships no types; this is the one function it exports.
declare module 'archieml' {
  interface ArchiemlOptions {
    /** Remove [inline comments] (deprecated by the spec; off by default). */
    comments?: boolean;
  }
  const archieml: {
    /** The document's data: strings, objects and arrays. Throws a TypeError on a block opened inside a text value. */
    load(text: string, options?: ArchiemlOptions): Record<string, unknown>;
  };
  export default archieml;
}
