// How a page hands zwfw elements what the address and other elements tell it. Shared by the demo pages and the
// demo sites; a real site writes the same few lines (or its framework's equivalent). Loaded as a module because
// every page runs under a strict Content-Security-Policy (no inline script).

/** Attributes from the address (?code=…, ?case=…, ?bundle=…), so one page shows any matter, case or bundle. */
export function wireAddress(params = new URLSearchParams(location.search)) {
  for (const [param, attribute] of [['code', 'matter-code'], ['case', 'case-number'], ['bundle', 'bundle-id']]) {
    const value = params.get(param);
    if (value) for (const el of document.querySelectorAll(`[data-demo-${attribute}]`)) el.setAttribute(attribute, value);
  }
  // A bundle replaces the page's default matter.
  if (params.get('bundle')) for (const el of document.querySelectorAll('[data-demo-bundle-id]')) el.removeAttribute('matter-code');
}

/** After a submission: show the case's progress from the receipt (a property, never in the address); refresh lists. */
export function wireReceipt() {
  document.addEventListener('zwfw-submit', (event) => {
    for (const el of document.querySelectorAll('[data-demo-receipt]')) {
      el.receipt = event.detail;
      el.hidden = false;
    }
    for (const el of document.querySelectorAll('[data-demo-partner-cases]')) el.refresh();
  });
}

/**
 * Rating: the case comes from the tracker's 去评价 button (zwfw-rate-request) or from a page form (#demo-case), and
 * is handed to the rating elements as properties, so the verifier (a mobile tail or an access token) never
 * appears in the address, the history or a Referer.
 */
export function wireRating() {
  function rate({ caseNumber, verifier, stage }) {
    for (const el of document.querySelectorAll('[data-demo-rating]')) {
      Object.assign(el, { caseNumber, verifier, stage });
      el.hidden = false;
    }
    document.querySelector('[data-demo-rating]')?.scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('zwfw-rate-request', (event) => rate(event.detail));
  document.getElementById('demo-case')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    rate({ caseNumber: String(data.get('case')).trim(), verifier: String(data.get('verifier')).trim(), stage: String(data.get('stage')) });
  });
}

/** An element with properties and children (text or elements); built with the DOM, never from HTML text. */
export function el(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}
