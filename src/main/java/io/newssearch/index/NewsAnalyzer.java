package io.newssearch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of every text field: Unicode word breaks, possessives dropped ("Russia's" is
 * "russia"), lower case, accents folded ("Nicolás" is "nicolas"). No stemming and no stop
 * words: a match is the word the user typed, phrases match exactly, and {@code prefix*} covers
 * word families.
 *
 * <p>Lower-casing is {@link LowerCaseFilter}, which is locale-independent, so a Turkish default
 * locale does not change what matches. Thread-safe, as every Lucene analyzer.
 */
public final class NewsAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    return new TokenStreamComponents(source, result);
  }

  /** Prefix, wildcard and range terms get the same case and accent folding as indexed text. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
