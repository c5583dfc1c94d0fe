import { describe, expect, it } from 'vitest';
import { nextMarkIndex } from '../../../renderer/charts/mark-focus';

describe('arrow keys between chart marks', () => {
  it('moves to the next and previous mark in reading order and stops at the ends', () => {
    expect(nextMarkIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextMarkIndex('ArrowDown', 1, 3)).toBe(2);
    expect(nextMarkIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextMarkIndex('ArrowLeft', 2, 3)).toBe(1);
    expect(nextMarkIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps to the first and last mark with Home and End', () => {
    expect(nextMarkIndex('Home', 2, 5)).toBe(0);
    expect(nextMarkIndex('End', 0, 5)).toBe(4);
  });

  it('leaves other keys (Tab, Enter, letters) to the browser', () => {
    expect(nextMarkIndex('Tab', 1, 3)).toBeNull();
    expect(nextMarkIndex('a', 1, 3)).toBeNull();
    expect(nextMarkIndex('End', 0, 0)).toBeNull();
  });
});
