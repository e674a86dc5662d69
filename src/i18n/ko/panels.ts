import type { Catalogue } from '../catalogue';

export const panels: Catalogue['panels'] = {
  common: {
    colon: ': ',
    aside: (text) => ` (${text})`,
    none: '—',
  },
  issues: {
    heading: '쟁점 현황',
    asOf: (date) => `${date} 기준 각 쟁점의 상태`,
    columns: {
      issue: '쟁점',
      status: '상태',
      since: '시작일',
      setBy: '계기',
      events: '건수',
      perYear: (year) => `${year} 이후 연도별 건수`,
      explainer: '설명',
    },
    showOnly: (issue) => `타임라인에 '${issue}'만 표시`,
    noStatusYet: '상태 미정',
    trend: (issue, year, counts) => `${issue}: ${year} 이후 연도별 건수: ${counts}`,
    counts: (counts) => counts.join(', '),
    explain: '설명',
    explainIssue: (issue) => `'${issue}' 설명`,
    position: (side) => `${side}의 입장`,
    sourceLead: '출처: ',
    citation: (publisher, title) => `${publisher}, “${title}”`,
    citationDate: (date) => `, ${date}`,
    explainerAsOf: (date) => `${date} 기준: `,
    writtenLater: (date) => `나중(${date})에 쓴 글: 시점 이후의 일을 담고 있습니다`,
    noStatement: '데이터에 출처가 있는 입장 표명이 없습니다.',
  },
  checklist: {
    heading: '정상회의 조건',
    asOf: (date) => `${date} 기준`,
    noSummits: '이 데이터에는 정상회의가 없습니다.',
    noneInView: (date) => `${date} 시점에는 발표된 정상회의도 제시된 조건도 없습니다.`,
    statedConditions: '밝힌 조건',
    demandsHeading: '정상회의 조건으로 밝히지 않은 요구',
    noneYet: '이 시점에는 아직 조건이나 요구가 제시되지 않았습니다.',
    notYetDemanded: '아직 요구되지 않음',
    since: (date) => ` (${date}부터)`,
    demandedBy: (actors) => ` · 요구 주체: ${actors}`,
    evidence: '근거',
    evidenceLead: (date, state) => `${date} (${state}): `,
    summitLead: '정상회의: ',
    notAnnounced: '아직 발표되지 않았습니다.',
    heldOn: (date) => `${date}에 열렸습니다.`,
    notHeld: (status, date) => `아직 열리지 않았습니다(${date}부터 '${status}').`,
  },
  barometer: {
    heading: '관계 바로미터',
    caption: (from, table) =>
      `각 월 사건의 골드스타인 가중치(−10 갈등 … +10 협력) 합계와 6개월 이동평균(${from} 이후, 각 조치는 한 번만 반영). 가중치 출처: ${table}.`,
    loadingChart: '차트를 불러오는 중…',
    upToCursor: (summary) => `시점까지: ${summary}`,
    codingHeading: '코딩의 영향',
    codingNote: (sensitivity) =>
      ` (시점까지): ${sensitivity} 코딩 규칙은 데이터셋의 README(영어)에 있습니다.`,
    monthlySum: '월 합계',
    rollingMean: '6개월 이동평균',
    cursor: '시점',
    unit: '골드스타인 점수',
    conflict: '갈등(합계 0 미만)',
    cooperation: '협력(합계 0 초과)',
    key: '범례',
    landmarks: '주요 사건',
    later: '시점 이후',
    gap: '기록 없음',
    gapSummary: (date) =>
      ` ${date} 이후의 사건은 데이터에 기록되어 있지 않습니다. 그 이후의 달은 빈칸으로 두며, 평온한 것으로 보지 않습니다.`,
    landmarkItem: (month, titles) => `${month}(${titles.join(' / ')})`,
    landmarkHeading: (n) => `점으로 표시한 주요 사건(시점까지, ${n}건)`,
    more: (n) => `외 ${n}건`,
    summary: {
      noEvents: '이 기간에는 사건이 없습니다.',
      monthSum: (month, sum) => `${month} (${sum})`,
      trend: { cooperative: '협력적', conflictual: '대립적', neutral: '중립' },
      text: ({ worst, best, single, trend, rolling, month }) =>
        `가장 대립적인 달: ${worst}. 가장 협력적인 달: ${best}. ` +
        (single
          ? `${month}의 값은 ${rolling}(${trend})입니다.`
          : `이동평균의 마지막 값은 ${month} ${rolling}(${trend})입니다.`),
    },
    sensitivity: {
      noPairing: '이 기간에는 앞서 발표된 조치를 이행하는 사건이 없어 모든 사건을 반영합니다.',
      none: '없음',
      monthSum: (month, sum) => `${month} (${sum})`,
      paired: (n) =>
        `각 조치는 발표나 결정 시점에 한 번만 반영하며, 이를 이행하는 사건 ${n}건(시행, 공식 통보, 명령 송달, 판결 확정)은 0으로 계산합니다.`,
      extremes: ({ worst, best, everyWorst, everyBest, same }) =>
        `이렇게 계산하면 가장 대립적인 달은 ${worst}, 가장 협력적인 달은 ${best}입니다. ` +
        (same
          ? `모든 사건을 반영해도 같은 달이며, 값은 각각 ${everyWorst}, ${everyBest}입니다.`
          : `모든 사건을 반영하면 각각 ${everyWorst}, ${everyBest}입니다.`),
      change: (month, every, counted) =>
        `이 규칙으로 가장 크게 달라지는 달은 ${month}입니다. 모든 사건을 반영하면 ${every}, 규칙을 적용하면 ${counted}입니다.`,
      sentences: (parts) => parts.join(' '),
    },
  },
  detail: {
    close: '사건 상세 닫기',
    noteLead: '참고: ',
    statusHistory: '상태 변화',
    whatChanged: '이 사건으로 달라진 점',
    positions: '양국 정부의 입장',
    sourceOpen: ' (',
    sourceClose: ')',
    sources: '출처',
    related: '관련 사건',
    translated: '번역',
    translatedNote: '제목과 요약은 영어 원문을 번역한 것입니다.',
    corrections: '정정',
    correctedBefore: '',
    correctedAfter: ' 정정:',
    actors: '주체',
    conflictCooperation: '갈등·협력',
    coding: (cameo, goldstein) => `CAMEO ${cameo}, 골드스타인 ${goldstein}`,
    codingWhat: '코드와 가중치의 뜻',
    codingExplained:
      'CAMEO는 사건 데이터 연구에서 쓰이는 사건 유형의 표준 분류로, 번호는 이 사건의 유형(항의, 요구, 합의 등)을 나타냅니다. 골드스타인 척도는 유형마다 −10(가장 대립적)부터 +10(가장 협력적)까지의 가중치를 매깁니다. 관계 바로미터는 이 가중치를 달마다 합산한 것입니다.',
    weighedBefore: ' — 한 번만 반영: ',
    weighedAfter: (date) => ` (${date}). 바로미터에서는 0입니다.`,
    source: (publisher, title) => `${publisher}: ${title}`,
    sourceMeta: (date, primary) => ` (${date}${primary ? ', 1차 자료' : ''})`,
  },
};
