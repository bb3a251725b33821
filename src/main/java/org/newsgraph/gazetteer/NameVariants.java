package org.newsgraph.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spelling variants of a leader's name that news writes for the same person, generated from the
 * gazetteer's own forms instead of listed one by one:
 * <ul>
 *   <li>the Arabic article as al- or el-, in either case ("el-Sisi", "El-Sisi", "al-Sisi");</li>
 *   <li>a name that begins in lower case, capitalised as at a sentence start ("El-Sisi", "Bin Salman");</li>
 *   <li>one consonant doubled or undoubled between vowels in the last word, as transliterations
 *       differ ("Sissi" for Sisi, "Asad" for Assad), at most two such places per word.</li>
 * </ul>
 * The name itself is not among the variants. Plain Java.
 */
public final class NameVariants {
  private static final String VOWELS = "aeiouy";
  private static final String DOUBLING = "bdfklmnrst";
  private static final int MAX_PLACES = 2;

  private NameVariants() {
  }

  public static List<String> of(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String article : articleForms(name)) {
      out.add(article);
      out.add(capitalised(article));
    }
    out.add(capitalised(name));
    for (String base : List.copyOf(out.isEmpty() ? Set.of(name) : union(out, name))) {
      out.addAll(consonantForms(base));
    }
    out.remove(name);
    return List.copyOf(out);
  }

  private static Set<String> union(Set<String> s, String name) {
    Set<String> u = new LinkedHashSet<>(s);
    u.add(name);
    return u;
  }

  /** The name with each "al-"/"el-" word start swapped and recased. */
  private static Set<String> articleForms(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String from : List.of("al-", "el-", "Al-", "El-")) {
      int i = name.indexOf(from);
      if (i >= 0 && (i == 0 || name.charAt(i - 1) == ' ')) {
        for (String to : List.of("al-", "el-", "Al-", "El-")) {
          out.add(name.substring(0, i) + to + name.substring(i + from.length()));
        }
      }
    }
    return out;
  }

  private static String capitalised(String s) {
    return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** One consonant doubled or undoubled between vowels in the last word (a hyphenated part counts as a word). */
  private static Set<String> consonantForms(String name) {
    Set<String> out = new LinkedHashSet<>();
    int start = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-')) + 1;
    int places = 0;
    for (int i = start + 1; i < name.length() - 1 && places < MAX_PLACES; i++) {
      char c = name.charAt(i);
      if (DOUBLING.indexOf(c) < 0 || VOWELS.indexOf(Character.toLowerCase(name.charAt(i - 1))) < 0) {
        continue;
      }
      if (name.charAt(i + 1) == c && i + 2 < name.length() && VOWELS.indexOf(name.charAt(i + 2)) >= 0) {
        out.add(name.substring(0, i) + name.substring(i + 1)); // "Assad" -> "Asad"
        places++;
        i++;
      } else if (VOWELS.indexOf(name.charAt(i + 1)) >= 0) {
        out.add(name.substring(0, i + 1) + c + name.substring(i + 1)); // "Sisi" -> "Sissi"
        places++;
      }
    }
    return out;
  }
}
