import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import IndicatorsPanel from '../../src/features/indicators/IndicatorsPanel';
import { IndicatorsView } from '../../src/features/indicators/IndicatorsView';
import type { Indicators } from '../../src/model/indicators-schema';
import { useTracker } from '../../src/store/tracker-store';
import { renderWithData, resetStore } from './render';

const indicators = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as Indicators;

describe('IndicatorsView', () => {
  beforeEach(resetStore);

  it('says each series’ value as of the cursor in words, gaps as gaps', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<IndicatorsView indicators={indicators} />);
    const opinion = screen.getByRole('article', { name: /Public opinion/ });
    const values = within(opinion).getByRole('list', { name: /as of 2020-10-27/ });
    expect(values).toHaveTextContent('2020 poll: Koreans with a bad impression of Japan: 71.6 %.');
    expect(values).toHaveTextContent('2020 poll: Koreans with a good impression of Japan: 12.3 %.');
    const monthly = screen.getByRole('article', { name: /Travel: visitors, monthly/ });
    expect(monthly).toHaveTextContent(
      'South Korean visitors to Japan (monthly): no figure for October 2020',
    );
  });

  it('reads each chart in plain sentences from the figures known on the cursor date, the details folded', () => {
    useTracker.setState({ asOf: '2020-10-27' });
    renderWithData(<IndicatorsView indicators={indicators} />);
    const travel = screen.getByRole('article', { name: /Travel: visitors, annual/ });
    const reading = within(travel).getByText(/^South Korean visitors to Japan \(annual\) fell/);
    expect(reading).toHaveTextContent(
      'Japanese visitors to South Korea (annual) fell from 3,270,000 visitors in 2019 to 431,000 visitors in 2020.',
    );
    expect(reading).toHaveTextContent('Read up to 27 Oct 2020; later figures are left out.');
    expect(reading).not.toHaveTextContent(/202[1-9]/);
    // the chart is named by its reading
    expect(within(travel).getByRole('img')).toHaveAccessibleName(/fell from 3,270,000 visitors/);
    // the figures as of the cursor are in a fold under it, closed
    const fold = within(travel).getByText('Figures as of 27 Oct 2020, and the chart in numbers');
    expect(fold.closest('details')).not.toHaveAttribute('open');
    expect(fold.closest('details')).toContainElement(
      within(travel).getByRole('list', { name: /as of 2020-10-27/ }),
    );
  });

  it('marks the 2024 and 2025 polls as breaks, in words', () => {
    useTracker.setState({ asOf: '2025-10-01' });
    renderWithData(<IndicatorsView indicators={indicators} />);
    const opinion = screen.getByRole('article', { name: /Public opinion/ });
    expect(within(opinion).getByRole('list', { name: /as of/ })).toHaveTextContent(
      /2025 poll: Koreans with a bad impression of Japan: 37\.1 %\. Series break: .*not from a Genron NPO poll/,
    );
    expect(opinion).toHaveTextContent(/series break at 2024 and 2025/);
  });

  it('gives every chart an accessible name and summary, and links only https sources safely', () => {
    useTracker.setState({ asOf: '2019-08-15' });
    renderWithData(<IndicatorsView indicators={indicators} />);
    const charts = screen.getAllByRole('img', { name: /.+: .+/ });
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const link of screen
      .getAllByRole('link', { name: /.+/ })
      .filter((a) => a.getAttribute('target'))) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(screen.getByRole('button', { name: 'Download indicators CSV' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Download PNG of / }).length).toBe(charts.length);
  });
});

describe('IndicatorsPanel', () => {
  beforeEach(resetStore);

  it('shows a message, not a broken page, when the file cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    renderWithData(<IndicatorsPanel />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The indicators could not be loaded: the server answered 404',
    );
    vi.unstubAllGlobals();
  });

  it('loads the series and draws the panel', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(indicators))),
    );
    renderWithData(<IndicatorsPanel />);
    expect(await screen.findByRole('heading', { name: 'Public opinion' })).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
