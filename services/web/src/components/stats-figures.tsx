/*
 * The parts of the statistics page: a chart as a figure (the SVG with its text
 * alternative, a caption, and its table one click away) and the tables themselves.
 * Charts come from ../charts.ts as SVG strings Plot built from numbers and names we
 * give it; every name is escaped by the DOM that serialised it.
 */
import type { Children } from '@kitajs/html';
import type { Page } from '../context.js';

export interface Column<Row> {
  readonly label: string;
  readonly value: (row: Row) => string | number;
  /** Numbers align right. */
  readonly numeric?: boolean;
}

export function Table<Row>({ caption, columns, rows }: { caption: string; columns: readonly Column<Row>[]; rows: readonly Row[] }) {
  return (
    <div class="table-wrap">
      <table>
        <caption safe>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" class={c.numeric ? 'number' : undefined} safe>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th scope="row" safe>
                    {String(c.value(r))}
                  </th>
                ) : (
                  <td class={c.numeric ? 'number' : undefined} safe>
                    {String(c.value(r))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart, what it shows in words, and its figures as a table behind one click (a <details>, no script). */
export function Chart({ page, id, title, svg, note, children }: { page: Page; id: string; title: string; svg: string; note?: string; children: Children }) {
  return (
    <section class="chart-section" aria-labelledby={id}>
      <h2 id={id} safe>
        {title}
      </h2>
      <figure>
        {/* Trusted markup: Plot built it from our numbers and names, and its DOM escaped every text when serialising. */}
        <div class="chart-box">{svg as 'safe'}</div>
        {note ? (
          <figcaption class="meta" safe>
            {note}
          </figcaption>
        ) : (
          ''
        )}
      </figure>
      <details class="chart-table">
        <summary safe>{page.t('web.stats.table.show')}</summary>
        {children}
      </details>
    </section>
  );
}
