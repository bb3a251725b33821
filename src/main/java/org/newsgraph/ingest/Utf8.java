package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is. Plain Java. */
final class Utf8 {
  private Utf8() {
  }

  /** {@code text} decoded with U+FFFD for bad bytes; {@code badByte} the first bad byte's index, or -1. */
  record Decoded(String text, int badByte) {
    boolean ok() {
      return badByte < 0;
    }
  }

  static Decoded decode(byte[] bytes, int off, int len) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    try {
      return new Decoded(strict.decode(in).toString(), -1);
    } catch (CharacterCodingException e) {
      // find where, then decode leniently for the record's raw text
      ByteBuffer again = ByteBuffer.wrap(bytes, off, len);
      CharBuffer out = CharBuffer.allocate(len + 1);
      CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      CoderResult r = probe.decode(again, out, true);
      int bad = r.isError() ? again.position() - off : 0;
      return new Decoded(new String(bytes, off, len, StandardCharsets.UTF_8), bad);
    }
  }

  static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }
}
