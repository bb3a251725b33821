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
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  static String string(String value) {
    StringBuilder sb = new StringBuilder(value == null ? 4 : value.length() + 2);
    appendString(sb, value);
    return sb.toString();
  }
}
