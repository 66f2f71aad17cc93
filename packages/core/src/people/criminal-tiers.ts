import { taxonomyEntry, isPiType } from '../taxonomy/taxonomy.js';
import type { CriminalTierCount } from './people-summary.js';

const TIERS = [50, 500, 5000] as const;
type Tier = (typeof TIERS)[number];

/**
 * Counts records against the quantity tiers of 法释〔2017〕10号 Art. 5: a record counts once in each tier
 * whose kind of information it holds (tracks, content, credit, property 50; lodging, communication, health,
 * transactions 500; other PI 5000); ten times the tier is 情节特别严重.
 */
export class CriminalTierTally {
  private readonly records = new Map<Tier, number>();
  private readonly types = new Map<Tier, Set<string>>();

  /** Counts one record by the PI types it holds. */
  add(piTypes: Iterable<string>): void {
    const hit = new Set<Tier>();
    for (const t of piTypes) {
      if (!isPiType(t)) continue;
      const tier = taxonomyEntry(t).crimTier;
      hit.add(tier);
      let s = this.types.get(tier);
      if (!s) this.types.set(tier, (s = new Set()));
      s.add(t);
    }
    for (const tier of hit) this.records.set(tier, (this.records.get(tier) ?? 0) + 1);
  }

  /** One entry per tier seen, most serious kind of information first. */
  counts(): CriminalTierCount[] {
    return TIERS.filter((t) => this.records.has(t)).map((crimTier) => {
      const records = this.records.get(crimTier) ?? 0;
      const level = records >= crimTier * 10 ? 'especially_serious' : records >= crimTier ? 'serious' : 'below';
      return { crimTier, piTypes: [...(this.types.get(crimTier) ?? [])].sort(), records, level };
    });
  }
}
