package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splitsOnEndPunctuationButNotOnAbbreviationsOrInitials() {
    String t = "Mr. Xi met George W. Bush in the U.S. capital. They talked! \"Fine,\" he said.\n\nNext day.";
    int[] starts = SentenceSplitter.sentenceStarts(t);
    // sentence 2 starts at "They": "Mr. Xi met George W. Bush in the U.S. capital. " is 47 chars
    // sentence 3 starts at the quote after "They talked! " (47 + 13 = 60)
    // sentence 4 starts after the blank line: 60 + "\"Fine,\" he said." (16) + "\n\n" (2) = 78
    assertArrayEquals(new int[] {0, 47, 60, 78}, starts);
    assertEquals(1, SentenceSplitter.sentenceIndex(starts, 50));
    assertEquals(0, SentenceSplitter.sentenceIndex(starts, 0));
    assertEquals(3, SentenceSplitter.sentenceIndex(starts, t.length() - 1));
  }
}
