// One rule for links and one for plain text (schemas/safe-text.ts), shared by the schemas, the importer and the elements.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApplicantSchema, ContactSchema, EvaluationInputSchema, LinkSchema, MatterSchema, UrlSchema, exampleApplicationInput,
  exampleEvaluationInput, exampleMatter, hasMarkup, isSafeLink, problemErrorsFromZod, stripMarkup,
} from '../src/index.js';

describe('isSafeLink', () => {
  it('accepts https: URLs and paths under a single /', () => {
    for (const url of ['https://zwfw.example.gov.cn/a?b=1#c', 'HTTPS://x.example', '/files/x.pdf', '/', '/a/b?c=%2F']) assert.equal(isSafeLink(url), true, url);
  });
  it('refuses every other scheme, protocol-relative and backslash paths, whitespace, quotes and tags', () => {
    for (const url of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'http://x.example', '//evil.example/x', '/\\evil.example/x',
      '/\t/evil.example', '\\\\evil.example', ' https://x.example', 'https://x.example/a"><img src=x>', "https://x.example/'", 'files/x.pdf',
      'https://', 'vbscript:x', '', `/${'a'.repeat(2000)}`,
    ]) assert.equal(isSafeLink(url), false, url);
  });
  it('is what LinkSchema and UrlSchema check (UrlSchema: absolute only), with the unsafe_link code', () => {
    assert.equal(LinkSchema.safeParse('/x').success, true);
    assert.equal(UrlSchema.safeParse('/x').success, false);
    const r = LinkSchema.safeParse('/\\evil.example/');
    assert.equal(r.success, false);
    assert.equal(problemErrorsFromZod(r.error!, [], 'en')[0]?.code, 'unsafe_link');
  });
  it('applies to online contacts and to online.url of a matter', () => {
    assert.equal(ContactSchema.safeParse({ way: 'online', value: 'javascript:alert(1)' }).success, false);
    assert.equal(ContactSchema.safeParse({ way: 'phone', value: '12345' }).success, true);
    const m = { ...exampleMatter, online: { ...exampleMatter.online!, url: 'https://x.example/"><script>' } };
    assert.equal(MatterSchema.safeParse(m).success, false);
  });
});

describe('plain text', () => {
  it('tells tags from text that merely holds < or &', () => {
    for (const t of ['<b>x</b>', 'a<img src=x>', '</p>', '<!-- c -->', '<?xml?>', 'x<svg/onload=1>']) assert.equal(hasMarkup(t), true, t);
    for (const t of ['a < b', '3<5', '&amp; &lt;b&gt;', '《条例》', '<<', '< b']) assert.equal(hasMarkup(t), false, t);
  });
  it('strips tags (scripts with their content) and keeps the text', () => {
    assert.equal(stripMarkup('<b onclick="x()">食品经营许可</b>（新办）'), '食品经营许可 （新办）');
    assert.equal(stripMarkup('<script>alert(1)</script>名称'), '名称');
    assert.equal(hasMarkup(stripMarkup('<<b>b>x')), false, 'what stripping joins is no tag either');
    assert.equal(hasMarkup(stripMarkup('<<img src=x>img src=y onerror=alert(1)>z')), false);
  });
  it('refuses markup in an applicant name and an evaluation comment with markup_not_allowed', () => {
    const a = ApplicantSchema.safeParse({ ...exampleApplicationInput.applicant, name: '<img src=x onerror=alert(1)>张三' });
    assert.equal(a.success, false);
    assert.deepEqual(problemErrorsFromZod(a.error!, [], 'en').map((e) => [e.path, e.code]), [['/name', 'markup_not_allowed']]);
    const e = EvaluationInputSchema.safeParse({ ...exampleEvaluationInput, comment: '很好<script>x</script>' });
    assert.equal(e.success, false);
    assert.equal(EvaluationInputSchema.safeParse({ ...exampleEvaluationInput, comment: '等待时间 < 10 分钟 &amp; 满意' }).success, true);
  });
});
