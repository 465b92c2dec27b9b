// The SDK's code-split parts (each operation's definition and schemas, the search code, the search engine) are
// loaded with dynamic imports on first use. A chunk that cannot be fetched (offline, or a copy of the CDN file
// deployed without its chunks/ folder) surfaces as a typed network error naming the call; the failure is not
// cached, so the next call tries again.
import { ZwfwNetworkError } from './errors.js';

/** Runs `loader` (a dynamic import), turning its failure into a ZwfwNetworkError for `operation`. */
export async function loadChunk<T>(loader: () => Promise<T>, operation: string): Promise<T> {
  try {
    return await loader();
  } catch (cause) {
    throw new ZwfwNetworkError(
      `${operation}: could not load this call's code from the SDK's chunks (${cause instanceof Error ? cause.message : String(cause)}). `
      + 'Check the connection; when the SDK is served from your own server, deploy the chunks/ folder beside its file. Then call again.',
      { operation, cause },
    );
  }
}
