import type { DatePrecision } from '../../model/schema';
import type { Catalogue } from '../catalogue';
import { formatCount } from '../numbers';

const y = (iso: string) => +iso.slice(0, 4);
const m = (iso: string) => +iso.slice(5, 7);
const d = (iso: string) => +iso.slice(8, 10);

/** 2019年7月1日, 2019年7月, 2019年: the date written the Japanese way, at the data's precision. */
function date(iso: string, precision: DatePrecision): string {
  if (precision === 'year') return `${y(iso)}年`;
  if (precision === 'month') return `${y(iso)}年${m(iso)}月`;
  return `${y(iso)}年${m(iso)}月${d(iso)}日`;
}

/** Event kinds, as the filters and the event detail name them. */
const kinds: Record<string, string> = {
  agreement: '合意',
  appeal: '上訴',
  appointment: '任命',
  boycott: '不買運動',
  compensation: '賠償',
  election: '選挙',
  'export-control': '輸出管理',
  gsomia: 'GSOMIA',
  legislation: '立法',
  other: 'その他',
  protest: '抗議',
  ruling: '判決',
  'sale-order': '売却命令',
  seizure: '差し押さえ',
  statement: '声明',
  summit: '首脳会談',
  talks: '会談',
  territorial: '領土',
  'travel-restriction': '渡航制限',
  treaty: '条約',
  unesco: 'ユネスコ',
  'white-list': 'ホワイト国',
  wto: 'WTO',
};

export const core: Catalogue['core'] = {
  format: {
    date,
    shortDate: (iso) => date(iso, 'day'),
    month: (yyyyMm) => date(`${yyyyMm}-01`, 'month'),
    monthTick: (month) => `${month}月`,
    monthYearTick: (month, year) => `${year}年${month}月`,
    year: (year) => `${year}年`,
    number: formatCount,
    list: (items) => items.join('、'),
    plural: (n, _one, many) => `${formatCount(n)}${many}`,
    events: (n) => `${formatCount(n)}件`,
  },
  page: {
    siteName: '日韓対立トラッカー',
    noscript: '絞り込みと時点の操作にはJavaScriptが必要です。以下は既定の表示です。',
    description:
      '日韓対立トラッカー：2018年の元徴用工判決以降、各争点がいつどのような状態にあったかを、すべての出来事に出典を付けて示します。',
    skipToTimeline: 'タイムラインへ移動',
    loadingDataset: 'データを読み込んでいます…',
    listingProblems: '問題点を一覧にしています…',
    loadingTimeline: 'タイムラインを読み込んでいます…',
    openingEvent: '出来事を開いています…',
    loadingIssueTracker: '争点一覧を読み込んでいます…',
    loadingStory: 'ストーリーを読み込んでいます…',
    loadingComparison: '比較を読み込んでいます…',
    footerLead: 'すべての出来事に出典があります。出来事を開くと読めます。データ：',
    jsonSchema: 'JSONスキーマ',
    feed: '最新の出来事のフィード（Atom、英語）',
  },
  header: {
    latestEvent: '最新の出来事：',
    noEvents: '出来事はまだありません',
    noEventsAfter: (date) => `${date}より後の出来事は未収録`,
    sourcesChecked: '出典確認日：',
    customDataset: '独自データ',
    theme: '表示テーマ',
    themes: { system: 'システム設定', light: 'ライト', dark: 'ダーク' },
  },
  language: {
    groupLabel: 'Language · 言語 · 언어',
    switching: '言語を切り替えています…',
    failed: (reason) => `言語を切り替えられませんでした：${reason}`,
    translationNote:
      '出来事・争点の日本語文は英語の原文からの翻訳です。原文が基準です（出来事の詳細で英語の原文を表示できます）。',
    englishOriginal: '英語の原文',
  },
  notices: {
    lead: 'このリンクの一部は使えないため無視しました：',
    dismiss: '閉じる',
    warning: (w) => {
      switch (w.kind) {
        case 'unreadable':
          return 'クエリ文字列全体を読み取れないため無視しました';
        case 'not-an-id':
          return `${w.param} の値「${w.value}」${w.more ? `ほか${formatCount(w.more)}件` : ''}はIDではないため無視しました`;
        case 'not-a-date':
          return `${w.param} の値「${w.value}」はYYYY-MM-DD形式の日付ではないため無視しました`;
        case 'reversed-range':
          return `from=${w.from} と to=${w.to} は期間の終わりが始まりより前のため無視しました`;
        case 'shortened':
          return `${w.param} を${w.max}文字に短縮しました`;
        case 'not-a-choice':
          return `${w.param} の値「${w.value}」は無視しました（使える値：${w.allowed.join('、')}）`;
        case 'not-in-dataset':
          return `${{ event: '出来事', issue: '争点', actor: '関係者', kind: '種類' }[w.what]}「${w.value}」${w.more ? `ほか${formatCount(w.more)}件` : ''}はこのデータにないため無視しました`;
        case 'not-a-form':
          return `${w.param} の値「${w.value}」は無視しました（${w.form === 'chapter' ? '章の番号（1、2、3…）' : 'YYYY-MM-DD..YYYY-MM-DD形式の二つの日付'}を指定してください）`;
      }
    },
    more: (n: number) => `…ほか${formatCount(n)}件`,
  },
  regions: {
    header: 'ヘッダー',
    summary: '現在の状況',
    cursor: '時点スライダー',
    filters: '絞り込み',
    timeline: 'タイムライン',
    detail: '出来事の詳細',
    issues: '争点一覧',
    checklist: '首脳会談の条件',
    barometer: '関係バロメーター',
    indicators: '指標',
    embed: '埋め込みタイムライン',
    story: 'ストーリー',
    compare: '比較',
    failed: (region, message) => `${region}を表示できませんでした：${message}`,
    partFailed: (message) => `この部分を読み込めませんでした：${message}`,
    retry: '再試行',
  },
  status: {
    issue: { escalating: '悪化', active: '継続', easing: '緩和', resolved: '解決' },
    condition: { 'not-met': '未達成', 'partly-met': '一部達成', met: '達成' },
    event: { planned: '予定', occurred: '実施', postponed: '延期', cancelled: '中止' },
    side: { japan: '日本政府', korea: '韓国政府', china: '中国政府', other: 'その他' },
    kind: (kind) => kinds[kind] ?? kind.replace(/-/g, ' '),
    demand: (who, side) =>
      `${side === 'other' ? '' : `${who}の`}要求（首脳会談の条件として表明されたものではない）`,
  },
};
