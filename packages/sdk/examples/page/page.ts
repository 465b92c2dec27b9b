// A page that uses @zwfw/sdk directly from plain TypeScript, with no elements: a search box whose hits open a
// short guide (name, department, time limit, fees, materials). For sites that draw everything themselves. Built
// by scripts/build-sites.mjs (esbuild) to packages/server/public/sites/sdk/page.js; served at /sites/sdk/ by `npm start`.
// Everything is drawn with DOM calls and textContent: catalogue text is never parsed as HTML.
// First: the page runs under a strict CSP with Trusted Types, so zod must never probe for eval.
import '@zwfw/sdk/strict-csp';
import { createClient, isZwfwError, type Matter, type SearchHit } from '@zwfw/sdk';

const zwfw = createClient({ baseUrl: `${location.origin}/`, locale: 'zh-CN' });

const box = document.querySelector<HTMLInputElement>('#q')!;
const hits = document.querySelector<HTMLUListElement>('#hits')!;
const guide = document.querySelector<HTMLElement>('#guide')!;
const status = document.querySelector<HTMLElement>('#status')!;

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  el.append(...children);
  return el;
}

/** An error in words the reader can act on; the SDK's messages say what to fix. */
function say(err: unknown): void {
  if (isZwfwError(err) && err.type === 'abort_error') return;
  status.textContent = isZwfwError(err) && err.type === 'network_error' ? '网络不可用，请稍后重试。' : '出错了，请稍后重试。';
}

function showHits(items: readonly SearchHit[]): void {
  hits.replaceChildren(...items.map((hit) => {
    const button = node('button', hit.name);
    button.type = 'button';
    button.addEventListener('click', () => void open(hit.code));
    return node('li', undefined, button, node('span', ` ${hit.department ?? ''}`));
  }));
  status.textContent = items.length ? `找到 ${items.length} 项` : '没有找到相关事项，换个说法试试。';
}

function showGuide(m: Matter): void {
  const limit = m.promisedTimeLimit ? `${m.promisedTimeLimit.value} ${m.promisedTimeLimit.unit === 'working_day' ? '个工作日' : m.promisedTimeLimit.unit}` : '—';
  guide.replaceChildren(
    node('h2', m.name),
    node('p', `实施机构：${m.agency.name}`),
    node('p', `承诺办结时限：${limit}`),
    node('p', `是否收费：${m.isCharged ? m.fees.map((f) => f.name).join('、') : '不收费'}`),
    node('h3', '申请材料'),
    node('ol', undefined, ...m.materials.map((mat) => node('li', mat.name))),
  );
  guide.focus();
}

async function open(code: string): Promise<void> {
  try {
    showGuide(await zwfw.matters.get(code));
  } catch (err) {
    say(err);
  }
}

let controller: AbortController | undefined;
box.addEventListener('input', async () => {
  controller?.abort(); // a newer keystroke cancels the older request
  const q = box.value.trim();
  if (!q) return hits.replaceChildren();
  controller = new AbortController();
  try {
    showHits((await zwfw.search(q, { limit: 10 }, { signal: controller.signal })).items);
  } catch (err) {
    say(err);
  }
});
