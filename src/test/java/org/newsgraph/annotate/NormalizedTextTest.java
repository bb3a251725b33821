package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void foldsCaseDiacriticsHyphensAndSpacesKeepingOffsets() {
    String text = "Erdo\u011fan  met Kim\u2010Jong Un";
    NormalizedText n = NormalizedText.of(text);
    // "Erdoğan" -> "erdogan"; two spaces -> one; the Unicode hyphen -> space
    assertEquals("erdogan met kim jong un", n.folded());
    // folded "met" starts at 8 (7 letters + 1 space); in the original it is at 9 (7 + 2 spaces)
    assertEquals(9, n.originalStart(8));
    // folded "kim jong un" spans 12..23; in the original 13..24
    assertEquals(13, n.originalStart(12));
    assertEquals(24, n.originalEnd(23));
  }

  @Test
  void expandsSharpSAndMapsBothCharactersToTheOriginal() {
    NormalizedText n = NormalizedText.of("Stra\u00dfe");
    assertEquals("strasse", n.folded());
    assertEquals(4, n.originalStart(4));
    assertEquals(4, n.originalStart(5));
    assertEquals(6, n.originalEnd(7));
  }
}
