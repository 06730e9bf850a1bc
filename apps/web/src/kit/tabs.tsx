import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface Tab {
  id: string;
  label: ReactNode;
  testId?: string;
}

/**
 * KRDS tabs with the ARIA tabs pattern: arrow keys, Home and End move between tabs; only the
 * chosen tab is in the tab order. The caller keeps which tab is chosen (often in the URL).
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
  children,
}: {
  tabs: Tab[];
  selected: string;
  onSelect(id: string): void;
  label: string;
  children: ReactNode;
}) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  const move = (event: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next].id);
    refs.current[next]?.focus();
  };

  return (
    <div className="krds-tab-area">
      <div className="tab line">
        <ul role="tablist" aria-label={label} onKeyDown={move}>
          {tabs.map((tab, i) => (
            <li key={tab.id} role="presentation" className={i === index ? 'active' : undefined}>
              <button
                ref={(el) => {
                  refs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`${base}-tab-${tab.id}`}
                aria-selected={i === index}
                aria-controls={`${base}-panel`}
                tabIndex={i === index ? 0 : -1}
                className="btn-tab"
                onClick={() => onSelect(tab.id)}
                data-testid={tab.testId}
              >
                {tab.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="tab-conts-wrap">
        <div
          id={`${base}-panel`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${tabs[index]?.id}`}
          className="tab-conts active"
          tabIndex={0}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
