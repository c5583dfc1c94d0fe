import type { AgreementTable } from '../../../shared/agreement';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
// 12 units, missing values (null). Unit 12 has one value only and is not pairable.
const _ = null;
const columns = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
export const krippendorff2011: AgreementTable = {
  coders: ['A', 'B', 'C', 'D'],
  units: columns[0]!.map((_v, u) => columns.map((col) => col[u]!)),
};
