// The two ends of an embed: the snippet a host page pastes (an iframe and a listener), and
// the height the embedded page posts to that listener. One file, so both agree on the message.

/** The message an embedded timeline posts to its host page, as Datawrapper and Flourish embeds do. */
export const HEIGHT_MESSAGE = 'jk-tracker:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function embedUrl(permalink: string): string {
  const url = new URL(permalink);
  url.searchParams.set('embed', '1');
  return url.href.replace(/%2C/g, ',');
}

function escapeAttr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The snippet a journalist pastes: an iframe, and a listener that sizes it to its content. */
export function embedCode(permalink: string, title: string): string {
  const src = embedUrl(permalink);
  const origin = new URL(permalink).origin;
  const t = escapeAttr(title);
  return [
    `<iframe src="${escapeAttr(src)}" title="${t}" aria-label="${t}" width="100%" height="560" style="border:0;width:100%" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`,
  ].join('\n');
}

/** Posts the document's height to the parent whenever it changes. Returns a stop function. */
export function postHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    win.parent.postMessage(message, '*');
  };
  send();
  const observer = new ResizeObserver(send);
  observer.observe(win.document.documentElement);
  return () => observer.disconnect();
}
