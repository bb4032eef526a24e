package io.newssearch.capture;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level facts about a line of text: word counts, function-word (stop-word) counts in
 * English and Spanish, capitalised words, sentence ends. One pass over the characters, no
 * regular expressions, so it can run on every line of a large capture.
 *
 * <p>The stop-word lists are the most frequent function words of each language. They serve two
 * purposes: prose has many of them and menus, name lists and headlines few (the jusText idea),
 * and counting each language's own words tells English from Spanish.
 */
final class Words {

  private Words() {}

  /** English function words that are not also common Spanish words. */
  static final Set<String> EN =
      Set.of(
          "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "as", "on",
          "by", "at", "from", "this", "have", "has", "are", "be", "an", "which", "not", "but",
          "his", "her", "they", "their", "he", "she", "we", "you", "had", "were", "will",
          "would", "been", "its", "or", "who", "there", "if", "than", "about", "after", "into",
          "also", "them", "our", "your", "can", "could", "said", "more", "when", "what", "all",
          "i", "him", "do", "does", "did", "so", "out", "up", "over", "only", "some", "such",
          "these", "those", "while", "because", "since", "should", "may", "any", "other",
          "being", "how", "where", "then", "just", "most", "before", "against", "between");

  /** Spanish function words that are not also common English words. */
  static final Set<String> ES =
      Set.of(
          "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con",
          "para", "es", "se", "su", "sus", "lo", "al", "como", "más", "pero", "le", "les", "ya",
          "fue", "ha", "han", "este", "esta", "estos", "estas", "son", "entre", "sobre",
          "también", "sin", "desde", "muy", "porque", "cuando", "hasta", "donde", "ese", "esa",
          "era", "sido", "ser", "está", "están", "tiene", "hay", "sí", "ni", "unos", "unas",
          "otro", "otra", "otros", "cual", "dijo", "según", "tras", "durante", "mientras",
          "aunque", "nos", "mi", "él", "ella", "ellos", "e", "u", "o");

  /** Function words both languages share. */
  static final Set<String> SHARED = Set.of("a", "no", "me");

  /** Word classes of the generic boilerplate vocabulary (bits of {@link Counts#vocabulary}). */
  static final int COOKIE = 1;
  static final int CONSENT = 1 << 1;
  static final int SUBSCRIBE = 1 << 2;
  static final int ACCOUNT = 1 << 3;
  static final int SHARE = 1 << 4;
  static final int RELATED = 1 << 5;
  static final int AD = 1 << 6;
  static final int COMMENT = 1 << 7;
  static final int YOU = 1 << 8;
  static final int NOT_FOUND = 1 << 9;
  static final int COPYRIGHT = 1 << 10;
  static final int GALLERY = 1 << 11;
  /** "ago", "hace": a time relative to the visit. */
  static final int AGO = 1 << 12;
  /** Minutes, as in a reading time. */
  static final int MINUTES = 1 << 13;

  private static final int STOP_EN = 1 << 16;
  private static final int STOP_ES = 1 << 17;
  private static final int STOP_SHARED = 1 << 18;

  /**
   * Every word this class knows, with its classes. The boilerplate words are the generic
   * vocabulary of page furniture in English and Spanish (cookie banners, subscribe prompts,
   * share rows, related-links labels, advertisements, comment sections) — never a site's names.
   * They are weak evidence, combined with a line's shape and position.
   */
  private static final java.util.Map<String, Integer> LEXICON = new java.util.HashMap<>();

  private static void add(int flag, String... words) {
    for (String w : words) {
      LEXICON.merge(w, flag, (a, b) -> a | b);
    }
  }

  static {
    for (String w : EN) {
      add(STOP_EN, w);
    }
    for (String w : ES) {
      add(STOP_ES, w);
    }
    for (String w : SHARED) {
      add(STOP_SHARED, w);
    }
    add(COOKIE, "cookie", "cookies");
    add(
        CONSENT, "consent", "consentimiento", "privacy", "privacidad", "partners", "socios",
        "gdpr", "personalised", "personalized", "personalise", "personalize", "personalizar",
        "preferences", "preferencias", "accept", "aceptar", "acepto", "aceptas", "tracking",
        "vendors", "proveedores", "legitimate", "storage", "navegación", "browsing", "agree");
    add(
        SUBSCRIBE, "subscribe", "subscribed", "subscriber", "subscribers", "subscription",
        "subscriptions", "newsletter", "newsletters", "suscríbete", "suscribirse", "suscríbase",
        "suscribete", "suscripción", "suscriptor", "suscriptores", "boletín", "boletin",
        "inbox", "paywall", "unlock", "unlimited", "premium");
    add(
        ACCOUNT, "sign", "login", "log", "register", "registrarse", "regístrate", "registrate",
        "signin", "signup", "account", "cuenta", "iniciar", "sesión", "password");
    add(
        SHARE, "share", "shares", "tweet", "facebook", "twitter", "whatsapp", "telegram",
        "linkedin", "pinterest", "reddit", "email", "e-mail", "print", "copy", "link",
        "compartir", "comparte", "comparta", "imprimir", "messenger", "flipboard", "correo",
        "enlace", "copiar", "mail", "sms", "x");
    add(
        RELATED, "related", "relacionadas", "relacionados", "relacionado", "relacionada",
        "recommended", "recomendado", "recomendados", "recomendadas", "popular", "trending",
        "leídas", "leidas", "vistas", "latest", "últimas", "ultimas", "también", "tambien",
        "more", "más", "next", "previous", "siguiente", "anterior", "stories", "noticias",
        "read", "lee", "lea", "leer", "ver", "see", "watch");
    add(
        AD, "advertisement", "advertising", "sponsored", "publicidad", "anuncio", "patrocinado",
        "ad", "ads", "advertisements", "promoted");
    add(
        COMMENT, "comment", "comments", "comentario", "comentarios", "responses", "response",
        "thoughts", "replies", "reply", "responder", "respuesta", "respuestas", "discussion",
        "says", "dice", "said:");
    add(YOU, "you", "your", "you're", "you’re", "you've", "you’ve", "tu", "tus", "usted",
        "ustedes", "te", "we", "our", "nosotros", "nuestro", "nuestra", "nuestros", "us");
    add(COPYRIGHT, "copyright", "rights", "reserved", "derechos", "reservados", "c");
    add(
        RELATED, "top", "picks", "further", "miss", "artículos", "articulos", "entrada",
        "artículo", "articulo", "interesar", "relatedarticles", "relatedposts", "news", "other",
        "this", "you", "might", "may", "like", "listen", "escucha", "mira", "pierdas");
    add(AD, "continues", "continue", "continúa", "continua", "leyendo", "skip", "reading");
    add(NOT_FOUND, "404", "error", "found", "encontrada", "encontrado", "exist", "existe");
    add(
        GALLERY, "photo", "photos", "image", "images", "picture", "pictures", "gallery",
        "slideshow", "slide", "slides", "foto", "fotos", "imagen", "imágenes", "imagenes",
        "galería", "galeria");
    add(AGO, "ago", "hace");
    add(MINUTES, "min", "mins", "minute", "minutes", "minuto", "minutos");
  }

  /**
   * Character.toLowerCase of the Latin-1 characters (Spanish letters), read from a table;
   * declared before the lexicon table, which folds its keys with it.
   */
  private static final char[] LATIN1_LOWER = new char[256];

  static {
    for (char c = 0; c < 256; c++) {
      LATIN1_LOWER[c] = Character.toLowerCase(c);
    }
  }

  // An open-addressing table over the lexicon, probed with the lower-cased hash of a slice of
  // the text: no substring and no lower-cased copy per word (this runs on every word). Kept at
  // most an eighth full, and each slot keeps its key's hash, so that a word not in the lexicon
  // (most words) usually stops at the first slot and a collision costs no character compare.
  private static final char[][] TABLE_KEYS;
  private static final int[] TABLE_HASHES;
  private static final int[] TABLE_FLAGS;

  static {
    int size = Integer.highestOneBit(LEXICON.size() * 8) * 2;
    TABLE_KEYS = new char[size][];
    TABLE_HASHES = new int[size];
    TABLE_FLAGS = new int[size];
    for (java.util.Map.Entry<String, Integer> e : LEXICON.entrySet()) {
      String k = e.getKey();
      int h = hash(k, 0, k.length());
      int slot = h & (size - 1);
      while (TABLE_KEYS[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      TABLE_KEYS[slot] = k.toCharArray();
      TABLE_HASHES[slot] = h;
      TABLE_FLAGS[slot] = e.getValue();
    }
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c < 256 ? LATIN1_LOWER[c] : Character.toLowerCase(c);
  }

  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  /** The classes of the word {@code s[from, to)}, case-insensitively; 0 when unknown. */
  static int lookup(String s, int from, int to) {
    return lookup(s.toCharArray(), from, to, hash(s, from, to));
  }

  /** The classes of the word {@code s[from, to)} with lexicon hash {@code hash}; 0 when unknown. */
  private static int lookup(char[] s, int from, int to, int hash) {
    int mask = TABLE_KEYS.length - 1;
    int slot = hash & mask;
    int len = to - from;
    while (true) {
      char[] k = TABLE_KEYS[slot];
      if (k == null) {
        return 0;
      }
      if (TABLE_HASHES[slot] == hash && k.length == len) {
        int i = 0;
        while (i < len && fold(s[from + i]) == k[i]) {
          i++;
        }
        if (i == len) {
          return TABLE_FLAGS[slot];
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the word is a function word of English or Spanish ("the", "when", "el"). */
  static boolean isFunctionWord(String w) {
    return !w.isEmpty() && w.length() <= 14
        && (lookup(w, 0, w.length()) & (STOP_EN | STOP_ES | STOP_SHARED)) != 0;
  }

  /** Whether the character can be part of a word. */
  static boolean isWordChar(char c) {
    if (c < 128) { // most text is ASCII: no table lookup
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c) || c == '\uFFFD';
  }

  /**
   * The ASCII characters folded to lower case when they are word characters, else 0: one table
   * read instead of isWordChar's and fold's range tests in the per-character loops.
   */
  private static final char[] ASCII_WORD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = isWordChar(c) ? fold(c) : 0;
    }
  }

  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /**
   * The text before the first match of {@code p}, or all of it: {@code p.split(s, 2)[0]} without
   * going on to look for every later match.
   */
  static String beforeFirst(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? s.substring(0, m.start()) : s;
  }

  /** Lower-cases without the default locale (a Turkish locale must not change the result). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Counts of one text. Computed by {@link #count}; plain mutable fields because the counts are
   * made once per line and then only read.
   */
  static final class Counts {
    int words;
    int stopEn;
    int stopEs;
    int stopAny;
    /** Words that start with a capital letter and are not function words. */
    int capitalised;
    /** Words that are not function words (candidates for capitalisation). */
    int content;
    /** Words made only of digits. */
    int numbers;
    /** Sentence ends: '.', '!' or '?' after a word and before a space or the end. */
    int sentenceEnds;
    int letters;
    /** Characters that are neither letters, digits nor spaces. */
    int symbols;
    /** The first word starts with a lower-case letter. */
    boolean startsLower;
    /** Bits of the vocabulary classes ({@link #COOKIE}, {@link #SHARE}, ...) the text uses. */
    int vocabulary;
    /** Words of the furniture vocabulary classes, all classes together. */
    int vocabularyWords;
    /** Words of the cookie and consent classes only. */
    int consentWords;

    /** Share of words that are function words in either language. */
    double stopDensity() {
      return words == 0 ? 0 : (double) stopAny / words;
    }

    /** Share of content words that are capitalised (title case, names). */
    double capitalisedRatio() {
      return content == 0 ? 0 : (double) capitalised / content;
    }
  }

  /** Counts the words of {@code s} in one pass. */
  static Counts count(String text) {
    // On an array: String.charAt per character costs several times more in this loop.
    char[] s = text.toCharArray();
    Counts c = new Counts();
    int letters = 0; // a local, not c.letters, in the per-character loop
    int n = s.length;
    int i = 0;
    boolean first = true;
    while (i < n) {
      char ch = s[i];
      if (isWordChar(ch)) {
        int start = i;
        boolean allDigits = true;
        int h = 0; // the lexicon hash of the word, made while reading it (see hash)
        while (i < n) {
          char d = s[i];
          if (d < 128) {
            char f = ASCII_WORD[d];
            if (f != 0) {
              allDigits &= d <= '9'; // the ASCII word characters up to '9' are the digits
              letters++;
              h = 31 * h + f;
              i++;
              continue;
            }
          } else if (isWordChar(d)) {
            if (!isDigit(d)) {
              allDigits = false;
            }
            letters++;
            h = 31 * h + fold(d);
            i++;
            continue;
          }
          if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && isWordChar(s[i + 1])) {
            h = 31 * h + d;
            i++;
          } else {
            break;
          }
        }
        c.words++;
        if (first) {
          c.startsLower = Character.isLowerCase(ch);
          first = false;
        }
        if (allDigits) {
          c.numbers++;
          if (i - start == 3 && s[start] == '4' && s[start + 1] == '0' && s[start + 2] == '4') {
            c.vocabulary |= NOT_FOUND;
          }
          continue;
        }
        boolean stop = false;
        int len = i - start;
        if (len <= 14) {
          int f = lookup(s, start, i, h ^ (h >>> 16));
          if (f != 0) {
            if ((f & STOP_EN) != 0) {
              c.stopEn++;
            }
            if ((f & STOP_ES) != 0) {
              c.stopEs++;
            }
            stop = (f & (STOP_EN | STOP_ES | STOP_SHARED)) != 0;
            if (stop) {
              c.stopAny++;
            }
            int vocab = f & 0xFFFF;
            if (vocab != 0) {
              c.vocabulary |= vocab;
              // Gallery, "ago" and minutes words only gate a test; they are not furniture words.
              if ((vocab & ~(GALLERY | AGO | MINUTES)) != 0) {
                c.vocabularyWords++;
              }
              if ((vocab & (COOKIE | CONSENT)) != 0) {
                c.consentWords++;
              }
            }
          }
        }
        if (!stop) {
          c.content++;
          if (Character.isUpperCase(ch)) {
            c.capitalised++;
          }
        }
      } else {
        if ((ch == '.' || ch == '!' || ch == '?')
            && i > 0
            && (isWordChar(s[i - 1]) || isCloser(s[i - 1]))
            && (i + 1 == n || s[i + 1] == ' ' || isCloser(s[i + 1]))) {
          c.sentenceEnds++;
        }
        if (ch != ' ') {
          c.symbols++;
        }
        i++;
      }
    }
    c.letters = letters;
    return c;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»';
  }

  /** Whether the text ends like a sentence: '.', '!', '?', '…' or ':' (before closing quotes). */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && (isCloser(s.charAt(i)) || s.charAt(i) == ' ' || s.charAt(i) == ']')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':';
  }

  /**
   * A comparison key for "is this the same line": lower-cased, letters and digits only, single
   * spaces. Quotes, dashes and punctuation styles differ between a headline and its copies.
   */
  static String key(String s) {
    // Into an array, not a StringBuilder: this runs on most blocks, and charAt and append per
    // character cost several times more. The key is never longer than the text.
    char[] in = s.toCharArray();
    char[] out = new char[in.length];
    int n = 0;
    boolean space = false;
    for (char c : in) {
      char f = c < 128 ? ASCII_WORD[c] : isWordChar(c) ? fold(c) : 0; // never 0 for a word char
      if (f != 0) {
        if (space && n > 0) {
          out[n++] = ' ';
        }
        space = false;
        out[n++] = f;
      } else if (c == '\'' || c == '’') {
        continue;
      } else {
        space = true;
      }
    }
    return new String(out, 0, n);
  }
}
