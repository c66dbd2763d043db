import { cx } from '../../lib/class-names';
import { initialsOf, paletteIndex } from '../../lib/initials';
import './avatar-initials.css';

/** Number of avatar colour pairs in styles (.avatar--0 … .avatar--7). */
const paletteSize = 8;

export type AvatarInitialsProps = {
  name: string;
  /** Picks the colour, so the same person always looks the same (their id, not their name). */
  seed: string | number;
  initials?: string;
  size?: 'small' | 'medium';
  /** Roles are drawn square, people round. */
  shape?: 'round' | 'square';
  className?: string;
};

/** Decorative initials: hidden from assistive technology, so the name must be shown as text beside it. */
export function AvatarInitials({
  name,
  seed,
  initials,
  size = 'small',
  shape = 'round',
  className,
}: AvatarInitialsProps) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        'avatar',
        `avatar--${paletteIndex(seed, paletteSize)}`,
        `avatar--${size}`,
        shape === 'square' && 'avatar--square',
        className,
      )}
    >
      {initials ?? initialsOf(name)}
    </span>
  );
}
