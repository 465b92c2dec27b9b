// Demo-page controls (not part of the product): switch every zwfw element on the page between zh-CN, zh-TW
// and en, light and dark, and 适老化 mode, to show the elements follow their attributes. Loaded as an
// external module because the pages run under a strict Content-Security-Policy.
const targets = () => document.querySelectorAll('[data-demo]');

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

// Page-specific wiring: attributes taken from the address (?code=…), so one page shows any matter or case.
for (const [param, attribute] of [['code', 'matter-code'], ['case', 'case-number'], ['verifier', 'verifier'], ['stage', 'stage']]) {
  const value = params.get(param);
  if (value) for (const el of document.querySelectorAll(`[data-demo-${attribute}]`)) el.setAttribute(attribute, value);
}
