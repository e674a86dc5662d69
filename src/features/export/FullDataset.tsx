import { useDataset, useIsCustomDataset } from '../../store/hooks';

/**
 * "Full dataset": the file the page shows. The bundled one is served as a file; a dataset
 * opened with ?data= is written out as it was loaded and checked, so the button never hands
 * over the bundled file while another dataset is on screen.
 */
export function FullDataset({ label }: { label: string }) {
  const dataset = useDataset();
  const custom = useIsCustomDataset();
  if (!custom)
    return (
      <a
        className="button"
        href={`${import.meta.env.BASE_URL}data/dataset.json`}
        download="jk-dispute-dataset.json"
      >
        {label}
      </a>
    );
  const save = async () => {
    const files = await import('./export-files');
    files.download(JSON.stringify(dataset, null, 2), customFileName(), 'application/json');
  };
  return (
    <button type="button" className="button" onClick={() => void save()}>
      {label}
    </button>
  );
}

/** The ?data= file's own name (letters, digits, dots, dashes), else "dataset.json". */
function customFileName(): string {
  const source = new URLSearchParams(window.location.search).get('data') ?? '';
  const name = source.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return /^[\w.-]{1,80}\.json$/.test(name) ? name : 'dataset.json';
}
