// The district site's own chrome (banner, navigation, language links, 长者模式 switch, footer). Not part of zwfw:
// a real site has its own; what matters for the elements is that it sets <html lang> and, for 适老化, the
// provider's `elderly` attribute. The page wiring comes from the same module the demo pages use.
import { el, wireAddress, wireReceipt, wireRating } from '/demo/wiring.js';

const TEXT = {
  'zh-CN': { notice: '本站为示例，事项与数据均为演示用途，并非官方数据。', find: '我要办事', hot: '热门服务', events: '一件事一次办', guide: '办事指南', apply: '在线申报', progressTitle: '办件进度查询', rate: '评价办件（好差评）',
    name: '明湖区人民政府', sub: '云溪市 · 示例网站，非真实政府网站', home: '首页', services: '办事服务', track: '办件查询', elderly: '长者模式', lang: '语言', footer: '示例网站，所有内容均为演示用途。主办：明湖区人民政府办公室（示例）', skip: '跳到主要内容' },
  'zh-TW': { notice: '本站為示例，事項與數據均為演示用途，並非官方數據。', find: '我要辦事', hot: '熱門服務', events: '一件事一次辦', guide: '辦事指南', apply: '線上申報', progressTitle: '辦件進度查詢', rate: '評價辦件（好差評）',
    name: '明湖區人民政府', sub: '雲溪市 · 示例網站，非真實政府網站', home: '首頁', services: '辦事服務', track: '辦件查詢', elderly: '長者模式', lang: '語言', footer: '示例網站，所有內容均為演示用途。主辦：明湖區人民政府辦公室（示例）', skip: '跳到主要內容' },
  en: { notice: 'An illustrative site: its services and data are for demonstration, not official.', find: 'Find a service', hot: 'Popular services', events: 'Life events, one application', guide: 'Service guide', apply: 'Apply online', progressTitle: 'Track a case', rate: 'Rate the service',
    name: 'Minghu District People’s Government', sub: 'Yunxi City · an illustrative site, not a real government site', home: 'Home', services: 'Services', track: 'Track a case', elderly: 'Larger text', lang: 'Language', footer: 'Illustrative site; all content is for demonstration. Run by the Minghu District Government Office (illustrative).', skip: 'Skip to main content' },
};
const LANGS = [['zh-CN', '简体'], ['zh-TW', '繁體'], ['en', 'English']];
const PAGES = [['index.html', 'home'], ['apply.html', 'services'], ['progress.html', 'track']];

// The choice is the reader's, kept across the site's pages (this device only).
const stored = (key, fallback) => { try { return localStorage.getItem(key) ?? fallback; } catch { return fallback; } };
const store = (key, value) => { try { localStorage.setItem(key, value); } catch { /* private mode: this page only */ } };
const params = new URLSearchParams(location.search);
let lang = params.get('lang') ?? stored('district-lang', 'zh-CN');
if (!TEXT[lang]) lang = 'zh-CN';
let elderly = stored('district-elderly', '0') === '1';

function render() {
  const t = TEXT[lang];
  document.documentElement.lang = lang; // every zwfw element follows <html lang>
  document.body.classList.toggle('elderly', elderly);
  for (const provider of document.querySelectorAll('zwfw-provider')) provider.toggleAttribute('elderly', elderly);
  const here = location.pathname.split('/').pop() || 'index.html';
  document.getElementById('site-header').replaceChildren(
    el('a', { href: '#main', className: 'skip-link' }, t.skip),
    el('div', { className: 'site-banner' }, el('div', { className: 'inner' },
      el('a', { href: 'index.html', className: 'site-title' }, t.name, el('small', {}, t.sub)),
      el('div', { className: 'site-tools', role: 'group', ariaLabel: t.lang },
        ...LANGS.map(([code, name]) => {
          const b = el('button', { type: 'button', lang: code }, name);
          b.setAttribute('aria-pressed', String(code === lang));
          b.addEventListener('click', () => { lang = code; store('district-lang', code); render(); });
          return b;
        }),
        (() => {
          const b = el('button', { type: 'button' }, t.elderly);
          b.setAttribute('aria-pressed', String(elderly));
          b.addEventListener('click', () => { elderly = !elderly; store('district-elderly', elderly ? '1' : '0'); render(); });
          return b;
        })()))),
    el('nav', { className: 'site-nav', ariaLabel: t.services }, el('div', { className: 'inner' }, el('ul', {},
      ...PAGES.map(([href, key]) => {
        const a = el('a', { href }, t[key]);
        if (href === here) a.setAttribute('aria-current', 'page');
        return el('li', {}, a);
      })))),
  );
  // The page's own headings and notes, by key.
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t[node.dataset.t] ?? node.textContent;
  document.getElementById('site-footer').replaceChildren(el('div', { className: 'inner' }, el('p', {}, t.footer)));
}

render();
wireAddress(params);
wireReceipt();
wireRating();
