import { presenterHelp } from '../../src-shared/present/presenterState';

/** The presenting keys, shown over the slide with ?; the list is the one the keys are read from. */
export function PresenterHelp() {
  const more = [
    { keys: ['A'], does: 'Show everything, dimmed' },
    { keys: ['H'], does: 'Hide or show the step counter' },
    { keys: ['?'], does: 'Hide this help' },
  ];
  return (
    <section className="presenter-help" aria-label="Presenting keys">
      <dl>
        {[...presenterHelp, ...more].map((entry) => (
          <div key={entry.does} className="shortcut-row">
            <dt>{entry.does}</dt>
            <dd>
              {entry.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
