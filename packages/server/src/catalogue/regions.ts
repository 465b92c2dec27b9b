import type { Region } from '@zwfw/core';
import { DISTRICT } from './district.js';

// The illustrative district's region tree (province → city → district → 街道/镇 → 社区/村), GB/T 2260 for the
// first three levels and the 12-digit 统计用区划代码 layout below: 街道 001–099, 镇 100–199;
// 居委会 001–199, 村委会 200–399 (domain.md §5.3).

export function generateRegions(): Region[] {
  const regions: Region[] = [
    { code: DISTRICT.province.code, name: DISTRICT.province.name, level: 'province', parentCode: null, hasChildren: true },
    { code: DISTRICT.city.code, name: DISTRICT.city.name, level: 'city', parentCode: DISTRICT.province.code, hasChildren: true },
    { code: DISTRICT.district.code, name: DISTRICT.district.name, level: 'county', parentCode: DISTRICT.city.code, hasChildren: true },
  ];
  for (const t of DISTRICT.townships) {
    regions.push({ code: t.code, name: t.name, level: 'township', parentCode: DISTRICT.district.code, hasChildren: true });
    const prefix = t.code.slice(0, 9);
    t.communities.forEach((name, i) => {
      regions.push({ code: `${prefix}${String(i + 1).padStart(3, '0')}`, name: `${name}居民委员会`, level: 'village', parentCode: t.code, hasChildren: false });
    });
    (t.villages ?? []).forEach((name, i) => {
      regions.push({ code: `${prefix}${String(200 + i + 1)}`, name: `${name}村民委员会`, level: 'village', parentCode: t.code, hasChildren: false });
    });
  }
  return regions;
}
