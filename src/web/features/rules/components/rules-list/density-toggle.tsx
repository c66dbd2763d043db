import { densities, type Density } from '../../../../lib/density';
import { useDensity } from '../../../../lib/use-density';

const labels: Record<Density, string> = { compact: 'Compact', comfortable: 'Comfortable' };

/** Compact or comfortable rows, remembered for this browser. */
export function DensityToggle() {
  const [density, setDensity] = useDensity();
  return (
    <div role="group" aria-label="Row density" className="density-toggle">
      {densities.map((option) => (
        <button
          key={option}
          type="button"
          className="density-toggle__option"
          aria-pressed={option === density}
          onClick={() => setDensity(option)}
        >
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
