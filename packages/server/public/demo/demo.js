// Demo-page controls (not part of the product): switch every zwfw element on the page between zh-CN, zh-TW
// and en, light and dark, and 适老化 mode, to show the elements follow their attributes. Loaded as an
// external module because the pages run under a strict Content-Security-Policy.
import { el, wireAddress, wireReceipt, wireRating } from './wiring.js';

const targets = () => document.querySelectorAll('[data-demo]');

const PAGES = [['/', '首页 Home'], ['/demo/search.html', '事项搜索 Search'], ['/demo/guide.html', '办事指南 Guide'],
  ['/demo/apply.html', '在线申报 Apply'], ['/demo/bank.html', '银行网点 Bank counter'],
  ['/demo/progress.html', '办件进度 Progress'], ['/demo/rating.html', '好差评 Rating']];
const SWITCHES = [
  ['demo-lang', '语言 Language', [['zh-CN', '简体中文'], ['zh-TW', '繁體中文'], ['en', 'English']]],
  ['demo-theme', '主题 Theme', [['light', '浅色 Light'], ['dark', '深色 Dark'], ['auto', '跟随系统 Auto']]],
];

// The header every demo page shares: the page list and the switches.
document.getElementById('demo-header').append(
  el('nav', { ariaLabel: '演示页面 Demo pages' }, el('ul', {}, ...PAGES.map(([href, name]) => el('li', {}, el('a', { href }, name))))),
  el('div', { className: 'controls' },
    ...SWITCHES.map(([id, name, options]) => el('label', {}, `${name} `, el('select', { id }, ...options.map(([value, text]) => el('option', { value }, text))))),
    el('label', {}, el('input', { type: 'checkbox', id: 'demo-elderly' }), ' 适老化 Elderly-friendly')),
);

function apply() {
  const lang = document.getElementById('demo-lang').value;
  const theme = document.getElementById('demo-theme').value;
  const elderly = document.getElementById('demo-elderly').checked;
  document.documentElement.lang = lang;
  document.body.classList.toggle('dark', theme === 'dark');
  for (const el of targets()) {
    el.setAttribute('lang', lang);
    el.setAttribute('theme', theme);
    el.toggleAttribute('elderly', elderly);
  }
  const params = new URLSearchParams(location.search);
  params.set('lang', lang);
  params.set('theme', theme);
  if (elderly) params.set('elderly', '1');
  else params.delete('elderly');
  history.replaceState(null, '', `?${params}`);
}

const params = new URLSearchParams(location.search);
document.getElementById('demo-lang').value = params.get('lang') ?? 'zh-CN';
document.getElementById('demo-theme').value = params.get('theme') ?? 'light';
document.getElementById('demo-elderly').checked = params.get('elderly') === '1';
for (const id of ['demo-lang', 'demo-theme', 'demo-elderly']) document.getElementById(id).addEventListener('change', apply);
apply();

wireAddress(params);
wireReceipt();
wireRating();
