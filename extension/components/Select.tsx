/** A labelled select over a record of values and their names; `any` adds an empty first choice. */
export function Select<T extends string>(props: {
  label: string;
  name: string;
  value: T | '';
  options: Record<T, string>;
  onChange: (value: T) => void;
  /** The name of "no choice" (a filter's "Any"); its value is ''. */
  any?: string;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {(Object.entries(props.options) as [T, string][]).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
