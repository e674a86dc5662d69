/**
 * jsdom does no layout, so a virtualised list would measure a 0-px viewport and draw no
 * rows. Give the list's scroll container and rows the sizes they have in the browser
 * (TanStack Virtual reads clientWidth/clientHeight and each row's offsetHeight). Returns a function that undoes it.
 */
export function giveListAViewport(height = 640, width = 400) {
  const proto = HTMLElement.prototype;
  const saved = {
    clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'),
    offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
  };
  const size = (value: number, key: 'clientHeight' | 'clientWidth') => ({
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('event-list')
        ? value
        : ((saved[key]?.get?.call(this) as number | undefined) ?? 0);
    },
  });
  Object.defineProperty(proto, 'clientHeight', size(height, 'clientHeight'));
  Object.defineProperty(proto, 'clientWidth', size(width, 'clientWidth'));
  // rows are measured by offsetHeight
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('list-row')
        ? 48
        : ((saved.offsetHeight?.get?.call(this) as number | undefined) ?? 0);
    },
  });
  return () => {
    if (saved.offsetHeight) Object.defineProperty(proto, 'offsetHeight', saved.offsetHeight);
    delete (proto as { clientHeight?: number }).clientHeight;
    delete (proto as { clientWidth?: number }).clientWidth;
  };
}
