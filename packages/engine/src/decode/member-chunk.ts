/** The flat stream of a (possibly multi-file) input: each member's bytes between start and end. */
export type MemberChunk =
  | { kind: 'start'; name: string; /** True for the files of a zip/tar bundle. */ bundle: boolean }
  | { kind: 'data'; bytes: Uint8Array }
  | { kind: 'end' };
