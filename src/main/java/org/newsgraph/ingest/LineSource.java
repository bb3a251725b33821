package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The lines of a byte stream with their 1-based line numbers and byte offsets (in the stream as
 * decompressed). A line ends at '\n', "\r\n" or a lone '\r' (old Mac line ends), so records
 * separated by any of them are found; the last line needs no terminator. A line longer than {@code maxBytes} is cut: its first
 * {@code maxBytes} bytes are returned with {@link Line#overflow} set and the rest is skipped
 * without being held. Lines can be pushed back to be read again (CSV recovery).
 */
final class LineSource {
  /** One line without its terminator. */
  record Line(byte[] bytes, long number, long offset, boolean overflow, long length) {
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long consumed;
  private long lineNumber;
  private boolean eof;
  /** The last line ended in '\r': a '\n' right after it belongs to that line end. */
  private boolean afterCr;
  private final Deque<Line> pushedBack = new ArrayDeque<>();

  LineSource(InputStream in, int maxBytes) {
    this(in, maxBytes, 0, 0);
  }

  /** Lines of a stream that starts at byte {@code offset} after {@code linesBefore} lines of a file. */
  LineSource(InputStream in, int maxBytes, long offset, long linesBefore) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.consumed = offset;
    this.lineNumber = linesBefore;
  }

  /** Bytes consumed so far, i.e. the offset of the next line not pushed back. */
  long position() {
    return pushedBack.isEmpty() ? consumed : pushedBack.peekFirst().offset();
  }

  long lineNumber() {
    return pushedBack.isEmpty() ? lineNumber : pushedBack.peekFirst().number() - 1;
  }

  void pushBack(java.util.List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      pushedBack.addFirst(lines.get(i));
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pollFirst();
    }
    if (afterCr) {
      afterCr = false;
      if ((pos < limit || fill()) && buf[pos] == '\n') {
        pos++;
        consumed++;
      }
    }
    long start = consumed;
    byte[] out = new byte[128];
    int len = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int i = pos;
      while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      int chunk = i - pos;
      int keep = (int) Math.max(0, Math.min(chunk, (long) maxBytes - len));
      if (keep > 0) {
        if (len + keep > out.length) {
          out = Arrays.copyOf(out, Math.max(len + keep, Math.min(maxBytes, out.length * 2)));
        }
        System.arraycopy(buf, pos, out, len, keep);
        len += keep;
      }
      total += chunk;
      consumed += chunk;
      if (i < limit) {
        afterCr = buf[i] == '\r';
        pos = i + 1;
        consumed++;
        break;
      }
      pos = limit;
    }
    lineNumber++;
    boolean overflow = total > len;
    return new Line(len == out.length ? out : Arrays.copyOf(out, len), lineNumber, start, overflow, total);
  }
}
