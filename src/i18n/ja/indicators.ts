import type { Catalogue } from '../catalogue';
import { formatCount } from '../numbers';

const groups = { opinion: '世論', travel: '人の往来', trade: '貿易' };
/** the data's unit codes in ja: '1,234米ドル' */
const units: Record<string, string> = {
  visitors: '人',
  tonnes: 'トン',
  USD: '米ドル',
  'USD thousand': '千米ドル',
  JPY: '円',
};
const frequencies = { annual: '年次', monthly: '月次' };
// made on first use: no Intl formatter at start-up
let compact: Intl.NumberFormat | undefined;
const compactNumber = (n: number) =>
  (compact ??= new Intl.NumberFormat('ja', {
    notation: 'compact',
    maximumFractionDigits: 1,
  })).format(n);

export const indicators: Catalogue['indicators'] = {
  heading: '指標',
  loading: '指標を読み込んでいます…',
  failed: (reason) => `指標を読み込めませんでした：${reason}`,
  intro:
    '対立の影響を数字で示します：世論調査、人の往来、貿易。各数値は出典が示すとおりに、タイムラインと同じ時点で終わる時間軸に、各系列の全期間を載せています。数値のない期間は空白のままとし、補間はしていません。',
  dataInEnglish: '系列名・単位・定義・注記は元データの英語のままです。',
  landmark: (label, date) => `${label}（${date}）`,
  howToRead: ({ asOf, from, to, landmarks }) =>
    `${asOf}時点の値：その日を含む年または月の数値です。数値がない場合はそのように記します。グラフは${from}（それより前に始まる系列はその始まり）から${to}まで。実線は時点を示し、それより後の数値は描きません。${
      landmarks.length ? `点線は${landmarks.join('、')}です。` : ''
    }「断絶」はそれ以前の数値と連続しない点を示します。`,
  groups,
  words: {
    poll: (year) => `${year}年調査`,
    value: (figure, unit) => {
      if (unit === '%') return `${figure}%`;
      const u = units[unit];
      return u ? `${figure}${u}` : `${figure} ${unit}`;
    },
    chartTitle: (group, unit, frequency) =>
      `${groups[group]}：${unit === '%' ? '回答者の割合（%）' : (units[unit] ?? unit)}、${frequencies[frequency]}`,
    valueSentence: (period, title, value, seriesBreak) =>
      `${period}：${title}：${value}。${seriesBreak ? ` ${seriesBreak}` : ''}`,
    noFigureBefore: (title, first) => `${title}：${first}より前の数値はありません。`,
    noFigureFor: (title, period, latest) =>
      `${title}：${period}の数値はありません${latest ? `（それ以前で最新：${latest.period}、${latest.value}）` : ''}。`,
    seriesSummary: (s) => {
      const span = s.last === null ? s.first : `${s.first}〜${s.last}`;
      const range =
        s.only !== null
          ? `：${s.only}`
          : `、最低${s.lowest.value}（${s.lowest.period}）、最高${s.highest.value}（${s.highest.period}）`;
      const brk = s.breaks.length
        ? `。${s.breaks.join('と')}で系列が断絶（それ以前の数値とは比較できません）`
        : '';
      return `${s.title}：数値${formatCount(s.count)}件（${span}）${range}${brk}。`;
    },
  },
  chart: {
    asOf: '時点',
    break: '断絶',
    landmarks: (list) => `点線：${list.join('、')}。`,
    axisNumber: compactNumber,
  },
  card: {
    valuesLabel: (title, _iso, date) => `${title}（${date}時点）`,
    sourceBefore: '（出典：',
    sourceAfter: '）',
    sourceLine: (publishers, more) =>
      `出典：${publishers.join('、')}${more ? `ほか${formatCount(more)}件` : ''}。`,
    downloadImage: (format) => `${format}をダウンロード`,
    downloadImageOf: (format, title) => `${title}の${format}をダウンロード`,
    preparing: (format) => `${format}を作成しています…`,
    downloaded: (name) => `${name}をダウンロードしました。`,
    imageFailed: (reason) => `画像を作成できませんでした：${reason}`,
  },
  legend: '凡例',
  sources: {
    summary: (n) => `定義・注意点・出典（${formatCount(n)}件）`,
    caveats: '注意点：',
    later: (asOf) => `定義・注意点・出典（${asOf}より後に記述）`,
    disagree: '報告が食い違う点：',
    disagreement: (period, shown, publisher, other) =>
      `${period}：表示値${shown}、${publisher ?? '別の出典'}の報告値${other}。`,
    details: (publisher, published, kind) => `（${publisher}、${published}、${kind}）`,
    kinds: { primary: '一次資料', press: '報道', reference: '参考資料' },
  },
  downloads: {
    heading: '指標のダウンロード',
    csv: '指標をCSVでダウンロード',
    json: '指標をJSONでダウンロード',
  },
};
