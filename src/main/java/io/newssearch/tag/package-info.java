/**
 * Tagging: which countries an article is about (its tags) and the UN M49 regions they lie in.
 *
 * <pre>{@code
 * Article tagged = GazetteerTagger.standard().tag(article);
 * Gazetteer.standard().canonical("EE.UU.");   // "United States"
 * Gazetteer.standard().region("Venezuela");   // "South America"
 * }</pre>
 *
 * <p>{@link io.newssearch.tag.Tagger} is the seam ingestion calls; {@link
 * io.newssearch.tag.GazetteerTagger} is the default, {@link io.newssearch.tag.Gazetteer} the data
 * it reads (also used to map source codes such as Reuters places and to parse {@code tag:} in
 * queries). Public types here are part of the API; the others are machinery.
 *
 * <h2>Data</h2>
 *
 * Two resource files beside these classes, data rather than code, each documented in its header:
 * {@code gazetteer.tsv}, one row per UN member and observer state and common territory
 * (canonical name, ISO 3166-1 alpha-2, M49 region, status, then names, demonyms, capitals and
 * metonyms in English and Spanish, and former names and source codes for lookups only), and
 * {@code ambiguity.tsv}, the exceptions.
 *
 * <h2>Finding mentions</h2>
 *
 * <ul>
 *   <li>One pass over the words of title and body. Words are runs of letters and digits,
 *       case-folded without regard to the default locale (the same under a Turkish locale) and
 *       stripped of accents; possessives ("Russia's") and hyphens ("Russian-made") split off;
 *       dots stay inside short capital abbreviations ("U.S.", "EE.UU."). Each word is looked up
 *       in a table of the words aliases use, and a trie over word ids finds the longest alias
 *       starting at each word: "Papua New Guinea" over "Guinea", "Dominican Republic" over
 *       "Dominican", "South Korea" over "Korea", "New Mexico" (a stop) over "Mexico".
 *   <li>Case is part of each alias: capitalised aliases need capitalised text ("turkey" the bird,
 *       "china" the porcelain, "polish" the verb never match), all-caps aliases need all-caps
 *       text ("us" is not "US"), lower-case Spanish demonyms do not match capitalised names
 *       ("Checo").
 *   <li>Words that merely contain a country's name are other words: "Chinatown", "Indiana",
 *       "Roman", "Omanization" never match.
 *   <li>Capitals and metonyms ("Moscow", "the Kremlin", "Washington", "White House") are weak:
 *       they count only when the article also mentions the country by another alias.
 * </ul>
 *
 * <h2>Ambiguous names (ambiguity.tsv)</h2>
 *
 * <ul>
 *   <li><b>Stops</b> contain an alias but name something else and count for nothing: "Latin
 *       American", "South America", "Native American", "New Mexico", "New Jersey", "Gulf of
 *       Mexico", "Indian Ocean", "American Indian", "Washington Post", "Washington state",
 *       "Paris Agreement", "Lima Group", "Minsk agreements", "French fries", "Guinea pig". "the
 *       Americas" is no alias at all.
 *   <li><b>Ambiguous</b> names count for a country only when exactly one of their candidates is
 *       mentioned otherwise: "Korea"/"Korean" (South or North Korea), "Congo"/"Congolese" (DR
 *       Congo or Republic of the Congo), "Virgin Islands". "Korea" alone tags nothing.
 *   <li><b>Georgia</b> (and "Georgian(s)") is ignored in an article with a US-state cue: Atlanta,
 *       Savannah, Alabama, Florida, "Georgia's governor", "state of Georgia", "Georgia Tech".
 *       "Georgia" is also weak: it needs "Georgian", "Tbilisi" or another alias of the country,
 *       so "customers in Georgia" or "Georgia-Pacific" in US business news tag nothing.
 *   <li><b>Namelike</b> aliases are ignored next to a capitalised name: "Chad Smith", "Michael
 *       Jordan", "George Washington", "Washington Post", "Paris Hilton", "Captain America" (not
 *       in a Title Case headline, where every word is capitalised).
 *   <li><b>Jordan</b> is also weak: it needs "Jordanian", "Amman" or another alias of Jordan.
 *   <li><b>Washington</b> is the United States as a weak capital and metonym: only with another
 *       alias of the United States, never in "Washington state", "Washington Post", "George
 *       Washington"; "Washington, D.C." is an alias of its own (also weak).
 *   <li><b>US</b> (and "CAR") is not trusted in all-caps text ("TELL US WHY"); "U.S." is.
 *   <li><b>Languages</b>: "Spanish", "French", "ruso"... are ignored as language names ("in
 *       Spanish.", "Spanish-speaking", "en español"), kept in "Spanish banks".
 *   <li>"American" inside "Latin American", "South American", "Central American", "North
 *       American" (which may mean the US and Canada) tags nothing. "Dominican" is the Dominican
 *       Republic. "Mexico City" is Mexico. "Guinea" is Guinea only when no longer name
 *       (Equatorial Guinea, Guinea-Bissau, Papua New Guinea) matches. "Niger" and "Nigeria",
 *       "Dominica" and "Dominican Republic" are different words.
 *   <li>Risky capitals are left out of the data altogether (Victoria, Kingston, Santiago, San
 *       José, Georgetown, Sucre, Brussels...): see the header of gazetteer.tsv.
 * </ul>
 *
 * <h2>Deciding tags</h2>
 *
 * A mentioned country becomes a tag when named in the title, or when named at least twice in
 * all ({@link io.newssearch.tag.GazetteerTagger#withMinMentions}) and at least a quarter as
 * often as the most-named country ({@link io.newssearch.tag.GazetteerTagger#withMinShare}). One
 * mention is context: in an article on Russia withdrawing staff from Venezuela that quotes
 * Colombia's foreign minister once, Colombia is not a tag; nor is a country named twice in a
 * story that names another a dozen times. (A single mention in the lead was tried as a rule of
 * its own and dropped: on the hand-labelled fixtures it added more wrong tags than right ones.) Source tags and sections that name
 * countries are kept, canonicalised. Regions follow from the tags.
 */
package io.newssearch.tag;
