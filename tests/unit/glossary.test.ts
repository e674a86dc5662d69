import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ja from '../../data/translations/ja.json';
import ko from '../../data/translations/ko.json';
import glossaryJson from '../../data/translations/glossary.json';
import { findTerm, Glossary, glossaryProblems, outsideQuotes } from '../../src/model/glossary';

const glossary = Glossary.parse(glossaryJson);
const doc = readFileSync('data/translations/GLOSSARY.md', 'utf8');

/** A translation file holding one event's texts. */
function withSummary(summary: string, title = 'title') {
  return { events: { 'an-event': { title, label: 'label', summary } } };
}

describe('the bundled translations follow the glossary', () => {
  it.each([
    ['ja', ja],
    ['ko', ko],
  ] as const)(
    '%s: no ruled-out term outside quotations, leaders named in full first',
    (lang, t) => {
      expect(glossaryProblems(t, lang, glossary)).toEqual([]);
    },
  );

  it('GLOSSARY.md lists every ruled-out term and every leader the check knows', () => {
    for (const r of glossary.ruledOut) expect(doc).toContain(r.term);
    for (const l of glossary.leaders) expect(doc).toContain(l.full);
  });
});

describe('glossaryProblems', () => {
  it.each([
    ['ja', '戦時の強制労働に関わった企業', ['“強制労働” is ruled out']],
    ['ja', '原告は「強制労働だった」と訴えた', []],
    ['ja', '尹大統領は非常戒厳を宣布した', ['“尹大統領” before the full name “尹錫悦”']],
    ['ja', '尹錫悦大統領は非常戒厳を宣布し、尹大統領は解除した', []],
    ['ja', '尹大統領の戒厳令', ['“戒厳令” is ruled out', '“尹大統領” before the full name']],
    ['ja', '韓日議員連盟の代表団', []],
    ['ko', '양금덕 할머니 등 원고', ['“할머니” is ruled out']],
    ['ko', '양금덕 씨는 “할머니들의 한”이라고 말했다', []],
    ['ko', '플루오린 폴리이미드, 리지스트', ['“리지스트” is ruled out']],
    ['ko', '불화 폴리이미드 수출', ['“불화 폴리이미드” is ruled out']],
    ['ko', '포토레지스트 수출 허가', []],
    // "…이 대통령" inside another word-group (당선인이 대통령) is not the surname Lee
    ['ko', '당선인이 대통령으로 취임했다', []],
    ['ko', '이 대통령은 기시다 후미오 총리와', ['“이 대통령” before the full name “이재명”']],
  ] as const)('%s “%s”', (lang, summary, expected) => {
    const messages = glossaryProblems(withSummary(summary), lang, glossary).map((p) => p.message);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(messages[i]).toContain(start));
  });

  it('checks titles, explainers and positions for terms but leaves headline-style names alone', () => {
    const t = {
      events: { e: { title: '尹大統領の戒厳令', label: 'l', summary: 's' } },
      issues: { i: { name: 'n', explainer: '強制労働', positions: { japan: '使役' } } },
    };
    expect(glossaryProblems(t, 'ja', glossary).map((p) => p.path)).toEqual([
      'events.e.title',
      'issues.i.explainer',
      'issues.i.positions.japan',
    ]);
  });

  it('never reads the translators’ notes', () => {
    expect(glossaryProblems({ notes: '強制労働、韓日関係' }, 'ja', glossary)).toEqual([]);
  });
});

describe('outsideQuotes and findTerm', () => {
  it('blanks quoted words and keeps positions', () => {
    expect(outsideQuotes('a「bc」d“e”f')).toBe('a    d   f');
  });

  it.each([
    ['ja', '文大統領', '文大統領', 0],
    ['ko', '방문 대통령', '문 대통령', -1],
    ['ko', '그리고 문 대통령', '문 대통령', 4],
    ['ko', '(문 대통령)', '문 대통령', 1],
  ] as const)('%s: “%s” finds “%s” at %i', (lang, text, term, at) => {
    expect(findTerm(text, term, lang)).toBe(at);
  });
});
