import { useId, useState } from 'react';
import { filters as enFilters } from '../../i18n/en/filters';
import { useMessages } from '../../i18n/context';

interface Option {
  value: string;
  label: string;
}

/** A collapsible group of checkboxes: native controls, so keyboard and screen readers just work. */
export function CheckList({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const t = useMessages('filters', enFilters).filters;
  const id = useId();
  // the options are only in the page while the group is open: 50 actors would otherwise
  // add hundreds of nodes to every first paint and hydration
  const [open, setOpen] = useState(false);
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details className="checklist" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {legend}
        {selected.length > 0 && <span className="badge">{t.chosen(selected.length)}</span>}
      </summary>
      {open && (
        <fieldset>
          <legend className="visually-hidden">{legend}</legend>
          <ul>
            {options.map((o) => (
              <li key={o.value}>
                <input
                  type="checkbox"
                  id={`${id}-${o.value}`}
                  checked={selected.includes(o.value)}
                  onChange={() => toggle(o.value)}
                />
                <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </details>
  );
}
