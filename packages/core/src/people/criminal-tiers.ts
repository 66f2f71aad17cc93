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
    let hit = 0;
    for (const t of piTypes) hit |= this.note(t);
    this.countHits(hit);
  }

  /** `add` with a record's findings, without listing their types first (it runs once a record). */
  addRecord(findings: readonly { piType: string }[]): void {
    let hit = 0;
    for (let i = 0; i < findings.length; i++) hit |= this.note((findings[i] as { piType: string }).piType);
    this.countHits(hit);
  }

  // Records the type under its tier; returns the tier's bit (0 for what is not a PI type).
  private note(t: string): number {
    if (!isPiType(t)) return 0;
    const tier = taxonomyEntry(t).crimTier;
    let s = this.types.get(tier);
    if (!s) this.types.set(tier, (s = new Set()));
    s.add(t);
    return 1 << TIERS.indexOf(tier);
  }

  private countHits(hit: number): void {
    for (let b = 0; b < TIERS.length; b++) {
      if (!(hit & (1 << b))) continue;
      const tier = TIERS[b] as Tier;
      this.records.set(tier, (this.records.get(tier) ?? 0) + 1);
    }
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
