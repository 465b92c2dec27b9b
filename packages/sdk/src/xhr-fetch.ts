// fetch cannot report upload progress (a streamed request body needs HTTP/2 in browsers), XMLHttpRequest
// can. This adapter gives the transport a fetch-shaped function that sends through XHR and reports the bytes
// sent, so uploads keep the transport's retries, timeouts and typed errors.

/** Bytes of the request body sent so far, of `total`. */
export type ProgressListener = (loaded: number, total: number) => void;

/** Whether this runtime has XMLHttpRequest (browsers; not Node). */
export function hasXhr(): boolean {
  return typeof (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest === 'function';
}

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/** A fetch that sends with XMLHttpRequest and calls `onProgress` as the body goes out. */
export function xhrFetch(onProgress: ProgressListener): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      // The browser sets Origin and refuses to let scripts set it; every other header is the transport's.
      request.headers.forEach((value, name) => {
        if (name !== 'origin') xhr.setRequestHeader(name, value);
      });
      xhr.responseType = 'arraybuffer';
      xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : (body?.byteLength ?? 0));
      xhr.onload = () => {
        const empty = xhr.status === 204 || xhr.status === 304;
        resolve(new Response(empty ? null : (xhr.response as ArrayBuffer), { status: xhr.status, statusText: xhr.statusText, headers: headersOf(xhr.getAllResponseHeaders()) }));
      };
      // Same shape as fetch's own network failure, so the transport classifies it the same way.
      xhr.onerror = () => reject(new TypeError('Failed to fetch (XMLHttpRequest network error)'));
      xhr.ontimeout = xhr.onerror;
      const signal = request.signal;
      const onAbort = () => {
        xhr.abort();
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      xhr.onloadend = () => signal.removeEventListener('abort', onAbort);
      xhr.send(body);
    });
  };
}
