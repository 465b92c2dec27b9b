import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MatterSchema, validateCreditCode, type Matter } from '@zwfw/core';
import { importCatalogue, parseCsv, type CatalogueSink } from '../src/importer/index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/up_task/', import.meta.url));

function memorySink(): CatalogueSink & { matters: Map<string, Matter> } {
  const matters = new Map<string, Matter>();
  return { matters, upsertMatter: async (m) => { matters.set(m.code, m); } };
}

describe('CSV parser', () => {
  it('handles quotes, doubled quotes, commas, CRLF and newlines inside fields', () => {
    const rows = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n\r\nlast,,\n');
    assert.deepEqual(rows.map((r) => r.fields), [['a', 'b', 'c'], ['x, y', 'say "hi"', 'line1\nline2'], ['last', '', '']]);
    assert.deepEqual(rows.map((r) => r.line), [1, 2, 5]);
  });
  it('rejects an unterminated quoted field', () => {
    assert.throws(() => parseCsv('a\n"open'), /Unterminated/);
  });
  it('reads a final record without a trailing newline', () => {
    assert.deepEqual(parseCsv('h\nv').map((r) => r.fields), [['h'], ['v']]);
  });
});

describe('importCatalogue on the up_task fixture', async () => {
  const sink = memorySink();
  const report = await importCatalogue(FIXTURE, sink);

  it('loads the five good matters, each a valid core Matter', () => {
    assert.equal(report.loaded, 5);
    assert.equal(sink.matters.size, 5);
    for (const m of sink.matters.values()) assert.ok(MatterSchema.safeParse(m).success, m.name);
  });

  it('reports exactly the three bad rows, with file, row and reason', () => {
    const summary = report.rejected.map((r) => `${r.file}#${r.row}`).sort();
    assert.deepEqual(summary, ['up_task_general_basic.csv#6', 'up_task_general_basic.csv#7', 'up_task_general_material.csv#10']);
    const reason = (file: string, row: number): string => report.rejected.find((r) => r.file === file && r.row === row)?.reason ?? '';
    assert.match(reason('up_task_general_basic.csv', 6), /30 characters, expected 31/);
    assert.match(reason('up_task_general_basic.csv', 7), /unknown matterType code "99" in task_type/);
    assert.match(reason('up_task_general_material.csv', 10), /orphan material row/);
    // The rejected basic row's extend row is skipped, not an error of its own.
    assert.deepEqual(report.skipped.map((r) => `${r.file}#${r.row}`), ['up_task_general_extend.csv#6']);
  });

  it('imports no 情景导办: the national format has no 情形 table or column to map', () => {
    for (const m of sink.matters.values()) {
      assert.equal(m.situations, undefined, m.name);
      assert.ok(m.materials.every((x) => x.condition === undefined), m.name);
    }
  });

  it('maps the Guangdong-coded row with the Guangdong code list', () => {
    const med = [...sink.matters.values()].find((m) => m.name === '城乡居民基本医疗保险参保登记');
    assert.ok(med);
    assert.equal(med.type, 'public_service'); // 21 in Guangdong, 20 nationally
    assert.equal(med.result.type, 'other'); // 30 in Guangdong
    assert.equal(med.online.depth, 'IV');
    assert.equal(med.code, med.taskCode);
  });

  it('reads national codes, structured texts, materials, fees and FAQ', () => {
    const food = sink.matters.get('11445402MB2C00013H400011701600001');
    assert.ok(food);
    assert.equal(food.type, 'license');
    assert.equal(food.handleItemCode, food.code);
    assert.equal(food.taskCode.length, 31);
    assert.ok(validateCreditCode(food.agency.code).ok);
    assert.deepEqual(food.audience, ['natural_person', 'enterprise', 'unincorporated_enterprise']);
    assert.deepEqual(food.legalBasis[0], { lawName: '《中华人民共和国食品安全法》', article: '第三十五条', text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可' });
    assert.equal(food.legalBasis[1]?.lawName, '《食品经营许可和备案管理办法》');
    assert.match(food.acceptConditions, /\n/); // a newline inside a quoted CSV field survives
    assert.deepEqual(food.process.map((s) => s.kind), ['acceptance', 'investigate', 'decide', 'accreditation', 'delivery']);
    assert.deepEqual(food.specialProcedures, [{ name: '现场核查', duration: 5, unit: 'working_day', basis: '《中华人民共和国行政许可法》第四十五条', countsTowardLimit: false }]);
    assert.deepEqual(food.materials.map((m) => m.necessity), ['required', 'required', 'tolerance']);
    assert.deepEqual(food.materials[1]?.eLicense, { exempt: true, licenseType: '营业执照' });
    assert.match(food.materials[2]?.name ?? '', /"进货查验、从业人员健康管理"/);
    assert.equal(food.faq.length, 2);
    assert.equal(food.result.name, '食品经营许可证');
    assert.deepEqual(food.jointAgencies, ['云溪市明湖区卫生健康局', '云溪市明湖区消防救援大队']); // 联办机构, split on 、
    assert.equal(food.intermediaryServices, undefined); // an empty cell is absent, not ['']
    assert.deepEqual(food.consultation.map((c) => c.way), ['window', 'phone', 'phone']);

    const house = [...sink.matters.values()].find((m) => m.name.includes('二手房买卖'));
    assert.ok(house);
    assert.equal(house.isCharged, true);
    assert.equal(house.fees[0]?.name, '不动产登记费');
    assert.equal(house.feeBasis, '财税〔2016〕79号；发改价格规〔2016〕2559号');
    assert.equal(house.online.depth, 'III'); // Guangxi-style list "1,2,3": the deepest level
    assert.equal(house.onSiteVisitsReason, '转移登记须交易双方到窗口核验意愿');

    const id = [...sink.matters.values()].find((m) => m.name === '居民身份证换领');
    assert.equal(id?.legalTimeLimit.unit, 'calendar_day');
    assert.deepEqual(id?.channels, ['window', 'express']);
    assert.equal(id?.windows.length, 2);

    const fund = [...sink.matters.values()].find((m) => m.name === '离退休提取住房公积金');
    assert.deepEqual(fund?.level, ['municipal']);
    assert.equal(fund?.handleArea, 'national');
    assert.deepEqual(fund?.specialProcedures, []);
  });
});

describe('importCatalogue options and failures', () => {
  it('reads every row with the Guangdong dictionary when asked, rejecting national-only codes with reasons', async () => {
    const sink = memorySink();
    const report = await importCatalogue(FIXTURE, sink, { variant: 'guangdong' });
    // The row marked data_source=guangdong loads either way; national rows use codes Guangdong lacks.
    assert.deepEqual([...sink.matters.values()].map((m) => m.name), ['城乡居民基本医疗保险参保登记']);
    assert.ok(report.rejected.some((r) => r.row === 3 && /unknown onlineDepth code "4" in online_handle_depth \(guangdong code list\)/.test(r.reason)));
  });

  it('keeps going when the sink fails for one matter', async () => {
    let calls = 0;
    const report = await importCatalogue(FIXTURE, { upsertMatter: async () => { calls++; if (calls === 2) throw new Error('disk full'); } });
    assert.equal(report.loaded, 4);
    assert.ok(report.rejected.some((r) => r.reason === 'storage failed: disk full'));
  });

  it('reports a folder without a basic table and a malformed JSON file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zwfw-import-'));
    await writeFile(join(dir, 'up_task_general_questions.json'), '{not json');
    const report = await importCatalogue(dir, memorySink());
    assert.equal(report.loaded, 0);
    assert.equal(report.rejected.length, 2);
    assert.ok(report.rejected.every((r) => r.table === 'file' && r.row === 0));
  });

  it('rejects a row that lacks a required field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zwfw-import-'));
    await writeFile(join(dir, 'up_task_general_basic.json'), JSON.stringify([{ task_code: '11445402MB2C00013H4000117016000', task_name: '' }]));
    const report = await importCatalogue(dir, memorySink());
    assert.equal(report.rejected.length, 1);
    assert.match(report.rejected[0]?.reason ?? '', /missing required field task_name/);
    assert.equal(report.rejected[0]?.file, 'up_task_general_basic.json');
    assert.equal(report.rejected[0]?.row, 1);
  });
});

describe('importCatalogue: markup in plain-text fields and unsafe links', async () => {
  // The fixture's first matter, with markup and unsafe links put into it the way a hostile or careless feed would.
  const { readFile } = await import('node:fs/promises');
  const csvLine = (fields: readonly string[]) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
  const table = async (name: string, edit: (row: Record<string, string>) => void): Promise<string> => {
    const [head, first] = parseCsv(await readFile(join(FIXTURE, `${name}.csv`), 'utf8'));
    const row = Object.fromEntries(head!.fields.map((h, i) => [h, first!.fields[i] ?? '']));
    edit(row);
    return `${csvLine(head!.fields)}\n${csvLine(head!.fields.map((h) => row[h] ?? ''))}\n`;
  };
  const dir = await mkdtemp(join(tmpdir(), 'zwfw-import-'));
  await writeFile(join(dir, 'up_task_general_basic.csv'), await table('up_task_general_basic', (r) => {
    r['task_name'] = '<b onclick="x()">食品经营许可</b>（新办）';
    r['dept_name'] = '<script>alert(1)</script>云溪市明湖区市场监督管理局';
    r['link_way'] = '电话：12345；网址：javascript:alert(1)；网址：/\\evil.example/x；网址：https://zwfw.minghu.example/ask';
  }));
  await writeFile(join(dir, 'up_task_general_extend.csv'), await table('up_task_general_extend', (r) => {
    r['online_handle_url'] = 'https://zwfw.minghu.example/apply"><img src=x onerror=alert(1)>';
  }));
  const sink = memorySink();
  const report = await importCatalogue(dir, sink);
  const matter = [...sink.matters.values()][0];

  it('loads the matter with the markup stripped from plain-text fields', () => {
    assert.equal(report.loaded, 1, JSON.stringify(report.rejected));
    assert.equal(matter?.name, '食品经营许可 （新办）');
    assert.equal(matter?.agency.name, '云溪市明湖区市场监督管理局', 'a script goes with its content');
    assert.doesNotMatch(JSON.stringify(matter), /<(?:b|script|img)\b/);
  });

  it('drops links and online contacts that are not https: or root-relative, and keeps the safe ones', () => {
    assert.equal(matter?.online?.url, undefined);
    const online = matter?.consultation.filter((c) => c.way === 'online').map((c) => c.value);
    assert.deepEqual(online, ['https://zwfw.minghu.example/ask']);
    assert.ok(MatterSchema.safeParse(matter).success);
  });

  it('reports every value it refused against the row, with its path', () => {
    const reasons = report.refused.map((r) => `${r.file}#${r.row} ${r.reason}`);
    assert.ok(reasons.some((r) => /^up_task_general_basic\.csv#1 \/name: markup stripped/.test(r)), reasons.join('\n'));
    assert.ok(reasons.some((r) => /\/online\/url: link dropped/.test(r)), reasons.join('\n'));
    assert.equal(reasons.filter((r) => /online contact dropped/.test(r)).length, 2, reasons.join('\n'));
  });
});
