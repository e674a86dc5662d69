import type { Catalogue } from '../catalogue';
import { formatCount } from '../numbers';

const groups = { opinion: '여론', travel: '인적 왕래', trade: '무역' };
/** the data's unit codes in ko: '1,234米ドル' */
const units: Record<string, string> = {
  visitors: '명',
  tonnes: '톤',
  USD: '달러',
  'USD thousand': '천 달러',
  JPY: '엔',
};
const frequencies = { annual: '연간', monthly: '월간' };
// made on first use: no Intl formatter at start-up
let compact: Intl.NumberFormat | undefined;
const compactNumber = (n: number) =>
  (compact ??= new Intl.NumberFormat('ko', {
    notation: 'compact',
    maximumFractionDigits: 1,
  })).format(n);

export const indicators: Catalogue['indicators'] = {
  heading: '지표',
  loading: '지표를 불러오는 중입니다…',
  failed: (reason) => `지표를 불러올 수 없습니다: ${reason}`,
  intro:
    '갈등의 영향을 숫자로 보여 줍니다: 여론조사, 인적 왕래, 무역. 각 수치는 출처가 밝힌 그대로 타임라인과 같은 때에 끝나는 시간축에 각 계열의 전체 기간을 표시합니다. 수치가 없는 기간은 빈칸으로 두며 보간하지 않습니다.',
  dataInEnglish: '계열 이름·단위·정의·주석은 원 데이터의 영어 그대로입니다.',
  landmark: (label, date) => `${label}(${date})`,
  howToRead: ({ asOf, from, to, landmarks }) =>
    `${asOf} 기준 값: 그날이 속한 연도나 월의 수치입니다. 수치가 없으면 문장에 그렇게 적습니다. 그래프는 ${from}(그보다 먼저 시작하는 계열은 그 시작)부터 ${to}까지입니다. 실선은 시점을 나타내며, 그 이후의 수치는 그리지 않습니다. ${
      landmarks.length ? `점선은 ${landmarks.join(', ')} 시점입니다. ` : ''
    }‘단절’은 그 이전 수치와 이어지지 않는 지점을 나타냅니다.`,
  groups,
  words: {
    poll: (year) => `${year}년 조사`,
    value: (figure, unit) => {
      if (unit === '%') return `${figure}%`;
      const u = units[unit];
      return u ? `${figure}${u}` : `${figure} ${unit}`;
    },
    chartTitle: (group, unit, frequency) =>
      `${groups[group]}: ${unit === '%' ? '응답자 비율(%)' : (units[unit] ?? unit)}, ${frequencies[frequency]}`,
    valueSentence: (period, title, value, seriesBreak) =>
      `${period}: ${title}: ${value}.${seriesBreak ? ` ${seriesBreak}` : ''}`,
    noFigureBefore: (title, first) => `${title}: ${first} 이전 수치는 없습니다.`,
    noFigureFor: (title, period, latest) =>
      `${title}: ${period} 수치는 없습니다${latest ? `(이전 최신 수치: ${latest.period}, ${latest.value})` : ''}.`,
    seriesSummary: (s) => {
      const span = s.last === null ? s.first : `${s.first}~${s.last}`;
      const range =
        s.only !== null
          ? `: ${s.only}`
          : `, 최저 ${s.lowest.value}(${s.lowest.period}), 최고 ${s.highest.value}(${s.highest.period})`;
      const brk = s.breaks.length
        ? `; ${s.breaks.join(', ')}에 시계열 단절(이전 수치와 비교할 수 없음)`
        : '';
      return `${s.title}: 수치 ${formatCount(s.count)}건(${span})${range}${brk}.`;
    },
  },
  chart: {
    asOf: '시점',
    break: '단절',
    landmarks: (list) => `점선: ${list.join('; ')}.`,
    axisNumber: compactNumber,
  },
  card: {
    valuesLabel: (title, _iso, date) => `${title}(${date} 기준)`,
    sourceBefore: ' (출처: ',
    sourceAfter: ')',
    sourceLine: (publishers, more) =>
      `출처: ${publishers.join('; ')}${more ? ` 외 ${formatCount(more)}곳` : ''}.`,
    downloadImage: (format) => `${format} 다운로드`,
    downloadImageOf: (format, title) => `${title} ${format} 다운로드`,
    preparing: (format) => `${format} 파일을 만드는 중입니다…`,
    downloaded: (name) => `${name} 파일을 다운로드했습니다.`,
    imageFailed: (reason) => `이미지를 만들 수 없습니다: ${reason}`,
  },
  legend: '범례',
  sources: {
    summary: (n) => `정의·유의점·출처(${formatCount(n)}건)`,
    caveats: '유의점:',
    later: (asOf) => `정의·유의점·출처(${asOf} 이후 작성)`,
    disagree: '보고가 엇갈리는 부분:',
    disagreement: (period, shown, publisher, other) =>
      `${period}: 표시한 값 ${shown}, ${publisher ?? '다른 출처'} 보고값 ${other}.`,
    details: (publisher, published, kind) => ` — ${publisher}, ${published}(${kind})`,
    kinds: { primary: '1차 자료', press: '보도', reference: '참고 자료' },
  },
  downloads: {
    heading: '지표 다운로드',
    csv: '지표 CSV 다운로드',
    json: '지표 JSON 다운로드',
  },
};
