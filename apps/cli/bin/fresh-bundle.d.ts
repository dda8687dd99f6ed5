/** The CLI's bundle when every file it was built from is unchanged, or null (see fresh-bundle.js). */
export function freshBundle(cliDir: string, distDir: string): string | null;
