package org.newsgraph.bench;

/** Minimal JSON string writing for the benchmark's JSON Lines (no dependency on a JSON library). */
final class Json {
  private Json() {
  }

  static void appendString(StringBuilder sb, String value) {
    if (value == null) {
      sb.append("null");
      return;
    }
    org.newsgraph.sample.SampleCorpusGenerator.appendString(sb, value);
  }

  static String string(String value) {
    StringBuilder sb = new StringBuilder(value == null ? 4 : value.length() + 2);
    appendString(sb, value);
    return sb.toString();
  }
}
