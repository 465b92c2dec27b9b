import type { Contact, LegalBasis, ProcessStep, ServiceWindow, SpecialProcedure, TimeUnit } from '@zwfw/core';

// National exchange rows carry several structured elements as free text (by_law, special_procedure,
// handle_flow, link_way…). These parsers recover the structure published guides use, and accept the JSON
// lists some provinces send instead (Guangxi AUDIT_ITEM_BYLAW / AUDIT_ITEM_SPECIAL shapes).

const SEP = /[；;\n]+/;

function pieces(text: string): string[] {
  return text.split(SEP).map((s) => s.trim()).filter((s) => s.length > 0 && s !== '无');
}

function jsonList(text: string): Record<string, unknown>[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : undefined;
  } catch {
    return undefined;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim().length > 0 ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

/** 设定依据: "《A》第三十五条：…；《B》" or a JSON list {law_name, law_number, clause_number, clause_content}. */
export function parseLegalBasis(text: string): LegalBasis[] {
  const list = jsonList(text);
  if (list !== undefined) {
    return list.flatMap((o) => {
      const lawName = str(o['law_name'] ?? o['lawName']);
      if (lawName === undefined) return [];
      const b: LegalBasis = { lawName };
      const num = str(o['law_number']); if (num !== undefined) b.documentNumber = num;
      const art = str(o['clause_number']); if (art !== undefined) b.article = art;
      const txt = str(o['clause_content']); if (txt !== undefined) b.text = txt;
      return [b];
    });
  }
  return pieces(text).map((p) => {
    const name = /《[^》]+》/.exec(p)?.[0];
    const article = /第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+款)?/.exec(p)?.[0];
    const b: LegalBasis = { lawName: name ?? p.slice(0, 500) };
    if (article !== undefined) b.article = article;
    const rest = p.replace(name ?? '', '').replace(article ?? '', '').replace(/^[：:，,\s]+/, '').trim();
    if (name !== undefined && rest.length > 0) b.text = rest;
    return b;
  });
}

function unitOf(word: string | undefined): TimeUnit {
  if (word === undefined) return 'working_day';
  if (word.includes('工作日')) return 'working_day';
  if (word.includes('小时')) return 'hour';
  if (word.includes('月')) return 'month';
  return 'calendar_day';
}

/** 特别程序: "听证（20个工作日）；专家评审 15个工作日" or a JSON list {special_name, special_date, special_desc}. */
export function parseSpecialProcedures(text: string): SpecialProcedure[] {
  const list = jsonList(text);
  if (list !== undefined) {
    return list.flatMap((o) => {
      const name = str(o['special_name'] ?? o['name']);
      if (name === undefined) return [];
      const sp: SpecialProcedure = { name, duration: Number(str(o['special_date']) ?? 0) || 0, unit: str(o['special_date_type']) === '2' ? 'calendar_day' : 'working_day', countsTowardLimit: false };
      const basis = str(o['special_desc']); if (basis !== undefined) sp.basis = basis;
      return [sp];
    });
  }
  return pieces(text).map((p) => {
    const m = /(\d+(?:\.\d+)?)\s*个?\s*(工作日|自然日|日|天|小时|个月|月)/.exec(p);
    const name = p.replace(/[（(][^）)]*[）)]/g, '').replace(/\d.*$/, '').trim() || p;
    return { name: name.slice(0, 200), duration: m?.[1] === undefined ? 0 : Number(m[1]), unit: unitOf(m?.[2]), basis: '《中华人民共和国行政许可法》第四十五条', countsTowardLimit: false };
  });
}

const STEP_KINDS: [RegExp, ProcessStep['kind']][] = [
  [/收件|申请|申报|提交/, 'addressee'],
  [/受理/, 'acceptance'],
  [/审查|审核|核查|初审/, 'investigate'],
  [/决定|审批|批准|签发/, 'decide'],
  [/制证|发证|打证/, 'accreditation'],
  [/送达|领取|办结|邮寄/, 'delivery'],
];

/** 办理流程: "受理→审查→决定→制证→送达" (arrows, 、, ；, or numbered steps). */
export function parseProcess(text: string): ProcessStep[] {
  const parts = text.split(/→|->|—>|[；;、\n]|\d+[.、．]/).map((s) => s.trim()).filter((s) => s.length > 0);
  return parts.slice(0, 50).map((p, i) => ({
    order: i + 1,
    kind: STEP_KINDS.find(([re]) => re.test(p))?.[1] ?? 'other',
    name: p.slice(0, 200),
  }));
}

/** 办理地点 + 办理时间 → windows (several addresses separated by ；). */
export function parseWindows(addr: string, time: string, deptName: string): ServiceWindow[] {
  return pieces(addr).slice(0, 200).map((a) => ({ name: `${deptName}受理窗口`.slice(0, 200), address: a.slice(0, 500), hours: (time || '以窗口公示时间为准').slice(0, 500) }));
}

/** 咨询 / 监督投诉方式 text → typed contacts. */
export function parseContacts(text: string): Contact[] {
  return pieces(text).slice(0, 20).map((p) => {
    const value = p.replace(/^(?:咨询|投诉|监督)?(?:电话|网址|邮箱|地址|窗口)[：:]/, '').trim() || p;
    if (/@/.test(p)) return { way: 'email' as const, value };
    if (/https?:\/\//.test(p) || /网|线上|APP/i.test(p) && !/电话/.test(p)) return { way: 'online' as const, value };
    if (/电话|热线|^\d[\d\-\s()（）]{3,}$/.test(p) || /^\d{5}$/.test(value)) return { way: 'phone' as const, value };
    if (/信|邮寄/.test(p)) return { way: 'letter' as const, value };
    return { way: 'window' as const, value };
  });
}
