package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Files whose format {@code input.format=auto} cannot tell from the name: one reject each, unread.
 * Also the reader of {@link InputFiles#NOT_READ} entries (pipes, dangling links), though
 * {@link FileRecords} makes their unreadable_file reject before any parser or open is reached.
 */
final class UnknownFormatParser implements RecordParser {
  static final String UNKNOWN_FORMAT = "unknown_format";

  @Override
  public boolean wantsDecompressed() {
    return false;
  }

  @Override
  public Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException {
    return new Cursor() {
      boolean done;

      @Override
      public RawRecord next() {
        if (done) {
          return null;
        }
        done = true;
        return RawRecord.failed(file.path(), null, 0L, UNKNOWN_FORMAT,
            "input.format=auto cannot tell the format from the file name; set input.format", null);
      }

      @Override
      public long position() {
        return 0;
      }

      @Override
      public Long line() {
        return null;
      }
    };
  }
}
