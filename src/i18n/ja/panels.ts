import type { Catalogue } from '../catalogue';

export const panels: Catalogue['panels'] = {
  common: {
    colon: '：',
    aside: (text) => `（${text}）`,
    none: '—',
  },
  issues: {
    heading: '争点一覧',
    asOf: (date) => `${date}時点の各争点の状況`,
    columns: {
      issue: '争点',
      status: '状況',
      since: '開始日',
      setBy: '契機',
      events: '件数',
      perYear: (year) => `${year}以降の年別件数`,
      explainer: '解説',
    },
    showOnly: (issue) => `タイムラインに「${issue}」だけを表示`,
    noStatusYet: '状態は未設定',
    trend: (issue, year, counts) => `${issue}：${year}以降の年別件数：${counts}`,
    counts: (counts) => counts.join('、'),
    explain: '解説',
    explainIssue: (issue) => `「${issue}」の解説`,
    position: (side) => `${side}の立場`,
    sourceLead: '出典：',
    citation: (publisher, title) => `${publisher}「${title}」`,
    citationDate: (date) => `、${date}`,
    explainerAsOf: (date) => `${date}時点：`,
    writtenLater: (date) => `後日（${date}）の記述：時点より後の出来事を含みます`,
    noStatement: 'データに出典付きの声明がありません。',
  },
  checklist: {
    heading: '首脳会談の条件',
    asOf: (date) => `${date}時点`,
    noSummits: 'このデータには首脳会談がありません。',
    noneInView: (date) => `${date}時点では、発表された首脳会談も示された条件もありません。`,
    statedConditions: '表明された条件',
    demandsHeading: '首脳会談の条件として表明されていない要求',
    noneYet: 'この時点では、条件も要求もまだ示されていません。',
    notYetDemanded: '未要求',
    since: (date) => `（${date}から）`,
    demandedBy: (actors) => ` · 要求した主体：${actors}`,
    evidence: '根拠',
    evidenceLead: (date, state) => `${date}（${state}）：`,
    summitLead: '首脳会談：',
    notAnnounced: 'まだ発表されていません。',
    heldOn: (date) => `${date}に開催されました。`,
    notHeld: (status, date) => `未開催です（${date}から「${status}」）。`,
  },
  barometer: {
    heading: '関係バロメーター',
    caption: (from, table) =>
      `各月の出来事のゴールドスタイン値（−10 対立 … +10 協力）の合計と、その6か月移動平均（${from}以降、各措置は一度だけ計上）。重みの出典：${table}。`,
    loadingChart: 'グラフを読み込んでいます…',
    upToCursor: (summary) => `時点まで：${summary}`,
    codingHeading: 'コーディングの影響',
    codingNote: (sensitivity) =>
      `（時点まで）：${sensitivity}コーディングの規則はデータセットのREADME（英語）にあります。`,
    monthlySum: '月間合計',
    rollingMean: '6か月移動平均',
    cursor: '時点',
    unit: 'ゴールドスタイン値',
    conflict: '対立（合計が0未満）',
    cooperation: '協力（合計が0超）',
    key: '凡例',
    landmarks: '主要な出来事',
    later: '時点より後',
    gap: '記録なし',
    gapSummary: (date) =>
      `${date}より後の出来事はデータに記録されていません。それ以降の月は空白とし、平穏とはみなしません。`,
    landmarkItem: (month, titles) => `${month}（${titles.join('／')}）`,
    landmarkHeading: (n) => `点で示した主要な出来事（時点まで、${n}件）`,
    more: (n) => `ほか${n}件`,
    summary: {
      noEvents: 'この期間には出来事がありません。',
      monthSum: (month, sum) => `${month}（${sum}）`,
      trend: { cooperative: '協力的', conflictual: '対立的', neutral: '中立' },
      text: ({ worst, best, single, trend, rolling, month }) =>
        `最も対立的な月：${worst}。最も協力的な月：${best}。` +
        (single
          ? `${month}の値は${rolling}（${trend}）です。`
          : `移動平均は${month}に${rolling}（${trend}）で終わります。`),
    },
    sensitivity: {
      noPairing:
        'この期間には、先に発表された措置を実行する出来事がないため、すべての出来事を計上しています。',
      none: 'なし',
      monthSum: (month, sum) => `${month}（${sum}）`,
      paired: (n) =>
        `各措置は発表または決定の時点で一度だけ計上し、それを実行する出来事${n}件（施行、正式な通知、命令の送達、判決の確定）は0とします。`,
      extremes: ({ worst, best, everyWorst, everyBest, same }) =>
        `この方法では、最も対立的な月は${worst}、最も協力的な月は${best}です。` +
        (same
          ? `すべての出来事を計上しても月は変わらず、${everyWorst}と${everyBest}になります。`
          : `すべての出来事を計上すると、${everyWorst}と${everyBest}になります。`),
      change: (month, every, counted) =>
        `この規則で最も変わる月は${month}で、すべて計上すると${every}、規則に従うと${counted}です。`,
      sentences: (parts) => parts.join(''),
    },
  },
  detail: {
    close: '出来事の詳細を閉じる',
    noteLead: '注：',
    statusHistory: '状況の推移',
    whatChanged: 'この出来事による変化',
    positions: '両政府の立場',
    sourceOpen: '（',
    sourceClose: '）',
    sources: '出典',
    related: '関連する出来事',
    translated: '翻訳',
    translatedNote: 'タイトルと概要は英語の原文からの翻訳です。',
    corrections: '訂正',
    correctedBefore: '',
    correctedAfter: 'の訂正：',
    actors: '主体',
    conflictCooperation: '対立・協力',
    coding: (cameo, goldstein) => `CAMEO ${cameo}、ゴールドスタイン値 ${goldstein}`,
    codingWhat: 'コードと重みの意味',
    codingExplained:
      'CAMEOは、出来事データの研究で使われる出来事の種類の標準的な分類で、番号はこの出来事の種類（抗議、要求、合意など）を示します。ゴールドスタイン尺度は、種類ごとに−10（最も対立的）から+10（最も協力的）までの重みを与えます。関係バロメーターは、この重みを月ごとに合計したものです。',
    weighedBefore: ' — 重みは一度だけ、',
    weighedAfter: (date) => `（${date}）で計上します。バロメーターでは0です。`,
    source: (publisher, title) => `${publisher}：${title}`,
    sourceMeta: (date, primary) => `（${date}${primary ? '、一次資料' : ''}）`,
  },
};
