/** Classification as the specification states it: `general*` is general under GB/T 45574 but sensitive under GB/T 35273. */
export type LegalClass = 'sensitive' | 'general' | 'general*';

/** One PI type of the taxonomy (pi-taxonomy.md §2.5). */
export interface TaxonomyEntry {
  id: string;
  zh: string;
  en: string;
  legalClass: LegalClass;
  /** 4 sensitive, 3 high-risk general, 2 general, 1 quasi-identifier. */
  tier: 1 | 2 | 3 | 4;
  pipl: string;
  standards: string;
  /** Records needed for 情节严重 under 法释〔2017〕10号 Art. 5. */
  crimTier: 50 | 500 | 5000;
}
