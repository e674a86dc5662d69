/**
 * The reference page, measured in the same run as the app so that each figure also stands
 * as a ratio that holds across machines: TimelineJS 3.9.11 (@knight-lab/timelinejs, a
 * devDependency) showing the first 90 events of data/dataset.json, served from a temporary
 * folder by the same `vite preview` as the app.
 *
 * Nothing is fetched from another site: the JS, CSS, icon font, default font stylesheet and
 * data are local, `script_path` points at the local copy (TimelineJS would otherwise take
 * its font CSS from its CDN), the language is the built-in English, no analytics id is set
 * and the events have no media. The browsers resolve no host but localhost anyway, and any
 * request to another origin is reported.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Dataset } from '../../src/model/schema';
import { forget, onCleanup } from './cleanup';
import { root } from './common';

export const REFERENCE_EVENTS = 90;
/** What the reference page shows once its timeline is drawn. */
export const REFERENCE_SELECTOR = '.tl-timemarker';

const require = createRequire(import.meta.url);
const packageJson = require.resolve('@knight-lab/timelinejs/package.json');
/** dist/ of the installed TimelineJS package. */
export const timelineJsDist = join(dirname(packageJson), 'dist');
export const timelineJsVersion = (
  JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }
).version;
export const REFERENCE_NAME = `TimelineJS ${timelineJsVersion}`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** TimelineJS's JSON format for the first `count` events of the bundled dataset. */
export function referenceData(count = REFERENCE_EVENTS) {
  const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8')) as Dataset;
  return {
    title: { text: { headline: escapeHtml(dataset.meta.title), text: '' } },
    events: dataset.events.slice(0, count).map((event) => {
      const [year, month, day] = event.date.split('-');
      return {
        start_date: {
          year,
          month,
          ...(event.datePrecision === 'day' ? { day } : {}),
        },
        text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` },
      };
    }),
  };
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Reference page for npm run bench: TimelineJS with ${REFERENCE_EVENTS} events" />
    <title>TimelineJS reference</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./css/timeline.css" />
    <script src="./js/timeline.js"></script>
    <style>
      html, body { height: 100%; margin: 0; }
      #timeline { height: 100%; }
    </style>
  </head>
  <body>
    <main id="timeline"></main>
    <script>
      // script_path: fonts, themes and languages from this folder, not from TimelineJS's CDN
      window.timeline = new TL.Timeline('timeline', './timeline.json', {
        script_path: new URL('./js/', location.href).href,
        font: null,
        language: 'en',
        ga_measurement_id: null,
        hash_bookmark: false,
      });
    </script>
  </body>
</html>
`;

/** Writes the reference page into a new temporary folder (removed on the way out). */
export function buildReference(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-timelinejs-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  process.on('exit', remove);
  onCleanup('reference folder', remove);
  mkdirSync(join(folder, 'js'));
  mkdirSync(join(folder, 'css', 'fonts'), { recursive: true });
  cpSync(join(timelineJsDist, 'js', 'timeline.js'), join(folder, 'js', 'timeline.js'));
  cpSync(join(timelineJsDist, 'css', 'timeline.css'), join(folder, 'css', 'timeline.css'));
  cpSync(join(timelineJsDist, 'css', 'icons'), join(folder, 'css', 'icons'), { recursive: true });
  cpSync(
    join(timelineJsDist, 'css', 'fonts', 'font.default.css'),
    join(folder, 'css', 'fonts', 'font.default.css'),
  );
  writeFileSync(join(folder, 'timeline.json'), JSON.stringify(referenceData()));
  writeFileSync(join(folder, 'index.html'), PAGE);
  return folder;
}

export function removeReference(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  forget('reference folder');
}
