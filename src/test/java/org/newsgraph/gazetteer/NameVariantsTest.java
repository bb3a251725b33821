package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

  @Test
  void theArabicArticleIsSwappedAndCapitalised() {
    List<String> v = NameVariants.of("el-Sisi");
    assertTrue(v.containsAll(List.of("al-Sisi", "El-Sisi", "Al-Sisi")), v.toString());
    // one consonant doubled between vowels: s in "Sisi" (i_i) -> "Sissi"
    assertTrue(v.contains("el-Sissi"), v.toString());
    assertFalse(v.contains("el-Sisi")); // the name itself is no variant
  }

  @Test
  void aDoubledConsonantIsUndoubledAndNamesWithoutPlacesHaveNone() {
    assertTrue(NameVariants.of("Assad").contains("Asad"));
    // "Xi": no consonant between vowels, nothing in lower case: no variants
    assertEquals(List.of(), NameVariants.of("Xi"));
  }
}
