// Keeps the program in the page's URL so a link shares it: `#code=` and
// the source compressed with deflate-raw in base64url, or `#example=<id>`
// while an example is unchanged.

export async function encodeSource(source) {
  const stream = new Blob([source]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function decodeSource(encoded) {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** What the URL's fragment asks for: `{ code }`, `{ example }` or `{}`. */
export async function readLocation(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('code')) {
    try {
      return { code: await decodeSource(params.get('code')) };
    } catch {
      return { broken: true };
    }
  }
  if (params.has('example')) return { example: params.get('example') };
  return {};
}

export async function writeLocation(state) {
  const fragment = state.example !== undefined
    ? `example=${encodeURIComponent(state.example)}`
    : `code=${await encodeSource(state.code)}`;
  history.replaceState(null, '', `#${fragment}`);
}
