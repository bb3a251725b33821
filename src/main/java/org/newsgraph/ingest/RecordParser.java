package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The per-format logic that turns one file's bytes into {@link RawRecord}s. Plain Java, no Spark:
 * {@link FileRecords} wraps it for Spark and turns an exception half way through a file into a
 * reject for the file, keeping the records read before it.
 */
public interface RecordParser extends Serializable {

  /** Reads records one at a time; {@link #next()} returns null at the end of the file. */
  interface Cursor {
    RawRecord next() throws IOException;

    /** Offset (bytes, in the stream the parser reads) where the unread part of the file starts. */
    long position();

    /** Lines read so far, or null when the format has no lines. */
    Long line();
  }

  /** Opens a file beside the one being read (a sidecar). */
  interface Opener {
    InputStream open(String path) throws IOException;
  }

  /** The records of {@code file}, read from {@code in}; {@code opener} reaches files beside it. */
  Cursor open(InputFiles.InputFile file, InputStream in, Opener opener) throws IOException;

  /** False when the parser reads compressed files itself (WARC.gz): it gets the stream as stored. */
  default boolean wantsDecompressed() {
    return true;
  }
}
