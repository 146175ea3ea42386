package fr.coopex.shared.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Words of a French text as the platform's searches compare them, with Lucene's French
 * analysis: split on Unicode word boundaries, elisions removed ("l’export" is "export"),
 * lower case, French stop words dropped, accents folded ("région" meets "region"), dots
 * of acronyms dropped ("V.I.E" meets "VIE") and a light French stem ("salons" meets
 * "salon", "régionaux" meets "régional"). The same analysis runs on what is searched and
 * on the query, so both meet. Thread-safe; one shared analyzer.
 */
public final class FrenchAnalysis {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern DOTS = Pattern.compile("\\.");

	/**
	 * French stop words (Lucene's list) and a few English ones for the English labels.
	 */
	private static final CharArraySet STOP_WORDS;

	static {
		CharArraySet stop = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
		stop.addAll(List.of("the", "of", "for", "and", "to", "in", "an", "or", "a"));
		STOP_WORDS = CharArraySet.unmodifiableSet(stop);
	}

	private static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			result = new LowerCaseFilter(result);
			result = new StopFilter(result, STOP_WORDS);
			result = new ASCIIFoldingFilter(result);
			result = new PatternReplaceFilter(result, DOTS, "", true);
			result = new FrenchLightStemFilter(result);
			return new TokenStreamComponents(source, result);
		}
	};

	private FrenchAnalysis() {
	}

	/** The analysed words (stems) of a text, in order, repeats kept; none for null. */
	public static List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return terms;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					terms.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			// reading a String cannot fail
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * Lower case, accents removed, ligatures spelt out, for literal matching and sorting.
	 */
	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			if (lower.charAt(i) > 127) {
				lower = lower.replace("œ", "oe").replace("æ", "ae");
				return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
			}
		}
		return lower;
	}

}
