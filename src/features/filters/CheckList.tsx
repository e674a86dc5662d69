import { useId } from 'react';

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
  const id = useId();
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details className="checklist">
      <summary>
        {legend}
        {selected.length > 0 && <span className="badge"> ({selected.length} chosen)</span>}
      </summary>
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
    </details>
  );
}
