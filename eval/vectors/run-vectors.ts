import type { Analyzer } from '@piguard/core';
import { scoreDocuments, type VariantResult } from '../scoring/score-documents.js';
import { type IdentifierVector, uniqueVectors, vectorDocuments } from './identifier-vector.js';

/** Scores a list of vectors in both variants (neutral sentence, with context word). */
export function runVectors(source: string, vectors: readonly IdentifierVector[], analyzer: Analyzer): VariantResult[] {
  const { neutral, context } = vectorDocuments(source, uniqueVectors(vectors));
  return [scoreDocuments('neutral', neutral, analyzer), scoreDocuments('context', context, analyzer)];
}
