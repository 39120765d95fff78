// The 3×3 legend of a bivariate map, with what each axis is and how many areas fall in each cell. Readable
// without colour: every cell has a text alternative and the counts.
import { BIVARIATE_COLORS, type BivariateInfo, tercileLabels } from '../lib/bivariate';
import { subgroupLabel } from '../lib/data';

export function BivariateLegend({ info, levelWord }: { info: BivariateInfo; levelWord: string }) {
  const xs = tercileLabels(info.x);
  const ys = tercileLabels(info.y);
  const short = ['laag', 'midden', 'hoog'];
  return (
    <div className="bivariate-legend" data-testid="bivariate-legend">
      <p className="hint">
        Twee kaarten in één: hoe meer naar rechts, hoe meer <strong>{info.x.entry.label.toLowerCase()}</strong> ({info.x.year}
        ); hoe meer naar boven, hoe hoger <strong>{info.y.entry.label.toLowerCase()}</strong> (
        {subgroupLabel(info.y.subgroup).toLowerCase()}, {info.y.year}). Elk in drie even grote groepen (tertielen). De
        donkerblauwe hoek rechtsboven: veel groei waar de sociale indicator al hoog is.
      </p>
      <table className="bivariate-grid">
        <caption className="visually-hidden">Aantal gebieden per combinatie van groei en sociale indicator</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">sociale indicator ↓ / groei →</span>
            </th>
            {xs.map((x, i) => (
              <th key={x} scope="col" title={x}>
                groei {short[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[2, 1, 0].map((row) => (
            <tr key={row}>
              <th scope="row" title={ys[row]}>
                {short[row]}
              </th>
              {[0, 1, 2].map((col) => (
                <td
                  key={col}
                  style={{ background: BIVARIATE_COLORS[row]?.[col] }}
                  title={`groei ${xs[col]}, ${info.y.entry.label.toLowerCase()} ${ys[row]}`}
                >
                  {info.counts[row]?.[col] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Groei: {xs.join('; ')}. {info.y.entry.label}: {ys.join('; ')}. Grijs: geen waarde voor een van beide ({info.noData}{' '}
        {levelWord}).
      </p>
    </div>
  );
}
