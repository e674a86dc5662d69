import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { KeptMarkup } from '../../src/features/common/KeptMarkup';

it('keeps the prerendered lanes as they are, and inert: no dead button can be clicked or reached', async () => {
  const container = document.createElement('div');
  container.innerHTML =
    '<div class="lanes" role="group" aria-label="Events in lanes by issue"><button type="button">1 July 2019: export controls</button></div>';
  document.body.append(container);
  const root = hydrateRoot(
    container,
    <KeptMarkup className="lanes" role="group" aria-label="Events in lanes by issue" />,
  );
  await act(async () => {});
  const group = container.querySelector('.lanes')!;
  expect(group.querySelector('button')).toHaveTextContent('1 July 2019: export controls');
  expect(group).toHaveAttribute('inert');
  act(() => root.unmount());
  container.remove();
});
