import { mobileSegmentsV1 } from '../../data/cn-mobile-segments.v1.js';

/** A mobile number segment: who allocated it and whether it is a virtual operator's (MVNO) range. */
export interface MobileSegment {
  carrier: string;
  mvno: boolean;
}

// Longest prefix wins (1349 is Telecom inside Mobile's 134; 17400–17405 inside 174).
const table = new Map<string, MobileSegment>(mobileSegmentsV1.entries.map((e) => [e.prefix, { carrier: e.carrier, mvno: e.mvno }]));
const lengths = [...new Set(mobileSegmentsV1.entries.map((e) => e.prefix.length))].sort((a, b) => b - a);

/** The segment of an 11-digit national mobile number, or undefined when its prefix is not allocated. */
export function mobileSegmentOf(national: string): MobileSegment | undefined {
  if (!/^1\d{10}$/.test(national)) return undefined;
  for (const n of lengths) {
    const seg = table.get(national.slice(0, n));
    if (seg) return seg;
  }
  return undefined;
}
