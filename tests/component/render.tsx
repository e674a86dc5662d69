import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import bundled from '../../data/dataset.json';
import type { Dataset } from '../../src/model/schema';
import { DataContext } from '../../src/store/dataset-context';
import { useTracker } from '../../src/store/tracker-store';

export const dataset = bundled as unknown as Dataset;

/** Renders a view with the bundled dataset and a fresh store. */
export function renderWithData(ui: ReactElement, data: Dataset = dataset) {
  return render(
    <DataContext.Provider value={{ phase: 'ready', dataset: data, custom: false }}>
      {ui}
    </DataContext.Provider>,
  );
}

export function resetStore() {
  useTracker.setState(useTracker.getInitialState(), true);
}
